-- 4.1.3(10), 6.6: operators called by their symbol, "+" (A, B), and by
-- expanded names, P."+" (A, B), P."-" (Right => 2, Left => C), P."abs" (C),
-- user-defined (Vec's "+") and predefined (Count's, Boolean's), as the
-- infix operators would be.  adac refused every such call.  GNAT 12 prints
-- the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: {{^}} 2 4{{$}}
-- CHECK-NEXT: {{^}}-2-4{{$}}
-- CHECK-NEXT: {{^}} 5 5TRUE{{$}}
-- CHECK-NEXT: {{^}} 5FALSETRUE{{$}}
with Ada.Text_IO; use Ada.Text_IO;
procedure Operators_By_Name_Run is
   package P is
      type Count is range 0 .. 100;
      type Vec is record
         X, Y : Integer;
      end record;
      function "+" (L, R : Vec) return Vec is ((L.X + R.X, L.Y + R.Y));
      function "-" (V : Vec) return Vec is ((-V.X, -V.Y));
   end P;
   C : P.Count := 7;
   V : P.Vec := (1, 2);
begin
   V := P."+" (V, (1, 2)) ;
   Put_Line (Integer'Image (V.X) & Integer'Image (V.Y));
   V := P."-" (V);
   Put_Line (Integer'Image (V.X) & Integer'Image (V.Y));
   C := P."-" (Right => 2, Left => C);
   Put_Line (P.Count'Image (C) & P.Count'Image (P."abs" (C)) & Boolean'Image (P."=" (C, 5)));
   declare
      use type P.Count;
   begin
      Put_Line (P.Count'Image ("*" (C, 1)) & Boolean'Image ("and" (C > 5, True))
                & Boolean'Image ("not" (Right => False)));
   end;
end Operators_By_Name_Run;
