-- COVERS: 4.8(10.1/3), 4.8(7/2), 3.10.2(14/3)
-- RM 4.8(10.1/3): when the designated type of the allocator's type is
-- class-wide, the master of the type of the allocated object (here, of the
-- tag of the qualified_expression's value) must include the elaboration of
-- the access type, else Program_Error: a local extension of T cannot be
-- allocated for the outer access type, as the object would outlive its type.
-- The same allocator with a value of T itself is fine.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: outer type: kept
-- CHECK-NEXT: local extension: Program_Error
-- CHECK-NEXT: G still designates the first object: TRUE
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm48_10_1 is
   type T is tagged record
      Id : Integer := 0;
   end record;
   type T_Ptr is access T'Class;
   G : T_Ptr;

   procedure Keep (X : T'Class) is
   begin
      G := new T'Class'(X);
   end Keep;

   procedure Inner is
      type Local is new T with null record;
      V : Local;
   begin
      V.Id := 2;
      Keep (V);
      Put_Line ("local extension: no exception");
   exception
      when Program_Error => Put_Line ("local extension: Program_Error");
   end Inner;
begin
   Keep (T'(Id => 1));
   Put_Line ("outer type: kept");
   Inner;
   Put_Line ("G still designates the first object: " & Boolean'Image (G.Id = 1));
end Rm48_10_1;
