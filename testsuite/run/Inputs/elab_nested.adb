with Ada.Text_IO; use Ada.Text_IO;
package body Elab_Nested is
   function Late return Integer;
   function Get return Integer is
   begin
      return Late + 1;                 -- checked: Late's body comes later
   end Get;
   function Early return Integer is
   begin
      return Get;                      -- not checked: after Get's body
   end Early;
   function Safe return Integer is
   begin
      return Early;
   exception
      when Program_Error =>
         Put_Line ("Program_Error from the call in Get");
         return -1;
   end Safe;
   X : Integer := Safe;                -- Late's body is not elaborated yet
   function Late return Integer is
   begin
      return 41;
   end Late;
   function After return Integer is
   begin
      return Late;                     -- not checked: after Late's body
   end After;
begin
   Put_Line ("X =" & Integer'Image (X));
   Value := Early + After;
end Elab_Nested;
