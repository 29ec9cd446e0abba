-- COVERS: 7.6.1(17)
-- RM 7.6.1(17) (bounded error): a Finalize called by an instance of
-- Unchecked_Deallocation that propagates an exception: any other
-- finalizations due to be performed are performed, and then Program_Error
-- is raised.  Here Finalize of component B raises Constraint_Error: C, B
-- and A are all finalized, then Free raises Program_Error (not
-- Constraint_Error).  Same output as GNAT 12 (which also sets P to null).
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: Finalize c
-- CHECK-NEXT:   Finalize b
-- CHECK-NEXT:   Finalize a
-- CHECK-NEXT: Program_Error
-- CHECK-NEXT: P null: TRUE
with Ada.Finalization;
package Rm761_17_Ctrl is
   type Ctrl is new Ada.Finalization.Controlled with record
      Id : Character := '?';
      Fail : Boolean := False;
   end record;
   overriding procedure Finalize (C : in out Ctrl);
   type Pair is record
      A, B, C : Ctrl;
   end record;
end Rm761_17_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm761_17_Ctrl is
   procedure Finalize (C : in out Ctrl) is
   begin
      if C.Id /= '?' then
         Put_Line ("  Finalize " & C.Id);
      end if;
      if C.Fail then
         C.Fail := False;
         raise Constraint_Error;
      end if;
   end Finalize;
end Rm761_17_Ctrl;

with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
with Rm761_17_Ctrl; use Rm761_17_Ctrl;
procedure Rm761_17 is
   type Pair_Ptr is access Pair;
   procedure Free is new Ada.Unchecked_Deallocation (Pair, Pair_Ptr);
   P : Pair_Ptr := new Pair;
begin
   P.A.Id := 'a';
   P.B.Id := 'b';
   P.B.Fail := True;
   P.C.Id := 'c';
   begin
      Free (P);
      Put_Line ("no exception");
   exception
      when Program_Error => Put_Line ("Program_Error");
      when Constraint_Error => Put_Line ("Constraint_Error");
   end;
   Put_Line ("P null: " & Boolean'Image (P = null));
end Rm761_17;
