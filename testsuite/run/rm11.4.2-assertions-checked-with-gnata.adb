-- 11.4.2, 6.1.1: with adac -gnata (as GNAT's), pragma Assert, Pre and Post
-- are checked: a failure raises Ada.Assertions.Assertion_Error with GNAT's
-- messages ("failed precondition from FILE:LINE", the pragma's own message
-- or FILE:LINE); a postcondition is checked at a return statement and at
-- the normal completion of a procedure, with X'Old the value at the call
-- (S.Top'Old, a component of S'Old) and F'Result the function's result.
-- Without -gnata nothing is checked (the OFF lines: Pop of an empty stack
-- fails its range check instead).  adac did not look at contracts at all.
-- GNAT 12 prints the same lines, with and without -gnata.
-- RUN: %adac -gnata %s -o %t && %t | FileCheck %s
-- RUN: %adac -gnata -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- RUN: %adac %s -o %t.off && %t.off | FileCheck %s --check-prefix=OFF
-- CHECK: {{^}}popped b{{$}}
-- CHECK-NEXT: {{^}}top 2{{$}}
-- CHECK-NEXT: {{^}}ADA.ASSERTIONS.ASSERTION_ERROR: failed postcondition from rm11.4.2-assertions-checked-with-gnata.adb:[[# @LINE + 17]]{{$}}
-- CHECK-NEXT: {{^}}ADA.ASSERTIONS.ASSERTION_ERROR: failed precondition from rm11.4.2-assertions-checked-with-gnata.adb:[[# @LINE + 18]]{{$}}
-- CHECK-NEXT: {{^}}ADA.ASSERTIONS.ASSERTION_ERROR: rm11.4.2-assertions-checked-with-gnata.adb:[[# @LINE + 60]]{{$}}
-- OFF: {{^}}popped b{{$}}
-- OFF-NEXT: {{^}}top 2{{$}}
-- OFF-NEXT: {{^}}CONSTRAINT_ERROR: rm11.4.2-assertions-checked-with-gnata.adb:[[# @LINE + 30]] range check failed{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Exceptions; use Ada.Exceptions;
procedure Assertions_Checked is
   type Stack is record
      Top  : Natural := 0;
      Data : String (1 .. 3) := "   ";
   end record;
   function Is_Full (S : Stack) return Boolean is (S.Top = S.Data'Length);
   procedure Push (S : in out Stack; C : Character)
     with Pre => not Is_Full (S), Post => S.Top = S.Top'Old + 1 and S.Data (S.Top) = C;
   procedure Bad_Push (S : in out Stack; C : Character)
     with Post => S.Top = S.Top'Old + 1;
   function Pop (S : in out Stack) return Character
     with Pre => S.Top > 0, Post => Pop'Result = S'Old.Data (S'Old.Top);
   procedure Push (S : in out Stack; C : Character) is
   begin
      S.Top := S.Top + 1;
      S.Data (S.Top) := C;
   end Push;
   procedure Bad_Push (S : in out Stack; C : Character) is
   begin
      if C = 'x' then
         return;                      --  leaves without pushing: Post fails
      end if;
      S.Top := S.Top + 1;
      S.Data (S.Top) := C;
   end Bad_Push;
   function Pop (S : in out Stack) return Character is
   begin
      S.Top := S.Top - 1;
      return S.Data (S.Top + 1);
   end Pop;
   S : Stack;
begin
   Push (S, 'a');
   Push (S, 'b');
   Put_Line ("popped " & Pop (S));
   Bad_Push (S, 'c');
   Put_Line ("top" & S.Top'Image);
   begin
      Bad_Push (S, 'x');
   exception
      when E : others => Put_Line (Exception_Name (E) & ": " & Exception_Message (E));
   end;
   begin
      Push (S, 'd');
   exception
      when E : others => Put_Line (Exception_Name (E) & ": " & Exception_Message (E));
   end;
   begin
      S.Top := 0;
      Put_Line ("popped " & Pop (S));
   exception
      when E : others => Put_Line (Exception_Name (E) & ": " & Exception_Message (E));
   end;
   pragma Assert (S.Top = 0, "stack empty at the end");
   pragma Assert (S.Top /= 0);
exception
   when E : others => Put_Line (Exception_Name (E) & ": " & Exception_Message (E));
end Assertions_Checked;
