-- COVERS: 13.11.3(4.2/3)
-- RM 13.11.3(4.2/3): a pragma Default_Storage_Pool shall not be used as a
-- configuration pragma that applies to a compilation unit that is within
-- the immediate scope of another pragma Default_Storage_Pool.  The
-- configuration pragma at the start of this compilation applies to all its
-- units (10.1.5(8)), among them Rm13113_42.Child, a child of a package
-- whose visible part has the pragma: illegal.
-- adac applied a configuration pragma to the first unit of the file only
-- and did not check this rule (the test was XFAIL): one error now, at the
-- configuration pragma.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
-- CHECK: rm13.11.3-4.2-configuration-pragma-in-scope-of-another.adb:[[# @LINE + 1]]:{{[0-9]+}}: error: {{.*}} [RM 13.11.3(4.2/3)]
pragma Default_Storage_Pool (null);                    -- ERROR (for Rm13113_42.Child)
package Rm13113_42 is
   pragma Default_Storage_Pool (null);
   type Ptr is access Integer;
end Rm13113_42;

package Rm13113_42.Child is
   X : Integer := 1;
end Rm13113_42.Child;
