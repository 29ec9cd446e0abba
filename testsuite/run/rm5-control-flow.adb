-- RM 5.3-5.7: if/elsif/else, case, loops (while, for, reverse, named, exit
-- when) and blocks behave as the RM says.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: for 55
-- CHECK-NEXT: reverse 3 2 1
-- CHECK-NEXT: while 5
-- CHECK-NEXT: exit when 4
-- CHECK-NEXT: named exit 3 3
-- CHECK-NEXT: empty range 0
-- CHECK-NEXT: elsif
-- CHECK-NEXT: case two-to-four
-- CHECK-NEXT: case others
with Ada.Text_IO; use Ada.Text_IO;
with Report; use Report;
procedure Rm5_Flow is
   Sum : Integer := 0;
   N : Integer := 0;
   procedure Classify (X : Integer) is
   begin
      case X is
         when 1 => Put_Line ("case one");
         when 2 .. 4 => Put_Line ("case two-to-four");
         when others => Put_Line ("case others");
      end case;
   end Classify;
begin
   for I in 1 .. 10 loop
      Sum := Sum + I;
   end loop;
   Put_Line ("for" & Integer'Image (Sum));
   Put ("reverse");
   for I in reverse 1 .. 3 loop
      Put (Integer'Image (I));
   end loop;
   New_Line;
   while N < 5 loop
      N := N + 1;
   end loop;
   Put_Line ("while" & Integer'Image (N));
   N := 0;
   loop
      N := N + 1;
      exit when N = 4;
   end loop;
   Put_Line ("exit when" & Integer'Image (N));
   Outer :
   for I in 1 .. 5 loop
      for J in 1 .. 5 loop
         if I = 3 and J = 3 then
            Put_Line ("named exit" & Integer'Image (I) & Integer'Image (J));
            exit Outer;
         end if;
      end loop;
   end loop Outer;
   N := 0;
   for I in Ident_Int (5) .. Ident_Int (1) loop
      N := N + 1;
   end loop;
   Put_Line ("empty range" & Integer'Image (N));
   if Ident_Int (1) = 2 then
      Put_Line ("if");
   elsif Ident_Bool (True) then
      Put_Line ("elsif");
   else
      Put_Line ("else");
   end if;
   Classify (Ident_Int (3));
   Classify (Ident_Int (9));
end Rm5_Flow;
