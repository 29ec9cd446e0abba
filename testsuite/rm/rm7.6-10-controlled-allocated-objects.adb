-- COVERS: 7.6(10/2), 7.6(13), 7.6(15), 7.6(16/3), 7.6.1(10), 7.6.1(11/3), 7.6.1(11.1/3), 7.6.1(11.2/3), 13.11.2(9/3)
-- RM 7.6(10/2): an uninitialized allocator initializes the object by
-- default, which calls Initialize; 7.6(13), (15), (16/3): an initialized
-- allocator copies the value of X, which adjusts the new object (Adjust);
-- 7.6.1(10), 13.11.2(9/3): Unchecked_Deallocation finalizes the object
-- before reclaiming it; 7.6.1(11/3)-(11.2/3): the objects still in the
-- collection of an access type are finalized when the master that declares
-- the type is left (the collection is declared at the type's freezing
-- point), and the freed one is not finalized again.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Initialize 1
-- CHECK-NEXT: Initialize 2
-- CHECK-NEXT: Adjust 101
-- CHECK-NEXT: freeing
-- CHECK-NEXT: Finalize 2
-- CHECK-NEXT: leaving
-- CHECK-NEXT: Finalize 101
-- CHECK-NEXT: left
-- CHECK-NEXT: Finalize 1
-- CHECK-NOT: Finalize
with Ada.Finalization;
with Ada.Unchecked_Deallocation;
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm76_10 is
   package Counted is
      type C is new Ada.Finalization.Controlled with record
         Id : Integer := 0;
      end record;
      overriding procedure Initialize (X : in out C);
      overriding procedure Adjust (X : in out C);
      overriding procedure Finalize (X : in out C);
   end Counted;
   package body Counted is
      Next : Integer := 0;
      procedure Initialize (X : in out C) is
      begin
         Next := Next + 1;
         X.Id := Next;
         Put_Line ("Initialize" & Integer'Image (X.Id));
      end Initialize;
      procedure Adjust (X : in out C) is
      begin
         X.Id := X.Id + 100;
         Put_Line ("Adjust" & Integer'Image (X.Id));
      end Adjust;
      procedure Finalize (X : in out C) is
      begin
         if X.Id /= 0 then
            Put_Line ("Finalize" & Integer'Image (X.Id));
         end if;
      end Finalize;
   end Counted;
   use Counted;
   X : C;
begin
   declare
      type C_Ptr is access C;
      procedure Free is new Ada.Unchecked_Deallocation (C, C_Ptr);
      P : C_Ptr := new C;
      Q : C_Ptr := new C'(X);
   begin
      Put_Line ("freeing");
      Free (P);
      Put_Line ("leaving");
   end;
   Put_Line ("left");
end Rm76_10;
