-- COVERS: 4.8(2.1/3), 4.8(3/3), 4.8(10.4/3), 13.11.4(3/3), 13.11.4(4/3), 13.11.4(5/3), 13.11.4(6/3), 13.11.4(7/3), 13.11.4(9/3), 13.11.4(10/3), 13.11.4(11/3), 13.11.4(12/3), 13.11.4(18/3), 13.11.4(19/3), 13.11.4(20/3), 13.11.4(21/3), 13.11.5(3/3), 13.11.5(4/3), 13.11.5(5/3), 13.11.5(6/3), 13.11.5(9/3)
-- RM 13.11.4(21/3): an allocator `new (S) T` of a subpool access type calls
-- Allocate_From_Subpool with the subpool S; 13.11.4(20/3): Create_Subpool
-- makes the subpool belong to the pool (Set_Pool_of_Subpool, Pool_of_Subpool);
-- 4.8(10.4/3): a null subpool handle raises Constraint_Error;
-- 13.11.5(4/3)-(9/3): Unchecked_Deallocate_Subpool finalizes the subpool,
-- which then belongs to no pool, calls Deallocate_Subpool, and sets the
-- handle to null.
-- GNAT 12 departs from RM 4.8(10.4/3) here: for `new (No_Subpool)` with a
-- null handle it calls Default_Subpool_for_Pool (which raises Program_Error,
-- 13.11.4(31/3)) instead of raising Constraint_Error.  This test follows the
-- RM; the rest of its output is GNAT's.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: belongs: TRUE
-- CHECK-NEXT: Allocate_From_Subpool 1
-- CHECK-NEXT: Allocate_From_Subpool 2
-- CHECK-NEXT: values: 1 2
-- CHECK-NEXT: null handle: Constraint_Error
-- CHECK-NEXT: Deallocate_Subpool
-- CHECK-NEXT: handle null: TRUE
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
package Rm13114_Pools is
   type Bump_Subpool is new Root_Subpool with record
      Data : Storage_Array (1 .. 256);
      Top : Storage_Offset := 0;
   end record;
   type Bump_Subpool_Ptr is access all Bump_Subpool;
   type Bump_Pool is new Root_Storage_Pool_With_Subpools with record
      Calls : Natural := 0;
   end record;
   overriding function Create_Subpool (Pool : in out Bump_Pool) return not null Subpool_Handle;
   overriding procedure Allocate_From_Subpool (Pool : in out Bump_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count; Subpool : not null Subpool_Handle);
   overriding procedure Deallocate_Subpool (Pool : in out Bump_Pool;
      Subpool : in out Subpool_Handle);
end Rm13114_Pools;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm13114_Pools is
   function Create_Subpool (Pool : in out Bump_Pool) return not null Subpool_Handle is
      S : constant Subpool_Handle := Subpool_Handle (Bump_Subpool_Ptr'(new Bump_Subpool));
   begin
      Set_Pool_of_Subpool (S, Pool);
      return S;
   end Create_Subpool;
   procedure Allocate_From_Subpool (Pool : in out Bump_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count; Subpool : not null Subpool_Handle) is
      S : Bump_Subpool renames Bump_Subpool (Subpool.all);
   begin
      S.Top := (S.Top + Alignment - 1) / Alignment * Alignment;
      Storage_Address := S.Data (S.Top + 1)'Address;
      S.Top := S.Top + Size_In_Storage_Elements;
      Pool.Calls := Pool.Calls + 1;
      Put_Line ("Allocate_From_Subpool" & Natural'Image (Pool.Calls));
   end Allocate_From_Subpool;
   procedure Deallocate_Subpool (Pool : in out Bump_Pool; Subpool : in out Subpool_Handle) is
   begin
      Put_Line ("Deallocate_Subpool");
   end Deallocate_Subpool;
end Rm13114_Pools;

with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
with Ada.Unchecked_Deallocate_Subpool;
with Ada.Text_IO; use Ada.Text_IO;
with Rm13114_Pools; use Rm13114_Pools;
with System; use type System.Address;
procedure Rm13114_21 is
   Pool : Bump_Pool;
   type Int_Ptr is access Integer;
   for Int_Ptr'Storage_Pool use Pool;
   S : Subpool_Handle := Create_Subpool (Pool);
   No_Subpool : Subpool_Handle;
   A, B : Int_Ptr;
begin
   Put_Line ("belongs: " & Boolean'Image (Pool_of_Subpool (S).all'Address = Pool'Address));
   A := new (S) Integer'(1);
   B := new (S) Integer'(2);
   Put_Line ("values:" & Integer'Image (A.all) & Integer'Image (B.all));
   begin
      A := new (No_Subpool) Integer'(3);
      Put_Line ("null handle: no exception");
   exception
      when Constraint_Error => Put_Line ("null handle: Constraint_Error");
   end;
   Ada.Unchecked_Deallocate_Subpool (S);
   Put_Line ("handle null: " & Boolean'Image (S = null));
end Rm13114_21;
