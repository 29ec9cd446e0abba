-- Broken input: a string literal not closed before the end of the line.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   Put ("abc);
end P;
-- CHECK: unterminated-string.adb:[[@LINE-2]]:9: error: string literal is not terminated before the end of the line [RM 2.6(3)]
-- The rest of the line went into the string: the missing ')' and ';'
-- are repaired without a second message.
-- CHECK: status 1
