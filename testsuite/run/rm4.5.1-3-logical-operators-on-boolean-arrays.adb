-- 4.5.1(3), 4.5.6(3): and, or, xor and not apply to one-dimensional arrays
-- of Booleans component by component; the result has the left operand's
-- bounds (4.5.1(7)), and operands of different lengths raise
-- Constraint_Error (4.5.1(8)).  adac refused them ("no predefined
-- operator").  Also: a conditional expression whose dependent expressions
-- are string literals is not a Character (4.5.7(8/3)): Put of it was
-- "ambiguous".  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: 1 4 1000
-- CHECK-NEXT: 1 4 1110
-- CHECK-NEXT: 5 8 0110
-- CHECK-NEXT: 1 4 0101
-- CHECK-NEXT: 1 4 1111
-- CHECK-NEXT: 1 4 0000
-- CHECK-NEXT: Constraint_Error
with Ada.Text_IO; use Ada.Text_IO;
procedure Boolean_Arrays is
   type Flags is array (Positive range <>) of Boolean;
   procedure Show (F : Flags) is
   begin
      Put (Integer'Image (F'First) & Integer'Image (F'Last) & " ");
      for B of F loop
         Put (if B then "1" else "0");
      end loop;
      New_Line;
   end Show;
   A : Flags (1 .. 4) := (True, False, True, False);
   B : Flags (5 .. 8) := (True, True, False, False);
   C : Flags (1 .. 3) := (others => True);
begin
   Show (A and B);
   Show (A or B);
   Show (B xor A);
   Show (not A);
   Show (not (A and B) or A);
   A := A and not A;
   Show (A);
   Show (A and C);
exception
   when Constraint_Error => Put_Line ("Constraint_Error");
end Boolean_Arrays;
