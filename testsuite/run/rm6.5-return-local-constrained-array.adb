-- A function with an unconstrained array result may return a local object
-- of a constrained subtype, dynamic bounds included (6.5(5.x)): the result
-- carries the object's bounds.  (The compiler crashed on this.)  A
-- conditional expression whose branches are all universal takes its type
-- from the context (4.5.7).
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: xxx 4 4 1
with Ada.Text_IO; use Ada.Text_IO;
procedure Rs is
   function Rep (C : Character; N : Natural) return String is
      R : String (1 .. N);
   begin
      for I in R'Range loop
         R (I) := C;
      end loop;
      return R;
   end Rep;
   type Vec is array (Positive range <>) of Integer;
   function Iota (N : Natural) return Vec is
      V : Vec (1 .. N);
   begin
      for I in V'Range loop
         V (I) := I;
      end loop;
      return V;
   end Iota;
begin
   Put_Line (Rep ('x', 3) & Integer'Image (Iota (4)'Length) & Integer'Image (Iota (4) (4)) & Integer'Image (Iota (4)'Length - (if Rep ('y', 1) = "y" then 3 else 0)));
end Rs;
