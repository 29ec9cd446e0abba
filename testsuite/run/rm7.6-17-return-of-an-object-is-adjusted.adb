-- 7.6(17), 6.5(6): returning an existing object (return R; of a local, or
-- an expression function returning its parameter) makes the result a copy,
-- adjusted before the local is finalized with the function's other
-- objects; adac copied the bytes without Adjust, so the caller's object
-- held finalized components (each count one short, X 0 instead of 2).
-- The result then becomes the caller's object (X : Rec := Make (1)) or is
-- moved into the target of an assignment.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: X 2
-- CHECK-NEXT: Y 4
-- CHECK-NEXT: Y := X 4
-- CHECK-NEXT: Y := Make 4
-- CHECK-NEXT: Y gone 2
-- CHECK-NEXT: new 4
-- CHECK-NEXT: T := Pass 5
-- CHECK-NEXT: T gone 4
-- CHECK-NEXT: end 2
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
procedure Return_A_Copy is
   type Tracked is new Ada.Finalization.Controlled with null record;
   overriding procedure Initialize (T : in out Tracked);
   overriding procedure Adjust (T : in out Tracked);
   overriding procedure Finalize (T : in out Tracked);
   Live : Integer := 0;
   procedure Initialize (T : in out Tracked) is begin Live := Live + 1; end Initialize;
   procedure Adjust (T : in out Tracked) is begin Live := Live + 1; end Adjust;
   procedure Finalize (T : in out Tracked) is begin Live := Live - 1; end Finalize;
   type Rec is record
      A : Tracked;
      N : Integer := 0;
      B : Tracked;
   end record;
   type Rec_Ptr is access Rec;
   function Make (N : Integer) return Rec is
      R : Rec;
   begin
      R.N := N;
      return R;
   end Make;
   function Pass (T : Tracked) return Tracked is (T);
begin
   declare
      X : Rec := Make (1);
   begin
      Put_Line ("X" & Integer'Image (Live));
      declare
         Y : Rec;
      begin
         Put_Line ("Y" & Integer'Image (Live));
         Y := X;
         Put_Line ("Y := X" & Integer'Image (Live));
         Y := Make (2);
         Put_Line ("Y := Make" & Integer'Image (Live));
      end;
      Put_Line ("Y gone" & Integer'Image (Live));
      declare
         P : Rec_Ptr := new Rec'(X);
      begin
         Put_Line ("new" & Integer'Image (Live));
      end;
      declare
         T : Tracked;
      begin
         T := Pass (T);
         Put_Line ("T := Pass" & Integer'Image (Live));
      end;
      Put_Line ("T gone" & Integer'Image (Live));
   end;
   Put_Line ("end" & Integer'Image (Live));
end Return_A_Copy;
