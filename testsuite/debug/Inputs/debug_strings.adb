--  The program testsuite/debug/gdb-strings.test debugs (its line numbers
--  are in that test: keep them).
with Ada.Text_IO;
procedure Debug_Strings is
   type Byte is mod 256;
   type Grid is array (1 .. 2, 1 .. 3) of Byte;
   Name : String (1 .. 5) := "adac!";
   G    : Grid := ((1, 2, 3), (4, 5, 6));
   F    : Float := 1.5;

   procedure Show (S : String; Count : out Integer) is
      U : String := S & "?";
   begin
      Count := S'Length;
      Ada.Text_IO.Put_Line (U);
   end Show;

   C : Integer;
begin
   Show (Name, C);
   Ada.Text_IO.Put_Line (Integer'Image (C));
end Debug_Strings;
