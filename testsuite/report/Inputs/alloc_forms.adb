--  Every allocator form, for the allocation report's tests
--  (testsuite/report/): the line numbers matter to them.
with Ada.Finalization;
with System.Storage_Elements; use System.Storage_Elements;
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
with Alloc_Forms_Pools; use Alloc_Forms_Pools;
with Report;
procedure Alloc_Forms is
   subtype Small is Integer range 1 .. 10;
   type Small_Ptr is access Small;
   type Str_Ptr is access String;
   type Shape is tagged record
      X : Integer := 0;
   end record;
   type Circle is new Shape with record
      R : Integer := 1;
   end record;
   type Shape_Ptr is access Shape'Class;
   type Rec (D : Positive) is record
      S : String (1 .. D);
   end record;
   type Rec_Ptr is access Rec;
   subtype Rec3_Ptr is Rec_Ptr (3);
   type Handle is new Ada.Finalization.Controlled with record
      N : Integer := 0;
   end record;
   type Handle_Ptr is access Handle;
   Pool : Counting_Pool;
   type Pooled_Ptr is access Integer with Storage_Pool => Pool;
   Regions : Region_Pool;
   type Region_Ptr is access Long_Long_Integer with Storage_Pool => Regions;
   Sub : Subpool_Handle := Create_Subpool (Regions);
   generic
      type T is private;
      V : T;
   package Boxes is
      type Box is access T;
      function Make return Box;
   end Boxes;
   package body Boxes is
      function Make return Box is
      begin
         return new T'(V);
      end Make;
   end Boxes;
   package Int_Boxes is new Boxes (Integer, 7);
   P : Small_Ptr := new Small;
   Q : Small_Ptr := new Small'(Report.Ident_Int (3));
   R : Small_Ptr := new Small'(5);
   S : Str_Ptr := new String'("hello");
   T : Str_Ptr := new String (1 .. Report.Ident_Int (4));
   C : Shape_Ptr := new Circle'(X => 1, R => 2);
   C2 : Shape_Ptr := new Shape'Class'(C.all);
   E : Rec_Ptr := new Rec (2);
   F : Rec3_Ptr := new Rec'(3, "abc");
   H : Handle_Ptr := new Handle;
   U : Pooled_Ptr := new Integer'(42);
   L : Region_Ptr := new (Sub) Long_Long_Integer'(7);
   B : Int_Boxes.Box := Int_Boxes.Make;
begin
   null;
end Alloc_Forms;
