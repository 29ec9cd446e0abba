-- 10.2.1(16/2): a pure unit declares no access-to-object type with a
-- storage pool (Bad): each has a Storage_Size of 0, so that no allocator
-- can be of it (4.8(5.4/3), "zero by the language" in the issue's list).
-- adac accepted both.  GNAT 12 reports the same two lines ("named access
-- type not allowed in pure unit", "allocation from empty storage pool").
-- RUN: not %adac -fsyntax-only -I %S/Inputs %s 2>&1 | FileCheck %s --implicit-check-not=error:
-- CHECK: pure_access.ads:3:4: error: the pure package 'Pure_Access' cannot declare the access type 'Bad' with a storage pool: specify 'for Bad'Storage_Size use 0;' [RM 10.2.1(16/2)]
-- CHECK: rm10.2.1-16-pure-unit-access-types.adb:[[# @LINE + 3]]:28: error: no allocator can be of the access type 'Zero': its Storage_Size is zero [RM 4.8(5.4/3)]
with Pure_Access;
procedure Pure_Unit_Access_Types is
   X : Pure_Access.Zero := new Integer'(1);             -- ERROR: Storage_Size 0
   Y : Pure_Access.Zero_All := null;                    -- OK
begin
   null;
end Pure_Unit_Access_Types;
