-- COVERS: 3.10.2(13/3)
-- Access parameters carry the accessibility level of what their actual
-- designates (3.10.2(13/3)), through any number of calls; converting one to
-- a named access type checks that level against the type's at run time
-- (4.6(48/3)): Program_Error when the object is deeper than the type.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: library object: kept 1
-- CHECK-NEXT: local object, passed on twice: Program_Error
-- CHECK-NEXT: local object, local type: kept 3
-- CHECK-NEXT: null: kept null
with Ada.Text_IO; use Ada.Text_IO;
procedure Access_Param_Levels is
   type Int_Ptr is access all Integer;
   Lib : aliased Integer := 1;
   G : Int_Ptr;
   procedure Keep (X : access Integer) is
   begin
      G := Int_Ptr (X);
   end Keep;
   procedure Pass (X : access Integer) is
   begin
      Keep (X);
   end Pass;
   procedure Local is
      L : aliased Integer := 2;
      type Local_Ptr is access all Integer;
      LP : Local_Ptr;
      procedure Keep_Local (X : access Integer) is
      begin
         LP := Local_Ptr (X);
      end Keep_Local;
   begin
      begin
         Pass (L'Access);
         Put_Line ("local object, passed on twice: no exception");
      exception
         when Program_Error => Put_Line ("local object, passed on twice: Program_Error");
      end;
      L := 3;
      Keep_Local (L'Access);
      Put_Line ("local object, local type: kept" & Integer'Image (LP.all));
   end Local;
begin
   Pass (Lib'Access);
   Put_Line ("library object: kept" & Integer'Image (G.all));
   Local;
   Pass (null);
   if G = null then
      Put_Line ("null: kept null");
   end if;
end Access_Param_Levels;
