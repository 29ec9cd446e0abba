-- Broken input: several opening parentheses never closed.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   X := ((((1 + 2);
   Y := 0;
end P;
-- CHECK: unbalanced-nested.adb:[[@LINE-3]]:19: error: syntax error, unexpected ';', expected an operator, 'with', '=>', ')', ',' or '|'
-- CHECK: status 1
