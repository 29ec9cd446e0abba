-- Freezing (13.14): an object declaration freezes its type (13.14(6)), a
-- type extension its parent (13.14(7)), a body what is declared before it
-- (13.14(3/3); an expression function does not); after that, a
-- representation item for the type (13.14(19/1)) or a new primitive
-- operation of a tagged type declared in a package (3.9.2(13), 3.2.3(4))
-- comes too late.  GNAT 12 reports the same lines ("representation item appears too late", "this primitive
-- operation is declared too late").
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
-- CHECK: rm13.14-19-representation-and-primitives-after-freezing.adb:[[# @LINE + 12]]:4: error: 'Storage_Size of 'P' comes too late: 'P' is frozen already, by the declaration of 'X' [RM 13.14(19/1)]
-- CHECK: rm13.14-19-representation-and-primitives-after-freezing.adb:[[# @LINE + 10]]:4: note: 'P' is frozen here
-- CHECK: rm13.14-19-representation-and-primitives-after-freezing.adb:[[# @LINE + 13]]:4: error: 'Storage_Size of 'Q' comes too late: 'Q' is frozen already, by the body of 'Body_Here' [RM 13.14(19/1)]
-- CHECK: rm13.14-19-representation-and-primitives-after-freezing.adb:[[# @LINE + 11]]:4: note: 'Q' is frozen here
-- CHECK: rm13.14-19-representation-and-primitives-after-freezing.adb:[[# @LINE + 25]]:17: error: the primitive operation 'U_Op2' of 'U' comes too late: 'U' is frozen already, by the declaration of 'V' [RM 3.9.2(13)]
-- CHECK: rm13.14-19-representation-and-primitives-after-freezing.adb:[[# @LINE + 23]]:7: note: 'U' is frozen here
-- CHECK: rm13.14-19-representation-and-primitives-after-freezing.adb:[[# @LINE + 32]]:17: error: the primitive operation 'A_Op' of 'A' comes too late: 'A' is frozen already, by the type extension [RM 3.9.2(13)]
-- CHECK: rm13.14-19-representation-and-primitives-after-freezing.adb:[[# @LINE + 30]]:17: note: 'A' is frozen here
with System.Storage_Pools;
procedure Freezing is
   type P is access Integer;
   X : P;
   for P'Storage_Size use 1000;         -- ERROR: P frozen by X
   type Q is access Integer;
   procedure Body_Here is begin null; end Body_Here;
   for Q'Storage_Size use 1000;         -- ERROR: Q frozen by the body
   type R is access Integer;
   function Expr return Integer is (1);
   for R'Storage_Size use 1000;         -- OK: an expression function freezes nothing
   type T is tagged null record;
   procedure Op (X : T);                -- OK
   type T2 is new T with null record;
   procedure Op2 (X : T);               -- OK: not primitive here (3.2.3(4))
   procedure Op (X : T) is begin null; end Op;
   procedure Op2 (X : T) is begin null; end Op2;
   package Pkg is
      type U is tagged null record;
      procedure U_Op (X : U);
      V : U;
      procedure U_Op2 (X : U);          -- ERROR: U frozen by V
   end Pkg;
   package body Pkg is
      procedure U_Op (X : U) is begin null; end U_Op;
      procedure U_Op2 (X : U) is begin null; end U_Op2;
   end Pkg;
   package Pkg2 is
      type A is tagged null record;
      type B is new A with null record;
      procedure A_Op (X : A);           -- ERROR: A frozen by B
   end Pkg2;
   package body Pkg2 is
      procedure A_Op (X : A) is begin null; end A_Op;
   end Pkg2;
begin
   null;
end Freezing;
