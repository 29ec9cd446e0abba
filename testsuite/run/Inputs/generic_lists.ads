generic
   type Element is private;
   with function "=" (L, R : Element) return Boolean is <>;
package Generic_Lists is
   type List is limited private;
   procedure Push (L : in out List; E : Element);
   function Pop (L : in out List) return Element;
   function Length (L : List) return Natural;
   function Contains (L : List; E : Element) return Boolean;
   procedure Clear (L : in out List);
   Empty_Error : exception;
private
   type Node;
   type Node_Ptr is access Node;
   type Node is record
      Value : Element;
      Next  : Node_Ptr;
   end record;
   type List is limited record
      Head  : Node_Ptr;
      Count : Natural := 0;
   end record;
end Generic_Lists;
