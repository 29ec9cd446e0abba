-- Broken input: a for loop without `loop`.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   for I in 1 .. 10
      null;
   end loop;
end P;
-- CHECK: missing-loop.adb:[[@LINE-4]]:20: error: missing 'loop'
-- CHECK: status 1
