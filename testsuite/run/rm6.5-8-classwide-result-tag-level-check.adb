-- COVERS: 6.5(8/4)
-- A function with a class-wide result checks that the tag of the returned
-- object does not identify a type deeper than the function's body
-- (6.5(8/4)): Program_Error when a type declared inside the function (or
-- inside a caller deeper than the function) would escape through the
-- result; a type at the function's level or outside passes.  Extended
-- return statements are checked the same way (a return object of a
-- specific type is checked statically: 6.5(5.9/3), see legality/).  GNAT 12
-- prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: outer type: 1
-- CHECK-NEXT: type of the function: Program_Error
-- CHECK-NEXT: type of the caller, deeper than the function: Program_Error
-- CHECK-NEXT: type of the caller, function nested in it: 3
-- CHECK-NEXT: extended return, type of the caller: Program_Error
-- CHECK-NEXT: extended return, outer type: 11
-- CHECK-NEXT: extended return, specific: 4
with Ada.Text_IO; use Ada.Text_IO;
procedure Classwide_Return is
   package Shapes is
      type Root is tagged record
         N : Integer := 0;
      end record;
      function Same (X : Root'Class) return Root'Class;
   end Shapes;
   package body Shapes is
      function Same (X : Root'Class) return Root'Class is
      begin
         return X;
      end Same;
   end Shapes;
   use Shapes;

   function Local_One return Root'Class is
      type Inner is new Root with null record;
      V : Inner;
   begin
      V.N := 2;
      return Root'Class (V);
   end Local_One;

   function Outer_One return Root'Class is
   begin
      return Root'(N => 1);
   end Outer_One;

   function Extended (X : Root'Class; Copy : Boolean) return Root'Class is
   begin
      if Copy then
         return R : Root'Class := X do
            R.N := R.N + 10;
         end return;
      else
         return R : Root do
            R.N := 4;
         end return;
      end if;
   end Extended;

   procedure Caller is
      type Mine is new Root with null record;
      M : Mine := (N => 3);
      function Nested return Root'Class is
      begin
         return Root'Class (M);
      end Nested;
   begin
      begin
         Put_Line ("type of the caller, deeper than the function:" & Integer'Image (Same (M).N));
      exception
         when Program_Error => Put_Line ("type of the caller, deeper than the function: Program_Error");
      end;
      Put_Line ("type of the caller, function nested in it:" & Integer'Image (Nested.N));
      begin
         Put_Line ("extended return, type of the caller:" & Integer'Image (Extended (M, True).N));
      exception
         when Program_Error => Put_Line ("extended return, type of the caller: Program_Error");
      end;
   end Caller;
begin
   Put_Line ("outer type:" & Integer'Image (Outer_One.N));
   begin
      Put_Line ("type of the function:" & Integer'Image (Local_One.N));
   exception
      when Program_Error => Put_Line ("type of the function: Program_Error");
   end;
   Caller;
   Put_Line ("extended return, outer type:" & Integer'Image (Extended (Outer_One, True).N));
   Put_Line ("extended return, specific:" & Integer'Image (Extended (Outer_One, False).N));
end Classwide_Return;
