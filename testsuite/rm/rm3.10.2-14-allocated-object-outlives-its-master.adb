-- COVERS: 3.10.2(14/3), 3.10.2(15/3), 3.10.2(12/2), 3.10.2(12.1/2), 3.10.2(14.1/3), 3.10.2(14.4/3)
-- RM 3.10.2(14/3): an object created by an allocator has the accessibility
-- level of the access type, not of the master that evaluates the allocator:
-- objects allocated inside a nested procedure for an outer access type live
-- on after the procedure returns.  RM 3.10.2(14.1/3), (14.4/3): an anonymous
-- allocator that gives the access discriminant of an allocated object is a
-- coextension of it, with the level of that object, so it lives as long.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: list: 3 2 1
-- CHECK-NEXT: coextension: 40
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm3102_14 is
   type Cell;
   type Link is access Cell;
   type Cell is record
      Value : Integer;
      Next  : Link;
   end record;
   type Holder (D : access Integer) is limited null record;
   type Holder_Ptr is access Holder;
   Head : Link;
   H : Holder_Ptr;

   procedure Push (V : Integer) is
   begin
      Head := new Cell'(V, Head);
   end Push;

   procedure Make is
   begin
      H := new Holder (new Integer'(40));
   end Make;

   P : Link;
begin
   for I in 1 .. 3 loop
      Push (I);
   end loop;
   Make;
   Put ("list:");
   P := Head;
   while P /= null loop
      Put (Integer'Image (P.Value));
      P := P.Next;
   end loop;
   New_Line;
   Put_Line ("coextension:" & Integer'Image (H.D.all));
end Rm3102_14;
