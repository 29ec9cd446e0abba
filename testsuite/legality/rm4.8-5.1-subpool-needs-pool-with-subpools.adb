-- COVERS: 4.8(3/3), 4.8(5.1/3), 13.11(15)
-- RM 4.8(3/3), 4.8(5.1/3), 13.11(15): a subpool handle is a Subpool_Handle;
-- an allocator names a subpool only for an access type whose pool has
-- subpools; a Storage_Pool is an object of a pool type.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
procedure Subpool_Bad is
   Not_A_Pool : Integer := 0;
   type Int_Ptr is access Integer;
   type Bad_Ptr is access Integer;
   for Bad_Ptr'Storage_Pool use Not_A_Pool;
   -- CHECK: rm4.8-5.1-subpool-needs-pool-with-subpools.adb:[[# @LINE - 1]]:33: error: the Storage_Pool of an access type is an object of a type derived from System.Storage_Pools.Root_Storage_Pool, and 'Integer' is not one [RM 13.11(15)]
   H : Subpool_Handle;
   P : Int_Ptr;
begin
   P := new (H) Integer'(1);
   -- CHECK: rm4.8-5.1-subpool-needs-pool-with-subpools.adb:[[# @LINE - 1]]:14: error: 'Int_Ptr' has no pool with subpools: the storage pool of an access type allocated from a subpool is a descendant of Root_Storage_Pool_With_Subpools [RM 4.8(5.1/3)]
   P := new (P) Integer'(1);
   -- CHECK: rm4.8-5.1-subpool-needs-pool-with-subpools.adb:[[# @LINE - 1]]:14: error: a subpool handle is of a type descended from System.Storage_Pools.Subpools.Subpool_Handle, not 'Int_Ptr' [RM 4.8(3/3)]
end Subpool_Bad;
