-- COVERS: 3.10.2(13.2/3), 4.6(48/3)
-- A stand-alone object of an anonymous access type has the level of the
-- access value last assigned to it (3.10.2(13.2/3)): converting it to a
-- named access type checks that level at run time (4.6(48/3)), so does
-- passing it on as an access parameter, and assigning it a value whose
-- level is only known at run time checks that the value is not deeper than
-- the object's declaration.  Nested subprograms see the level too.
-- An allocator for such an object has the level of its declaration
-- (3.10.2(14/3)): here, deeper than Int_Ptr.  A block is a master: its
-- objects are deeper than the enclosing subprogram's types (3.10.2(3/2)).
-- GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: library object: kept 1
-- CHECK-NEXT: local object: Program_Error
-- CHECK-NEXT: library object again: kept 1
-- CHECK-NEXT: null: kept null
-- CHECK-NEXT: from a nested subprogram, library object: kept 1
-- CHECK-NEXT: from a nested subprogram, local object: Program_Error
-- CHECK-NEXT: passed on, library object: kept 1
-- CHECK-NEXT: passed on, local object: Program_Error
-- CHECK-NEXT: access parameter of library object kept: kept 1
-- CHECK-NEXT: access parameter of a deeper object kept: Program_Error
-- CHECK-NEXT: library-level object: kept 1
-- CHECK-NEXT: allocator: Program_Error
-- CHECK-NEXT: block object kept in an outer local type: Program_Error
-- CHECK-NEXT: block object kept in a block's local type: kept 7
with Ada.Text_IO; use Ada.Text_IO;
procedure Stand_Alone_Levels is
   type Int_Ptr is access all Integer;
   Lib : aliased Integer := 1;
   G : Int_Ptr;
   Lib_SO : access Integer := Lib'Access;

   procedure Show (What : String) is
   begin
      if G = null then
         Put_Line (What & ": kept null");
      else
         Put_Line (What & ": kept" & Integer'Image (G.all));
      end if;
   end Show;

   procedure Keep (What : String; X : access Integer) is
   begin
      G := Int_Ptr (X);
      Show (What);
   exception
      when Program_Error => Put_Line (What & ": Program_Error");
   end Keep;

   procedure Direct is
      L : aliased Integer := 2;
      SO : access Integer := Lib'Access;
   begin
      G := Int_Ptr (SO);
      Show ("library object");
      SO := L'Access;
      begin
         G := Int_Ptr (SO);
         Show ("local object");
      exception
         when Program_Error => Put_Line ("local object: Program_Error");
      end;
      SO := Lib'Access;
      G := Int_Ptr (SO);
      Show ("library object again");
      SO := null;
      G := Int_Ptr (SO);
      Show ("null");
   end Direct;

   procedure Nested is
      L : aliased Integer := 3;
      SO : access Integer;
      procedure Convert (What : String) is
      begin
         G := Int_Ptr (SO);
         Show (What);
      exception
         when Program_Error => Put_Line (What & ": Program_Error");
      end Convert;
   begin
      SO := Lib'Access;
      Convert ("from a nested subprogram, library object");
      SO := L'Access;
      Convert ("from a nested subprogram, local object");
   end Nested;

   procedure Passed_On is
      L : aliased Integer := 4;
      SO : access Integer := Lib'Access;
   begin
      Keep ("passed on, library object", SO);
      SO := L'Access;
      Keep ("passed on, local object", SO);
   end Passed_On;

   procedure Outer_Object is
      SO : access Integer;
      procedure Set (X : access Integer) is
      begin
         SO := X;             -- checked: X may designate a deeper object
      end Set;
      procedure Deeper is
         L : aliased Integer := 5;
      begin
         Set (L'Access);
         Put_Line ("access parameter of a deeper object kept: no check");
      exception
         when Program_Error => Put_Line ("access parameter of a deeper object kept: Program_Error");
      end Deeper;
   begin
      Set (Lib'Access);
      G := Int_Ptr (SO);
      Show ("access parameter of library object kept");
      Deeper;
   end Outer_Object;

   procedure From_Allocator is
      SO : access Integer := new Integer'(9);
   begin
      G := Int_Ptr (SO);
      Show ("allocator");
   exception
      when Program_Error => Put_Line ("allocator: Program_Error");
   end From_Allocator;
   procedure In_Block is
      type Local_Ptr is access all Integer;
      LP : Local_Ptr;
      procedure Keep_Local (X : access Integer) is
      begin
         LP := Local_Ptr (X);
         Put_Line ("block object kept in an outer local type: kept" & Integer'Image (LP.all));
      exception
         when Program_Error => Put_Line ("block object kept in an outer local type: Program_Error");
      end Keep_Local;
   begin
      declare
         B : aliased Integer := 6;
      begin
         Keep_Local (B'Access);
      end;
      declare
         type Block_Ptr is access all Integer;
         BP : Block_Ptr;
         B : aliased Integer := 7;
         SO : access Integer := B'Access;
      begin
         BP := Block_Ptr (SO);
         Put_Line ("block object kept in a block's local type: kept" & Integer'Image (BP.all));
      exception
         when Program_Error => Put_Line ("block object kept in a block's local type: Program_Error");
      end;
   end In_Block;
begin
   Direct;
   Nested;
   Passed_On;
   Outer_Object;
   G := Int_Ptr (Lib_SO);
   Show ("library-level object");
   From_Allocator;
   In_Block;
end Stand_Alone_Levels;
