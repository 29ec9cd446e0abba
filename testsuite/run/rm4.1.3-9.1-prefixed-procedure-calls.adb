-- 4.1.3(9.1/2): prefixed notation for procedure calls, Obj.Op (Args) and
-- Obj.Op without actuals, through an access value too (implicit
-- dereference), as function calls already had.  adac refused the
-- statements ("a procedure name is expected").  With the everyday generic
-- vector that reallocates its array.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: 6
-- CHECK-NEXT: 0 4
-- CHECK-NEXT: 338350 100 beta 3
-- CHECK-NEXT: past the end
with Ada.Unchecked_Deallocation;
with Ada.Text_IO; use Ada.Text_IO;
procedure Prefixed_Calls is
   package P is
      type Counter is tagged record
         N : Integer := 0;
      end record;
      procedure Reset (C : in out Counter);
      procedure Add (C : in out Counter; K : Integer := 1);
   end P;
   package body P is
      procedure Reset (C : in out Counter) is begin C.N := 0; end Reset;
      procedure Add (C : in out Counter; K : Integer := 1) is begin C.N := C.N + K; end Add;
   end P;
   C : P.Counter;
   type Counter_Ptr is access all P.Counter'Class;
   D : Counter_Ptr := new P.Counter;
   procedure Vectors_Demo is
      generic
         type Element is private;
      package Vectors is
         type Vector is tagged private;
         procedure Append (V : in out Vector; E : Element);
         function Element_At (V : Vector; I : Positive) return Element;
         function Length (V : Vector) return Natural;
      private
         type Element_Array is array (Positive range <>) of Element;
         type Element_Array_Ptr is access Element_Array;
         type Vector is tagged record
            Data : Element_Array_Ptr;
            Last : Natural := 0;
         end record;
      end Vectors;
      package body Vectors is
         procedure Free is new Ada.Unchecked_Deallocation (Element_Array, Element_Array_Ptr);
         procedure Append (V : in out Vector; E : Element) is
         begin
            if V.Data = null then
               V.Data := new Element_Array (1 .. 2);
            elsif V.Last = V.Data'Last then
               declare
                  Bigger : constant Element_Array_Ptr := new Element_Array (1 .. 2 * V.Data'Length);
               begin
                  Bigger (1 .. V.Last) := V.Data (1 .. V.Last);
                  Free (V.Data);
                  V.Data := Bigger;
               end;
            end if;
            V.Last := V.Last + 1;
            V.Data (V.Last) := E;
         end Append;
         function Element_At (V : Vector; I : Positive) return Element is
         begin
            if I > V.Last then
               raise Constraint_Error with "index" & Integer'Image (I) & " past the end";
            end if;
            return V.Data (I);
         end Element_At;
         function Length (V : Vector) return Natural is (V.Last);
      end Vectors;
      type Name is access constant String;
      package Name_Vectors is new Vectors (Name);
      package Int_Vectors is new Vectors (Integer);
      N : Name_Vectors.Vector;
      V : Int_Vectors.Vector;
      Sum : Integer := 0;
   begin
      for I in 1 .. 100 loop
         V.Append (I * I);
      end loop;
      for I in 1 .. V.Length loop
         Sum := Sum + V.Element_At (I);
      end loop;
      N.Append (new String'("alpha"));
      N.Append (new String'("beta"));
      N.Append (new String'("gamma"));
      Put_Line (Integer'Image (Sum) & Natural'Image (V.Length) & " " & N.Element_At (2).all & Natural'Image (N.Length));
      Put_Line (Integer'Image (V.Element_At (101)));
   exception
      when Constraint_Error => Put_Line ("past the end");
   end Vectors_Demo;
begin
   C.Add (5);
   C.Add;
   Put_Line (Integer'Image (C.N));
   C.Reset;
   D.Add (3);
   D.all.Add;
   Put_Line (Integer'Image (C.N) & Integer'Image (D.N));
   Vectors_Demo;
end Prefixed_Calls;

