--  Interfaces.C (RM B.3) for adac's targets (x86-64 Linux, LP64): the C
--  scalar types and char.  Not yet: char_array and its conversions (adac's
--  unconstrained arrays have 32-bit bounds, and char_array is indexed by
--  size_t), wchar_t, char16_t, char32_t.
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

   Terminator_Error : exception;
end Interfaces.C;
