--  Report: the reporting package of the ACATS conformance tests (its
--  specification is the one in ACATS's support/report.a).  adac implements
--  the body in its runtime (runtime/report.c), printing exactly what the
--  ACATS body prints.
package Report is

   subtype File_Num is Integer range 1 .. 5;

   procedure Test (Name : String; Descr : String);
   procedure Failed (Descr : String);
   procedure Not_Applicable (Descr : String);
   procedure Special_Action (Descr : String);
   procedure Comment (Descr : String);
   procedure Result;

   function Ident_Int (X : Integer) return Integer;
   function Ident_Char (X : Character) return Character;
   function Ident_Bool (X : Boolean) return Boolean;
   function Equal (X, Y : Integer) return Boolean;
   function Ident_Str (X : String) return String;
   function Legal_File_Name (X : File_Num := 1; Nam : String := "") return String;
   function Time_Stamp return String;

   Generate_Event_Trace_File : constant Boolean := False;

end Report;
