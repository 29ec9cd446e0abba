--  Allocates, frees and reuses objects of several sizes, small and large,
--  and returns strings on the secondary stack: nothing for ASan to report.
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Asan_Clean is
   type Int_Array is array (Positive range <>) of Integer;
   type Array_Access is access Int_Array;
   procedure Free is new Ada.Unchecked_Deallocation (Int_Array, Array_Access);
   type Node;
   type Node_Access is access Node;
   type Node is record
      Next : Node_Access;
      Key  : Integer;
   end record;
   procedure Free is new Ada.Unchecked_Deallocation (Node, Node_Access);
   function Image (N : Natural) return String is
      S : constant String := Natural'Image (N);
   begin
      return S (S'First + 1 .. S'Last);
   end Image;
   Head : Node_Access;
   Sum  : Natural := 0;
begin
   for Round in 1 .. 3 loop
      for K in 1 .. 100 loop
         Head := new Node'(Head, K);
         declare
            A : Array_Access := new Int_Array (1 .. K * 10);
         begin
            A.all := (1 .. K * 10 => K);
            Sum := (Sum + A (A'Last)) mod 100_000;
            Free (A);
         end;
      end loop;
      while Head /= null loop
         declare
            Next : constant Node_Access := Head.Next;
         begin
            Sum := (Sum + Head.Key) mod 100_000;
            Free (Head);
            Head := Next;
         end;
      end loop;
   end loop;
   Put_Line ("sum " & Image (Sum) & " " & Image (Sum / 2));
end Asan_Clean;
