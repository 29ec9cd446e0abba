-- A record with Convention C is laid out as the C compiler lays out the
-- same struct (B.3(1/3), B.1(12)): a record allocated with new is handed to
-- a C function imported with Import, Convention => C, External_Name, which
-- reads and writes its fields.  The C file is compiled and linked by the
-- driver (adac passes .c files to the C compiler).
-- RUN: %adac %s %S/Inputs/c_layout.c -o %t && %t | FileCheck %s
-- CHECK: sum 1025
-- CHECK-NEXT: written by C: 99 7
-- CHECK-NEXT: same layout: TRUE TRUE
with Ada.Text_IO; use Ada.Text_IO;
with Interfaces; use Interfaces;
with System.Storage_Elements; use System.Storage_Elements;
procedure RmB3_Convention_C_Records is
   type Flags is array (1 .. 3) of Unsigned_8 with Convention => C;
   type Rec is record
      C   : Character;
      Big : Long_Long_Integer;
      S   : Short_Integer;
      D   : Long_Float;
      I   : Integer;
      F   : Flags;
   end record with Convention => C;
   type Rec_Ptr is access Rec with Convention => C;
   function Sum (R : Rec_Ptr) return Long_Long_Integer
     with Import, Convention => C, External_Name => "rec_sum";
   function C_Size return Unsigned_64 with Import, Convention => C, External_Name => "rec_size";
   function C_Offset_D return Unsigned_64 with Import, Convention => C, External_Name => "rec_offset_d";
   P : constant Rec_Ptr := new Rec'(C => Character'Val (1), Big => 1000, S => 20, D => 3.5, I => 0,
                                    F => (1, 0, 0));
begin
   Put_Line ("sum" & Long_Long_Integer'Image (Sum (P)));
   Put_Line ("written by C:" & Integer'Image (P.I) & Unsigned_8'Image (P.F (3)));
   Put_Line ("same layout: "
             & Boolean'Image (C_Offset_D = Unsigned_64 (P.D'Address - P.all'Address))
             & " " & Boolean'Image (C_Size = Unsigned_64 (Rec'Size / 8)));
end RmB3_Convention_C_Records;
