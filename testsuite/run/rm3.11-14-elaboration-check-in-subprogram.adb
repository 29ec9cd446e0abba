-- 3.11(14): the check that a called subprogram's body is elaborated is made
-- for calls from subprograms too, not only from elaboration code.  In
-- Elab_Nested's body, Safe is called while the package elaborates; it calls
-- Early, which calls Get, which calls Late before Late's body is elaborated:
-- Program_Error, handled in Safe.  Once the body has elaborated, the same
-- calls succeed.  No check is emitted where the body is known to be
-- elaborated: a call placed after the callee's body in the same unit (Early
-- calling Get, After calling Late), or a call of a subprogram of a unit
-- elaborated earlier (the main's call of Get).
-- GNAT 12 prints the same (and warns at compile time that Program_Error
-- may be raised).
-- RUN: %adac -I %S/Inputs %s -o %t && %t | FileCheck %s
-- RUN: %adac -I %S/Inputs -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
-- CHECK: Program_Error from the call in Get
-- CHECK-NEXT: X =-1
-- CHECK-NEXT: main: 83
-- IR-LABEL: define {{.*}} @elab_nested__get(
-- IR: load i8, ptr @elab_nested__late.elaborated
-- IR: ret
-- IR-LABEL: define {{.*}} @elab_nested__early(
-- IR-NOT: .elaborated
-- IR: ret
-- IR-LABEL: define {{.*}} @elab_nested__after(
-- IR-NOT: .elaborated
-- IR: ret
-- IR-LABEL: define {{.*}} @_ada_elaboration_check_in_subprogram(
-- IR-NOT: .elaborated
-- IR: ret
with Ada.Text_IO;
with Elab_Nested;
procedure Elaboration_Check_In_Subprogram is
begin
   Ada.Text_IO.Put_Line ("main:" & Integer'Image (Elab_Nested.Value + Elab_Nested.Get - 42));
end Elaboration_Check_In_Subprogram;
