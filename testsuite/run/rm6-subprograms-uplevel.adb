-- RM 6.1-6.4, 8.1: nested subprograms see the objects of the subprograms
-- that enclose them (up-level access, through any number of levels), with
-- recursion, in out parameters and functions.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: count 10 sum 55
-- CHECK-NEXT: inner 25
-- CHECK-NEXT: swapped 2 1
-- CHECK-NEXT: fact 3628800
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm6_Uplevel is
   type Node;
   type Node_Ptr is access Node;
   type Node is record
      Value : Integer := 0;
      Next  : Node_Ptr;
   end record;
   Head : Node_Ptr;
   Count : Integer := 0;
   procedure Push (V : Integer) is
   begin
      Head := new Node'(Value => V, Next => Head);
      Count := Count + 1;
   end Push;
   function Sum (L : Node_Ptr) return Integer is
   begin
      if L = null then
         return 0;
      end if;
      return L.Value + Sum (L.Next);
   end Sum;
   function Outer (X : Integer) return Integer is
      Y : Integer := X * 2;
      function Middle return Integer is
         function Inner return Integer is
         begin
            return X + Y + Count;
         end Inner;
      begin
         return Inner;
      end Middle;
   begin
      return Middle;
   end Outer;
   procedure Swap (A, B : in out Integer) is
      T : constant Integer := A;
   begin
      A := B;
      B := T;
   end Swap;
   function Fact (N : Natural) return Positive is
   begin
      if N <= 1 then
         return 1;
      else
         return N * Fact (N - 1);
      end if;
   end Fact;
   P : Integer := 1;
   Q : Integer := 2;
begin
   for I in 1 .. 10 loop
      Push (I);
   end loop;
   Put_Line ("count" & Integer'Image (Count) & " sum" & Integer'Image (Sum (Head)));
   Put_Line ("inner" & Integer'Image (Outer (5)));
   Swap (P, Q);
   Put_Line ("swapped" & Integer'Image (P) & Integer'Image (Q));
   Put_Line ("fact" & Integer'Image (Fact (10)));
end Rm6_Uplevel;
