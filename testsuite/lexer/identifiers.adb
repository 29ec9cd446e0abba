-- RUN: %adac --dump-tokens %s | FileCheck %s --match-full-lines
--
-- Identifiers (RM 2.3): a letter, then letters and digits, with single
-- underscores between them.  The dump keeps the spelling as written; case
-- folding is for name resolution, not for the lexer.
X                     -- CHECK:      identifiers.adb:[[@LINE]]:1: identifier X
y                     -- CHECK-NEXT: identifiers.adb:[[@LINE]]:1: identifier y
Hello_World           -- CHECK-NEXT: identifiers.adb:[[@LINE]]:1: identifier Hello_World
ALL_CAPS_NAME         -- CHECK-NEXT: identifiers.adb:[[@LINE]]:1: identifier ALL_CAPS_NAME
a1_B2_c3              -- CHECK-NEXT: identifiers.adb:[[@LINE]]:1: identifier a1_B2_c3
Node_Ptr2             -- CHECK-NEXT: identifiers.adb:[[@LINE]]:1: identifier Node_Ptr2
A_B_C_D_E_F_G_H_I_J   -- CHECK-NEXT: identifiers.adb:[[@LINE]]:1: identifier A_B_C_D_E_F_G_H_I_J
   Indented           -- CHECK-NEXT: identifiers.adb:[[@LINE]]:4: identifier Indented
	Tabbed            -- CHECK-NEXT: identifiers.adb:[[@LINE]]:2: identifier Tabbed

-- Several on one line, separated by blanks and delimiters; the columns
-- count bytes from 1.
Ada.Text_IO.Put_Line (Item);
-- CHECK-NEXT: identifiers.adb:[[@LINE-1]]:1: identifier Ada
-- CHECK-NEXT: identifiers.adb:[[@LINE-2]]:4: '.'
-- CHECK-NEXT: identifiers.adb:[[@LINE-3]]:5: identifier Text_IO
-- CHECK-NEXT: identifiers.adb:[[@LINE-4]]:12: '.'
-- CHECK-NEXT: identifiers.adb:[[@LINE-5]]:13: identifier Put_Line
-- CHECK-NEXT: identifiers.adb:[[@LINE-6]]:22: '('
-- CHECK-NEXT: identifiers.adb:[[@LINE-7]]:23: identifier Item
-- CHECK-NEXT: identifiers.adb:[[@LINE-8]]:27: ')'
-- CHECK-NEXT: identifiers.adb:[[@LINE-9]]:28: ';'
-- CHECK-NOT: {{.}}
