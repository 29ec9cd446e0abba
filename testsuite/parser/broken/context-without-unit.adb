-- Broken input: a with clause and nothing after it.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
with Ada.Text_IO;
-- CHECK: context-without-unit.adb:[[@LINE-1]]:1: error: a context clause must be followed by a library unit or subunit [RM 10.1.2(2)]
-- CHECK: status 1
