-- COVERS: 3.10.2(13.2/3)
-- RM 3.10.2(13.2/3), 4.6(48/3) in the IR: a stand-alone object of an
-- anonymous access type keeps the level of its value in a hidden i32 beside
-- it (SO.level), stored with each assignment: a constant when sema knows the
-- level (Lib'Access: 1, L'Access: 2, null: 0), with no check; the level of
-- an access parameter is checked against the object's declaration (level 2)
-- before it is kept.  Converting the object to a named access type
-- compares the kept level with the type's.
-- RUN: %adac -S -emit-llvm %s -o - | FileCheck %s
-- CHECK-LABEL: define internal void @_ada_sol__keep(ptr %static.link, ptr %X, i32 %X.level)
-- CHECK: store i32 1, ptr %SO.level
-- CHECK: %[[L1:level[0-9]*]] = load i32, ptr %SO.level
-- CHECK: icmp sgt i32 %[[L1]], 1
-- CHECK: call void @__adac_rcheck_PE_Accessibility_Check(ptr @.file.{{.*}}, i32 [[# @LINE + 22]])
-- CHECK: %[[L2:level[0-9]*]] = load i32, ptr %X.level1
-- CHECK: icmp sgt i32 %[[L2]], 2
-- CHECK: call void @__adac_rcheck_PE_Accessibility_Check(ptr @.file.{{.*}}, i32 [[# @LINE + 20]])
-- CHECK: store i32 %[[L2]], ptr %SO.level
-- CHECK: call void @__adac_rcheck_PE_Accessibility_Check(ptr @.file.{{.*}}, i32 [[# @LINE + 19]])
-- CHECK-LABEL: define internal void @_ada_sol__plain(
-- CHECK-NOT: Accessibility_Check
-- CHECK: store i32 1, ptr %SO.level
-- CHECK-NOT: Accessibility_Check
-- CHECK: store i32 2, ptr %SO.level
-- CHECK-NOT: Accessibility_Check
-- CHECK: store i32 0, ptr %SO.level
-- CHECK-NOT: Accessibility_Check
-- CHECK: ret void
procedure Sol is
   type Int_Ptr is access all Integer;
   G : Int_Ptr;
   Lib : aliased Integer := 1;
   procedure Keep (X : access Integer) is
      SO : access Integer := Lib'Access;
   begin
      G := Int_Ptr (SO);
      SO := X;
      G := Int_Ptr (SO);
   end Keep;
   procedure Plain is
      SO : access Integer := Lib'Access;
      L : aliased Integer := 2;
   begin
      SO := L'Access;
      SO := null;
   end Plain;
begin
   Keep (Lib'Access);
   Plain;
end Sol;
