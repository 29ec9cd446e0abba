-- 10.1.5(8), 13.11.3(4.1/3): a configuration pragma applies to every
-- compilation unit of its compilation: pragma Default_Storage_Pool (null)
-- before the first unit makes the Storage_Size of the access types of both
-- units zero, so both allocators are illegal (4.8(5.4/3)).  adac applied it
-- to the first unit only.  (GNAT 12 compiles one unit per file: gnatchop
-- would split this one, and its configuration pragma would then go to
-- gnat.adc for both.)
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
pragma Default_Storage_Pool (null);
package Config_Pool is
   type P is access Integer;
   X : P := new Integer;                          -- ERROR
   -- CHECK: rm10.1.5-8-configuration-pragma-applies-to-every-unit.adb:[[# @LINE - 1]]:13: error: no allocator can be of the access type 'P': its Storage_Size is zero [RM 4.8(5.4/3)]
end Config_Pool;

package Config_Pool.Child is
   type Q is access Integer;
   Y : Q := new Integer;                          -- ERROR
   -- CHECK: rm10.1.5-8-configuration-pragma-applies-to-every-unit.adb:[[# @LINE - 1]]:13: error: no allocator can be of the access type 'Q': its Storage_Size is zero [RM 4.8(5.4/3)]
end Config_Pool.Child;
