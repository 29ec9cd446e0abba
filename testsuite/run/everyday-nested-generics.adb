-- Generic procedures instantiated inside subprograms with nested actuals that
-- update the enclosing subprogram's locals (up-level access), one of them building a
-- linked list on the heap.
-- Diffed against GNAT 12 while looking for bugs; kept so that it keeps working.
-- GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}} 10 9{{$}}
-- CHECK-NEXT: {{^}} 5 1 4 1 3{{$}}
with Ada.Text_IO; use Ada.Text_IO;
procedure Everyday_Nested_Generics is
   type Vec is array (Positive range <>) of Integer;
   generic
      with procedure Visit (X : Integer);
   procedure Traverse (V : Vec);
   procedure Traverse (V : Vec) is
   begin
      for E of V loop
         Visit (E);
      end loop;
   end Traverse;

   function Sum_Of (V : Vec) return Integer is
      Total : Integer := 0;
      procedure Add (X : Integer) is
      begin
         Total := Total + X;
      end Add;
      procedure Sum_All is new Traverse (Add);
   begin
      Sum_All (V);
      return Total;
   end Sum_Of;

   function Max_Of (V : Vec) return Integer is
      Best : Integer := Integer'First;
      procedure Keep (X : Integer) is
      begin
         if X > Best then Best := X; end if;
      end Keep;
      procedure Scan is new Traverse (Keep);
   begin
      Scan (V);
      return Best;
   end Max_Of;

   type Node;
   type Node_Ptr is access Node;
   type Node is record
      Value : Integer;
      Next  : Node_Ptr;
   end record;
   function Build (V : Vec) return Node_Ptr is
      Head : Node_Ptr;
      procedure Push (X : Integer) is
      begin
         Head := new Node'(X, Head);
      end Push;
      procedure Each is new Traverse (Push);
   begin
      Each (V);
      return Head;
   end Build;
   L : Node_Ptr := Build ((3, 1, 4, 1, 5));
begin
   Put_Line (Sum_Of ((1, 2, 3, 4))'Image & Max_Of ((7, -2, 9, 3))'Image);
   while L /= null loop
      Put (L.Value'Image);
      L := L.Next;
   end loop;
   New_Line;
end Everyday_Nested_Generics;
