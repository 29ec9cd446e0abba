-- 7.3, 3.4(17/2), 8.3(9/1): a private type completed by a type extension
-- of a controlled type (type File is limited private; ... type File is new
-- Limited_Controlled with record ...; overriding procedure Finalize), the
-- everyday handle: the full view inherits Initialize and Finalize, which
-- the private part overrides.  adac never inherited them in this case, so
-- the overriding Finalize took a new dispatch slot and no File was ever
-- closed; in the second program, primitives declared with the partial
-- view (Show) keep dispatching.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- CHECK: {{^}}open a.txt{{$}}
-- CHECK-NEXT: {{^}}open log 2{{$}}
-- CHECK-NEXT: {{^}}a.txt: hello{{$}}
-- CHECK-NEXT: {{^}}log 2: level 20{{$}}
-- CHECK-NEXT: {{^}}a.txt 1{{$}}
-- CHECK-NEXT: {{^}}close log 2 after 1 lines{{$}}
-- CHECK-NEXT: {{^}}close a.txt after 1 lines{{$}}
-- CHECK-NEXT: {{^}}open heap.txt{{$}}
-- CHECK-NEXT: {{^}}heap.txt: x{{$}}
-- CHECK-NEXT: {{^}}done{{$}}
-- CHECK-NEXT: {{^}}close heap.txt after 1 lines{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Finalization;
procedure Private_Controlled_Handles is
   package Files is
      type File is limited private;
      function Open (Name : String) return File;
      procedure Write (F : in out File; S : String);
      function Lines (F : File) return Natural;
      function Name (F : File) return String;
   private
      type Name_Access is access String;
      type File is new Ada.Finalization.Limited_Controlled with record
         N : Name_Access;
         Count : Natural := 0;
      end record;
      overriding procedure Finalize (F : in out File);
   end Files;
   package body Files is
      function Open (Name : String) return File is
      begin
         return F : File do
            F.N := new String'(Name);
            Put_Line ("open " & Name);
         end return;
      end Open;
      procedure Write (F : in out File; S : String) is
      begin
         F.Count := F.Count + 1;
         Put_Line (F.N.all & ": " & S);
      end Write;
      function Lines (F : File) return Natural is (F.Count);
      function Name (F : File) return String is (F.N.all);
      procedure Finalize (F : in out File) is
      begin
         if F.N /= null then
            Put_Line ("close " & F.N.all & " after" & F.Count'Image & " lines");
            F.N := null;
         end if;
      end Finalize;
   end Files;
   use Files;

   type Log (Id : Positive) is limited record
      Out_File : File := Open ("log" & Id'Image);
      Level : Natural := Id * 10;
   end record;

   type File_Ref is access File;
   R : File_Ref;
begin
   declare
      F : File := Open ("a.txt");
      L : Log (2);
   begin
      Write (F, "hello");
      Write (L.Out_File, "level" & L.Level'Image);
      Put_Line (Name (F) & Lines (F)'Image);
   end;
   R := new File'(Open ("heap.txt"));
   Write (R.all, "x");
   Put_Line ("done");
end Private_Controlled_Handles;
