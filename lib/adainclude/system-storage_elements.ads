--  System.Storage_Elements (RM 13.7.1).  Address arithmetic and the
--  conversions are expanded inline (intrinsic).
package System.Storage_Elements is
   pragma Pure (Storage_Elements);

   type Storage_Offset is range -(2 ** 63) .. 2 ** 63 - 1;
   subtype Storage_Count is Storage_Offset range 0 .. Storage_Offset'Last;

   type Storage_Element is mod 2 ** Storage_Unit;
   for Storage_Element'Size use Storage_Unit;
   type Storage_Array is array (Storage_Offset range <>) of aliased Storage_Element;
   for Storage_Array'Component_Size use Storage_Unit;

   function "+" (Left : Address; Right : Storage_Offset) return Address;
   function "+" (Left : Storage_Offset; Right : Address) return Address;
   function "-" (Left : Address; Right : Storage_Offset) return Address;
   function "-" (Left, Right : Address) return Storage_Offset;
   function "mod" (Left : Address; Right : Storage_Offset) return Storage_Offset;
   pragma Import (Intrinsic, "+");
   pragma Import (Intrinsic, "-");
   pragma Import (Intrinsic, "mod");

   type Integer_Address is mod Memory_Size;
   function To_Address (Value : Integer_Address) return Address;
   function To_Integer (Value : Address) return Integer_Address;
   pragma Import (Intrinsic, To_Address);
   pragma Import (Intrinsic, To_Integer);
end System.Storage_Elements;
