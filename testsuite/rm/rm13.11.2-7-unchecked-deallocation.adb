-- COVERS: 13.11.2(3/3), 13.11.2(7), 13.11.2(8), 13.11.2(9/3), 13.11.2(10/2), 13.11.2(17)
-- RM 13.11.2(7): after Free (X), X is null; (8): Free of a null value has
-- no effect; (9/3), (10/2): the designated object (of any designated type,
-- here a record and an unconstrained array) is deallocated and no longer
-- exists; (17): with the standard pool the storage is reclaimed, so freeing
-- and allocating in a loop does not exhaust memory.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: after Free: TRUE
-- CHECK-NEXT: Free (null): TRUE
-- CHECK-NEXT: string freed: TRUE
-- CHECK-NEXT: other object intact: 2
-- CHECK-NEXT: loop done
with Ada.Unchecked_Deallocation;
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm13112_7 is
   type Rec is record
      A, B : Integer;
   end record;
   type Rec_Ptr is access Rec;
   type Str_Ptr is access String;
   type Block is array (1 .. 1024 * 1024) of Integer;
   type Block_Ptr is access Block;
   procedure Free is new Ada.Unchecked_Deallocation (Rec, Rec_Ptr);
   procedure Free is new Ada.Unchecked_Deallocation (String, Str_Ptr);
   procedure Free is new Ada.Unchecked_Deallocation (Block, Block_Ptr);
   P : Rec_Ptr := new Rec'(1, 2);
   Q : Rec_Ptr := new Rec'(1, 2);
   N : Rec_Ptr;
   S : Str_Ptr := new String'("hello");
   B : Block_Ptr;
begin
   Free (P);
   Put_Line ("after Free: " & Boolean'Image (P = null));
   Free (N);
   Put_Line ("Free (null): " & Boolean'Image (N = null));
   Free (S);
   Put_Line ("string freed: " & Boolean'Image (S = null));
   Put_Line ("other object intact:" & Integer'Image (Q.B));
   for I in 1 .. 20_000 loop          -- 80 GB if nothing were reclaimed
      B := new Block;
      B (1) := I;
      Free (B);
   end loop;
   Put_Line ("loop done");
end Rm13112_7;
