package Main_Recursive_State is
   Calls : Integer := 0;
end Main_Recursive_State;
