package Shapes is
   type Shape is abstract tagged private;
   function Area (S : Shape) return Float is abstract;
   function Name (S : Shape'Class) return String;
   type Shape_Ref is access all Shape'Class;
private
   type Shape is abstract tagged record
      Id : Natural := 0;
   end record;
   Next_Id : Natural := 0;
end Shapes;
