-- RM 3.10.2(24-28), 13.10: X'Access gives an access value of the expected
-- general access type designating the aliased object X; 'Unchecked_Access
-- omits the accessibility rule.  Writes through the access value reach X.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: global 11 3
-- CHECK-NEXT: local 6
with Ada.Text_IO; use Ada.Text_IO;
procedure Acc is
   type Int_Ref is access all Integer;
   type Const_Ref is access constant Integer;
   G : aliased Integer := 10;
   P : Int_Ref;
   procedure Local is
      L : aliased Integer := 5;
      Q : Int_Ref;
   begin
      Q := L'Unchecked_Access;
      Q.all := Q.all + 1;
      Put_Line ("local" & Integer'Image (L));
   end Local;
   C : aliased constant Integer := 3;
   R : Const_Ref := C'Access;
begin
   P := G'Access;
   P.all := 11;
   Put_Line ("global" & Integer'Image (G) & Integer'Image (R.all));
   Local;
end Acc;
