-- Subpools (13.11.4, 13.11.5, 4.8(10.3/3)): new (S) T calls the pool's
-- Allocate_From_Subpool with the object's size, alignment and S; a null
-- handle raises Constraint_Error and a subpool of another pool
-- Program_Error, before any allocation; without a subpool the default
-- subpool is asked for, and by default there is none (Program_Error);
-- Unchecked_Deallocate_Subpool calls Deallocate_Subpool and nulls the
-- handle, and does nothing for null.
-- GNAT 12 differs: for a null handle it goes to the default subpool and
-- raises Program_Error; 4.8(10.3/3) says Constraint_Error, which adac follows.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: create 1
-- CHECK-NEXT: from subpool 1: 8 8
-- CHECK-NEXT: from subpool 1: 4 4
-- CHECK-NEXT: values 42 7
-- CHECK-NEXT: null handle: CONSTRAINT_ERROR
-- CHECK-NEXT: create 1
-- CHECK-NEXT: other pool's subpool: PROGRAM_ERROR
-- CHECK-NEXT: no default subpool: PROGRAM_ERROR
-- CHECK-NEXT: deallocate subpool 1
-- CHECK-NEXT: handle null: TRUE
-- CHECK-NEXT: done
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocate_Subpool;
with System.Storage_Elements; use System.Storage_Elements;
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
procedure Rm13_11_4_Subpools is
   package Regions is
      type Region_Pool is new Root_Storage_Pool_With_Subpools with record
         Count : Natural := 0;
      end record;
      overriding function Create_Subpool (Pool : in out Region_Pool) return not null Subpool_Handle;
      overriding procedure Allocate_From_Subpool
        (Pool : in out Region_Pool; Address : out System.Address;
         Size, Alignment : Storage_Count; Subpool : not null Subpool_Handle);
      overriding procedure Deallocate_Subpool (Pool : in out Region_Pool; Subpool : in out Subpool_Handle);
   private
      type Region is new Root_Subpool with record
         Id   : Natural;
         Data : Storage_Array (0 .. 255);
         Top  : Storage_Offset := 0;
      end record;
      type Region_Access is access all Region;
   end Regions;
   package body Regions is
      function Create_Subpool (Pool : in out Region_Pool) return not null Subpool_Handle is
         R : constant Region_Access := new Region;
         S : constant Subpool_Handle := R.all'Unchecked_Access;
      begin
         Pool.Count := Pool.Count + 1;
         R.Id := Pool.Count;
         Put_Line ("create" & Natural'Image (R.Id));
         Set_Pool_Of_Subpool (S, Pool);
         return S;
      end Create_Subpool;
      procedure Allocate_From_Subpool
        (Pool : in out Region_Pool; Address : out System.Address;
         Size, Alignment : Storage_Count; Subpool : not null Subpool_Handle)
      is
         R : Region renames Region (Subpool.all);
      begin
         Put_Line ("from subpool" & Natural'Image (R.Id) & ":" & Storage_Count'Image (Size)
                   & Storage_Count'Image (Alignment));
         R.Top := (R.Top + Alignment - 1) / Alignment * Alignment;
         Address := R.Data (R.Top)'Address;
         R.Top := R.Top + Size;
      end Allocate_From_Subpool;
      procedure Deallocate_Subpool (Pool : in out Region_Pool; Subpool : in out Subpool_Handle) is
      begin
         Put_Line ("deallocate subpool" & Natural'Image (Region (Subpool.all).Id));
      end Deallocate_Subpool;
   end Regions;

   Pool, Other : Regions.Region_Pool;
   type Long_Ptr is access Long_Long_Integer with Storage_Pool => Pool;
   type Int_Ptr is access Integer;
   for Int_Ptr'Storage_Pool use Pool;
   S : Subpool_Handle := Regions.Create_Subpool (Pool);
   L : Long_Ptr := new (S) Long_Long_Integer'(42);
   I : Int_Ptr := new (S) Integer'(7);
   None : Subpool_Handle;
begin
   Put_Line ("values" & Long_Long_Integer'Image (L.all) & Integer'Image (I.all));
   begin
      I := new (None) Integer'(1);
   exception
      when Constraint_Error => Put_Line ("null handle: CONSTRAINT_ERROR");
   end;
   declare
      T : constant Subpool_Handle := Regions.Create_Subpool (Other);
   begin
      I := new (T) Integer'(1);
   exception
      when Program_Error => Put_Line ("other pool's subpool: PROGRAM_ERROR");
   end;
   begin
      I := new Integer'(1);
   exception
      when Program_Error => Put_Line ("no default subpool: PROGRAM_ERROR");
   end;
   Ada.Unchecked_Deallocate_Subpool (S);
   Put_Line ("handle null: " & Boolean'Image (S = null));
   Ada.Unchecked_Deallocate_Subpool (None);
   Put_Line ("done");
end Rm13_11_4_Subpools;
