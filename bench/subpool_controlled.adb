--  A million controlled objects allocated in a subpool, then finalized
--  with it by Unchecked_Deallocate_Subpool (issue 9's target: constant
--  cost per allocation, under 0.5 s in all).
with Ada.Command_Line;
with Ada.Text_IO;
with Ada.Finalization;
with Ada.Unchecked_Deallocate_Subpool;
with System.Storage_Elements; use System.Storage_Elements;
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
with System;
procedure Subpool_Controlled is
   package Regions is
      type Region_Pool is new Root_Storage_Pool_With_Subpools with null record;
      overriding function Create_Subpool (Pool : in out Region_Pool) return not null Subpool_Handle;
      overriding procedure Allocate_From_Subpool
        (Pool : in out Region_Pool; Addr : out System.Address; Size, Align : Storage_Count;
         Subpool : not null Subpool_Handle);
      overriding procedure Deallocate_Subpool (Pool : in out Region_Pool; Subpool : in out Subpool_Handle);
   private
      Chunk_Size : constant := 2 ** 20;
      type Chunk;
      type Chunk_Access is access Chunk;
      type Chunk is record
         Data : Storage_Array (0 .. Chunk_Size - 1);
         Next : Chunk_Access;
      end record;
      for Chunk'Alignment use Standard'Maximum_Alignment;
      type Region is new Root_Subpool with record
         Current : Chunk_Access;
         Offset  : Storage_Count := Chunk_Size;
      end record;
      type Region_Access is access all Region;
   end Regions;
   package body Regions is
      function Create_Subpool (Pool : in out Region_Pool) return not null Subpool_Handle is
         R : constant Region_Access := new Region;
         H : constant Subpool_Handle := R.all'Unchecked_Access;
      begin
         Set_Pool_Of_Subpool (H, Pool);
         return H;
      end Create_Subpool;
      procedure Allocate_From_Subpool
        (Pool : in out Region_Pool; Addr : out System.Address; Size, Align : Storage_Count;
         Subpool : not null Subpool_Handle)
      is
         R : Region renames Region (Subpool.all);
         Start : Storage_Count := (R.Offset + Align - 1) / Align * Align;
      begin
         if Start + Size > Chunk_Size then
            declare
               C : constant Chunk_Access := new Chunk;
            begin
               C.Next := R.Current;
               R.Current := C;
            end;
            Start := 0;
         end if;
         Addr := R.Current.Data (Start)'Address;
         R.Offset := Start + Size;
      end Allocate_From_Subpool;
      procedure Deallocate_Subpool (Pool : in out Region_Pool; Subpool : in out Subpool_Handle) is
      begin
         Subpool := null;    --  the chunks are kept: this measures finalization
      end Deallocate_Subpool;
   end Regions;

   package Counted is
      type Handle is new Ada.Finalization.Controlled with record
         Id : Integer := 0;
      end record;
      overriding procedure Finalize (H : in out Handle);
      Finalized : Long_Long_Integer := 0;
   end Counted;
   package body Counted is
      procedure Finalize (H : in out Handle) is
      begin
         Finalized := Finalized + Long_Long_Integer (H.Id);
      end Finalize;
   end Counted;

   Pool : Regions.Region_Pool;
   type Handle_Access is access Counted.Handle with Storage_Pool => Pool;
   N : Natural := 1_000_000;
   S : Subpool_Handle;
   P : Handle_Access;
begin
   if Ada.Command_Line.Argument_Count > 0 then
      N := Natural'Value (Ada.Command_Line.Argument (1));
   end if;
   S := Regions.Create_Subpool (Pool);
   for I in 1 .. N loop
      P := new (S) Counted.Handle'(Ada.Finalization.Controlled with Id => 1);
   end loop;
   Ada.Unchecked_Deallocate_Subpool (S);
   Ada.Text_IO.Put_Line ("objects" & N'Image & " finalized" & Counted.Finalized'Image);
end Subpool_Controlled;
