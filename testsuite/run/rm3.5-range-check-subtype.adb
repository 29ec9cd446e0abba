-- RM 3.5(5), 5.2(11): assigning a value outside the range of the target's
-- subtype raises Constraint_Error; Natural and Positive are checked too.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: ok 5
-- CHECK-NEXT: caught small
-- CHECK-NEXT: caught natural
with Ada.Text_IO; use Ada.Text_IO;
with Report; use Report;
procedure Rm35_Range is
   subtype Small is Integer range 1 .. 10;
   S : Small := 5;
   N : Natural := 0;
begin
   S := Ident_Int (5);
   Put_Line ("ok" & Integer'Image (S));
   begin
      S := Ident_Int (11);
   exception
      when Constraint_Error => Put_Line ("caught small");
   end;
   begin
      N := Ident_Int (-1);
   exception
      when Constraint_Error => Put_Line ("caught natural");
   end;
end Rm35_Range;
