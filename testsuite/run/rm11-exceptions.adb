-- RM 11.2-11.4: handlers choose by exception, `others` catches the rest,
-- `raise;` re-raises, exceptions propagate out of subprograms, and an
-- unhandled user exception prints its full name and the raise's line.
-- RUN: %adac %s -o %t && not %t > %t.out 2> %t.err
-- RUN: FileCheck %s < %t.out
-- RUN: FileCheck --check-prefix=ERR %s < %t.err
-- CHECK: handled E
-- CHECK-NEXT: others caught Program_Error
-- CHECK-NEXT: re-raised E
-- CHECK-NEXT: propagated from Thrower
-- ERR: raised RM11_EXCEPTIONS.E : rm11-exceptions.adb:[[# @LINE + 34]]
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm11_Exceptions is
   E : exception;
   procedure Thrower is
   begin
      raise E;
   end Thrower;
begin
   begin
      raise E;
   exception
      when E => Put_Line ("handled E");
   end;
   begin
      raise Program_Error;
   exception
      when Constraint_Error => Put_Line ("wrong handler");
      when others => Put_Line ("others caught Program_Error");
   end;
   begin
      begin
         raise E;
      exception
         when E => raise;
      end;
   exception
      when E => Put_Line ("re-raised E");
   end;
   begin
      Thrower;
   exception
      when E => Put_Line ("propagated from Thrower");
   end;
   raise E;
end Rm11_Exceptions;
