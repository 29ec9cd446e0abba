-- RUN: not %adac --dump-tokens %s 2>&1 | FileCheck %s --implicit-check-not=error:
--
-- Every extended digit of a based literal must be less than its base
-- (RM 2.4.2(7)); the error points at the first digit that is not.
A := 2#102#;
-- CHECK: error-based-digit.adb:[[@LINE-1]]:10: error: digit '2' is not allowed in a based literal of base 2 [RM 2.4.2(7)]
B := 8#0_7_8#;
-- CHECK: error-based-digit.adb:[[@LINE-1]]:12: error: digit '8' is not allowed in a based literal of base 8 [RM 2.4.2(7)]
C := 10#1A#;
-- CHECK: error-based-digit.adb:[[@LINE-1]]:10: error: digit 'A' is not allowed in a based literal of base 10 [RM 2.4.2(7)]
D := 2#1.12#E3;
-- CHECK: error-based-digit.adb:[[@LINE-1]]:11: error: digit '2' is not allowed in a based literal of base 2 [RM 2.4.2(7)]
E := 16#FFFF#;
-- CHECK: error-based-digit.adb:[[@LINE-1]]:6: integer literal 16#FFFF#
