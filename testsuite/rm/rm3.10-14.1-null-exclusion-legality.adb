-- COVERS: 3.10(14.1/2), 3.10(5.1/2)
-- RM 3.10(14.1/2): a null_exclusion is only allowed on a subtype_mark that
-- denotes an access subtype that does not already exclude null.
-- (adac cites the rule as 3.10(14/1); in the 2012 RM it is 3.10(14.1/2),
-- and the pattern accepts both.)
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm310_14_1 is
   type Int_Ptr is access all Integer;
   subtype NN_Ptr is not null Int_Ptr;            -- OK
   subtype Same is NN_Ptr;                        -- OK: excludes null too
   subtype Twice is not null NN_Ptr;              -- ERROR
   -- CHECK: rm3.10-14.1-null-exclusion-legality.adb:[[# @LINE - 1]]:30: error: 'NN_Ptr' already excludes null [RM 3.10({{14/1|14.1/2}})]
   X : aliased Integer := 1;
   P : not null Int_Ptr := X'Access;              -- OK
   N : not null Integer := 1;                     -- ERROR
   -- CHECK: rm3.10-14.1-null-exclusion-legality.adb:[[# @LINE - 1]]:17: error: a null exclusion is only allowed for an access subtype, and 'Integer' is not one [RM 3.10({{14/1|14.1/2}})]
   procedure Q (A : not null Int_Ptr) is null;    -- OK
begin
   null;
end Rm310_14_1;
