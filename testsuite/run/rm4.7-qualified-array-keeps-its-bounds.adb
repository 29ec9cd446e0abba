-- 4.7(3/3), 4.8(6/3): T'(A), T an unconstrained array type and A an object
-- of a constrained subtype, has A's bounds; so has the object new T'(A)
-- creates.  adac took the bounds of T's index subtypes instead: new
-- Big'(B) asked the pool for 8 GB (Storage_Error), and with a small index
-- subtype the allocated object had the wrong bounds and length.  GNAT 12
-- prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}} 2 4 8{{$}}
-- CHECK-NEXT: {{^}} 5 6 2{{$}}
-- CHECK-NEXT: {{^}} 2 4 3{{$}}
with Ada.Text_IO; use Ada.Text_IO;
procedure Qualified_Array_Bounds is
   subtype Small is Integer range 1 .. 10;
   type Vector is array (Small range <>) of Integer;
   type Vector_Ptr is access Vector;
   type Big is array (Positive range <>) of Integer;
   type Big_Ptr is access Big;
   A : Vector (2 .. 4) := (7, 8, 9);
   B : Big (5 .. 6) := (1, 2);
   P : Vector_Ptr := new Vector'(A);
   Q : Big_Ptr := new Big'(B);
   X : Vector := Vector'(A);
   function Len (V : Vector) return Natural is (V'Length);
begin
   Put_Line (P'First'Image & P'Last'Image & P (3)'Image);
   Put_Line (Q'First'Image & Q'Last'Image & Q (6)'Image);
   Put_Line (X'First'Image & X'Last'Image & Len (Vector'(A))'Image);
end Qualified_Array_Bounds;
