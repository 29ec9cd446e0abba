-- B.3(39-52): Interfaces.C.char_array, indexed by size_t, and the
-- conversions To_C (String -> char_array, from index 0, nul appended
-- unless Append_Nul is False; an empty result raises Constraint_Error) and
-- To_Ada (char_array -> String 1 .., up to the first nul, Terminator_Error
-- when there is none), Is_Nul_Terminated.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: 0 5 TRUE
-- CHECK-NEXT: 2 FALSE
-- CHECK-NEXT: [hello] [abc] 6
-- CHECK-NEXT: [] 1
-- CHECK-NEXT: Terminator_Error
-- CHECK-NEXT: Constraint_Error
-- CHECK-NEXT: 'z' q
with Ada.Text_IO; use Ada.Text_IO;
with Interfaces.C; use Interfaces.C;
procedure Char_Array_Conversions is
   A : constant char_array := To_C ("hello");
   B : constant char_array := To_C ("abc", Append_Nul => False);
   E : constant char_array := To_C ("");
   N : constant char_array (1 .. 3) := (others => 'x');
begin
   Put_Line (size_t'Image (A'First) & size_t'Image (A'Last) & " " & Boolean'Image (Is_Nul_Terminated (A)));
   Put_Line (size_t'Image (B'Last) & " " & Boolean'Image (Is_Nul_Terminated (B)));
   Put_Line ("[" & To_Ada (A) & "] [" & To_Ada (B, Trim_Nul => False) & "]"
             & Integer'Image (To_Ada (A, Trim_Nul => False)'Length));
   Put_Line ("[" & To_Ada (E) & "]" & size_t'Image (E'Length));
   begin
      Put_Line (To_Ada (N));
   exception
      when Terminator_Error => Put_Line ("Terminator_Error");
   end;
   begin
      declare
         Nothing : constant char_array := To_C ("", Append_Nul => False);
      begin
         Put_Line ("no exception" & size_t'Image (Nothing'Length));
      end;
   exception
      when Constraint_Error => Put_Line ("Constraint_Error");
   end;
   Put_Line (char'Image (To_C ('z')) & " " & To_Ada (char'('q')));
end Char_Array_Conversions;
