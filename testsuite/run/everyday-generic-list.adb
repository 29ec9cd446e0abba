-- A generic doubly linked list with its own access type (the everyday allocator
-- program): push at both ends, reverse, a generic Filter freeing cells, an exception
-- when popping an empty list, an extended return, two instances.
-- Diffed against GNAT 12 while looking for bugs (none here); kept so that it stays
-- so.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}[ 9,  6,  3,  10,  20,  40,  50,  70,  80,  100]{{$}}
-- CHECK-NEXT: {{^}}[ 100,  80,  70,  50,  40,  20,  10,  3,  6,  9]{{$}}
-- CHECK-NEXT: {{^}}[ 100,  80,  70,  50,  40,  20,  10,  6]{{$}}
-- CHECK-NEXT: {{^}}length 8{{$}}
-- CHECK-NEXT: {{^}}popped 100{{$}}
-- CHECK-NEXT: {{^}}caught: empty{{$}}
-- CHECK-NEXT: {{^}}[b= 2, a= 1]{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Everyday_Generic_List is
   generic
      type Element is private;
      with function Image (E : Element) return String;
   package Lists is
      type List is limited private;
      procedure Push_Front (L : in out List; E : Element);
      procedure Push_Back (L : in out List; E : Element);
      function Pop_Front (L : in out List) return Element;
      function Length (L : List) return Natural;
      procedure Reverse_List (L : in out List);
      procedure Print (L : List);
      generic
         with function Keep (E : Element) return Boolean;
      procedure Filter (L : in out List);
      procedure Clear (L : in out List);
      Empty_List : exception;
   private
      type Cell;
      type Cell_Access is access Cell;
      type Cell is record
         Value : Element;
         Next, Prev : Cell_Access;
      end record;
      type List is record
         Head, Tail : Cell_Access;
         Count : Natural := 0;
      end record;
   end Lists;

   package body Lists is
      procedure Free is new Ada.Unchecked_Deallocation (Cell, Cell_Access);

      procedure Push_Front (L : in out List; E : Element) is
         C : constant Cell_Access := new Cell'(Value => E, Next => L.Head, Prev => null);
      begin
         if L.Head = null then
            L.Tail := C;
         else
            L.Head.Prev := C;
         end if;
         L.Head := C;
         L.Count := L.Count + 1;
      end Push_Front;

      procedure Push_Back (L : in out List; E : Element) is
         C : constant Cell_Access := new Cell'(E, null, L.Tail);
      begin
         if L.Tail = null then
            L.Head := C;
         else
            L.Tail.Next := C;
         end if;
         L.Tail := C;
         L.Count := L.Count + 1;
      end Push_Back;

      function Pop_Front (L : in out List) return Element is
         C : Cell_Access := L.Head;
      begin
         if C = null then
            raise Empty_List with "pop from an empty list";
         end if;
         return E : constant Element := C.Value do
            L.Head := C.Next;
            if L.Head = null then
               L.Tail := null;
            else
               L.Head.Prev := null;
            end if;
            L.Count := L.Count - 1;
            Free (C);
         end return;
      end Pop_Front;

      function Length (L : List) return Natural is (L.Count);

      procedure Reverse_List (L : in out List) is
         C : Cell_Access := L.Head;
         T : Cell_Access;
      begin
         while C /= null loop
            T := C.Next;
            C.Next := C.Prev;
            C.Prev := T;
            C := T;
         end loop;
         T := L.Head;
         L.Head := L.Tail;
         L.Tail := T;
      end Reverse_List;

      procedure Print (L : List) is
         C : Cell_Access := L.Head;
      begin
         Put ("[");
         while C /= null loop
            Put (Image (C.Value));
            if C.Next /= null then
               Put (", ");
            end if;
            C := C.Next;
         end loop;
         Put_Line ("]");
      end Print;

      procedure Filter (L : in out List) is
         C : Cell_Access := L.Head;
         N : Cell_Access;
      begin
         while C /= null loop
            N := C.Next;
            if not Keep (C.Value) then
               if C.Prev = null then L.Head := N; else C.Prev.Next := N; end if;
               if N = null then L.Tail := C.Prev; else N.Prev := C.Prev; end if;
               Free (C);
               L.Count := L.Count - 1;
            end if;
            C := N;
         end loop;
      end Filter;

      procedure Clear (L : in out List) is
         Dummy : Element;
      begin
         while L.Count > 0 loop
            Dummy := Pop_Front (L);
         end loop;
      end Clear;
   end Lists;

   function Img (I : Integer) return String is (Integer'Image (I));
   package Int_Lists is new Lists (Integer, Img);
   use Int_Lists;

   type Pair is record
      K : Character;
      V : Integer;
   end record;
   function Pair_Image (P : Pair) return String is (P.K & "=" & Integer'Image (P.V));
   package Pair_Lists is new Lists (Pair, Pair_Image);

   function Is_Even (I : Integer) return Boolean is (I mod 2 = 0);
   procedure Keep_Even is new Int_Lists.Filter (Is_Even);

   L : Int_Lists.List;
   P : Pair_Lists.List;
   X : Integer;
begin
   for I in 1 .. 10 loop
      if I mod 3 = 0 then Push_Front (L, I); else Push_Back (L, I * 10); end if;
   end loop;
   Print (L);
   Reverse_List (L);
   Print (L);
   Keep_Even (L);
   Print (L);
   Put_Line ("length" & Length (L)'Image);
   X := Pop_Front (L);
   Put_Line ("popped" & X'Image);
   Clear (L);
   begin
      X := Pop_Front (L);
   exception
      when E : Empty_List =>
         Put_Line ("caught: empty");
   end;
   Pair_Lists.Push_Back (P, ('a', 1));
   Pair_Lists.Push_Front (P, ('b', 2));
   Pair_Lists.Print (P);
end Everyday_Generic_List;
