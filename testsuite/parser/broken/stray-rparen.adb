-- Broken input: one ')' too many.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   X := F (1, 2));
   Y := 3;
end P;
-- CHECK: stray-rparen.adb:[[@LINE-3]]:17: error: syntax error, unexpected ')', expected an operator or ';'
-- CHECK: status 1
