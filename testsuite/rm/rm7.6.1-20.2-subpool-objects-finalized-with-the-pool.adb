-- COVERS: 7.6.1(20.2/3)
-- RM 7.6.1(20.2/3) (permission): objects allocated for a subpool access type
-- may be finalized as if they were created at the point where the storage
-- pool was elaborated, rather than where the access type's collection is.
-- adac uses the permission: an object allocated in a subpool lives in the
-- subpool, which the pool finalizes (13.11.5(11/3)); so on leaving the block
-- X's object is finalized with Pool, after First (declared after Pool but
-- before Ctrl_Ptr), not between Last and First where Ctrl_Ptr's collection
-- would be finalized.
-- GNAT 12 propagates Program_Error from Default_Subpool_For_Pool out of
-- the block's declarations, so it cannot be compared.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: leaving block
-- CHECK-NEXT:   Finalize 2
-- CHECK-NEXT:   Finalize 1
-- CHECK-NEXT:   Finalize x
-- CHECK-NEXT:   Deallocate_Subpool
-- CHECK-NEXT: end
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
with Ada.Finalization;
package Rm761_202_Pools is
   type Ctrl is new Ada.Finalization.Controlled with record
      Id : Character := '?';
   end record;
   overriding procedure Finalize (C : in out Ctrl);
   type Bump_Subpool is new Root_Subpool with record
      Data : Storage_Array (1 .. 256);
      Top : Storage_Offset := 0;
   end record;
   type Bump_Subpool_Ptr is access all Bump_Subpool;
   type Bump_Pool is new Root_Storage_Pool_With_Subpools with null record;
   overriding function Create_Subpool (Pool : in out Bump_Pool) return not null Subpool_Handle;
   overriding procedure Allocate_From_Subpool (Pool : in out Bump_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count; Subpool : not null Subpool_Handle);
   overriding procedure Deallocate_Subpool (Pool : in out Bump_Pool;
      Subpool : in out Subpool_Handle);
end Rm761_202_Pools;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm761_202_Pools is
   procedure Finalize (C : in out Ctrl) is
   begin
      if C.Id /= '?' then
         Put_Line ("  Finalize " & C.Id);
      end if;
   end Finalize;
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
   end Allocate_From_Subpool;
   procedure Deallocate_Subpool (Pool : in out Bump_Pool; Subpool : in out Subpool_Handle) is
   begin
      Put_Line ("  Deallocate_Subpool");
   end Deallocate_Subpool;
end Rm761_202_Pools;

with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
with Rm761_202_Pools; use Rm761_202_Pools;
procedure Rm761_202 is
begin
   declare
      Pool : Bump_Pool;
      First : Ctrl := (Ada.Finalization.Controlled with Id => '1');
      type Ctrl_Ptr is access Ctrl;
      for Ctrl_Ptr'Storage_Pool use Pool;
      S : constant Subpool_Handle := Create_Subpool (Pool);
      X : Ctrl_Ptr := new (S) Ctrl'(Ada.Finalization.Controlled with Id => 'x');
      Last : Ctrl := (Ada.Finalization.Controlled with Id => '2');
   begin
      Put_Line ("leaving block");
   end;
   Put_Line ("end");
end Rm761_202;
