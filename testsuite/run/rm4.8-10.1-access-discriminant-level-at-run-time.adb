-- COVERS: 4.8(10.1/3), 3.10.2(12.1/2), 3.10.2(12.3/3)
-- 4.8(10.1/3): an access discriminant of an allocated object given by an
-- access parameter (or a stand-alone object of an anonymous access type)
-- has the level of what it designates, known at run time: deeper than the
-- allocator's type raises Program_Error, for new T (D => P) and for
-- new T'(D => P, ...); an access type declared as deep is fine.  The
-- static case is 4.8(5.3/3) (rm/).  GNAT 12 raises nothing for the
-- aggregate form with a local object and for the stand-alone object: its
-- objects' discriminants then dangle once Local returns.  The RM gives the
-- discriminant the level of the object it designates (3.10.2(12.1/2),
-- (12.3/3)), deeper than R_Ptr here, so adac raises Program_Error; the
-- other lines are GNAT's.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: constraint, library object: made 1
-- CHECK-NEXT: aggregate, library object: made 1
-- CHECK-NEXT: constraint, local object: Program_Error
-- CHECK-NEXT: aggregate, local object: Program_Error
-- CHECK-NEXT: stand-alone object of a local object: Program_Error
-- CHECK-NEXT: local access type: made 2
with Ada.Text_IO; use Ada.Text_IO;
procedure Discriminant_Levels is
   type R (D : access Integer) is record
      N : Integer := 0;
   end record;
   type R_Ptr is access R;
   G : R_Ptr;
   Lib : aliased Integer := 1;
   procedure Make (What : String; P : access Integer) is
   begin
      G := new R (D => P);
      Put_Line ("constraint, " & What & ": made" & Integer'Image (G.D.all));
   exception
      when Program_Error => Put_Line ("constraint, " & What & ": Program_Error");
   end Make;
   procedure Make_Agg (What : String; P : access Integer) is
   begin
      G := new R'(D => P, N => 1);
      Put_Line ("aggregate, " & What & ": made" & Integer'Image (G.D.all));
   exception
      when Program_Error => Put_Line ("aggregate, " & What & ": Program_Error");
   end Make_Agg;
   procedure Local is
      L : aliased Integer := 2;
      SO : access Integer := L'Access;
      type Local_Ptr is access R;
      LP : Local_Ptr;
   begin
      Make ("local object", L'Access);
      Make_Agg ("local object", L'Access);
      begin
         G := new R (D => SO);
         Put_Line ("stand-alone object of a local object: made");
      exception
         when Program_Error => Put_Line ("stand-alone object of a local object: Program_Error");
      end;
      LP := new R (D => SO);
      Put_Line ("local access type: made" & Integer'Image (LP.D.all));
   end Local;
begin
   Make ("library object", Lib'Access);
   Make_Agg ("library object", Lib'Access);
   Local;
end Discriminant_Levels;
