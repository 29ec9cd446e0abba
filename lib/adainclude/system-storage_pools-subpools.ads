--  System.Storage_Pools.Subpools (RM 13.11.4).  An allocator
--  new (Handle) T calls Allocate_From_Subpool of the access type's pool,
--  after the checks of 4.8(10.3/3).
package System.Storage_Pools.Subpools is
   pragma Preelaborate (Subpools);

   type Root_Storage_Pool_With_Subpools is abstract new Root_Storage_Pool with private;

   type Root_Subpool is abstract tagged limited private;

   type Subpool_Handle is access all Root_Subpool'Class;
   for Subpool_Handle'Storage_Size use 0;

   function Create_Subpool (Pool : in out Root_Storage_Pool_With_Subpools)
     return not null Subpool_Handle is abstract;

   type Pool_Access is access all Root_Storage_Pool_With_Subpools'Class;
   function Pool_Of_Subpool (Subpool : not null Subpool_Handle) return Pool_Access;

   procedure Set_Pool_Of_Subpool
     (Subpool : not null Subpool_Handle;
      To      : in out Root_Storage_Pool_With_Subpools'Class);

   procedure Allocate_From_Subpool
     (Pool                     : in out Root_Storage_Pool_With_Subpools;
      Storage_Address          : out Address;
      Size_In_Storage_Elements : Storage_Elements.Storage_Count;
      Alignment                : Storage_Elements.Storage_Count;
      Subpool                  : not null Subpool_Handle) is abstract;

   procedure Deallocate_Subpool
     (Pool    : in out Root_Storage_Pool_With_Subpools;
      Subpool : in out Subpool_Handle) is abstract;

   function Default_Subpool_For_Pool (Pool : in out Root_Storage_Pool_With_Subpools)
     return not null Subpool_Handle;

   overriding procedure Allocate
     (Pool                     : in out Root_Storage_Pool_With_Subpools;
      Storage_Address          : out Address;
      Size_In_Storage_Elements : Storage_Elements.Storage_Count;
      Alignment                : Storage_Elements.Storage_Count);

   overriding procedure Deallocate
     (Pool                     : in out Root_Storage_Pool_With_Subpools;
      Storage_Address          : Address;
      Size_In_Storage_Elements : Storage_Elements.Storage_Count;
      Alignment                : Storage_Elements.Storage_Count) is null;

   overriding function Storage_Size (Pool : Root_Storage_Pool_With_Subpools)
     return Storage_Elements.Storage_Count is (Storage_Elements.Storage_Count'Last);

private
   --  adac's run time (runtime/final.c) knows this layout: a pool lists its
   --  subpools (Subpools at offset 8); a subpool knows its pool (Owner, 8),
   --  lists the objects allocated in it that need finalization (Objects,
   --  16) and links to the pool's other subpools (Next, 24; Prev, 32).
   type Root_Storage_Pool_With_Subpools is abstract new Root_Storage_Pool with record
      Subpools : Subpool_Handle;
   end record;

   --  13.11.5(10/3): finalizing the pool finalizes its subpools
   overriding procedure Finalize (Pool : in out Root_Storage_Pool_With_Subpools);

   type Root_Subpool is abstract tagged limited record
      Owner      : Pool_Access;
      Objects    : Address := Null_Address;
      Next, Prev : Subpool_Handle;
   end record;
end System.Storage_Pools.Subpools;
