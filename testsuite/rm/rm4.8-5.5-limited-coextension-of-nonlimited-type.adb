-- COVERS: 4.8(5.5/3)
-- RM 4.8(5.5/3): an allocator of a limited designated type shall not define
-- the value of an access discriminant unless the discriminated type is
-- immutably limited: Plain (new L) is illegal, Immutable (new L) is legal.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm48_5_5 is
   type L is limited null record;
   type Plain (D : access L) is null record;
   type Immutable (D : access L) is limited null record;
   A : Immutable (new L);                         -- OK
   B : Plain (new L);                             -- ERROR
   -- CHECK: rm4.8-5.5-limited-coextension-of-nonlimited-type.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 4.8(5.5/3)]
begin
   null;
end Rm48_5_5;
