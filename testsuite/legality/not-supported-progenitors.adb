-- Progenitors (3.9.4: type T is new Parent and Interface ...) are outside
-- what adac compiles: one clear error at the progenitor, and none for the
-- uses of T in the interface's class (allocators, conversions, calls) that
-- follow.  adac reported those uses ("not the designated type") instead.
-- Deriving from an interface alone works.  GNAT 12 accepts this program.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Progenitors is
   package Shapes is
      type Drawable is interface;
      procedure Draw (D : Drawable) is abstract;
      type Base is tagged null record;
      type Circle is new Base and Drawable with null record;
      -- CHECK: not-supported-progenitors.adb:[[# @LINE - 1]]:35: error: a type with progenitors ('and Drawable') is not supported by adac: calls through the interface's class would need dispatch tables adac does not build; derive from the interface alone, or from a tagged type [RM 3.9.4]
      overriding procedure Draw (C : Circle) is null;
      type Box is new Drawable with null record;          -- OK
      overriding procedure Draw (B : Box) is null;
   end Shapes;
   use Shapes;
   type Drawable_Ptr is access all Drawable'Class;
   P : constant Drawable_Ptr := new Circle;
   Q : constant Drawable_Ptr := new Box;
begin
   Draw (P.all);
   Draw (Q.all);
end Progenitors;
