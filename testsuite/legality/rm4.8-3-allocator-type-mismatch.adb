-- COVERS: 4.8(3/3)
-- RM 4.8(3/3): the expected type of an allocator is an access type whose
-- designated type covers the allocator's subtype; an allocator needs such a
-- context.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm48_3 is
   type Int_Ptr is access Integer;
   type Bool_Ptr is access Boolean;
   P : Int_Ptr := new Integer'(1);          -- OK
   Q : Int_Ptr := new Boolean'(True);       -- ERROR
   -- CHECK: rm4.8-3-allocator-type-mismatch.adb:[[# @LINE - 1]]:23: error: the allocator's type 'Boolean' is not the designated type 'Integer' of 'Int_Ptr' [RM 4.8(3/3)]
   R : Bool_Ptr := new Integer;             -- ERROR
   -- CHECK: rm4.8-3-allocator-type-mismatch.adb:[[# @LINE - 1]]:24: error: the allocator's subtype 'Integer' is not of the designated type 'Boolean' of 'Bool_Ptr' [RM 4.8(3/3)]
   I : Integer := new Integer'(2);          -- ERROR
   -- CHECK: rm4.8-3-allocator-type-mismatch.adb:[[# @LINE - 1]]:19: error: an allocator is not allowed here: the expected type 'Integer' is not an access type [RM 4.8(3/3)]
begin
   null;
end Rm48_3;
