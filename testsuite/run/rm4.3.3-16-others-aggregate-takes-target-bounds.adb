-- 4.3.3(16): in an assignment to an array variable, an aggregate with
-- others takes the variable's bounds, also when its nominal subtype is
-- unconstrained (a formal String, the object an access-to-String value
-- designates, a formal of a two-dimensional unconstrained type): adac
-- refused these with 4.3.3(10/3).  A named aggregate keeps its own
-- bounds and is length-checked.  GNAT 12 prints the same lines.
-- Each sub-aggregate with others takes the variable's bounds of its
-- dimension too: Fill's inner (others => 5) once took Positive's bounds and
-- built a temporary of 2 * (2**31 - 1) components (16 GB, not visible in
-- the output): the IR run shows no bound of Positive is used in Fill.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- RUN: %adac -S -emit-llvm %s -o - | FileCheck %s --check-prefix=IR
-- IR-LABEL: define internal void @_ada_others_target_bounds__fill(
-- IR-NOT: 2147483647
-- IR: ret void
-- CHECK: -----
-- CHECK-NEXT: yy
-- CHECK-NEXT: 5 5 5
-- CHECK-NEXT: named, wrong length: Constraint_Error
with Ada.Text_IO; use Ada.Text_IO;
procedure Others_Target_Bounds is
   type Matrix is array (Positive range <>, Positive range <>) of Integer;
   type U_Ptr is access String;
   procedure Blank (S : in out String) is
   begin
      S := (others => '-');
   end Blank;
   procedure Fill (M : in out Matrix) is
   begin
      M := (others => (others => 5));
   end Fill;
   procedure Named (S : in out String) is
   begin
      S := (1 .. 3 => 'a');
   end Named;
   X : String := "hello";
   U : U_Ptr := new String (1 .. 2);
   M : Matrix (1 .. 2, 3 .. 5) := (others => (others => 1));
begin
   Blank (X);
   Put_Line (X);
   U.all := (others => 'y');
   Put_Line (U.all);
   Fill (M);
   Put_Line (Integer'Image (M (1, 3)) & Integer'Image (M (2, 5)) & Integer'Image (M (2, 4)));
   begin
      Named (X);
      Put_Line ("named, wrong length: no check " & X);
   exception
      when Constraint_Error => Put_Line ("named, wrong length: Constraint_Error");
   end;
end Others_Target_Bounds;
