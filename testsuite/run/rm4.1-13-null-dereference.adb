-- RM 4.1(13): dereferencing a null access value raises Constraint_Error
-- (GNAT's message: "access check failed").
-- RUN: %adac %s -o %t && not %t 2>&1 | FileCheck %s
-- CHECK: caught
-- CHECK: raised CONSTRAINT_ERROR : rm4.1-13-null-dereference.adb:[[# @LINE + 12]] access check failed
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm41_13 is
   type Int_Ptr is access Integer;
   P : Int_Ptr;
begin
   begin
      P.all := 1;
   exception
      when Constraint_Error => Put_Line ("caught");
   end;
   if P = null then
      P.all := 2;
   end if;
end Rm41_13;
