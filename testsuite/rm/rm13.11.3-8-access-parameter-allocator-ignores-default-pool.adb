-- COVERS: 13.11.3(8/3), 13.11.3(6.2/3)
-- RM 13.11.3(8/3) (permission): an object created by an allocator that is
-- passed as the actual of an access parameter may be allocated on the
-- stack, whatever the default pool.  adac uses the permission: within the
-- scope of pragma Default_Storage_Pool (P1), Take (new Integer'(2)) does
-- not call P1's Allocate, while the allocators of a named access type and
-- of the anonymous access type of a stand-alone object declared there do
-- (13.11.3(6.2/3)).
-- GNAT 12 does not call P1's Allocate for A_Ptr (it ignores the pragma for
-- the named type, "allocations from P1: 1"); this test follows the RM.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: named access type:
-- CHECK-NEXT:   Allocate from pool 1
-- CHECK-NEXT: access parameter:
-- CHECK-NEXT:   Take 2
-- CHECK-NEXT: stand-alone object of an anonymous access type:
-- CHECK-NEXT:   Allocate from pool 1
-- CHECK-NEXT:   S.all = 3
-- CHECK-NEXT: allocations from P1: 2
with System.Storage_Pools; use System.Storage_Pools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
package Rm13113_8_Pools is
   type Count_Pool is new Root_Storage_Pool with record
      Name : Character := '?';
      Allocs : Natural := 0;
   end record;
   overriding procedure Allocate (Pool : in out Count_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count);
   overriding procedure Deallocate (Pool : in out Count_Pool;
      Storage_Address : Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count) is null;
   overriding function Storage_Size (Pool : Count_Pool) return Storage_Count is (1024);
end Rm13113_8_Pools;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm13113_8_Pools is
   Store : Storage_Array (1 .. 1024);
   Top : Storage_Offset := 0;
   procedure Allocate (Pool : in out Count_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count) is
   begin
      Pool.Allocs := Pool.Allocs + 1;
      Put_Line ("  Allocate from pool " & Pool.Name);
      Top := (Top + Alignment - 1) / Alignment * Alignment;
      Storage_Address := Store (Top + 1)'Address;
      Top := Top + Size_In_Storage_Elements;
   end Allocate;
end Rm13113_8_Pools;

with Ada.Text_IO; use Ada.Text_IO;
with Rm13113_8_Pools; use Rm13113_8_Pools;
procedure Rm13113_8 is
   P1 : Count_Pool;
   package Inner is
      pragma Default_Storage_Pool (P1);
      type A_Ptr is access Integer;
      procedure Take (X : access Integer);
   end Inner;
   package body Inner is
      procedure Take (X : access Integer) is
      begin
         Put_Line ("  Take" & Integer'Image (X.all));
      end Take;
   end Inner;
   procedure Test is
      pragma Default_Storage_Pool (P1);
      A : Inner.A_Ptr;
   begin
      Put_Line ("named access type:");
      A := new Integer'(1);
      Put_Line ("access parameter:");
      Inner.Take (new Integer'(2));
      Put_Line ("stand-alone object of an anonymous access type:");
      declare
         S : access Integer := new Integer'(3);
      begin
         Put_Line ("  S.all =" & Integer'Image (S.all));
      end;
   end Test;
begin
   P1.Name := '1';
   Test;
   Put_Line ("allocations from P1:" & Natural'Image (P1.Allocs));
end Rm13113_8;
