-- Broken input: a subprogram body whose `end` is missing before the next body: reported once, and the next body parses.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
package body Q is
   procedure A is
   begin
      null;
   procedure B is
   begin
      null;
   end B;
end Q;
-- CHECK: missing-end-before-body.adb:[[@LINE-5]]:4: error: 'end A;' expected to close 'procedure A' at line [[@LINE-8]]
-- CHECK: status 1
