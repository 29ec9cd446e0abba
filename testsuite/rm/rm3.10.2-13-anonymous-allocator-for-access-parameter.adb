-- COVERS: 3.10.2(13/3), 3.10.2(14/3)
-- RM 3.10.2(13/3), (14/3): an access parameter has the level of the object
-- its actual designates; an anonymous allocator given as the actual has the
-- level of the innermost master of the call, deeper than the named type
-- Int_Ptr, so IP (X) raises Program_Error.  An actual designating an
-- object of Int_Ptr's level (allocated for Int_Ptr) converts fine.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: named allocator: kept 1
-- CHECK-NEXT: anonymous allocator: Program_Error
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm3102_13 is
   type Int_Ptr is access all Integer;
   G : Int_Ptr;
   procedure Keep (X : access Integer) is
   begin
      G := Int_Ptr (X);
   end Keep;
begin
   Keep (Int_Ptr'(new Integer'(1)));
   Put_Line ("named allocator: kept" & Integer'Image (G.all));
   begin
      Keep (new Integer'(2));
      Put_Line ("anonymous allocator: no exception");
   exception
      when Program_Error => Put_Line ("anonymous allocator: Program_Error");
   end;
end Rm3102_13;
