-- COVERS: 3.10.2(12.5/3)
-- RM 3.10.2(12.5/3): an access discriminant of an object not created by an
-- allocator (nor by a return statement) has the accessibility level of the
-- enclosing object, whatever it designates: converting H2.D, P2.H.D or F.D
-- (a formal parameter's) to Outer_Ref, declared outside Inner, would let
-- the access value outlive H2, P2 or F, so the conversion is illegal
-- (4.6(24.17/3)), although D designates Outer.  H1.D is as old as
-- Outer_Ref; HP.D belongs to an allocated object (3.10.2(12.1/2): the
-- level of Outer).  GNAT 12 reports the same three errors.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm3102_125 is
   type Holder (D : access Integer) is limited null record;
   type Pair is limited record
      H : Holder (null);
   end record;
   type Holder_Ptr is access Holder;
   type Outer_Ref is access all Integer;
   Outer : aliased Integer := 1;
   H1 : Holder (Outer'Access);
   R : Outer_Ref := Outer_Ref (H1.D);                -- OK
   HP : Holder_Ptr := new Holder (Outer'Access);
   procedure Inner (F : Holder) is
      H2 : Holder (Outer'Access);
      P2 : Pair;
      type Inner_Ref is access all Integer;
      I : Inner_Ref := Inner_Ref (H2.D);             -- OK
   begin
      R := Outer_Ref (H1.D);                         -- OK
      R := Outer_Ref (HP.D);                         -- OK
      R := Outer_Ref (H2.D);                         -- ERROR
      -- CHECK: rm3.10.2-12.5-access-discriminant-level-of-its-object.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 4.6(24.17/3)]
      R := Outer_Ref (P2.H.D);                       -- ERROR
      -- CHECK: rm3.10.2-12.5-access-discriminant-level-of-its-object.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 4.6(24.17/3)]
      R := Outer_Ref (F.D);                          -- ERROR
      -- CHECK: rm3.10.2-12.5-access-discriminant-level-of-its-object.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 4.6(24.17/3)]
   end Inner;
begin
   Inner (H1);
end Rm3102_125;
