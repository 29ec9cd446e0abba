-- Broken input: a function specification without `return`.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
function F (X : Integer) Integer is
begin
   return X;
end F;
-- CHECK: missing-return.adb:[[@LINE-4]]:25: error: missing 'return'
-- CHECK: status 1
