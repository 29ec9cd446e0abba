-- At -O2 the optimiser folds away the checks that cannot fail: a loop over
-- 1 .. 10 accumulating into an Integer keeps no overflow branch, and the
-- IR still calls the runtime for the allocation.
-- RUN: %adac -O2 -S -emit-llvm %s -o - | FileCheck %s
-- CHECK-LABEL: define void @_ada_o2_checks()
-- CHECK-NOT: __adac_rcheck_CE_Overflow_Check
-- CHECK: call {{.*}}ptr @__adac_alloc(i64 4, i64 4)
-- CHECK: store i32 55
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
