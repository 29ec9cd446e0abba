-- A.10.8(11-13), A.10.5(13): Ada.Integer_Text_IO.Put writes an integer's
-- image right-justified in Width columns (Integer'Width by default, or
-- wider when needed), based as 16#FF# when Base /= 10; New_Line (Spacing)
-- writes Spacing line terminators.  adac had neither.  GNAT 12 prints the
-- same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s --match-full-lines --strict-whitespace
-- CHECK:         42
-- CHECK-NEXT:42
-- CHECK-NEXT:   -7
-- CHECK-NEXT:16#FF#
-- CHECK-NEXT: -2#101#
-- CHECK-NEXT:-2147483648
-- CHECK-EMPTY:
-- CHECK-NEXT:8#14#
-- CHECK-NEXT:end
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Integer_Text_IO; use Ada.Integer_Text_IO;
procedure Integer_Text_IO_Put is
begin
   Put (42); New_Line;
   Put (42, 0); New_Line;
   Put (-7, 5); New_Line;
   Put (255, 0, 16); New_Line;
   Put (-5, 8, 2); New_Line;
   Put (Integer'First, 0); New_Line (2);
   Put (12, Width => 4, Base => 8);
   New_Line;
   Put_Line ("end");
end Integer_Text_IO_Put;
