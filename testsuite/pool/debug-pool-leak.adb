-- The debug pool (-fpool=debug, runtime/adac_pool.h) under every access
-- type of a program that forgets to free: at exit it names, one line per
-- leaked block in allocation order, the size and the line of the allocator
-- that made it, then the summary.  The program's source says nothing of
-- pools.  Same report at -O2 (the inline free-list path is bypassed).
-- RUN: %adac -fpool=debug %s -o %t && %t > %t.out 2> %t.err
-- RUN: FileCheck --check-prefix=OUT --match-full-lines %s < %t.out
-- RUN: FileCheck --match-full-lines %s < %t.err
-- RUN: %adac -O2 -fpool=debug %s -o %t2 && %t2 2>&1 >/dev/null | FileCheck --match-full-lines %s
-- OUT: done
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Leaky is
   type Node;
   type Node_Ptr is access Node;
   type Node is record
      Value : Integer;
      Next  : Node_Ptr;
   end record;
   type Str_Ptr is access String;
   procedure Free is new Ada.Unchecked_Deallocation (Node, Node_Ptr);

   function Label (N : Integer) return Str_Ptr is
   begin
      return new String'("node" & Integer'Image (N));
   end Label;

   Head, Tmp : Node_Ptr;
   S : Str_Ptr;
begin
   for I in 1 .. 3 loop
      Head := new Node'(I, Head);
   end loop;
   S := Label (7);
   -- the first node goes back; the other two and the string leak
   Tmp := Head;
   Head := Head.Next;
   Free (Tmp);
   Tmp := new Node'(0, null);
   Free (Tmp);
   Put_Line ("done");
end Leaky;
-- CHECK: adac debug pool: leaked 16 bytes allocated at debug-pool-leak.adb:32
-- CHECK-NEXT: adac debug pool: leaked 16 bytes allocated at debug-pool-leak.adb:32
-- CHECK-NEXT: adac debug pool: leaked 14 bytes allocated at debug-pool-leak.adb:25
-- CHECK-NEXT: adac debug pool: 3 blocks leaked (46 bytes), 5 allocations, 2 frees, 0 bad frees
-- CHECK-EMPTY:
