-- RM 4.3.1(16/3), 4.3.3(3), (14), (17), (18/3): the choices of aggregates.
-- One association gives components of one type; 'others' stands for at
-- least one component; an array aggregate is positional or named; a
-- nonstatic choice is alone; choices neither overlap nor leave gaps.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Rm43_Choices is
   type Small is range -5 .. 5;
   type R is record
      A : Integer;
      B : Small;
      C : Integer;
   end record;
   type Arr is array (1 .. 4) of Integer;
   N : Integer := 2;
   X : R := (A => 1, B => 2, C => 3);                  -- OK
   Y : R := (A | C => 1, B => 2);                      -- OK
   Z : R := (A | B => 1, C => 2);                      -- ERROR
   -- CHECK: rm4.3-aggregate-choices.adb:[[# @LINE - 1]]:14: error: the components of one association must all be of the same type: give each type its own association [RM 4.3.1(16/3)]
   W : R := (1, 2, 3, others => 4);                    -- ERROR
   -- CHECK: rm4.3-aggregate-choices.adb:[[# @LINE - 1]]:23: error: 'others' stands for no component here: every component is already given [RM 4.3.1(16/3)]
   A1 : Arr := (1, 2, 3 => 3, 4 => 4);                 -- ERROR
   -- CHECK: rm4.3-aggregate-choices.adb:[[# @LINE - 1]]:16: error: an array aggregate is either positional or named: it cannot mix the two (only 'others' may follow positional components) [RM 4.3.3(3)]
   A2 : Arr := (N .. 3 => 1, others => 0);             -- ERROR
   -- CHECK: rm4.3-aggregate-choices.adb:[[# @LINE - 1]]:17: error: a nonstatic choice must be the only choice of an array aggregate [RM 4.3.3(14)]
   A3 : Arr := (1 => 1, 2 => 2, 2 => 3, 4 => 4);       -- ERROR
   -- CHECK: rm4.3-aggregate-choices.adb:[[# @LINE - 1]]:16: error: the choices of this array aggregate overlap (value 2 is given twice) [RM 4.3.3(17)]
   A4 : Arr := (1 => 1, 2 => 2, 4 => 4);               -- ERROR
   -- CHECK: rm4.3-aggregate-choices.adb:[[# @LINE - 1]]:16: error: the choices of this array aggregate leave a gap: 3 .. 3 are missing [RM 4.3.3(18/3)]
   A5 : Arr := (1 .. 2 => 1, 3 | 4 => 2);              -- OK
begin
   null;
end Rm43_Choices;
