-- Broken input: an if statement without `then`.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   if X = 1
      Y := 2;
   end if;
end P;
-- CHECK: missing-then.adb:[[@LINE-4]]:12: error: missing 'then'
-- CHECK: status 1
