-- Floating point types (3.5.7): 'Image prints a sign or space, one digit,
-- Digits - 1 decimals and the exponent (3.5(32-35), as GNAT: Float has 6
-- digits, Long_Float 15, a digits 9 type 9); 'Value reads a decimal
-- literal (3.5(44-47)) and raises Constraint_Error on anything else; a
-- range constraint is checked on assignment and conversion (3.5.7(11)),
-- on the first subtype of "digits D range L .. R" too, but not on its
-- base type; 'First and 'Last of an unconstrained type are the largest
-- finite values.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: [ 1.03200E+03][-1.23456789000000E-04][ 0.00000E+00][ 3.33333E-01]
-- CHECK-NEXT: [ 3.40282E+38][-1.79769313486232E+308]
-- CHECK-NEXT: [ 2.50000000E+00][ 5.00000E-01][ 1.00000E+00][-1.00000000E+01]
-- CHECK-NEXT: [ 7.50000000E+00]
-- CHECK-NEXT: Prob := 2.0: Constraint_Error
-- CHECK-NEXT: Prob (2.0): Constraint_Error
-- CHECK-NEXT: Real := 15.0: Constraint_Error
-- CHECK-NEXT: Real'Base := 15.0: [ 1.50000000E+01]
-- CHECK-NEXT: [ 3.25000E+00][-1.25000E+03][ 1.00000E+06]
-- CHECK-NEXT: Value ("1..5"): Constraint_Error
-- CHECK-NEXT: [ 3][-3][ 4]
with Ada.Text_IO; use Ada.Text_IO;
procedure Float_Basics is
   subtype Prob is Float range 0.0 .. 1.0;
   type Real is digits 9 range -10.0 .. 10.0;
   Z : Float := 1032.0;
   W : Long_Float := -0.000123456789;
   Q : Float := 0.0;
   P : Prob := 0.5;
   R : Real := 2.5;
   RB : Real'Base;
   X : Float := 2.0;
   function B (S : String) return String is ("[" & S & "]");
begin
   Put_Line (B (Float'Image (Z)) & B (Long_Float'Image (W)) & B (Float'Image (Q)) & B (Float'Image (1.0 / 3.0)));
   Put_Line (B (Float'Image (Float'Last)) & B (Long_Float'Image (Long_Float'First)));
   Put_Line (B (Real'Image (R)) & B (Prob'Image (P)) & B (Float'Image (Prob'Last)) & B (Real'Image (Real'First)));
   R := R * 3.0;
   Put_Line (B (Real'Image (R)));
   begin
      P := X;
      Put_Line ("Prob := 2.0: no check" & Prob'Image (P));
   exception
      when Constraint_Error => Put_Line ("Prob := 2.0: Constraint_Error");
   end;
   begin
      Put_Line ("Prob (2.0): no check" & Prob'Image (Prob (X)));
   exception
      when Constraint_Error => Put_Line ("Prob (2.0): Constraint_Error");
   end;
   begin
      R := R * 2.0;
      Put_Line ("Real := 15.0: no check" & Real'Image (R));
   exception
      when Constraint_Error => Put_Line ("Real := 15.0: Constraint_Error");
   end;
   RB := R * 2.0;
   Put_Line ("Real'Base := 15.0: " & B (Real'Image (RB)));
   Put_Line (B (Float'Image (Float'Value (" 3.25 "))) & B (Float'Image (Float'Value ("-1_250.0"))) & B (Float'Image (Float'Value ("1.0E6"))));
   begin
      Put_Line (Float'Image (Float'Value ("1..5")));
   exception
      when Constraint_Error => Put_Line ("Value (""1..5""): Constraint_Error");
   end;
   Put_Line (B (Integer'Image (Integer (2.5))) & B (Integer'Image (Integer (-2.5))) & B (Integer'Image (Integer (3.7))));
end Float_Basics;
