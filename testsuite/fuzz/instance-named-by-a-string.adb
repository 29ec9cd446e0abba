-- Found by fuzz/mutate-campaign.py (an identifier swapped with a string
-- literal): a procedure instance named by a string literal reached sema
-- with no name, which followed a null identifier.  Now an error.
-- RUN: not %adac %s -o %t 2>&1 | FileCheck %s --implicit-check-not=error:
with Ada.Unchecked_Deallocation;
procedure Instance_Named_By_A_String is
   type T_Ptr is access Integer;
   procedure "-- leaving" is new Ada.Unchecked_Deallocation (Integer, T_Ptr);
   -- CHECK: instance-named-by-a-string.adb:[[# @LINE - 1]]:14: error: an operator symbol names a function, not a procedure [RM 6.1(9)]
begin
   null;
end Instance_Named_By_A_String;
