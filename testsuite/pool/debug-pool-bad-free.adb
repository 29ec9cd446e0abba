-- The debug pool (-fpool=debug) catches a double free (the same access
-- value copied into two variables, each given to Unchecked_Deallocation)
-- and the free of an address it never gave out (an aliased variable's
-- 'Unchecked_Access): each raises Program_Error at the free, which a
-- handler can handle; unhandled, the message names the free's line, and
-- for a double free the allocator's and the first free's lines.  The
-- summary at exit counts the bad frees.
-- RUN: %adac -fpool=debug %s -o %t
-- RUN: %t 0 > %t.out 2> %t.err
-- RUN: FileCheck --check-prefix=HANDLED --match-full-lines %s < %t.out
-- RUN: FileCheck --check-prefix=HANDLED-ERR --match-full-lines %s < %t.err
-- RUN: not %t 1 2>&1 | FileCheck --check-prefix=DOUBLE --match-full-lines %s
-- RUN: not %t 2 2>&1 | FileCheck --check-prefix=FOREIGN --match-full-lines %s
-- RUN: %adac -O2 -fpool=debug %s -o %t2
-- RUN: not %t2 1 2>&1 | FileCheck --check-prefix=DOUBLE --match-full-lines %s
-- HANDLED: double free caught
-- HANDLED-NEXT: foreign free caught
-- HANDLED-NEXT: done
-- HANDLED-ERR: adac debug pool: 0 blocks leaked (0 bytes), 1 allocations, 1 frees, 2 bad frees
-- HANDLED-ERR-EMPTY:
-- DOUBLE: raised PROGRAM_ERROR : debug-pool-bad-free.adb:58 double free of a block allocated at debug-pool-bad-free.adb:55, freed at debug-pool-bad-free.adb:57
-- DOUBLE-NEXT: adac debug pool: 0 blocks leaked (0 bytes), 1 allocations, 1 frees, 1 bad frees
-- DOUBLE-EMPTY:
-- FOREIGN: raised PROGRAM_ERROR : debug-pool-bad-free.adb:61 free of an address the pool never allocated
-- FOREIGN-NEXT: adac debug pool: 0 blocks leaked (0 bytes), 0 allocations, 0 frees, 1 bad frees
-- FOREIGN-EMPTY:
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Command_Line; use Ada.Command_Line;
with Ada.Unchecked_Deallocation;
procedure Bad_Free is
   type Int_Ptr is access all Integer;
   procedure Free is new Ada.Unchecked_Deallocation (Integer, Int_Ptr);
   V : aliased Integer := 5;
   P, Q : Int_Ptr;
   Mode : constant Integer := Integer'Value (Argument (1));
begin
   if Mode = 0 then
      P := new Integer'(42);
      Q := P;
      Free (P);
      begin
         Free (Q);
         Put_Line ("double free not caught");
      exception
         when Program_Error => Put_Line ("double free caught");
      end;
      begin
         Q := V'Unchecked_Access;
         Free (Q);
         Put_Line ("foreign free not caught");
      exception
         when Program_Error => Put_Line ("foreign free caught");
      end;
   elsif Mode = 1 then
      P := new Integer'(1);
      Q := P;
      Free (P);
      Free (Q);
   else
      P := V'Unchecked_Access;
      Free (P);
   end if;
   Put_Line ("done");
end Bad_Free;
