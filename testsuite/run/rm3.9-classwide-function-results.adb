-- A function returning T'Class returns the whole object of the specific
-- type it returns (3.9(3), 6.5(5.8/5)), whatever its size; calls through an
-- abstract primitive dispatch to the overriding body (3.9.2(20), 3.9.3(3)).
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: 18 1 2 9
-- CHECK-NEXT: -3 101
-- CHECK-NEXT: 4 102
with Ada.Text_IO;
procedure Rm39_Classwide_Function_Results is
   type Int_Array is array (Positive range <>) of Integer;
   package Shapes is
      type Shape is abstract tagged record
         X, Y : Integer;
      end record;
      function Area (S : Shape) return Integer is abstract;
      type Square is new Shape with record
         Side : Integer;
      end record;
      overriding function Area (S : Square) return Integer is (S.Side * S.Side);
      type Rect is new Shape with record
         W, H : Integer;
      end record;
      overriding function Area (S : Rect) return Integer is (S.W * S.H);
      type Polygon is new Shape with record
         Xs, Ys : Int_Array (1 .. 6);
      end record;
      overriding function Area (S : Polygon) return Integer;
      function Make (K : Integer) return Shape'Class;
   end Shapes;
   package body Shapes is
      function Area (S : Polygon) return Integer is
         Sum : Integer := 0;
      begin
         for I in S.Xs'Range loop
            Sum := Sum + S.Xs (I) - S.Ys (I);
         end loop;
         return Sum;
      end Area;
      function Make (K : Integer) return Shape'Class is
      begin
         case K mod 3 is
            when 0      => return Square'(X => K, Y => 1, Side => K mod 100);
            when 1      => return Rect'(X => 1, Y => K, W => K mod 7, H => K mod 13);
            when others => return Polygon'(X => K, Y => K, Xs => (others => K mod 50),
                                           Ys => (1 .. 3 => 1, 4 .. 6 => 2));
         end case;
      end Make;
   end Shapes;
   use Shapes;
   type Shape_Access is access Shape'Class;
   P : Shape_Access;
begin
   for K in 100 .. 102 loop
      P := new Shape'Class'(Make (K));
      declare
         C : Shape'Class := Make (K);
      begin
         if C.Area /= P.Area then
            Ada.Text_IO.Put_Line ("object and allocated copy differ");
         end if;
         if C in Rect then
            Ada.Text_IO.Put_Line (Integer'Image (P.Area) & Integer'Image (P.X)
                                  & Integer'Image (Rect (C).W) & Integer'Image (Rect (C).H));
         else
            Ada.Text_IO.Put_Line (Integer'Image (Area (P.all)) & Integer'Image (C.X));
         end if;
      end;
   end loop;
end Rm39_Classwide_Function_Results;
