--  Interfaces.C (RM B.3) for adac's targets (x86-64 Linux, LP64): the C
--  scalar types, char and char_array with their conversions.  Not yet:
--  wchar_t, char16_t, char32_t and their arrays, the To_C/To_Ada
--  procedures.
package Interfaces.C is
   pragma Pure (C);

   CHAR_BIT  : constant := 8;
   SCHAR_MIN : constant := -128;
   SCHAR_MAX : constant := 127;
   UCHAR_MAX : constant := 255;

   type int   is range -2 ** 31 .. 2 ** 31 - 1;
   type short is range -2 ** 15 .. 2 ** 15 - 1;
   type long  is range -2 ** 63 .. 2 ** 63 - 1;
   type long_long is range -2 ** 63 .. 2 ** 63 - 1;

   type signed_char is range SCHAR_MIN .. SCHAR_MAX;
   for signed_char'Size use CHAR_BIT;

   type unsigned           is mod 2 ** 32;
   type unsigned_short     is mod 2 ** 16;
   type unsigned_long      is mod 2 ** 64;
   type unsigned_long_long is mod 2 ** 64;
   type unsigned_char      is mod (UCHAR_MAX + 1);
   for unsigned_char'Size use CHAR_BIT;
   subtype plain_char is unsigned_char;

   type ptrdiff_t is range -2 ** 63 .. 2 ** 63 - 1;
   type size_t    is mod 2 ** 64;

   type C_float     is digits 6;
   type double      is digits 15;
   type long_double is digits 15;

   type char is new Character;
   nul : constant char := char'First;

   function To_C (Item : Character) return char is (char (Item));
   function To_Ada (Item : char) return Character is (Character (Item));

   type char_array is array (size_t range <>) of aliased char;
   pragma Pack (char_array);

   --  B.3(45-50): nul-terminated conversions
   function Is_Nul_Terminated (Item : char_array) return Boolean;
   function To_C (Item : String; Append_Nul : Boolean := True) return char_array;
   function To_Ada (Item : char_array; Trim_Nul : Boolean := True) return String;

   Terminator_Error : exception;
end Interfaces.C;
