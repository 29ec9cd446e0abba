-- Broken input: a file that ends inside an expression.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
-- CHECK: eof-in-expression.adb:[[@LINE+5]]:12: error: syntax error, unexpected end of file, expected an expression
-- CHECK: eof-in-expression.adb:[[@LINE+2]]:1: note: the file ends inside 'procedure P', which 'end P;' would close
-- CHECK: status 1
procedure P is
begin
   X := 1 +