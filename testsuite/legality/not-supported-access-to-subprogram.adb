-- Access-to-subprogram types are outside adac's subset: a clear error
-- for each, never a crash (anonymous ones crashed sema before).
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Asub is
   X : access function return Integer;
   -- CHECK: not-supported-access-to-subprogram.adb:[[# @LINE - 1]]:8: error: access-to-subprogram types are not supported yet
   type F is access function return Integer;
   -- CHECK: not-supported-access-to-subprogram.adb:[[# @LINE - 1]]:14: error: this kind of type definition is not supported yet
   procedure P (G : access procedure (N : Integer)) is null;
   -- CHECK: not-supported-access-to-subprogram.adb:[[# @LINE - 1]]:21: error: access-to-subprogram types are not supported yet
begin
   null;
end Asub;
