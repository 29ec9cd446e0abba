-- Broken input: tokens after the last unit.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   null;
end P;
end Q;
-- CHECK: junk-after-unit.adb:[[@LINE-1]]:1: error: syntax error, unexpected 'end', expected a compilation unit
-- CHECK: status 1
