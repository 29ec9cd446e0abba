-- COVERS: 13.11.3(3/3), 13.11.3(3.1/3), 13.11.3(3.2/3), 13.11.3(4.1/3), 13.11.3(6/3), 13.11.3(6.1/3), 4.8(5.4/3)
-- RM 13.11.3(4.1/3), (6.1/3): within the scope of pragma
-- Default_Storage_Pool (null), a nonderived access type declared there
-- without a Storage_Pool has a Storage_Size of zero, so its allocators are
-- illegal (4.8(5.4/3)); an access type declared outside that scope keeps
-- the standard pool.  The anonymous access type of a stand-alone object
-- declared in that scope has a Storage_Size of zero too (GNAT 12 agrees).
-- GNAT 12 departs from the RM here: it also rejects the allocator of
-- Outer_Ptr ("allocation from empty storage pool"), as if the pragma applied
-- to allocators; RM 13.11.3(6/3) makes it apply to the access types declared
-- in its scope, and Outer_Ptr is not one.  This test follows the RM.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm13113_6_1 is
   type Outer_Ptr is access Integer;
   package Inner is
      pragma Default_Storage_Pool (null);
      type Inner_Ptr is access Integer;
      X : Outer_Ptr := new Integer'(1);           -- OK
      Y : Inner_Ptr := new Integer'(2);           -- ERROR
      -- CHECK: rm13.11.3-6.1-default-storage-pool-null.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 4.8(5.4/3)]
      Z : access Integer := new Integer'(3);      -- ERROR: its anonymous type too
      -- CHECK: rm13.11.3-6.1-default-storage-pool-null.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 4.8(5.4/3)]
   end Inner;
begin
   null;
end Rm13113_6_1;
