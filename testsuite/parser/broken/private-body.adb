-- Broken input: a private library body.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
private package body P is
end P;
-- CHECK: private-body.adb:[[@LINE-2]]:9: error: only a library unit declaration or renaming can be private [RM 10.1.1(8)]
-- CHECK: status 1
