-- 13.11.4, 3.7: a pool with subpools whose type has a discriminant (type
-- Arena_Pool (Limit : Natural) is new Root_Storage_Pool_With_Subpools with
-- record ...), the parent having a component of its own: arenas created up
-- to the limit, controlled objects and integers allocated in them by
-- new (Subpool), each arena's objects finalized when it is deallocated.
-- adac refused the discriminant.  GNAT 12 raises Program_Error from
-- Default_Subpool_for_Pool at the first new (S1) ... (an allocator that
-- names its subpool does not call it, 13.11.4(28/3)), so the expected
-- lines are adac's, checked by hand: 3 and 2 allocations of 48 bytes (a
-- 32-byte collection header and a 16-byte object) and 3 of 4 bytes in S1.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}create arena 1{{$}}
-- CHECK-NEXT: {{^}}create arena 2{{$}}
-- CHECK-NEXT: {{^}}last 30 3{{$}}
-- CHECK-NEXT: {{^}}  finalize 3{{$}}
-- CHECK-NEXT: {{^}}  finalize 2{{$}}
-- CHECK-NEXT: {{^}}  finalize 1{{$}}
-- CHECK-NEXT: {{^}}release arena 1 used 164{{$}}
-- CHECK-NEXT: {{^}}S1 null: TRUE{{$}}
-- CHECK-NEXT: {{^}}  finalize 30{{$}}
-- CHECK-NEXT: {{^}}  finalize 20{{$}}
-- CHECK-NEXT: {{^}}  finalize 10{{$}}
-- CHECK-NEXT: {{^}}release arena 2 used 144{{$}}
-- CHECK-NEXT: {{^}}limit 2 reached{{$}}
-- CHECK-NEXT: {{^}}done{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
with Ada.Unchecked_Deallocate_Subpool;
with System.Storage_Elements; use System.Storage_Elements;
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
with System;
procedure Arena_Pool_With_Limit is
   package Arenas is
      type Arena_Pool (Limit : Natural) is new Root_Storage_Pool_With_Subpools with record
         Created : Natural := 0;
      end record;
      overriding function Create_Subpool (Pool : in out Arena_Pool) return not null Subpool_Handle;
      overriding procedure Allocate_From_Subpool
        (Pool : in out Arena_Pool; Addr : out System.Address; Size, Align : Storage_Count;
         Subpool : not null Subpool_Handle);
      overriding procedure Deallocate_Subpool (Pool : in out Arena_Pool; Subpool : in out Subpool_Handle);
   private
      type Block is array (Storage_Count range 1 .. 4096) of Storage_Element;
      type Arena is new Root_Subpool with record
         Data : Block;
         Used : Storage_Count := 0;
         Id   : Natural := 0;
      end record;
      type Arena_Access is access all Arena;
   end Arenas;
   package body Arenas is
      Next_Id : Natural := 0;
      function Create_Subpool (Pool : in out Arena_Pool) return not null Subpool_Handle is
         A : constant Arena_Access := new Arena;
         H : constant Subpool_Handle := A.all'Unchecked_Access;
      begin
         Next_Id := Next_Id + 1;
         Pool.Created := Pool.Created + 1;
         if Pool.Created > Pool.Limit then
            raise Storage_Error with "too many arenas";
         end if;
         A.Id := Next_Id;
         Set_Pool_Of_Subpool (H, Pool);
         Put_Line ("create arena" & A.Id'Image);
         return H;
      end Create_Subpool;
      procedure Allocate_From_Subpool
        (Pool : in out Arena_Pool; Addr : out System.Address; Size, Align : Storage_Count;
         Subpool : not null Subpool_Handle)
      is
         A : Arena renames Arena (Subpool.all);
         Start : constant Storage_Count := (A.Used + Align - 1) / Align * Align;
      begin
         if Start + Size > Block'Length then
            raise Storage_Error;
         end if;
         Addr := A.Data (Start + 1)'Address;
         A.Used := Start + Size;
      end Allocate_From_Subpool;
      procedure Deallocate_Subpool (Pool : in out Arena_Pool; Subpool : in out Subpool_Handle) is
      begin
         Put_Line ("release arena" & Arena (Subpool.all).Id'Image & " used" & Arena (Subpool.all).Used'Image);
         Subpool := null;
      end Deallocate_Subpool;
   end Arenas;

   package Tracked is
      type T is new Ada.Finalization.Controlled with record
         N : Integer := 0;
      end record;
      overriding procedure Finalize (X : in out T);
   end Tracked;
   package body Tracked is
      procedure Finalize (X : in out T) is
      begin
         if X.N /= 0 then
            Put_Line ("  finalize" & X.N'Image);
         end if;
      end Finalize;
   end Tracked;

   Pool : Arenas.Arena_Pool (Limit => 2);
   type T_Access is access Tracked.T with Storage_Pool => Pool;
   type Int_Access is access Integer with Storage_Pool => Pool;
   S1, S2 : Subpool_Handle;
   P : T_Access;
   I : Int_Access;
begin
   S1 := Arenas.Create_Subpool (Pool);
   S2 := Arenas.Create_Subpool (Pool);
   for K in 1 .. 3 loop
      P := new (S1) Tracked.T'(Ada.Finalization.Controlled with N => K);
      P := new (S2) Tracked.T'(Ada.Finalization.Controlled with N => 10 * K);
      I := new (S1) Integer'(K);
   end loop;
   Put_Line ("last" & P.N'Image & I.all'Image);
   Ada.Unchecked_Deallocate_Subpool (S1);
   Put_Line ("S1 null: " & Boolean'Image (S1 = null));
   Ada.Unchecked_Deallocate_Subpool (S2);
   begin
      S1 := Arenas.Create_Subpool (Pool);
   exception
      when Storage_Error => Put_Line ("limit" & Pool.Limit'Image & " reached");
   end;
   Put_Line ("done");
end Arena_Pool_With_Limit;
