-- General access types: 'Access of aliased components and of an aliased constant
-- (access constant), access parameters, a function choosing an access value, an
-- aliased component of a two-dimensional array, a local object's 'Access.
-- Diffed against GNAT 12 while looking for bugs; kept so that it keeps working.
-- GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}} 101 204 13 10 105{{$}}
with Ada.Text_IO; use Ada.Text_IO;
procedure Everyday_Access_Values is
   type Int_Ptr is access all Integer;
   type Const_Ptr is access constant Integer;
   type Rec is record
      A : aliased Integer := 1;
      B : aliased Integer := 2;
   end record;
   R : aliased Rec;
   Ten : aliased constant Integer := 10;
   C : Const_Ptr := Ten'Access;
   P : Int_Ptr := R.A'Access;
   procedure Bump (X : access Integer) is
   begin
      X.all := X.all + 100;
   end Bump;
   function Pick (Which : Boolean) return Int_Ptr is
     (if Which then R.A'Access else R.B'Access);
   type Matrix is array (1 .. 2, 1 .. 2) of aliased Integer;
   M : Matrix := ((1, 2), (3, 4));
   Q : access Integer := M (2, 1)'Access;
   procedure Show (X : access constant Integer) is
   begin
      Put (X.all'Image);
   end Show;
begin
   Bump (P);
   Bump (R.B'Access);
   Pick (False).all := Pick (False).all * 2;
   Q.all := Q.all + C.all;
   Show (P); Show (Pick (False)); Show (Q); Show (C);
   declare
      Local : aliased Integer := 5;
   begin
      Bump (Local'Access);
      Show (Local'Access);
   end;
   New_Line;
end Everyday_Access_Values;
