-- RM 5.2(5/2): the target of an assignment must be a variable: a constant,
-- an in parameter and a loop parameter are not.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm52_5 is
   C : constant Integer := 1;
   V : Integer := 0;
   procedure P (X : in Integer) is
   begin
      X := 2;                       -- ERROR
      -- CHECK: rm5.2-assignment-to-constant.adb:[[# @LINE - 1]]:7: error: 'X' is a parameter of mode in and cannot be assigned to [RM 5.2(5/2)]
   end P;
begin
   V := 3;                          -- OK
   C := 4;                          -- ERROR
   -- CHECK: rm5.2-assignment-to-constant.adb:[[# @LINE - 1]]:4: error: 'C' is a constant and cannot be assigned to [RM 5.2(5/2)]
   for I in 1 .. 2 loop
      I := 5;                       -- ERROR
      -- CHECK: rm5.2-assignment-to-constant.adb:[[# @LINE - 1]]:7: error: 'I' is a loop parameter and cannot be assigned to [RM 5.2(5/2)]
   end loop;
end Rm52_5;
