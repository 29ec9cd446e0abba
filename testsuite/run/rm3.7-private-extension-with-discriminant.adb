-- 3.7, 7.3: a private extension with a discriminant of Limited_Controlled
-- (type Buffer (Size : Positive) is new Limited_Controlled with private),
-- completed in the private part; objects constrained by the discriminant,
-- one allocated; each finalized once, the allocated one with its
-- collection.  adac refused the discriminant part.  GNAT 12 prints the same
-- lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: {{^}}xyz 5 3{{$}}
-- CHECK-NEXT: {{^}}finalize buffer of 3: z{{$}}
-- CHECK-NEXT: {{^}}finalize buffer of 5: xy{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
procedure Discriminated_Buffers is
   package Buffers is
      type Buffer (Size : Positive) is new Ada.Finalization.Limited_Controlled with private;
      procedure Put (B : in out Buffer; C : Character);
      function Contents (B : Buffer) return String;
   private
      type Buffer (Size : Positive) is new Ada.Finalization.Limited_Controlled with record
         Data : String (1 .. Size);
         Last : Natural := 0;
      end record;
      overriding procedure Finalize (B : in out Buffer);
   end Buffers;
   package body Buffers is
      procedure Put (B : in out Buffer; C : Character) is
      begin
         B.Last := B.Last + 1;
         B.Data (B.Last) := C;
      end Put;
      function Contents (B : Buffer) return String is (B.Data (1 .. B.Last));
      procedure Finalize (B : in out Buffer) is
      begin
         Put_Line ("finalize buffer of" & B.Size'Image & ": " & Contents (B));
      end Finalize;
   end Buffers;
   use Buffers;
   B : Buffer (5);
   type Buffer_Ptr is access Buffer;
   P : Buffer_Ptr := new Buffer (3);
begin
   Put (B, 'x');
   Put (B, 'y');
   Put (P.all, 'z');
   Put_Line (Contents (B) & Contents (P.all) & B.Size'Image & P.Size'Image);
end Discriminated_Buffers;
