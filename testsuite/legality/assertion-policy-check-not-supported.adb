-- 11.4.2: adac checks no assertion (pragma Assert, Pre, Post, predicates,
-- invariants), as GNAT 12 without -gnata; a program that asks for checks
-- with pragma Assertion_Policy (Check), as a configuration pragma or in a
-- declarative part, for all assertions or one kind, gets a warning that
-- says so, and compiles; Ignore is silent.
-- RUN: %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
pragma Assertion_Policy (Check);
-- CHECK: assertion-policy-check-not-supported.adb:[[# @LINE - 1]]:26: warning: adac checks no assertion (pragma Assert, Pre, Post, predicates, invariants): the policy Check has no effect [RM 11.4.2]
procedure Assertion_Policies is
   pragma Assertion_Policy (Ignore);
   pragma Assertion_Policy (Pre => Check);
   -- CHECK: assertion-policy-check-not-supported.adb:[[# @LINE - 1]]:36: warning: adac checks no assertion
   procedure P (X : Integer) with Pre => X > 0 is
   begin
      pragma Assert (X < 10);
   end P;
begin
   P (1);
end Assertion_Policies;
