-- RM 4.5(10), 11.5(17): integer arithmetic whose result is outside the base
-- range raises Constraint_Error; the same code with values inside does not.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: sum 2147483647
-- CHECK-NEXT: overflow on +
-- CHECK-NEXT: overflow on *
-- CHECK-NEXT: overflow on -
-- CHECK-NEXT: divide by zero
with Ada.Text_IO; use Ada.Text_IO;
with Report; use Report;
procedure Rm45_Overflow is
   X : Integer := Ident_Int (Integer'Last - 1);
   Zero : Integer := Ident_Int (0);
begin
   X := X + 1;
   Put_Line ("sum" & Integer'Image (X));
   begin
      X := X + Ident_Int (1);
      Put_Line ("wrong");
   exception
      when Constraint_Error => Put_Line ("overflow on +");
   end;
   begin
      X := X * Ident_Int (2);
   exception
      when Constraint_Error => Put_Line ("overflow on *");
   end;
   begin
      X := -X - Ident_Int (2);
   exception
      when Constraint_Error => Put_Line ("overflow on -");
   end;
   begin
      X := X / Zero;
   exception
      when Constraint_Error => Put_Line ("divide by zero");
   end;
end Rm45_Overflow;
