-- COVERS: 3.10.2(14.2/3)
-- RM 3.10.2(14.2/3): an anonymous allocator that defines the value of an
-- access discriminant in a subtype_indication other than an object's (here
-- a subtype declaration) creates an object at the level of the master that
-- elaborates the subtype_indication: the block.  The constraint is
-- elaborated once, with the subtype declaration (3.2.2(9), 3.7.1(12)),
-- so H1 and H2 share that one object, which is finalized when the block
-- is left.
-- GNAT 12 shares the object but finalizes it only at the end of the
-- program; this test follows the RM.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: same object: TRUE s
-- CHECK-NEXT: leaving block
-- CHECK-NEXT:   Finalize s
-- CHECK-NEXT: after block
with Ada.Finalization;
package Rm3102_142_Ctrl is
   type Ctrl is new Ada.Finalization.Limited_Controlled with record
      Id : Character := '?';
   end record;
   overriding procedure Finalize (C : in out Ctrl);
   type Holder (D : access Ctrl) is limited null record;
end Rm3102_142_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm3102_142_Ctrl is
   procedure Finalize (C : in out Ctrl) is
   begin
      Put_Line ("  Finalize " & C.Id);
   end Finalize;
end Rm3102_142_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
with Rm3102_142_Ctrl; use Rm3102_142_Ctrl;
procedure Rm3102_142 is
begin
   declare
      subtype HS is Holder (new Ctrl'(Ada.Finalization.Limited_Controlled with Id => 's'));
      H1, H2 : HS;
   begin
      Put_Line ("same object: " & Boolean'Image (H1.D = H2.D) & " " & H1.D.Id);
      Put_Line ("leaving block");
   end;
   Put_Line ("after block");
end Rm3102_142;
