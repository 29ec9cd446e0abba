-- 11.2(4), 11.4.1: Ada.Exceptions: a handler's choice parameter (when E :
-- ... =>) is the occurrence handled, with Exception_Name (the expanded
-- name in upper case), Exception_Message (of raise ... with, of
-- Raise_Exception, or the check's "file:line reason"), Exception_Identity
-- compared with E'Identity, Save_Occurrence and Reraise_Occurrence, and a
-- re-raise with raise; reaching an outer handler's parameter.  adac had
-- neither the package nor choice parameters ("not supported yet").
-- GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: EXC_TEST.CUSTOM: N is zero
-- CHECK-NEXT: TRUE
-- CHECK-NEXT: CONSTRAINT_ERROR: rm11.4.1-ada-exceptions-and-choice-parameters.adb:{{[0-9]+}} access check failed
-- CHECK-NEXT: CONSTRAINT_ERROR TRUE
-- CHECK-NEXT: reraised: N is zero
-- CHECK-NEXT: handling inner
-- CHECK-NEXT: outer got PROGRAM_ERROR inner
-- CHECK-NEXT: empty message: [] TRUE
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Exceptions; use Ada.Exceptions;
procedure Exc_Test is
   Custom : exception;
   Saved : Exception_Occurrence;
   type Int_Ptr is access Integer;
   P : Int_Ptr;
   procedure Fail (N : Integer) is
   begin
      if N = 0 then
         Raise_Exception (Custom'Identity, "N is zero");
      end if;
      P.all := N;
   end Fail;
begin
   begin
      Fail (0);
   exception
      when E : Custom =>
         Put_Line (Exception_Name (E) & ": " & Exception_Message (E));
         Put_Line (Boolean'Image (Exception_Identity (E) = Custom'Identity));
         Save_Occurrence (Saved, E);
   end;
   begin
      Fail (1);
   exception
      when E : others =>
         Put_Line (Exception_Name (E) & ": " & Exception_Message (E));
         Put_Line (Exception_Name (Constraint_Error'Identity) & " " & Boolean'Image (Exception_Identity (E) = Constraint_Error'Identity));
   end;
   begin
      Reraise_Occurrence (Saved);
   exception
      when E : Custom => Put_Line ("reraised: " & Exception_Message (E));
   end;
   begin
      begin
         raise Program_Error with "inner";
      exception
         when E : Program_Error =>
            Put_Line ("handling " & Exception_Message (E));
            raise;
      end;
   exception
      when F : others => Put_Line ("outer got " & Exception_Name (F) & " " & Exception_Message (F));
   end;
   declare
      Id : constant Exception_Id := Exception_Identity (Saved);
   begin
      Raise_Exception (Id);
   exception
      when E : Custom => Put_Line ("empty message: [" & Exception_Message (E) & "] " & Boolean'Image (Id /= Null_Id));
   end;
end Exc_Test;
