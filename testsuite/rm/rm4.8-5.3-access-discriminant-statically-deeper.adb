-- COVERS: 4.8(5.3/3), 3.10.2(12.1/2)
-- RM 4.8(5.3/3) with 3.10.2(12.1/2): the access discriminant given by a
-- discriminant_association has the level of the object it designates; a
-- local aliased variable is statically deeper than the library-level-like
-- access type Holder_Ptr, so the allocator is illegal.  An outer variable
-- is fine.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm48_5_3 is
   type Holder (D : access Integer) is limited null record;
   type Holder_Ptr is access Holder;
   Outer : aliased Integer := 1;
   H : Holder_Ptr := new Holder (Outer'Access);   -- OK
   procedure Inner is
      Local : aliased Integer := 2;
   begin
      H := new Holder (Local'Access);             -- ERROR
      -- CHECK: rm4.8-5.3-access-discriminant-statically-deeper.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 4.8(5.3/3)]
   end Inner;
begin
   Inner;
end Rm48_5_3;
