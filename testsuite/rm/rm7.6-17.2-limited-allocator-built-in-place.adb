-- COVERS: 7.6(17.1/3), 7.6(17.2/3), 7.6(17.3/3), 7.6(12)
-- RM 7.6(17.1/3), (17.2/3): an allocator initialized by an aggregate or a
-- function call of an immutably limited type builds the object in place:
-- no copy, so no Adjust and no Finalize of a temporary, and Initialize is
-- not called since the object is not default-initialized (7.6(10/2));
-- (17.3/3): an aggregate with a controlled part is built in place too.
-- The only Finalize is that of the allocated object, at the end of the
-- master of its access type.
-- RUN: %adac %s -o %t && %t | FileCheck %s --implicit-check-not=Initialize
-- CHECK: made 5
-- CHECK-NEXT: made 6
-- CHECK-NEXT: leaving
-- CHECK-DAG: Finalize 5
-- CHECK-DAG: Finalize 6
-- CHECK: left
with Ada.Finalization;
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm76_17_2 is
   package Lim is
      type L is new Ada.Finalization.Limited_Controlled with record
         Id : Integer := 0;
      end record;
      overriding procedure Initialize (X : in out L);
      overriding procedure Finalize (X : in out L);
      function Make (Id : Integer) return L;
   end Lim;
   package body Lim is
      procedure Initialize (X : in out L) is
      begin
         Put_Line ("Initialize");
      end Initialize;
      procedure Finalize (X : in out L) is
      begin
         Put_Line ("Finalize" & Integer'Image (X.Id));
      end Finalize;
      function Make (Id : Integer) return L is
      begin
         return (Ada.Finalization.Limited_Controlled with Id => Id);
      end Make;
   end Lim;
   use Lim;
begin
   declare
      type L_Ptr is access L;
      P : L_Ptr := new L'(Ada.Finalization.Limited_Controlled with Id => 5);
      Q : L_Ptr := new L'(Make (6));
   begin
      Put_Line ("made" & Integer'Image (P.Id));
      Put_Line ("made" & Integer'Image (Q.Id));
      Put_Line ("leaving");
   end;
   Put_Line ("left");
end Rm76_17_2;
