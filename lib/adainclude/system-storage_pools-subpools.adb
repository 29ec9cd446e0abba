with Ada.Unchecked_Deallocate_Subpool;
package body System.Storage_Pools.Subpools is

   function Pool_Of_Subpool (Subpool : not null Subpool_Handle) return Pool_Access is
   begin
      return Subpool.Owner;
   end Pool_Of_Subpool;

   procedure Set_Pool_Of_Subpool
     (Subpool : not null Subpool_Handle;
      To      : in out Root_Storage_Pool_With_Subpools'Class) is
   begin
      --  13.11.4(29/3): a subpool belongs to one pool, once
      if Subpool.Owner /= null then
         raise Program_Error with "subpool already belongs to a pool";
      end if;
      Subpool.Owner := To'Unchecked_Access;
      Subpool.Next := To.Subpools;
      Subpool.Prev := null;
      if To.Subpools /= null then
         To.Subpools.Prev := Subpool;
      end if;
      To.Subpools := Subpool;
   end Set_Pool_Of_Subpool;

   procedure Finalize (Pool : in out Root_Storage_Pool_With_Subpools) is
      S : Subpool_Handle;
   begin
      while Pool.Subpools /= null loop
         S := Pool.Subpools;
         Ada.Unchecked_Deallocate_Subpool (S);
      end loop;
   end Finalize;

   function Default_Subpool_For_Pool (Pool : in out Root_Storage_Pool_With_Subpools)
     return not null Subpool_Handle is
   begin
      --  13.11.4(33/3)
      raise Program_Error with "the pool has no default subpool";
      return null;
   end Default_Subpool_For_Pool;

   procedure Allocate
     (Pool                     : in out Root_Storage_Pool_With_Subpools;
      Storage_Address          : out Address;
      Size_In_Storage_Elements : Storage_Elements.Storage_Count;
      Alignment                : Storage_Elements.Storage_Count) is
   begin
      --  13.11.4(32/3): the default subpool of the pool
      Allocate_From_Subpool
        (Root_Storage_Pool_With_Subpools'Class (Pool), Storage_Address,
         Size_In_Storage_Elements, Alignment,
         Default_Subpool_For_Pool (Root_Storage_Pool_With_Subpools'Class (Pool)));
   end Allocate;

end System.Storage_Pools.Subpools;
