-- COVERS: 13.11(18), 13.11(14)
-- An access type with a Storage_Size clause gets a pool of that many
-- storage elements (13.11(18)); an allocator that no longer fits raises
-- Storage_Error (4.8(14)); T'Storage_Size gives the size (13.11(14)).
-- Unchecked_Deallocation of such objects does not hand the storage back to
-- the default pool.  (GNAT 12 fits 8 Integers in 64 bytes, adac 16: the
-- per-object overhead is not specified.)
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: storage size 64
-- CHECK-NEXT: Storage_Error after 16
-- CHECK-NEXT: freed, still 16TRUE
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Bounded is
   type Int_Ptr is access Integer;
   for Int_Ptr'Storage_Size use 64;
   procedure Free is new Ada.Unchecked_Deallocation (Integer, Int_Ptr);
   P : Int_Ptr;
   N : Natural := 0;
begin
   Put_Line ("storage size" & Integer'Image (Integer (Int_Ptr'Storage_Size)));
   begin
      loop
         P := new Integer'(N);
         N := N + 1;
         exit when N > 1000;
      end loop;
      Put_Line ("no Storage_Error");
   exception
      when Storage_Error => Put_Line ("Storage_Error after" & Natural'Image (N));
   end;
   Free (P);
   Put_Line ("freed, still" & Natural'Image (N) & Boolean'Image (P = null));
end Bounded;
