-- 3.7(13), 3.9.1: discriminants of a type extension.  adac takes new
-- discriminants when the parent has none (rm3.7-discriminants-of-type-
-- extensions.adb), not yet when the parent has discriminants the new ones
-- would constrain, nor an extension of a type whose components' sizes
-- depend on its discriminants: one error each, and no cascade from the
-- uses of the refused type (its aggregate, its operations, conversions).
-- GNAT 12 accepts the program.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Extension_Discriminants is
   package P is
      type Base (K : Natural) is tagged record
         X : Integer := 0;
      end record;
      type Sized (N : Natural) is new Base (N) with record       -- ERROR
      -- CHECK: not-supported-extension-discriminants.adb:[[# @LINE - 1]]:19: error: discriminants of a type extension are not supported yet when the parent type 'Base' has discriminants
         S : String (1 .. N);
      end record;
      type Named (N : Natural) is tagged record
         Name : String (1 .. N);
      end record;
      function Describe (X : Named) return String is (X.Name);
      type Tagged_Named is new Named with record                 -- ERROR
      -- CHECK: not-supported-extension-discriminants.adb:[[# @LINE - 1]]:28: error: extending a type whose components' sizes depend on its discriminants is not supported yet
         Mark : Character := '#';
      end record;
      overriding function Describe (X : Tagged_Named) return String;
   end P;
   package body P is
      function Describe (X : Tagged_Named) return String is (Describe (Named (X)) & X.Mark);
   end P;
   N : P.Named := (3, "abc");
   T : P.Tagged_Named := (3, "xyz", '!');
begin
   N.Name := P.Describe (N);
end Extension_Discriminants;
