--  Frees the same object twice, through two access values.
with Ada.Unchecked_Deallocation;
procedure Asan_Double_Free is
   type Node is record
      Key, Value : Integer;
   end record;
   type Node_Access is access Node;
   procedure Free is new Ada.Unchecked_Deallocation (Node, Node_Access);
   P, Q : Node_Access;
begin
   P := new Node'(1, 2);
   Q := P;
   Free (P);
   Free (Q);
end Asan_Double_Free;
