-- Broken input: an if statement whose `end if;` is missing before the `end` of the procedure.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   if X then
      null;
end P;
-- CHECK: missing-end-if.adb:[[@LINE-1]]:5: error: 'end if;' expected to close 'if' at line [[@LINE-3]]
-- CHECK: status 1
