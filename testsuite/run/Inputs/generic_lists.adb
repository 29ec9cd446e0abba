with Ada.Unchecked_Deallocation;
package body Generic_Lists is
   procedure Free is new Ada.Unchecked_Deallocation (Node, Node_Ptr);
   procedure Push (L : in out List; E : Element) is
   begin
      L.Head := new Node'(Value => E, Next => L.Head);
      L.Count := L.Count + 1;
   end Push;
   function Pop (L : in out List) return Element is
      N : Node_Ptr := L.Head;
      E : Element;
   begin
      if N = null then
         raise Empty_Error;
      end if;
      E := N.Value;
      L.Head := N.Next;
      Free (N);
      L.Count := L.Count - 1;
      return E;
   end Pop;
   function Length (L : List) return Natural is (L.Count);
   function Contains (L : List; E : Element) return Boolean is
      N : Node_Ptr := L.Head;
   begin
      while N /= null loop
         if N.Value = E then
            return True;
         end if;
         N := N.Next;
      end loop;
      return False;
   end Contains;
   procedure Clear (L : in out List) is
      N : Node_Ptr;
   begin
      while L.Head /= null loop
         N := L.Head;
         L.Head := N.Next;
         Free (N);
      end loop;
      L.Count := 0;
   end Clear;
end Generic_Lists;
