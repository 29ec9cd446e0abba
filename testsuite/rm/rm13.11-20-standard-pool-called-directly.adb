-- COVERS: 13.11(20)
-- RM 13.11(20): the effect of calling Allocate and Deallocate of a standard
-- storage pool directly is unspecified.  adac's choice would be that of
-- GNAT 12: Allocate returns usable storage from the type's standard pool
-- and Deallocate returns it, leaving the pool's other objects alone.
-- XFAIL: *
-- adac cannot name a standard storage pool yet: T'Storage_Pool of an access
-- type without a Storage_Pool clause is rejected ("'Int_Ptr uses the
-- default pool, which adac cannot name yet"); the runtime's default pool
-- (runtime/adac_pool.h) has no Root_Storage_Pool object to pass as Pool.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Allocate: TRUE
-- CHECK-NEXT: Deallocate done; P.all = 5
with System.Storage_Pools; use System.Storage_Pools;
with System; use type System.Address;
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm1311_20 is
   type Int_Ptr is access Integer;
   A : System.Address;
   P : Int_Ptr := new Integer'(5);
begin
   Allocate (Int_Ptr'Storage_Pool, A, 64, 8);
   Put_Line ("Allocate: " & Boolean'Image (A /= System.Null_Address));
   Deallocate (Int_Ptr'Storage_Pool, A, 64, 8);
   Put_Line ("Deallocate done; P.all =" & Integer'Image (P.all));
end Rm1311_20;
