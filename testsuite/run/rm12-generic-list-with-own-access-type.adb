-- The everyday allocator program (issue brief): a generic list in a
-- library unit, with its own access type and Unchecked_Deallocation in its
-- body, and a formal "=" defaulting to the actual's (is <>), instantiated
-- with Integer, a type derived from a constrained String subtype, and a
-- local record type.  adac refused it three ways: the generic body's with
-- clause was not visible when an instance's body was analysed (the body
-- was analysed at the first instantiation, inside the client), no
-- predefined "=" answered "is <>", and "new String (1 .. 3)" lost its
-- constraint.  GNAT 12 prints the same lines.
-- RUN: %adac -I %S/Inputs %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 -I %S/Inputs %s -o %t2 && %t2 | FileCheck %s
-- CHECK: length 10 has 49: TRUE
-- CHECK-NEXT: pop 100
-- CHECK-NEXT: abc
-- CHECK-NEXT: empty
-- CHECK-NEXT: points 2 4.00000E+00
-- CHECK-NEXT: cleared 0
with Ada.Text_IO; use Ada.Text_IO;
with Generic_Lists;
procedure Generic_List_Program is
   package Int_Lists is new Generic_Lists (Integer);
   type Name is new String (1 .. 3);
   package Name_Lists is new Generic_Lists (Name);
   L : Int_Lists.List;
   N : Name_Lists.List;
   procedure Local is
      type Point is record X, Y : Float; end record;
      package Point_Lists is new Generic_Lists (Point);
      P : Point_Lists.List;
   begin
      Point_Lists.Push (P, (1.0, 2.0));
      Point_Lists.Push (P, (3.0, 4.0));
      Put_Line ("points" & Natural'Image (Point_Lists.Length (P)) & Float'Image (Point_Lists.Pop (P).Y));
      Point_Lists.Clear (P);
   end Local;
begin
   for I in 1 .. 10 loop
      Int_Lists.Push (L, I * I);
   end loop;
   Put_Line ("length" & Natural'Image (Int_Lists.Length (L)) & " has 49: " & Boolean'Image (Int_Lists.Contains (L, 49)));
   Put_Line ("pop" & Integer'Image (Int_Lists.Pop (L)));
   Name_Lists.Push (N, "abc");
   Put_Line (String (Name_Lists.Pop (N)));
   begin
      Put_Line (String (Name_Lists.Pop (N)));
   exception
      when Name_Lists.Empty_Error => Put_Line ("empty");
   end;
   Local;
   Int_Lists.Clear (L);
   Put_Line ("cleared" & Natural'Image (Int_Lists.Length (L)));
end Generic_List_Program;
