--  System.Storage_Pools (RM 13.11).  An allocator for an access type
--  whose Storage_Pool is P calls Allocate (P, ...) with the size and
--  alignment of the object; Unchecked_Deallocation calls Deallocate.
with Ada.Finalization;
with System.Storage_Elements;
package System.Storage_Pools is
   pragma Preelaborate (Storage_Pools);

   type Root_Storage_Pool is abstract new Ada.Finalization.Limited_Controlled with private;

   procedure Allocate
     (Pool                     : in out Root_Storage_Pool;
      Storage_Address          : out Address;
      Size_In_Storage_Elements : Storage_Elements.Storage_Count;
      Alignment                : Storage_Elements.Storage_Count) is abstract;

   procedure Deallocate
     (Pool                     : in out Root_Storage_Pool;
      Storage_Address          : Address;
      Size_In_Storage_Elements : Storage_Elements.Storage_Count;
      Alignment                : Storage_Elements.Storage_Count) is abstract;

   function Storage_Size (Pool : Root_Storage_Pool) return Storage_Elements.Storage_Count is abstract;

private
   type Root_Storage_Pool is abstract new Ada.Finalization.Limited_Controlled with null record;

   --  The standard storage pool (13.11(17)) as an object, for T'Storage_Pool
   --  of an access type without a Storage_Pool or Storage_Size: calling its
   --  Allocate and Deallocate directly (13.11(20)) takes and gives back
   --  storage of the runtime's default pool.
   type Standard_Pool_Type is new Root_Storage_Pool with null record;

   overriding procedure Allocate
     (Pool                     : in out Standard_Pool_Type;
      Storage_Address          : out Address;
      Size_In_Storage_Elements : Storage_Elements.Storage_Count;
      Alignment                : Storage_Elements.Storage_Count);

   overriding procedure Deallocate
     (Pool                     : in out Standard_Pool_Type;
      Storage_Address          : Address;
      Size_In_Storage_Elements : Storage_Elements.Storage_Count;
      Alignment                : Storage_Elements.Storage_Count);

   overriding function Storage_Size (Pool : Standard_Pool_Type) return Storage_Elements.Storage_Count
     is (Storage_Elements.Storage_Count'Last);

   Standard_Pool : Standard_Pool_Type;
end System.Storage_Pools;
