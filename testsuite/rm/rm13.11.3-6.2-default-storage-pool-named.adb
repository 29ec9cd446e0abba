-- COVERS: 13.11.3(6.2/3), 13.11.3(6.3/3)
-- RM 13.11.3(6/3)-(6.3/3): a nonderived access type declared where pragma
-- Default_Storage_Pool names a pool, and that has no Storage_Pool or
-- Storage_Size of its own, has that pool as its Storage_Pool (A_Ptr, E_Ptr:
-- P1); an inner pragma replaces the outer one (F_Ptr: P2); where no
-- pragma applies the type gets the standard storage pool (Outer_Ptr).  The
-- type's own clauses win (B_Ptr, C_Ptr); a derived type shares its
-- parent's pool (D_Ptr, 13.11(15)).
-- GNAT 12 ignores the pragma here (A_Ptr, D_Ptr, E_Ptr and F_Ptr allocate
-- from the standard pool: "allocations: 0 1"); this test follows the RM.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Outer_Ptr:
-- CHECK-NEXT: A_Ptr:
-- CHECK-NEXT:   Allocate from pool 1
-- CHECK-NEXT: B_Ptr:
-- CHECK-NEXT:   Allocate from pool 2
-- CHECK-NEXT: C_Ptr:
-- CHECK-NEXT: D_Ptr:
-- CHECK-NEXT:   Allocate from pool 1
-- CHECK-NEXT: E_Ptr:
-- CHECK-NEXT:   Allocate from pool 1
-- CHECK-NEXT: F_Ptr:
-- CHECK-NEXT:   Allocate from pool 2
-- CHECK-NEXT: sum: 21; allocations: 3 2
with System.Storage_Pools; use System.Storage_Pools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
package Rm13113_62_Pools is
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
end Rm13113_62_Pools;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm13113_62_Pools is
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
end Rm13113_62_Pools;

with Ada.Text_IO; use Ada.Text_IO;
with Rm13113_62_Pools; use Rm13113_62_Pools;
procedure Rm13113_62 is
   P1, P2 : Count_Pool;
   type Outer_Ptr is access Integer;                 -- no default pool: standard
   package Inner is
      pragma Default_Storage_Pool (P1);
      type A_Ptr is access Integer;                  -- P1
      type B_Ptr is access Integer;
      for B_Ptr'Storage_Pool use P2;                 -- its own pool
      type C_Ptr is access Integer;
      for C_Ptr'Storage_Size use 64;                 -- its own Storage_Size
      type D_Ptr is new A_Ptr;                       -- derived: A_Ptr's pool
      package Innermost is
         type E_Ptr is access Integer;               -- P1 still
         pragma Default_Storage_Pool (P2);
         type F_Ptr is access Integer;               -- P2
      end Innermost;
   end Inner;
   use Inner, Inner.Innermost;
   O : Outer_Ptr;
   A : A_Ptr;
   B : B_Ptr;
   C : C_Ptr;
   D : D_Ptr;
   E : E_Ptr;
   F : F_Ptr;
begin
   P1.Name := '1';
   P2.Name := '2';
   Put_Line ("Outer_Ptr:");
   O := new Integer'(0);
   Put_Line ("A_Ptr:");
   A := new Integer'(1);
   Put_Line ("B_Ptr:");
   B := new Integer'(2);
   Put_Line ("C_Ptr:");
   C := new Integer'(3);
   Put_Line ("D_Ptr:");
   D := new Integer'(4);
   Put_Line ("E_Ptr:");
   E := new Integer'(5);
   Put_Line ("F_Ptr:");
   F := new Integer'(6);
   Put_Line ("sum:" & Integer'Image (O.all + A.all + B.all + C.all + D.all + E.all + F.all)
             & "; allocations:" & Natural'Image (P1.Allocs) & Natural'Image (P2.Allocs));
end Rm13113_62;
