-- Controlled counters in discriminated extensions of Controlled allocated on the
-- heap, user-defined "+" on them, temporaries as actuals and in qualified prefixes:
-- every object finalized once (Live back to 0).
-- Diffed against GNAT 12 while looking for bugs (none here); kept so that it stays
-- so.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}after alloc 3{{$}}
-- CHECK-NEXT: {{^}}sum 375 live 3{{$}}
-- CHECK-NEXT: {{^}}after free 0{{$}}
-- CHECK-NEXT: {{^}}A 18 live 1{{$}}
-- CHECK-NEXT: {{^}}end 0{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization; use Ada.Finalization;
with Ada.Unchecked_Deallocation;
procedure Everyday_Controlled_Mix is
   package Refs is
      type Counter is new Controlled with record
         N : Integer := 0;
      end record;
      overriding procedure Adjust (C : in out Counter);
      overriding procedure Finalize (C : in out Counter);
      Live : Integer := 0;
      function Make (N : Integer) return Counter;
      function "+" (L, R : Counter) return Counter;
   end Refs;
   package body Refs is
      procedure Adjust (C : in out Counter) is
      begin
         if C.N /= 0 then Live := Live + 1; end if;
      end Adjust;
      procedure Finalize (C : in out Counter) is
      begin
         if C.N /= 0 then Live := Live - 1; C.N := 0; end if;
      end Finalize;
      function Make (N : Integer) return Counter is
      begin
         Live := Live + 1;
         return (Controlled with N => N);
      end Make;
      function "+" (L, R : Counter) return Counter is (Make (L.N + R.N));
   end Refs;
   use Refs;

   type Node (Len : Natural) is new Controlled with record
      Value : Counter;
      Name  : String (1 .. Len);
   end record;
   type Node_Ptr is access Node;
   procedure Free is new Ada.Unchecked_Deallocation (Node, Node_Ptr);

   function Total (A : Counter; B : Counter) return Integer is (A.N + B.N);
   Nodes : array (1 .. 3) of Node_Ptr;
   Sum : Integer := 0;
begin
   for I in Nodes'Range loop
      Nodes (I) := new Node'(Controlled with Len => I, Value => Make (I) + Make (10), Name => (others => 'x'));
   end loop;
   Put_Line ("after alloc" & Live'Image);
   for N of Nodes loop
      Sum := Sum + Total (N.Value, Make (100)) + Counter'(N.Value + Make (1)).N;
   end loop;
   Put_Line ("sum" & Sum'Image & " live" & Live'Image);
   for N of Nodes loop
      Free (N);
   end loop;
   Put_Line ("after free" & Live'Image);
   declare
      A : constant Counter := Make (5) + Make (6) + Make (7);
   begin
      Put_Line ("A" & A.N'Image & " live" & Live'Image);
   end;
   Put_Line ("end" & Live'Image);
end Everyday_Controlled_Mix;
