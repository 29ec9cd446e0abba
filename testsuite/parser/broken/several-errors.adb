-- Broken input: several errors in one file: each is reported once, at its place, and nothing else.
-- RUN: sh -c '%adac -fsyntax-only %s; echo status $?' 2>&1 | FileCheck %s --implicit-check-not=error:
package body Q is
   X : Integer := ;
   Y : Integer := 2
   procedure P is
   begin
      if X = 1
         X := 2;
      end if;
      Z := (1 + 2;
      W := X + * 1;
      case X is
         when 1 null;
         when others => null;
      end case;
   end P;
   function F return Integer is
   begin
      return 1;
   end;
end Q;
-- CHECK: several-errors.adb:[[@LINE-19]]:19: error: syntax error, unexpected ';', expected an expression
-- CHECK: several-errors.adb:[[@LINE-19]]:20: error: missing ';'
-- CHECK: several-errors.adb:[[@LINE-17]]:15: error: missing 'then'
-- CHECK: several-errors.adb:[[@LINE-15]]:18: error: missing ')'
-- CHECK: several-errors.adb:[[@LINE-15]]:16: error: syntax error, unexpected '*', expected an expression
-- CHECK: several-errors.adb:[[@LINE-14]]:16: error: missing '=>'
-- CHECK: status 1
