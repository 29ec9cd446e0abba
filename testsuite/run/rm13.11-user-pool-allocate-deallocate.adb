-- A user-defined storage pool (13.11): an allocator of an access type
-- whose Storage_Pool is P calls Allocate (P, ...) with the object's size
-- and alignment (13.11(16)); Unchecked_Deallocation calls Deallocate with
-- the same (13.11.2(9/3)); the object lives at the address Allocate gave.
-- Two access types can share a pool.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: allocate 4 4
-- CHECK-NEXT: allocate 16 8
-- CHECK-NEXT: allocate 8 8
-- CHECK-NEXT: in the pool: TRUE TRUE 42 7
-- CHECK-NEXT: deallocate 16 8
-- CHECK-NEXT: deallocate 4 4
-- CHECK-NEXT: null: TRUE
-- CHECK-NEXT: used 32
-- CHECK-NEXT: storage size 1024 1024
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
with System; use System;
with System.Storage_Elements; use System.Storage_Elements;
with System.Storage_Pools;
procedure Rm13_11_User_Pool is
   package Pools is
      type Bump is new System.Storage_Pools.Root_Storage_Pool with record
         Data : Storage_Array (0 .. 1023);
         Top  : Storage_Offset := 0;
      end record;
      for Bump'Alignment use 16;
      overriding procedure Allocate (Pool : in out Bump; A : out Address;
                                     Size, Alignment : Storage_Count);
      overriding procedure Deallocate (Pool : in out Bump; A : Address;
                                       Size, Alignment : Storage_Count);
      overriding function Storage_Size (Pool : Bump) return Storage_Count is (1024);
      function Owns (Pool : Bump; A : Address) return Boolean is
        (A >= Pool.Data (0)'Address and A <= Pool.Data (1023)'Address);
   end Pools;
   package body Pools is
      procedure Allocate (Pool : in out Bump; A : out Address;
                          Size, Alignment : Storage_Count) is
      begin
         Put_Line ("allocate" & Storage_Count'Image (Size) & Storage_Count'Image (Alignment));
         Pool.Top := (Pool.Top + Alignment - 1) / Alignment * Alignment;
         A := Pool.Data (Pool.Top)'Address;
         Pool.Top := Pool.Top + Size;
      end Allocate;
      procedure Deallocate (Pool : in out Bump; A : Address;
                            Size, Alignment : Storage_Count) is
      begin
         Put_Line ("deallocate" & Storage_Count'Image (Size) & Storage_Count'Image (Alignment));
      end Deallocate;
   end Pools;

   Pool : Pools.Bump;
   type Int_Ptr is access Integer;
   for Int_Ptr'Storage_Pool use Pool;
   type Pair is record
      A : Long_Long_Integer;
      B : Integer;
   end record;
   type Pair_Ptr is access Pair with Storage_Pool => Pool;
   type Long_Ptr is access Long_Long_Integer;
   for Long_Ptr'Storage_Pool use Int_Ptr'Storage_Pool;
   procedure Free is new Ada.Unchecked_Deallocation (Integer, Int_Ptr);
   procedure Free is new Ada.Unchecked_Deallocation (Pair, Pair_Ptr);
   I : Int_Ptr := new Integer'(42);
   P : Pair_Ptr := new Pair'(A => 1, B => 7);
   L : Long_Ptr := new Long_Long_Integer'(3);
begin
   Put_Line ("in the pool: " & Boolean'Image (Pools.Owns (Pool, I.all'Address))
             & " " & Boolean'Image (Pools.Owns (Pool, P.all'Address))
             & Integer'Image (I.all) & Integer'Image (P.B));
   Free (P);
   Free (I);
   Free (I);
   Put_Line ("null: " & Boolean'Image (I = null));
   Put_Line ("used" & Storage_Offset'Image (Pool.Top));
   --  13.11(14): T'Storage_Size is the pool's Storage_Size
   Put_Line ("storage size" & Integer'Image (Integer (Int_Ptr'Storage_Size))
             & Integer'Image (Integer (Pair_Ptr'Storage_Size)));
end Rm13_11_User_Pool;
