-- RM 7.1, 7.2, 10.2: a package declaration and body in the same file are
-- elaborated before the main subprogram runs; the body's statements run
-- once; library-level objects keep their values between calls.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: body elaborated
-- CHECK-NEXT: counter 3
-- CHECK-NEXT: limit 100
package Counters is
   Limit : constant Integer := 100;
   procedure Bump;
   function Value return Integer;
end Counters;

with Ada.Text_IO;
package body Counters is
   Count : Integer := 0;
   procedure Bump is
   begin
      Count := Count + 1;
   end Bump;
   function Value return Integer is
   begin
      return Count;
   end Value;
begin
   Ada.Text_IO.Put_Line ("body elaborated");
end Counters;

with Ada.Text_IO; use Ada.Text_IO;
with Counters;
procedure Rm7_Elab is
begin
   Counters.Bump;
   Counters.Bump;
   Counters.Bump;
   Put_Line ("counter" & Integer'Image (Counters.Value));
   Put_Line ("limit" & Integer'Image (Counters.Limit));
end Rm7_Elab;
