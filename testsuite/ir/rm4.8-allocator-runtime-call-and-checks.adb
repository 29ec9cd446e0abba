-- The IR of an allocator: the object comes from the runtime's default pool
-- (__adac_alloc with the designated subtype's size and alignment), and the
-- range check of the initialized allocator's value is a conditional branch
-- to a cold block that calls the runtime's raise routine with the source
-- position; so is the access check of a dereference.
-- RUN: %adac -S -emit-llvm %s -o - | FileCheck %s
-- CHECK-LABEL: define void @_ada_ir_alloc()
-- CHECK: %[[OUT:.+]] = or i1 %below, %above
-- CHECK-NEXT: br i1 %[[OUT]], label %range.fail, label %range.ok, !prof
-- CHECK: range.fail:
-- CHECK-NEXT: call void @__adac_rcheck_CE_Range_Check(ptr @.file.rm4.8-allocator-runtime-call-and-checks.adb, i32 [[# @LINE + 16]])
-- CHECK-NEXT: unreachable
-- CHECK: range.ok:
-- CHECK: %new = call ptr @__adac_alloc(i64 4, i64 4)
-- CHECK: store i32 %{{.+}}, ptr %new
-- CHECK: %is.null = icmp eq ptr %{{.+}}, null
-- CHECK-NEXT: br i1 %is.null, label %access.fail, label %access.ok
-- CHECK: access.fail:
-- CHECK-NEXT: call void @__adac_rcheck_CE_Access_Check(ptr @.file.rm4.8-allocator-runtime-call-and-checks.adb, i32 [[# @LINE + 10]])
-- CHECK-DAG: declare ptr @__adac_alloc(i64, i64)
-- CHECK-DAG: declare void @__adac_rcheck_CE_Range_Check(ptr, i32) #[[NORET:[0-9]+]]
-- CHECK: attributes #[[NORET]] = { cold noreturn nounwind }
with Report;
procedure IR_Alloc is
   subtype Small is Integer range 1 .. 10;
   type Small_Ptr is access Small;
   P : Small_Ptr := new Small'(Report.Ident_Int (3));
begin
   P.all := 4;
end IR_Alloc;
