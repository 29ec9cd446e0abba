-- Broken input: a procedure declared in a task definition.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
package Q is
   task T is
      procedure P;
   end T;
end Q;
-- CHECK: task-with-procedure.adb:[[@LINE-3]]:7: error: a task definition declares only entries (and aspect clauses and pragmas) [RM 9.1(5/1)]
-- CHECK: status 1
