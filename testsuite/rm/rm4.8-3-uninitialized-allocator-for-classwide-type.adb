-- COVERS: 4.8(3/3), 4.8(10/2)
-- RM 4.8(3/3): the designated type T'Class of the access type covers D, so
-- an uninitialized allocator of the specific type D is legal for it;
-- 4.8(10/2): the object gets the tag of D (a dispatching call reaches D's
-- body) and its default initialization.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: tag of D: D, component default 7
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm48_3 is
   package Types is
      type T is tagged record
         X : Integer := 7;
      end record;
      function Kind (Obj : T) return String;
      type D is new T with null record;
      overriding function Kind (Obj : D) return String;
   end Types;
   package body Types is
      function Kind (Obj : T) return String is
      begin
         return "T";
      end Kind;
      function Kind (Obj : D) return String is
      begin
         return "D";
      end Kind;
   end Types;
   use Types;
   type T_Ptr is access T'Class;
   P : T_Ptr := new D;
begin
   Put_Line ("tag of D: " & Kind (P.all) & ", component default" & Integer'Image (P.X));
end Rm48_3;
