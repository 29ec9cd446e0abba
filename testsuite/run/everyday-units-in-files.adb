-- A program of several library units in their own files (Inputs/: a generic
-- stack with its own access type, a tagged hierarchy in a parent package and
-- a child package whose body allocates through the parent's class-wide
-- access type), instantiated twice, with an exception of the instance.
-- Diffed against GNAT 12 (gnatmake), which prints the same lines.
-- RUN: %adac -I %S/Inputs %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 -I %S/Inputs %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}shape 3 area 27{{$}}
-- CHECK-NEXT: {{^}}shape 2 area 12{{$}}
-- CHECK-NEXT: {{^}}shape 1 area 3{{$}}
-- CHECK-NEXT: {{^}} 30 2{{$}}
-- CHECK-NEXT: {{^}}empty{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Stacks;
with Shapes; use Shapes;
with Shapes.Circles;
procedure Everyday_Units is
   package Shape_Stacks is new Stacks (Shape_Ref);
   package Int_Stacks is new Stacks (Integer);
   S : Shape_Stacks.Stack;
   I : Int_Stacks.Stack;
   R : Shape_Ref;
begin
   for K in 1 .. 3 loop
      Shape_Stacks.Push (S, Shapes.Circles.Make (Float (K)));
      Int_Stacks.Push (I, K * 10);
   end loop;
   while Shape_Stacks.Depth (S) > 0 loop
      R := Shape_Stacks.Pop (S);
      Put_Line (Name (R.all) & " area" & Integer'Image (Integer (R.Area)));
   end loop;
   Put_Line (Int_Stacks.Pop (I)'Image & Int_Stacks.Depth (I)'Image);
   Int_Stacks.Clear (I);
   begin
      Put_Line (Int_Stacks.Pop (I)'Image);
   exception
      when Int_Stacks.Empty_Error => Put_Line ("empty");
   end;
end Everyday_Units;
