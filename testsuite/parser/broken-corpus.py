#!/usr/bin/env python3
"""broken-corpus.py ADAC OUTDIR: write a corpus of syntactically broken Ada
sources into OUTDIR and check that adac rejects each one cleanly.

The corpus (about 400 files, deterministic) holds:
  - truncations of three valid units at many token boundaries, and the same
    units with one structural token (';', ')', 'end', 'is', 'then', ...)
    deleted or a stray one inserted;
  - each reserved word and delimiter of Ada alone in a file;
  - binary junk (NUL bytes, invalid UTF-8, control characters), alone and
    spliced into valid code;
  - unbalanced parentheses, unterminated strings, a 100,000-character
    identifier;
  - nesting 10,000 deep (parentheses, blocks, if and case statements,
    loops, packages, aggregates, calls) and 100,000-term expressions.

For each file: `adac --dump-ast FILE` (the parser alone) and `adac
-fsyntax-only FILE` must both exit with status 1 -- not 0, not a crash or a
sanitizer report, not a hang (60 s) -- and print an error located as
FILE:LINE:COL.  The last line is "corpus: N broken files, M rejected
cleanly"; the exit status is 1 when M < N.
"""
import os
import random
import re
import subprocess
import sys

BASES = {
'pkg': '''package body Shapes is
   type Kind is (Circle, Square);
   type Shape (K : Kind := Circle) is record
      X, Y : Integer := 0;
      case K is
         when Circle => R : Natural;
         when Square => S : Natural;
      end case;
   end record;
   type Shape_Access is access all Shape;
   function Area (S : Shape) return Integer is
   begin
      if S.K = Circle then
         return 3 * S.R * S.R;
      elsif S.S > 100 then
         raise Constraint_Error with "too big";
      else
         return S.S ** 2;
      end if;
   end Area;
   procedure Fill (A : in out Vector; V : Integer) is
      Count : Natural := 0;
   begin
      for I in A'Range loop
         A (I) := (if V > 0 then V else -V);
         Count := Count + 1;
      end loop;
      case Count is
         when 0 => null;
         when 1 .. 10 => Put_Line ("few");
         when others =>
            declare
               P : Shape_Access := new Shape'(K => Square, X => 1, Y => 2, S => 3);
            begin
               Free (P);
            end;
      end case;
   exception
      when E : others =>
         Put_Line (Exception_Message (E));
   end Fill;
end Shapes;
''',
'generic': '''generic
   type Element is private;
   type Index is range <>;
   with function "<" (L, R : Element) return Boolean is <>;
   with package Vectors is new Gen_Vectors (<>);
package Sorting with Preelaborate is
   type Array_Type is array (Index range <>) of Element;
   procedure Sort (A : in out Array_Type)
     with Pre => A'Length > 0, Post => Is_Sorted (A);
   function Is_Sorted (A : Array_Type) return Boolean is
     (for all I in A'First .. A'Last - 1 => not (A (I + 1) < A (I)));
   type Tree is tagged private;
   overriding function "=" (L, R : Tree) return Boolean;
   package Nested is
      X : constant := 16#FF#;
      procedure Q is null;
   end Nested;
private
   type Tree is tagged record
      Left, Right : access Tree;
      Value : Element;
   end record;
   for Tree'Size use 128;
end Sorting;
''',
'tasks': '''package body Servers is
   protected body Counter is
      entry Wait when Count > 0 is
      begin
         Count := Count - 1;
      end Wait;
      procedure Signal is
      begin
         Count := Count + 1;
      end Signal;
   end Counter;
   task body Server is
      Stop : Boolean := False;
   begin
      while not Stop loop
         select
            accept Request (X : Integer) do
               Last := X;
            end Request;
         or
            when Last > 0 =>
               accept Shutdown;
               Stop := True;
         or
            delay 1.0;
         end select;
      end loop;
   exception
      when others => null;
   end Server;
end Servers;
''',
}

RESERVED = '''abort abs abstract accept access aliased all and array at begin body case
constant declare delay delta digits do else elsif end entry exception exit for
function generic goto if in interface is limited loop mod new not null of or
others out overriding package pragma private procedure protected raise range
record rem renames requeue return reverse select separate some subtype
synchronized tagged task terminate then type until use when while with
xor'''.split()
DELIMITERS = ['&', "'", '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=',
              '>', '|', '=>', '..', '**', ':=', '/=', '>=', '<=', '<<', '>>', '<>']

TOKEN = re.compile(r'--[^\n]*|"(?:[^"\n]|"")*"|[A-Za-z][A-Za-z0-9_]*|[0-9][0-9_#.A-Fa-f]*'
                   r"|=>|\.\.|\*\*|:=|/=|>=|<=|<<|>>|<>|'.'|\S")
STRUCTURAL = {';', ')', '(', 'end', 'is', 'then', 'loop', 'begin', '=>', 'record', 'do'}


