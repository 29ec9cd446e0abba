-- Found by make fuzz (fuzz-tokens): a null procedure (6.7) nested in the
-- main subprogram, or completing a declaration of a nested package, was
-- called with a static link the caller never made ("Operand is null"
-- from the LLVM verifier), and a null procedure in a package body did not
-- complete the spec's declaration.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: ok
with Ada.Text_IO;
procedure Null_Procedure_Bodies is
   procedure R is null;
   package P is
      procedure Q;
      procedure S (X : Integer) is null;
   end P;
   package body P is
      procedure Q is null;
   end P;
begin
   R;
   P.Q;
   P.S (3);
   Ada.Text_IO.Put_Line ("ok");
end Null_Procedure_Bodies;
