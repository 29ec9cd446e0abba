-- COVERS: 7.6.1(11.5/3)
-- RM 7.6.1(11.1/3), (11.5/3): the collection of the anonymous access type
-- of a stand-alone object is declared at the first freezing point of the
-- innermost enclosing declaration, the object's: the object S designates
-- is finalized when the block is left, after T (declared later, so
-- finalized first) and before the block's earlier object U; an inner
-- activation of Recurse has a collection of its own.
-- GNAT 12 finalizes the allocated objects only at the end of the program
-- (it warns that they "might not be finalized until the enclosing library
-- unit goes out of scope"); this test follows the RM.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: in block s
-- CHECK-NEXT:   Finalize t
-- CHECK-NEXT:   Finalize s
-- CHECK-NEXT:   Finalize u
-- CHECK-NEXT: after block
-- CHECK-NEXT: depth 2
-- CHECK-NEXT:   Finalize 2
-- CHECK-NEXT: depth 1
-- CHECK-NEXT:   Finalize 1
-- CHECK-NEXT: end
-- CHECK-NOT: Finalize
with Ada.Finalization;
package Rm761_115_Ctrl is
   type Ctrl is new Ada.Finalization.Limited_Controlled with record
      Id : Character := '?';
   end record;
   overriding procedure Finalize (C : in out Ctrl);
end Rm761_115_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm761_115_Ctrl is
   procedure Finalize (C : in out Ctrl) is
   begin
      Put_Line ("  Finalize " & C.Id);
   end Finalize;
end Rm761_115_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
with Rm761_115_Ctrl; use Rm761_115_Ctrl;
procedure Rm761_115 is
   procedure Recurse (N : Natural) is
      S : access Ctrl := new Ctrl'(Ada.Finalization.Limited_Controlled
                                   with Id => Character'Val (Character'Pos ('0') + N));
   begin
      if N < 2 then
         Recurse (N + 1);
      end if;
      Put_Line ("depth" & Natural'Image (N));
   end Recurse;
begin
   declare
      U : Ctrl;
      S : access Ctrl := new Ctrl'(Ada.Finalization.Limited_Controlled with Id => 's');
      T : Ctrl;
   begin
      U.Id := 'u';
      T.Id := 't';
      Put_Line ("in block " & S.Id);
   end;
   Put_Line ("after block");
   Recurse (1);
   Put_Line ("end");
end Rm761_115;
