-- COVERS: 13.11.2(16/3)
-- RM 13.11.2(16/3): freeing an object that was not allocated from
-- Name'Storage_Pool is erroneous.  adac's choice, as GNAT 12's: Free calls
-- the Deallocate of the access type's pool with the object's address and
-- size and no check of its own (a user-defined pool can tell, as this one
-- does), then sets the access value to null; the object itself is not
-- touched.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Free of an allocated object:
-- CHECK-NEXT:   Deallocate: from this pool, size 4
-- CHECK-NEXT: Free of a declared object:
-- CHECK-NEXT:   Deallocate: not from this pool, size 4
-- CHECK-NEXT: X = 5, B null: TRUE
with System.Storage_Pools; use System.Storage_Pools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
package Rm13112_16_Pools is
   type Checking_Pool is new Root_Storage_Pool with null record;
   overriding procedure Allocate (Pool : in out Checking_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count);
   overriding procedure Deallocate (Pool : in out Checking_Pool;
      Storage_Address : Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count);
   overriding function Storage_Size (Pool : Checking_Pool) return Storage_Count is (256);
end Rm13112_16_Pools;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm13112_16_Pools is
   Store : Storage_Array (1 .. 256);
   Top : Storage_Offset := 0;
   procedure Allocate (Pool : in out Checking_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count) is
   begin
      Top := (Top + Alignment - 1) / Alignment * Alignment;
      Storage_Address := Store (Top + 1)'Address;
      Top := Top + Size_In_Storage_Elements;
   end Allocate;
   procedure Deallocate (Pool : in out Checking_Pool;
      Storage_Address : Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count) is
   begin
      if Storage_Address >= Store (1)'Address and then Storage_Address <= Store (256)'Address then
         Put_Line ("  Deallocate: from this pool, size" & Storage_Count'Image (Size_In_Storage_Elements));
      else
         Put_Line ("  Deallocate: not from this pool, size" & Storage_Count'Image (Size_In_Storage_Elements));
      end if;
   end Deallocate;
end Rm13112_16_Pools;

with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
with Rm13112_16_Pools; use Rm13112_16_Pools;
procedure Rm13112_16 is
   Pool : Checking_Pool;
   type Ref is access all Integer;
   for Ref'Storage_Pool use Pool;
   procedure Free is new Ada.Unchecked_Deallocation (Integer, Ref);
   X : aliased Integer := 5;
   A : Ref := new Integer'(1);
   B : Ref := X'Access;
begin
   Put_Line ("Free of an allocated object:");
   Free (A);
   Put_Line ("Free of a declared object:");
   Free (B);
   Put_Line ("X =" & Integer'Image (X) & ", B null: " & Boolean'Image (B = null));
end Rm13112_16;
