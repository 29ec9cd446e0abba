-- COVERS: 13.11.3(3.3/3), 13.11.3(4/3), 13.11.3(5/3)
-- RM 13.11.3(3.3/3): the storage_pool_name of pragma Default_Storage_Pool is
-- expected to be of type Root_Storage_Pool'Class; 13.11.3(4/3): it shall
-- denote a variable (an in out parameter is one, an in parameter is not).
-- 13.11.3(5/3): so must the aspect Default_Storage_Pool of an instance.
-- GNAT 12 reports the same errors.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
with System.Storage_Pools; use System.Storage_Pools;
with System.Storage_Elements; use System.Storage_Elements;
with System; use System;
package Rm13113_4_Pools is
   type Count_Pool is new Root_Storage_Pool with null record;
   overriding procedure Allocate (Pool : in out Count_Pool;
      Storage_Address : out Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count) is null;
   overriding procedure Deallocate (Pool : in out Count_Pool;
      Storage_Address : Address; Size_In_Storage_Elements : Storage_Count;
      Alignment : Storage_Count) is null;
   overriding function Storage_Size (Pool : Count_Pool) return Storage_Count is (0);
end Rm13113_4_Pools;

generic
package Rm13113_4_Gen is
   type Ptr is access Integer;
end Rm13113_4_Gen;

with Rm13113_4_Pools; use Rm13113_4_Pools;
with Rm13113_4_Gen;
procedure Rm13113_4 is
   Pool : Count_Pool;
   N : Integer := 0;
   package P1 is
      pragma Default_Storage_Pool (Pool);              -- OK
   end P1;
   package P2 is
      pragma Default_Storage_Pool (N);                 -- ERROR
      -- CHECK: rm13.11.3-4-default-storage-pool-name-legality.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 13.11.3(3.3/3)]
   end P2;
   procedure Q (In_Pool : Count_Pool; In_Out_Pool : in out Count_Pool) is
      package P3 is
         pragma Default_Storage_Pool (In_Pool);        -- ERROR
         -- CHECK: rm13.11.3-4-default-storage-pool-name-legality.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 13.11.3(4/3)]
      end P3;
      package P4 is
         pragma Default_Storage_Pool (In_Out_Pool);    -- OK
      end P4;
   begin
      null;
   end Q;
   package I1 is new Rm13113_4_Gen with Default_Storage_Pool => Pool;   -- OK
   package I2 is new Rm13113_4_Gen with Default_Storage_Pool => N;      -- ERROR
   -- CHECK: rm13.11.3-4-default-storage-pool-name-legality.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 13.11.3(5/3)]
begin
   null;
end Rm13113_4;
