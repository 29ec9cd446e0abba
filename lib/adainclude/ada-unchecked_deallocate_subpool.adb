with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
procedure Ada.Unchecked_Deallocate_Subpool (Subpool : in out Subpool_Handle) is
begin
   --  13.11.5(6/3): nothing for null
   if Subpool = null then
      return;
   end if;
   --  13.11.5(7/3 - 9/3)
   Deallocate_Subpool (Pool_Of_Subpool (Subpool).all, Subpool);
   Subpool := null;
end Ada.Unchecked_Deallocate_Subpool;
