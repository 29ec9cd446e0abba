--  Interfaces.C (RM B.3): the conversions between String and char_array.
package body Interfaces.C is

   function Is_Nul_Terminated (Item : char_array) return Boolean is
   begin
      for J in Item'Range loop
         if Item (J) = nul then
            return True;
         end if;
      end loop;
      return False;
   end Is_Nul_Terminated;

   --  B.3(50/2): Item's characters from index 0, then nul if Append_Nul;
   --  an empty result (Item empty, no nul) raises Constraint_Error
   function To_C (Item : String; Append_Nul : Boolean := True) return char_array is
   begin
      if Append_Nul then
         declare
            R : char_array (0 .. Item'Length);
         begin
            for J in Item'Range loop
               R (size_t (J - Item'First)) := char (Item (J));
            end loop;
            R (R'Last) := nul;
            return R;
         end;
      elsif Item'Length = 0 then
         raise Constraint_Error with "To_C of an empty string without nul";
      else
         declare
            R : char_array (0 .. Item'Length - 1);
         begin
            for J in Item'Range loop
               R (size_t (J - Item'First)) := char (Item (J));
            end loop;
            return R;
         end;
      end if;
   end To_C;

   --  B.3(52): the characters up to the first nul (Terminator_Error if
   --  none) when Trim_Nul, else all of them; the result's bounds are 1 ..
   function To_Ada (Item : char_array; Trim_Nul : Boolean := True) return String is
      Count : Natural := 0;
   begin
      if Trim_Nul then
         loop
            if Count = Item'Length then
               raise Terminator_Error with "To_Ada: no nul in the char_array";
            end if;
            exit when Item (Item'First + size_t (Count)) = nul;
            Count := Count + 1;
         end loop;
      else
         Count := Item'Length;
      end if;
      declare
         R : String (1 .. Count);
      begin
         for J in R'Range loop
            R (J) := Character (Item (Item'First + size_t (J - 1)));
         end loop;
         return R;
      end;
   end To_Ada;

end Interfaces.C;
