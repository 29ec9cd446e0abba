-- RM 4.8(10/2) and 4.6(51/3): the value of an initialized allocator is
-- converted to the designated subtype; a value outside its range raises
-- Constraint_Error, which a handler catches.  A value inside passes.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: in range 10
-- CHECK-NEXT: Constraint_Error for 11
with Ada.Text_IO; use Ada.Text_IO;
with Report; use Report;
procedure Rm48_10 is
   subtype Small is Integer range 1 .. 10;
   type Small_Ptr is access Small;
   P : Small_Ptr;
begin
   P := new Small'(Ident_Int (10));
   Put_Line ("in range" & Integer'Image (P.all));
   begin
      P := new Small'(Ident_Int (11));
      Put_Line ("no exception: wrong");
   exception
      when Constraint_Error =>
         Put_Line ("Constraint_Error for 11");
   end;
end Rm48_10;
