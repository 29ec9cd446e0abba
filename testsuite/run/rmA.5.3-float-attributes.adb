-- Attributes of floating point types: 'Digits (3.5.8(2/1)), 'Floor,
-- 'Ceiling, 'Truncation and 'Rounding (A.5.3(31-37), away from zero on a
-- tie), and 'Valid of scalar objects (13.9.2): adac called them unknown
-- attributes.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: digits 9 6 15
-- CHECK-NEXT: [ 2.00000E+00][ 3.00000E+00][ 3.00000E+00][ 2.00000E+00]
-- CHECK-NEXT: [-3.00000E+00][-2.00000E+00][-3.00000E+00][-2.00000E+00]
-- CHECK-NEXT: valid TRUE TRUE
with Ada.Text_IO; use Ada.Text_IO;
procedure Float_Attributes is
   type Real is digits 9;
   subtype Small is Integer range 1 .. 10;
   F : Float := 2.5;
   G : Float := -2.5;
   S : Small := 3;
   function B (X : Float) return String is ("[" & Float'Image (X) & "]");
begin
   Put_Line ("digits" & Integer'Image (Real'Digits) & Integer'Image (Float'Digits) & Integer'Image (Long_Float'Digits));
   Put_Line (B (Float'Floor (F)) & B (Float'Ceiling (F)) & B (Float'Rounding (F)) & B (Float'Truncation (F)));
   Put_Line (B (Float'Floor (G)) & B (Float'Ceiling (G)) & B (Float'Rounding (G)) & B (Float'Truncation (G)));
   Put_Line ("valid " & Boolean'Image (S'Valid) & " " & Boolean'Image (F'Valid));
end Float_Attributes;
