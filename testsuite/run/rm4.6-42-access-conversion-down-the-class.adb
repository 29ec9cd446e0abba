-- 4.6(24.12/2), 4.6(42): a value of an access type designating T'Class
-- converts to an access type designating a descendant of T (as a subpool
-- pool converts its Subpool_Handle to its own subpool type); the
-- designated object's tag is checked (Constraint_Error when it is not in
-- the descendant's class), null converts to null.  adac refused the
-- conversion ("cannot convert", 4.6(8/2)).  GNAT 12 prints the same.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: circle 2
-- CHECK-NEXT: tag check: Constraint_Error
-- CHECK-NEXT: null: TRUE
-- CHECK-NEXT: class to class 3
with Ada.Text_IO; use Ada.Text_IO;
procedure Access_Down is
   type Shape is tagged record
      Id : Integer := 0;
   end record;
   type Circle is new Shape with record
      R : Integer := 2;
   end record;
   type Ring is new Circle with null record;
   type Square is new Shape with null record;
   type Any_Shape is access all Shape'Class;
   type Circle_Ptr is access all Circle;
   type Any_Circle is access all Circle'Class;
   A : Any_Shape := new Circle'(Id => 1, R => 2);
   C : Circle_Ptr;
   R : Any_Circle;
begin
   C := Circle_Ptr (A);
   Put_Line ("circle" & Integer'Image (C.R));
   A := new Square'(Id => 2);
   begin
      C := Circle_Ptr (A);
      Put_Line ("no check" & Integer'Image (C.R));
   exception
      when Constraint_Error => Put_Line ("tag check: Constraint_Error");
   end;
   A := null;
   C := Circle_Ptr (A);
   Put_Line ("null: " & Boolean'Image (C = null));
   A := new Ring'(Id => 3, R => 5);
   R := Any_Circle (A);
   Put_Line ("class to class" & Integer'Image (R.Id));
end Access_Down;
