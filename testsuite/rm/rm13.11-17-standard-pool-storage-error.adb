-- COVERS: 13.11(17)
-- RM 13.11(17): an allocator of an access type with the standard storage
-- pool raises Storage_Error when there is not enough storage (here, a
-- 2**45-element array of 8-byte integers: 256 TiB), and the program goes on.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Storage_Error
-- CHECK-NEXT: a small allocation still works: 5
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm1311_17 is
   type Big is array (Long_Long_Integer range <>) of Long_Long_Integer;
   type Big_Ptr is access Big;
   type Int_Ptr is access Integer;
   P : Big_Ptr;
   Q : Int_Ptr;
begin
   begin
      P := new Big (1 .. 2**45);
      Put_Line ("allocated");
   exception
      when Storage_Error => Put_Line ("Storage_Error");
   end;
   Q := new Integer'(5);
   Put_Line ("a small allocation still works:" & Integer'Image (Q.all));
end Rm1311_17;
