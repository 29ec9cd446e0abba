-- RM A.15 (Ada.Command_Line) and 3.5(52) ('Value): the arguments of the
-- program, a value read from one, the exit status a program sets, and
-- Constraint_Error for input that is no integer literal.
-- RUN: %adac %s -o %t
-- RUN: sh -c '%t " 1_0 " two; echo "status $?"' | FileCheck %s
-- RUN: sh -c '%t 16#FF#; echo "status $?"' | FileCheck --check-prefix=BASED %s
-- RUN: sh -c '%t 12x 2>&1; echo "status $?"' | FileCheck --check-prefix=BAD %s
-- CHECK: args 2
-- CHECK-NEXT: value 10 of " 1_0 "
-- CHECK-NEXT: status 3
-- BASED: value 255 of "16#FF#"
-- BAD: raised CONSTRAINT_ERROR : bad input for 'Value: "12x"
-- BAD: status 1
with Ada.Command_Line; use Ada.Command_Line;
with Ada.Text_IO; use Ada.Text_IO;
procedure Cmd_Line is
   N : Natural;
begin
   Put_Line ("args" & Integer'Image (Argument_Count));
   N := Natural'Value (Argument (1));
   Put_Line ("value" & Integer'Image (N) & " of """ & Argument (1) & """");
   Set_Exit_Status (3);
end Cmd_Line;
