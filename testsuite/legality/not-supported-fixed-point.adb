-- Fixed point types (3.5.9) are outside adac's subset: one clear error at
-- each type definition, and none for the objects, literals and operators
-- of those types. GNAT 12 accepts this program.
-- RUN: not %adac -fsyntax-only %s 2>&1 | FileCheck %s --implicit-check-not=error:
procedure Fixed is
   type Volt is delta 0.125 range 0.0 .. 255.0;
   -- CHECK: not-supported-fixed-point.adb:[[# @LINE - 1]]:17: error: fixed point types are not supported by adac [RM 3.5.9]
   type Money is delta 0.01 digits 12;
   -- CHECK: not-supported-fixed-point.adb:[[# @LINE - 1]]:18: error: decimal fixed point types are not supported by adac [RM 3.5.9]
   type Volt_Ptr is access Volt;
   V : Volt := 1.5;
   M : Money := 10.25;
   P : Volt_Ptr := new Volt'(V * 2);
begin
   if V > 1.0 then
      M := M + 1.0;
   end if;
   P.all := P.all + V;
end Fixed;
