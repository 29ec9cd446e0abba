generic
   type Item is private;
package Stacks is
   type Stack is limited private;
   Empty_Error : exception;
   procedure Push (S : in out Stack; X : Item);
   function Pop (S : in out Stack) return Item;
   function Depth (S : Stack) return Natural;
   procedure Clear (S : in out Stack);
private
   type Node;
   type Node_Ptr is access Node;
   type Node is record
      Value : Item;
      Below : Node_Ptr;
   end record;
   type Stack is limited record
      Top : Node_Ptr;
      Count : Natural := 0;
   end record;
end Stacks;
