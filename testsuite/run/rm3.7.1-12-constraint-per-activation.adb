-- 3.7.1(12), 3.2.2(9): a subtype declaration's discriminant constraint is
-- evaluated when the declaration is elaborated, once per elaboration: in a
-- recursive function each activation has its own value (the inner calls
-- elaborate the subtype again, which must not change the outer one's), a
-- nested subprogram sees its enclosing activation's value, and a
-- library-level subtype keeps the value it was elaborated with even when
-- the variable changes later.  adac kept the value in one global, so the
-- outer activations saw the innermost value.  GNAT 12 prints the same.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: 0 0
-- CHECK-NEXT: 1 1
-- CHECK-NEXT: 2 2
-- CHECK-NEXT: 3 3
-- CHECK-NEXT: 6 2
with Ada.Text_IO; use Ada.Text_IO;
procedure Constraint_Per_Activation is
   type Rec (N : Natural) is record
      S : String (1 .. N);
   end record;
   function Count (K : Natural) return Natural is
      subtype Buf is Rec (K);
      Inner : Natural := 0;
   begin
      if K > 0 then
         Inner := Count (K - 1);
      end if;
      declare
         B : Buf;
         procedure Nested is
            C : Buf;
         begin
            Put (Natural'Image (C.N));
         end Nested;
      begin
         Put (Natural'Image (B.N));
         Nested;
         New_Line;
         return Inner + B.N;
      end;
   end Count;
   V : Natural := 2;
   subtype Lib is Rec (V);
begin
   V := 5;
   declare
      L : Lib;
   begin
      Put_Line (Natural'Image (Count (3)) & Natural'Image (L.N));
   end;
end Constraint_Per_Activation;
