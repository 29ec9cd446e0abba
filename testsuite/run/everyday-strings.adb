-- String work: recursive concatenation, slices assigned over themselves (5.2(13)),
-- 'Value and 'Image of enumerations and integers, 200,000 loop iterations each
-- building string temporaries on the secondary stack (constant memory).
-- Diffed against GNAT 12 while looking for bugs; kept so that it keeps working.
-- GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}ababab|HELLO WORLD|dlrow{{$}}
-- CHECK-NEXT: {{^}}world world{{$}}
-- CHECK-NEXT: {{^}}wworldworld{{$}}
-- CHECK-NEXT: {{^}}GREEN 42 2{{$}}
-- CHECK-NEXT: {{^}} 1688895{{$}}
-- CHECK-NEXT: {{^}}RED 3 GREEN 5 BLUE 4 {{$}}
with Ada.Text_IO; use Ada.Text_IO;
procedure Everyday_Strings is
   type Color is (Red, Green, Blue);
   function Repeat (S : String; N : Natural) return String is
     (if N = 0 then "" else S & Repeat (S, N - 1));
   function Upper (S : String) return String is
      R : String (S'Range);
   begin
      for I in S'Range loop
         R (I) := (if S (I) in 'a' .. 'z' then Character'Val (Character'Pos (S (I)) - 32) else S (I));
      end loop;
      return R;
   end Upper;
   function Reverse_Of (S : String) return String is
      R : String (1 .. S'Length);
   begin
      for I in S'Range loop
         R (S'Last - I + 1) := S (I);
      end loop;
      return R;
   end Reverse_Of;
   S : String := "hello world";
   Total : Natural := 0;
begin
   Put_Line (Repeat ("ab", 3) & "|" & Upper (S) & "|" & Reverse_Of (S (7 .. 11)));
   S (1 .. 5) := S (7 .. 11);
   Put_Line (S);
   S (2 .. 6) := S (1 .. 5);
   Put_Line (S);
   Put_Line (Color'Image (Color'Value ("green")) & Integer'Value (" 42 ")'Image & Color'Pos (Blue)'Image);
   for I in 1 .. 200_000 loop
      declare
         T : constant String := Integer'Image (I) & Repeat ("x", I mod 5);
      begin
         Total := Total + T'Length;
      end;
   end loop;
   Put_Line (Total'Image);
   for C in Color loop
      Put (Color'Image (C) & Color'Image (C)'Length'Image & " ");
   end loop;
   New_Line;
end Everyday_Strings;
