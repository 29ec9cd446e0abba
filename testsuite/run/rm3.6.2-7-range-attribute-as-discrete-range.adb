-- 3.6.2(7), 3.6.1, 4.1.2: X'Range and X'Range (N) of an array object or
-- subtype as a discrete range, the same as X'First (N) .. X'Last (N): in
-- index constraints of objects and allocators (Matrix (A'Range (1),
-- B'Range (2)), new Vector (P'Range) through an access value), in a range
-- constraint (Positive range A'Range (2)), in an array type definition, and
-- as a slice, as is a subtype mark (V (S'Range), V (Mid)).  adac refused
-- all of them ("a subtype mark is expected here").  GNAT 12 prints the
-- same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}} 6 2 5 3{{$}}
-- CHECK-NEXT: {{^}} 3 3 8 6 3 2{{$}}
with Ada.Text_IO; use Ada.Text_IO;
procedure Range_Attribute_Constraints is
   type Vector is array (Positive range <>) of Integer;
   type Vector_Ptr is access Vector;
   type Matrix is array (Positive range <>, Positive range <>) of Integer;
   type Matrix_Ptr is access Matrix;
   A : Matrix (1 .. 2, 1 .. 3) := (others => (others => 1));
   B : Matrix (1 .. 3, 2 .. 5) := (others => (others => 2));
   C : Matrix (A'Range (1), B'Range (2));
   M : Matrix_Ptr := new Matrix (A'Range (1), B'Range (2));
   subtype Inner is Positive range A'Range (2);
   V : Vector (3 .. 8) := (1, 2, 3, 4, 5, 6);
   W : Vector (V'Range);
   P : Vector_Ptr := new Vector'(V);
   Q : Vector_Ptr := new Vector (P'Range);
   type Flags is array (V'Range) of Boolean;
   F : Flags := (others => True);
   S : Vector (4 .. 6);
   subtype Mid is Positive range 4 .. 5;
begin
   C := (others => (others => 0));
   for I in C'Range (1) loop
      for J in C'Range (2) loop
         for K in Inner loop
            C (I, J) := C (I, J) + A (I, K) * B (K, J);
         end loop;
      end loop;
   end loop;
   M.all := C;
   Put_Line (C (2, 5)'Image & M'First (2)'Image & M'Last (2)'Image & Inner'Last'Image);
   W := V;
   Q.all := P.all;
   S := V (S'Range);
   Put_Line (W'First'Image & Q'First'Image & Q'Last'Image & F'Length'Image & S (5)'Image
             & V (Mid)'Length'Image);
end Range_Attribute_Constraints;
