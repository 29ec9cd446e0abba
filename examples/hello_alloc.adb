--  hello_alloc.adb: adac's first example, a small program built around
--  allocators (RM 4.8).  It makes heap cells with `new Integer` and
--  `new Integer'(Expr)`, reads and writes them through `.all`, and sums
--  them in a for loop and a while loop.
--
--     ./adac examples/hello_alloc.adb -o examples/hello_alloc
--     ./examples/hello_alloc
with Ada.Text_IO;

procedure Hello_Alloc is
   type Int_Ptr is access Integer;

   Total : Int_Ptr := new Integer'(0);   --  an initialized allocator
   Cell  : Int_Ptr;                      --  null until it is allocated
   Evens : Integer := 0;
   N     : Integer;
begin
   Ada.Text_IO.Put_Line ("Hello from adac: allocating ten cells");

   --  Sum the squares 1 .. 10, each held in its own heap cell.
   for I in 1 .. 10 loop
      Cell := new Integer'(I * I);
      Total.all := Total.all + Cell.all;
      if Cell.all mod 2 = 0 then
         Evens := Evens + 1;
      end if;
   end loop;
   Ada.Text_IO.Put_Line ("sum of the squares of 1 .. 10:");
   Ada.Text_IO.Put_Line (Integer'Image (Total.all));
   Ada.Text_IO.Put_Line ("even squares:");
   Ada.Text_IO.Put_Line (Integer'Image (Evens));

   --  An uninitialized allocator, then a countdown through it.
   Cell := new Integer;
   Cell.all := 5;
   N := 0;
   while Cell.all > 0 loop
      N := N + Cell.all;
      Cell.all := Cell.all - 1;
   end loop;
   Ada.Text_IO.Put_Line ("5 + 4 + 3 + 2 + 1:");
   Ada.Text_IO.Put_Line (Integer'Image (N));

   if Total.all = 385 and then N = 15 then
      Ada.Text_IO.Put_Line ("ok");
   else
      Ada.Text_IO.Put_Line ("wrong result");
   end if;
end Hello_Alloc;
