-- RM 3.7, 3.8, 4.8: a record whose component's size depends on a
-- discriminant (`Data : String (1 .. Len)` with Len : Positive) is sized
-- by each object's own discriminants: objects, allocators of both forms,
-- aggregates and function results; a constrained subtype checks them.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: abcdefgh 8 7 9
-- CHECK-NEXT: abcdefgh 9
-- CHECK-NEXT: xyz 3 9
-- CHECK-NEXT: abcde 5 9
-- CHECK-NEXT: hi 2 3
-- CHECK-NEXT: abcd 9
-- CHECK-NEXT: discriminant check ok
with Ada.Text_IO; use Ada.Text_IO;
procedure Buf is
   type Buffer (Len : Positive) is record
      Id   : Integer := 7;
      Data : String (1 .. Len);
      Tail : Integer := 9;
   end record;
   subtype Buffer_8 is Buffer (8);
   type Buffer_Access is access Buffer;
   B : Buffer_8;
   P : Buffer_Access;
   function Make (N : Positive) return Buffer is
      R : Buffer (N);
   begin
      for I in 1 .. N loop
         R.Data (I) := Character'Val (Character'Pos ('a') + I - 1);
      end loop;
      return R;
   end Make;
begin
   B.Data := "abcdefgh";
   Put_Line (B.Data & Integer'Image (B.Len) & Integer'Image (B.Id) & Integer'Image (B.Tail));
   P := new Buffer'(B);
   Put_Line (P.Data & Integer'Image (P.Tail));
   P := new Buffer (3);
   P.Data := "xyz";
   Put_Line (P.Data & Integer'Image (P.Len) & Integer'Image (P.Tail));
   P := new Buffer'(Make (5));
   Put_Line (P.Data & Integer'Image (P.Len) & Integer'Image (P.Tail));
   P := new Buffer'(Len => 2, Id => 1, Data => "hi", Tail => 3);
   Put_Line (P.Data & Integer'Image (P.Len) & Integer'Image (P.Tail));
   declare
      C : Buffer := Make (4);
   begin
      Put_Line (C.Data & Integer'Image (C.Tail));
   end;
   P := new Buffer_8'(B);
   begin
      P := new Buffer_8'(Make (3));
      Put_Line ("no exception!");
   exception
      when Constraint_Error => Put_Line ("discriminant check ok");
   end;
end Buf;
