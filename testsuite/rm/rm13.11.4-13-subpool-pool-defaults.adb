-- COVERS: 13.11.4(13/3), 13.11.4(14/3), 13.11.4(15/3), 13.11.4(16/3), 13.11.4(28/3), 13.11.4(31/3)
-- RM 13.11.4(13/3)-(16/3): Root_Storage_Pool_With_Subpools declares
-- Default_Subpool_for_Pool, overrides Allocate, a null Deallocate and a
-- Storage_Size returning Storage_Count'Last.  13.11.4(28/3): Allocate (called
-- by an allocator without subpool_specification, or directly) calls
-- Allocate_From_Subpool with Default_Subpool_for_Pool (Pool); 13.11.4(31/3):
-- unless overridden, Default_Subpool_for_Pool propagates Program_Error.
-- Same output as GNAT 12.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Default_Subpool_for_Pool
-- CHECK-NEXT: Allocate_From_Subpool 1 size 4
-- CHECK-NEXT: A.all = 42
-- CHECK-NEXT: default subpool belongs: TRUE
-- CHECK-NEXT: Default_Subpool_for_Pool
-- CHECK-NEXT: Allocate_From_Subpool 2 size 8
-- CHECK-NEXT: direct Allocate non-null: TRUE
-- CHECK-NEXT: freed: TRUE
-- CHECK-NEXT: direct Deallocate done
-- CHECK-NEXT: Storage_Size is 'Last: TRUE
-- CHECK-NEXT: D_Ptr'Storage_Size is 'Last: TRUE
-- CHECK-NEXT: plain pool: Program_Error
-- CHECK-NEXT: direct call: Program_Error
-- CHECK-NEXT: plain pool calls: 0
-- CHECK-NEXT: Deallocate_Subpool
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
package Rm13114_13_Pools is
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
end Rm13114_13_Pools;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm13114_13_Pools is
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
end Rm13114_13_Pools;

with System.Storage_Pools; use System.Storage_Pools;
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
with System.Storage_Elements; use System.Storage_Elements;
with Ada.Unchecked_Deallocation;
with Ada.Text_IO; use Ada.Text_IO;
with Rm13114_13_Pools; use Rm13114_13_Pools;
with System; use type System.Address;
procedure Rm13114_13 is
   DP : Default_Pool;
   PP : Plain_Pool;
   type D_Ptr is access Integer;
   for D_Ptr'Storage_Pool use DP;
   type P_Ptr is access Integer;
   for P_Ptr'Storage_Pool use PP;
   procedure Free is new Ada.Unchecked_Deallocation (Integer, D_Ptr);
   A : D_Ptr;
   B : P_Ptr;
   Addr : System.Address;
begin
   --  13.11.4(28/3): an allocator without subpool_specification calls
   --  Allocate, which calls Allocate_From_Subpool with the default subpool
   A := new Integer'(42);
   Put_Line ("A.all =" & Integer'Image (A.all));
   Put_Line ("default subpool belongs: "
             & Boolean'Image (Pool_of_Subpool (DP.Default).all'Address = DP'Address));
   --  13.11.4(14/3): Allocate called directly, through the parent's operation
   Allocate (Root_Storage_Pool_With_Subpools (DP), Addr, 8, 8);
   Put_Line ("direct Allocate non-null: " & Boolean'Image (Addr /= System.Null_Address));
   --  13.11.4(15/3): Deallocate is null: Free prints nothing, calls no subpool op
   Free (A);
   Put_Line ("freed: " & Boolean'Image (A = null));
   Deallocate (Root_Storage_Pool_With_Subpools (DP), Addr, 8, 8);
   Put_Line ("direct Deallocate done");
   --  13.11.4(16/3): Storage_Size is Storage_Count'Last
   Put_Line ("Storage_Size is 'Last: "
             & Boolean'Image (Storage_Size (DP) = Storage_Count'Last));
   Put_Line ("D_Ptr'Storage_Size is 'Last: "
             & Boolean'Image (D_Ptr'Storage_Size = Storage_Count'Last));
   --  13.11.4(31/3): the inherited Default_Subpool_for_Pool raises Program_Error
   begin
      B := new Integer'(7);
      Put_Line ("plain pool: no exception");
   exception
      when Program_Error => Put_Line ("plain pool: Program_Error");
   end;
   begin
      declare
         S : constant Subpool_Handle := Default_Subpool_for_Pool (PP);
      begin
         Put_Line ("direct call: no exception");
      end;
   exception
      when Program_Error => Put_Line ("direct call: Program_Error");
   end;
   Put_Line ("plain pool calls:" & Natural'Image (PP.Calls));
end Rm13114_13;
