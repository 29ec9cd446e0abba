-- COVERS: 6.5(5.9/3)
-- RM 6.5(5.9/3): the return object of a function with a class-wide result
-- must not be of a specific type declared deeper than the function's body
-- (its tag would outlive the type); a type at the function's level or a
-- class-wide return object is fine (the latter is checked at run time,
-- 6.5(8/4)).  GNAT 12 reports the same line.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
-- CHECK: rm6.5-5.9-return-object-type-deeper.adb:[[# @LINE + 8]]:18: error: the return object's type 'Inner' is declared at level 2, deeper than the function 'Deeper' (level 1): its class-wide result would outlive the type [RM 6.5(5.9/3)]
-- CHECK: rm6.5-5.9-return-object-type-deeper.adb:[[# @LINE + 5]]:7: note: 'Inner' is declared here
procedure Return_Object_Deeper is
   type Root is tagged null record;
   type Outer is new Root with null record;
   function Deeper return Root'Class is
      type Inner is new Root with null record;
   begin
      return R : Inner;             -- ERROR: Inner is deeper than the function
   end Deeper;
   function Same_Level return Root'Class is
   begin
      return R : Outer;             -- OK
   end Same_Level;
   function Class_Wide (X : Root'Class) return Root'Class is
   begin
      return R : Root'Class := X;   -- OK: checked at run time
   end Class_Wide;
begin
   null;
end Return_Object_Deeper;
