-- Found by make fuzz (fuzz-bytes, one-hour run): the base of a based
-- literal was accumulated in a long without bound, and a base of 19
-- digits overflowed it (UBSan: signed integer overflow in the lexer, and
-- in sema's evaluation).  Now the base stops growing past 16 and the
-- error shows the base as written; make check-asan runs this under UBSan.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Based_Literal_Huge_Base is
   X : constant := 5555555555555555555#1#;
   -- CHECK: based-literal-huge-base.adb:[[# @LINE - 1]]:20: error: the base of a based literal must be from 2 to 16, not 5555555555555555555 [RM 2.4.2(6)]
   Y : constant := 99999999999999999999999999#1.0#E1;
   -- CHECK: based-literal-huge-base.adb:[[# @LINE - 1]]:20: error: the base of a based literal must be from 2 to 16, not 99999999999999999999... [RM 2.4.2(6)]
begin
   null;
end Based_Literal_Huge_Base;
