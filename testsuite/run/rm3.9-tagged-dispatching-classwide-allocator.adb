-- RM 3.9, 3.9.1, 3.9.2, 4.8: tagged types and their extensions; a call of a
-- primitive operation with a class-wide operand dispatches on its tag (an
-- inherited operation runs the parent's body); class-wide allocators copy
-- the object with its tag.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: area 9 x 1
-- CHECK-NEXT: area 16 x 5
-- CHECK-NEXT: area 0 x 1
-- CHECK-NEXT: area 9 x 1
with Ada.Text_IO; use Ada.Text_IO;
procedure Tag is
   package Shapes is
      type Shape is tagged record
         X : Integer := 0;
      end record;
      function Area (S : Shape) return Integer;
      procedure Grow (S : in out Shape);
      type Square is new Shape with record
         Side : Integer := 2;
      end record;
      function Area (S : Square) return Integer;
   end Shapes;
   package body Shapes is
      function Area (S : Shape) return Integer is
      begin
         return 0;
      end Area;
      procedure Grow (S : in out Shape) is
      begin
         S.X := S.X + 1;
      end Grow;
      function Area (S : Square) return Integer is
      begin
         return S.Side * S.Side;
      end Area;
   end Shapes;
   use Shapes;
   type Shape_Ptr is access Shape'Class;
   P : Shape_Ptr;
   Sq : Square;
   procedure Show (S : Shape'Class) is
   begin
      Put_Line ("area" & Integer'Image (Area (S)) & " x" & Integer'Image (S.X));
   end Show;
begin
   Sq.Side := 3;
   Grow (Sq);
   Show (Sq);
   P := new Square'(X => 5, Side => 4);
   Show (P.all);
   P := new Shape'(X => 1);
   Show (P.all);
   P := new Shape'Class'(Shape'Class (Sq));
   Show (P.all);
end Tag;
