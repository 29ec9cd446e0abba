-- COVERS: 4.8(9/2), 4.8(10/2), 3.10(13/2)
-- RM 4.8(9/2) and 3.3.1(10): an uninitialized allocator default-initializes
-- the object; an access value designated by it starts out null, and record
-- components get their default expressions.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: inner is null: TRUE
-- CHECK-NEXT: component default 7
-- CHECK-NEXT: link is null: TRUE
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm48_9 is
   type Int_Ptr is access Integer;
   type Ptr_Ptr is access Int_Ptr;
   type Node;
   type Node_Ptr is access Node;
   type Node is record
      Value : Integer := 7;
      Next  : Node_Ptr;
   end record;
   PP : Ptr_Ptr := new Int_Ptr;
   N  : Node_Ptr := new Node;
begin
   Put_Line ("inner is null: " & Boolean'Image (PP.all = null));
   Put_Line ("component default" & Integer'Image (N.Value));
   Put_Line ("link is null: " & Boolean'Image (N.Next = null));
end Rm48_9;
