-- A class-wide heterogeneous array of shapes on the heap (access all Shape'Class):
-- dispatching, membership tests, a class-wide copy, Free of the class-wide type.
-- Diffed against GNAT 12 while looking for bugs; kept so that it keeps working.
-- GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}circle   area 12{{$}}
-- CHECK-NEXT: {{^}}rect     area 10{{$}}
-- CHECK-NEXT: {{^}}  a rectangle, width 2{{$}}
-- CHECK-NEXT: {{^}}square   area 9{{$}}
-- CHECK-NEXT: {{^}}  a rectangle, width 3{{$}}
-- CHECK-NEXT: {{^}}copy     area 12{{$}}
-- CHECK-NEXT: {{^}}total 43{{$}}
-- CHECK-NEXT: {{^}}TRUE{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Everyday_Shapes is
   package Geometry is
      type Shape is abstract tagged record
         Name : String (1 .. 8) := (others => ' ');
      end record;
      function Area (S : Shape) return Float is abstract;
      function Describe (S : Shape'Class) return String;
      type Shape_Access is access all Shape'Class;

      type Circle is new Shape with record
         R : Float;
      end record;
      overriding function Area (C : Circle) return Float;

      type Rect is new Shape with record
         W, H : Float;
      end record;
      overriding function Area (R : Rect) return Float;

      type Square is new Rect with null record;
      function Make_Square (Side : Float) return Square;
   end Geometry;

   package body Geometry is
      function Describe (S : Shape'Class) return String is
      begin
         return S.Name & " area" & Integer'Image (Integer (Area (S)));
      end Describe;
      function Area (C : Circle) return Float is (3.0 * C.R * C.R);
      function Area (R : Rect) return Float is (R.W * R.H);
      function Make_Square (Side : Float) return Square is
        (Name => "square  ", W => Side, H => Side);
   end Geometry;
   use Geometry;

   procedure Free is new Ada.Unchecked_Deallocation (Shape'Class, Shape_Access);

   type Shape_Array is array (Positive range <>) of Shape_Access;
   List : Shape_Array (1 .. 4) :=
     (new Circle'(Name => "circle  ", R => 2.0),
      new Rect'(Name => "rect    ", W => 2.0, H => 5.0),
      new Square'(Make_Square (3.0)),
      null);
   Total : Float := 0.0;
begin
   List (4) := new Shape'Class'(List (1).all);
   List (4).Name := "copy    ";
   for S of List loop
      Put_Line (Describe (S.all));
      Total := Total + Area (S.all);
      if S.all in Rect'Class then
         Put_Line ("  a rectangle, width" & Integer'Image (Integer (Rect'Class (S.all).W)));
      end if;
   end loop;
   Put_Line ("total" & Integer'Image (Integer (Total)));
   for S of List loop
      Free (S);
   end loop;
   Put_Line (Boolean'Image (List (1) = null and List (4) = null));
end Everyday_Shapes;
