-- RUN: %adac --dump-tokens %s | FileCheck %s --match-full-lines
--
-- Comments (RM 2.7) run from "--" to the end of the line and may hold any
-- text: quotes, apostrophes, "--", UTF-8 (é, λ, →), reserved words.  They
-- produce no tokens.
---------------------------------------------------------------------------
--
-- begin end ' " '' """ 16#FG# $ ? [ ] { } ~ ^ @ \
A -- a comment after a token
-- CHECK:      comments.adb:[[@LINE-1]]:1: identifier A
B--comment without blanks
-- CHECK-NEXT: comments.adb:[[@LINE-1]]:1: identifier B
C - D
-- CHECK-NEXT: comments.adb:[[@LINE-1]]:1: identifier C
-- CHECK-NEXT: comments.adb:[[@LINE-2]]:3: '-'
-- CHECK-NEXT: comments.adb:[[@LINE-3]]:5: identifier D
E -- F "G" 'H' -- I
-- CHECK-NEXT: comments.adb:[[@LINE-1]]:1: identifier E
"--" -- the string holds two hyphens, the comment follows
-- CHECK-NEXT: comments.adb:[[@LINE-1]]:1: string literal "--"
   --  an indented comment
--
Last
-- CHECK-NEXT: comments.adb:[[@LINE-1]]:1: identifier Last
-- CHECK-NOT: {{.}}
-- A comment on the last line, with no line break after it