-- Conditional expressions (4.5.7): if C then E1 elsif ... else E, of the
-- type the context expects (access values, String results of different
-- lengths, records) or, with no else part, Boolean (True when no condition
-- holds).
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: one two many: 5 7TRUE 2 8
with Ada.Text_IO; use Ada.Text_IO;
procedure Ifx is
   type Int_Ptr is access Integer;
   P : Int_Ptr := (if Integer'Size > 8 then new Integer'(7) else null);
   N : Integer := 5;
   function Name (K : Integer) return String is
     (if K = 1 then "one" elsif K = 2 then "two" else "many:" & Integer'Image (K));
   B : Boolean := (if N > 3 then N < 10);
   type Rec is record A, B : Integer; end record;
   R : Rec := (if N = 5 then (1, 2) else (3, 4));
begin
   Put_Line (Name (1) & " " & Name (2) & " " & Name (N) & Integer'Image (P.all)
             & Boolean'Image (B) & Integer'Image (R.B)
             & Integer'Image ((if P = null then 0 else P.all + 1)));
end Ifx;
