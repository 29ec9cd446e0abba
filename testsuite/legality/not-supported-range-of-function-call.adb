-- 3.6.2(7): X'Range evaluates its prefix once.  adac makes X'Range a
-- discrete range X'First .. X'Last, which would call a function prefix
-- twice: such a prefix is refused with one clear error (GNAT 12 accepts
-- the program); an object declared for the result is the workaround.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Range_Of_Call is
   type Vector is array (Positive range <>) of Integer;
   function F return Vector is ((1, 2, 3));
   R : constant Vector := F;
   A : Vector (R'Range);                    -- OK
   B : Vector (F'Range);                    -- ERROR
   -- CHECK: not-supported-range-of-function-call.adb:[[# @LINE - 1]]:16: error: 'Range here needs the name of an array object or subtype as prefix; adac does not support another prefix here: declare an object for it [RM 3.6.2(7)]
begin
   null;
end Range_Of_Call;
