-- Broken input: a component in the visible part of a protected unit.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
package Q is
   protected Obj is
      X : Integer;
   end Obj;
end Q;
-- CHECK: protected-visible-component.adb:[[@LINE-3]]:7: error: the components of a protected unit are declared in its private part [RM 9.4(6)]
-- CHECK: status 1
