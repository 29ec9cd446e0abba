--  The program testsuite/debug/gdb-session.test debugs (its line numbers
--  are in that test: keep them).
with Ada.Text_IO;
procedure Debug_Prog is
   type Color is (Red, Green, Blue);
   type Node;
   type Node_Access is access Node;
   type Node is record
      Value : Integer;
      Hue   : Color;
      Next  : Node_Access;
   end record;
   type Vector is array (1 .. 3) of Integer;
   type Point is record
      X, Y : Integer;
      Ok   : Boolean;
   end record;
   P : Node_Access := new Node'(Value => 42, Hue => Green, Next => null);
   R : Point := (X => 3, Y => 4, Ok => True);
   V : Vector := (10, 20, 30);
   X : Integer := 7;

   procedure Inner (N : Integer; Q : Node_Access; Pt : in out Point) is
      Local : Integer := N * 2;
   begin
      Pt.X := Pt.X + 1;
      Ada.Text_IO.Put_Line (Integer'Image (Local + Q.Value));
      if N > 100 then
         raise Constraint_Error;
      end if;
   end Inner;
begin
   P.Next := new Node'(Value => 1, Hue => Blue, Next => null);
   Inner (X, P, R);
   X := X + 1;
   Inner (1000, P, R);
exception
   when Constraint_Error =>
      Ada.Text_IO.Put_Line ("caught");
end Debug_Prog;
