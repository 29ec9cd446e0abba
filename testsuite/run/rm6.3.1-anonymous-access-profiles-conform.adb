-- A subprogram declared in a package spec with an access parameter or an
-- anonymous access result is completed by a body that repeats the profile:
-- the two anonymous access types designating the same type conform
-- (RM 6.3.1(15/3), (16/3)).  adac reported "the body of package ... has
-- no body for it" before.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: Make: 7
-- CHECK-NEXT: Bump: 8
-- CHECK-NEXT: Peek: 8
package Anon_Profiles is
   function Make (V : Integer) return access Integer;
   procedure Bump (P : access Integer);
   function Peek (P : access constant Integer) return Integer;
end Anon_Profiles;

package body Anon_Profiles is
   function Make (V : Integer) return access Integer is
   begin
      return new Integer'(V);
   end Make;
   procedure Bump (P : access Integer) is
   begin
      P.all := P.all + 1;
   end Bump;
   function Peek (P : access constant Integer) return Integer is
   begin
      return P.all;
   end Peek;
end Anon_Profiles;

with Ada.Text_IO; use Ada.Text_IO;
with Anon_Profiles; use Anon_Profiles;
procedure Anon_Profiles_Main is
   X : aliased Integer := 7;
begin
   Put_Line ("Make:" & Integer'Image (Make (7).all));
   Bump (X'Access);
   Put_Line ("Bump:" & Integer'Image (X));
   Put_Line ("Peek:" & Integer'Image (Peek (X'Access)));
end Anon_Profiles_Main;
