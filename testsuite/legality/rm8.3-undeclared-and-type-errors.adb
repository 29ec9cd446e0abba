-- RM 8.3, 8.6: every name must denote a visible declaration, and an
-- expression must be of the type its context expects.  All errors of a file
-- are reported, each once.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm83 is
   B : Boolean := True;
   I : Integer := 0;
begin
   I := Undeclared_Thing;           -- ERROR
   -- CHECK: rm8.3-undeclared-and-type-errors.adb:[[# @LINE - 1]]:9: error: 'Undeclared_Thing' is not declared [RM 8.3]
   I := B;                          -- ERROR
   -- CHECK: rm8.3-undeclared-and-type-errors.adb:[[# @LINE - 1]]:9: error: expected a value of type 'Integer', found type 'Boolean' [RM 8.6(22)]
   B := 1;                          -- ERROR
   -- CHECK: rm8.3-undeclared-and-type-errors.adb:[[# @LINE - 1]]:9: error: expected a value of type 'Boolean', found an integer literal or number [RM 8.6(22)]
end Rm83;
