--  Interfaces (RM B.2): integer and modular types of the machine's sizes,
--  and their shifts and rotations, which adac expands inline (intrinsic).
package Interfaces is
   pragma Pure (Interfaces);

   type Integer_8  is range -2 ** 7 .. 2 ** 7 - 1;
   type Integer_16 is range -2 ** 15 .. 2 ** 15 - 1;
   type Integer_32 is range -2 ** 31 .. 2 ** 31 - 1;
   type Integer_64 is range -2 ** 63 .. 2 ** 63 - 1;

   type Unsigned_8  is mod 2 ** 8;
   type Unsigned_16 is mod 2 ** 16;
   type Unsigned_32 is mod 2 ** 32;
   type Unsigned_64 is mod 2 ** 64;

   function Shift_Left (Value : Unsigned_8; Amount : Natural) return Unsigned_8;
   function Shift_Right (Value : Unsigned_8; Amount : Natural) return Unsigned_8;
   function Shift_Right_Arithmetic (Value : Unsigned_8; Amount : Natural) return Unsigned_8;
   function Rotate_Left (Value : Unsigned_8; Amount : Natural) return Unsigned_8;
   function Rotate_Right (Value : Unsigned_8; Amount : Natural) return Unsigned_8;

   function Shift_Left (Value : Unsigned_16; Amount : Natural) return Unsigned_16;
   function Shift_Right (Value : Unsigned_16; Amount : Natural) return Unsigned_16;
   function Shift_Right_Arithmetic (Value : Unsigned_16; Amount : Natural) return Unsigned_16;
   function Rotate_Left (Value : Unsigned_16; Amount : Natural) return Unsigned_16;
   function Rotate_Right (Value : Unsigned_16; Amount : Natural) return Unsigned_16;

   function Shift_Left (Value : Unsigned_32; Amount : Natural) return Unsigned_32;
   function Shift_Right (Value : Unsigned_32; Amount : Natural) return Unsigned_32;
   function Shift_Right_Arithmetic (Value : Unsigned_32; Amount : Natural) return Unsigned_32;
   function Rotate_Left (Value : Unsigned_32; Amount : Natural) return Unsigned_32;
   function Rotate_Right (Value : Unsigned_32; Amount : Natural) return Unsigned_32;

   function Shift_Left (Value : Unsigned_64; Amount : Natural) return Unsigned_64;
   function Shift_Right (Value : Unsigned_64; Amount : Natural) return Unsigned_64;
   function Shift_Right_Arithmetic (Value : Unsigned_64; Amount : Natural) return Unsigned_64;
   function Rotate_Left (Value : Unsigned_64; Amount : Natural) return Unsigned_64;
   function Rotate_Right (Value : Unsigned_64; Amount : Natural) return Unsigned_64;

   pragma Import (Intrinsic, Shift_Left);
   pragma Import (Intrinsic, Shift_Right);
   pragma Import (Intrinsic, Shift_Right_Arithmetic);
   pragma Import (Intrinsic, Rotate_Left);
   pragma Import (Intrinsic, Rotate_Right);
end Interfaces;
