--  Ada.Unchecked_Deallocate_Subpool (RM 13.11.5): finalizes the objects
--  of the subpool, then hands it back to its pool (Deallocate_Subpool).
with System.Storage_Pools.Subpools;
procedure Ada.Unchecked_Deallocate_Subpool
  (Subpool : in out System.Storage_Pools.Subpools.Subpool_Handle);
