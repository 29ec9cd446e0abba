-- 11.4.2: adac checks pragma Assert, Pre and Post when the assertion policy
-- is Check (adac -gnata, or pragma Assertion_Policy: run/rm11.4.2-*), not
-- yet predicates and type invariants: a pragma that asks for those to be
-- checked (the general form, or the kind) gets a warning that says so, and
-- the program compiles.
-- RUN: %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
pragma Assertion_Policy (Check);
-- CHECK: assertion-policy-predicates-not-checked.adb:[[# @LINE - 1]]:26: warning: adac checks pragma Assert, Pre and Post, not yet predicates and type invariants [RM 11.4.2]
procedure Assertion_Policies is
   pragma Assertion_Policy (Ignore);
   pragma Assertion_Policy (Pre => Check, Post => Ignore);
   pragma Assertion_Policy (Dynamic_Predicate => Check);
   -- CHECK: assertion-policy-predicates-not-checked.adb:[[# @LINE - 1]]:50: warning: adac checks pragma Assert, Pre and Post, not yet predicates
   subtype Even is Integer with Dynamic_Predicate => Even mod 2 = 0;
   procedure P (X : Integer) with Pre => X > 0 is
   begin
      pragma Assert (X < 10);
   end P;
begin
   P (1);
end Assertion_Policies;
