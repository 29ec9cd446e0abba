-- RUN: %adac --dump-tokens %s | FileCheck %s --allow-empty
-- RUN: %adac --dump-tokens %S/Inputs/empty.adb | FileCheck %s --allow-empty
--
-- A file of comments and blank lines, and an empty file, have no tokens.

   -- an indented comment
	-- after a tab
-- CHECK-NOT: {{.}}
