--  Ada.Command_Line (RM A.15), the part programs use.  The bodies are in
--  adac's runtime (runtime/cmdline.c), under the link names adac gives
--  these subprograms (ada__command_line__argument_count, ...).
package Ada.Command_Line is

   function Argument_Count return Natural;
   function Argument (Number : Positive) return String;
   function Command_Name return String;

   type Exit_Status is new Integer;
   Success : constant Exit_Status := 0;
   Failure : constant Exit_Status := 1;

   procedure Set_Exit_Status (Code : Exit_Status);

end Ada.Command_Line;
