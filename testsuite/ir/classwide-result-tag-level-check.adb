-- COVERS: 6.5(8/4)
-- RM 6.5(8/4) and 4.8(10.1/3) in the IR: a function with a class-wide
-- result compares the level in the result's tag with its own (Same is at
-- level 1), and a class-wide allocator with its access type's (Root_Ptr,
-- level 1), because a type of the program (Local, level 2) is deeper; the
-- same program without a deeper tagged type (RUN 2: sed makes Local a
-- record) emits neither check.
-- RUN: %adac -S -emit-llvm %s -o - | FileCheck %s
-- RUN: sed 's/new Root with null record/null record/; s/L : Local;/L : Root;/' %s > %t.adb
-- RUN: %adac -S -emit-llvm %t.adb -o - | FileCheck %s --check-prefix=NONE
-- CHECK-LABEL: define internal ptr @_ada_tag_levels__same(
-- CHECK: %type.level = load i32
-- CHECK: icmp sgt i32 %type.level, 1
-- CHECK: call void @__adac_rcheck_PE_Accessibility_Check(ptr @.file.{{.*}}, i32 [[# @LINE + 11]])
-- CHECK-LABEL: define internal void @_ada_tag_levels__inner(
-- CHECK: icmp sgt i32 %type.level, 1
-- CHECK: call void @__adac_rcheck_PE_Accessibility_Check(ptr @.file.{{.*}}, i32 [[# @LINE + 15]])
-- NONE-NOT: Accessibility_Check
procedure Tag_Levels is
   type Root is tagged null record;
   type Root_Ptr is access Root'Class;
   P : Root_Ptr;
   function Same (X : Root'Class) return Root'Class is
   begin
      return X;
   end Same;
   procedure Inner is
      type Local is new Root with null record;
      L : Local;
      R : Root'Class := Same (L);
   begin
      P := new Root'Class'(R);
   end Inner;
begin
   Inner;
end Tag_Levels;
