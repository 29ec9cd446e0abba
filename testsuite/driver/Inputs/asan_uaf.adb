--  Reads an object after Unchecked_Deallocation freed it (erroneous, 13.11.2(16)).
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Asan_Uaf is
   type Int_Access is access Integer;
   procedure Free is new Ada.Unchecked_Deallocation (Integer, Int_Access);
   P, Q : Int_Access;
begin
   P := new Integer'(42);
   Q := P;
   Free (P);
   Put_Line (Integer'Image (Q.all));
end Asan_Uaf;
