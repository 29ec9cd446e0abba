-- 13.11(15): the name in a Storage_Pool clause denotes a variable: an
-- object, and also a component of one or the dereference of an
-- access-to-variable value.  adac refused the last two ("Storage_Pool must
-- name a storage pool object", noted by helper 12).  GNAT 12 prints the
-- same line.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: 20 2 1
with Ada.Text_IO; use Ada.Text_IO;
with System.Storage_Pools; use System.Storage_Pools;
with System.Storage_Elements; use System.Storage_Elements;
with System;
procedure Pool_Names is
   package Pools is
      type Counting is new Root_Storage_Pool with record
         N : Natural := 0;
      end record;
      overriding procedure Allocate (P : in out Counting; A : out System.Address; S, Al : Storage_Count);
      overriding procedure Deallocate (P : in out Counting; A : System.Address; S, Al : Storage_Count) is null;
      overriding function Storage_Size (P : Counting) return Storage_Count is (0);
      type Counting_Ptr is access Counting;
   end Pools;
   package body Pools is
      Store : array (1 .. 100) of aliased Storage_Array (1 .. 64);
      procedure Allocate (P : in out Counting; A : out System.Address; S, Al : Storage_Count) is
      begin
         P.N := P.N + 1;
         A := Store (P.N)'Address;
      end Allocate;
   end Pools;
   Pool_Ref : constant Pools.Counting_Ptr := new Pools.Counting;
   type Holder is record
      Pool : Pools.Counting;
   end record;
   H : Holder;
   type Int_Ptr is access Integer;
   for Int_Ptr'Storage_Pool use Pool_Ref.all;
   type Int_Ptr2 is access Integer;
   for Int_Ptr2'Storage_Pool use H.Pool;
   X : Int_Ptr := new Integer'(5);
   Y : Int_Ptr := new Integer'(6);
   Z : Int_Ptr2 := new Integer'(7);
begin
   Put_Line (Integer'Image (X.all + Y.all + Z.all) & Natural'Image (Pool_Ref.N) & Natural'Image (H.Pool.N));
end Pool_Names;
