-- 10.1.2(12/2): a library unit named only by a private with clause can be
-- named only in the private part of the declaration (and in its body, whose
-- context includes the declaration's).  adac made it visible in the visible
-- part too.  GNAT 12 reports the same line (after gnatchop).
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
package Helper is
   K : Integer := 5;
end Helper;

package Other is
   M : Integer := 6;
end Other;

private with Helper;
with Other;
package Client is
   A : Integer := Helper.K;                         -- ERROR
-- CHECK: rm10.1.2-12-private-with.adb:[[# @LINE - 1]]:19: error: 'Helper' is named by a private with clause, so it is visible only from the private part of this declaration on [RM 10.1.2(12/2)]
   B : Integer := Other.M;                          -- OK
   procedure P;
private
   C : Integer := Helper.K + Other.M;               -- OK
end Client;

package body Client is
   procedure P is
   begin
      C := Helper.K;                                -- OK: the body
   end P;
end Client;
