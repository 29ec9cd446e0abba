-- Broken input: two overriding indicators.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
package Q is
   overriding overriding procedure P (X : T);
end Q;
-- CHECK: overriding-twice.adb:[[@LINE-2]]:15: error: only one overriding indicator may be given [RM 8.3.1(2/2)]
-- CHECK: status 1
