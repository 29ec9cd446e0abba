-- RUN: not %adac --dump-tokens %s 2>&1 | FileCheck %s --implicit-check-not=error:
--
-- Source text is UTF-8 (RM 2.1): a byte that does not start or continue a
-- valid UTF-8 sequence is an error, reported as its hex value.  A valid
-- non-ASCII character is allowed in comments and literals (é, λ) but
-- not between tokens.  The byte 0xFF sits in this file:
X := �;
-- CHECK: error-invalid-utf8.adb:[[@LINE-1]]:6: error: invalid UTF-8 byte 0xFF in source [RM 2.1]
Y := 1 � 2;
-- CHECK: error-invalid-utf8.adb:[[@LINE-1]]:8: error: invalid UTF-8 byte 0xC3 in source [RM 2.1]
Z := ��;
-- CHECK: error-invalid-utf8.adb:[[@LINE-1]]:6: error: invalid UTF-8 byte 0x80 in source [RM 2.1]
-- CHECK: error-invalid-utf8.adb:[[@LINE-2]]:7: error: invalid UTF-8 byte 0x80 in source [RM 2.1]
W := λ;
-- CHECK: error-invalid-utf8.adb:[[@LINE-1]]:6: error: character 'λ' is not allowed here: outside comments and literals Ada 2012 source is letters, digits and delimiters [RM 2.1]
S := "été";
-- CHECK: error-invalid-utf8.adb:[[@LINE-1]]:6: string literal "été"
