-- COVERS: 4.8(6/3)
-- RM 4.8(6/3): such an object is constrained by its initial value, so the
-- assignment fails its discriminant check (Constraint_Error), while a
-- declared unconstrained variable of the same subtype may change.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: variable: D = 3
-- CHECK-NEXT: allocated object: Constraint_Error, D = 2
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm48_6 is
   type R (D : Integer := 1) is record
      null;
   end record;
   type R_Ptr is access R;
   P : R_Ptr := new R'(D => 2);
   V : R;
begin
   V := (D => 3);
   Put_Line ("variable: D =" & Integer'Image (V.D));
   P.all := (D => 3);
   Put_Line ("allocated object: no exception");
exception
   when Constraint_Error =>
      Put_Line ("allocated object: Constraint_Error, D =" & Integer'Image (P.D));
end Rm48_6;
