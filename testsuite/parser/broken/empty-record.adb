-- Broken input: a record without components.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
package Q is
   type R is record end record;
end Q;
-- CHECK: empty-record.adb:[[@LINE-2]]:14: error: a component list needs at least one component, or 'null;' [RM 3.8(3)]
-- CHECK: status 1
