-- 3.5.4: a modular type of modulus 2**64 has values past 2**63 - 1.  adac
-- kept its static bounds wrapped in 64-bit signed integers and compared
-- them signed: "0 .. 100 is not within 0 .. -1" warned, 7 was "outside the
-- base range" (an error), Big'Last / 3 folded to 0, and a string literal
-- for an array indexed by such a type got 32-bit bounds (length check
-- failed).  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t 2>&1 | FileCheck %s --check-prefix=COMPILE --allow-empty
-- RUN: %t | FileCheck %s
-- COMPILE-NOT: warning
-- COMPILE-NOT: error
-- CHECK: 18446744073709551615 9223372036854775807 1 TRUE
-- CHECK-NEXT: 6148914691236517205 18446744073709551615 TRUE
-- CHECK-NEXT: range check
-- CHECK-NEXT: 18446744073709551613 18446744073709551614 18446744073709551615
-- CHECK-NEXT: 7 5 h o
with Ada.Text_IO; use Ada.Text_IO;
procedure Mod_2_64 is
   type Big is mod 2 ** 64;
   subtype Small is Big range 0 .. 100;
   type Arr is array (Big range <>) of Character;
   X : Big := Big'Last;
   Y : Big := 5;
   S : Small := 7;
   A : Arr (0 .. 4) := "hello";
begin
   Put_Line (Big'Image (X) & Big'Image (X / 2) & Big'Image (X + 2) & " " & Boolean'Image (X > Y));
   Put_Line (Big'Image (Big'Last / 3) & Big'Image (Big'Mod (-1))
             & " " & Boolean'Image (Big'Modulus = 2 ** 64));
   Y := X;
   begin
      S := Small (Y / 2);
      Put_Line ("no check" & Small'Image (S));
   exception
      when Constraint_Error => Put_Line ("range check");
   end;
   for I in Big range Big'Last - 2 .. Big'Last loop
      Put (Big'Image (I));
   end loop;
   New_Line;
   Put_Line (Small'Image (S) & Big'Image (A'Length) & " " & A (0) & " " & A (4));
end Mod_2_64;
