-- 4.3.1(14): the type of a record aggregate that is a record extension
-- must descend from a record type through record extensions only: with a
-- private ancestor (Ada.Finalization.Controlled, Limited_Controlled) the
-- aggregate is an extension aggregate.  3.10(9/3): an object of a tagged
-- type is aliased only when declared so (formal parameters of tagged types
-- are), so Y'Access needs `aliased`.  adac accepted the three aggregates
-- and Y'Access.  GNAT 12 reports the same four lines.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
with Ada.Finalization; use Ada.Finalization;
procedure Private_Ancestor is
   type T is new Limited_Controlled with record
      X : Integer;
   end record;
   type U is new Controlled with record
      Y : Integer;
   end record;
   type V is new U with record
      Z : Integer;
   end record;
   A : T := (X => 1);                                   -- ERROR
   -- CHECK: rm4.3.1-14-aggregate-with-private-ancestor.adb:[[# @LINE - 1]]:13: error: the ancestor 'Limited_Controlled' of 'T' is a private type here, so a record aggregate cannot give its components: write an extension aggregate, (Limited_Controlled with ...) [RM 4.3.1(14)]
   B : T := (Limited_Controlled with X => 1);           -- OK
   C : U := (Y => 2);                                   -- ERROR
   -- CHECK: rm4.3.1-14-aggregate-with-private-ancestor.adb:[[# @LINE - 1]]:13: error: the ancestor 'Controlled' of 'U' is a private type here
   D : V := (Controlled with Y => 2, Z => 3);           -- OK
   E : V := (U'(Controlled with Y => 2) with Z => 3);   -- OK
   F : V := (Y => 2, Z => 3);                           -- ERROR
   -- CHECK: rm4.3.1-14-aggregate-with-private-ancestor.adb:[[# @LINE - 1]]:13: error: the ancestor 'Controlled' of 'V' is a private type here
   X : aliased U := (Controlled with Y => 1);
   Y : U := (Controlled with Y => 1);
   type U_Ptr is access all U;
   P : U_Ptr := X'Access;                               -- OK
   Q : U_Ptr := Y'Access;                               -- ERROR
   -- CHECK: rm4.3.1-14-aggregate-with-private-ancestor.adb:[[# @LINE - 1]]:17: error: 'Access needs an aliased object: declare Y aliased [RM 3.10.2(24/4)]
   procedure Take (Param : in out U) is
      R : U_Ptr := Param'Unchecked_Access;               -- OK: a tagged formal
   begin
      null;
   end Take;
begin
   null;
end Private_Ancestor;
