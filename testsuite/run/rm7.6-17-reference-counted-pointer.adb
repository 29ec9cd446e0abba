-- 7.6(17): a component of an aggregate copied from an object is adjusted
-- (Arr'(others => A) made three copies of A's reference without counting
-- them), and an assignment finalizes the target and adjusts the copy; the
-- anonymous object of a function result assigned to a variable is moved
-- into it, neither adjusted nor finalized (the pair 7.6(21/3) lets an
-- implementation omit), where adac adjusted it and never finalized it:
-- the everyday reference-counted smart pointer counted wrong and its
-- Finalize failed a range check.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: hello 5
-- CHECK-NEXT: world 1 4
-- CHECK-NEXT: 3 2
-- CHECK-NEXT: freed 2
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
procedure Reference_Counting is
   --  a reference-counted smart pointer, the classic controlled-type program
   type Payload is record
      Text : String (1 .. 5);
      Refs : Natural := 0;
   end record;
   type Payload_Ptr is access Payload;
   type Ref is new Ada.Finalization.Controlled with record
      P : Payload_Ptr;
   end record;
   overriding procedure Adjust (R : in out Ref);
   overriding procedure Finalize (R : in out Ref);
   Freed : Natural := 0;
   procedure Adjust (R : in out Ref) is
   begin
      if R.P /= null then
         R.P.Refs := R.P.Refs + 1;
      end if;
   end Adjust;
   procedure Finalize (R : in out Ref) is
   begin
      if R.P /= null then
         R.P.Refs := R.P.Refs - 1;
         if R.P.Refs = 0 then
            Freed := Freed + 1;
         end if;
         R.P := null;
      end if;
   end Finalize;
   function Make (S : String) return Ref is
   begin
      return (Ada.Finalization.Controlled with P => new Payload'(S, 1));
   end Make;
   type Ref_Array is array (1 .. 3) of Ref;
begin
   declare
      A : Ref := Make ("hello");
      B : Ref := A;
      Arr : Ref_Array := (others => A);
   begin
      Put_Line (A.P.Text & Natural'Image (A.P.Refs));
      B := Make ("world");
      Put_Line (B.P.Text & Natural'Image (B.P.Refs) & Natural'Image (A.P.Refs));
      Arr (2) := B;
      Put_Line (Natural'Image (A.P.Refs) & Natural'Image (B.P.Refs));
   end;
   Put_Line ("freed" & Natural'Image (Freed));
end Reference_Counting;
