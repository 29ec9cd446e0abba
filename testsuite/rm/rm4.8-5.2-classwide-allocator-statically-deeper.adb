-- COVERS: 4.8(5.2/3)
-- RM 4.8(5.2/3): when the designated type of the allocator's type is
-- class-wide, the type of the allocated object shall not be statically
-- deeper than the access type: a type declared in a nested procedure cannot
-- be allocated for an outer access-to-T'Class type; the outer type T can.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm48_5_2 is
   type T is tagged null record;
   type T_Ptr is access T'Class;
   P : T_Ptr;
   procedure Inner is
      type D is new T with null record;
   begin
      P := new T'(null record);                   -- OK
      P := new D'(null record);                   -- ERROR
      -- CHECK: rm4.8-5.2-classwide-allocator-statically-deeper.adb:[[# @LINE - 1]]:16: error: the type 'D' of the allocated object is declared deeper (level 2) than the access type 'T_Ptr' (level 1): the object would outlive its type [RM 4.8(5.2/3)]
   end Inner;
begin
   Inner;
end Rm48_5_2;
