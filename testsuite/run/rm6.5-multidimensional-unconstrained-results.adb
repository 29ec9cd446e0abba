-- Functions returning unconstrained multidimensional arrays (6.5(21)):
-- the result carries the bounds of every dimension (of the index's base
-- type, here Integer, an enumeration and Long_Integer), through objects
-- initialized by it, allocators, actuals for unconstrained formals, and
-- conditional expressions.  Only the first dimension's bounds travelled
-- before (the others were read from beyond them).  GNAT 12 prints the
-- same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: object: 2 3 23
-- CHECK-NEXT: allocated: 3 2 32
-- CHECK-NEXT: formal: 1 .. 2, 1 .. 3, sum 102
-- CHECK-NEXT: constrained actual: 1 .. 2, 1 .. 2, sum 4
-- CHECK-NEXT: conditional: 3 2
-- CHECK-NEXT: enumeration index: TUE .. WED, 5 .. 6: 36
-- CHECK-NEXT: long index: 10000000000 .. 10000000002: 3
with Ada.Text_IO; use Ada.Text_IO;
procedure Multi_Dim_Results is
   type Matrix is array (Positive range <>, Positive range <>) of Integer;
   type Matrix_Ptr is access Matrix;
   type Day is (Mon, Tue, Wed, Thu);
   type Week_Grid is array (Day range <>, Integer range <>) of Integer;
   type Long_Vec is array (Long_Integer range <>) of Integer;
   function Make (R, C : Positive) return Matrix is
      M : Matrix (1 .. R, 1 .. C);
   begin
      for I in M'Range (1) loop
         for J in M'Range (2) loop
            M (I, J) := I * 10 + J;
         end loop;
      end loop;
      return M;
   end Make;
   function Sum (M : Matrix) return Integer is
      S : Integer := 0;
   begin
      for I in M'Range (1) loop
         for J in M'Range (2) loop
            S := S + M (I, J);
         end loop;
      end loop;
      return S;
   end Sum;
   procedure Show (What : String; M : Matrix) is
   begin
      Put_Line (What & ":" & Integer'Image (M'First (1)) & " .." & Integer'Image (M'Last (1)) & ","
                & Integer'Image (M'First (2)) & " .." & Integer'Image (M'Last (2)) & ", sum" & Integer'Image (Sum (M)));
   end Show;
   function Grid return Week_Grid is
      G : Week_Grid (Tue .. Wed, 5 .. 6) := (others => (others => 9));
   begin
      return G;
   end Grid;
   function Long return Long_Vec is
      V : Long_Vec (10_000_000_000 .. 10_000_000_002) := (others => 1);
   begin
      return V;
   end Long;
   X : Matrix := Make (2, 3);
   P : Matrix_Ptr := new Matrix'(Make (3, 2));
   C : Matrix (1 .. 2, 1 .. 2) := (others => (others => 1));
   Flag : Boolean := True;
begin
   Put_Line ("object:" & Integer'Image (X'Length (1)) & Integer'Image (X'Length (2)) & Integer'Image (X (2, 3)));
   Put_Line ("allocated:" & Integer'Image (P'Length (1)) & Integer'Image (P'Last (2)) & Integer'Image (P (3, 2)));
   Show ("formal", Make (2, 3));
   Show ("constrained actual", C);
   declare
      Y : Matrix := (if Flag then Make (3, 2) else Make (1, 1));
   begin
      Put_Line ("conditional:" & Integer'Image (Y'Length (1)) & Integer'Image (Y'Length (2)));
   end;
   declare
      G : Week_Grid := Grid;
      S : Integer := 0;
   begin
      for D in G'Range (1) loop
         for J in G'Range (2) loop
            S := S + G (D, J);
         end loop;
      end loop;
      Put_Line ("enumeration index: " & Day'Image (G'First (1)) & " .. " & Day'Image (G'Last (1)) & ","
                & Integer'Image (G'First (2)) & " .." & Integer'Image (G'Last (2)) & ":" & Integer'Image (S));
   end;
   declare
      L : Long_Vec := Long;
   begin
      Put_Line ("long index:" & Long_Integer'Image (L'First) & " .." & Long_Integer'Image (L'Last) & ":"
                & Integer'Image (L'Length));
   end;
end Multi_Dim_Results;
