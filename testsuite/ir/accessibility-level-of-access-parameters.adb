-- COVERS: 3.10.2(13/3)
-- RM 3.10.2(13/3), 4.6(48/3) in the IR: an access parameter takes its
-- actual's accessibility level as a hidden i32 (here L'Access: level 1),
-- and its conversion to a named access type compares that level with the
-- type's; converting a value of a named access type needs no check.
-- RUN: %adac -S -emit-llvm %s -o - | FileCheck %s
-- CHECK-LABEL: define void @_ada_lv()
-- CHECK: call void @_ada_lv__keep(ptr %frame, ptr %L, i32 1)
-- CHECK-LABEL: define internal void @_ada_lv__keep(ptr %static.link, ptr %X, i32 %X.level)
-- CHECK: %deeper = icmp sgt i32 %level, 1
-- CHECK: call void @__adac_rcheck_PE_Accessibility_Check
-- CHECK-LABEL: define internal void @_ada_lv__copy(
-- CHECK-NOT: __adac_rcheck_PE_Accessibility_Check
-- CHECK: ret void
procedure Lv is
   type Int_Ptr is access all Integer;
   G : Int_Ptr;
   procedure Keep (X : access Integer) is
   begin
      G := Int_Ptr (X);
   end Keep;
   procedure Copy (Y : Int_Ptr) is
   begin
      G := Int_Ptr (Y);
   end Copy;
   L : aliased Integer := 1;
begin
   Keep (L'Access);
   Copy (G);
end Lv;
