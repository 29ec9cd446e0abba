-- 12.3(17-18): an instance is analysed in its generic's environment.  A
-- generic procedure (Iterate) declared in a generic package (Sorted_Lists)
-- is instantiated from outside through the package's instance
-- (Int_Lists.Iterate): its copy names the instance's declarations (Item,
-- List), private part (Node_Ptr, the full view of List) and body.  adac
-- looked those names up where the instantiation stands ("'Item' is not
-- declared").  Inside the package body (Print) it worked already.  The
-- everyday sorted list of an access type and Unchecked_Deallocation, as
-- GNAT 12 prints it.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: 1  3  5  7  9
-- CHECK-NEXT: 25 5
-- CHECK-NEXT: 0
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Nested_Generic is
   generic
      type Item is private;
      with function "<" (L, R : Item) return Boolean is <>;
      with function Image (X : Item) return String;
   package Sorted_Lists is
      type List is limited private;
      procedure Insert (L : in out List; X : Item);
      procedure Print (L : List);
      function Length (L : List) return Natural;
      procedure Clear (L : in out List);
      generic
         with procedure Visit (X : Item);
      procedure Iterate (L : List);
   private
      type Node;
      type Node_Ptr is access Node;
      type Node is record
         Value : Item;
         Next : Node_Ptr;
      end record;
      type List is limited record
         Head : Node_Ptr;
         Count : Natural := 0;
      end record;
   end Sorted_Lists;
   package body Sorted_Lists is
      procedure Free is new Ada.Unchecked_Deallocation (Node, Node_Ptr);
      procedure Insert (L : in out List; X : Item) is
         Prev : Node_Ptr := null;
         Cur : Node_Ptr := L.Head;
      begin
         while Cur /= null and then Cur.Value < X loop
            Prev := Cur;
            Cur := Cur.Next;
         end loop;
         if Prev = null then
            L.Head := new Node'(X, L.Head);
         else
            Prev.Next := new Node'(X, Cur);
         end if;
         L.Count := L.Count + 1;
      end Insert;
      procedure Iterate (L : List) is
         Cur : Node_Ptr := L.Head;
      begin
         while Cur /= null loop
            Visit (Cur.Value);
            Cur := Cur.Next;
         end loop;
      end Iterate;
      procedure Print (L : List) is
         procedure Show (X : Item) is
         begin
            Put (Image (X) & " ");
         end Show;
         procedure Show_All is new Iterate (Show);
      begin
         Show_All (L);
         New_Line;
      end Print;
      function Length (L : List) return Natural is (L.Count);
      procedure Clear (L : in out List) is
         Cur : Node_Ptr := L.Head;
         Next : Node_Ptr;
      begin
         while Cur /= null loop
            Next := Cur.Next;
            Free (Cur);
            Cur := Next;
         end loop;
         L.Head := null;
         L.Count := 0;
      end Clear;
   end Sorted_Lists;
   function Img (X : Integer) return String is (Integer'Image (X));
   package Int_Lists is new Sorted_Lists (Integer, Image => Img);
   type Integer_Array is array (Positive range <>) of Integer;
   L : Int_Lists.List;
   Total : Integer := 0;
   procedure Add (X : Integer) is
   begin
      Total := Total + X;
   end Add;
   procedure Sum is new Int_Lists.Iterate (Add);
begin
   for X of Integer_Array'(5, 3, 9, 1, 7) loop
      Int_Lists.Insert (L, X);
   end loop;
   Int_Lists.Print (L);
   Sum (L);
   Put_Line (Integer'Image (Total) & Natural'Image (Int_Lists.Length (L)));
   Int_Lists.Clear (L);
   Put_Line (Natural'Image (Int_Lists.Length (L)));
end Nested_Generic;
