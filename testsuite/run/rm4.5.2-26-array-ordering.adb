-- 4.5.2(26/3): "<", "<=", ">" and ">=" on one-dimensional arrays of
-- discrete components compare lexicographically, a prefix being less than
-- the longer array.  adac returned False for all four (a leftover stub),
-- so a sort of strings did nothing.  Strings, through access values and
-- slices, signed Integer components, an enumeration, empty arrays.  GNAT
-- 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: strings: TRUE FALSE TRUE TRUE FALSE TRUE
-- CHECK-NEXT: prefix: TRUE FALSE TRUE
-- CHECK-NEXT: access and slices: TRUE FALSE
-- CHECK-NEXT: integers: TRUE FALSE TRUE
-- CHECK-NEXT: enumeration: TRUE FALSE
-- CHECK-NEXT: empty: TRUE FALSE TRUE
-- CHECK-NEXT: sorted: apple banana fig kiwi pear
with Ada.Text_IO; use Ada.Text_IO;
procedure Array_Ordering is
   type String_Ptr is access String;
   type Int_Array is array (Positive range <>) of Integer;
   type Color is (Red, Green, Blue);
   type Colors is array (Positive range <>) of Color;
   A : String_Ptr := new String'("pear");
   B : String_Ptr := new String'("apple");
   S1 : String := "pear";
   S2 : String := "apple";
   E : String (1 .. 0);
   W : array (1 .. 5) of String_Ptr := (A, B, new String'("fig"), new String'("banana"), new String'("kiwi"));
   T : String_Ptr;
   function Img (B : Boolean) return String is (Boolean'Image (B));
begin
   Put_Line ("strings: " & Img (S2 < S1) & " " & Img (S1 < S2) & " " & Img (S2 <= S2) & " " & Img (S1 > S2)
             & " " & Img (S2 >= S1) & " " & Img (S1 >= S1));
   Put_Line ("prefix: " & Img (S1 (1 .. 2) < S1) & " " & Img (S1 < S1 (1 .. 3)) & " " & Img ("pea" < S1));
   Put_Line ("access and slices: " & Img (B.all < A.all) & " " & Img (A (2 .. 3) < B (1 .. 4)));
   Put_Line ("integers: " & Img (Int_Array'(-5, 2) < Int_Array'(3, 1)) & " " & Img (Int_Array'(1, 2, 3) > Int_Array'(1, 2, 4))
             & " " & Img (Int_Array'(1, -1) < Int_Array'(1, 0)));
   Put_Line ("enumeration: " & Img (Colors'(Red, Blue) < Colors'(Green, Red)) & " " & Img (Colors'(1 => Blue) < Colors'(1 => Green)));
   Put_Line ("empty: " & Img (E < S1) & " " & Img (S1 < E) & " " & Img (E <= E));
   for I in W'First .. W'Last - 1 loop
      for J in I + 1 .. W'Last loop
         if W (J).all < W (I).all then
            T := W (I); W (I) := W (J); W (J) := T;
         end if;
      end loop;
   end loop;
   Put ("sorted:");
   for P of W loop
      Put (" " & P.all);
   end loop;
   New_Line;
end Array_Ordering;
