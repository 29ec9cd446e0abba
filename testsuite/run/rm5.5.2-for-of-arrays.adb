-- Array component iterators (5.5.2(7/3), (12/3)): for X of [reverse] A
-- loop gives X a view of each component in turn, a variable view when A is
-- a variable (so the loop can update A), through an access value too.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: sum 15 digits 6
-- CHECK-NEXT: doubled: 2 4 6 8 10
-- CHECK-NEXT: reverse: 10 8 6 4 2
-- CHECK-NEXT: ranges 7 3
with Ada.Text_IO; use Ada.Text_IO;
procedure For_Of is
   type Vec is array (Positive range <>) of Integer;
   type String_Access is access String;
   V : Vec (1 .. 5) := (1, 2, 3, 4, 5);
   S : constant String_Access := new String'("P0001" & Integer'Image (5));
   Sum, Digit_Sum : Integer := 0;
   --  A'Range of an object of an unconstrained subtype is the object's
   --  range (3.6.2(7)), not its index subtype's
   function Count (X : String) return Natural is
      N : Natural := 0;
   begin
      for I in X'Range loop
         N := N + 1;
      end loop;
      return N;
   end Count;
   N : Natural := 0;
begin
   for X of V loop
      Sum := Sum + X;
   end loop;
   for C of S.all loop
      if C in '0' .. '9' then
         Digit_Sum := Digit_Sum + Character'Pos (C) - Character'Pos ('0');
      end if;
   end loop;
   Put_Line ("sum" & Integer'Image (Sum) & " digits" & Integer'Image (Digit_Sum));
   for X of V loop
      X := X * 2;
   end loop;
   Put ("doubled:");
   for X of V loop
      Put (Integer'Image (X));
   end loop;
   New_Line;
   Put ("reverse:");
   for X of reverse V loop
      Put (Integer'Image (X));
   end loop;
   New_Line;
   for I in S.all'Range loop
      N := N + 1;
   end loop;
   Put_Line ("ranges" & Natural'Image (N) & Natural'Image (Count ("abc")));
end For_Of;
