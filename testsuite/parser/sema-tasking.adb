-- RM 9: tasking is parsed, and sema answers each tasking construct (task
-- and protected declarations, bodies and stubs; accept, select, delay,
-- abort, requeue) with one error at the construct, never a syntax error or
-- a crash.  The refused task and protected units are declared all the
-- same, so that their uses (objects, allocators, entry calls) give no
-- further error.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Tasks is
   task type Worker is
      entry Start;
   end Worker;
-- CHECK: sema-tasking.adb:[[@LINE-3]]:4: error: tasking is not supported by adac [RM 9]
   task body Worker is
   begin
      accept Start;
   end Worker;
-- CHECK: sema-tasking.adb:[[@LINE-4]]:4: error: tasking is not supported by adac [RM 9]
   protected Lock is
      entry Seize;
   private
      Held : Boolean := False;
   end Lock;
-- CHECK: sema-tasking.adb:[[@LINE-5]]:4: error: tasking is not supported by adac [RM 9]
   protected body Lock is separate;
-- CHECK: sema-tasking.adb:[[@LINE-1]]:4: error: tasking is not supported by adac [RM 9]
   X : Integer := 0;
   W : Worker;
   type Worker_Ptr is access Worker;
   P : Worker_Ptr := new Worker;
begin
   W.Start;
   P.Start;
   Lock.Seize;
   delay 1.0;
-- CHECK: sema-tasking.adb:[[@LINE-1]]:4: error: tasking is not supported by adac [RM 9]
   select
      delay 1.0;
   then abort
      null;
   end select;
-- CHECK: sema-tasking.adb:[[@LINE-5]]:4: error: tasking is not supported by adac [RM 9]
   abort Lock;
-- CHECK: sema-tasking.adb:[[@LINE-1]]:4: error: tasking is not supported by adac [RM 9]
end Tasks;
