-- 7.6(17-19) for arrays of controlled components: an array assignment
-- finalizes each component of the target and adjusts each copied one
-- (adac copied the bytes only), an aggregate's components copied from an
-- object are adjusted, and the count is back to zero once the objects are
-- finalized.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: 3
-- CHECK-NEXT: 5
-- CHECK-NEXT: 5
-- CHECK-NEXT: 0
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
procedure Arrays_Of_Controlled is
   type Ref is new Ada.Finalization.Controlled with record
      Count : access Natural;
   end record;
   overriding procedure Adjust (R : in out Ref);
   overriding procedure Finalize (R : in out Ref);
   procedure Adjust (R : in out Ref) is
   begin
      if R.Count /= null then R.Count.all := R.Count.all + 1; end if;
   end Adjust;
   procedure Finalize (R : in out Ref) is
   begin
      if R.Count /= null then R.Count.all := R.Count.all - 1; R.Count := null; end if;
   end Finalize;
   type Pair is array (1 .. 2) of Ref;
   C : aliased Natural := 1;
begin
   declare
      A : Ref := (Ada.Finalization.Controlled with Count => C'Access);
      X, Y : Pair;
   begin
      X := (others => A);
      Put_Line (Natural'Image (C));
      Y := X;
      Put_Line (Natural'Image (C));
      X := Y;
      Y := (A, Y (1));
      Put_Line (Natural'Image (C));
   end;
   Put_Line (Natural'Image (C));
end Arrays_Of_Controlled;
