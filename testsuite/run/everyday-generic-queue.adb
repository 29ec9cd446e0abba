-- A generic bounded queue whose formal access type holds the elements (each a
-- heap copy, freed on dequeue), instantiated for records and for access values.
-- Diffed against GNAT 12 while looking for bugs (none here); kept so that it stays
-- so.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}enqueued 1 size 1{{$}}
-- CHECK-NEXT: {{^}}enqueued 2 size 2{{$}}
-- CHECK-NEXT: {{^}}enqueued 3 size 3{{$}}
-- CHECK-NEXT: {{^}}overflow at 4{{$}}
-- CHECK-NEXT: {{^}}overflow at 5{{$}}
-- CHECK-NEXT: {{^}}peek 1{{$}}
-- CHECK-NEXT: {{^}}got 1 1{{$}}
-- CHECK-NEXT: {{^}}got 2 4{{$}}
-- CHECK-NEXT: {{^}}got 3 9{{$}}
-- CHECK-NEXT: {{^}}underflow{{$}}
-- CHECK-NEXT: {{^}}firstsecond{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Everyday_Generic_Queue is
   generic
      type Element is private;
      type Element_Access is access Element;
      Capacity : Positive := 4;
   package Queues is
      type Queue is limited private;
      Overflow, Underflow : exception;
      procedure Enqueue (Q : in out Queue; E : Element);
      procedure Dequeue (Q : in out Queue; E : out Element);
      function Size (Q : Queue) return Natural;
      function Peek (Q : Queue) return Element_Access;
   private
      type Slots is array (1 .. Capacity) of Element_Access;
      type Queue is limited record
         Items : Slots;
         First : Positive := 1;
         Count : Natural := 0;
      end record;
   end Queues;
   package body Queues is
      procedure Free is new Ada.Unchecked_Deallocation (Element, Element_Access);
      procedure Enqueue (Q : in out Queue; E : Element) is
      begin
         if Q.Count = Capacity then
            raise Overflow;
         end if;
         Q.Items ((Q.First + Q.Count - 1) mod Capacity + 1) := new Element'(E);
         Q.Count := Q.Count + 1;
      end Enqueue;
      procedure Dequeue (Q : in out Queue; E : out Element) is
      begin
         if Q.Count = 0 then
            raise Underflow;
         end if;
         E := Q.Items (Q.First).all;
         Free (Q.Items (Q.First));
         Q.First := Q.First mod Capacity + 1;
         Q.Count := Q.Count - 1;
      end Dequeue;
      function Size (Q : Queue) return Natural is (Q.Count);
      function Peek (Q : Queue) return Element_Access is
        (if Q.Count = 0 then null else Q.Items (Q.First));
   end Queues;

   type Point is record
      X, Y : Integer;
   end record;
   type Point_Access is access Point;
   package Point_Queues is new Queues (Point, Point_Access, Capacity => 3);
   use Point_Queues;

   type Name is access String;
   type Name_Access is access Name;
   package Name_Queues is new Queues (Name, Name_Access);

   Q : Queue;
   P : Point;
   NQ : Name_Queues.Queue;
   N : Name;
begin
   for I in 1 .. 5 loop
      begin
         Enqueue (Q, (I, I * I));
         Put_Line ("enqueued" & I'Image & " size" & Size (Q)'Image);
      exception
         when Overflow => Put_Line ("overflow at" & I'Image);
      end;
   end loop;
   Put_Line ("peek" & Peek (Q).X'Image);
   while Size (Q) > 0 loop
      Dequeue (Q, P);
      Put_Line ("got" & P.X'Image & P.Y'Image);
   end loop;
   begin
      Dequeue (Q, P);
   exception
      when Underflow => Put_Line ("underflow");
   end;
   Name_Queues.Enqueue (NQ, new String'("first"));
   Name_Queues.Enqueue (NQ, new String'("second"));
   Name_Queues.Dequeue (NQ, N);
   Put_Line (N.all & Name_Queues.Peek (NQ).all.all);
end Everyday_Generic_Queue;
