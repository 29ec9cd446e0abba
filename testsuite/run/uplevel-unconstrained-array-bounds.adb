-- Nested subprograms (up-level access) reading an unconstrained array of
-- an enclosing subprogram: its parameter A (Swap inside Rev) and a local
-- constrained by its initial value, two levels up (Inner), and S'Last of a
-- String parameter.  adac stopped with "the generated module is invalid"
-- (the nested body used the outer function's own bounds argument): the
-- bounds now go into the frame with the data.  Also Put (E'Image), which
-- adac found ambiguous between Put (String) and Put (Character).  GNAT 12
-- prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}} 5 4 3 2 1{{$}}
-- CHECK-NEXT: {{^}} 402{{$}}
with Ada.Text_IO; use Ada.Text_IO;
procedure Uplevel_Array_Bounds is
   type Arr is array (Positive range <>) of Integer;
   procedure Rev (A : in out Arr) is
      procedure Swap (I, J : Positive) is
         T : constant Integer := A (I);
      begin
         A (I) := A (J);
         A (J) := T;
      end Swap;
   begin
      for K in 0 .. A'Length / 2 - 1 loop
         Swap (A'First + K, A'Last - K);
      end loop;
   end Rev;
   function Total (S : String) return Natural is
      Local : constant Arr := (1 .. S'Length => 1);
      function Count return Natural is
         function Inner return Natural is
            N : Natural := 0;
         begin
            for E of Local loop
               N := N + E;
            end loop;
            return N + S'Length * 100 + Character'Pos (S (S'Last));
         end Inner;
      begin
         return Inner;
      end Count;
   begin
      return Count;
   end Total;
   X : Arr := (1, 2, 3, 4, 5);
begin
   Rev (X);
   for E of X loop
      Put (E'Image);
   end loop;
   New_Line;
   Put_Line (Total ("abc")'Image);
end Uplevel_Array_Bounds;
