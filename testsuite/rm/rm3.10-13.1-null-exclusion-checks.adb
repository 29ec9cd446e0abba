-- COVERS: 3.10(2/2), 3.10(5.1/2), 3.10(6/2), 3.10(13/2), 3.10(13.1/2), 3.10(15/2)
-- RM 3.10(13/2): the default initial value of an access object is null.
-- RM 3.10(13.1/2), (15/2): a null_exclusion (in a type definition, a
-- subtype, an access parameter, or inherited through a subtype_mark)
-- excludes null, and assigning or passing null to it fails a check,
-- Constraint_Error (4.6(51/3)); null is fine where null is not excluded.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: default null: TRUE
-- CHECK-NEXT: not null type: 7
-- CHECK-NEXT: assignment: Constraint_Error
-- CHECK-NEXT: through a subtype mark: Constraint_Error
-- CHECK-NEXT: not null parameter: Constraint_Error
-- CHECK-NEXT: not null access parameter: Constraint_Error
-- CHECK-NEXT: access parameter without exclusion: null
-- CHECK-NEXT: done
with Ada.Text_IO; use Ada.Text_IO;
procedure Rm310_13_1 is
   type Int_Ptr is access all Integer;
   type NN_Type is not null access Integer;      -- 3.10(2/2)
   subtype NN_Ptr is not null Int_Ptr;
   subtype Also_NN is NN_Ptr;                    -- excludes null too
   Default : Int_Ptr;
   Null_Value : Int_Ptr := null;
   Seven : NN_Type := new Integer'(7);
   Q : NN_Ptr := new Integer'(1);
   R : Also_NN := new Integer'(2);

   procedure Takes (P : not null Int_Ptr) is
   begin
      Put_Line ("not null parameter: no exception");
   end Takes;

   procedure Takes_Anon (P : not null access Integer) is   -- 3.10(6/2)
   begin
      Put_Line ("not null access parameter: no exception");
   end Takes_Anon;

   procedure Anon (P : access Integer) is
   begin
      if P = null then
         Put_Line ("access parameter without exclusion: null");
      end if;
   end Anon;
begin
   Put_Line ("default null: " & Boolean'Image (Default = null));
   Put_Line ("not null type:" & Integer'Image (Seven.all));
   begin
      Q := Null_Value;
      Put_Line ("assignment: no exception");
   exception
      when Constraint_Error => Put_Line ("assignment: Constraint_Error");
   end;
   begin
      R := Null_Value;
      Put_Line ("through a subtype mark: no exception");
   exception
      when Constraint_Error => Put_Line ("through a subtype mark: Constraint_Error");
   end;
   begin
      Takes (Null_Value);
   exception
      when Constraint_Error => Put_Line ("not null parameter: Constraint_Error");
   end;
   begin
      Takes_Anon (Null_Value);
   exception
      when Constraint_Error => Put_Line ("not null access parameter: Constraint_Error");
   end;
   Anon (Null_Value);
   Put_Line ("done");
end Rm310_13_1;
