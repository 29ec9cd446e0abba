-- With clauses are resolved along -I directories with GNAT's file naming:
-- a with'ed package's spec (util_pkg.ads) and body (util_pkg.adb) are found
-- and compiled with the program.
-- RUN: %adac -I %S/Inputs %s -o %t && %t | FileCheck %s
-- CHECK: util says 7
with Ada.Text_IO;
with Util_Pkg;
procedure Include_Path is
begin
   Ada.Text_IO.Put_Line ("util says" & Integer'Image (Util_Pkg.Seven));
end Include_Path;
