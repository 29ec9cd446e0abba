-- Case expressions (4.5.7): the arm whose choices cover the selector gives
-- the value (single values, ranges, alternatives, others), of the type the
-- context expects, unconstrained String results included.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: red,green or blue,other 40 0-1 b
with Ada.Text_IO; use Ada.Text_IO;
procedure Cx is
   type Color is (Red, Green, Blue, Black);
   function Name (C : Color) return String is
     (case C is when Red => "red", when Green | Blue => "green or blue", when others => "other");
   function Code (N : Integer) return Integer is
     (case N is when 1 .. 9 => N * 10, when 10 => 0, when others => -1);
   subtype Small is Integer range 1 .. 3;
   function Pick (N : Small) return Character is (case N is when 1 => 'a', when 2 => 'b', when 3 => 'c');
begin
   Put_Line (Name (Red) & "," & Name (Blue) & "," & Name (Black) & Integer'Image (Code (4))
             & Integer'Image (Code (10)) & Integer'Image (Code (11)) & " " & Pick (2));
end Cx;
