-- Broken input: a parameter specification without ':'.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P (X : Integer; Y Integer) is
begin
   null;
end P;
-- CHECK: missing-colon.adb:[[@LINE-4]]:28: error: missing ':'
-- CHECK: status 1
