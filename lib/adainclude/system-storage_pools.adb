package body System.Storage_Pools is

   function C_Alloc (Size, Align : Storage_Elements.Storage_Count) return Address;
   pragma Import (C, C_Alloc, "__adac_alloc");

   procedure C_Free (P : Address; Size, Align : Storage_Elements.Storage_Count);
   pragma Import (C, C_Free, "__adac_free");

   procedure Allocate
     (Pool                     : in out Standard_Pool_Type;
      Storage_Address          : out Address;
      Size_In_Storage_Elements : Storage_Elements.Storage_Count;
      Alignment                : Storage_Elements.Storage_Count) is
   begin
      Storage_Address := C_Alloc (Size_In_Storage_Elements, Alignment);
   end Allocate;

   procedure Deallocate
     (Pool                     : in out Standard_Pool_Type;
      Storage_Address          : Address;
      Size_In_Storage_Elements : Storage_Elements.Storage_Count;
      Alignment                : Storage_Elements.Storage_Count) is
   begin
      C_Free (Storage_Address, Size_In_Storage_Elements, Alignment);
   end Deallocate;

end System.Storage_Pools;
