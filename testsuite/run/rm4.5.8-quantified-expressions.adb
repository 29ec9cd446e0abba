-- Quantified expressions (4.5.8): for all / for some, over a range or over
-- the components of an array (of), True for all and False for some over an
-- empty range.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: FALSETRUETRUEFALSETRUEFALSETRUE
with Ada.Text_IO; use Ada.Text_IO;
procedure Qx is
   type Vec is array (Positive range <>) of Integer;
   V : constant Vec := (2, 4, 6, 7);
   function All_Even (A : Vec) return Boolean is (for all X of A => X mod 2 = 0);
   function Some_Odd (A : Vec) return Boolean is (for some I in A'Range => A (I) mod 2 = 1);
   Empty : constant Vec (1 .. 0) := (others => 0);
begin
   Put_Line (Boolean'Image (All_Even (V)) & Boolean'Image (Some_Odd (V))
             & Boolean'Image (All_Even (V (1 .. 3))) & Boolean'Image (Some_Odd (V (1 .. 3)))
             & Boolean'Image (All_Even (Empty)) & Boolean'Image (Some_Odd (Empty))
             & Boolean'Image (for all I in 1 .. 10 => I < 11));
end Qx;
