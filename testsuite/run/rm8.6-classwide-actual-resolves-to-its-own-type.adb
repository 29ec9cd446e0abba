-- 8.6(23-25), 3.9.2(9/1): an actual of a class-wide type T'Class fits a
-- formal of the specific type T (a controlling operand: the call
-- dispatches) or of a class-wide type covering T'Class; it does not fit a
-- formal of an ancestor's specific type.  So with Root's Op and Kid's
-- overriding Op both visible, Op (Kid'Class (C), 1) calls Kid's, with no
-- ambiguity (adac reported one: helper 12 met it with a subpool pool's
-- Allocate_From_Subpool), while an actual of Root'Class dispatches through
-- Root's.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Kid.Op 1
-- CHECK-NEXT: Kid.Op 2
-- CHECK-NEXT: Root.Op 3
-- CHECK-NEXT: Kid.Op 4
with Ada.Text_IO; use Ada.Text_IO;
procedure Classwide_Actual is
   package Roots is
      type Root is tagged null record;
      procedure Op (X : Root; N : Integer);
   end Roots;
   package body Roots is
      procedure Op (X : Root; N : Integer) is begin Put_Line ("Root.Op" & Integer'Image (N)); end Op;
   end Roots;
   package Kids is
      type Kid is new Roots.Root with null record;
      overriding procedure Op (X : Kid; N : Integer);
   end Kids;
   package body Kids is
      procedure Op (X : Kid; N : Integer) is begin Put_Line ("Kid.Op" & Integer'Image (N)); end Op;
   end Kids;
   use Roots, Kids;
   K : Kid;
   C : Kid'Class := K;
   R : Root'Class := K;
begin
   Op (Kid'Class (C), 1);
   Op (R, 2);                   -- Roots.Op dispatching: Kid.Op
   Op (Root (K), 3);            -- static: Root.Op
   Op (C, 4);                   -- C : Kid'Class
end Classwide_Actual;
