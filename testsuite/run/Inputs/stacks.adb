with Ada.Unchecked_Deallocation;
package body Stacks is
   procedure Free is new Ada.Unchecked_Deallocation (Node, Node_Ptr);
   procedure Push (S : in out Stack; X : Item) is
   begin
      S.Top := new Node'(X, S.Top);
      S.Count := S.Count + 1;
   end Push;
   function Pop (S : in out Stack) return Item is
      N : Node_Ptr := S.Top;
   begin
      if N = null then
         raise Empty_Error;
      end if;
      declare
         V : constant Item := N.Value;
      begin
         S.Top := N.Below;
         S.Count := S.Count - 1;
         Free (N);
         return V;
      end;
   end Pop;
   function Depth (S : Stack) return Natural is (S.Count);
   procedure Clear (S : in out Stack) is
      Dummy : Item;
   begin
      while S.Top /= null loop
         Dummy := Pop (S);
      end loop;
   end Clear;
end Stacks;
