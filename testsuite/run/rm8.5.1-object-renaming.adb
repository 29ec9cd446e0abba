-- Object renaming (8.5.1): the new name denotes the same object, whose
-- name is evaluated once, at the declaration; renamings of components and
-- of library-level objects are variables when the renamed object is.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: 7 12 6
with Ada.Text_IO;
procedure Ren is
   type R is record A, B : Integer; end record;
   type Arr is array (1 .. 3) of R;
   X : Arr := (others => (1, 2));
   G : Integer := 5;
   GG : Integer renames G;
   procedure Bump is
      E : R renames X (2);
      I : Integer renames E.B;
   begin
      I := I + 10;
      E.A := 7;
      GG := GG + 1;
   end Bump;
begin
   Bump;
   Ada.Text_IO.Put_Line (Integer'Image (X (2).A) & Integer'Image (X (2).B) & Integer'Image (G));
end Ren;
