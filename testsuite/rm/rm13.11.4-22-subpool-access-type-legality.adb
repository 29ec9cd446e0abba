-- COVERS: 13.11.4(22/3), 13.11.4(23/3)
-- RM 13.11.4(22/3): a subpool access type (one whose storage pool supports
-- subpools) shall be pool-specific.  13.11.4(23/3): its accessibility level
-- shall not be statically deeper than that of the storage pool object, and
-- the name of the pool shall not denote part of a formal parameter nor part
-- of a dereference of a value of a non-library-level general access type.
-- GNAT 12 reports the same seven errors.  (adac does not take a dereference
-- as a Storage_Pool name yet, so a legal Lib_Ref.all pool is not tested.)
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
package Rm13114_22_Pools is
   type Sub_Pool is new Root_Storage_Pool_With_Subpools with null record;
   overriding function Create_Subpool (Pool : in out Sub_Pool) return not null Subpool_Handle;
   overriding procedure Allocate_From_Subpool (Pool : in out Sub_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count; Subpool : not null Subpool_Handle);
   overriding procedure Deallocate_Subpool (Pool : in out Sub_Pool;
      Subpool : in out Subpool_Handle);
   Lib_Pool : aliased Sub_Pool;
   type Lib_Pool_Ref is access all Sub_Pool;
   Lib_Ref : Lib_Pool_Ref := Lib_Pool'Access;
   type Lib_Ptr is access Integer;
   for Lib_Ptr'Storage_Pool use Lib_Pool;               -- OK
end Rm13114_22_Pools;

package body Rm13114_22_Pools is
   function Create_Subpool (Pool : in out Sub_Pool) return not null Subpool_Handle is
   begin
      raise Program_Error;
      return null;
   end Create_Subpool;
   procedure Allocate_From_Subpool (Pool : in out Sub_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count; Subpool : not null Subpool_Handle) is
   begin
      raise Storage_Error;
   end Allocate_From_Subpool;
   procedure Deallocate_Subpool (Pool : in out Sub_Pool; Subpool : in out Subpool_Handle) is
   begin
      null;
   end Deallocate_Subpool;
end Rm13114_22_Pools;

with Rm13114_22_Pools; use Rm13114_22_Pools;
procedure Rm13114_22 is
   Local_Pool : aliased Sub_Pool;
   type Local_Ref is access all Sub_Pool;
   Loc_Ref : Local_Ref := Local_Pool'Access;

   type P1 is access Integer;
   for P1'Storage_Pool use Local_Pool;                 -- OK: same level
   type G1 is access all Integer;
   for G1'Storage_Pool use Local_Pool;                 -- ERROR
   -- CHECK: rm13.11.4-22-subpool-access-type-legality.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 13.11.4(22/3)]
   type C1 is access constant Integer;
   for C1'Storage_Pool use Local_Pool;                 -- ERROR
   -- CHECK: rm13.11.4-22-subpool-access-type-legality.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 13.11.4(22/3)]
   type P2 is access Integer;
   for P2'Storage_Pool use Lib_Ref.all;                -- ERROR: P2 is deeper
   -- CHECK: rm13.11.4-22-subpool-access-type-legality.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 13.11.4(23/3)]
   type P3 is access Integer;
   for P3'Storage_Pool use Loc_Ref.all;                -- ERROR
   -- CHECK: rm13.11.4-22-subpool-access-type-legality.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 13.11.4(23/3)]
   type P6 is access Integer
     with Storage_Pool => Lib_Pool;                    -- ERROR: P6 is deeper
   -- CHECK: rm13.11.4-22-subpool-access-type-legality.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 13.11.4(23/3)]

   procedure Inner (F : in out Sub_Pool) is
      type P4 is access Integer;
      for P4'Storage_Pool use F;                       -- ERROR
      -- CHECK: rm13.11.4-22-subpool-access-type-legality.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 13.11.4(23/3)]
      type P5 is access Integer;
      for P5'Storage_Pool use Local_Pool;              -- ERROR
      -- CHECK: rm13.11.4-22-subpool-access-type-legality.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 13.11.4(23/3)]
   begin
      null;
   end Inner;
begin
   null;
end Rm13114_22;
