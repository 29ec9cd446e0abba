-- COVERS: 7.6.1(20.1/3)
-- RM 7.6.1(20.1/3) (permission): when an allocator propagates an exception,
-- the parts of the object that were initialized may be finalized with the
-- innermost master enclosing the allocator.  adac does not use the
-- permission: the partly initialized object stays in its access type's
-- collection, and its component A is finalized once, with the collection,
-- when the scope of Rec_Ptr is left (not when the inner block is).
-- GNAT 12 finalizes A twice: at once when the allocator fails, and again
-- with the collection, which neither choice allows (the permission moves
-- the finalization, it does not add one); this test expects one.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Boom
-- CHECK-NEXT: allocator: Constraint_Error
-- CHECK-NEXT: leaving the scope of the access type
-- CHECK-NEXT:   Finalize a
-- CHECK-NEXT: end
-- CHECK-NOT: Finalize
with Ada.Finalization;
package Rm761_20_Ctrl is
   type Ctrl is new Ada.Finalization.Controlled with record
      Id : Character := '?';
   end record;
   overriding procedure Finalize (C : in out Ctrl);
   function Boom return Integer;
   type Rec is record
      A : Ctrl := (Ada.Finalization.Controlled with Id => 'a');
      N : Integer := Boom;
   end record;
end Rm761_20_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm761_20_Ctrl is
   procedure Finalize (C : in out Ctrl) is
   begin
      if C.Id /= '?' then
         Put_Line ("  Finalize " & C.Id);
      end if;
   end Finalize;
   function Boom return Integer is
   begin
      Put_Line ("  Boom");
      raise Constraint_Error;
      return 0;
   end Boom;
end Rm761_20_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
with Rm761_20_Ctrl; use Rm761_20_Ctrl;
procedure Rm761_20 is
begin
   declare
      type Rec_Ptr is access Rec;
   begin
      begin
         declare
            P : Rec_Ptr;
         begin
            P := new Rec;
            Put_Line ("allocated");
         end;
      exception
         when Constraint_Error => Put_Line ("allocator: Constraint_Error");
      end;
      Put_Line ("leaving the scope of the access type");
   end;
   Put_Line ("end");
end Rm761_20;
