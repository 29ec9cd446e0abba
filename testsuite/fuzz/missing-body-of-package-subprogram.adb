-- Found by make fuzz (fuzz-tokens): a subprogram declared in a package
-- spec and never given a body (a renamed declaration in a mutant) went
-- on to code generation, and the LLVM verifier rejected the module
-- ("Global is external, but doesn't have external or weak linkage").
-- Now an error at the declaration, for a package body that lacks it
-- (3.11(11)) and for a nested package given no body (7.1(5/2)).
-- RUN: not %adac %s -o %t 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not="internal error"
procedure Missing_Body_Of_Package_Subprogram is
   package P is
      procedure Q;
      -- CHECK: missing-body-of-package-subprogram.adb:[[# @LINE - 1]]:17: error: subprogram 'Q' is declared here but the body of package 'P' has no body for it [RM 3.11(11)]
      procedure R;
   end P;
   package body P is
      procedure R is null;
   end P;
   package N is
      procedure S;
      -- CHECK: missing-body-of-package-subprogram.adb:[[# @LINE - 1]]:17: error: subprogram 'S' is declared here but package 'N' has no body [RM 7.1(5/2)]
   end N;
begin
   P.Q;
   P.R;
   N.S;
end Missing_Body_Of_Package_Subprogram;
