-- Found by fuzz/mutate-campaign.py (an ACATS test with '&' between two
-- string literals changed into '/', '**' or 'mod'): an operator whose
-- operands' type the context does not give was accepted without a type,
-- and code generation crashed on it.  Now an error.
-- RUN: not %adac %s -o %t 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Operator_On_String_Literals is
   procedure P (S : String) is null;
   S : String := "abc" / "def";
   -- CHECK: operator-on-string-literals.adb:[[# @LINE - 1]]:24: error: no predefined operator '/' for these operands [RM 4.5(8)]
   T : String := "abc" ** "def";
   -- CHECK: operator-on-string-literals.adb:[[# @LINE - 1]]:24: error: no predefined operator ** for these operands [RM 4.5(8)]
begin
   P ("x" mod "y");
   -- CHECK: operator-on-string-literals.adb:[[# @LINE - 1]]:6: error: the actual parameters do not match the profile of 'P'
   -- CHECK: operator-on-string-literals.adb:[[# @LINE - 2]]:11: error: no predefined operator mod for these operands [RM 4.5(8)]
end Operator_On_String_Literals;
