-- Access-to-subprogram types are outside adac's subset: one clear error at
-- each such type (named, anonymous object, anonymous parameter) and at each
-- 'Access of a subprogram, and none for the uses of objects of those types
-- (calls through them, .all, comparisons with null, null actuals).
-- GNAT 12 accepts this program.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Asub is
   X : access function return Integer;
   -- CHECK: not-supported-access-to-subprogram.adb:[[# @LINE - 1]]:8: error: access-to-subprogram types are not supported by adac [RM 3.10]
   type F is access function return Integer;
   -- CHECK: not-supported-access-to-subprogram.adb:[[# @LINE - 1]]:14: error: access-to-subprogram types are not supported by adac [RM 3.10]
   procedure P (G : access procedure (N : Integer)) is
   -- CHECK: not-supported-access-to-subprogram.adb:[[# @LINE - 1]]:21: error: access-to-subprogram types are not supported by adac [RM 3.10]
   begin
      G (1);
      G.all (2);
   end P;
   procedure Show (N : Integer) is null;
   function Seven return Integer is (7);
   Y : F := Seven'Access;
   -- CHECK: not-supported-access-to-subprogram.adb:[[# @LINE - 1]]:19: error: 'Access of a subprogram needs an access-to-subprogram type, which adac does not support [RM 3.10.2(29)]
   I : Integer := Y.all;
begin
   P (Show'Access);
   -- CHECK: not-supported-access-to-subprogram.adb:[[# @LINE - 1]]:12: error: 'Access of a subprogram needs an access-to-subprogram type, which adac does not support [RM 3.10.2(29)]
   P (null);
   if X /= null and then Y = null then
      I := X.all + Y.all;
   end if;
end Asub;
