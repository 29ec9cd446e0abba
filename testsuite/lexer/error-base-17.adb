-- RUN: not %adac --dump-tokens %s 2>&1 | FileCheck %s --implicit-check-not=error:
--
-- The base of a based literal is from 2 to 16 (RM 2.4.2(6)).
A := 17#10#;
-- CHECK: error-base-17.adb:[[@LINE-1]]:6: error: the base of a based literal must be from 2 to 16, not 17 [RM 2.4.2(6)]
B := 1#0#;
-- CHECK: error-base-17.adb:[[@LINE-1]]:6: error: the base of a based literal must be from 2 to 16, not 1 [RM 2.4.2(6)]
C := 0#0#;
-- CHECK: error-base-17.adb:[[@LINE-1]]:6: error: the base of a based literal must be from 2 to 16, not 0 [RM 2.4.2(6)]
D := 16#F#;
-- CHECK: error-base-17.adb:[[@LINE-1]]:6: integer literal 16#F#
