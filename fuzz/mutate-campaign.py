#!/usr/bin/env python3
"""mutate-campaign.py: a fuzzing campaign that needs no libFuzzer.

Takes real Ada programs (by default testsuite/run/*.adb and, when the ACATS
tree is there, its C-tests), makes mutants of them by editing one to three
tokens (delete, duplicate or swap a token, replace an identifier with another
identifier of the same file, replace an operator with another), and compiles
each mutant fully with the built adac, at -O0 and at -O2, under a timeout.
Every run that ends in one of these is a failure:

  crash     adac killed by a signal, or an exit status other than 0 or 1
  hang      adac ran past the timeout
  internal  "internal error" in adac's messages (the LLVM verifier's
            "the generated module is invalid" is one)
  fatal     "fatal error" (a limit reported without a position)

Failures are grouped by a signature (the kind and the first message line,
numbers blanked); the first mutant of each is kept in OUT/failures/ with
its command and messages.  The last line is "N mutants, N compilations,
N failures in N signatures".

  fuzz/mutate-campaign.py --adac BUILD/adac [--acats DIR] [--time SECONDS]
                          [--count N] [--jobs N] [--seed N] [--out DIR]
"""
import argparse
import concurrent.futures
import hashlib
import os
import random
import re
import subprocess
import sys
import time

TOKEN = re.compile(rb"""
   (?P<space>[ \t\r\n\f\v]+)
 | (?P<comment>--[^\n]*)
 | (?P<ident>[A-Za-z\x80-\xff][A-Za-z0-9_\x80-\xff]*)
 | (?P<number>[0-9][0-9A-Za-z_#.]*(?:[eE][+-]?[0-9]+)?)
 | (?P<string>"(?:[^"\n]|"")*"?)
 | (?P<char>'.'(?=[^'A-Za-z(]|$))
 | (?P<delim>=>|\.\.|\*\*|:=|/=|>=|<=|<<|>>|<>|[&'()*+,\-./:;<=>|\[\]])
 | (?P<other>.)
""", re.X | re.S)

OPERATORS = [b"+", b"-", b"*", b"/", b"**", b"&", b"=", b"/=", b"<", b"<=", b">", b">=",
             b" and ", b" or ", b" xor ", b" mod ", b" rem ", b" and then ", b" or else ",
             b" in ", b" not in ", b":=", b"=>", b"..", b"'", b",", b";", b"(", b")"]
OPERATOR_TOKENS = {b"+", b"-", b"*", b"/", b"**", b"&", b"=", b"/=", b"<", b"<=", b">", b">=",
                   b"and", b"or", b"xor", b"mod", b"rem", b"not", b"abs", b"in"}


def tokenize(data):
    toks = []
    for m in TOKEN.finditer(data):
        toks.append((m.lastgroup, m.group()))
    return toks


def mutate(data, rng):
    toks = tokenize(data)
    real = [i for i, (k, _) in enumerate(toks) if k not in ("space", "comment")]
    if not real:
        return data, "none"
    idents = [t for k, t in toks if k == "ident"]
    ops = [i for i in real if toks[i][1].lower() in OPERATOR_TOKENS]
    done = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        real = [i for i, (k, _) in enumerate(toks) if k not in ("space", "comment")]
        if not real:
            break
        what = rng.choice(("delete", "duplicate", "swap", "ident", "ident", "operator"))
        a = rng.choice(real)
        if what == "delete":
            toks[a] = ("space", b" ")
        elif what == "duplicate":
            toks[a] = (toks[a][0], toks[a][1] + b" " + toks[a][1])
        elif what == "swap":
            b = rng.choice(real)
            toks[a], toks[b] = toks[b], toks[a]
        elif what == "ident":
            cands = [i for i in real if toks[i][0] == "ident"]
            if not cands or not idents:
                continue
            a = rng.choice(cands)
            toks[a] = ("ident", rng.choice(idents))
        else:
            ops = [i for i in real if toks[i][1].lower() in OPERATOR_TOKENS]
            if not ops:
                continue
            a = rng.choice(ops)
            toks[a] = ("delim", rng.choice(OPERATORS))
        done.append(what)
    return b"".join(t for _, t in toks), "+".join(done) or "none"


