-- COVERS: 7.6.1(11.3/3), 7.6.1(11.4/3)
-- RM 7.6.1(11.1/3): each anonymous access type has a collection too,
-- finalized where it is implicitly declared: (11.3/3) for the type of an
-- access parameter, at the call that contains the allocator; (11.4/3) for
-- the type of an access result, within the master of the call.  Each case
-- is in a block, the innermost master around the call (a call statement
-- is not a master, 7.6.1(3/2)), so its object is finalized on leaving the
-- block ("after block" comes after "Finalize").
-- GNAT 12 finalizes both objects only at the end of the program (it warns
-- that they "might not be finalized until the enclosing library unit goes
-- out of scope"); this test follows the RM.
-- XFAIL: *
-- adac does not finalize the objects created by allocators for access
-- parameters or returned as anonymous access results: no collection is
-- declared for those anonymous access types at the call (no "Finalize").
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: access parameter:
-- CHECK-NEXT:   in Take p
-- CHECK-NEXT:   Finalize p
-- CHECK-NEXT:   after block
-- CHECK-NEXT: access result:
-- CHECK-NEXT:   in block r
-- CHECK-NEXT:   Finalize r
-- CHECK-NEXT:   after block
-- CHECK-NEXT: end
-- CHECK-NOT: Finalize
with Ada.Finalization;
package Rm761_113_Ctrl is
   type Ctrl is new Ada.Finalization.Limited_Controlled with record
      Id : Character := '?';
   end record;
   overriding procedure Finalize (C : in out Ctrl);
   function Make (Id : Character) return access Ctrl;
end Rm761_113_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm761_113_Ctrl is
   procedure Finalize (C : in out Ctrl) is
   begin
      Put_Line ("  Finalize " & C.Id);
   end Finalize;
   function Make (Id : Character) return access Ctrl is
   begin
      return new Ctrl'(Ada.Finalization.Limited_Controlled with Id => Id);
   end Make;
end Rm761_113_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
with Rm761_113_Ctrl; use Rm761_113_Ctrl;
procedure Rm761_113 is
   procedure Take (C : access Ctrl) is
   begin
      Put_Line ("  in Take " & C.Id);
   end Take;
begin
   Put_Line ("access parameter:");
   begin
      Take (new Ctrl'(Ada.Finalization.Limited_Controlled with Id => 'p'));
   end;
   Put_Line ("  after block");
   Put_Line ("access result:");
   begin
      Put_Line ("  in block " & Make ('r').Id);
   end;
   Put_Line ("  after block");
   Put_Line ("end");
end Rm761_113;
