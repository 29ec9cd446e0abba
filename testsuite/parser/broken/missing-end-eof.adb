-- Broken input: a file that ends inside a procedure body: the missing `end` of the innermost construct, and notes for the others.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
-- CHECK: missing-end-eof.adb:[[@LINE+7]]:1: error: 'end loop;' expected to close 'loop' at line [[@LINE+5]], before the end of the file
-- CHECK: missing-end-eof.adb:[[@LINE+2]]:1: note: 'end P;' is missing too, to close 'procedure P'
-- CHECK: status 1
procedure P is
begin
   loop
      null;
