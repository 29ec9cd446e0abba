-- 3.5(39): S'Width is the longest image of a value of S: an enumeration
-- subtype's longest literal, an integer subtype's longer bound with its
-- sign or space, Character's RESERVED_128 (3.5(27.3/2): the images of
-- 128 .. 159 are Latin_1's names, which adac spelled Character_NNN).
-- GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: 5 3 4 5 11 4 5 12 3
-- CHECK-NEXT: RESERVED_128 BPH APC
with Ada.Text_IO; use Ada.Text_IO;
procedure Width is
   type Color is (Red, Green, Blue);
   subtype Small is Integer range 1 .. 10;
   subtype Neg is Integer range -100 .. 5;
   subtype Warm is Color range Red .. Green;
   type Byte is mod 256;
   subtype Lower is Character range 'a' .. 'z';
begin
   Put_Line (Integer'Image (Color'Width) & Integer'Image (Small'Width) & Integer'Image (Neg'Width)
             & Integer'Image (Warm'Width) & Integer'Image (Integer'Width) & Integer'Image (Byte'Width)
             & Integer'Image (Boolean'Width) & Integer'Image (Character'Width) & Integer'Image (Lower'Width));
   Put_Line (Character'Image (Character'Val (128)) & " " & Character'Image (Character'Val (130)) & " "
             & Character'Image (Character'Val (159)));
end Width;
