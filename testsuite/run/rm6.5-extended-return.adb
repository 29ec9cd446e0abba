-- Extended return statements (6.5(2.1/3), (5.8/3)): the return object is
-- declared, the do part runs, and its value is the function's result.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: 21 42 8
with Ada.Text_IO; use Ada.Text_IO;
procedure Er is
   type Rec is record A, B : Integer; end record;
   function Make (N : Integer) return Rec is
   begin
      return R : Rec := (N, 0) do
         R.B := N * 2;
      end return;
   end Make;
   function Twice (N : Integer) return Integer is
   begin
      return Result : Integer := N do
         Result := Result * 2;
      end return;
   end Twice;
   X : constant Rec := Make (21);
begin
   Put_Line (Integer'Image (X.A) & Integer'Image (X.B) & Integer'Image (Twice (4)));
end Er;
