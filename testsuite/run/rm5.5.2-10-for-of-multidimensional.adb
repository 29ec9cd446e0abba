-- 5.5.2(10/3): `for X of A` over a multidimensional array visits the
-- components in canonical order (the last dimension varying fastest), and
-- `for X of reverse A` in the reverse order; X is a variable view when A
-- is a variable; an exit statement without a name leaves the whole
-- iteration; quantified expressions iterate the same way (4.5.8).  adac
-- refused them ("not supported yet").  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: 1 2 3 4 5 6
-- CHECK-NEXT: 6 5 4 3 2 1
-- CHECK-NEXT: 10 20 30 40
-- CHECK-NEXT: 3 6 8
-- CHECK-NEXT: 10 20 30 40
-- CHECK-NEXT: TRUE TRUE FALSE
with Ada.Text_IO; use Ada.Text_IO;
procedure For_Of_Multidimensional is
   type Grid is array (Integer range <>, Character range <>) of Integer;
   G : Grid (1 .. 2, 'a' .. 'c') := ((1, 2, 3), (4, 5, 6));
   type Cube is array (1 .. 2, 1 .. 2, 1 .. 2) of Natural;
   C : Cube := (others => (others => (others => 0)));
   N : Natural := 0;
begin
   for E of G loop
      Put (Integer'Image (E));
   end loop;
   New_Line;
   for E of reverse G loop
      Put (Integer'Image (E));
   end loop;
   New_Line;
   for E of G loop
      E := E * 10;
   end loop;
   for E of G loop
      exit when E > 40;
      Put (Integer'Image (E));
   end loop;
   New_Line;
   for X of C loop
      N := N + 1;
      X := N;
   end loop;
   Put_Line (Natural'Image (C (1, 2, 1)) & Natural'Image (C (2, 1, 2)) & Natural'Image (N));
   Outer : for E of C loop
      for F of G loop
         exit Outer when F = 50;
         Put (Integer'Image (F));
      end loop;
   end loop Outer;
   New_Line;
   Put_Line (Boolean'Image (for all E of G => E > 0) & " " & Boolean'Image (for some E of G => E = 50)
             & " " & Boolean'Image (for all E of G => E < 60));
end For_Of_Multidimensional;
