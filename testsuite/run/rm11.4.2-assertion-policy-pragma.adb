-- 11.4.2(6/2): pragma Assertion_Policy in the program: Check for Pre, Ignore
-- for Post, without adac -gnata: the precondition is checked, the (false)
-- postcondition is not; then Check for all: pragma Assert is checked.
-- GNAT 12 prints the same lines (without -gnata).
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: {{^}}ADA.ASSERTIONS.ASSERTION_ERROR: failed precondition from rm11.4.2-assertion-policy-pragma.adb:[[# @LINE + 8]]{{$}}
-- CHECK-NEXT: {{^}}post not checked 2{{$}}
-- CHECK-NEXT: {{^}}ADA.ASSERTIONS.ASSERTION_ERROR: last{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Exceptions; use Ada.Exceptions;
procedure Assertion_Policy_Pragma is
   pragma Assertion_Policy (Pre => Check, Post => Ignore);
   function Double (X : Integer) return Integer
     with Pre => X > 0, Post => Double'Result = X;
   function Double (X : Integer) return Integer is (2 * X);
   pragma Assertion_Policy (Check);
begin
   begin
      Put_Line (Double (0)'Image);
   exception
      when E : others => Put_Line (Exception_Name (E) & ": " & Exception_Message (E));
   end;
   Put_Line ("post not checked" & Double (1)'Image);
   pragma Assert (False, "last");
exception
   when E : others => Put_Line (Exception_Name (E) & ": " & Exception_Message (E));
end Assertion_Policy_Pragma;
