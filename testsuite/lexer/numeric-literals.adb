-- RUN: %adac --dump-tokens %s | FileCheck %s --match-full-lines
--
-- Numeric literals (RM 2.4): decimal literals (2.4.1) with underscores
-- between digits and exponents; based literals (2.4.2) with a base from 2 to
-- 16, extended digits in either case, a point for reals and an exponent.
-- A literal with a point is a real literal, without one an integer literal
-- (even with an exponent).  The dump shows the literal as written.
0                     -- CHECK:      numeric-literals.adb:[[@LINE]]:1: integer literal 0
42                    -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 42
1_000                 -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 1_000
1_000_000             -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 1_000_000
1E6                   -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 1E6
2e+3                  -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 2e+3
1.0                   -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: real literal 1.0
0.5                   -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: real literal 0.5
3.141_592_653         -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: real literal 3.141_592_653
1.0E-3                -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: real literal 1.0E-3
6.02e+23              -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: real literal 6.02e+23
1_0.0_1E1_0           -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: real literal 1_0.0_1E1_0
16#FF#                -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 16#FF#
16#ff#                -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 16#ff#
016#0fF#              -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 016#0fF#
2#1111_1111#          -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 2#1111_1111#
8#777#                -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 8#777#
2#1#E8                -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 2#1#E8
16#E#E1               -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 16#E#E1
2#1.1#E4              -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: real literal 2#1.1#E4
16#F.FF#E+2           -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: real literal 16#F.FF#E+2
2#1.0#e-1             -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: real literal 2#1.0#e-1
1_6#A_B#              -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 1_6#A_B#

-- The replacement of # by : (RM J.2(3)).
16:FF:                -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: integer literal 16:FF:
2:1.1:E4              -- CHECK-NEXT: numeric-literals.adb:[[@LINE]]:1: real literal 2:1.1:E4

-- A point not followed by a digit ends the literal: 1..10 is a range,
-- X(1).Y a selected component, and a minus before a literal is a delimiter.
1..10
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-1]]:1: integer literal 1
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-2]]:2: ..
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-3]]:4: integer literal 10
X(1).Y
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-1]]:1: identifier X
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-2]]:2: '('
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-3]]:3: integer literal 1
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-4]]:4: ')'
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-5]]:5: '.'
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-6]]:6: identifier Y
-1.5E+2-16#F#
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-1]]:1: '-'
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-2]]:2: real literal 1.5E+2
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-3]]:8: '-'
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-4]]:9: integer literal 16#F#
2**8
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-1]]:1: integer literal 2
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-2]]:2: **
-- CHECK-NEXT: numeric-literals.adb:[[@LINE-3]]:4: integer literal 8
-- CHECK-NOT: {{.}}
