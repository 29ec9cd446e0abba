--  A main subprogram that calls itself: a frame per call, so that the
--  second Show of the outer call prints its own Depth (see
--  main-uplevel-objects-static.adb).
with Ada.Text_IO;
with Main_Recursive_State; use Main_Recursive_State;
procedure Main_Recursive is
   Depth : Integer := 0;
   procedure Show is
   begin
      Ada.Text_IO.Put_Line ("depth" & Integer'Image (Depth));
   end Show;
begin
   Calls := Calls + 1;
   Depth := Calls;
   Show;
   if Calls < 2 then
      Main_Recursive;
   end if;
   Show;
end Main_Recursive;
