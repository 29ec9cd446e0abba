-- 7.3, 3.9.2: the second program of
-- rm7.3-private-type-completed-by-controlled-extension.adb: a tagged
-- private type completed by an extension of Controlled, with a primitive
-- declared with the partial view (Show) and overridden by a descendant
-- (Circle): class-wide calls dispatch to both, and Adjust and Finalize run.
-- GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: {{^}}shape 0{{$}}
-- CHECK-NEXT: {{^}}shape 100{{$}}
-- CHECK-NEXT: {{^}}circle{{$}}
-- CHECK-NEXT: {{^}}finalize 0{{$}}
-- CHECK-NEXT: {{^}}finalize 100{{$}}
-- CHECK-NEXT: {{^}}finalize 0{{$}}
-- CHECK-NEXT: {{^}}done{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
procedure Tagged_Private_Controlled is
   package Shapes is
      type Shape is tagged private;
      procedure Show (S : Shape);
      function Make (Id : Integer) return Shape;
   private
      type Shape is new Ada.Finalization.Controlled with record
         Id : Integer := 0;
      end record;
      overriding procedure Adjust (S : in out Shape);
      overriding procedure Finalize (S : in out Shape);
   end Shapes;
   package body Shapes is
      procedure Show (S : Shape) is
      begin
         Put_Line ("shape" & S.Id'Image);
      end Show;
      function Make (Id : Integer) return Shape is
      begin
         return (Ada.Finalization.Controlled with Id => Id);
      end Make;
      procedure Adjust (S : in out Shape) is
      begin
         S.Id := S.Id + 100;
      end Adjust;
      procedure Finalize (S : in out Shape) is
      begin
         Put_Line ("finalize" & S.Id'Image);
      end Finalize;
   end Shapes;
   use Shapes;
   type Circle is new Shape with null record;
   overriding procedure Show (C : Circle);
   procedure Show (C : Circle) is
   begin
      Put_Line ("circle");
   end Show;
   procedure Display (S : Shape'Class) is
   begin
      Show (S);
   end Display;
begin
   declare
      A : Shape;
      B : Shape := A;
      C : Circle;
   begin
      Display (A);
      Display (B);
      Display (C);
   end;
   Put_Line ("done");
end Tagged_Private_Controlled;
