#!/usr/bin/env python3
"""gen-limits.py DIR: writes the inputs of limits.test into DIR (each one
at or past one of adac's stated limits; the README's Limits section)."""
import os
import sys

d = sys.argv[1]
os.makedirs(d, exist_ok=True)


def w(name, text, mode="w"):
    with open(os.path.join(d, name), mode) as f:
        f.write(text)


# nesting past the parser's 10,000 levels: expressions, statements, declarations
n = 100000
w("deep_expr.adb", "procedure Deep_Expr is X : Integer := " + "(" * n + "1" + ")" * n +
  "; begin null; end Deep_Expr;\n")
n = 20000
w("deep_stmt.adb", "procedure Deep_Stmt is begin " + "if True then " * n + "null;" + " end if;" * n +
  " end Deep_Stmt;\n")
w("deep_decl.adb", "procedure Deep_Decl is " + "".join("procedure P%d is " % i for i in range(n)) +
  " begin null; end;" * n + " begin null; end Deep_Decl;\n")
# past sema's 512 nested declarative regions, within the parser's limits
n = 600
w("deep_regions.adb", "procedure Deep_Regions is begin " + "declare X : Integer := 1; begin " * n +
  "null;" + " end;" * n + " end Deep_Regions;\n")
w("deep_packages.adb", "procedure Deep_Packages is " + "".join("package P%d is " % i for i in range(n)) +
  " end;" * n + " begin null; end Deep_Packages;\n")
# within them: 300 nested loops and 300 nested handlers compile
n = 300
w("loops_300.adb", "procedure Loops_300 is begin " + "for I in 1 .. 1 loop " * n + "null;" +
  " end loop;" * n + " end Loops_300;\n")
w("handlers_300.adb", "procedure Handlers_300 is begin " + "begin " * n + "null;" +
  " exception when others => null; end;" * n + " end Handlers_300;\n")
# a 1,000,000-character identifier, a 1,000,000-digit literal, on 2 MB lines
w("long_ident.adb", "procedure Long_Ident is\n   " + "A" * 1000000 + " : Integer := 1;\nbegin\n   " +
  "A" * 1000000 + " := 2;\nend Long_Ident;\n")
w("huge_literal.adb", "procedure Huge_Literal is\n   X : Integer := " + "9" * 1000000 +
  ";\n   Y : constant := 1E999999999;\nbegin\n   null;\nend Huge_Literal;\n")
# a file of 8 MB: 200,000 declarations
w("big_file.adb", "procedure Big_File is\n" +
  "".join("   Variable_Number_%06d : Integer := %d;\n" % (i, i) for i in range(200000)) +
  "begin\n   null;\nend Big_File;\n")
# the end of the file inside a string literal, and inside a comment, without a final newline
w("eof_in_string.adb", "procedure Eof_In_String is\n   S : String := \"abc", )
w("eof_in_comment.adb", "procedure Eof_In_Comment is\nbegin\n   null;\nend Eof_In_Comment; -- no newline")
# NUL bytes and invalid UTF-8 in the middle of a unit
w("nul_and_utf8.adb", b"procedure Nul_And_Utf8 is\n   X : Integer := 1;\x00\n   Y : Integer \xff\xfe:= 2;\nbegin\n   null;\nend Nul_And_Utf8;\n", "wb")
# 300 parameters: sema matched actuals for at most 64 formals and codegen
# passed at most 250 arguments (a legal call was refused)
n = 300
w("params_300.adb", "with Report;\nprocedure Params_300 is\n   function Sum (" +
  "; ".join("A%d : Integer" % i for i in range(n)) + ") return Integer is\n   begin\n      return " +
  " + ".join("A%d * %d" % (i, i % 7) for i in range(n)) + ";\n   end Sum;\nbegin\n" +
  "   Report.Test (\"PARAMS_300\", \"a call with 300 actuals\");\n" +
  "   if Sum (" + ", ".join(str(i) for i in range(n)) + ") /= %d then\n" % sum(i * (i % 7) for i in range(n)) +
  "      Report.Failed (\"wrong sum\");\n   end if;\n   Report.Result;\nend Params_300;\n")
# 300 controlled objects in one master, left by an exception: codegen kept
# 256 cleanups and guarded 56, the others were silently not finalized
w("controlled_300.adb", "with Ada.Finalization; with Report;\nprocedure Controlled_300 is\n" +
  "   Count : Natural := 0;\n" +
  "   package P is\n      type T is new Ada.Finalization.Controlled with null record;\n" +
  "      overriding procedure Finalize (X : in out T);\n   end P;\n" +
  "   package body P is\n      overriding procedure Finalize (X : in out T) is\n      begin\n" +
  "         Count := Count + 1;\n      end Finalize;\n   end P;\n" +
  "   procedure Many (Fail : Boolean) is\n" +
  "".join("      X%d : P.T;\n" % i for i in range(n)) +
  "   begin\n      if Fail then\n         raise Program_Error;\n      end if;\n   end Many;\n" +
  "begin\n   Report.Test (\"CONTROLLED_300\", \"300 controlled objects in one master\");\n" +
  "   Many (False);\n   if Count /= %d then\n      Report.Failed (\"left normally: \" & Natural'Image (Count));\n   end if;\n" % n +
  "   Count := 0;\n   begin\n      Many (True);\n   exception\n      when Program_Error => null;\n   end;\n" +
  "   if Count /= %d then\n      Report.Failed (\"left by an exception: \" & Natural'Image (Count));\n   end if;\n" % n +
  "   Report.Result;\nend Controlled_300;\n")
# static values past the capacity of exact evaluation: refused with a reason
w("huge_power.adb", "procedure Huge_Power is\n   X : constant := 2 ** 999_999_999;\n" +
  "   Y : constant := (10 ** 100_000) ** 100_000;\n   Z : constant := 10 ** 100_000 * 10 ** 100_000;\n" +
  "begin\n   null;\nend Huge_Power;\n")
