-- 3.7(13), 3.9.1: a type extension may have discriminants of its own.
-- adac takes them when the parent has no components nor discriminants (a
-- pool, a controlled type: rm13.11-pool-type-with-discriminant.adb); when
-- the parent has components, one error says so, with no cascade from the
-- uses of the type (GNAT 12 accepts the program).
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Extension_Discriminants is
   type Base is tagged record
      X : Integer := 0;
   end record;
   type Empty is tagged null record;
   type Fine (N : Natural) is new Empty with record       -- OK
      S : String (1 .. N);
   end record;
   type Sized (N : Natural) is new Base with record       -- ERROR
   -- CHECK: not-supported-discriminants-of-extension-with-parent-components.adb:[[# @LINE - 1]]:16: error: discriminants of a type extension are supported only when the parent type has neither components nor discriminants (as Root_Storage_Pool and Controlled): 'Base' has some
      S : String (1 .. N);
   end record;
   F : Fine (3);
begin
   F.S := "abc";
end Extension_Discriminants;
