package Elab_Nested is
   function Get return Integer;
   Value : Integer := 0;
end Elab_Nested;
