-- COVERS: 3.10.2(14.5/3)
-- A function with an anonymous access result: the master of its call
-- (3.10.2(10.1/3)) is that of the target type when the call is converted
-- to a named access type, that of the object it initializes, the caller's
-- own when it is returned again, else the innermost master around the
-- call; the caller passes that level and the return statement checks the
-- value against it (Program_Error).  adac let Int_Ptr (F (L'Access))
-- dangle.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: library object: kept 1
-- CHECK-NEXT: local object converted: Program_Error
-- CHECK-NEXT: local object used in place: 3
-- CHECK-NEXT: through two functions, local: Program_Error
-- CHECK-NEXT: through two functions, library: kept 1
-- CHECK-NEXT: stand-alone object: 2
-- CHECK-NEXT: allocator: kept 9
with Ada.Text_IO; use Ada.Text_IO;
procedure Access_Results is
   type Int_Ptr is access all Integer;
   G : Int_Ptr;
   Lib : aliased Integer := 1;
   function F (P : access Integer) return access Integer is
   begin
      return P;
   end F;
   function Twice (P : access Integer) return access Integer is
   begin
      return F (P);
   end Twice;
   function Fresh return access Integer is
   begin
      return new Integer'(9);
   end Fresh;
   procedure Local is
      L : aliased Integer := 2;
      SO : access Integer;
   begin
      begin
         G := Int_Ptr (F (L'Access));
         Put_Line ("local object converted: kept" & Integer'Image (G.all));
      exception
         when Program_Error => Put_Line ("local object converted: Program_Error");
      end;
      F (L'Access).all := 3;
      Put_Line ("local object used in place:" & Integer'Image (L));
      begin
         G := Int_Ptr (Twice (L'Access));
         Put_Line ("through two functions, local: kept");
      exception
         when Program_Error => Put_Line ("through two functions, local: Program_Error");
      end;
      G := Int_Ptr (Twice (Lib'Access));
      Put_Line ("through two functions, library: kept" & Integer'Image (G.all));
      L := 2;
      SO := F (L'Access);
      Put_Line ("stand-alone object:" & Integer'Image (SO.all));
   end Local;
begin
   G := Int_Ptr (F (Lib'Access));
   Put_Line ("library object: kept" & Integer'Image (G.all));
   Local;
   G := Int_Ptr (Fresh);
   Put_Line ("allocator: kept" & Integer'Image (G.all));
end Access_Results;
