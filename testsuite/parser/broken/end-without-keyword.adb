-- Broken input: `end;` where `end case;` is needed.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
procedure P is
begin
   case X is
      when others => null;
   end;
end P;
-- CHECK: end-without-keyword.adb:[[@LINE-2]]:7: error: 'end case;' expected to close 'case' at line [[@LINE-4]]
-- CHECK: status 1
