-- Broken input: a declaration without its ';' before a declaration on the next line.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
   X : Integer := 1
   Y : Integer;
begin
   null;
end P;
-- CHECK: missing-semicolon-decl.adb:[[@LINE-5]]:20: error: missing ';'
-- CHECK: status 1
