-- COVERS: 13.11.3(6.2/3)
-- RM 13.11.3(6.2/3): a pool that supports subpools may be the default pool:
-- the named access type T and the anonymous access type of Y, declared
-- where pragma Default_Storage_Pool (DP) applies, allocate from DP (with its
-- default subpool, 13.11.4(21/3)).  The rules of a subpool access type
-- (13.11.4(22/3), (23/3)) are about a Storage_Pool specified for the type,
-- not a default one: Y's general access type and T, deeper than DP, are
-- legal.  Same output as GNAT 12.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Default_Subpool_for_Pool
-- CHECK-NEXT: Allocate_From_Subpool 1 size 4
-- CHECK-NEXT: Default_Subpool_for_Pool
-- CHECK-NEXT: Allocate_From_Subpool 2 size 4
-- CHECK-NEXT:  11
-- CHECK-NEXT: Deallocate_Subpool
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
package Rm13113_62b_Pools is
   type Bump_Subpool is new Root_Subpool with record
      Data : Storage_Array (1 .. 256);
      Top : Storage_Offset := 0;
   end record;
   type Bump_Subpool_Ptr is access all Bump_Subpool;
   --  a pool that does not override Default_Subpool_for_Pool
   type Plain_Pool is new Root_Storage_Pool_With_Subpools with record
      Calls : Natural := 0;
   end record;
   overriding function Create_Subpool (Pool : in out Plain_Pool) return not null Subpool_Handle;
   overriding procedure Allocate_From_Subpool (Pool : in out Plain_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count; Subpool : not null Subpool_Handle);
   overriding procedure Deallocate_Subpool (Pool : in out Plain_Pool;
      Subpool : in out Subpool_Handle);
   --  a pool that does
   type Default_Pool is new Plain_Pool with record
      Default : Subpool_Handle;
   end record;
   overriding function Default_Subpool_for_Pool (Pool : in out Default_Pool)
      return not null Subpool_Handle;
end Rm13113_62b_Pools;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm13113_62b_Pools is
   function Create_Subpool (Pool : in out Plain_Pool) return not null Subpool_Handle is
      S : constant Subpool_Handle := Subpool_Handle (Bump_Subpool_Ptr'(new Bump_Subpool));
   begin
      Set_Pool_of_Subpool (S, Pool);
      return S;
   end Create_Subpool;
   procedure Allocate_From_Subpool (Pool : in out Plain_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count; Subpool : not null Subpool_Handle) is
      S : Bump_Subpool renames Bump_Subpool (Subpool.all);
   begin
      S.Top := (S.Top + Alignment - 1) / Alignment * Alignment;
      Storage_Address := S.Data (S.Top + 1)'Address;
      S.Top := S.Top + Size_In_Storage_Elements;
      Pool.Calls := Pool.Calls + 1;
      Put_Line ("Allocate_From_Subpool" & Natural'Image (Pool.Calls)
                & " size" & Storage_Count'Image (Size_In_Storage_Elements));
   end Allocate_From_Subpool;
   procedure Deallocate_Subpool (Pool : in out Plain_Pool; Subpool : in out Subpool_Handle) is
   begin
      Put_Line ("Deallocate_Subpool");
   end Deallocate_Subpool;
   function Default_Subpool_for_Pool (Pool : in out Default_Pool)
      return not null Subpool_Handle is
   begin
      Put_Line ("Default_Subpool_for_Pool");
      if Pool.Default = null then
         Pool.Default := Create_Subpool (Pool);
      end if;
      return Pool.Default;
   end Default_Subpool_for_Pool;
end Rm13113_62b_Pools;

with Ada.Text_IO; use Ada.Text_IO;
with Rm13113_62b_Pools; use Rm13113_62b_Pools;
procedure Rm13113_62b is
   DP : Default_Pool;
   procedure Inner is
      pragma Default_Storage_Pool (DP);
      type T is access Integer;
      X : T := new Integer'(5);
      Y : access Integer := new Integer'(6);
   begin
      Put_Line (Integer'Image (X.all + Y.all));
   end Inner;
begin
   Inner;
end Rm13113_62b;
