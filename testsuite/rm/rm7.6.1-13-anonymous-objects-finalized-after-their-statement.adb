-- COVERS: 7.6.1(13/3)
-- RM 7.6.1(13/3), 7.6.1(3/2): the master of the anonymous object of a
-- function call or an aggregate is the innermost master enclosing its
-- evaluation: the statement or declaration (or the condition, the case
-- selector, the loop range, the returned expression), which finalizes it
-- when it completes.  Here the objects are used without being taken over:
-- actual parameters, prefixes of a component, operands of "=", a renamed
-- component (whose object lives until the block is left).  A Ref counts
-- itself in Live while its Id is not 0; after each statement, the count is
-- that of the named objects (X): adac left every such object unfinalized
-- before (Live grew by one per statement).  Same output as GNAT 12.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: declaration 99 1
-- CHECK-NEXT: aggregate 98 0
-- CHECK-NEXT: user equality 0
-- CHECK-NEXT: assignment 0
-- CHECK-NEXT: loop 0
-- CHECK-NEXT: selected 1 0
-- CHECK-NEXT: class-wide 2 0
-- CHECK-NEXT: discriminated 5 0
-- CHECK-NEXT: limited 5 0
-- CHECK-NEXT: if-expression 6 0
-- CHECK-NEXT: if-expression not taken 0 0
-- CHECK-NEXT: short circuit 0
-- CHECK-NEXT: return 18 0
-- CHECK-NEXT: while 20 0
-- CHECK-NEXT: case 0
-- CHECK-NEXT: exit when 26 0
-- CHECK-NEXT: for 3 0
-- CHECK-NEXT: renaming 11 1
-- CHECK-NEXT: after renaming 0
-- CHECK-NEXT: user equality of qualified 0
-- CHECK-NEXT: predefined equality 0
-- CHECK-NEXT: after equal 0
with Ada.Finalization;
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm761_13_Temps is
   package Refs is
      type Ref is new Ada.Finalization.Controlled with record
         Id : Integer := 0;
      end record;
      overriding procedure Adjust (R : in out Ref);
      overriding procedure Finalize (R : in out Ref);
      function Make (Id : Integer) return Ref;
      function Id_Of (R : Ref) return Integer;
      function Make_Any (Id : Integer) return Ref'Class;
      type Pair (N : Natural) is record
         A : Ref;
         Name : String (1 .. N);
      end record;
      function Make_Pair (Id : Integer; S : String) return Pair;
      type Lim is new Ada.Finalization.Limited_Controlled with record
         Id : Integer := 0;
      end record;
      overriding procedure Finalize (L : in out Lim);
      function Make_Lim (Id : Integer) return Lim;
      function Lim_Id (L : Lim) return Integer is (L.Id);
      Live : Integer := 0;
   end Refs;
   package body Refs is
      procedure Adjust (R : in out Ref) is
      begin
         if R.Id /= 0 then Live := Live + 1; end if;
      end Adjust;
      procedure Finalize (R : in out Ref) is
      begin
         if R.Id /= 0 then Live := Live - 1; R.Id := 0; end if;
      end Finalize;
      procedure Finalize (L : in out Lim) is
      begin
         if L.Id /= 0 then Live := Live - 1; L.Id := 0; end if;
      end Finalize;
      function Make (Id : Integer) return Ref is
      begin
         Live := Live + 1;
         return (Ada.Finalization.Controlled with Id => Id);
      end Make;
      function Make_Any (Id : Integer) return Ref'Class is
      begin
         Live := Live + 1;
         return Ref'(Ada.Finalization.Controlled with Id => Id);
      end Make_Any;
      function Make_Pair (Id : Integer; S : String) return Pair is
      begin
         Live := Live + 1;
         return (N => S'Length, A => (Ada.Finalization.Controlled with Id => Id), Name => S);
      end Make_Pair;
      function Make_Lim (Id : Integer) return Lim is
      begin
         Live := Live + 1;
         return (Ada.Finalization.Limited_Controlled with Id => Id);
      end Make_Lim;
      function Id_Of (R : Ref) return Integer is (R.Id);
   end Refs;
   use Refs;
   procedure Show (What : String) is
   begin
      Put_Line (What & Integer'Image (Live));
   end Show;
   function Twice (I : Integer) return Integer is
   begin
      return Id_Of (Make (I)) * 2;
   end Twice;
   function "=" (L, R : Ref) return Boolean is (L.Id = R.Id);
   X : Ref := Make (100);
   B : Boolean := True;
   N : Integer := Id_Of (Make (99));
begin
   Show ("declaration" & N'Image);
   N := Id_Of ((Ada.Finalization.Controlled with Id => 98));
   Show ("aggregate" & N'Image);
   if Make (100) = X then
      Show ("user equality");
   end if;
   X := Make (Id_Of (Make (97)));
   Show ("assignment");
   for I in 1 .. 3 loop
      if Id_Of (Make (I)) > 10 then
         null;
      end if;
   end loop;
   Show ("loop");
   N := Make (1).Id;
   Show ("selected" & N'Image);
   N := Id_Of (Make_Any (2));
   Show ("class-wide" & N'Image);
   N := Make_Pair (3, "abc").A.Id + Make_Pair (4, "de").N;
   Show ("discriminated" & N'Image);
   N := Lim_Id (Make_Lim (5));
   Show ("limited" & N'Image);
   N := (if B then Id_Of (Make (6)) else 0);
   Show ("if-expression" & N'Image);
   B := False;
   N := (if B then Id_Of (Make (7)) else 0);
   Show ("if-expression not taken" & N'Image);
   B := B and then Id_Of (Make (8)) > 0;
   Show ("short circuit");
   N := Twice (9);
   Show ("return" & N'Image);
   while Id_Of (Make (N)) < 20 loop
      N := N + 1;
   end loop;
   Show ("while" & N'Image);
   case Id_Of (Make (3)) is
      when 3 => Show ("case");
      when others => null;
   end case;
   loop
      N := N + 1;
      exit when Id_Of (Make (N)) > 25;
   end loop;
   Show ("exit when" & N'Image);
   for I in 1 .. Id_Of (Make (3)) loop
      N := I;
   end loop;
   Show ("for" & N'Image);
   declare
      C : Integer renames Make (11).Id;
   begin
      Show ("renaming" & C'Image);
   end;
   Show ("after renaming");
   if Ref'(Make (12)) = Ref'(Make (12)) then
      Show ("user equality of qualified");
   end if;
   if Make_Pair (12, "x") = Make_Pair (12, "x") then
      Show ("predefined equality");
   end if;
   Show ("after equal");
end Rm761_13_Temps;
