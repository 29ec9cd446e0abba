--  System (RM 13.7) for adac's targets (64-bit, little-endian).
--  An Address is a machine address; its comparisons are the predefined
--  ones of its full type, which adac expands inline (intrinsic).
package System is
   pragma Pure (System);

   type Name is (SYSTEM_NAME_ADAC);
   System_Name : constant Name := SYSTEM_NAME_ADAC;

   Min_Int               : constant := -2 ** 63;
   Max_Int               : constant := 2 ** 63 - 1;
   Max_Binary_Modulus    : constant := 2 ** 64;
   Max_Nonbinary_Modulus : constant := 2 ** 32 - 1;
   Max_Mantissa          : constant := 63;

   Storage_Unit : constant := 8;
   Word_Size    : constant := 64;
   Memory_Size  : constant := 2 ** 64;

   --  GNAT's name for Standard'Maximum_Alignment
   Maximum_Alignment : constant := 16;

   type Address is private;
   Null_Address : constant Address;

   function "<" (Left, Right : Address) return Boolean;
   function "<=" (Left, Right : Address) return Boolean;
   function ">" (Left, Right : Address) return Boolean;
   function ">=" (Left, Right : Address) return Boolean;
   function "=" (Left, Right : Address) return Boolean;
   pragma Import (Intrinsic, "<");
   pragma Import (Intrinsic, "<=");
   pragma Import (Intrinsic, ">");
   pragma Import (Intrinsic, ">=");
   pragma Import (Intrinsic, "=");

   type Bit_Order is (High_Order_First, Low_Order_First);
   Default_Bit_Order : constant Bit_Order := Low_Order_First;

   subtype Any_Priority is Integer range 0 .. 98;
   subtype Priority is Any_Priority range 0 .. 97;
   subtype Interrupt_Priority is Any_Priority range 98 .. 98;
   Default_Priority : constant Priority := 48;

private
   type Address is mod Memory_Size;
   Null_Address : constant Address := 0;
end System;
