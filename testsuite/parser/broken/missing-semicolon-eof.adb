-- Broken input: the ';' after the last `end P` of the file.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
-- CHECK: missing-semicolon-eof.adb:[[@LINE+5]]:6: error: missing ';'
-- CHECK: status 1
procedure P is
begin
   null;
end P