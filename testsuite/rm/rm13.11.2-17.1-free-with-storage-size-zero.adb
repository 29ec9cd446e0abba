-- COVERS: 13.11.2(17.1/3)
-- RM 13.11.2(17.1/3) (implementation advice): Free of a nonnull value of an
-- access type whose Storage_Size is zero should raise Program_Error (no
-- object of the type can have been allocated).  A static zero makes the
-- call illegal (13.11.2(3.1/3)); here the zero is known at run time only,
-- and the nonnull value is X'Access.  adac follows the advice: Program_Error
-- before anything is done, X untouched and R unchanged.  Free (null) still
-- has no effect (13.11.2(8)).
-- GNAT 12 raises nothing: it sets R to null and passes X's stack address
-- to free (printing "Free (nonnull): no exception").
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Storage_Size: 0
-- CHECK-NEXT: Free (null): no effect
-- CHECK-NEXT: Free (nonnull): Program_Error
-- CHECK-NEXT: X = 42, R null: FALSE
with Ada.Unchecked_Deallocation;
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm13112_17_1 is
   function Zero return Integer is (0);
   N : constant Integer := Zero;
   type Ref is access all Integer;
   for Ref'Storage_Size use N;
   procedure Free is new Ada.Unchecked_Deallocation (Integer, Ref);
   X : aliased Integer := 42;
   R : Ref := X'Access;
   Null_R : Ref;
begin
   Put_Line ("Storage_Size:" & Integer'Image (Integer (Ref'Storage_Size)));
   Free (Null_R);
   Put_Line ("Free (null): no effect");
   begin
      Free (R);
      Put_Line ("Free (nonnull): no exception");
   exception
      when Program_Error => Put_Line ("Free (nonnull): Program_Error");
   end;
   Put_Line ("X =" & Integer'Image (X) & ", R null: " & Boolean'Image (R = null));
end Rm13112_17_1;
