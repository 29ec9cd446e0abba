-- RUN: not %adac --dump-tokens %s 2>&1 | FileCheck %s --implicit-check-not=error:
--
-- An underscore in an identifier must stand between two letters or digits
-- (RM 2.3(3)): not at the end, not two in a row.
Count_ := 1;
-- CHECK: error-identifier-underscore.adb:[[@LINE-1]]:1: error: an identifier may not end with an underscore or contain two in a row [RM 2.3(3)]
Next__Node := null;
-- CHECK: error-identifier-underscore.adb:[[@LINE-1]]:1: error: an identifier may not end with an underscore or contain two in a row [RM 2.3(3)]
   Total := Count_ + Next__Node;
-- CHECK: error-identifier-underscore.adb:[[@LINE-1]]:13: error: an identifier may not end with an underscore or contain two in a row [RM 2.3(3)]
-- CHECK: error-identifier-underscore.adb:[[@LINE-2]]:22: error: an identifier may not end with an underscore or contain two in a row [RM 2.3(3)]
Good_Name := 2;
-- CHECK: error-identifier-underscore.adb:[[@LINE-1]]:1: identifier Good_Name
