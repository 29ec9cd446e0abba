-- Broken input: a case alternative without `=>`.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   case X is
      when 1 null;
      when others => null;
   end case;
end P;
-- CHECK: missing-arrow.adb:[[@LINE-4]]:13: error: missing '=>'
-- CHECK: status 1
