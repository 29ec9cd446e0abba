-- 4.6(42/3): converting a class-wide object to a specific tagged type
-- checks its tag, for a view conversion too: renamed, with a component
-- selected from it, or passed as an in out actual.  Only the value
-- conversion was checked (the others ran on with the wrong type's
-- layout).  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: renamed: Constraint_Error
-- CHECK-NEXT: component: Constraint_Error
-- CHECK-NEXT: in out actual: Constraint_Error
-- CHECK-NEXT: value: Constraint_Error
-- CHECK-NEXT: right type: 1 2 3
with Ada.Text_IO; use Ada.Text_IO;
procedure View_Conversion_Tag is
   type Root is tagged record X : Integer := 1; end record;
   type A is new Root with record Y : Integer := 2; end record;
   type B is new Root with null record;
   type Root_Ptr is access all Root'Class;
   P : Root_Ptr := new B;
   Q : Root_Ptr := new A;
   procedure Bump (V : in out A) is
   begin
      V.Y := V.Y + 1;
   end Bump;
   procedure Show (What : String) is
   begin
      Put_Line (What & ": Constraint_Error");
   end Show;
begin
   begin
      declare
         R : A renames A (P.all);
      begin
         Put_Line ("renamed: no check" & Integer'Image (R.Y));
      end;
   exception
      when Constraint_Error => Show ("renamed");
   end;
   begin
      Put_Line ("component: no check" & Integer'Image (A (P.all).Y));
   exception
      when Constraint_Error => Show ("component");
   end;
   begin
      Bump (A (P.all));
      Put_Line ("in out actual: no check");
   exception
      when Constraint_Error => Show ("in out actual");
   end;
   declare
      V : A := (X => 0, Y => 0);
   begin
      V := A (P.all);
      Put_Line ("value: no check" & Integer'Image (V.Y));
   exception
      when Constraint_Error => Show ("value");
   end;
   declare
      R : A renames A (Q.all);
   begin
      Bump (A (Q.all));
      Put_Line ("right type:" & Integer'Image (R.X) & Integer'Image (A (Q.all).Y - 1) & Integer'Image (R.Y));
   end;
end View_Conversion_Tag;
