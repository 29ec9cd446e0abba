-- COVERS: 7.6.1(9.1/2)
-- RM 7.6.1(9.1/2): the coextensions of an object are finalized after the
-- object whose access discriminant designates them; 13.11.2(9/3): Free
-- finalizes the object and its coextensions.  Here the object is
-- allocated for Holder_Ptr and its coextension c by the anonymous
-- allocator of its discriminant constraint (3.10.2(14.4/3)): Free (HP)
-- finalizes h, then c.  GNAT 12 finalizes c only at the end of the
-- program; this test follows the RM.
-- XFAIL: *
-- adac links the coextension of an allocated object into the collection
-- of the discriminant's anonymous access type, which nothing finalizes:
-- neither Free nor the finalization of Holder_Ptr's collection reaches
-- it ("  Finalize c" is missing).  (Coextensions of declared objects are
-- finalized: rm7.6.1-9.1-coextension-finalized-after-its-object.adb.)
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Free:
-- CHECK-NEXT:   Finalize h
-- CHECK-NEXT:   Finalize c
-- CHECK-NEXT: end
with Ada.Finalization;
package Rm761_91b_Ctrl is
   type Ctrl is new Ada.Finalization.Limited_Controlled with record
      Id : Character := '?';
   end record;
   overriding procedure Finalize (C : in out Ctrl);
   type Holder (D : access Ctrl) is limited record
      Part : Ctrl;
   end record;
end Rm761_91b_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm761_91b_Ctrl is
   procedure Finalize (C : in out Ctrl) is
   begin
      Put_Line ("  Finalize " & C.Id);
   end Finalize;
end Rm761_91b_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
with Ada.Unchecked_Deallocation;
with Rm761_91b_Ctrl; use Rm761_91b_Ctrl;
procedure Rm761_91b is
   type Holder_Ptr is access Holder;
   procedure Free is new Ada.Unchecked_Deallocation (Holder, Holder_Ptr);
   HP : Holder_Ptr := new Holder (new Ctrl'(Ada.Finalization.Limited_Controlled with Id => 'c'));
begin
   HP.Part.Id := 'h';
   Put_Line ("Free:");
   Free (HP);
   Put_Line ("end");
end Rm761_91b;
