-- A C program's own pool under adac code (runtime/adac_pool.h): the Ada
-- main calls an imported C procedure that installs a bump arena with
-- adac_set_default_pool; compiled with -fpool=installed, every allocator
-- and Unchecked_Deallocation of the program then calls the arena, which
-- sees the size, the alignment and the allocator's file:line; when it
-- returns NULL the allocator raises Storage_Error.  The Ada unit is
-- compiled to an object, the C file with the C compiler, and both linked
-- with the runtime library.
-- RUN: %adac -fpool=installed -c %s -o %t.o
-- RUN: %{cc} -I%{adart_include} -c %S/Inputs/arena_pool.c -o %t.arena.o
-- RUN: %{cc} %t.o %t.arena.o %{libadart} -o %t
-- RUN: %t | FileCheck --match-full-lines %s
-- CHECK: arena: installed, replacing the built-in pool
-- CHECK-NEXT: arena: 8 bytes aligned 8 at C:0, offset 0
-- CHECK-NEXT: arena: C allocation ok, site none
-- CHECK-NEXT: arena: 16 bytes aligned 8 at c-pool.adb:47, offset 8
-- CHECK-NEXT: arena: 14 bytes aligned 8 at c-pool.adb:48, offset 24
-- CHECK-NEXT: arena: free of 16 bytes at offset 8 at c-pool.adb:49
-- CHECK-NEXT: arena: 38 of 100 bytes used, 1 frees
-- CHECK-NEXT: arena: 16 bytes aligned 8 at c-pool.adb:53, offset 40
-- CHECK-NEXT: arena: 16 bytes aligned 8 at c-pool.adb:53, offset 56
-- CHECK-NEXT: arena: 16 bytes aligned 8 at c-pool.adb:53, offset 72
-- CHECK-NEXT: arena: 16 bytes at c-pool.adb:53 refused
-- CHECK-NEXT: Storage_Error after 3 nodes
-- CHECK-NEXT: arena: 88 of 100 bytes used, 1 frees
-- CHECK-EMPTY:
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure C_Pool is
   procedure Install (Size : Integer);
   pragma Import (C, Install, "install_arena_pool");
   procedure Show;
   pragma Import (C, Show, "show_arena_pool");
   type Node;
   type Node_Ptr is access Node;
   type Node is record
      Value : Integer;
      Next  : Node_Ptr;
   end record;
   type Str_Ptr is access String;
   procedure Free is new Ada.Unchecked_Deallocation (Node, Node_Ptr);
   Head : Node_Ptr;
   S : Str_Ptr;
   Count : Integer := 0;
begin
   Install (100);
   Head := new Node'(1, null);
   S := new String'("abcdef");
   Free (Head);
   Show;
   begin
      loop
         Head := new Node'(Count, Head);
         Count := Count + 1;
      end loop;
   exception
      when Storage_Error =>
         Put_Line ("Storage_Error after" & Integer'Image (Count) & " nodes");
   end;
   Show;
end C_Pool;
