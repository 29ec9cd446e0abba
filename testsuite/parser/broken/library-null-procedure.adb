-- Broken input: a null procedure as a library unit.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is null;
-- CHECK: library-null-procedure.adb:[[@LINE-1]]:1: error: a null procedure cannot be a library unit [RM 10.1.1(3-6)]
-- CHECK: status 1
