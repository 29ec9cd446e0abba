--  Ada.Unchecked_Deallocation (RM 13.11.2).  adac expands its instances
--  itself: a call frees the designated object in the default pool, with the
--  size it was allocated with, and sets the access value to null.
generic
   type Object (<>) is limited private;
   type Name is access Object;
procedure Ada.Unchecked_Deallocation (X : in out Name);
pragma Import (Intrinsic, Ada.Unchecked_Deallocation);
