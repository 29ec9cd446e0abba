-- COVERS: 3.10.2(12.4/3)
-- RM 3.10.2(12.4/3): when the access discriminant of an allocated object is
-- given by an object of unconstrained nominal subtype (new NH'(Obj)), its
-- level is that of Obj, whatever the discriminant designates; by
-- 4.8(5.3/3) it must not be statically deeper than the allocator's type.
-- Local_Obj is deeper than NH_Ptr, although its D designates Outer: the
-- allocator is illegal; copying Outer_Obj is fine.  GNAT 12 reports the
-- same error.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm3102_124 is
   type NH (D : access Integer) is record
      V : Integer := 0;
   end record;
   type NH_Ptr is access NH;
   Outer : aliased Integer := 1;
   Outer_Obj : NH := (D => Outer'Access, V => 1);
   HP : NH_Ptr;
   procedure Inner (F : NH) is
      Local_Obj : NH := (D => Outer'Access, V => 2);
   begin
      HP := new NH'(Outer_Obj);                      -- OK
      HP := new NH'(Local_Obj);                      -- ERROR
      -- CHECK: rm3.10.2-12.4-access-discriminant-of-allocator-copying-an-object.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 4.8(5.3/3)]
   end Inner;
begin
   Inner (Outer_Obj);
end Rm3102_124;
