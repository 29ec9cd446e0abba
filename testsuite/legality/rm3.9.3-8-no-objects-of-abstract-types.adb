-- 3.9.3(8/3): no object is of an abstract type: an allocator of it (new T
-- or new T'(...)), or an object declaration; a class-wide allocator or
-- object, or one of a concrete extension, is fine.  adac accepted them.
-- GNAT 12 reports the same lines ("cannot allocate abstract object",
-- "type of object cannot be abstract").
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
-- CHECK: rm3.9.3-8-no-objects-of-abstract-types.adb:[[# @LINE + 13]]:23: error: the allocated object cannot be of the abstract type 'T' [RM 3.9.3(8/3)]
-- CHECK: rm3.9.3-8-no-objects-of-abstract-types.adb:[[# @LINE + 7]]:7: note: 'T' is declared abstract here
-- CHECK: rm3.9.3-8-no-objects-of-abstract-types.adb:[[# @LINE + 14]]:8: error: the object 'O' cannot be of the abstract type 'T' [RM 3.9.3(8/3)]
-- CHECK: rm3.9.3-8-no-objects-of-abstract-types.adb:[[# @LINE + 5]]:7: note: 'T' is declared abstract here
-- CHECK: rm3.9.3-8-no-objects-of-abstract-types.adb:[[# @LINE + 16]]:13: error: the allocated object cannot be of the abstract type 'T' [RM 3.9.3(8/3)]
-- CHECK: rm3.9.3-8-no-objects-of-abstract-types.adb:[[# @LINE + 3]]:7: note: 'T' is declared abstract here
procedure No_Abstract_Objects is
   package P is
      type T is abstract tagged null record;
      type C is new T with null record;
      type T_Ptr is access T'Class;
      type A_Ptr is access T;
   end P;
   X : P.T_Ptr := new P.T;              -- ERROR: abstract
   Y : P.A_Ptr;
   Z : P.T_Ptr := new P.C;              -- OK: a concrete extension
   O : P.T;                             -- ERROR
   K : P.C;
   W : P.T'Class := K;                  -- OK: class-wide
begin
   Y := new P.T;                        -- ERROR
   Z := new P.T'Class'(W);              -- OK
end No_Abstract_Objects;
