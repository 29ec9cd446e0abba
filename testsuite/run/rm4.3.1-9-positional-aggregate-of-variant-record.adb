-- 4.3.1(9): in a positional record aggregate, the values after the
-- discriminants go to the components of the variant those discriminants
-- select, in order: (Leaf, 3) gives V, (Pair, L, R) gives L and R, (Text,
-- "xyz") gives S.  adac gave them to the components in declaration order
-- whatever the variant ("component 'V' is not in the variant the
-- discriminants select").  With allocators of such a tree, the checks of
-- 4.1.3(15) (discriminant) and 4.1(13) (access), the constraint an
-- allocated object keeps (4.8(6/3)) and a record sized by its
-- discriminant.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: 6
-- CHECK-NEXT: TEXT xyz
-- CHECK-NEXT: access check
-- CHECK-NEXT: discriminant check
-- CHECK-NEXT: ab.. 2
-- CHECK-NEXT: index check abcd
-- CHECK-NEXT: 13
-- CHECK-NEXT: constrained by allocation
with Ada.Text_IO; use Ada.Text_IO;
procedure Variant_Positional is
   type Kind is (Leaf, Pair, Text);
   type Node (K : Kind := Leaf);
   type Node_Ptr is access Node;
   type Node (K : Kind := Leaf) is record
      case K is
         when Leaf => V : Integer;
         when Pair => L, R : Node_Ptr;
         when Text => S : String (1 .. 3);
      end case;
   end record;
   function Sum (N : Node_Ptr) return Integer is
   begin
      if N = null then
         return 0;
      end if;
      case N.K is
         when Leaf => return N.V;
         when Pair => return Sum (N.L) + Sum (N.R);
         when Text => return N.S'Length;
      end case;
   end Sum;
   T : Node_Ptr := new Node'(Pair, new Node'(Leaf, 3), new Node'(Pair, new Node'(K => Text, S => "abc"), null));
   U : Node := (Leaf, 5);
   type Buffer (Size : Positive) is record
      Data : String (1 .. Size) := (others => '.');
      Used : Natural := 0;
   end record;
   type Buffer_Ptr is access Buffer;
   B : Buffer_Ptr := new Buffer (4);
   procedure Append (B : in out Buffer; C : Character) is
   begin
      B.Used := B.Used + 1;
      B.Data (B.Used) := C;
   end Append;
begin
   Put_Line (Integer'Image (Sum (T)));
   U := (Text, "xyz");
   Put_Line (Kind'Image (U.K) & " " & U.S);
   begin
      Put_Line (Integer'Image (T.R.R.V));
   exception
      when Constraint_Error => Put_Line ("access check");
   end;
   begin
      Put_Line (Integer'Image (T.V));
   exception
      when Constraint_Error => Put_Line ("discriminant check");
   end;
   Append (B.all, 'a');
   Append (B.all, 'b');
   Put_Line (B.Data & Natural'Image (B.Used));
   begin
      for C of String'("cdef") loop
         Append (B.all, C);
      end loop;
   exception
      when Constraint_Error => Put_Line ("index check " & B.Data);
   end;
   T.L.all := (Leaf, 10);
   Put_Line (Integer'Image (Sum (T)));
   begin
      T.R.all := (Leaf, 1);
      Put_Line ("mutable: changed" & Integer'Image (Sum (T)));
   exception
      when Constraint_Error => Put_Line ("constrained by allocation");
   end;
end Variant_Positional;
