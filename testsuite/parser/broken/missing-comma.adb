-- Broken input: two arguments without ',' between them.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   Put (1 2);
end P;
-- CHECK: missing-comma.adb:[[@LINE-2]]:11: error: syntax error, unexpected integer literal 2, expected an operator, '=>', ')', ',' or '|'
-- CHECK: status 1
