-- RUN: %adac --dump-tokens %s | FileCheck %s --match-full-lines
--
-- The apostrophe (RM 2.5, 4.1.4, 4.7): after a name (an identifier, a ')',
-- `all`) it is a tick, the start of an attribute or of a qualified
-- expression; elsewhere 'x' is a character literal.  So T'('A') is T, tick,
-- '(', the character literal 'A', ')'; and ''' is the character literal of
-- the apostrophe itself.
T'('A')
-- CHECK:      character-literals-and-ticks.adb:[[@LINE-1]]:1: identifier T
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-2]]:2: '
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-3]]:3: '('
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-4]]:4: character literal 'A'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-5]]:7: ')'
X'First
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-1]]:1: identifier X
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-2]]:2: '
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-3]]:3: identifier First
Character'Val(65)
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-1]]:1: identifier Character
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-2]]:10: '
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-3]]:11: identifier Val
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-4]]:14: '('
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-5]]:15: integer literal 65
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-6]]:17: ')'
C := ''';
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-1]]:1: identifier C
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-2]]:3: :=
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-3]]:6: character literal '''
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-4]]:9: ';'
Put (' '); Put ('"'); Put('x');
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-1]]:1: identifier Put
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-2]]:5: '('
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-3]]:6: character literal ' '
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-4]]:9: ')'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-5]]:10: ';'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-6]]:12: identifier Put
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-7]]:16: '('
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-8]]:17: character literal '"'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-9]]:20: ')'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-10]]:21: ';'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-11]]:23: identifier Put
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-12]]:26: '('
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-13]]:27: character literal 'x'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-14]]:30: ')'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-15]]:31: ';'

-- A tick after ')' and after `all`: F(X)'Size, P.all'Address.
F(X)'Size
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-1]]:1: identifier F
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-2]]:2: '('
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-3]]:3: identifier X
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-4]]:4: ')'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-5]]:5: '
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-6]]:6: identifier Size
P.all'Address
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-1]]:1: identifier P
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-2]]:2: '.'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-3]]:3: all
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-4]]:6: '
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-5]]:7: identifier Address

-- A qualified aggregate and a qualified character: the 3-character
-- sequence '(' after a name is a tick and a parenthesis, not a literal.
Character'('a') = Character'Pred ('b')
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-1]]:1: identifier Character
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-2]]:10: '
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-3]]:11: '('
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-4]]:12: character literal 'a'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-5]]:15: ')'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-6]]:17: '='
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-7]]:19: identifier Character
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-8]]:28: '
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-9]]:29: identifier Pred
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-10]]:34: '('
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-11]]:35: character literal 'b'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-12]]:38: ')'
Pair'(others => 'z')
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-1]]:1: identifier Pair
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-2]]:5: '
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-3]]:6: '('
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-4]]:7: others
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-5]]:14: =>
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-6]]:17: character literal 'z'
-- CHECK-NEXT: character-literals-and-ticks.adb:[[@LINE-7]]:20: ')'
-- CHECK-NOT: {{.}}
