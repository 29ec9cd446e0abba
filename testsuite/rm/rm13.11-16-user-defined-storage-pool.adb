-- COVERS: 13.11(5), 13.11(6/2), 13.11(7), 13.11(8), 13.11(9), 13.11(11), 13.11(12/2), 13.11(13), 13.11(15), 13.11(16/3), 13.11(19), 13.11(21.2/3), 13.11(21.5/3), 13.11(21.7/3), 13.11.2(9/3)
-- RM 13.11(16/3), (19), (21.2/3), (21.5/3): an allocator of an access type
-- whose Storage_Pool is specified calls the pool's Allocate, with a size of
-- at least the object's and the designated subtype's alignment, and uses the
-- address it returns; (21.7/3), 13.11.2(9/3): Unchecked_Deallocation calls
-- Deallocate with the same address, size and alignment; (13): T'Storage_Pool
-- denotes the pool.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Allocate: size ok TRUE, alignment ok TRUE
-- CHECK-NEXT: value through the pool: 42, in the arena: TRUE
-- CHECK-NEXT: Deallocate: same block TRUE
-- CHECK-NEXT: T'Storage_Pool is the pool: TRUE
-- CHECK-NEXT: calls: 1 1
with System.Storage_Pools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
with Ada.Unchecked_Deallocation;
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm1311_16 is
   type Arena is new System.Storage_Pools.Root_Storage_Pool with record
      Data : Storage_Array (1 .. 1024);
      Top : Storage_Offset := 0;
      Allocs, Deallocs : Natural := 0;
      Last : Address := Null_Address;
      Last_Size : Storage_Count := 0;
   end record;
   overriding procedure Allocate (Pool : in out Arena; A : out Address;
      Size : Storage_Count; Alignment : Storage_Count);
   overriding procedure Deallocate (Pool : in out Arena; A : Address;
      Size : Storage_Count; Alignment : Storage_Count);
   overriding function Storage_Size (Pool : Arena) return Storage_Count is (1024);

   procedure Allocate (Pool : in out Arena; A : out Address;
      Size : Storage_Count; Alignment : Storage_Count) is
   begin
      Pool.Top := (Pool.Top + Alignment - 1) / Alignment * Alignment;
      A := Pool.Data (Pool.Top + 1)'Address;
      Pool.Top := Pool.Top + Size;
      Pool.Allocs := Pool.Allocs + 1;
      Pool.Last := A;
      Pool.Last_Size := Size;
      Put_Line ("Allocate: size ok " & Boolean'Image (Size >= Integer'Size / 8)
                & ", alignment ok " & Boolean'Image (Alignment mod Integer'Alignment = 0));
   end Allocate;

   procedure Deallocate (Pool : in out Arena; A : Address;
      Size : Storage_Count; Alignment : Storage_Count) is
   begin
      Pool.Deallocs := Pool.Deallocs + 1;
      Put_Line ("Deallocate: same block " & Boolean'Image (A = Pool.Last and Size = Pool.Last_Size));
   end Deallocate;

   Pool : Arena;
   type Int_Ptr is access Integer;
   for Int_Ptr'Storage_Pool use Pool;
   procedure Free is new Ada.Unchecked_Deallocation (Integer, Int_Ptr);
   P : Int_Ptr := new Integer'(42);
begin
   Put_Line ("value through the pool:" & Integer'Image (P.all) & ", in the arena: "
             & Boolean'Image (P.all'Address = Pool.Last));
   Free (P);
   Put_Line ("T'Storage_Pool is the pool: "
             & Boolean'Image (Int_Ptr'Storage_Pool'Address = Pool'Address));
   Put_Line ("calls:" & Natural'Image (Pool.Allocs) & Natural'Image (Pool.Deallocs));
end Rm1311_16;
