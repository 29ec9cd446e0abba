-- Temporaries of a loop iteration (aggregates and objects sized at run
-- time, results on the secondary stack) are taken back at the end of each
-- iteration: a million iterations, each with a discriminant-sized aggregate
-- and a class-wide object, do not exhaust the 8 MB stack.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: sum 552
with Ada.Text_IO; with Ada.Unchecked_Deallocation;
procedure Rm48_Loops_Run_In_Constant_Memory is
   type Int_Array is array (Positive range <>) of Integer;
   type Rec (Len : Natural) is record
      Key  : Integer;
      Data : Int_Array (1 .. Len);
   end record;
   type Rec_Access is access Rec;
   procedure Free is new Ada.Unchecked_Deallocation (Rec, Rec_Access);
   type T is tagged record N : Integer; end record;
   type T2 is new T with record M : Integer; end record;
   function Make (K : Integer) return T'Class is (T2'(N => K, M => K));
   type Slot is mod 16;
   Recs : array (Slot) of Rec_Access;
   Sum : Integer := 0;
begin
   for Op in 1 .. 1_000_000 loop
      declare
         I : constant Slot := Slot'Mod (Op * 7);
         L : constant Natural := (Op * 13) mod 64;
      begin
         if Recs (I) /= null then
            Sum := (Sum + Recs (I).Len + Recs (I).Data (Recs (I).Len / 2 + 1)) mod 1000;
            Free (Recs (I));
         end if;
         Recs (I) := new Rec'(Len => L + 1, Key => Op, Data => (others => Op));
      end;
      Sum := (Sum + Make (Op).N) mod 1000;
   end loop;
   Ada.Text_IO.Put_Line ("sum" & Integer'Image (Sum));
end Rm48_Loops_Run_In_Constant_Memory;
