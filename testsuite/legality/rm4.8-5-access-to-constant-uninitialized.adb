-- COVERS: 4.8(5/2)
-- RM 4.8(5/2): an allocator of an access-to-constant type must be an
-- initialized allocator.  `new T'(X)` is legal; `new T` is not.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm48_5 is
   type Const_Ptr is access constant Integer;
   P : Const_Ptr := new Integer'(5);     -- OK
   Q : Const_Ptr := new Integer;         -- ERROR
   -- CHECK: rm4.8-5-access-to-constant-uninitialized.adb:[[# @LINE - 1]]:21: error: an allocator of the access-to-constant type 'Const_Ptr' must be initialized: write new Integer'(...) [RM 4.8(5/2)]
begin
   null;
end Rm48_5;
