-- 8.6(22): the operands of an operator are resolved together, with the
-- context: G (overloaded on its result type) compared with an A is G
-- returning A; Id (G) + 1 where a B is expected is Id and G returning B;
-- G + G initializing an A.  adac resolved each operand alone first and
-- called them ambiguous.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: eq A
-- CHECK-NEXT: 13
-- CHECK-NEXT: 2
-- CHECK-NEXT: lt B
with Ada.Text_IO; use Ada.Text_IO;
procedure Operands_Together is
   type A is new Integer;
   type B is new Integer;
   function G return A is begin return 1; end G;
   function G return B is begin return 2; end G;
   function Id (X : A) return A is (X);
   function Id (X : B) return B is (X + 10);
   S : A := G + G;
begin
   if G = A'(1) then
      Put_Line ("eq A");
   end if;
   Put_Line (B'Image (Id (G) + 1));
   Put_Line (A'Image (S));
   if B'(1) < G then
      Put_Line ("lt B");
   end if;
end Operands_Together;
