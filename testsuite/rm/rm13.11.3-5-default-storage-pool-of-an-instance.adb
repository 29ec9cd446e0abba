-- COVERS: 13.11.3(5/3)
-- RM 13.11.3(5/3): the aspect Default_Storage_Pool of a generic instance
-- defines the default pool of the access types declared within the
-- instance: With_Pool.Ptr allocates from P1; the instance without the
-- aspect keeps the standard pool.  Same output as GNAT 12.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: instance with Default_Storage_Pool => P1:
-- CHECK-NEXT:   Allocate from pool 1
-- CHECK-NEXT: instance without:
-- CHECK-NEXT: values: 1 2; allocations from P1: 1
with System.Storage_Pools; use System.Storage_Pools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
package Rm13113_5_Pools is
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
end Rm13113_5_Pools;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm13113_5_Pools is
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
end Rm13113_5_Pools;

generic
package Rm13113_5_Gen is
   type Ptr is access Integer;
   function Make (V : Integer) return Ptr;
end Rm13113_5_Gen;

package body Rm13113_5_Gen is
   function Make (V : Integer) return Ptr is
   begin
      return new Integer'(V);
   end Make;
end Rm13113_5_Gen;

with Ada.Text_IO; use Ada.Text_IO;
with Rm13113_5_Pools; use Rm13113_5_Pools;
with Rm13113_5_Gen;
procedure Rm13113_5 is
   P1 : Count_Pool;
   package With_Pool is new Rm13113_5_Gen with Default_Storage_Pool => P1;
   package Without is new Rm13113_5_Gen;
   A : With_Pool.Ptr;
   B : Without.Ptr;
begin
   P1.Name := '1';
   Put_Line ("instance with Default_Storage_Pool => P1:");
   A := With_Pool.Make (1);
   Put_Line ("instance without:");
   B := Without.Make (2);
   Put_Line ("values:" & Integer'Image (A.all) & Integer'Image (B.all)
             & "; allocations from P1:" & Natural'Image (P1.Allocs));
end Rm13113_5;
