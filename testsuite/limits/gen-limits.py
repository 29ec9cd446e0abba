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
