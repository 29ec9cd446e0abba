-- A class-wide expression tree (Node'Class, access all) with dispatching Eval,
-- Show and Release, freed through Unchecked_Deallocation of the class-wide type, and
-- an exception raised with a message from deep in the recursion.
-- Diffed against GNAT 12 while looking for bugs (none here); kept so that it stays
-- so.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}( 1 +( 2 *( 10 - 4))) = 13{{$}}
-- CHECK-NEXT: {{^}}division by zero in 1 place{{$}}
-- CHECK-NEXT: {{^}}TRUE{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Everyday_Interpreter is
   package AST is
      type Node is abstract tagged null record;
      type Node_Ptr is access all Node'Class;
      function Eval (N : Node) return Integer is abstract;
      function Show (N : Node) return String is abstract;
      procedure Free_Tree (N : in out Node_Ptr);
      procedure Release (N : in out Node) is null;

      type Lit is new Node with record
         V : Integer;
      end record;
      overriding function Eval (N : Lit) return Integer is (N.V);
      overriding function Show (N : Lit) return String is (Integer'Image (N.V));

      type Bin is new Node with record
         Op : Character;
         L, R : Node_Ptr;
      end record;
      overriding function Eval (N : Bin) return Integer;
      overriding function Show (N : Bin) return String;
      overriding procedure Release (N : in out Bin);

      Division_By_Zero : exception;
   end AST;

   package body AST is
      procedure Free is new Ada.Unchecked_Deallocation (Node'Class, Node_Ptr);
      Freed : Natural := 0;
      procedure Free_Tree (N : in out Node_Ptr) is
      begin
         if N /= null then
            N.Release;
            Free (N);
            Freed := Freed + 1;
         end if;
      end Free_Tree;
      function Eval (N : Bin) return Integer is
         A : constant Integer := N.L.Eval;
         B : constant Integer := N.R.Eval;
      begin
         case N.Op is
            when '+' => return A + B;
            when '-' => return A - B;
            when '*' => return A * B;
            when '/' =>
               if B = 0 then
                  raise Division_By_Zero with Show (N);
               end if;
               return A / B;
            when others => raise Program_Error;
         end case;
      end Eval;
      function Show (N : Bin) return String is ("(" & N.L.Show & " " & N.Op & N.R.Show & ")");
      procedure Release (N : in out Bin) is
      begin
         Free_Tree (N.L);
         Free_Tree (N.R);
      end Release;
   end AST;
   use AST;

   function L (V : Integer) return Node_Ptr is (new Lit'(V => V));
   function B (Op : Character; X, Y : Node_Ptr) return Node_Ptr is (new Bin'(Op, X, Y));

   T : Node_Ptr := B ('+', L (1), B ('*', L (2), B ('-', L (10), L (4))));
   U : Node_Ptr := B ('/', L (7), B ('-', L (3), L (3)));
begin
   Put_Line (T.Show & " =" & T.Eval'Image);
   begin
      Put_Line (U.Eval'Image);
   exception
      when E : Division_By_Zero =>
         Put_Line ("division by zero in" & Ada.Text_IO.Count'Image (1) & " place");
   end;
   Free_Tree (T);
   Free_Tree (U);
   Put_Line (Boolean'Image (T = null and U = null));
end Everyday_Interpreter;
