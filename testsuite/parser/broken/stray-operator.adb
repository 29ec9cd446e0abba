-- Broken input: two operators in a row.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   X := X + * 2;
end P;
-- CHECK: stray-operator.adb:[[@LINE-2]]:13: error: syntax error, unexpected '*', expected an expression
-- CHECK: status 1
