-- Two everyday allocator shapes adac refused (found comparing with GNAT):
-- 3.10.2(24/1): X'Access of an aliased object of an unconstrained array
-- subtype (its bounds from its initial value) for an access-to-String
-- type ("not supported yet": the object now keeps its bounds just before
-- its data, as an allocated array does); 3.10(12/3), 8.6(17/3): a
-- component `Next : access Cell` inside Cell's own definition designates
-- Cell (its type was lost, so Head := new Cell'(..., Next => Head) and
-- P := P.Next were type errors).  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: apple banana fig pear
-- CHECK-NEXT: hello world 5 hello 5
-- CHECK-NEXT: pear 4;fig 3;banana 6;apple 5;
-- CHECK-NEXT: 4 TRUE
-- CHECK-NEXT: aXc 1
-- CHECK-NEXT: length check
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Access_Unconstrained is
   type String_Ptr is access String;
   type Const_Ptr is access constant String;
   type Names is array (Positive range <>) of String_Ptr;
   procedure Free is new Ada.Unchecked_Deallocation (String, String_Ptr);
   procedure Sort (A : in out Names) is
      Tmp : String_Ptr;
   begin
      for I in A'First + 1 .. A'Last loop
         for J in reverse A'First + 1 .. I loop
            exit when A (J - 1).all <= A (J).all;
            Tmp := A (J - 1);
            A (J - 1) := A (J);
            A (J) := Tmp;
         end loop;
      end loop;
   end Sort;
   N : Names := (new String'("pear"), new String'("apple"), new String'("fig"), new String'("banana"));
   Greeting : aliased constant String := "hello";
   C : constant Const_Ptr := Greeting'Access;
   D : constant Const_Ptr := new String'("world");
   type Cell (Len : Natural) is record
      Text : String (1 .. Len);
      Next : access Cell;
   end record;
   Head : access Cell := null;
   Count : Natural := 0;
begin
   Sort (N);
   for P of N loop
      Put (P.all & " ");
   end loop;
   New_Line;
   Put_Line (C.all & " " & D.all & Integer'Image (D'Length) & " " & C (1 .. 5) & Integer'Image (C'Last));
   for P of N loop
      Head := new Cell'(Len => P'Length, Text => P.all, Next => Head);
      Free (P);
   end loop;
   while Head /= null loop
      Put (Head.Text & Natural'Image (Head.Len) & ";");
      Count := Count + 1;
      Head := Head.Next;
   end loop;
   New_Line;
   Put_Line (Natural'Image (Count) & " " & Boolean'Image (N (1) = null));
   declare
      S : constant String_Ptr := new String (1 .. 3);
   begin
      S.all := "abc";
      S (2) := 'X';
      Put_Line (S.all & Integer'Image (S'First));
      S.all := "toolong";
   exception
      when Constraint_Error => Put_Line ("length check");
   end;
end Access_Unconstrained;
