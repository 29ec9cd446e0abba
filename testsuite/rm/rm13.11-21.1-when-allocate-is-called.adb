-- COVERS: 13.11(21), 13.11(21.1/3), 13.11(21.3/3), 13.11(21.4/3), 13.11(21.6/3)
-- RM 13.11(21.1/3)-(21.4/3): the implementation calls Allocate of a
-- user-defined pool only for an access type whose pool it is, and only
-- during an allocator of the type, during the return statement of a
-- function whose result is built in place in the allocated object (here
-- adac allocates once Make has returned, still within the allocator: the
-- two orders are both allowed, so the test takes either), or during an
-- assignment to an allocated object with a mutable discriminated part
-- (adac, like GNAT 12, makes no call there).  13.11(21.6/3): how many
-- calls an allocator makes is unspecified (adac: one); Unchecked_
-- Deallocation makes as many Deallocate calls.  13.11(21): Allocate may
-- propagate an exception instead of returning storage: the allocator
-- propagates it.  Same output as GNAT 12 (which calls Allocate before Make).
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: allocator:
-- CHECK-NEXT:   Allocate
-- CHECK-NEXT: allocator of a function result built in place:
-- CHECK-DAG:   Make
-- CHECK-DAG:   Allocate
-- CHECK: other type's allocator:
-- CHECK-NEXT:   Make
-- CHECK-NEXT: mutable object:
-- CHECK-NEXT:   Allocate
-- CHECK-NEXT: assignment changing its discriminant:
-- CHECK-NEXT: values: 15 abcde
-- CHECK-NEXT: Free:
-- CHECK-NEXT:   Deallocate
-- CHECK-NEXT:   Deallocate
-- CHECK-NEXT:   Deallocate
-- CHECK-NEXT: Allocate calls: 3, Deallocate calls: 3
-- CHECK-NEXT: failing Allocate:
-- CHECK-NEXT:   Allocate: Storage_Error
-- CHECK-NEXT: allocator propagates Storage_Error; L1 null: TRUE
with System.Storage_Pools; use System.Storage_Pools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
package Rm1311_21_Pools is
   type Count_Pool is new Root_Storage_Pool with record
      Allocs, Deallocs : Natural := 0;
      Fail : Boolean := False;
   end record;
   overriding procedure Allocate (Pool : in out Count_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count);
   overriding procedure Deallocate (Pool : in out Count_Pool;
      Storage_Address : Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count);
   overriding function Storage_Size (Pool : Count_Pool) return Storage_Count is (4096);
end Rm1311_21_Pools;

with Ada.Text_IO; use Ada.Text_IO;
package body Rm1311_21_Pools is
   Store : Storage_Array (1 .. 4096);
   Top : Storage_Offset := 0;
   procedure Allocate (Pool : in out Count_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count) is
   begin
      if Pool.Fail then
         Put_Line ("  Allocate: Storage_Error");
         raise Storage_Error;
      end if;
      Pool.Allocs := Pool.Allocs + 1;
      Put_Line ("  Allocate");
      Top := (Top + Alignment - 1) / Alignment * Alignment;
      Storage_Address := Store (Top + 1)'Address;
      Top := Top + Size_In_Storage_Elements;
   end Allocate;
   procedure Deallocate (Pool : in out Count_Pool;
      Storage_Address : Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count) is
   begin
      Pool.Deallocs := Pool.Deallocs + 1;
      Put_Line ("  Deallocate");
   end Deallocate;
end Rm1311_21_Pools;

with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
with Rm1311_21_Pools; use Rm1311_21_Pools;
procedure Rm1311_21 is
   Pool : Count_Pool;
   type Lim is limited record
      A, B : Integer;
   end record;
   type Lim_Ptr is access Lim;
   for Lim_Ptr'Storage_Pool use Pool;
   type Other_Ptr is access Lim;            -- the standard pool
   subtype Small is Natural range 0 .. 10;
   type Rec (N : Small := 0) is record
      S : String (1 .. N);
   end record;
   type Holder is record
      C : Rec;
   end record;
   type Rec_Ptr is access Holder;
   for Rec_Ptr'Storage_Pool use Pool;
   procedure Free is new Ada.Unchecked_Deallocation (Lim, Lim_Ptr);
   procedure Free is new Ada.Unchecked_Deallocation (Holder, Rec_Ptr);
   function Make (V : Integer) return Lim is
   begin
      Put_Line ("  Make");
      return (A => V, B => V + 1);
   end Make;
   L1, L2 : Lim_Ptr;
   O : Other_Ptr;
   R : Rec_Ptr;
begin
   Put_Line ("allocator:");
   L1 := new Lim'(A => 1, B => 2);
   Put_Line ("allocator of a function result built in place:");
   L2 := new Lim'(Make (3));
   Put_Line ("other type's allocator:");
   O := new Lim'(Make (5));
   Put_Line ("mutable object:");
   R := new Holder'(C => (N => 2, S => "ab"));
   Put_Line ("assignment changing its discriminant:");
   R.C := (N => 5, S => "abcde");
   Put_Line ("values:" & Integer'Image (L1.A + L1.B + L2.A + L2.B + O.A) & " " & R.C.S);
   Put_Line ("Free:");
   Free (L1);
   Free (L2);
   Free (R);
   Put_Line ("Allocate calls:" & Natural'Image (Pool.Allocs)
             & ", Deallocate calls:" & Natural'Image (Pool.Deallocs));
   Put_Line ("failing Allocate:");
   Pool.Fail := True;
   begin
      L1 := new Lim'(A => 7, B => 8);
      Put_Line ("no exception");
   exception
      when Storage_Error => Put_Line ("allocator propagates Storage_Error; L1 null: "
                                      & Boolean'Image (L1 = null));
   end;
end Rm1311_21;
