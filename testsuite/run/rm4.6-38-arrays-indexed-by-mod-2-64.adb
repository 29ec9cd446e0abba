-- Arrays indexed by a modular type of modulus 2**64 (as Interfaces.C's
-- char_array is, by size_t): their bounds are 64-bit and unsigned.  adac
-- compared them signed (an aggregate's choices 10 .. 12 were "out of the
-- index subtype"), concatenation wrote 16 bytes of bounds over the first 8
-- bytes of the data, and a conversion to String (4.6(38)) reinterpreted the
-- bounds instead of converting each one, with the check of 4.6(51/4)
-- (range checks from signed to mod 2**64 values compared signed).  GNAT 12
-- prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: 10 12 6 8zr
-- CHECK-NEXT: 1 4 ellh
-- CHECK-NEXT: 0 5 hx
-- CHECK-NEXT: hello 1 5
-- CHECK-NEXT: el
-- CHECK-NEXT: 1 5
-- CHECK-NEXT: 5 12 6 ellzzz
-- CHECK-NEXT: Constraint_Error
with Ada.Text_IO; use Ada.Text_IO;
procedure Mod_2_64_Index is
   type Big is mod 2 ** 64;
   type Arr is array (Big range <>) of Character;
   type Arr_Ptr is access Arr;
   function Len (A : Arr) return Big is (A'Length);
   P : Arr_Ptr := new Arr'(10 .. 12 => 'z');
   Q : Arr_Ptr := new Arr (5 .. 6);
   R : Arr := (7 .. 8 => 'r');
   X : Arr (0 .. 4) := "hello";
   Y : Arr := X (1 .. 3) & X (0 .. 0);
   Z : Arr := X & 'x';
   X1 : Arr (1 .. 5) := "hello";
   S : constant String := String (X1);
   W : Arr := X (1 .. 3) & P.all;
begin
   Put_Line (Big'Image (P'First) & Big'Image (P'Last) & Big'Image (Q'Last) & Big'Image (R'Last) & P (11) & R (8));
   Put_Line (Big'Image (Y'First) & Big'Image (Y'Last) & " " & Y (1) & Y (2) & Y (3) & Y (4));
   Put_Line (Big'Image (Z'First) & Big'Image (Z'Last) & " " & Z (0) & Z (5));
   Put_Line (S & Integer'Image (S'First) & Integer'Image (S'Last));
   Put_Line (String (X1 (2 .. 3)));
   declare
      T : constant Arr := Arr (S);
   begin
      Put_Line (Big'Image (T'First) & Big'Image (T'Last));
   end;
   Put_Line (Big'Image (Len (X)) & Big'Image (P'Last) & Big'Image (W'Last) & " " & String (W));
   Put_Line (String (X));              -- X'First is 0, not a Positive
exception
   when Constraint_Error => Put_Line ("Constraint_Error");
end Mod_2_64_Index;
