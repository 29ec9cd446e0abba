-- At -O2 the optimiser folds away the checks that cannot fail: a loop over
-- 1 .. 10 accumulating into an Integer keeps no overflow branch, and the
-- allocation of a small object pops the default pool's free list for its
-- size class inline, calling the runtime only to refill an empty list.
-- RUN: %adac -O2 -S -emit-llvm %s -o - | FileCheck %s
-- CHECK-LABEL: define void @_ada_o2_checks()
-- CHECK-NOT: __adac_rcheck_CE_Overflow_Check
-- CHECK: %pool.head = load ptr, ptr @__adac_free_lists
-- CHECK: pool.pop:
-- CHECK-NEXT: %pool.next = load ptr, ptr %pool.head
-- CHECK-NEXT: store ptr %pool.next, ptr @__adac_free_lists
-- CHECK: pool.refill:
-- CHECK-NEXT: call ptr @__adac_alloc_refill(i32 0)
-- CHECK: %new = phi ptr
-- CHECK-NEXT: store i32 55, ptr %new
with Report;
procedure O2_Checks is
   type Int_Ptr is access Integer;
   P : Int_Ptr;
   Sum : Integer := 0;
begin
   for I in 1 .. 10 loop
      Sum := Sum + I;
   end loop;
   P := new Integer'(Sum);
   if P.all /= 55 then
      Report.Failed ("wrong sum");
   end if;
end O2_Checks;
