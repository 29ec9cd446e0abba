-- COVERS: 7.6.1(10)
-- 7.6(17), 7.6.1(10), 7.6.1(11.1/3): allocated arrays of an unconstrained
-- type whose components are controlled.  new Row'(Keep) copies Keep's
-- components and adjusts them; Free finalizes them before reclaiming the
-- storage; leaving the access type's scope finalizes what is left in its
-- collection (B, C).  adac did neither (the finalization walked the block
-- as if it had no bounds): the count ended at 6 objects instead of 2.
-- GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}start 2{{$}}
-- CHECK-NEXT: {{^}}allocated 8 2 3{{$}}
-- CHECK-NEXT: {{^}}freed 6{{$}}
-- CHECK-NEXT: {{^}}end 2{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization; use Ada.Finalization;
with Ada.Unchecked_Deallocation;
procedure Allocated_Controlled_Rows is
   package P is
      type U is new Controlled with record
         N : Integer := 0;
      end record;
      overriding procedure Adjust (X : in out U);
      overriding procedure Finalize (X : in out U);
      function Make (N : Integer) return U;
      Live : Integer := 0;
   end P;
   package body P is
      procedure Adjust (X : in out U) is
      begin
         if X.N /= 0 then Live := Live + 1; end if;
      end Adjust;
      procedure Finalize (X : in out U) is
      begin
         if X.N /= 0 then Live := Live - 1; X.N := 0; end if;
      end Finalize;
      function Make (N : Integer) return U is
      begin
         Live := Live + 1;
         return (Controlled with N => N);
      end Make;
   end P;
   use P;
   type Row is array (Positive range <>) of U;
   Keep : Row (1 .. 2) := (Make (1), Make (2));
begin
   Put_Line ("start" & Live'Image);
   declare
      type Row_Ptr is access Row;
      procedure Free is new Ada.Unchecked_Deallocation (Row, Row_Ptr);
      A : Row_Ptr := new Row'(Keep);
      B : Row_Ptr := new Row'(Keep & Make (3));
      C : Row_Ptr := new Row (1 .. 3);
   begin
      C (2) := Make (7);
      Put_Line ("allocated" & Live'Image & A'Length'Image & B'Length'Image);
      Free (A);
      Put_Line ("freed" & Live'Image);
   end;
   Put_Line ("end" & Live'Image);
end Allocated_Controlled_Rows;
