package body Ada.Integer_Text_IO is

   procedure Put (Item  : Integer;
                  Width : Ada.Text_IO.Field := Default_Width;
                  Base  : Ada.Text_IO.Number_Base := Default_Base) is
      Digit : constant String := "0123456789ABCDEF";
      Buf   : String (1 .. 80);
      First : Natural := Buf'Last + 1;
      V     : Long_Long_Integer := abs Long_Long_Integer (Item);

      procedure Prepend (C : Character) is
      begin
         First := First - 1;
         Buf (First) := C;
      end Prepend;
   begin
      if Base /= 10 then
         Prepend ('#');
      end if;
      loop
         Prepend (Digit (Integer (V mod Long_Long_Integer (Base)) + 1));
         V := V / Long_Long_Integer (Base);
         exit when V = 0;
      end loop;
      if Base /= 10 then
         Prepend ('#');
         if Base >= 10 then
            Prepend (Digit (Base mod 10 + 1));
            Prepend ('1');
         else
            Prepend (Digit (Base + 1));
         end if;
      end if;
      if Item < 0 then
         Prepend ('-');
      end if;
      for I in Buf'Last - First + 2 .. Width loop
         Ada.Text_IO.Put (' ');
      end loop;
      Ada.Text_IO.Put (Buf (First .. Buf'Last));
   end Put;

end Ada.Integer_Text_IO;
