-- An expression tree of variant records on the heap (a discriminant choosing the
-- node kind), built with user-defined operators, simplified, and released; a
-- discriminant check failing on the wrong variant.
-- Diffed against GNAT 12 while looking for bugs; kept so that it keeps working.
-- GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}(( 2 + 3) * x + - 4 * 5) = 30{{$}}
-- CHECK-NEXT: {{^}}( 5 * x + - 4 * 5) = 30{{$}}
-- CHECK-NEXT: {{^}}discriminant check{{$}}
-- CHECK-NEXT: {{^}}TRUE{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Everyday_Variant_Tree is
   type Kind is (Num, Add, Mul, Neg, Var);
   type Expr (K : Kind);
   type Expr_Access is access Expr;
   type Expr (K : Kind) is record
      case K is
         when Num => Value : Integer;
         when Add | Mul => Left, Right : Expr_Access;
         when Neg => Operand : Expr_Access;
         when Var => Name : Character;
      end case;
   end record;
   procedure Free is new Ada.Unchecked_Deallocation (Expr, Expr_Access);

   function N (V : Integer) return Expr_Access is (new Expr'(K => Num, Value => V));
   function "+" (L, R : Expr_Access) return Expr_Access is (new Expr'(Add, L, R));
   function "*" (L, R : Expr_Access) return Expr_Access is (new Expr'(K => Mul, Left => L, Right => R));
   function "-" (E : Expr_Access) return Expr_Access is (new Expr'(Neg, E));
   function V (C : Character) return Expr_Access is (new Expr'(Var, C));

   function Eval (E : Expr_Access; X : Integer) return Integer is
   begin
      case E.K is
         when Num => return E.Value;
         when Add => return Eval (E.Left, X) + Eval (E.Right, X);
         when Mul => return Eval (E.Left, X) * Eval (E.Right, X);
         when Neg => return -Eval (E.Operand, X);
         when Var => return X;
      end case;
   end Eval;

   function Image (E : Expr_Access) return String is
   begin
      case E.K is
         when Num => return Integer'Image (E.Value);
         when Add => return "(" & Image (E.Left) & " +" & Image (E.Right) & ")";
         when Mul => return Image (E.Left) & " *" & Image (E.Right);
         when Neg => return " -" & Image (E.Operand);
         when Var => return " " & E.Name;
      end case;
   end Image;

   function Simplify (E : Expr_Access) return Expr_Access is
   begin
      case E.K is
         when Add | Mul =>
            declare
               L : constant Expr_Access := Simplify (E.Left);
               R : constant Expr_Access := Simplify (E.Right);
            begin
               if L.K = Num and R.K = Num then
                  return N (if E.K = Add then L.Value + R.Value else L.Value * R.Value);
               end if;
               return (if E.K = Add then L + R else L * R);
            end;
         when others => return E;
      end case;
   end Simplify;

   procedure Release (E : in out Expr_Access) is
   begin
      if E = null then return; end if;
      case E.K is
         when Add | Mul => Release (E.Left); Release (E.Right);
         when Neg => Release (E.Operand);
         when others => null;
      end case;
      Free (E);
   end Release;

   T : Expr_Access := (N (2) + N (3)) * V ('x') + (-(N (4) * N (5)));
   S : Expr_Access := Simplify (T);
   Bad : Integer;
begin
   Put_Line (Image (T) & " =" & Eval (T, 10)'Image);
   Put_Line (Image (S) & " =" & Eval (S, 10)'Image);
   begin
      Bad := T.Value;
   exception
      when Constraint_Error => Put_Line ("discriminant check");
   end;
   Release (T);
   Put_Line (Boolean'Image (T = null));
end Everyday_Variant_Tree;
