package Pure_Access is
   pragma Pure;
   type Bad is access Integer;                          -- no Storage_Size 0
   type Zero is access Integer;
   for Zero'Storage_Size use 0;
   type Zero_All is access all Integer with Storage_Size => 0;
end Pure_Access;
