-- RM 4.3.3: multi-dimensional array aggregates, positional and named, in
-- objects and allocators; every sub-aggregate of a dimension must have the
-- same bounds (4.3.3(30)), else Constraint_Error.  (Same output as GNAT.)
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: 6 2
-- CHECK-NEXT: 3 2 5
-- CHECK-NEXT: 5 10 7
-- CHECK-NEXT: ragged rows raise Constraint_Error
with Ada.Text_IO; use Ada.Text_IO;
procedure MD2 is
   type M is array (1 .. 2, 1 .. 3) of Integer;
   type UM is array (Positive range <>, Positive range <>) of Integer;
   type AM is access UM;
   X : M := ((1, 2, 3), (4, 5, 6));
   P : AM;
begin
   Put_Line (Integer'Image (X (2, 3)) & Integer'Image (X (1, 2)));
   P := new UM'((1, 2), (3, 4), (5, 6));
   Put_Line (Integer'Image (P'Last (1)) & Integer'Image (P'Last (2)) & Integer'Image (P (3, 1)));
   P := new UM'(5 .. 6 => (10 .. 11 => 7));
   Put_Line (Integer'Image (P'First (1)) & Integer'Image (P'First (2)) & Integer'Image (P (6, 11)));
   begin
      P := new UM'((1, 2), (3, 4, 5));
      Put_Line ("wrong");
   exception
      when Constraint_Error => Put_Line ("ragged rows raise Constraint_Error");
   end;
end MD2;
