-- 4.1.3(10), 6.6: an operator can be called by its symbol, "+" (A, B), or
-- by an expanded name, P."+" (A, B), whose package must declare it: a
-- user-defined operator of P, or the predefined operator of a type declared
-- in P (implicitly declared with the type).  The direct name obeys the
-- visibility of 8.4(8/3), as A + B does.  adac took "+" (A, B) for an
-- index into a String and said P."+" was not declared, each error twice
-- (the name was analysed once per interpretation: a repeated diagnostic is
-- now given once).  GNAT 12 rejects the same three lines.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Operators_By_Name is
   package P is
      type Count is range 0 .. 100;
      type Vec is record
         X, Y : Integer;
      end record;
      function "+" (L, R : Vec) return Vec;
   end P;
   package body P is
      function "+" (L, R : Vec) return Vec is ((L.X + R.X, L.Y + R.Y));
   end P;
   package Q is
      type Other is range 0 .. 10;
   end Q;
   C : P.Count := 7;
   V : P.Vec := (1, 2);
   O : Q.Other := 1;
   B : Boolean;
begin
   C := P."-" (C, 2);                                   -- OK
   C := P."-" (Right => 2, Left => C);                  -- OK
   C := P."abs" (C);                                    -- OK
   V := P."+" (V, V);                                   -- OK: user-defined
   B := P."=" (V, V) and "and" (B, True);               -- OK
   O := P."+" (O, 1);                                   -- ERROR
   -- CHECK: rm4.1.3-10-operators-called-by-name.adb:[[# @LINE - 1]]:11: error: the predefined operator '+' of type 'Other' is not declared in package 'P' [RM 4.1.3(10)]
   O := "+" (O, 1);                                     -- ERROR
   -- CHECK: rm4.1.3-10-operators-called-by-name.adb:[[# @LINE - 1]]:9: error: the predefined operator '+' of type 'Other' is not directly visible here: it is declared in 'Q'; add 'use type' for the type or 'use Q' [RM 8.4(8/3)]
   O := Q."mod" (O);                                    -- ERROR
   -- CHECK: rm4.1.3-10-operators-called-by-name.adb:[[# @LINE - 1]]:11: error: '"mod"' is not declared in package 'Q' [RM 4.1.3(10)]
   declare
      use type Q.Other;
   begin
      O := "+" (O, 1);                                  -- OK
   end;
end Operators_By_Name;
