-- 7.2(4): a library package declaration shall not have a body unless it
-- requires one (7.1(5/2): a declaration needing a completion, such as a
-- subprogram declaration) or pragma Elaborate_Body asks for one (10.2.1(25)).
-- Null procedures, expression functions, abstract and imported subprograms
-- need no body.  GNAT 12 reports the same two packages ("package ... does
-- not allow a body").
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
package Needs_None is
   V : Integer := 1;
   procedure Nothing is null;
   function Two return Integer is (2);
end Needs_None;

package body Needs_None is                          -- ERROR
-- CHECK: rm7.2-4-library-package-body-not-required.adb:[[# @LINE - 1]]:14: error: library package 'Needs_None' does not require a body, so it cannot have one; add pragma Elaborate_Body to its declaration if it is meant to have one [RM 7.2(4)]
begin
   V := Two;
end Needs_None;

package Nested_Only is
   package Inner is
      X : Integer := 0;
   end Inner;
end Nested_Only;

package body Nested_Only is                         -- ERROR
-- CHECK: rm7.2-4-library-package-body-not-required.adb:[[# @LINE - 1]]:14: error: library package 'Nested_Only' does not require a body
end Nested_Only;

package Asks_For_One is
   pragma Elaborate_Body;
   V : Integer;
end Asks_For_One;

package body Asks_For_One is                        -- OK
begin
   V := 3;
end Asks_For_One;

package Has_Subprogram is
   procedure P;
end Has_Subprogram;

package body Has_Subprogram is                      -- OK
   procedure P is null;
end Has_Subprogram;

package Inner_Needs is
   package Inner is
      procedure Q;
   end Inner;
end Inner_Needs;

package body Inner_Needs is                         -- OK
   package body Inner is
      procedure Q is null;
   end Inner;
end Inner_Needs;
