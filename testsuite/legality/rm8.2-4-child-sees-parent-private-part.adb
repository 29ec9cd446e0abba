-- 8.2(4): the declarations of a library unit's private part are not
-- visible in the visible part of a public child's declaration, only in its
-- private part and body (and everywhere in a private child).  The full
-- view of a private type is hidden there likewise (7.3(15)).
-- 10.1.2(8/2): a private child can be named in a with clause only by the
-- declarations and bodies of its parent's private descendants, the bodies
-- of its public descendants, and their declarations by private with.
-- adac accepted all of these before.  GNAT 12 reports the same four
-- (after gnatchop).
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
package Par is
   type T is private;
   function Make return T;
private
   type T is record
      X : Integer := 1;
   end record;
   Secret : Integer := 42;
   function Make return T is ((X => 2));
end Par;

private package Par.Priv is
   V : Integer := Secret;                           -- OK: a private child
   Y : Integer := Make.X;                           -- OK
end Par.Priv;

package Par.Pub is
   V : Integer := Secret;                           -- ERROR
-- CHECK: rm8.2-4-child-sees-parent-private-part.adb:[[# @LINE - 1]]:19: error: 'Secret' is declared in the private part of 'Par', which the visible part of a public child unit cannot see (its private part and body can) [RM 8.2(4)]
   Y : Integer := Make.X;                           -- ERROR
-- CHECK: rm8.2-4-child-sees-parent-private-part.adb:[[# @LINE - 1]]:24: error: 'Make' is of the private type 'T': its component 'X' is not visible here [RM 7.3(15)]
   function Get (Z : T) return Integer;
private
   W : Integer := Secret + Make.X;                  -- OK
end Par.Pub;

with Par.Priv;                                      -- OK: a body
package body Par.Pub is
   function Get (Z : T) return Integer is (Z.X + Secret + W + Par.Priv.V);
end Par.Pub;

private with Par.Priv;                              -- OK: private with
with Par.Priv;                                      -- ERROR
-- CHECK: rm8.2-4-child-sees-parent-private-part.adb:[[# @LINE - 1]]:6: error: 'Par.Priv' is a private child unit: only the declarations and bodies of private descendants of 'Par', the bodies of its public descendants, and (with private with) their declarations can name it [RM 10.1.2(8/2)]
package Par.Pub2 is
   A : Integer := 0;
end Par.Pub2;

with Par.Pub;
with Par.Priv;                                      -- ERROR
-- CHECK: rm8.2-4-child-sees-parent-private-part.adb:[[# @LINE - 1]]:6: error: 'Par.Priv' is a private child unit
procedure Use_It is
   Z : Integer := Par.Pub.Get (Par.Make);
begin
   null;
end Use_It;
