-- COVERS: 7.6.1(17)
-- 7.6.1(17): Free of an object whose only Finalize propagates an exception
-- raises Program_Error at the call, with GNAT's message, and the access
-- value is null; a class-wide one too (D's Finalize calls T's, which
-- raises); an object whose Finalize does not raise is freed as usual.
-- With one Finalize to call, adac no longer sets a set-jump handler per
-- freed object: a translator frame turns the exception into Program_Error
-- (the object with several parts: rm7.6.1-17-finalize-raises-in-
-- unchecked-deallocation.adb).  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}finalize T{{$}}
-- CHECK-NEXT: {{^}}A: PROGRAM_ERROR [rm7.6.1-17-free-with-one-finalize-raising.adb:[[# @LINE + 43]] finalize/adjust raised exception] TRUE{{$}}
-- CHECK-NEXT: {{^}}finalize D{{$}}
-- CHECK-NEXT: {{^}}finalize T{{$}}
-- CHECK-NEXT: {{^}}B: PROGRAM_ERROR TRUE{{$}}
-- CHECK-NEXT: {{^}}finalize T{{$}}
-- CHECK-NEXT: {{^}}C freed TRUE{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Exceptions; use Ada.Exceptions;
with Ada.Finalization;
with Ada.Unchecked_Deallocation;
procedure Finalize_Raises_Once is
   package P is
      type T is new Ada.Finalization.Controlled with record
         Fail : Boolean := False;
      end record;
      overriding procedure Finalize (X : in out T);
      type D is new T with null record;
      overriding procedure Finalize (X : in out D);
   end P;
   package body P is
      procedure Finalize (X : in out T) is
      begin
         Put_Line ("finalize T");
         if X.Fail then
            X.Fail := False;
            raise Constraint_Error with "from Finalize";
         end if;
      end Finalize;
      procedure Finalize (X : in out D) is
      begin
         Put_Line ("finalize D");
         Finalize (T (X));
      end Finalize;
   end P;
   type T_Ptr is access P.T;
   type C_Ptr is access P.T'Class;
   procedure Free is new Ada.Unchecked_Deallocation (P.T, T_Ptr);
   procedure Free is new Ada.Unchecked_Deallocation (P.T'Class, C_Ptr);
   A : T_Ptr := new P.T'(Ada.Finalization.Controlled with Fail => True);
   B : C_Ptr := new P.D'(Ada.Finalization.Controlled with Fail => True);
   C : T_Ptr := new P.T;
begin
   begin
      Free (A);
   exception
      when E : Program_Error => Put_Line ("A: " & Exception_Name (E) & " [" & Exception_Message (E) & "]" & " " & Boolean'Image (A = null));
   end;
   begin
      Free (B);
   exception
      when E : Program_Error => Put_Line ("B: " & Exception_Name (E) & " " & Boolean'Image (B = null));
   end;
   Free (C);
   Put_Line ("C freed " & Boolean'Image (C = null));
end Finalize_Raises_Once;
