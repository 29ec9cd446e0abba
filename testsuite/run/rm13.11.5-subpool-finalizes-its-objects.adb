-- COVERS: 13.11.5(4/3), 13.11.5(5/3), 13.11.5(6/3), 13.11.5(7/3), 13.11.5(8/3), 13.11.5(9/3), 13.11.5(11/3), 13.11.2(9/3)
-- Controlled objects in subpools (13.11.5): Unchecked_Deallocate_Subpool
-- finalizes the objects still in the subpool, most recent first, before
-- Deallocate_Subpool; an object freed on its own is finalized once and
-- leaves the subpool's list; finalizing the pool (when its master is left)
-- finalizes the subpools still in it, with their objects.
-- (GNAT 12 stops this program with Program_Error from
-- Default_Subpool_For_Pool before any allocator's object is finalized.)
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: finalize 2
-- CHECK-NEXT: -- deallocate subpool 1
-- CHECK-NEXT: finalize 3
-- CHECK-NEXT: finalize 1
-- CHECK-NEXT: Deallocate_Subpool
-- CHECK-NEXT: -- end
-- CHECK-NEXT: finalize 5
-- CHECK-NEXT: finalize 4
-- CHECK-NEXT: Deallocate_Subpool
-- CHECK-NEXT: -- counted 5
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
with Ada.Unchecked_Deallocation;
with Ada.Unchecked_Deallocate_Subpool;
with System.Storage_Elements; use System.Storage_Elements;
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
procedure Spf is
   Count : Natural := 0;
   package Regions is
      type Region_Pool is new Root_Storage_Pool_With_Subpools with null record;
      overriding function Create_Subpool (Pool : in out Region_Pool) return not null Subpool_Handle;
      overriding procedure Allocate_From_Subpool
        (Pool : in out Region_Pool; Address : out System.Address;
         Size, Alignment : Storage_Count; Subpool : not null Subpool_Handle);
      overriding procedure Deallocate_Subpool (Pool : in out Region_Pool; Subpool : in out Subpool_Handle);
   private
      type Region is new Root_Subpool with record
         Data : Storage_Array (0 .. 1023);
         Top  : Storage_Offset := 0;
      end record;
      type Region_Access is access all Region;
   end Regions;
   package body Regions is
      function Create_Subpool (Pool : in out Region_Pool) return not null Subpool_Handle is
         R : constant Region_Access := new Region;
         S : constant Subpool_Handle := R.all'Unchecked_Access;
      begin
         Set_Pool_Of_Subpool (S, Pool);
         return S;
      end Create_Subpool;
      procedure Allocate_From_Subpool
        (Pool : in out Region_Pool; Address : out System.Address;
         Size, Alignment : Storage_Count; Subpool : not null Subpool_Handle)
      is
         R : Region renames Region (Subpool.all);
      begin
         R.Top := (R.Top + Alignment - 1) / Alignment * Alignment;
         Address := R.Data (R.Top)'Address;
         R.Top := R.Top + Size;
      end Allocate_From_Subpool;
      procedure Deallocate_Subpool (Pool : in out Region_Pool; Subpool : in out Subpool_Handle) is
      begin
         Put_Line ("Deallocate_Subpool");
      end Deallocate_Subpool;
   end Regions;
   package Counted is
      type T is new Ada.Finalization.Controlled with record
         Id : Natural := 0;
      end record;
      overriding procedure Finalize (X : in out T);
   end Counted;
   package body Counted is
      procedure Finalize (X : in out T) is
      begin
         if X.Id /= 0 then
            Put_Line ("finalize" & Natural'Image (X.Id));
            Count := Count + 1;
         end if;
      end Finalize;
   end Counted;
   use Counted;
begin
   declare
      Pool : Regions.Region_Pool;
      type T_Ptr is access T with Storage_Pool => Pool;
      procedure Free is new Ada.Unchecked_Deallocation (T, T_Ptr);
      S1 : Subpool_Handle := Regions.Create_Subpool (Pool);
      S2 : constant Subpool_Handle := Regions.Create_Subpool (Pool);
      A : T_Ptr := new (S1) T'(Ada.Finalization.Controlled with Id => 1);
      B : T_Ptr := new (S1) T'(Ada.Finalization.Controlled with Id => 2);
      C : T_Ptr := new (S1) T'(Ada.Finalization.Controlled with Id => 3);
      D : T_Ptr := new (S2) T'(Ada.Finalization.Controlled with Id => 4);
      E : T_Ptr := new (S2) T'(Ada.Finalization.Controlled with Id => 5);
   begin
      Free (B);
      Put_Line ("-- deallocate subpool 1");
      Ada.Unchecked_Deallocate_Subpool (S1);
      Put_Line ("-- end");
   end;
   Put_Line ("-- counted" & Natural'Image (Count));
end Spf;
