-- Broken input: a call without its closing parenthesis.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   Put_Line ("a";
   X := (1 + 2;
end P;
-- CHECK: missing-rparen.adb:[[@LINE-3]]:17: error: missing ')'
-- CHECK: missing-rparen.adb:[[@LINE-3]]:15: error: missing ')'
-- CHECK: status 1
