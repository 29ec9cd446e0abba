-- Broken input: statements without their ';' before the next statement or the end.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   X := 2
   Put (X)
end P;
-- CHECK: missing-semicolon-stmt.adb:[[@LINE-3]]:10: error: missing ';'
-- CHECK: missing-semicolon-stmt.adb:[[@LINE-3]]:11: error: missing ';'
-- CHECK: status 1
