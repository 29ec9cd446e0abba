-- COVERS: 3.10(15/2), 3.10(13.1/2)
-- RM 3.10(15/2), 4.6(51/3): a null value does not satisfy the exclusion, so
-- NN_Ptr (P) with P null raises Constraint_Error.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Constraint_Error
with Ada.Text_IO; use Ada.Text_IO;
with Report;
procedure Rm310_15 is
   type Int_Ptr is access Integer;
   subtype NN_Ptr is not null Int_Ptr;
   P : Int_Ptr;
   Q : NN_Ptr := new Integer'(1);
begin
   if Report.Equal (1, 1) then
      P := null;
   end if;
   Q := NN_Ptr (P);
   Put_Line ("no exception");
exception
   when Constraint_Error => Put_Line ("Constraint_Error");
end Rm310_15;
