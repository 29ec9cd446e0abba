-- 6.5(5.8/3), 7.6(17.2/3): the return object of an extended return
-- statement of a limited type is built in place: it becomes the caller's
-- object (or the allocated one), finalized once, when that one is.  adac
-- finalized it when the function returned too ("closing one" and "closing
-- two" before "using").  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: abc 7
-- CHECK-NEXT: using one two
-- CHECK-NEXT: closing one
-- CHECK-NEXT: end
-- CHECK-NEXT: closing two
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
procedure Limited_Return is
   type Buffer (Size : Positive) is limited record
      Data : String (1 .. Size);
      Len : Natural := 0;
   end record;
   function Make (S : String) return Buffer is
   begin
      return B : Buffer (S'Length + 4) do
         B.Data (1 .. S'Length) := S;
         B.Len := S'Length;
      end return;
   end Make;
   type Buffer_Ptr is access Buffer;
   type Handle is new Ada.Finalization.Limited_Controlled with record
      Name : String (1 .. 3);
   end record;
   overriding procedure Finalize (H : in out Handle);
   procedure Finalize (H : in out Handle) is
   begin
      Put_Line ("closing " & H.Name);
   end Finalize;
   function Open (N : String) return Handle is
   begin
      return H : Handle do
         H.Name := N;
      end return;
   end Open;
   type Handle_Ptr is access Handle;
   P : Buffer_Ptr := new Buffer'(Make ("abc"));
   Q : Handle_Ptr;
begin
   Put_Line (P.Data (1 .. P.Len) & Positive'Image (P.Size));
   declare
      H : Handle := Open ("one");
   begin
      Q := new Handle'(Open ("two"));
      Put_Line ("using " & H.Name & " " & Q.Name);
   end;
   Put_Line ("end");
end Limited_Return;
