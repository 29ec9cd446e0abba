-- Exceptions and finalization: limited controlled resources released as an exception
-- propagates through four recursive calls, and at the end of a block after its handler
-- (an object and an allocated one).
-- Diffed against GNAT 12 while looking for bugs; kept so that it keeps working.
-- GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}release d{{$}}
-- CHECK-NEXT: {{^}}release c{{$}}
-- CHECK-NEXT: {{^}}release b{{$}}
-- CHECK-NEXT: {{^}}release a{{$}}
-- CHECK-NEXT: {{^}}caught Boom{{$}}
-- CHECK-NEXT: {{^}}handler runs before the block's finalization{{$}}
-- CHECK-NEXT: {{^}}release p{{$}}
-- CHECK-NEXT: {{^}}release x{{$}}
-- CHECK-NEXT: {{^}}end{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
procedure Everyday_Finalize_On_Exception is
   package R is
      type Res is new Ada.Finalization.Limited_Controlled with record
         Name : Character := '?';
      end record;
      overriding procedure Finalize (X : in out Res);
   end R;
   package body R is
      procedure Finalize (X : in out Res) is
      begin
         Put_Line ("release " & X.Name);
      end Finalize;
   end R;
   Boom : exception;
   procedure Work (Depth : Natural) is
      A : R.Res;
   begin
      A.Name := Character'Val (Character'Pos ('a') + Depth);
      if Depth = 3 then
         raise Boom with "at depth 3";
      end if;
      Work (Depth + 1);
      Put_Line ("not reached");
   end Work;
begin
   begin
      Work (0);
   exception
      when E : Boom => Put_Line ("caught Boom");
   end;
   declare
      X : R.Res;
      type RA is access R.Res;
      P : RA := new R.Res;
   begin
      X.Name := 'x';
      P.Name := 'p';
      raise Constraint_Error;
   exception
      when Constraint_Error => Put_Line ("handler runs before the block's finalization");
   end;
   Put_Line ("end");
end Everyday_Finalize_On_Exception;
