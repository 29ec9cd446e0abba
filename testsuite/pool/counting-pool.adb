-- The counting pool (-fpool=counting) under every access type: at exit,
-- one line on stderr with the allocations, frees, live blocks, live bytes
-- and the high-water mark of live bytes (sizes as requested: a record of
-- an Integer and an access value is 16 bytes, a String of 10 characters
-- 10 + 8 bytes of bounds).  The program's output is unchanged; the
-- figures are the same at -O0 and -O2.
-- RUN: %adac -fpool=counting %s -o %t && %t > %t.out 2> %t.err
-- RUN: FileCheck --check-prefix=OUT --match-full-lines %s < %t.out
-- RUN: FileCheck --match-full-lines %s < %t.err
-- RUN: %adac -O2 -fpool=counting %s -o %t2 && %t2 2>&1 >/dev/null | FileCheck --match-full-lines %s
-- The built-in pool prints nothing.
-- RUN: %adac %s -o %t3 && %t3 2>&1 >/dev/null | count 0
-- At -O2 the allocators and frees call the runtime with their line,
-- rather than popping the built-in pool's free lists inline; main installs
-- the counting pool first.
-- RUN: %adac -O2 -fpool=counting -S -emit-llvm %s -o - | FileCheck --check-prefix=IR %s
-- IR-NOT: __adac_free_lists
-- IR: call ptr @__adac_pool_alloc(i64 16, i64 8, ptr nonnull @.file.counting-pool.adb, i32 [[# @LINE + 36]])
-- IR: call ptr @__adac_pool_alloc(i64 18, i64 8, ptr nonnull @.file.counting-pool.adb, i32 [[# @LINE + 38]])
-- IR: call void @__adac_pool_free(ptr {{.*}}, i64 16, i64 8, ptr nonnull @.file.counting-pool.adb, i32 [[# @LINE + 43]])
-- IR: define {{.*}}@main(
-- IR-NEXT: entry:
-- IR-NEXT: call void @__adac_pool_select(i32 2)
-- IR-NOT: __adac_free_lists
-- RUN: not %adac -fpool=bogus %s 2>&1 | FileCheck --check-prefix=USAGE %s
-- USAGE: adac: error: unknown pool 'bogus' (builtin, installed, counting or debug)
-- RUN: %adac --help | FileCheck --check-prefix=HELP %s
-- HELP: -fpool=POOL
-- HELP: builtin
-- HELP: installed
-- HELP: counting
-- HELP: debug
-- OUT: sum 55
-- CHECK: adac counting pool: 14 allocations, 12 frees, 2 live blocks, 34 live bytes, high-water mark 178 bytes
-- CHECK-EMPTY:
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Counting is
   type Node;
   type Node_Ptr is access Node;
   type Node is record
      Value : Integer;
      Next  : Node_Ptr;
   end record;
   type Str_Ptr is access String;
   procedure Free is new Ada.Unchecked_Deallocation (Node, Node_Ptr);
   procedure Free is new Ada.Unchecked_Deallocation (String, Str_Ptr);
   Head, Tmp : Node_Ptr;
   S : Str_Ptr;
   Sum : Integer := 0;
begin
   --  10 nodes: 160 bytes live
   for I in 1 .. 10 loop
      Head := new Node'(I, Head);
   end loop;
   --  a 10-character string: 178 bytes live, the high-water mark
   S := new String'("0123456789");
   --  all nodes but one freed: 34 bytes live
   while Head.Next /= null loop
      Sum := Sum + Head.Value;
      Tmp := Head;
      Head := Head.Next;
      Free (Tmp);
   end loop;
   Sum := Sum + Head.Value;
   Put_Line ("sum" & Integer'Image (Sum));
   --  3 more allocations, freed: 12 frees in all, 2 blocks left live
   for I in 1 .. 3 loop
      Tmp := new Node'(I, null);
      Free (Tmp);
   end loop;
end Counting;
