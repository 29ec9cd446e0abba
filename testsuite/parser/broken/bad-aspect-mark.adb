-- Broken input: an aspect mark with an attribute other than 'Class.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
package Q is
   procedure P with Pre'Old => True;
end Q;
-- CHECK: bad-aspect-mark.adb:[[@LINE-2]]:25: error: an aspect mark is an identifier or Identifier'Class [RM 13.1.1(3/3)]
-- CHECK: status 1
