-- COVERS: 7.6.1(11.2/3)
-- RM 7.6.1(11.2/3): the collection of a named access type is declared at
-- the type's first freezing point, here the declaration of P, after B; so
-- leaving the block finalizes the collection (p) before B (7.6.1(11/3):
-- reverse order of declaration).  GNAT 12 prints these lines.
-- XFAIL: *
-- adac declares the collection where the access type is declared, so it
-- finalizes b, then p.  (Noticed in the fourth session, left for a later one:
-- codegen would register the collection at the first declaration that
-- freezes the type.)
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: finalize p
-- CHECK-NEXT: finalize b
-- CHECK-NEXT: done
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
procedure Collection_At_Freezing_Point is
   package Buffers is
      type Buffer is new Ada.Finalization.Limited_Controlled with record
         Name : Character := '?';
      end record;
      overriding procedure Finalize (B : in out Buffer);
   end Buffers;
   package body Buffers is
      procedure Finalize (B : in out Buffer) is
      begin
         Put_Line ("finalize " & B.Name);
      end Finalize;
   end Buffers;
   use Buffers;
begin
   declare
      type Buffer_Ptr is access Buffer;     --  frozen at P's declaration, after B
      B : Buffer;
      P : Buffer_Ptr := new Buffer;
   begin
      B.Name := 'b';
      P.Name := 'p';
   end;
   Put_Line ("done");
end Collection_At_Freezing_Point;
