-- Broken input: `end loop;` closing an if statement.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   if X then null; end loop;
end P;
-- CHECK: wrong-end-keyword.adb:[[@LINE-2]]:24: error: 'end if;' expected to close 'if' at line [[@LINE-2]], not 'end loop'
-- CHECK: status 1
