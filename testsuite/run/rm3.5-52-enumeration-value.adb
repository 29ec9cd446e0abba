-- T'Value of an enumeration type (3.5(52)): the literal S names, in any
-- case and with blanks around; a character literal exactly; the result is
-- checked against T's range (3.5(55/3)); anything else raises
-- Constraint_Error.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t2 && %t2 | FileCheck %s
-- CHECK: GREEN BLUE RED
-- CHECK-NEXT: TRUE FALSE
-- CHECK-NEXT: 'x' 'B'
-- CHECK-NEXT: Purple: Constraint_Error
-- CHECK-NEXT: Red for Cool: Constraint_Error
-- CHECK-NEXT: 'ab': Constraint_Error
with Ada.Text_IO; use Ada.Text_IO;
procedure Enum_Value is
   type Color is (Red, Green, Blue);
   subtype Cool is Color range Green .. Blue;
   type Grade is ('A', 'B', 'C');
   procedure Try (What : String; S : String) is
      C : Cool;
   begin
      C := Cool'Value (S);
      Put_Line (What & ": no error " & Cool'Image (C));
   exception
      when Constraint_Error => Put_Line (What & ": Constraint_Error");
   end Try;
begin
   Put_Line (Color'Image (Color'Value ("green")) & " " & Color'Image (Color'Value ("  BLUE  ")) & " "
             & Color'Image (Color'Value ("Red")));
   Put_Line (Boolean'Image (Boolean'Value ("true")) & " " & Boolean'Image (Boolean'Value ("False ")));
   Put_Line (Character'Image (Character'Value ("'x'")) & " " & Grade'Image (Grade'Value (" 'B'")));
   Try ("Purple", "Purple");
   Try ("Red for Cool", "Red");
   begin
      Put_Line (Character'Image (Character'Value ("'ab'")));
   exception
      when Constraint_Error => Put_Line ("'ab': Constraint_Error");
   end;
end Enum_Value;
