-- RM 10.1.3: body stubs (`is separate`) of every kind, and subunits
-- `separate (Parent) proper_body` as compilation units.
-- RUN: %adac --dump-ast %s | FileCheck %s
package body Parent is
   procedure Proc (X : Integer) is separate;
   function Func return Integer is separate with Inline;
   package body Pkg is separate;
   task body Worker is separate;
   protected body Lock is separate;
   overriding procedure Op (X : T) is separate;
end Parent;
-- CHECK:      BODY_STUB [[@LINE-7]]:4-[[@LINE-7]]:44 op=procedure
-- CHECK-NEXT:   spec:
-- CHECK-NEXT:     SUBPROGRAM_SPEC [[@LINE-9]]:4-[[@LINE-9]]:31 op=procedure
-- CHECK:      BODY_STUB [[@LINE-9]]:4-[[@LINE-9]]:56 op=function
-- CHECK:        aspects:
-- CHECK-NEXT:     ASPECT [[@LINE-11]]:50-[[@LINE-11]]:55 id=inline
-- CHECK-NEXT: BODY_STUB [[@LINE-11]]:4-[[@LINE-11]]:32 op=package
-- CHECK-NEXT:   expr:
-- CHECK-NEXT:     IDENT [[@LINE-13]]:17-[[@LINE-13]]:19 id=pkg
-- CHECK-NEXT: BODY_STUB [[@LINE-13]]:4-[[@LINE-13]]:32 op=task
-- CHECK-NEXT:   expr:
-- CHECK-NEXT:     IDENT [[@LINE-15]]:14-[[@LINE-15]]:19 id=worker
-- CHECK-NEXT: BODY_STUB [[@LINE-15]]:4-[[@LINE-15]]:35 op=protected
-- CHECK-NEXT:   expr:
-- CHECK-NEXT:     IDENT [[@LINE-17]]:19-[[@LINE-17]]:22 id=lock
-- CHECK-NEXT: BODY_STUB [[@LINE-17]]:15-[[@LINE-17]]:47 op=procedure flags=OVERRIDING

separate (Parent)
procedure Proc (X : Integer) is
begin
   null;
end Proc;
-- CHECK:      COMPILATION_UNIT [[@LINE-5]]:1-[[@LINE-1]]:9
-- CHECK-NEXT:   expr:
-- CHECK-NEXT:     SUBUNIT [[@LINE-7]]:1-[[@LINE-3]]:9
-- CHECK-NEXT:       expr:
-- CHECK-NEXT:         SUBPROGRAM_BODY [[@LINE-8]]:1-[[@LINE-5]]:9 end=proc
-- CHECK:            ref:
-- CHECK-NEXT:         IDENT [[@LINE-11]]:11-[[@LINE-11]]:16 id=parent

with Ada.Text_IO;
separate (Parent.Child)
package body Pkg is
end Pkg;
-- CHECK:      COMPILATION_UNIT [[@LINE-3]]:1-[[@LINE-1]]:8
-- CHECK-NEXT:   expr:
-- CHECK-NEXT:     SUBUNIT [[@LINE-5]]:1-[[@LINE-3]]:8
-- CHECK-NEXT:       expr:
-- CHECK-NEXT:         PACKAGE_BODY [[@LINE-6]]:1-[[@LINE-5]]:8 end=pkg
-- CHECK:            ref:
-- CHECK-NEXT:         SELECTED [[@LINE-9]]:18-[[@LINE-9]]:22 id=child
-- CHECK:        list:
-- CHECK-NEXT:     WITH [[@LINE-12]]:1-[[@LINE-12]]:17

separate (Parent)
task body Worker is
begin
   null;
end Worker;
-- CHECK:      SUBUNIT [[@LINE-5]]:1-[[@LINE-1]]:11
-- CHECK-NEXT:   expr:
-- CHECK-NEXT:     TASK_BODY [[@LINE-6]]:1-[[@LINE-3]]:11 id=worker end=worker

separate (Parent)
protected body Lock is
end Lock;
-- CHECK:      SUBUNIT [[@LINE-3]]:1-[[@LINE-1]]:9
-- CHECK-NEXT:   expr:
-- CHECK-NEXT:     PROTECTED_BODY [[@LINE-4]]:1-[[@LINE-3]]:9 id=lock end=lock
