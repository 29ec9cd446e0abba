-- A subtype declaration elaborates its discriminant constraint once
-- (RM 3.2.2(9), 3.7.1(12)): the objects of S1 get the values V and Flag
-- had then, not their later values, and F is called once per elaboration
-- of S2, not once per object (nor per object of a nested subprogram).
-- adac evaluated the constraint again for each object before.
-- Same output as GNAT 12.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: X: 2 TRUE x aa
-- CHECK-NEXT: Y: 3 FALSE y 3; F called 1
-- CHECK-NEXT: deeper: 3 FALSE y
-- CHECK-NEXT: X: 2 TRUE x aa
-- CHECK-NEXT: Y: 3 FALSE y 3; F called 2
-- CHECK-NEXT: deeper: 3 FALSE y
-- CHECK-NEXT: F called 2
with Ada.Text_IO; use Ada.Text_IO;
procedure Subdisc is
   type Rec (N : Natural; B : Boolean; C : Character) is record
      S : String (1 .. N);
   end record;
   Calls : Natural := 0;
   function F return Natural is
   begin
      Calls := Calls + 1;
      return 3;
   end F;
   V : Natural := 2;
   Flag : Boolean := True;
   procedure Nested (K : Natural) is
      subtype S1 is Rec (V, Flag, 'x');
      subtype S2 is Rec (F, not Flag, 'y');
      A : S1 := (N => V, B => Flag, C => 'x', S => (others => 'a'));
   begin
      V := 5;
      Flag := False;
      declare
         X : S1 := A;
         Y, Z : S2;
         procedure Deeper is
            W : S2;
         begin
            Put_Line ("deeper:" & Natural'Image (W.N) & " " & Boolean'Image (W.B) & " " & W.C);
         end Deeper;
      begin
         Put_Line ("X:" & Natural'Image (X.N) & " " & Boolean'Image (X.B) & " " & X.C & " " & X.S);
         Put_Line ("Y:" & Natural'Image (Y.N) & " " & Boolean'Image (Y.B) & " " & Y.C
                   & Natural'Image (Z.N) & "; F called" & Natural'Image (Calls));
         Deeper;
      end;
      V := 2;
      Flag := True;
      if K > 0 then
         Nested (K - 1);
      end if;
   end Nested;
begin
   Nested (1);
   Put_Line ("F called" & Natural'Image (Calls));
end Subdisc;
