-- Broken input: `:=` written for `=` in a condition.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   if X := 1 then null; end if;
end P;
-- CHECK: condition-with-assign.adb:[[@LINE-2]]:9: error: syntax error, unexpected ':=', expected '='
-- CHECK: status 1
