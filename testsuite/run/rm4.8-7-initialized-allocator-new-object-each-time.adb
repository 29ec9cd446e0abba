-- COVERS: 4.8(7/2), 4.8(11)
-- RM 4.8(7/2): an initialized allocator creates a new object each time it is
-- evaluated, with the value of its qualified expression.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: first 41
-- CHECK-NEXT: second 42
-- CHECK-NEXT: distinct TRUE
-- CHECK-NEXT: first still 41
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm48_7 is
   type Int_Ptr is access Integer;
   P, Q : Int_Ptr;
begin
   P := new Integer'(41);
   Q := new Integer'(P.all + 1);
   Put_Line ("first" & Integer'Image (P.all));
   Put_Line ("second" & Integer'Image (Q.all));
   Put_Line ("distinct " & Boolean'Image (P /= Q));
   Q.all := 0;
   Put_Line ("first still" & Integer'Image (P.all));
end Rm48_7;
