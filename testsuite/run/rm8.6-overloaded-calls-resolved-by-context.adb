-- 8.6(22-27): overloaded function calls are resolved by their complete
-- context: nested calls overloaded on their result type (G, H) by the
-- parameter types of the enclosing call, an extra parameter with a default
-- (F), and the prefix of a selected component (K.C: only the K returning a
-- record with component C fits; adac reported "K is ambiguous").  GNAT 12
-- prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: PA 2
-- CHECK-NEXT: FB 20
-- CHECK-NEXT: PA 5
-- CHECK-NEXT: PA 5
-- CHECK-NEXT: 42
with Ada.Text_IO; use Ada.Text_IO;
procedure Overloaded_Calls is
   type A is new Integer;
   type B is new Integer;
   function G (X : Integer) return A is (A (X));
   function G (X : Integer) return B is (B (X) * 10);
   function F (V : A) return String is ("FA" & A'Image (V));
   function F (V : B; W : Integer := 0) return String is ("FB" & B'Image (V));
   function H (V : A) return A is (V + 1);
   function H (V : B) return B is (V + 2);
   procedure P (V : A) is begin Put_Line ("PA" & A'Image (V)); end P;
   procedure P (S : String) is begin Put_Line (S); end P;
   type Rec is record
      C : A;
   end record;
   function K return Rec is ((C => 5));
   function K return Integer is (6);
begin
   P (H (G (1)));
   P (F (G (2), 1));
   P (K.C);
   P (H (H (G (3))));
   declare
      X : constant B := H (G (4));
   begin
      Put_Line (B'Image (X));
   end;
end Overloaded_Calls;
