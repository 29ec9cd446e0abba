-- 3.7, 3.9.1, 4.3.1(9), 4.3.2: type extensions with discriminants of their
-- own when the parent has components (Polygon (Sides) is new Shape with
-- ...): positional aggregates give the discriminant first, then the
-- parent's components, then the extension's; an extension aggregate with
-- an ancestor part; the parent's operations (Move) on the extension, in
-- memory the parent's components where the parent has them; a further
-- extension (Tagged_Polygon); dispatching through Shape'Class; an
-- extension sized by its discriminant (Named) allocated through the
-- class-wide access type and copied class-wide (C, D).  adac refused the
-- discriminants, and class-wide copies of a type sized by its
-- discriminants took the size of its fixed part (garbage characters): the
-- tag now gives a size function for such types.  GNAT 12 prints the same
-- lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}shape at 11 2 with 3 sides abcd 7{{$}}
-- CHECK-NEXT: {{^}}shape at 6 6 with 2 sides pqrs 0{{$}}
-- CHECK-NEXT: {{^}}shape at 101 2 with 3 sides abcd 7{{$}}
-- CHECK-NEXT: {{^}}shape at 109 9{{$}}
-- CHECK-NEXT: {{^}}shape at 100 1 with 4 sides wxyz 4 !{{$}}
-- CHECK-NEXT: {{^}}fives 101{{$}}
-- CHECK-NEXT: {{^}} 100 4wxyz{{$}}
-- CHECK-NEXT: {{^}}fives 101 / fives 101{{$}}
with Ada.Text_IO; use Ada.Text_IO;
procedure Discriminated_Extensions is
   package Shapes is
      type Shape is tagged record
         X, Y : Integer := 0;
      end record;
      procedure Move (S : in out Shape; DX : Integer);
      function Describe (S : Shape) return String;
      type Polygon (Sides : Positive) is new Shape with record
         Count : Natural := 0;
         Names : String (1 .. 4);
      end record;
      overriding function Describe (P : Polygon) return String;
      type Tagged_Polygon is new Polygon with record
         Tag : Character := '#';
      end record;
      overriding function Describe (T : Tagged_Polygon) return String;
      type Named (N : Natural) is new Shape with record
         Name : String (1 .. N);
      end record;
      overriding function Describe (X : Named) return String is (X.Name & X.X'Image);
   end Shapes;
   package body Shapes is
      procedure Move (S : in out Shape; DX : Integer) is
      begin
         S.X := S.X + DX;
      end Move;
      function Describe (S : Shape) return String is
        ("shape at" & S.X'Image & S.Y'Image);
      function Describe (P : Polygon) return String is
        (Describe (Shape (P)) & " with" & P.Sides'Image & " sides " & P.Names & P.Count'Image);
      function Describe (T : Tagged_Polygon) return String is
        (Describe (Polygon (T)) & " " & T.Tag);
   end Shapes;
   use Shapes;
   type Shape_Access is access all Shape'Class;
   P : Polygon := (3, 1, 2, 7, "abcd");
   Q : Polygon := (Shape'(X => 5, Y => 6) with Sides => 2, Count => 0, Names => "pqrs");
   T : aliased Tagged_Polygon := (Sides => 4, X => 0, Y => 1, Count => 4, Names => "wxyz", Tag => '!');
   L : array (1 .. 4) of Shape_Access :=
     (new Polygon'(P), new Shape'(X => 9, Y => 9), T'Access, new Named'(5, 1, 2, "fives"));
begin
   Move (P, 10);
   Move (Shape (Q), 1);
   Put_Line (Describe (P));
   Put_Line (Describe (Q));
   for S of L loop
      Move (S.all, 100);
      Put_Line (S.Describe);
   end loop;
   Put_Line (T.X'Image & T.Sides'Image & T.Names);
   declare
      C : Shape'Class := L (4).all;               --  a copy sized by its discriminant
      D : constant Shape_Access := new Shape'Class'(C);
   begin
      Put_Line (C.Describe & " / " & D.Describe);
   end;
end Discriminated_Extensions;
