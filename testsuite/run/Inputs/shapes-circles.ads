package Shapes.Circles is
   type Circle is new Shape with private;
   function Make (R : Float) return Shape_Ref;
   overriding function Area (C : Circle) return Float;
private
   type Circle is new Shape with record
      R : Float;
   end record;
end Shapes.Circles;
