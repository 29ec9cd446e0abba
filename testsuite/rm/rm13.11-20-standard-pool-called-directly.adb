-- COVERS: 13.11(20)
-- RM 13.11(20): the effect of calling Allocate and Deallocate of a standard
-- storage pool directly is unspecified.  adac's choice, as GNAT 12's:
-- T'Storage_Pool of an access type without Storage_Pool or Storage_Size is
-- the standard pool, an object of a type in Root_Storage_Pool'Class
-- (13.11(13)) whose Allocate returns fresh storage of the runtime's default
-- pool and whose Deallocate gives it back, leaving the type's own objects
-- alone.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Allocate: TRUE TRUE
-- CHECK-NEXT: Deallocate done; P.all = 5
-- CHECK-NEXT: Q.all = 6
with System.Storage_Pools; use System.Storage_Pools;
with System; use type System.Address;
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm1311_20 is
   type Int_Ptr is access Integer;
   A, B : System.Address;
   P : Int_Ptr := new Integer'(5);
   Q : Int_Ptr;
begin
   Allocate (Int_Ptr'Storage_Pool, A, 64, 8);
   Allocate (Int_Ptr'Storage_Pool, B, 64, 8);
   Put_Line ("Allocate: " & Boolean'Image (A /= System.Null_Address)
             & " " & Boolean'Image (A /= B));
   Deallocate (Int_Ptr'Storage_Pool, A, 64, 8);
   Deallocate (Int_Ptr'Storage_Pool, B, 64, 8);
   Put_Line ("Deallocate done; P.all =" & Integer'Image (P.all));
   Q := new Integer'(6);
   Put_Line ("Q.all =" & Integer'Image (Q.all));
end Rm1311_20;
