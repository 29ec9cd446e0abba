-- COVERS: 4.6(24.16/2), 4.6(24.17/3), 4.6(24.18/2)
-- Conversions between unrelated access types (4.6(24.11/2-24.18/2)): the
-- target must be general (24.18/2), access-to-variable only from
-- access-to-variable (24.16/2), and the operand type must not be statically
-- deeper than the target (24.17/3); for a stand-alone object of an
-- anonymous access type, the value must not be deeper than the object's
-- declaration (24.17/3, 3.10.2(28/3)), and an access result must not
-- designate an object of the function (3.10.2(19/3)).  Access parameters
-- and stand-alone objects are checked at run time instead (4.6(48/3)).
-- GNAT 12 reports the same lines.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
-- CHECK: rm4.6-24.16-access-conversion-legality.adb:[[# @LINE + 24]]:15: error: cannot convert a value of type 'L' (declared at level 2) to type 'A' (declared at level 1): the access value could outlive the object it designates [RM 4.6(24.17/3)]
-- CHECK: rm4.6-24.16-access-conversion-legality.adb:[[# @LINE + 15]]:7: note: 'L' is declared here
-- CHECK: rm4.6-24.16-access-conversion-legality.adb:[[# @LINE + 9]]:4: note: 'A' is declared here
-- CHECK: rm4.6-24.16-access-conversion-legality.adb:[[# @LINE + 22]]:15: error: cannot convert a value of the access-to-constant type 'C' to the access-to-variable type 'A': the designated object could then be modified [RM 4.6(24.16/2)]
-- CHECK: rm4.6-24.16-access-conversion-legality.adb:[[# @LINE + 22]]:17: error: cannot convert a value of type 'A' to the pool-specific access type 'PS': only a general access type (access all) takes the values of another access type [RM 4.6(24.18/2)]
-- CHECK: rm4.6-24.16-access-conversion-legality.adb:[[# @LINE + 37]]:19: error: LL'Access would outlive 'LL': the object is declared at level 3 inside a block statement, the anonymous access type 'access to Integer' at level 2 [RM 3.10.2(28/3)]
-- CHECK: rm4.6-24.16-access-conversion-legality.adb:[[# @LINE + 32]]:10: note: 'LL' is declared here
-- CHECK: rm4.6-24.16-access-conversion-legality.adb:[[# @LINE + 36]]:16: error: the value would outlive its access type: it is of an access type declared at level 3, deeper than 'SO' (level 2), which keeps the level of the value assigned to it [RM 4.6(24.17/3)]
-- CHECK: rm4.6-24.16-access-conversion-legality.adb:[[# @LINE + 42]]:18: error: Res'Access would outlive 'Res': the object is declared at level 2 inside 'F', the anonymous access type 'access to Integer' at level 1 [RM 3.10.2(28/3)]
-- CHECK: rm4.6-24.16-access-conversion-legality.adb:[[# @LINE + 39]]:7: note: 'Res' is declared here
procedure Access_Conversions is
   type A is access all Integer;
   type C is access constant Integer;
   type PS is access Integer;
   type D is new A;
   procedure P (Param : access Integer) is
      type L is access all Integer;
      XL : L;
      XC : C;
      XP : PS;
      XD : D;
      Y : A;
      Z : L;
   begin
      Y := A (XL);                 -- ERROR: L deeper than A
      Y := A (XC);                 -- ERROR: constant to variable
      XP := PS (Y);                -- ERROR: pool-specific target
      Y := A (XP);                 -- OK
      Z := L (Y);                  -- OK
      XC := C (Y);                 -- OK
      XD := D (Y);                 -- OK: related by derivation
      Y := A (Param);              -- OK: checked at run time
   end P;
   procedure Q is
      G : aliased Integer;
      SO : access Integer := G'Access;         -- OK
   begin
      declare
         LL : aliased Integer;
         type LA is access all Integer;
         V : LA := LL'Access;
      begin
         SO := LL'Access;           -- ERROR: LL deeper than SO
         SO := V;                   -- ERROR: LA deeper than SO
         SO := A'(null);            -- OK
      end;
   end Q;
   function F return access Integer is
      Res : aliased Integer := 1;
   begin
      return Res'Access;            -- ERROR: Res deeper than the result
   end F;
begin
   P (null);
   Q;
end Access_Conversions;
