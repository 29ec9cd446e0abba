--  Ada.Integer_Text_IO (RM A.10.8(21)), output part: RM's instance of
--  Ada.Text_IO.Integer_IO for Integer, written here as a package of its
--  own (its body is in Ada, beside this file).
with Ada.Text_IO;
package Ada.Integer_Text_IO is

   Default_Width : Ada.Text_IO.Field := Integer'Width;
   Default_Base  : Ada.Text_IO.Number_Base := 10;

   --  A.10.8(11-13): Item's image (based when Base /= 10, as 16#FF#),
   --  right-justified in Width columns (or wider when it needs them)
   procedure Put (Item  : Integer;
                  Width : Ada.Text_IO.Field := Default_Width;
                  Base  : Ada.Text_IO.Number_Base := Default_Base);

end Ada.Integer_Text_IO;
