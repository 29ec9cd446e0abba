-- COVERS: 13.11.4(21/3), 13.11.4(32/3)
-- RM 13.11.4(21/3): an allocator without subpool_specification for a pool
-- that supports subpools calls Allocate_From_Subpool with the pool's
-- Default_Subpool_for_Pool, even when the pool's type overrides Allocate.
-- 13.11.4(32/3): when the pool is of type Root_Storage_Pool'Class (so it
-- supports subpools only as its tag tells), the implementation may call
-- Allocate instead: adac does (and then the overriding Allocate runs).
-- GNAT 12 calls the overriding Allocate for the specific pool too
-- ("  Allocate" first); this test follows the RM.  (The expanded names
-- Rm13114_32_Pools.Allocate_From_Subpool etc. in Allocate work around adac
-- finding the call with an Over_Pool'Class actual ambiguous with the
-- Root_Storage_Pool_With_Subpools operation, which GNAT does not.)
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: specific pool:
-- CHECK-NEXT:   Default_Subpool_for_Pool
-- CHECK-NEXT:   Allocate_From_Subpool
-- CHECK-NEXT: class-wide pool:
-- CHECK-NEXT:   Allocate
-- CHECK-NEXT:   Default_Subpool_for_Pool
-- CHECK-NEXT:   Allocate_From_Subpool
-- CHECK-NEXT: values: 1 2
with System.Storage_Pools; use System.Storage_Pools;
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
package Rm13114_32_Pools is
   type Over_Pool is new Root_Storage_Pool_With_Subpools with null record;
   overriding function Create_Subpool (Pool : in out Over_Pool) return not null Subpool_Handle;
   overriding procedure Allocate_From_Subpool (Pool : in out Over_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count; Subpool : not null Subpool_Handle);
   overriding procedure Deallocate_Subpool (Pool : in out Over_Pool;
      Subpool : in out Subpool_Handle);
   overriding function Default_Subpool_for_Pool (Pool : in out Over_Pool)
      return not null Subpool_Handle;
   overriding procedure Allocate (Pool : in out Over_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count);
   type Dummy_Subpool is new Root_Subpool with null record;
   Dummy : aliased Dummy_Subpool;
   function Make return Root_Storage_Pool'Class;
end Rm13114_32_Pools;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm13114_32_Pools is
   Store : Storage_Array (1 .. 1024);
   Top : Storage_Offset := 0;
   function Create_Subpool (Pool : in out Over_Pool) return not null Subpool_Handle is
   begin
      return Dummy'Access;
   end Create_Subpool;
   procedure Allocate_From_Subpool (Pool : in out Over_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count; Subpool : not null Subpool_Handle) is
   begin
      Put_Line ("  Allocate_From_Subpool");
      Top := (Top + Alignment - 1) / Alignment * Alignment;
      Storage_Address := Store (Top + 1)'Address;
      Top := Top + Size_In_Storage_Elements;
   end Allocate_From_Subpool;
   procedure Deallocate_Subpool (Pool : in out Over_Pool; Subpool : in out Subpool_Handle) is
   begin
      null;
   end Deallocate_Subpool;
   function Default_Subpool_for_Pool (Pool : in out Over_Pool)
      return not null Subpool_Handle is
   begin
      Put_Line ("  Default_Subpool_for_Pool");
      return Dummy'Access;
   end Default_Subpool_for_Pool;
   procedure Allocate (Pool : in out Over_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count) is
   begin
      Put_Line ("  Allocate");
      Rm13114_32_Pools.Allocate_From_Subpool (Over_Pool'Class (Pool), Storage_Address, Size_In_Storage_Elements,
         Alignment, Rm13114_32_Pools.Default_Subpool_for_Pool (Over_Pool'Class (Pool)));
   end Allocate;
   function Make return Root_Storage_Pool'Class is
   begin
      return P : Over_Pool;
   end Make;
end Rm13114_32_Pools;

with Ada.Text_IO; use Ada.Text_IO;
with System.Storage_Pools; use System.Storage_Pools;
with Rm13114_32_Pools; use Rm13114_32_Pools;
procedure Rm13114_32 is
   Specific : Over_Pool;
   Class_Wide : Root_Storage_Pool'Class := Make;
   type S_Ptr is access Integer;
   for S_Ptr'Storage_Pool use Specific;
   type C_Ptr is access Integer;
   for C_Ptr'Storage_Pool use Class_Wide;
   S : S_Ptr;
   C : C_Ptr;
begin
   Put_Line ("specific pool:");
   S := new Integer'(1);
   Put_Line ("class-wide pool:");
   C := new Integer'(2);
   Put_Line ("values:" & Integer'Image (S.all) & Integer'Image (C.all));
end Rm13114_32;
