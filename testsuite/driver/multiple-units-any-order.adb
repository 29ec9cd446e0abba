-- RM 10.1: a file may hold several compilation units in any order (the
-- main subprogram first here, then the package it withs), as ACATS .a
-- files do; units may also come from several files on the command line.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac %S/Inputs/hello.adb %s -o %t2 && %t2 | FileCheck %s
-- CHECK: twice 42
with Ada.Text_IO;
with Doubler;
procedure Multi is
begin
   Ada.Text_IO.Put_Line ("twice" & Integer'Image (Doubler.Twice (21)));
end Multi;

package Doubler is
   function Twice (X : Integer) return Integer;
end Doubler;

package body Doubler is
   function Twice (X : Integer) return Integer is
   begin
      return 2 * X;
   end Twice;
end Doubler;
