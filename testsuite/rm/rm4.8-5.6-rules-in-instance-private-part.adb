-- COVERS: 4.8(5.6/3)
-- RM 4.8(5.6/3): the legality rules of allocators also apply in the private
-- part of an instance: an instance whose actual access type has a
-- Storage_Size of zero makes the template's allocator illegal (4.8(5.4/3)),
-- reported at the instantiation with a note at the allocator.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
-- CHECK: rm4.8-5.6-rules-in-instance-private-part.adb:[[# @LINE + 18]]:4: error: no allocator can be of the access type 'T_Ptr': its Storage_Size is zero [RM 4.8(5.4/3)]
-- CHECK: rm4.8-5.6-rules-in-instance-private-part.adb:[[# @LINE + 8]]:20: note: in this instance of generic 'G', here
procedure Rm48_5_6 is
   generic
      type T is private;
      type T_Ptr is access T;
   package G is
      procedure Touch;
   private
      P : T_Ptr := new T;
   end G;
   package body G is
      procedure Touch is null;
   end G;
   type Int_Ptr is access Integer;
   for Int_Ptr'Storage_Size use 0;
   type Ok_Ptr is access Integer;
   package Good is new G (Integer, Ok_Ptr);
   package Bad is new G (Integer, Int_Ptr);
begin
   null;
end Rm48_5_6;
