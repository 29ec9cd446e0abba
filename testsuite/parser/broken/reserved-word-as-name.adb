-- Broken input: a reserved word where an identifier is expected.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
   Type : Integer;
begin
   null;
end P;
-- CHECK: reserved-word-as-name.adb:[[@LINE-4]]:9: error: syntax error, unexpected ':', expected an identifier
-- CHECK: status 1
