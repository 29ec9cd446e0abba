-- 8.6(31): an expression whose complete context allows more than one
-- interpretation is ambiguous.  A user-defined "+" (A, Integer) and the
-- predefined "+" (A, A) both fit X + 1 (1 can be of either type), and a
-- user-defined "+" (A, B) and the predefined one both fit Make (1) + Make (2)
-- when Make is overloaded on A and B: adac silently took the user-defined
-- operator.  Qualifying an operand, or operands whose types are known,
-- leave one interpretation.  GNAT 12 reports the same three lines.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Ambiguous_Operators is
   type A is new Integer;
   type B is new Integer;
   function "+" (L : A; R : Integer) return A is (L + A'(A (R)));  -- OK: A'(...)
   function Make (X : Integer) return A is (A (X));
   function Make (X : Integer) return B is (B (X));
   function "-" (L : A; R : B) return A is (L - A (R));
   X : A := 1;
   Y : B := 2;
   I : Integer := 3;
begin
   X := X + 1;                                       -- ERROR
   -- CHECK: rm8.6-31-user-and-predefined-operator-ambiguous.adb:[[# @LINE - 1]]:11: error: the operator '+' is ambiguous here: a user-defined '+' and the predefined '+' of 'A' both fit; qualify an operand, e.g. A'(...) [RM 8.6(31)]
   X := Make (1) - Make (2);                         -- ERROR
   -- CHECK: rm8.6-31-user-and-predefined-operator-ambiguous.adb:[[# @LINE - 1]]:18: error: the operator '-' is ambiguous here
   X := X + I;                                       -- OK: the user-defined one
   X := X + A'(1);                                   -- OK: the predefined one
   X := X + Integer'(1);                             -- OK: the user-defined one
   X := X - Y;                                       -- OK: the user-defined one
   X := X - X;                                       -- OK: the predefined one
   X := Make (1) - B'(Make (2));                     -- OK: the user-defined one
   X := 2 + 1;                                       -- ERROR
   -- CHECK: rm8.6-31-user-and-predefined-operator-ambiguous.adb:[[# @LINE - 1]]:11: error: the operator '+' is ambiguous here
end Ambiguous_Operators;
