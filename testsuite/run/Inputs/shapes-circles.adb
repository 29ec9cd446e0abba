package body Shapes.Circles is
   function Make (R : Float) return Shape_Ref is
   begin
      Next_Id := Next_Id + 1;
      return new Circle'(Id => Next_Id, R => R);
   end Make;
   function Area (C : Circle) return Float is (3.0 * C.R * C.R);
end Shapes.Circles;
