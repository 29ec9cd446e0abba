-- RUN: not %adac --dump-tokens %s 2>&1 | FileCheck %s --implicit-check-not=error:
--
-- Characters that are not delimiters of Ada (RM 2.2) are errors, each with
-- its position; the lexer goes on after each one, so all are reported.
X := 1 $ 2;
-- CHECK: error-bad-character.adb:[[@LINE-1]]:8: error: character '$' is not a delimiter of Ada [RM 2.2]
Y := A ? B : C;
-- CHECK: error-bad-character.adb:[[@LINE-1]]:8: error: character '?' is not a delimiter of Ada [RM 2.2]
Z := [1, 2] ~ {3} ^ `4` \ @;
-- CHECK: error-bad-character.adb:[[@LINE-1]]:6: error: character '[' is not a delimiter of Ada [RM 2.2]
-- CHECK: error-bad-character.adb:[[@LINE-2]]:11: error: character ']' is not a delimiter of Ada [RM 2.2]
-- CHECK: error-bad-character.adb:[[@LINE-3]]:13: error: character '~' is not a delimiter of Ada [RM 2.2]
-- CHECK: error-bad-character.adb:[[@LINE-4]]:15: error: character '{' is not a delimiter of Ada [RM 2.2]
-- CHECK: error-bad-character.adb:[[@LINE-5]]:17: error: character '}' is not a delimiter of Ada [RM 2.2]
-- CHECK: error-bad-character.adb:[[@LINE-6]]:19: error: character '^' is not a delimiter of Ada [RM 2.2]
-- CHECK: error-bad-character.adb:[[@LINE-7]]:21: error: character '`' is not a delimiter of Ada [RM 2.2]
-- CHECK: error-bad-character.adb:[[@LINE-8]]:23: error: character '`' is not a delimiter of Ada [RM 2.2]
-- CHECK: error-bad-character.adb:[[@LINE-9]]:25: error: character '\' is not a delimiter of Ada [RM 2.2]
-- CHECK: error-bad-character.adb:[[@LINE-10]]:27: error: character '@' is not a delimiter of Ada [RM 2.2]

-- The tokens around the errors are still there (stdout comes after stderr
-- here: it is a pipe, flushed at exit).
-- CHECK: error-bad-character.adb:[[@LINE-18]]:1: identifier X
-- CHECK: error-bad-character.adb:[[@LINE-19]]:10: integer literal 2
