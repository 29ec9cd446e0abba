-- RM 12.1-12.3, 12.5, 12.6, 13.11.2: a generic package with a private
-- type and a formal function, instantiated; its body instantiates
-- Ada.Unchecked_Deallocation; a generic procedure instantiated.  Every
-- instance is analysed with the actuals in place of the formals.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: 25  16  9  4  1
-- CHECK-NEXT: popped 25
-- CHECK-NEXT: 16  9  4  1
-- CHECK-NEXT: swapped 2 1
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Gen is
   generic
      type Element is private;
      with function Image (E : Element) return String;
   package Stacks is
      type Stack is private;
      procedure Push (S : in out Stack; E : Element);
      function Pop (S : in out Stack) return Element;
      function Is_Empty (S : Stack) return Boolean;
      procedure Show (S : Stack);
   private
      type Node;
      type Node_Ptr is access Node;
      type Node is record
         Value : Element;
         Next  : Node_Ptr;
      end record;
      type Stack is record
         Top : Node_Ptr;
         Count : Natural := 0;
      end record;
   end Stacks;

   package body Stacks is
      procedure Free is new Ada.Unchecked_Deallocation (Node, Node_Ptr);
      procedure Push (S : in out Stack; E : Element) is
      begin
         S.Top := new Node'(Value => E, Next => S.Top);
         S.Count := S.Count + 1;
      end Push;
      function Pop (S : in out Stack) return Element is
         N : Node_Ptr := S.Top;
         E : constant Element := N.Value;
      begin
         S.Top := N.Next;
         S.Count := S.Count - 1;
         Free (N);
         return E;
      end Pop;
      function Is_Empty (S : Stack) return Boolean is
      begin
         return S.Top = null;
      end Is_Empty;
      procedure Show (S : Stack) is
         P : Node_Ptr := S.Top;
      begin
         while P /= null loop
            Put (Image (P.Value) & " ");
            P := P.Next;
         end loop;
         New_Line;
      end Show;
   end Stacks;

   function Int_Image (I : Integer) return String is
   begin
      return Integer'Image (I);
   end Int_Image;

   package Int_Stacks is new Stacks (Integer, Int_Image);
   use Int_Stacks;

   generic
      type T is private;
   procedure Swap (A, B : in out T);
   procedure Swap (A, B : in out T) is
      Tmp : constant T := A;
   begin
      A := B;
      B := Tmp;
   end Swap;
   procedure Swap_Int is new Swap (Integer);

   S : Stack;
   X : Integer := 1;
   Y : Integer := 2;
begin
   for I in 1 .. 5 loop
      Push (S, I * I);
   end loop;
   Show (S);
   Put_Line ("popped" & Integer'Image (Pop (S)));
   Show (S);
   Swap_Int (X, Y);
   Put_Line ("swapped" & Integer'Image (X) & Integer'Image (Y));
end Gen;
