-- RM 3.10.2(24/4), (25), (26/3), (28/3): 'Access needs an aliased object, a
-- general access type, an access-to-constant type for a constant, and an
-- access type that does not outlive the object (static levels).
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
-- CHECK: rm3.10.2-access-attribute-legality.adb:[[# @LINE + 17]]:14: error: L'Access would outlive 'L': the object is declared at level 2 inside 'Local', the access type 'Int_Ref' at level 1 inside 'Acc_Bad' [RM 3.10.2(28/3)]
-- CHECK: rm3.10.2-access-attribute-legality.adb:[[# @LINE + 14]]:7: note: 'L' is declared here
-- CHECK: rm3.10.2-access-attribute-legality.adb:[[# @LINE + 18]]:9: error: 'Access needs an aliased object: declare N aliased [RM 3.10.2(24/4)]
-- CHECK: rm3.10.2-access-attribute-legality.adb:[[# @LINE + 18]]:11: error: 'Access needs a general access type (access all or access constant), and 'Pool_Ref' is pool-specific [RM 3.10.2(26/3)]
-- CHECK: rm3.10.2-access-attribute-legality.adb:[[# @LINE + 18]]:11: error: 'Access of a constant needs an access-to-constant type, and 'Int_Ref' is not one [RM 3.10.2(25)]
procedure Acc_Bad is
   type Int_Ref is access all Integer;
   type Pool_Ref is access Integer;
   type Const_Ref is access constant Integer;
   G : aliased Integer := 10;
   N : Integer := 1;
   C : aliased constant Integer := 3;
   P : Int_Ref;
   Q : Pool_Ref;
   procedure Local is
      L : aliased Integer := 5;
   begin
      P := L'Access;
   end Local;
begin
   P := N'Access;
   Q := G'Access;
   P := C'Access;
   P := G'Unchecked_Access;
end Acc_Bad;
