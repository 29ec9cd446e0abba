-- A generic package instantiated in a subprogram's declarative part: its
-- subprograms are nested in that subprogram (they take its frame), even when
-- it has no other nested subprogram; a controlled object allocated by the
-- instance is finalized with the instance's collection, library-level
-- controlled objects after the main subprogram (7.6.1(11/3)).
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: init
-- CHECK-NEXT: init
-- CHECK-NEXT: main 11
-- CHECK-NEXT: fin 5
-- CHECK-NEXT: fin 11
with Ada.Finalization;
package Counters is
   type C is new Ada.Finalization.Limited_Controlled with record
      N : Integer := 0;
   end record;
   overriding procedure Initialize (X : in out C);
   overriding procedure Finalize (X : in out C);
   procedure Bump;
   function Count return Integer;
end Counters;

with Ada.Text_IO;
package body Counters is
   procedure Initialize (X : in out C) is
   begin
      X.N := 10;
      Ada.Text_IO.Put_Line ("init");
   end Initialize;
   procedure Finalize (X : in out C) is
   begin
      Ada.Text_IO.Put_Line ("fin" & Integer'Image (X.N));
   end Finalize;
   --  declared after the bodies of Initialize and Finalize (3.11(14))
   Global : C;
   procedure Bump is
   begin
      Global.N := Global.N + 1;
   end Bump;
   function Count return Integer is (Global.N);
end Counters;

with Ada.Text_IO;
with Counters;
procedure Usec is
   generic
      type Item is limited private;
   package Boxes is
      type Box_Ptr is access Item;
      function Make return Box_Ptr;
   end Boxes;
   package body Boxes is
      function Make return Box_Ptr is (new Item);
   end Boxes;
   package CB is new Boxes (Counters.C);
   P : CB.Box_Ptr := CB.Make;
begin
   Counters.Bump;
   P.N := 5;
   Ada.Text_IO.Put_Line ("main" & Integer'Image (Counters.Count));
end Usec;
