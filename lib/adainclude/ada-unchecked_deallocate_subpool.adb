with System.Storage_Pools.Subpools; use System.Storage_Pools.Subpools;
procedure Ada.Unchecked_Deallocate_Subpool (Subpool : in out Subpool_Handle) is
begin
   --  13.11.5(6/3): nothing for null
   if Subpool = null then
      return;
   end if;
   --  13.11.5(5/3 - 9/3): out of its pool, its objects finalized, then
   --  handed back to the pool
   declare
      Pool : constant Pool_Access := Pool_Of_Subpool (Subpool);
      procedure Finalize_Objects (S : Subpool_Handle);
      pragma Import (C, Finalize_Objects, "__adac_finalize_subpool");
   begin
      Finalize_Objects (Subpool);
      Deallocate_Subpool (Pool.all, Subpool);
   end;
   Subpool := null;
end Ada.Unchecked_Deallocate_Subpool;