def signature(kind, message):
    if kind in ("crash", "hang"):
        # the messages before a crash are the program's own diagnostics
        m = re.search(r"\(status (-?[0-9]+)\)", message)
        return "%s: status %s" % (kind, m.group(1) if m else "?")
    first = ""
    lines = message.splitlines()
    for k, line in enumerate(lines):
        if "internal error" in line or "fatal error" in line or "ERROR:" in line or \
                "runtime error" in line or line.startswith("adac"):
            first = line
            if line.endswith(":") and k + 1 < len(lines):
                first += " " + lines[k + 1]     # the verifier's message
            break
    if not first and message.strip():
        first = message.strip().splitlines()[0]
    first = re.sub(r"[0-9]+", "N", first)
    first = re.sub(r"%[\w.]+|@[\w.]+", "%X", first)
    return kind + ": " + first[:160]


def compile_one(adac, path, opt, timeout, workdir):
    exe = path + ".%s.out" % opt
    cmd = [adac, opt, path, "-o", exe]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "hang", "", cmd
    finally:
        if os.path.exists(exe):
            os.unlink(exe)
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode < 0 or p.returncode not in (0, 1):
        return "crash", err + "\n(status %d)" % p.returncode, cmd
    if "internal error" in err:
        return "internal", err, cmd
    if "fatal error" in err:
        return "fatal", err, cmd
    return None, err, cmd


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    srcdir = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--adac", required=True)
    ap.add_argument("--acats", default=os.path.join(srcdir, "..", "shared", "acats"))
    ap.add_argument("--seeds", nargs="*", help="seed files (default: testsuite/run and ACATS C-tests)")
    ap.add_argument("--time", type=float, default=600, help="stop after this many seconds")
    ap.add_argument("--count", type=int, default=0, help="stop after this many mutants (0: no limit)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("--out", default="mutate-work")
    args = ap.parse_args()

    seeds = args.seeds
    if not seeds:
        rundir = os.path.join(srcdir, "testsuite", "run")
        seeds = sorted(os.path.join(rundir, f) for f in os.listdir(rundir) if f.endswith(".adb"))
        for sub in ("c4",):
            d = os.path.join(args.acats, "tests", sub)
            if os.path.isdir(d):
                seeds += sorted(os.path.join(d, f) for f in os.listdir(d) if f.startswith("c"))
    texts = [(s, open(s, "rb").read()) for s in seeds]
    work = os.path.join(args.out, "work")
    faildir = os.path.join(args.out, "failures")
    os.makedirs(work, exist_ok=True)
    os.makedirs(faildir, exist_ok=True)
    rng = random.Random(args.seed)
    adac = os.path.abspath(args.adac)
    found = {}
    n_mutants = n_runs = n_fail = 0
    start = time.time()

    def job(k, seed_path, text):
        path = os.path.join(work, "m%d.adb" % k)
        with open(path, "wb") as f:
            f.write(text)
        results = [compile_one(adac, path, opt, args.timeout, work) for opt in ("-O0", "-O2")]
        os.unlink(path)
        return k, seed_path, text, results

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        pending = set()
        k = 0
        while True:
            over = time.time() - start > args.time or (args.count and k >= args.count)
            while not over and len(pending) < args.jobs * 2:
                seed_path, text = rng.choice(texts)
                mutant, how = mutate(text, rng)
                pending.add(pool.submit(job, k, seed_path, mutant))
                k += 1
                over = args.count and k >= args.count
            if not pending:
                break
            done, pending = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
            for fut in done:
                kk, seed_path, text, results = fut.result()
                n_mutants += 1
                for kind, err, cmd in results:
                    n_runs += 1
                    if not kind:
                        continue
                    n_fail += 1
                    sig = signature(kind, err)
                    if sig in found:
                        found[sig][1] += 1
                        if found[sig][1] > 5:
                            continue      # five examples of each are kept
                    h = hashlib.sha1((sig + str(found.get(sig, [0, 0])[1])).encode()).hexdigest()[:10]
                    name = os.path.join(faildir, "%s-%s.adb" % (kind, h))
                    with open(name, "wb") as f:
                        f.write(text)
                    with open(name + ".txt", "w") as f:
                        f.write("seed: %s\ncommand: %s\nsignature: %s\n\n%s\n" %
                                (seed_path, " ".join(cmd[:2] + [name]), sig, err))
                    if sig not in found:
                        found[sig] = [name, 1]
                    print("NEW %s  %s" % (name, sig), flush=True)
    for sig, (name, count) in sorted(found.items()):
        print("%5d  %s\n       %s" % (count, sig, name))
    print("%d mutants, %d compilations, %d failures in %d signatures (%.0f s)" %
          (n_mutants, n_runs, n_fail, len(found), time.time() - start))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
