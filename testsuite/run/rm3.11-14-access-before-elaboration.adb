-- 3.11(14): calling a subprogram whose body is not elaborated yet raises
-- Program_Error.  Elab_Order's body calls Early after Early's body (fine)
-- and Late before Late's body: the program stops there with GNAT's
-- message, before the main runs.  Calls from elaboration code are checked
-- with a flag set where the body is elaborated; a package body given on
-- the command line without its declaration finds it (RUN 2).  GNAT 12
-- prints the same (and warns at compile time).
-- RUN: %adac -I %S/Inputs %s -o %t && not %t > %t.out 2>&1; FileCheck %s < %t.out
-- RUN: %adac %S/Inputs/elab_order.adb %s -o %t2 && not %t2 > %t2.out 2>&1; FileCheck %s < %t2.out
-- CHECK-NOT: main ran
-- CHECK: raised PROGRAM_ERROR : elab_order.adb:8 access before elaboration
with Ada.Text_IO;
with Elab_Order;
procedure Access_Before_Elaboration is
begin
   Ada.Text_IO.Put_Line ("main ran" & Integer'Image (Elab_Order.Count));
end Access_Before_Elaboration;
