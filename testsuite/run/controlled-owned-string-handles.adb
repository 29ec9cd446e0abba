-- An everyday controlled type: a string handle that owns its heap copy
-- (Adjust copies it, Finalize frees it), used through user-defined
-- operators ("+", "-", "&"), in arrays (an aggregate of handles, slices,
-- concatenation, array assignment) and in self-assignment.  At the end only
-- A and B own a string: adac counted 15 (calls of user-defined operators
-- were taken for copies and adjusted, unconstrained arrays of handles were
-- never finalized).  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}hello world 11{{$}}
-- CHECK-NEXT: {{^}}hello hello world x hellohello {{$}}
-- CHECK-NEXT: {{^}}changed hello world x hellohello {{$}}
-- CHECK-NEXT: {{^}}hello world x changed {{$}}
-- CHECK-NEXT: {{^}}live 2{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization; use Ada.Finalization;
with Ada.Unchecked_Deallocation;
procedure Owned_Strings is
   package Strings is
      type UString is new Controlled with private;
      function "+" (S : String) return UString;
      function "-" (U : UString) return String;
      function "&" (L, R : UString) return UString;
      function Length (U : UString) return Natural;
      Allocated, Freed : Natural := 0;
   private
      type String_Access is access String;
      type UString is new Controlled with record
         Data : String_Access;
      end record;
      overriding procedure Adjust (U : in out UString);
      overriding procedure Finalize (U : in out UString);
   end Strings;
   package body Strings is
      procedure Free is new Ada.Unchecked_Deallocation (String, String_Access);
      function "+" (S : String) return UString is
      begin
         Allocated := Allocated + 1;
         return (Controlled with Data => new String'(S));
      end "+";
      function "-" (U : UString) return String is
        (if U.Data = null then "" else U.Data.all);
      function "&" (L, R : UString) return UString is
      begin
         return +(-L & (-R));
      end "&";
      function Length (U : UString) return Natural is
        (if U.Data = null then 0 else U.Data'Length);
      procedure Adjust (U : in out UString) is
      begin
         if U.Data /= null then
            Allocated := Allocated + 1;
            U.Data := new String'(U.Data.all);
         end if;
      end Adjust;
      procedure Finalize (U : in out UString) is
      begin
         if U.Data /= null then
            Freed := Freed + 1;
            Free (U.Data);
         end if;
      end Finalize;
   end Strings;
   use Strings;

   type Names is array (Positive range <>) of UString;
   procedure Show (N : Names) is
   begin
      for U of N loop
         Put (-U & " ");
      end loop;
      New_Line;
   end Show;
   A : UString := +"hello";
   B : UString;
begin
   B := A & (+" world");
   Put_Line (-B & Length (B)'Image);
   declare
      N : Names := (A, B, +"x", A & A);
      M : Names (1 .. 4);
   begin
      M := N;
      M (1) := +"changed";
      Show (N);
      Show (M);
      Show (N (2 .. 3) & M (1 .. 1));
   end;
   A := A;
   B := +"";
   Put_Line ("live" & Integer'Image (Allocated - Freed));
end Owned_Strings;
