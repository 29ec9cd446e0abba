-- COVERS: 4.8(2/3), 4.8(8), 4.8(11)
-- RM 4.8(8): an uninitialized allocator elaborates its subtype_indication
-- first: the bounds are evaluated (once) and checked against the index
-- subtype before any object is created, so an incompatible index constraint
-- raises Constraint_Error (3.6.1(7)) and no object is returned.
-- RM 4.8(11): otherwise the result designates the new object.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: length 3, bound evaluated 1 time(s)
-- CHECK-NEXT: written through the access value: 42
-- CHECK-NEXT: bad bounds: Constraint_Error, P still null: TRUE
with Ada.Text_IO; use Ada.Text_IO;
with Report;
procedure Rm48_8 is
   type Arr is array (Positive range <>) of Integer;
   type Arr_Ptr is access Arr;
   Calls : Natural := 0;
   function Upper return Integer is
   begin
      Calls := Calls + 1;
      return Report.Ident_Int (3);
   end Upper;
   P : Arr_Ptr;
   Q : Arr_Ptr;
begin
   Q := new Arr (1 .. Upper);
   Put_Line ("length" & Integer'Image (Q'Length) & ", bound evaluated"
             & Integer'Image (Calls) & " time(s)");
   Q (2) := 42;
   Put_Line ("written through the access value:" & Integer'Image (Q.all (2)));
   begin
      P := new Arr (Report.Ident_Int (0) .. 2);   -- 0 is not Positive
      Put_Line ("bad bounds: no exception");
   exception
      when Constraint_Error =>
         Put_Line ("bad bounds: Constraint_Error, P still null: "
                   & Boolean'Image (P = null));
   end;
end Rm48_8;
