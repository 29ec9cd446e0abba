-- COVERS: 13.11.4(24/3), 13.11.4(25/3), 13.11.4(26/3), 13.11.4(27/3)
-- RM 13.11.4(24/3)-(27/3): when an access type whose Storage_Pool is
-- specified is frozen, if the tag of the pool object identifies a pool
-- that supports subpools, then the name of the pool must not denote part
-- of a formal parameter (nor of a dereference of a non-library-level
-- general access value), and the access type must not be deeper than the
-- pool object: Program_Error otherwise.  The pools here are class-wide
-- (Root_Storage_Pool'Class), so only their tags tell; a pool without
-- subpools passes both checks.
-- GNAT 12 makes the level check (26/3) but not the formal-parameter one
-- (25/3): for Use_Pool (Lib_Sub, 3) it prints "elaborated T for 3" and
-- allocates from the subpool.  This test follows the RM.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Allocate_From_Subpool
-- CHECK-NEXT: same level, pool with subpools: 6
-- CHECK-NEXT: Plain Allocate
-- CHECK-NEXT: deeper, plain pool: 4
-- CHECK-NEXT: deeper, pool with subpools: Program_Error
-- CHECK-NEXT: deeper, aspect: Program_Error
-- CHECK-NEXT: elaborated T for 1
-- CHECK-NEXT: Plain Allocate
-- CHECK-NEXT: allocated 1
-- CHECK-NEXT: elaborated T for 2
-- CHECK-NEXT: Plain Allocate
-- CHECK-NEXT: allocated 2
-- CHECK-NEXT: formal parameter pool with subpools: Program_Error
-- CHECK-NOT: {{.}}
with System.Storage_Pools; use System.Storage_Pools;
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
package Rm13114_24_Pools is
   type Sub_Pool is new Root_Storage_Pool_With_Subpools with null record;
   overriding function Create_Subpool (Pool : in out Sub_Pool) return not null Subpool_Handle;
   overriding procedure Allocate_From_Subpool (Pool : in out Sub_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count; Subpool : not null Subpool_Handle);
   overriding procedure Deallocate_Subpool (Pool : in out Sub_Pool;
      Subpool : in out Subpool_Handle);
   overriding function Default_Subpool_for_Pool (Pool : in out Sub_Pool)
      return not null Subpool_Handle;
   type Dummy_Subpool is new Root_Subpool with null record;
   Dummy : aliased Dummy_Subpool;
   type Plain_Pool is new Root_Storage_Pool with null record;
   overriding procedure Allocate (Pool : in out Plain_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count);
   overriding procedure Deallocate (Pool : in out Plain_Pool;
      Storage_Address : Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count) is null;
   overriding function Storage_Size (Pool : Plain_Pool) return Storage_Count is (0);
   Lib_Sub : Sub_Pool;
   function Make_Sub return Root_Storage_Pool'Class;
   function Make_Plain return Root_Storage_Pool'Class;
   Lib_Plain : Plain_Pool;
end Rm13114_24_Pools;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm13114_24_Pools is
   Store : Storage_Array (1 .. 1024);
   Top : Storage_Offset := 0;
   procedure Bump (Storage_Address : out Address; Size : Storage_Count; Alignment : Storage_Count) is
   begin
      Top := (Top + Alignment - 1) / Alignment * Alignment;
      Storage_Address := Store (Top + 1)'Address;
      Top := Top + Size;
   end Bump;
   function Create_Subpool (Pool : in out Sub_Pool) return not null Subpool_Handle is
   begin
      return Dummy'Access;
   end Create_Subpool;
   procedure Allocate_From_Subpool (Pool : in out Sub_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count; Subpool : not null Subpool_Handle) is
   begin
      Put_Line ("Allocate_From_Subpool");
      Bump (Storage_Address, Size_In_Storage_Elements, Alignment);
   end Allocate_From_Subpool;
   procedure Deallocate_Subpool (Pool : in out Sub_Pool; Subpool : in out Subpool_Handle) is
   begin
      null;
   end Deallocate_Subpool;
   function Default_Subpool_for_Pool (Pool : in out Sub_Pool)
      return not null Subpool_Handle is
   begin
      return Dummy'Access;
   end Default_Subpool_for_Pool;
   function Make_Sub return Root_Storage_Pool'Class is
   begin
      return P : Sub_Pool;
   end Make_Sub;
   function Make_Plain return Root_Storage_Pool'Class is
   begin
      return P : Plain_Pool;
   end Make_Plain;
   procedure Allocate (Pool : in out Plain_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count) is
   begin
      Put_Line ("Plain Allocate");
      Bump (Storage_Address, Size_In_Storage_Elements, Alignment);
   end Allocate;
end Rm13114_24_Pools;

with Ada.Text_IO; use Ada.Text_IO;
with System.Storage_Pools; use System.Storage_Pools;
with Rm13114_24_Pools; use Rm13114_24_Pools;
procedure Rm13114_24 is
   procedure Use_Pool (Pool : in out Root_Storage_Pool'Class; V : Integer) is
      type T is access Integer;
      for T'Storage_Pool use Pool;
      X : T;
      procedure Nested is
      begin
         X := new Integer'(V);
      end Nested;
   begin
      Put_Line ("elaborated T for" & Integer'Image (V));
      Nested;
      Put_Line ("allocated" & Integer'Image (X.all));
   end Use_Pool;
   Local_Plain : Plain_Pool;
   CW_Sub : Root_Storage_Pool'Class := Make_Sub;
   CW_Plain : Root_Storage_Pool'Class := Make_Plain;
   procedure Deeper_Plain is
      type T is access Integer;
      for T'Storage_Pool use CW_Plain;
      X : T;
   begin
      X := new Integer'(4);
      Put_Line ("deeper, plain pool:" & Integer'Image (X.all));
   end Deeper_Plain;
   procedure Deeper_Sub is
      type T is access Integer;
      for T'Storage_Pool use CW_Sub;
      X : T;
   begin
      X := new Integer'(5);
      Put_Line ("deeper, pool with subpools:" & Integer'Image (X.all));
   end Deeper_Sub;
   procedure Deeper_Aspect is
      type T is access Integer with Storage_Pool => CW_Sub;
      X : T;
   begin
      X := new Integer'(7);
      Put_Line ("deeper, aspect:" & Integer'Image (X.all));
   end Deeper_Aspect;
   type Same_T is access Integer;
   for Same_T'Storage_Pool use CW_Sub;
   Y : Same_T;
begin
   Y := new Integer'(6);
   Put_Line ("same level, pool with subpools:" & Integer'Image (Y.all));
   Deeper_Plain;
   begin
      Deeper_Sub;
   exception
      when Program_Error => Put_Line ("deeper, pool with subpools: Program_Error");
   end;
   begin
      Deeper_Aspect;
   exception
      when Program_Error => Put_Line ("deeper, aspect: Program_Error");
   end;
   Use_Pool (Lib_Plain, 1);
   Use_Pool (Local_Plain, 2);
   begin
      Use_Pool (Lib_Sub, 3);
   exception
      when Program_Error => Put_Line ("formal parameter pool with subpools: Program_Error");
   end;
end Rm13114_24;
