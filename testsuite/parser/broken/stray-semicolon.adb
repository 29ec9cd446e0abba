-- Broken input: an empty declaration (`;;`).
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
   X : Integer := 1;;
begin
   null;
end P;
-- CHECK: stray-semicolon.adb:[[@LINE-4]]:21: error: syntax error, unexpected ';', expected a declaration or 'begin'
-- CHECK: status 1
