-- Running out of stack in deep recursion raises Storage_Error (11.1(6),
-- as GNAT does: "stack overflow or erroneous memory access"), which a
-- handler can handle and the program can go on from, more than once;
-- unhandled, it is reported like any exception.
-- RUN: %adac %s -o %t && not %t > %t.out 2> %t.err; FileCheck %s < %t.out && FileCheck %s --check-prefix=ERR < %t.err
-- RUN: %adac -O2 %s -o %t2 && not %t2 | FileCheck %s
-- CHECK: Storage_Error, round 1
-- CHECK-NEXT: Storage_Error, round 2
-- CHECK-NEXT:  1000
-- ERR: raised STORAGE_ERROR : stack overflow or erroneous memory access
with Ada.Text_IO; use Ada.Text_IO;
procedure So is
   function Deep (N : Natural) return Natural is
      Pad : array (1 .. 64) of Integer := (others => N);
   begin
      if N = 0 then
         return 0;
      end if;
      return 1 + Deep (N - 1) + Pad (N mod 64 + 1) * 0;
   end Deep;
begin
   for Round in 1 .. 2 loop
      begin
         Put_Line (Natural'Image (Deep (100_000_000)));
      exception
         when Storage_Error => Put_Line ("Storage_Error, round" & Integer'Image (Round));
      end;
   end loop;
   Put_Line (Natural'Image (Deep (1000)));
   Put_Line (Natural'Image (Deep (100_000_000)));
end So;
