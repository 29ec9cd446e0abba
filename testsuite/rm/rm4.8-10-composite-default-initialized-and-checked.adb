-- COVERS: 4.8(10/2), 4.8(9/2), 4.8(11)
-- RM 4.8(10/2): an uninitialized allocator of a composite type initializes
-- the object by default (component default expressions, default
-- discriminants), then checks that it belongs to the designated subtype:
-- with the designated subtype R (5) and the default discriminant 3, that is
-- Constraint_Error.  RM 4.8(9/2): an elementary designated type gets its
-- implicit initial value (null for an access component's type).
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: defaults: D = 3, Count = 10, Next null: TRUE
-- CHECK-NEXT: inner access object null: TRUE
-- CHECK-NEXT: constrained designated subtype: Constraint_Error
-- CHECK-NEXT: matching constraint: D = 5
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm48_10 is
   type Node;
   type Node_Ptr is access Node;
   type Node is record
      Next : Node_Ptr;
   end record;
   type R (D : Integer := 3) is record
      Count : Integer := 10;
      Next  : Node_Ptr;
   end record;
   type R_Ptr is access R;
   type R5_Ptr is access R (5);
   type Ptr_Ptr is access Node_Ptr;
   P : R_Ptr := new R;
   Q : R5_Ptr;
   PP : Ptr_Ptr := new Node_Ptr;
begin
   Put_Line ("defaults: D =" & Integer'Image (P.D) & ", Count =" & Integer'Image (P.Count)
             & ", Next null: " & Boolean'Image (P.Next = null));
   Put_Line ("inner access object null: " & Boolean'Image (PP.all = null));
   begin
      Q := new R;
      Put_Line ("constrained designated subtype: no exception");
   exception
      when Constraint_Error => Put_Line ("constrained designated subtype: Constraint_Error");
   end;
   Q := new R (5);
   Put_Line ("matching constraint: D =" & Integer'Image (Q.D));
end Rm48_10;
