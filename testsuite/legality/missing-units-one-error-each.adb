-- 10.1.2(4): a with clause naming a unit the library lacks gets one error
-- (one for Ada.Strings.Unbounded: its parent Ada.Strings is missing
-- already), which says when the unit is a predefined one adac does not
-- provide; the uses of the missing units' names (a call, a subtype mark, a
-- use clause, an object of a package) give no further error.  adac gave
-- one error per missing parent and child, and others at each use.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Float_Text_IO;
-- CHECK: missing-units-one-error-each.adb:[[# @LINE - 1]]:10: error: the predefined unit 'ada.float_text_io' is not provided by adac (lib/adainclude has the ones it provides) [RM 10.1.2(4)]
with Ada.Strings.Unbounded; use Ada.Strings.Unbounded;
-- CHECK: missing-units-one-error-each.adb:[[# @LINE - 1]]:10: error: the predefined unit 'ada.strings' is not provided by adac
with My_Missing_Unit;
-- CHECK: missing-units-one-error-each.adb:[[# @LINE - 1]]:6: error: library unit 'my_missing_unit' not found (looked for the file among the sources given and in the include path) [RM 10.1.2(4)]
procedure Missing_Units is
   U : Ada.Strings.Unbounded.Unbounded_String := To_Unbounded_String ("x");
   N : Natural := My_Missing_Unit.Count;
begin
   Ada.Float_Text_IO.Put (3.14159, Fore => 2, Aft => 3, Exp => 0);
   Put_Line (Ada.Strings.Unbounded.To_String (U) & N'Image);
   My_Missing_Unit.Run;
end Missing_Units;
