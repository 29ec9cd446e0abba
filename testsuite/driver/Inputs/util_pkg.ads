package Util_Pkg is
   function Seven return Integer;
end Util_Pkg;
