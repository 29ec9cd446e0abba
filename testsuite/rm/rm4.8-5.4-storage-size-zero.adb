-- COVERS: 4.8(5.4/3), 13.11(15), 13.11.2(3.1/3)
-- RM 4.8(5.4/3): an allocator of an access type whose Storage_Size is
-- specified by a static expression with value zero is illegal;
-- 13.11.2(3.1/3): so is a call of an instance of Unchecked_Deallocation for
-- it.  A nonzero Storage_Size allows both.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
with Ada.Unchecked_Deallocation;
procedure Rm48_5_4 is
   type Zero_Ptr is access Integer;
   for Zero_Ptr'Storage_Size use 0;
   type Some_Ptr is access Integer;
   for Some_Ptr'Storage_Size use 1024;
   procedure Free is new Ada.Unchecked_Deallocation (Integer, Zero_Ptr);
   procedure Free is new Ada.Unchecked_Deallocation (Integer, Some_Ptr);
   Z : Zero_Ptr;
   S : Some_Ptr := new Integer'(1);               -- OK
begin
   Z := new Integer'(1);                          -- ERROR
   -- CHECK: rm4.8-5.4-storage-size-zero.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 4.8(5.4/3)]
   Free (Z);                                      -- ERROR
   -- CHECK: rm4.8-5.4-storage-size-zero.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 13.11.2(3.1/3)]
   Free (S);                                      -- OK
end Rm48_5_4;
