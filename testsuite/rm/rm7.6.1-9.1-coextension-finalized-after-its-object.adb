-- COVERS: 7.6.1(9.1/2)
-- RM 7.6.1(9.1/2): the coextensions of an object are finalized after the
-- object whose access discriminant designates them (3.10.2(14.4/3)): here
-- H (its controlled component, h), then the coextension c, on leaving the
-- block.  Same output as GNAT 12.  (The coextensions of an allocated
-- object: rm7.6.1-9.1-coextension-of-allocated-object.adb.)
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: leaving block
-- CHECK-NEXT:   Finalize h
-- CHECK-NEXT:   Finalize c
-- CHECK-NEXT: after block
with Ada.Finalization;
package Rm761_91_Ctrl is
   type Ctrl is new Ada.Finalization.Limited_Controlled with record
      Id : Character := '?';
   end record;
   overriding procedure Finalize (C : in out Ctrl);
   type Holder (D : access Ctrl) is limited record
      Part : Ctrl;
   end record;
end Rm761_91_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm761_91_Ctrl is
   procedure Finalize (C : in out Ctrl) is
   begin
      Put_Line ("  Finalize " & C.Id);
   end Finalize;
end Rm761_91_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
with Rm761_91_Ctrl; use Rm761_91_Ctrl;
procedure Rm761_91 is
begin
   declare
      H : Holder (new Ctrl'(Ada.Finalization.Limited_Controlled with Id => 'c'));
   begin
      H.Part.Id := 'h';
      Put_Line ("leaving block");
   end;
   Put_Line ("after block");
end Rm761_91;
