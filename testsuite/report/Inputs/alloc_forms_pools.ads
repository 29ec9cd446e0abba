--  The pools of alloc_forms.adb: a user pool and a pool with subpools.
with System.Storage_Elements; use System.Storage_Elements;
with System.Storage_Pools; use System.Storage_Pools;
with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
package Alloc_Forms_Pools is
   type Counting_Pool is new Root_Storage_Pool with record
      Count : Natural := 0;
   end record;
   overriding procedure Allocate (Pool : in out Counting_Pool; Address : out System.Address;
                                  Size, Alignment : Storage_Count);
   overriding procedure Deallocate (Pool : in out Counting_Pool; Address : System.Address;
                                    Size, Alignment : Storage_Count);
   overriding function Storage_Size (Pool : Counting_Pool) return Storage_Count;

   type Region_Pool is new Root_Storage_Pool_With_Subpools with null record;
   overriding function Create_Subpool (Pool : in out Region_Pool) return not null Subpool_Handle;
   overriding procedure Allocate_From_Subpool
     (Pool : in out Region_Pool; Address : out System.Address;
      Size, Alignment : Storage_Count; Subpool : not null Subpool_Handle);
   overriding procedure Deallocate_Subpool (Pool : in out Region_Pool; Subpool : in out Subpool_Handle);
end Alloc_Forms_Pools;
