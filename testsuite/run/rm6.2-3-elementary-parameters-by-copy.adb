-- 6.2(3): parameters of elementary types are passed by copy: an in out or
-- out formal is a copy of its actual, copied back at a normal return only
-- (6.4.1(17)), converted to the actual's subtype (Constraint_Error when
-- out of it).  adac passed them by reference: writes through another
-- name showed through the formal, an exception left the actual changed,
-- and a Natural actual took -1 silently.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: aliased write: 10
-- CHECK-NEXT: after an exception: 1
-- CHECK-NEXT: out access: FALSE
-- CHECK-NEXT: copied back out of Natural: Constraint_Error 3
-- CHECK-NEXT: up-level write, then copied back: 7
-- CHECK-NEXT: in range: 7
with Ada.Text_IO; use Ada.Text_IO;
procedure By_Copy is
   G : Integer := 1;
   N : Natural := 3;
   procedure P (X : in out Integer) is
   begin
      X := 10;
      G := 20;                 -- the actual, by another name
   end P;
   procedure Q (X : in out Integer) is
   begin
      X := 10;
      raise Program_Error;
   end Q;
   type Int_Ptr is access all Integer;
   A : aliased Integer := 5;
   PA : Int_Ptr;
   procedure R (X : out Int_Ptr) is
   begin
      X := A'Access;
      PA := null;
   end R;
   procedure Negate (X : in out Integer) is
   begin
      X := -X;
   end Negate;
   procedure Outer (X : in out Integer) is
      procedure Inner is
      begin
         X := 7;
      end Inner;
   begin
      Inner;
   end Outer;
begin
   P (G);
   Put_Line ("aliased write:" & Integer'Image (G));
   G := 1;
   begin
      Q (G);
   exception
      when Program_Error => null;
   end;
   Put_Line ("after an exception:" & Integer'Image (G));
   R (PA);
   Put_Line ("out access: " & Boolean'Image (PA = null));
   begin
      Negate (N);
      Put_Line ("copied back out of Natural: no check" & Integer'Image (N));
   exception
      when Constraint_Error => Put_Line ("copied back out of Natural: Constraint_Error" & Integer'Image (N));
   end;
   Outer (G);
   Put_Line ("up-level write, then copied back:" & Integer'Image (G));
   N := 4;
   Outer (N);
   Put_Line ("in range:" & Integer'Image (N));
end By_Copy;
