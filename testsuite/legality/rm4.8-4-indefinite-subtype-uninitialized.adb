-- COVERS: 4.8(4)
-- RM 4.8(4): without a constraint, the subtype of an uninitialized
-- allocator must be definite: `new String` is illegal, `new String (1 .. 5)`
-- and `new String'("abc")` are legal.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm48_4 is
   type String_Ptr is access String;
   A : String_Ptr := new String (1 .. 5);    -- OK
   B : String_Ptr := new String'("abc");     -- OK
   C : String_Ptr := new String;             -- ERROR
   -- CHECK: rm4.8-4-indefinite-subtype-uninitialized.adb:[[# @LINE - 1]]:26: error: an uninitialized allocator needs a definite subtype: 'String' is an unconstrained array subtype; give its bounds [RM 4.8(4)]
begin
   null;
end Rm48_4;
