-- Dijkstra's shortest paths over aliased array components linked by heap edges
-- ('Access and 'Unchecked_Access of components, Free of the edges).
-- Diffed against GNAT 12 while looking for bugs (none here); kept so that it stays
-- so.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}a: 0{{$}}
-- CHECK-NEXT: {{^}}b: 7{{$}}
-- CHECK-NEXT: {{^}}c: 9{{$}}
-- CHECK-NEXT: {{^}}d: 20{{$}}
-- CHECK-NEXT: {{^}}e: 20{{$}}
-- CHECK-NEXT: {{^}}f: 11{{$}}
-- CHECK-NEXT: {{^}}freed 10 edges{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Everyday_Graph is
   type Vertex;
   type Vertex_Access is access all Vertex;
   type Edge;
   type Edge_Access is access Edge;
   type Edge is record
      Target : Vertex_Access;
      Weight : Positive;
      Next   : Edge_Access;
   end record;
   type Vertex is record
      Name    : Character;
      Edges   : Edge_Access;
      Visited : Boolean := False;
      Dist    : Natural := Natural'Last;
   end record;
   type Vertex_Array is array (Character range <>) of aliased Vertex;
   procedure Free is new Ada.Unchecked_Deallocation (Edge, Edge_Access);

   G : Vertex_Array ('a' .. 'f');

   procedure Connect (From, To : Character; W : Positive) is
   begin
      G (From).Edges := new Edge'(G (To)'Access, W, G (From).Edges);
   end Connect;

   procedure Dijkstra (Start : Character) is
      U : Vertex_Access;
      E : Edge_Access;
   begin
      G (Start).Dist := 0;
      loop
         U := null;
         for V of G loop
            if not V.Visited and then V.Dist /= Natural'Last
              and then (U = null or else V.Dist < U.Dist)
            then
               U := V'Unchecked_Access;
            end if;
         end loop;
         exit when U = null;
         U.Visited := True;
         E := U.Edges;
         while E /= null loop
            if U.Dist + E.Weight < E.Target.Dist then
               E.Target.Dist := U.Dist + E.Weight;
            end if;
            E := E.Next;
         end loop;
      end loop;
   end Dijkstra;

   procedure Clear is
      E, N : Edge_Access;
      Count : Natural := 0;
   begin
      for V of G loop
         E := V.Edges;
         while E /= null loop
            N := E.Next;
            Free (E);
            Count := Count + 1;
            E := N;
         end loop;
         V.Edges := null;
      end loop;
      Put_Line ("freed" & Count'Image & " edges");
   end Clear;
begin
   for C in G'Range loop
      G (C).Name := C;
   end loop;
   Connect ('a', 'b', 7); Connect ('a', 'c', 9); Connect ('a', 'f', 14);
   Connect ('b', 'c', 10); Connect ('b', 'd', 15); Connect ('c', 'd', 11);
   Connect ('c', 'f', 2); Connect ('d', 'e', 6); Connect ('e', 'f', 9);
   Connect ('f', 'e', 9);
   Dijkstra ('a');
   for V of G loop
      Put_Line (V.Name & ":" & V.Dist'Image);
   end loop;
   Clear;
end Everyday_Graph;
