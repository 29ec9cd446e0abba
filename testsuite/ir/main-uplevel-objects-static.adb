-- A main subprogram that nothing in the program names runs once, so the
-- objects of its declarative part that its nested subprograms reach are
-- globals (codegen's main_static): a nested subprogram takes their
-- address directly instead of loading it from the main's up-level frame
-- (for a storage pool declared in the main, a load on every allocation).
-- A local that no nested subprogram reads stays an alloca, and objects of
-- a block are not moved.  Inputs/main_recursive.adb calls itself: its
-- objects stay in its frame, one per call.
-- RUN: %adac -S -emit-llvm %s -o - | FileCheck %s
-- RUN: %adac %s -o %t && %t | FileCheck --check-prefix=OUT %s
-- RUN: %adac -S -emit-llvm %S/Inputs/main_recursive.adb -o - | FileCheck --check-prefix=REC %s
-- RUN: %adac %S/Inputs/main_recursive.adb -o %t.rec && %t.rec | FileCheck --check-prefix=RECOUT %s
-- CHECK: @_ada_main_uplevel_objects_static.Count = internal global i32 0
-- CHECK-NOT: @_ada_main_uplevel_objects_static.Local
-- CHECK-LABEL: define void @_ada_main_uplevel_objects_static()
-- CHECK-DAG: %Local = alloca i32
-- CHECK-DAG: %In_Block = alloca i32
-- CHECK: store i32 0, ptr @_ada_main_uplevel_objects_static.Count
-- CHECK-LABEL: define internal void @_ada_main_uplevel_objects_static__bump(
-- CHECK-NOT: Count.up
-- CHECK: load i32, ptr @_ada_main_uplevel_objects_static.Count
-- CHECK-LABEL: define internal i32 @block_sum(
-- CHECK: %In_Block.up = load ptr
-- OUT: 3 10
-- REC-LABEL: define void @_ada_main_recursive()
-- REC: %Depth = alloca i32
-- REC-LABEL: define internal void @_ada_main_recursive__show(
-- REC: %Depth.up = load ptr
-- RECOUT: depth 1
-- RECOUT-NEXT: depth 2
-- RECOUT-NEXT: depth 2
-- RECOUT-NEXT: depth 1
with Ada.Text_IO;
procedure Main_Uplevel_Objects_Static is
   Count : Integer := 0;
   Local : Integer := 7;
   procedure Bump is
   begin
      Count := Count + 1;
   end Bump;
begin
   for I in 1 .. 3 loop
      Bump;
   end loop;
   Local := Local + Count;
   declare
      In_Block : Integer := Local;
      function Block_Sum return Integer is (In_Block);
   begin
      Ada.Text_IO.Put_Line (Integer'Image (Count) & Integer'Image (Block_Sum));
   end;
end Main_Uplevel_Objects_Static;
