-- Broken input: a record type without `end record` before the next declaration.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
package Q is
   type R is record
      X : Integer;
   type S is new Integer;
end Q;
-- CHECK: missing-end-record.adb:[[@LINE-2]]:4: error: 'end record;' expected to close 'record' at line [[@LINE-4]]
-- CHECK: status 1
