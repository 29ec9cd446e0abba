-- RUN: %adac --dump-tokens %s | FileCheck %s --match-full-lines
--
-- Delimiters (RM 2.2): the single ones & ' ( ) * + , - . / : ; < = > |
-- and the compound ones => .. ** := /= >= <= << >> <>.  A compound
-- delimiter is taken whole, the longest match first.
&                     -- CHECK:      delimiters.adb:[[@LINE]]:1: '&'
'                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: '
(                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: '('
)                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: ')'
*                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: '*'
+                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: '+'
,                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: ','
-                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: '-'
.                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: '.'
/                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: '/'
:                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: ':'
;                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: ';'
<                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: '<'
=                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: '='
>                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: '>'
|                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: '|'
=>                    -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: =>
..                    -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: ..
**                    -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: **
:=                    -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: :=
/=                    -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: /=
>=                    -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: >=
<=                    -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: <=
<<                    -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: <<
>>                    -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: >>
<>                    -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: <>

-- The replacement of | by ! (RM J.2(2)).
!                     -- CHECK-NEXT: delimiters.adb:[[@LINE]]:1: '|'

-- Delimiters without blanks between them.
<<L>>X:=-Y**2/=Z;
-- CHECK-NEXT: delimiters.adb:[[@LINE-1]]:1: <<
-- CHECK-NEXT: delimiters.adb:[[@LINE-2]]:3: identifier L
-- CHECK-NEXT: delimiters.adb:[[@LINE-3]]:4: >>
-- CHECK-NEXT: delimiters.adb:[[@LINE-4]]:6: identifier X
-- CHECK-NEXT: delimiters.adb:[[@LINE-5]]:7: :=
-- CHECK-NEXT: delimiters.adb:[[@LINE-6]]:9: '-'
-- CHECK-NEXT: delimiters.adb:[[@LINE-7]]:10: identifier Y
-- CHECK-NEXT: delimiters.adb:[[@LINE-8]]:11: **
-- CHECK-NEXT: delimiters.adb:[[@LINE-9]]:13: integer literal 2
-- CHECK-NEXT: delimiters.adb:[[@LINE-10]]:14: /=
-- CHECK-NEXT: delimiters.adb:[[@LINE-11]]:16: identifier Z
-- CHECK-NEXT: delimiters.adb:[[@LINE-12]]:17: ';'
A(1..N=>B<=C,others=><>)
-- CHECK-NEXT: delimiters.adb:[[@LINE-1]]:1: identifier A
-- CHECK-NEXT: delimiters.adb:[[@LINE-2]]:2: '('
-- CHECK-NEXT: delimiters.adb:[[@LINE-3]]:3: integer literal 1
-- CHECK-NEXT: delimiters.adb:[[@LINE-4]]:4: ..
-- CHECK-NEXT: delimiters.adb:[[@LINE-5]]:6: identifier N
-- CHECK-NEXT: delimiters.adb:[[@LINE-6]]:7: =>
-- CHECK-NEXT: delimiters.adb:[[@LINE-7]]:9: identifier B
-- CHECK-NEXT: delimiters.adb:[[@LINE-8]]:10: <=
-- CHECK-NEXT: delimiters.adb:[[@LINE-9]]:12: identifier C
-- CHECK-NEXT: delimiters.adb:[[@LINE-10]]:13: ','
-- CHECK-NEXT: delimiters.adb:[[@LINE-11]]:14: others
-- CHECK-NEXT: delimiters.adb:[[@LINE-12]]:20: =>
-- CHECK-NEXT: delimiters.adb:[[@LINE-13]]:22: <>
-- CHECK-NEXT: delimiters.adb:[[@LINE-14]]:24: ')'
X>=Y>Z<W*V**U...
-- CHECK-NEXT: delimiters.adb:[[@LINE-1]]:1: identifier X
-- CHECK-NEXT: delimiters.adb:[[@LINE-2]]:2: >=
-- CHECK-NEXT: delimiters.adb:[[@LINE-3]]:4: identifier Y
-- CHECK-NEXT: delimiters.adb:[[@LINE-4]]:5: '>'
-- CHECK-NEXT: delimiters.adb:[[@LINE-5]]:6: identifier Z
-- CHECK-NEXT: delimiters.adb:[[@LINE-6]]:7: '<'
-- CHECK-NEXT: delimiters.adb:[[@LINE-7]]:8: identifier W
-- CHECK-NEXT: delimiters.adb:[[@LINE-8]]:9: '*'
-- CHECK-NEXT: delimiters.adb:[[@LINE-9]]:10: identifier V
-- CHECK-NEXT: delimiters.adb:[[@LINE-10]]:11: **
-- CHECK-NEXT: delimiters.adb:[[@LINE-11]]:13: identifier U
-- CHECK-NEXT: delimiters.adb:[[@LINE-12]]:14: ..
-- CHECK-NEXT: delimiters.adb:[[@LINE-13]]:16: '.'
-- CHECK-NOT: {{.}}
