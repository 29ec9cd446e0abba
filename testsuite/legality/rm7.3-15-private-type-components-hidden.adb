-- 7.3(15)-(16): where only the partial view of a private type is visible
-- (outside its package), its components are not: selecting one is an
-- error, through an access value too, while a discriminant of the partial
-- view, a prefixed call of a primitive, and anything inside the package
-- are fine.  adac let the components through.  GNAT 12 reports the same
-- lines ("invalid prefix", "no selector").
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
-- CHECK: rm7.3-15-private-type-components-hidden.adb:[[# @LINE + 31]]:11: error: 'V' is of the private type 'T': its component 'X' is not visible here [RM 7.3(15)]
-- CHECK: rm7.3-15-private-type-components-hidden.adb:[[# @LINE + 9]]:7: note: 'T' is declared private here
-- CHECK: rm7.3-15-private-type-components-hidden.adb:[[# @LINE + 30]]:11: error: 'W' is of the private type 'R': its component 'Y' is not visible here [RM 7.3(15)]
-- CHECK: rm7.3-15-private-type-components-hidden.adb:[[# @LINE + 8]]:7: note: 'R' is declared private here
-- CHECK: rm7.3-15-private-type-components-hidden.adb:[[# @LINE + 29]]:11: error: 'A.all' is of the private type 'T': its component 'X' is not visible here [RM 7.3(15)]
-- CHECK: rm7.3-15-private-type-components-hidden.adb:[[# @LINE + 5]]:7: note: 'T' is declared private here
-- CHECK: rm7.3-15-private-type-components-hidden.adb:[[# @LINE + 29]]:11: error: 'E' is of the private type 'D': its component 'Z' is not visible here [RM 7.3(15)]
-- CHECK: rm7.3-15-private-type-components-hidden.adb:[[# @LINE + 5]]:7: note: 'D' is declared private here
procedure Private_Components is
   package P is
      type T is private;
      type R is tagged private;
      type D (N : Integer) is private;
      type T_Ptr is access T;
      function Make return T;
      function Get (X : R) return Integer;
   private
      type T is record X : Integer := 1; end record;
      type R is tagged record Y : Integer := 2; end record;
      type D (N : Integer) is record Z : Integer := 3; end record;
   end P;
   package body P is
      function Make return T is (X => 5);
      function Get (X : R) return Integer is (X.Y);
   end P;
   V : P.T := P.Make;
   W : P.R;
   E : P.D (4);
   A : P.T_Ptr := new P.T;
   I : Integer;
begin
   I := V.X;                 -- ERROR: T is private here
   I := W.Y;                 -- ERROR
   I := A.X;                 -- ERROR: through the access value too
   I := E.N;                 -- OK: a discriminant of the partial view
   I := E.Z;                 -- ERROR
   I := W.Get;               -- OK: a primitive, prefixed
end Private_Components;
