-- COVERS: 7.6.1(11/3), 7.6.1(10)
-- Leaving a master by an exception finalizes its controlled objects too
-- (7.6.1(3/2), (9/3)), innermost first, before a handler further out runs;
-- an exit or a return finalizes the objects of the scopes it leaves.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: finalize 3
-- CHECK-NEXT: finalize b
-- CHECK-NEXT: finalize 2
-- CHECK-NEXT: finalize b
-- CHECK-NEXT: finalize 1
-- CHECK-NEXT: handled
-- CHECK-NEXT: finalize d
-- CHECK-NEXT: finalize d
-- CHECK-NEXT: finalize c
-- CHECK-NEXT:  5
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
procedure Ctlx is
   package Named is
      type T is new Ada.Finalization.Limited_Controlled with record
         Name : Character := ' ';
      end record;
      overriding procedure Finalize (X : in out T);
   end Named;
   package body Named is
      procedure Finalize (X : in out T) is
      begin
         Put_Line ("finalize " & X.Name);
      end Finalize;
   end Named;
   use Named;
   procedure Inner (Depth : Integer) is
      A : T;
   begin
      A.Name := Character'Val (Character'Pos ('0') + Depth);
      if Depth = 3 then
         raise Constraint_Error;
      end if;
      declare
         B : T;
      begin
         B.Name := 'b';
         Inner (Depth + 1);
      end;
   end Inner;
   function F return Integer is
      C : T;
   begin
      C.Name := 'c';
      for I in 1 .. 3 loop
         declare
            D : T;
         begin
            D.Name := 'd';
            exit when I = 2;
         end;
      end loop;
      return 5;
   end F;
begin
   begin
      Inner (1);
   exception
      when Constraint_Error => Put_Line ("handled");
   end;
   Put_Line (Integer'Image (F));
end Ctlx;
