--  Ada.Text_IO (RM A.10.1), the part of it programs use for output to the
--  standard output.
--  The bodies are in adac's runtime (runtime/textio.c), under the link
--  names adac gives these subprograms: ada__text_io__put (String),
--  ada__text_io__put__2 (Character), ada__text_io__put_line,
--  ada__text_io__new_line.
package Ada.Text_IO is

   procedure Put (Item : String);
   procedure Put (Item : Character);
   procedure Put_Line (Item : String);
   procedure New_Line;

end Ada.Text_IO;
