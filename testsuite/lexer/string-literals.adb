-- RUN: %adac --dump-tokens %s | FileCheck %s --match-full-lines
--
-- String literals (RM 2.6): a quotation mark inside is written twice; the
-- dump shows the literal as written, quotes included.  Nothing inside a
-- string is a comment or a delimiter.
"hello"                      -- CHECK:      string-literals.adb:[[@LINE]]:1: string literal "hello"
""                           -- CHECK-NEXT: string-literals.adb:[[@LINE]]:1: string literal ""
""""                         -- CHECK-NEXT: string-literals.adb:[[@LINE]]:1: string literal """"
"say ""hi"""                 -- CHECK-NEXT: string-literals.adb:[[@LINE]]:1: string literal "say ""hi"""
"-- not a comment"           -- CHECK-NEXT: string-literals.adb:[[@LINE]]:1: string literal "-- not a comment"
"a'b; c := (d) & ""e"""      -- CHECK-NEXT: string-literals.adb:[[@LINE]]:1: string literal "a'b; c := (d) & ""e"""
"   "                        -- CHECK-NEXT: string-literals.adb:[[@LINE]]:1: string literal "   "
"héllo, wörld"               -- CHECK-NEXT: string-literals.adb:[[@LINE]]:1: string literal "héllo, wörld"

-- Strings next to other tokens, and concatenation.
Put_Line ("A" & "B"&"C");
-- CHECK-NEXT: string-literals.adb:[[@LINE-1]]:1: identifier Put_Line
-- CHECK-NEXT: string-literals.adb:[[@LINE-2]]:10: '('
-- CHECK-NEXT: string-literals.adb:[[@LINE-3]]:11: string literal "A"
-- CHECK-NEXT: string-literals.adb:[[@LINE-4]]:15: '&'
-- CHECK-NEXT: string-literals.adb:[[@LINE-5]]:17: string literal "B"
-- CHECK-NEXT: string-literals.adb:[[@LINE-6]]:20: '&'
-- CHECK-NEXT: string-literals.adb:[[@LINE-7]]:21: string literal "C"
-- CHECK-NEXT: string-literals.adb:[[@LINE-8]]:24: ')'
-- CHECK-NEXT: string-literals.adb:[[@LINE-9]]:25: ';'

-- An operator symbol is a string literal to the lexer (RM 6.1(9)).
function "+" (L, R : T) return T;
-- CHECK-NEXT: string-literals.adb:[[@LINE-1]]:1: function
-- CHECK-NEXT: string-literals.adb:[[@LINE-2]]:10: string literal "+"
-- CHECK-NEXT: string-literals.adb:[[@LINE-3]]:14: '('
-- CHECK-NEXT: string-literals.adb:[[@LINE-4]]:15: identifier L
-- CHECK-NEXT: string-literals.adb:[[@LINE-5]]:16: ','
-- CHECK-NEXT: string-literals.adb:[[@LINE-6]]:18: identifier R
-- CHECK-NEXT: string-literals.adb:[[@LINE-7]]:20: ':'
-- CHECK-NEXT: string-literals.adb:[[@LINE-8]]:22: identifier T
-- CHECK-NEXT: string-literals.adb:[[@LINE-9]]:23: ')'
-- CHECK-NEXT: string-literals.adb:[[@LINE-10]]:25: return
-- CHECK-NEXT: string-literals.adb:[[@LINE-11]]:32: identifier T
-- CHECK-NEXT: string-literals.adb:[[@LINE-12]]:33: ';'

-- The replacement of " by % (RM J.2(4)), for a string without quotes.
%abc%                        -- CHECK-NEXT: string-literals.adb:[[@LINE]]:1: string literal %abc%
-- CHECK-NOT: {{.}}
