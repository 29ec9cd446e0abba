-- Broken input: an opening parenthesis never closed, in a declaration.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
package Q is
   X : Integer := (1 + (2 * 3);
   Y : Integer := 0;
end Q;
-- CHECK: unbalanced-lparen.adb:[[@LINE-3]]:31: error: missing ')'
-- CHECK: status 1
