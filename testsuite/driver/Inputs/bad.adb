procedure Bad is
begin
   X := 1;
end Bad;
