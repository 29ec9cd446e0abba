package Elab_Order is
   function Early return Integer;
   function Late return Integer;
   Count : Integer := 0;
end Elab_Order;
