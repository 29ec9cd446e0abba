-- Broken input: `=` written for `:=`.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   X = 1;
end P;
-- CHECK: assignment-with-equals.adb:[[@LINE-2]]:6: error: syntax error, unexpected '=', expected ':='
-- CHECK: status 1
