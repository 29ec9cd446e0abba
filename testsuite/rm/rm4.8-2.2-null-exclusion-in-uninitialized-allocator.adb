-- COVERS: 4.8(2.2/3)
-- RM 4.8(2.2/3): the subtype_indication of an uninitialized allocator shall
-- not specify a null_exclusion (the object's default value, null, could
-- never satisfy it).  An initialized allocator of the same access type, and
-- an uninitialized one without the null_exclusion, are legal.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm48_2_2 is
   type Int_Ptr is access Integer;
   type Ptr_Ptr is access Int_Ptr;
   A : Ptr_Ptr := new Int_Ptr;                    -- OK
   B : Ptr_Ptr := new Int_Ptr'(null);             -- OK
   C : Ptr_Ptr := new not null Int_Ptr;           -- ERROR
   -- CHECK: rm4.8-2.2-null-exclusion-in-uninitialized-allocator.adb:[[# @LINE - 1]]:32: error: the subtype indication of an uninitialized allocator cannot have a null exclusion [RM 4.8(2.2/3)]
begin
   null;
end Rm48_2_2;
