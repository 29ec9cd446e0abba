-- 3.7, 3.9.1, 13.11: a storage pool type with a discriminant, the everyday
-- way to size a pool (type Counting_Pool (Capacity : Storage_Count) is new
-- Root_Storage_Pool with record Data : Storage_Array (1 .. Capacity); ...),
-- an access type with that pool, allocators until Storage_Error, Free
-- calling Deallocate.  adac refused discriminants on a type extension.
-- GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}a len 1 live 1{{$}}
-- CHECK-NEXT: {{^}}bb len 2 live 1{{$}}
-- CHECK-NEXT: {{^}}ccc len 3 live 1{{$}}
-- CHECK-NEXT: {{^}}pool full after 5 live 5{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with System.Storage_Pools; use System.Storage_Pools;
with System.Storage_Elements; use System.Storage_Elements;
with System;
with Ada.Unchecked_Deallocation;
procedure Discriminated_Pool is
   package Counting is
      type Counting_Pool (Capacity : Storage_Count) is new Root_Storage_Pool with record
         Data  : Storage_Array (1 .. Capacity);
         Top   : Storage_Count := 0;
         Live  : Natural := 0;
         Peak  : Storage_Count := 0;
      end record;
      overriding procedure Allocate
        (P : in out Counting_Pool; A : out System.Address; S : Storage_Count; Al : Storage_Count);
      overriding procedure Deallocate
        (P : in out Counting_Pool; A : System.Address; S : Storage_Count; Al : Storage_Count);
      overriding function Storage_Size (P : Counting_Pool) return Storage_Count is (P.Capacity);
   end Counting;
   package body Counting is
      procedure Allocate
        (P : in out Counting_Pool; A : out System.Address; S : Storage_Count; Al : Storage_Count)
      is
         Start : constant Storage_Count := (P.Top + Al - 1) / Al * Al;
      begin
         if Start + S > P.Capacity then
            raise Storage_Error with "counting pool full";
         end if;
         A := P.Data (Start + 1)'Address;
         P.Top := Start + S;
         P.Live := P.Live + 1;
         P.Peak := Storage_Count'Max (P.Peak, P.Top);
      end Allocate;
      procedure Deallocate
        (P : in out Counting_Pool; A : System.Address; S : Storage_Count; Al : Storage_Count) is
      begin
         P.Live := P.Live - 1;
      end Deallocate;
   end Counting;

   Pool : Counting.Counting_Pool (256);

   type Item (Len : Natural) is record
      Name : String (1 .. Len);
      Next : access Item;
   end record;
   type Item_Ptr is access Item with Storage_Pool => Pool;
   procedure Free is new Ada.Unchecked_Deallocation (Item, Item_Ptr);


   Head : Item_Ptr;
   Count : Natural := 0;
begin
   for I in 1 .. 3 loop
      declare
         N : constant Item_Ptr := new Item'(Len => I, Name => (others => Character'Val (96 + I)), Next => null);
      begin
         Put_Line (N.Name & " len" & N.Len'Image & " live" & Pool.Live'Image);
         declare M : Item_Ptr := N; begin Free (M); end;
      exception
         when others => Put_Line ("?");
      end;
   end loop;
   begin
      loop
         Head := new Item'(Len => 10, Name => "0123456789", Next => null);
         Count := Count + 1;
      end loop;
   exception
      when E : Storage_Error =>
         Put_Line ("pool full after" & Count'Image & " live" & Pool.Live'Image);
   end;
end Discriminated_Pool;
