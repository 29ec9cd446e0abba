-- Broken input: a generic formal object of mode `out`.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
generic
   X : out Integer;
package G is
end G;
-- CHECK: formal-out-object.adb:[[@LINE-3]]:8: error: a generic formal object has mode 'in' or 'in out', not 'out' [RM 12.4(2/3)]
-- CHECK: status 1
