-- 3.3.2: a real named number used in an expression (Pi * 2.0, as an
-- initial value, converted): adac's code generator loaded it as if it
-- were an object and stopped with "internal error: the generated module is
-- invalid".  3.5(55.1/4) (Ada 2012 TC1): X'Image of a scalar object X is
-- S'Image (X), with S the subtype of X; adac asked for a subtype prefix.
-- GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: 3.14159E+00 1.62831800000E+01 1.57079500000000E+00TRUE
-- CHECK-NEXT: 5.00000E+00 6.28318E+00 6.28318E+00
-- CHECK-NEXT: 42 WED TRUE 255
with Ada.Text_IO; use Ada.Text_IO;
procedure Real_Numbers is
   Pi : constant := 3.14159;
   Two_Pi : constant := 2.0 * Pi;
   Half : constant := 0.5;
   N : constant := 10;
   X : constant Float := Pi;
   type Real is digits 12;
   Y : constant Real := Two_Pi + Real (N);
   Z : constant Long_Float := Long_Float (Half) * Pi;
   R : constant Float := Pi * 2.0;
   type Day is (Mon, Tue, Wed);
   D : constant Day := Wed;
   I : constant Integer := 42;
   B : constant Boolean := True;
   type Byte is mod 256;
   M : constant Byte := 255;
begin
   Put_Line (Float'Image (X) & Real'Image (Y) & Long_Float'Image (Z) & Boolean'Image (X > 3.0));
   Put_Line (Float'Image (Float (N) * Half) & Float'Image (Two_Pi) & R'Image);
   Put_Line (I'Image & " " & D'Image & " " & B'Image & M'Image);
end Real_Numbers;
