-- Broken input: a sequence of labels without a statement.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   <<L>>
end P;
-- CHECK: labels-only.adb:[[@LINE-2]]:4: error: a label must be followed by a statement (write 'null;') [RM 5.1(2/3)]
-- CHECK: status 1
