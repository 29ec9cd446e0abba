package body Util_Pkg is
   function Seven return Integer is
   begin
      return 7;
   end Seven;
end Util_Pkg;
