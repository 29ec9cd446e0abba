-- 6.1.1, 11.4.2: Pre and Post aspects and pragma Assert are analysed as
-- Boolean conditions, with the formals visible, at the end of the
-- declaration list (13.1.1(11/3)), so the functions declared after the
-- subprogram can be named; X'Old and F'Result only in a postcondition.
-- adac did not look at them: every line below was accepted.  (adac does
-- not check them at run time: assertion-policy-check-not-supported.adb.)
-- GNAT 12 rejects the same lines (adac reports them in another order: the
-- contracts at the end of the list).
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Contracts is
   type Stack is record
      Top : Natural := 0;
   end record;
   procedure Push (S : in out Stack; X : Integer)
     with Pre => not Is_Full (S), Post => S.Top = S.Top'Old + 1;     -- OK
   function Pop (S : in out Stack) return Integer
     with Post => Pop'Result > 0 and S.Top < S.Top'Old;              -- OK
   function Is_Full (S : Stack) return Boolean is (S.Top = 10);
   procedure Bad_1 (X : Integer) with Pre => Nonexistent > 0;        -- ERROR
   -- CHECK-DAG: rm6.1.1-contracts-are-analysed.adb:[[# @LINE - 1]]:46: error: 'Nonexistent' is not declared [RM 8.3]
   procedure Bad_2 (X : Integer) with Pre => X + 1;                  -- ERROR
   -- CHECK-DAG: rm6.1.1-contracts-are-analysed.adb:[[# @LINE - 1]]:48: error: a contract or assertion expression is a Boolean condition, not of type 'Integer' [RM 6.1.1(3/3)]
   procedure Bad_3 (X : Integer) with Pre => X'Old > 0;              -- ERROR
   -- CHECK-DAG: rm6.1.1-contracts-are-analysed.adb:[[# @LINE - 1]]:48: error: 'Old is allowed only in a postcondition [RM 6.1.1(24/3)]
   procedure Bad_4 (X : Integer) with Post => Bad_4'Result = 0;      -- ERROR
   -- CHECK-DAG: rm6.1.1-contracts-are-analysed.adb:[[# @LINE - 1]]:53: error: 'Result is allowed only in the postcondition of a function [RM 6.1.1(29/3)]
   procedure Push (S : in out Stack; X : Integer) is
   begin
      S.Top := S.Top + 1;
      pragma Assert (S.Top > 0, "pushed");                           -- OK
      pragma Assert (Undefined_Thing);                               -- ERROR
      -- CHECK-DAG: rm6.1.1-contracts-are-analysed.adb:[[# @LINE - 1]]:22: error: 'Undefined_Thing' is not declared [RM 8.3]
   end Push;
   function Pop (S : in out Stack) return Integer is
   begin
      S.Top := S.Top - 1;
      return 1;
   end Pop;
   procedure Bad_1 (X : Integer) is null;
   procedure Bad_2 (X : Integer) is null;
   procedure Bad_3 (X : Integer) is null;
   procedure Bad_4 (X : Integer) is null;
   S : Stack;
begin
   Push (S, 1);
end Contracts;
