-- RM 3.5.5(7), 4.6: Character'Val of an Integer and conversions into an
-- unsigned range compare values by their own signedness: 'b' is in
-- Character's 0 .. 255, and 256 is not.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: c=b
-- CHECK-NEXT: 255 is y with diaeresis: TRUE
-- CHECK-NEXT: 256 raises Constraint_Error
with Ada.Text_IO; use Ada.Text_IO;
with Report; use Report;
procedure Char_Range is
   I : Integer := Ident_Int (2);
   C : Character;
begin
   C := Character'Val (Character'Pos ('a') + I - 1);
   Put_Line ("c=" & C);
   C := Character'Val (Ident_Int (255));
   Put_Line ("255 is y with diaeresis: " & Boolean'Image (Character'Pos (C) = 255));
   begin
      C := Character'Val (Ident_Int (256));
      Put_Line ("wrong");
   exception
      when Constraint_Error => Put_Line ("256 raises Constraint_Error");
   end;
end Char_Range;
