-- Broken input: a subprogram body in a package specification.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
package Q is
   procedure P is
   begin
      null;
   end P;
end Q;
-- CHECK: body-in-spec.adb:[[@LINE-5]]:4: error: a body is not allowed in a package specification, only in the package body [RM 7.1(2), 3.11(4)]
-- CHECK: status 1
