package body Shapes is
   function Name (S : Shape'Class) return String is ("shape" & S.Id'Image);
end Shapes;
