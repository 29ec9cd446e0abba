package body Elab_Order is
   function Early return Integer is
   begin
      Count := Count + 1;
      return 2;
   end Early;
   Y : Integer := Early;              -- fine: Early's body is elaborated
   X : Integer := Late;               -- Program_Error: Late's body is not yet
   function Late return Integer is
   begin
      return 1;
   end Late;
end Elab_Order;
