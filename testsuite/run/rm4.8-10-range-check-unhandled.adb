-- RM 4.8(10/2): an unhandled range check failure in an allocator ends the
-- program with GNAT's message, the source line, and exit status 1.
-- RUN: %adac %s -o %t && not %t > %t.out 2> %t.err
-- RUN: FileCheck --check-prefix=OUT %s < %t.out
-- RUN: FileCheck --check-prefix=ERR %s < %t.err
-- OUT: before
-- OUT-NOT: after
-- ERR: raised CONSTRAINT_ERROR : rm4.8-10-range-check-unhandled.adb:[[# @LINE + 9]] range check failed
with Ada.Text_IO; use Ada.Text_IO;
with Report;
procedure Rm48_10u is
   subtype Small is Integer range 1 .. 10;
   type Small_Ptr is access Small;
   P : Small_Ptr;
begin
   Put_Line ("before");
   P := new Small'(Report.Ident_Int (0));
   Put_Line ("after");
end Rm48_10u;
