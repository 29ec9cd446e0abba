-- Broken input: `null;` beside components.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
package Q is
   type R is record
      null;
      X : Integer;
   end record;
end Q;
-- CHECK: null-with-components.adb:[[@LINE-5]]:14: error: 'null;' must be the only component of a component list [RM 3.8(3)]
-- CHECK: status 1
