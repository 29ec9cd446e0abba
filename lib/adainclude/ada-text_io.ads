--  Ada.Text_IO (RM A.10.1), the part of it programs use for output to the
--  standard output.
--  The bodies are in adac's runtime (runtime/textio.c), under the link
--  names adac gives these subprograms: ada__text_io__put (String),
--  ada__text_io__put__2 (Character), ada__text_io__put_line,
--  ada__text_io__new_line.
package Ada.Text_IO is

   type Count is range 0 .. 2 ** 31 - 1;
   subtype Positive_Count is Count range 1 .. Count'Last;
   subtype Field is Integer range 0 .. 255;
   subtype Number_Base is Integer range 2 .. 16;

   procedure Put (Item : String);
   procedure Put (Item : Character);
   procedure Put_Line (Item : String);
   procedure New_Line (Spacing : Positive_Count := 1);

end Ada.Text_IO;
