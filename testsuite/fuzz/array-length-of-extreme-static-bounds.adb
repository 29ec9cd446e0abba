-- Found by make fuzz (fuzz-tokens, one-hour run, after 73,217 executions):
-- an array indexed by a mod 2**64 type with the constraint 2**63 .. 4
-- made codegen compute its length as 4 - (-2**63) + 1 (UBSan: signed
-- integer overflow in cg_mem_type): mod 2**64 bounds past 2**63 - 1 are
-- kept wrapped, and the six places that counted a static range's values
-- did it in signed arithmetic.  One static_length now counts in unsigned
-- arithmetic, comparing mod 2**64 bounds as its values: 2**63 .. 4 is a
-- null range, and "hello" does not fit it (Constraint_Error), as with GNAT
-- 12 (which instead raises Storage_Error, taking 2**63 .. 4 as huge).
-- make check-asan runs this under UBSan.
-- RUN: %adac %s -o %t && not %t 2>&1 | FileCheck %s
-- CHECK: 0
-- CHECK: raised CONSTRAINT_ERROR : array-length-of-extreme-static-bounds.adb:[[# @LINE + 9]] length check failed
with Ada.Text_IO; use Ada.Text_IO;
procedure Extreme_Static_Bounds is
   type Big is mod 2 ** 64;
   type Arr is array (Big range <>) of Character;
   E : Arr (2**63 .. 4);
begin
   Put_Line (Big'Image (E'Length));
   declare
      A : Arr (2**63 .. 4) := "hello";
   begin
      Put_Line (Big'Image (A'Length));
   end;
end Extreme_Static_Bounds;
