-- RUN: not %adac --dump-tokens %s 2>&1 | FileCheck %s --implicit-check-not=error:
--
-- A string literal ends on its own line (RM 2.6(3)); the error points at
-- the opening quote and lexing resumes on the next line.
S : String := "no closing quote;
-- CHECK: error-unterminated-string.adb:[[@LINE-1]]:15: error: string literal is not terminated before the end of the line [RM 2.6(3)]
T : String := "doubled "" quote at the end"";
-- CHECK: error-unterminated-string.adb:[[@LINE-1]]:15: error: string literal is not terminated before the end of the line [RM 2.6(3)]
U : String := "fine";
-- CHECK: error-unterminated-string.adb:[[@LINE-1]]:1: identifier U
-- CHECK: error-unterminated-string.adb:[[@LINE-2]]:15: string literal "fine"
