-- Broken input: a body without statements.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
end P;
-- CHECK: empty-statements.adb:[[@LINE-1]]:1: error: a sequence of statements needs at least one statement (write 'null;') [RM 5.1(2/3)]
-- CHECK: status 1
