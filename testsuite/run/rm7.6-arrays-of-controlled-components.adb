-- 7.6(17), 7.6.1(9/3), 7.6.1(13/3): arrays of controlled components.  An
-- array object constrained by its initial value (X : Row := Get) is
-- adjusted when it is a copy and finalized with its master, component by
-- component, as is a two-dimensional one (G, H); assigning to it finalizes
-- and adjusts; a concatenation (X & Make (3)) copies and adjusts its
-- components and is an anonymous object, moved into the object it
-- initializes or finalized after its statement; a function returning an
-- object (Get) adjusts the copy.  adac finalized only one-dimensional
-- constrained arrays, copied Get's result without Adjust (a later double
-- Finalize), and took a record operand of "&" for a scalar (garbage).
-- GNAT 12 prints the same lines but one: after Y := Y (2 .. 3) & Y (1 .. 1)
-- it counts 12 objects, finalizing the concatenation's anonymous object
-- later than the end of the assignment statement, its master (7.6.1(13/3)),
-- where adac finalizes it (9).
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}start 2{{$}}
-- CHECK-NEXT: {{^}}grid 4{{$}}
-- CHECK-NEXT: {{^}}copies 9{{$}}
-- CHECK-NEXT: {{^}}assigned 6 9{{$}}
-- CHECK-NEXT: {{^}}after block 4{{$}}
-- CHECK-NEXT: {{^}} 6 9{{$}}
-- CHECK-NEXT: {{^}}after temps 4{{$}}
-- CHECK-NEXT: {{^}}grid copy 5 5 6{{$}}
-- CHECK-NEXT: {{^}}end 4{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization; use Ada.Finalization;
procedure Controlled_Arrays is
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
   type Grid is array (1 .. 2, 1 .. 3) of U;
   G : Grid;
   Global : Row (1 .. 2) := (Make (1), Make (2));
   function Get return Row is (Global);
   function Sum (R : Row) return Integer is
      S : Integer := 0;
   begin
      for E of R loop
         S := S + E.N;
      end loop;
      return S;
   end Sum;
   procedure Show (What : String) is
   begin
      Put_Line (What & Live'Image);
   end Show;
begin
   Show ("start");
   G (2, 3) := Make (5);
   G (1, 1) := G (2, 3);
   Show ("grid");
   declare
      X : Row := Get;
      Y : Row := X & Make (3);
   begin
      Show ("copies");
      X := Global;
      Y := Y (2 .. 3) & Y (1 .. 1);
      Show ("assigned" & Sum (Y)'Image);
   end;
   Show ("after block");
   Put_Line (Sum (Get & Global)'Image & Sum ((Make (4), Make (5)))'Image);
   Show ("after temps");
   declare
      H : Grid;
   begin
      H (1, 2) := Make (9);
      H := G;
      Show ("grid copy" & H (1, 1).N'Image & H (2, 3).N'Image);
   end;
   Show ("end");
end Controlled_Arrays;
