--  Ada.Exceptions (RM 11.4.1), the part programs use.  The bodies are in
--  adac's runtime (runtime/except.c), under the link names adac gives
--  these subprograms (ada__exceptions__exception_message, ...).  An
--  occurrence is a copy of the runtime's record of the raise: the
--  exception, where it was raised and its message.
with System;
package Ada.Exceptions is

   type Exception_Id is private;
   Null_Id : constant Exception_Id;

   type Exception_Occurrence is limited private;
   type Exception_Occurrence_Access is access all Exception_Occurrence;

   procedure Raise_Exception (E : Exception_Id; Message : String := "");
   function Exception_Message (X : Exception_Occurrence) return String;
   procedure Reraise_Occurrence (X : Exception_Occurrence);
   function Exception_Identity (X : Exception_Occurrence) return Exception_Id;
   function Exception_Name (X : Exception_Occurrence) return String;
   function Exception_Name (Id : Exception_Id) return String;
   function Exception_Information (X : Exception_Occurrence) return String;
   procedure Save_Occurrence (Target : out Exception_Occurrence; Source : Exception_Occurrence);

private
   type Exception_Id is mod 2 ** 64;     --  the address of the exception's identity
   Null_Id : constant Exception_Id := 0;

   --  as the runtime's struct occurrence (runtime/except.c)
   type Exception_Occurrence is limited record
      Id      : Exception_Id := Null_Id;
      File    : System.Address;
      Line    : Integer := 0;
      Msg_Len : Integer := 0;
      Msg     : String (1 .. 200);
   end record;
end Ada.Exceptions;
