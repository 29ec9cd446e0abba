-- COVERS: 4.8(10.2/2), 4.8(11.1/2), 7.6.1(11.1/3)
-- RM 4.8(10.2/2), (11.1/2): an allocator of an object that needs
-- finalization, once the finalization of its access type's collection has
-- started (here: a Finalize of an object of the collection allocates
-- another), raises Program_Error; the objects of the collection are all
-- finalized anyway.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: done
-- CHECK-NEXT: finalize 2
-- CHECK-NEXT: Program_Error from the allocator
-- CHECK-NEXT: finalize 1
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
procedure Coll_Finalized is
   package P is
      type T is new Ada.Finalization.Controlled with record
         Id : Natural := 0;
      end record;
      overriding procedure Finalize (X : in out T);
   end P;
   type T_Ptr is access P.T;
   package body P is
      procedure Finalize (X : in out T) is
         Extra : T_Ptr;
      begin
         if X.Id /= 0 then
            Put_Line ("finalize" & Natural'Image (X.Id));
         end if;
         if X.Id = 2 then
            Extra := new T'(Ada.Finalization.Controlled with Id => 0);
            Put_Line ("allocated during finalization");
         end if;
      exception
         when Program_Error => Put_Line ("Program_Error from the allocator");
      end Finalize;
   end P;
   A : T_Ptr := new P.T'(Ada.Finalization.Controlled with Id => 1);
   B : T_Ptr := new P.T'(Ada.Finalization.Controlled with Id => 2);
begin
   Put_Line ("done");
end Coll_Finalized;
