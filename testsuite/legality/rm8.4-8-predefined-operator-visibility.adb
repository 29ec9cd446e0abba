-- 8.4(8/3), 4.5: the predefined operators of a type are declared with it,
-- in its package: outside, they are directly visible only through a use
-- clause of the package or a use type clause of the type (or inside the
-- package, its children and its body).  adac let every operator through.
-- GNAT 12 reports the same four lines ("operator for type ... is not
-- directly visible").
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Op_Visibility is
   package P is
      type Count is range 0 .. 100;
      type Ptr is access Integer;
      type Flags is array (1 .. 3) of Boolean;
      Zero : constant Count := 0 + 0;                 -- OK: inside P
   end P;
   package Q is
      type Count2 is new P.Count;                     -- its operators are Q's
   end Q;
   A, B : P.Count := 1;
   R : P.Ptr;
   F : P.Flags := (others => False);
   C : Q.Count2 := 1;
   I : Integer := 1 + 2;                              -- OK: Standard
begin
   A := A + B;                                        -- ERROR
   -- CHECK: rm8.4-8-predefined-operator-visibility.adb:[[# @LINE - 1]]:11: error: the predefined operator '+' of type 'Count' is not directly visible here: it is declared in 'P'; add 'use type' for the type or 'use P' [RM 8.4(8/3)]
   if R = null then                                   -- ERROR
   -- CHECK: rm8.4-8-predefined-operator-visibility.adb:[[# @LINE - 1]]:9: error: the predefined operator '=' of type 'Ptr' is not directly visible here
      null;
   end if;
   F := not F;                                        -- ERROR
   -- CHECK: rm8.4-8-predefined-operator-visibility.adb:[[# @LINE - 1]]:9: error: the predefined operator not of type 'Flags' is not directly visible here
   C := C * 2;                                        -- ERROR
   -- CHECK: rm8.4-8-predefined-operator-visibility.adb:[[# @LINE - 1]]:11: error: the predefined operator '*' of type 'Count2' is not directly visible here: it is declared in 'Q'
   declare
      use type P.Count;
   begin
      A := A - B;                                     -- OK: use type
   end;
   declare
      use P;
   begin
      if R /= null and then A < B then               -- OK: use P
         F := F and F;
      end if;
   end;
   declare
      use Q;
   begin
      C := C / 2;                                     -- OK: use Q
   end;
end Op_Visibility;
