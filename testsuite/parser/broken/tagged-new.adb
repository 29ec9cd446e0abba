-- Broken input: `tagged` before `new` in a derived type.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
package Q is
   type T is tagged new P with null record;
end Q;
-- CHECK: tagged-new.adb:[[@LINE-2]]:14: error: these keywords do not make a derived type: its definition starts [abstract] [limited | synchronized] [RM 3.2.1, 3.9.4]
-- CHECK: status 1
