-- Interfaces.C (B.3): the C integer types of an LP64 target, char and its
-- conversions, handed to C functions imported with Convention C.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: 42 7 1 A 18446744073709551615 32
with Ada.Text_IO; use Ada.Text_IO;
with Interfaces.C; use Interfaces.C;
procedure Ic is
   function C_Abs (X : int) return int with Import, Convention => C, External_Name => "abs";
   function C_Labs (X : long) return long with Import, Convention => C, External_Name => "labs";
   N : int := -41;
   U : unsigned := unsigned'Last;
   C : constant char := To_C ('A');
begin
   N := C_Abs (N) + 1;
   U := U + 2;
   Put_Line (int'Image (N) & long'Image (C_Labs (-7)) & unsigned'Image (U) & " " & To_Ada (C)
             & size_t'Image (size_t'Last) & Integer'Image (int'Size));
end Ic;
