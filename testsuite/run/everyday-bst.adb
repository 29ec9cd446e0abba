-- A binary search tree of heap strings (access String keys): insertion, deletion with
-- successor copying, Free of nodes and of their keys, recursive walks.
-- Diffed against GNAT 12 while looking for bugs (none here); kept so that it stays
-- so.  GNAT 12 prints the same lines.
-- RUN: %adac %s -o %t && %t | FileCheck %s
-- RUN: %adac -O2 %s -o %t.O2 && %t.O2 | FileCheck %s
-- CHECK: {{^}}  apple x 2{{$}}
-- CHECK-NEXT: {{^}}      banana x 1{{$}}
-- CHECK-NEXT: {{^}}        cherry x 1{{$}}
-- CHECK-NEXT: {{^}}    fig x 2{{$}}
-- CHECK-NEXT: {{^}}      kiwi x 1{{$}}
-- CHECK-NEXT: {{^}}        mango x 1{{$}}
-- CHECK-NEXT: {{^}}pear x 1{{$}}
-- CHECK-NEXT: {{^}}  zucchini x 1{{$}}
-- CHECK-NEXT: {{^}}size 8{{$}}
-- CHECK-NEXT: {{^}}    banana x 1{{$}}
-- CHECK-NEXT: {{^}}      cherry x 1{{$}}
-- CHECK-NEXT: {{^}}  fig x 2{{$}}
-- CHECK-NEXT: {{^}}    kiwi x 1{{$}}
-- CHECK-NEXT: {{^}}      mango x 1{{$}}
-- CHECK-NEXT: {{^}}zucchini x 1{{$}}
-- CHECK-NEXT: {{^}}size 6{{$}}
-- CHECK-NEXT: {{^}}cleared TRUE{{$}}
with Ada.Text_IO; use Ada.Text_IO;
with Ada.Unchecked_Deallocation;
procedure Everyday_Bst is
   type String_Access is access String;
   type Node;
   type Tree is access Node;
   type Node is record
      Key   : String_Access;
      Count : Natural := 1;
      Left, Right : Tree;
   end record;
   procedure Free is new Ada.Unchecked_Deallocation (Node, Tree);
   procedure Free is new Ada.Unchecked_Deallocation (String, String_Access);

   procedure Insert (T : in out Tree; K : String) is
   begin
      if T = null then
         T := new Node'(Key => new String'(K), Count => 1, Left => null, Right => null);
      elsif K < T.Key.all then
         Insert (T.Left, K);
      elsif K > T.Key.all then
         Insert (T.Right, K);
      else
         T.Count := T.Count + 1;
      end if;
   end Insert;

   function Min (T : not null Tree) return Tree is
     (if T.Left = null then T else Min (T.Left));

   procedure Delete (T : in out Tree; K : String) is
      Old : Tree;
   begin
      if T = null then
         return;
      elsif K < T.Key.all then
         Delete (T.Left, K);
      elsif K > T.Key.all then
         Delete (T.Right, K);
      elsif T.Left = null or else T.Right = null then
         Old := T;
         T := (if T.Left = null then T.Right else T.Left);
         Free (Old.Key);
         Free (Old);
      else
         declare
            M : constant Tree := Min (T.Right);
         begin
            Free (T.Key);
            T.Key := new String'(M.Key.all);
            T.Count := M.Count;
            Delete (T.Right, M.Key.all);
         end;
      end if;
   end Delete;

   procedure Walk (T : Tree; Depth : Natural := 0) is
   begin
      if T /= null then
         Walk (T.Left, Depth + 1);
         Put_Line ((1 .. Depth * 2 => ' ') & T.Key.all & " x" & Natural'Image (T.Count));
         Walk (T.Right, Depth + 1);
      end if;
   end Walk;

   function Size (T : Tree) return Natural is
     (if T = null then 0 else 1 + Size (T.Left) + Size (T.Right));

   procedure Clear (T : in out Tree) is
   begin
      if T /= null then
         Clear (T.Left);
         Clear (T.Right);
         Free (T.Key);
         Free (T);
      end if;
   end Clear;

   Root : Tree;
   Words : constant array (1 .. 10) of String_Access :=
     (new String'("pear"), new String'("apple"), new String'("fig"), new String'("kiwi"),
      new String'("apple"), new String'("banana"), new String'("cherry"), new String'("fig"),
      new String'("zucchini"), new String'("mango"));
begin
   for W of Words loop
      Insert (Root, W.all);
   end loop;
   Walk (Root);
   Put_Line ("size" & Size (Root)'Image);
   Delete (Root, "pear");
   Delete (Root, "apple");
   Delete (Root, "nothing");
   Walk (Root);
   Put_Line ("size" & Size (Root)'Image);
   Clear (Root);
   Put_Line ("cleared " & Boolean'Image (Root = null));
end Everyday_Bst;
