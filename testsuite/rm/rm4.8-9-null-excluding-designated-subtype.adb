-- COVERS: 4.8(9/2), 3.10(15/2)
-- RM 4.8(9/2): the object is of the designated subtype and gets its
-- implicit initial value, which null does not satisfy (3.10(15/2)), so the
-- allocator raises Constraint_Error.  (GNAT warns, and raises it too.)
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Constraint_Error
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm48_9nn is
   type Int_Ptr is access Integer;
   subtype NN_Ptr is not null Int_Ptr;
   type NN_Ptr_Ptr is access NN_Ptr;
   X : NN_Ptr_Ptr;
begin
   X := new NN_Ptr;
   Put_Line ("no exception");
exception
   when Constraint_Error => Put_Line ("Constraint_Error");
end Rm48_9nn;
