-- Found by fuzz/mutate-campaign.py (c48009i with one identifier
-- replaced): an access type whose designated subtype is in error, then
-- constrained (3.10(15/2)), made sema follow a null designated type.
-- Now only the first error.
-- RUN: not %adac %s -o %t 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Access_To_Undeclared_Then_Constrained is
   package P is
      type UL (A : Integer) is record
         null;
      end record;
   end P;
   type A_UL is access P.No_Such;
   -- CHECK: access-to-undeclared-then-constrained.adb:[[# @LINE - 1]]:26: error: 'No_Such' is not declared in package 'P'
   type AC_A_UL is access A_UL (4);
   V : AC_A_UL;
begin
   null;
end Access_To_Undeclared_Then_Constrained;
