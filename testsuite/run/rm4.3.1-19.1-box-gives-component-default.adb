-- 4.3.1(19.1/2): in a record aggregate, Component => <> and others => <>
-- give a component its default expression (A : Integer := 7), also in an
-- allocator's qualified aggregate.  adac said 'A' is not declared when a
-- named association had <>, and others => <> left the component
-- uninitialized (garbage).  GNAT 12 prints the same line.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}} 7 7 3 7{{$}}
with Ada.Text_IO; use Ada.Text_IO;
procedure Box_Defaults is
   type R is record
      A : Integer := 7;
      B : Integer;
   end record;
   type RP is access R;
   X : R := (A => <>, B => 2);
   P : RP := new R'(A => <>, B => 3);
   Q : RP := new R'(B => 4, others => <>);
begin
   Put_Line (X.A'Image & P.A'Image & P.B'Image & Q.A'Image);
end Box_Defaults;
