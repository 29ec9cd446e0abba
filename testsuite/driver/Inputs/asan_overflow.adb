--  With the checks suppressed (-gnatp), an index one past the end of an
--  allocated array reads past the object.
with Ada.Command_Line;
with Ada.Text_IO; use Ada.Text_IO;
procedure Asan_Overflow is
   type Int_Array is array (Positive range <>) of Integer;
   type Array_Access is access Int_Array;
   N : constant Positive := 10 + Ada.Command_Line.Argument_Count;
   A : constant Array_Access := new Int_Array'(1 .. N => 7);
   I : Positive := N;
begin
   for K in 1 .. Ada.Command_Line.Argument_Count + 1 loop
      I := I + 1;
   end loop;
   Put_Line (Integer'Image (A (I)));
end Asan_Overflow;