def tokens(text):
    """(start, end, text) of the tokens of TEXT, comments left out."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)
            if not m.group().startswith('--')]


def corpus():
    """Yields (name, bytes) for every file of the corpus."""
    rnd = random.Random(2012)
    for base, text in BASES.items():
        toks = tokens(text)
        # truncations at 40 token boundaries, strictly inside the unit
        for k in range(40):
            i = 1 + (len(toks) - 2) * k // 40
            yield 'trunc-%s-%03d' % (base, i), text[:toks[i][0]].encode()
        # one structural token deleted, or a stray one inserted
        structural = [t for t in toks if t[2].lower() in STRUCTURAL]
        for k in range(25):
            s, e, _ = structural[(len(structural) * k) // 25]
            yield 'del-%s-%03d' % (base, k), (text[:s] + text[e:]).encode()
        for k, stray in enumerate([')', ';', 'end', 'is', '(', '=>', 'begin', 'then',
                                   ')', ';', 'record', '..', ':=', 'loop', ',']):
            s = toks[rnd.randrange(1, len(toks) - 1)][0]
            yield 'ins-%s-%02d' % (base, k), (text[:s] + ' ' + stray + ' ' + text[s:]).encode()
        # junk spliced into the code
        for k in range(6):
            s = toks[rnd.randrange(1, len(toks) - 1)][0]
            junk = bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 64)))
            yield 'splice-%s-%d' % (base, k), text[:s].encode() + junk + text[s:].encode()
        # a NUL byte in the middle of a token
        s = toks[len(toks) // 2][0]
        yield 'nul-%s' % base, text[:s + 1].encode() + b'\0' + text[s + 1:].encode()
    # every reserved word and delimiter alone
    for w in RESERVED:
        yield 'word-%s' % w, (w + '\n').encode()
    for i, d in enumerate(DELIMITERS):
        yield 'delim-%02d' % i, (d + '\n').encode()
    # binary junk
    for n in (1, 7, 100, 4096, 200000):
        yield 'junk-%d' % n, bytes(rnd.randrange(256) for _ in range(n))
    yield 'junk-nuls', b'\0' * 1000
    yield 'junk-utf8', '\u00e9\u4e2d\U0001f600 procedure'.encode() + b'\xff\xfe\xc3'
    yield 'junk-controls', bytes(range(1, 32)) * 10
    # lexical and bracketing trouble
    yield 'parens-open', b'procedure P is X : Integer := ' + b'(' * 5000 + b'1;\n'
    yield 'parens-close', b')' * 5000 + b'\n'
    yield 'parens-unclosed-eof', b'procedure P is\nbegin\n   F (1, (2, (3\n'
    yield 'string-unterminated', b'procedure P is\nbegin\n   Put ("abc\n   Put ("def\nend P;\n'
    yield 'long-identifier', b'procedure ' + b'A' * 100000 + b' is begin\n'
    yield 'long-line-junk', b'X := ' + b'+' * 100000 + b';\n'
    # nesting 10,000 deep, and 100,000-term expressions
    n = 10000
    deep = {
        'parens': 'procedure P is X : Integer := ' + '(' * n + '1' + ')' * n + '; begin null; end P;',
        'blocks': 'procedure P is begin ' + 'begin ' * n + 'null;' + ' end;' * n + ' end P;',
        'ifs': 'procedure P is begin ' + 'if X then ' * n + 'null;' + ' end if;' * n + ' end P;',
        'cases': 'procedure P is begin ' + 'case X is when others => ' * n + 'null;'
                 + ' end case;' * n + ' end P;',
        'loops': 'procedure P is begin ' + 'loop ' * n + 'null;' + ' end loop;' * n + ' end P;',
        'packages': 'package P is ' + 'package Q is ' * n + ' end Q;' * n + ' end P;',
        'aggregates': 'procedure P is X : T := ' + '(1 => ' * n + '1' + ')' * n
                      + '; begin null; end P;',
        'calls': 'procedure P is X : Integer := ' + 'F (' * n + '1' + ')' * n
                 + '; begin null; end P;',
        'unclosed-blocks': 'procedure P is begin ' + 'begin ' * n + 'null;\n',
        'sum': 'procedure P is X : Integer := ' + ' + '.join(['1'] * 100000)
               + '; begin null; end P;',
        'concat': 'procedure P is X : String := ' + ' & '.join(['"a"'] * 100000)
                  + '; begin null; end P;',
        'selected': 'procedure P is X : Integer := ' + 'A.' * 100000 + 'B; begin null; end P;',
        'and-chain': 'procedure P is X : Boolean := ' + ' and '.join(['T'] * 100000)
                     + '; begin null; end P;',
    }
    for name, text in deep.items():
        yield 'deep-' + name, (text + '\n').encode()


def check(adac, path, name):
    """'' if adac rejects PATH cleanly in both modes, else what went wrong."""
    located = re.compile(r'^%s:\d+:\d+: error: ' % re.escape(name + '.adb'), re.M)
    for mode in ('--dump-ast', '-fsyntax-only'):
        try:
            r = subprocess.run([adac, mode, path], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, timeout=60)
        except subprocess.TimeoutExpired:
            return '%s: hangs (more than 60 s)' % mode
        err = r.stderr.decode('latin-1')
        if r.returncode != 1:
            return '%s: exit status %d, not 1: %s' % (mode, r.returncode, err[-600:])
        if not located.search(err):
            return '%s: no FILE:LINE:COL: error: line: %s' % (mode, err[:600])
        if 'Sanitizer' in err or 'runtime error' in err:
            return '%s: sanitizer report: %s' % (mode, err[-600:])
    return ''


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: broken-corpus.py ADAC OUTDIR')
    adac, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    total = good = 0
    for name, data in corpus():
        path = os.path.join(out, name + '.adb')
        with open(path, 'wb') as f:
            f.write(data)
        total += 1
        why = check(adac, path, name)
        if why:
            print('FAIL %s.adb: %s' % (name, why))
        else:
            good += 1
    print('corpus: %d broken files, %d rejected cleanly' % (total, good))
    return 0 if good == total else 1


if __name__ == '__main__':
    sys.exit(main())
