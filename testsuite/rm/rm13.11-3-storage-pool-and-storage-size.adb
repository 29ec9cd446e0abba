-- COVERS: 13.11(3), 13.11(15)
-- RM 13.11(3): Storage_Size shall not be specified for an access type whose
-- Storage_Pool is specified; (15): the pool's name shall denote a variable.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
with System.Storage_Pools;
procedure Rm1311_3 is
   type Int_Ptr is access Integer;
   type Pooled is access Integer;
   for Pooled'Storage_Pool use Int_Ptr'Storage_Pool;    -- OK
   type Both is access Integer;
   for Both'Storage_Pool use Int_Ptr'Storage_Pool;
   for Both'Storage_Size use 100;                       -- ERROR
   -- CHECK: rm13.11-3-storage-pool-and-storage-size.adb:[[# @LINE - 1]]:{{[0-9]+}}: error: {{.*}} [RM 13.11(3)]
begin
   null;
end Rm1311_3;
