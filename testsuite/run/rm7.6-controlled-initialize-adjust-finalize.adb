-- Controlled types (7.6, 7.6.1): Initialize for default-initialized
-- objects and allocators, components before the whole; Adjust after a copy
-- (initialization by copy, assignment, new T'(X)); Finalize when the master
-- is left (reverse order, the whole before its components), before an
-- assignment overwrites, on Unchecked_Deallocation, and for what is left in
-- a local access type's collection when its scope is left.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: initialize A
-- CHECK-NEXT: initialize B
-- CHECK-NEXT: adjust C
-- CHECK-NEXT: -- assign
-- CHECK-NEXT: finalize A
-- CHECK-NEXT: adjust A
-- CHECK-NEXT: -- record
-- CHECK-NEXT: initialize R.X
-- CHECK-NEXT: -- heap
-- CHECK-NEXT: initialize H1
-- CHECK-NEXT: adjust H2
-- CHECK-NEXT: finalize H1
-- CHECK-NEXT: -- leaving the block
-- CHECK-NEXT: finalize H2
-- CHECK-NEXT: finalize R.X
-- CHECK-NEXT: finalize C
-- CHECK-NEXT: finalize B
-- CHECK-NEXT: finalize A
-- CHECK-NEXT: -- end
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
with Ada.Unchecked_Deallocation;
procedure Ctl is
   package Named is
      type T is new Ada.Finalization.Controlled with record
         Name : String (1 .. 3) := "   ";
      end record;
      overriding procedure Initialize (X : in out T);
      overriding procedure Adjust (X : in out T);
      overriding procedure Finalize (X : in out T);
      Next_Name : String (1 .. 3) := "A  ";
   end Named;
   package body Named is
      procedure Initialize (X : in out T) is
      begin
         X.Name := Next_Name;
         Put_Line ("initialize " & X.Name);
      end Initialize;
      procedure Adjust (X : in out T) is
      begin
         X.Name := Next_Name;
         Put_Line ("adjust " & X.Name);
      end Adjust;
      procedure Finalize (X : in out T) is
      begin
         Put_Line ("finalize " & X.Name);
      end Finalize;
   end Named;
   use Named;
   type Rec is record
      N : Integer := 0;
      X : T;
   end record;
begin
   declare
      A : T;
   begin
      Next_Name := "B  ";
      declare
         B : T;
      begin
         Next_Name := "C  ";
         declare
            C : T := B;
         begin
            Put_Line ("-- assign");
            Next_Name := "A  ";
            A := C;
            Put_Line ("-- record");
            Next_Name := "R.X";
            declare
               R : Rec;
               type T_Ptr is access T;
               procedure Free is new Ada.Unchecked_Deallocation (T, T_Ptr);
               H1, H2 : T_Ptr;
            begin
               Put_Line ("-- heap");
               Next_Name := "H1 ";
               H1 := new T;
               Next_Name := "H2 ";
               H2 := new T'(H1.all);
               Free (H1);
               Put_Line ("-- leaving the block");
            end;
         end;
      end;
   end;
   Put_Line ("-- end");
end Ctl;
