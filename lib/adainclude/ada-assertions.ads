--  Ada.Assertions (RM 11.4.2(12/2)): the exception a failed assertion
--  raises (pragma Assert, Pre, Post, when the assertion policy is Check:
--  adac -gnata or pragma Assertion_Policy (Check)), and Assert itself.
package Ada.Assertions is
   pragma Pure;
   Assertion_Error : exception;
   procedure Assert (Check : Boolean);
   procedure Assert (Check : Boolean; Message : String);
end Ada.Assertions;
