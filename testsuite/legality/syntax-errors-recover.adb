-- RM 2-13 syntax: a syntax error is reported with its position, and the
-- parser recovers at the next ';' so that later errors are reported too.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Syntax_Errors is
   X : Integer := ;
   -- CHECK: syntax-errors-recover.adb:[[# @LINE - 1]]:19: error: syntax error, unexpected ';'
   Y : Integer := 1;
begin
   X := X + * 2;
   -- CHECK: syntax-errors-recover.adb:[[# @LINE - 1]]:13: error: syntax error, unexpected '*'
   Y := 2;
end Syntax_Errors;
