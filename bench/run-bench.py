#!/usr/bin/env python3
"""run-bench.py -- what `make bench` runs: adac against GNAT and C on ../shared/bench.

Builds every program of the benchmark directory (BENCH, default ../shared/bench,
read-only: everything is written under --work) as

    adac-O2         adac -O2                    (checks on)
    adac-O2-gnatp   adac -O2 -gnatp             (checks off)
    gnat-O2         gnatmake -O2 -gnat2012      (checks on)
    gnat-O2-gnatp   gnatmake -O2 -gnat2012 -gnatp
    c-O2            gcc -O2 (the C references binary_trees_malloc/_arena)

-- the GNAT and C flags are those of BENCH/run-gnat.sh build -- then, per program:

  * checksum: the last line printed by each variant must be the same (the C
    references print the same "checksum N" as the binary-trees programs);
  * instructions per unit of work under valgrind --tool=callgrind, at the
    sizes `run-gnat.sh icount` uses (repeatable to <0.1%: quote these first);
  * paired time ratios: the variants of a program run in turn, REPS rounds
    after one warm-up round (the order rotates each round), and a ratio A/B
    is the median over the rounds of cpu_A/cpu_B -- `run-gnat.sh ab`
    generalised from two commands to all the variants of a program, so that
    every ratio in the table comes from one set of runs;
  * peak RSS (median over the rounds).

A program adac does not compile (or whose binary fails) gets
"adac: does not compile" in its row; GNAT and C are still measured.

The compile-speed part times adac -fsyntax-only / -c -O0 / -c -O2 against
gcc -c -gnatc / -O0 / -O2 on sources from BENCH/gen_big.py (nested and units
layouts), in lines per second.  --compile (make bench COMPILE_SPEED=...)
chooses how much:
    quick    10k lines, front ends only (the default with --quick)
    none     skip it
    default  10k and 50k lines; gcc -O0/-O2 only at 10k
    full     10k, 50k and 200k lines; gcc -O0/-O2 on every units-layout size
             and the 10k nested file (the nested 50k/200k files make GCC's back
             end superlinear -- hours -- as run-gnat.sh notes: --big-backend
             adds them)
A compile that takes longer than 20 s is timed once, others REPS times
(at most 3), median.

Writes a Markdown report to --out and prints it.  Never part of `make check`:
nothing here asserts a time.
"""
import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

# name, C reference, timing argument (full, quick), icount argument (full, quick), unit
PROGRAMS = [
    ("binary_trees", "binary_trees_malloc", (18, 16), (14, 12), "node"),
    ("binary_trees_pool", "binary_trees_arena", (19, 16), (14, 12), "node"),
    ("binary_trees_subpool", "binary_trees_arena", (19, 16), (14, 12), "node"),
    ("alloc_churn", None, (30_000_000, 3_000_000), (1_000_000, 200_000), "op"),
    ("checks_heavy", None, (10_000_000, 3_000_000), (1_000_000, 200_000), "iteration"),
    ("finalize_collection", None, (12_000, 1_200), (1_000, 200), "object"),
]

ADAC_ON, ADAC_OFF, GNAT_ON, GNAT_OFF, C_REF = (
    "adac-O2", "adac-O2-gnatp", "gnat-O2", "gnat-O2-gnatp", "c-O2")
RUN_TIMEOUT = 300          # seconds; a run past it is killed and reported
COMPILE_TIMEOUT = 1800
SLOW_COMPILE = 20.0        # a compile slower than this is timed once
TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def units_of_work(prog, arg, last_line):
    """Units of work a run did: nodes checked (the binary-trees checksum),
    operations, iterations, or objects (rounds of 1000)."""
    if prog.startswith("binary_trees"):
        m = re.search(r"checksum\s+(\d+)", last_line or "")
        return int(m.group(1)) if m else None
    if prog == "finalize_collection":
        return arg * 1000
    return arg


# ---------------------------------------------------------------- running

class Run:
    """One run of a command: wall and cpu seconds, peak RSS in KiB, status,
    last line of standard output, standard error.

    CPU time is the child's rusage (user + system, exact); peak RSS comes
    from /usr/bin/time -f %M, as in run-gnat.sh: the ru_maxrss of a process
    forked from Python starts at Python's own size."""

    def __init__(self, cmd, cwd=None, timeout=RUN_TIMEOUT):
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
                tempfile.NamedTemporaryFile("r") as rss:
            full = ([TIME, "-f", "%M", "-o", rss.name] if TIME else []) + list(cmd)
            t0 = time.monotonic()
            p = subprocess.Popen(full, cwd=cwd, stdout=out, stderr=err,
                                 stdin=subprocess.DEVNULL)
            killer = threading.Timer(timeout, p.kill)
            killer.start()
            _, status, ru = os.wait4(p.pid, 0)
            self.wall = time.monotonic() - t0
            killer.cancel()
            p.returncode = os.waitstatus_to_exitcode(status)
            self.timed_out = self.wall >= timeout
            self.status = p.returncode
            self.cpu = ru.ru_utime + ru.ru_stime
            # /usr/bin/time writes "Command exited with non-zero status N"
            # before the figure when the command fails
            nums = [l for l in rss.read().split() if l.isdigit()]
            self.rss = int(nums[-1]) if nums else None
            out.seek(0)
            lines = out.read().decode(errors="replace").strip().splitlines()
            self.last = lines[-1].strip() if lines else ""
            err.seek(0)
            self.stderr = err.read().decode(errors="replace")

    @property
    def ok(self):
        return self.status == 0 and not self.timed_out

    def why(self):
        if self.timed_out:
            return "timed out"
        if self.status < 0:
            return "killed by signal %d" % -self.status
        first = next((l for l in self.stderr.splitlines() if l.strip()), "")
        return ("exit %d" % self.status) + (": " + first.strip() if first else "")


def first_error(text):
    for line in text.splitlines():
        m = re.search(r"undefined reference to (\S+)", line)
        if m:
            return "link fails: undefined reference to " + m.group(1)
    for line in text.splitlines():
        if "error" in line and not line.startswith("collect2"):
            return line.strip()
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[0].strip() if lines else "(no message)"


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


# ---------------------------------------------------------------- building

def build(args, work):
    """Build every variant; returns {(variant, prog): path or error string}."""
    B = os.path.join(work, "build")
    exes = {}
    for v in (ADAC_ON, ADAC_OFF, GNAT_ON, GNAT_OFF, C_REF):
        os.makedirs(os.path.join(B, v), exist_ok=True)
    have_gnat = shutil.which("gnatmake") is not None
    for prog, cref, *_ in PROGRAMS:
        src = os.path.join(args.bench, prog + ".adb")
        for v, flags in ((ADAC_ON, ["-O2"]), (ADAC_OFF, ["-O2", args.adac_nochecks])):
            exe = os.path.join(B, v, prog)
            if os.path.exists(exe):
                os.unlink(exe)
            r = Run([args.adac] + flags + [src, "-o", exe], timeout=COMPILE_TIMEOUT)
            exes[(v, prog)] = exe if r.ok and os.path.exists(exe) else \
                "does not compile: " + first_error(r.stderr)
            log("  %-14s %-22s %s" % (v, prog, "ok" if r.ok else "does not compile"))
        for v, flags in ((GNAT_ON, []), (GNAT_OFF, ["-gnatp"])):
            exe = os.path.join(B, v, prog)
            if not have_gnat:
                exes[(v, prog)] = "gnatmake not found"
                continue
            # incremental (no -f): GNAT's output does not change between runs
            r = Run(["gnatmake", "-q", "-O2", "-gnat2012"] + flags +
                    ["-D", os.path.join(B, v), src, "-o", exe],
                    cwd=os.path.join(B, v), timeout=COMPILE_TIMEOUT)
            exes[(v, prog)] = exe if r.ok else "does not compile: " + first_error(r.stderr)
            log("  %-14s %-22s %s" % (v, prog, "ok" if r.ok else "FAILED"))
        if cref and (C_REF, cref) not in exes:
            exe = os.path.join(B, C_REF, cref)
            r = Run([args.cc, "-O2", "-o", exe, os.path.join(args.bench, cref + ".c")])
            exes[(C_REF, cref)] = exe if r.ok else "does not compile: " + first_error(r.stderr)
            log("  %-14s %-22s %s" % (C_REF, cref, "ok" if r.ok else "FAILED"))
    return exes


def variants_of(prog, cref):
    vs = [(ADAC_ON, prog), (ADAC_OFF, prog), (GNAT_ON, prog), (GNAT_OFF, prog)]
    if cref:
        vs.append((C_REF, cref))
    return vs


# ---------------------------------------------------------------- measuring

def measure_times(args, exes, prog, cref, arg):
    """Warm-up round (checks the outputs), then REPS rounds in rotating order.
    Returns {variant: [Run]} for the variants that ran, {variant: why} for the
    others, and {variant: last line of the warm-up run}."""
    runs, bad, last = {}, {}, {}
    live = []
    for v, p in variants_of(prog, cref):
        exe = exes.get((v, p))
        if not exe or not os.path.isabs(exe):
            bad[v] = exe or "not built"
            continue
        r = Run([exe, str(arg)])
        if not r.ok:
            bad[v] = "fails: " + r.why()
            continue
        last[v] = r.last
        runs[v] = []
        live.append((v, exe))
    # a variant whose checksum differs from GNAT -O2's (or, without GNAT,
    # the C reference's) is wrong: reported, not timed
    ref_v = GNAT_ON if GNAT_ON in last else C_REF if C_REF in last else None
    if ref_v:
        for v in list(last):
            if checksum_of(last[v]) != checksum_of(last[ref_v]):
                bad[v] = "wrong output: %s (%s: %s)" % (last[v], ref_v, last[ref_v])
                del runs[v]
                live = [x for x in live if x[0] != v]
    for k in range(args.reps):
        order = live[k % len(live):] + live[:k % len(live)] if live else []
        for v, exe in order:
            runs[v].append(Run([exe, str(arg)]))
    return runs, bad, last


def checksum_of(line):
    m = re.search(r"checksum\s*(-?\d+)", line)
    return m.group(1) if m else line


def ratio(runs, a, b, field="cpu"):
    """Median over rounds of A/B (run-gnat.sh ab's median of per-pair ratios)."""
    if a not in runs or b not in runs:
        return None
    rs = [getattr(x, field) / getattr(y, field)
          for x, y in zip(runs[a], runs[b]) if x.ok and y.ok and getattr(y, field) > 0]
    return median(rs)


def callgrind(exe, arg):
    r = Run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", exe, str(arg)],
            timeout=1800)
    m = re.search(r"Collected\s*:\s*(\d+)", r.stderr)
    return (int(m.group(1)) if m and r.status == 0 else None), r.last


# ---------------------------------------------------------------- formatting

def fmt_ratio(x):
    return "—" if x is None else "%.2f" % x


def fmt_int(x):
    return "—" if x is None else "{:,}".format(int(round(x)))


def fmt_f(x, d=1):
    return "—" if x is None else ("%%.%df" % d) % x


def table(header, rows):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return out


def verdict(value, limit, less=True):
    if value is None:
        return "n/a"
    ok = value <= limit if less else value >= limit
    if ok:
        return "met"
    return "missed by %+.0f%%" % (100.0 * (value / limit - 1))


# ---------------------------------------------------------------- compile speed

def gen_sources(args, work, n):
    G = os.path.join(work, "gen")
    os.makedirs(G, exist_ok=True)
    nested = os.path.join(G, "big_%dk.adb" % n)
    units = os.path.join(G, "big_units_%dk" % n)
    gen = os.path.join(args.bench, "gen_big.py")
    # gen_big.py names the main unit after its output: generate under the
    # final name in a scratch directory, then move into place
    for path, layout in ((nested, "nested"), (units, "units")):
        if os.path.exists(path):
            continue
        tmp = tempfile.mkdtemp(dir=G)
        subprocess.run([args.python, gen, str(n * 1000), "--layout", layout,
                        "-o", os.path.join(tmp, os.path.basename(path))],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.rename(os.path.join(tmp, os.path.basename(path)), path)
        os.rmdir(tmp)
    return nested, units


def count_lines(paths):
    n = 0
    for p in paths:
        with open(p, "rb") as f:
            n += f.read().count(b"\n")
    return n


def time_compile(cmd, cwd, reps):
    """Median CPU time (user+system, the compiler's child processes included),
    median wall time and peak RSS; a compile slower than SLOW_COMPILE is timed
    once.  Returns (cpu, wall, rss, None) or (None, None, None, why)."""
    rs = []
    for _ in range(max(1, min(reps, 3))):
        r = Run(cmd, cwd=cwd, timeout=COMPILE_TIMEOUT)
        if not r.ok:
            return None, None, None, first_error(r.stderr) if r.status > 0 else r.why()
        rs.append(r)
        if r.wall > SLOW_COMPILE:
            break
    return (median([r.cpu for r in rs]), median([r.wall for r in rs]),
            median([r.rss for r in rs]), None)


def compile_speed(args, work):
    sizes = {"default": [10, 50], "full": [10, 50, 200], "quick": [10]}[args.compile]
    rows, notes, res = [], [], {}
    for n in sizes:
        nested, units = gen_sources(args, work, n)
        G = os.path.dirname(nested)
        unit_files = sorted(f for f in os.listdir(units) if f.endswith((".ads", ".adb")))
        unit_bodies = [f for f in unit_files if f.endswith(".adb")]
        main = "big_units_%dk.adb" % n
        layouts = [
            ("nested", "big_%dk.adb" % n, count_lines([nested]), G, [os.path.basename(nested)]),
            ("units", "big_units_%dk/ (%d files)" % (n, len(unit_files)),
             count_lines(os.path.join(units, f) for f in unit_files), units, None),
        ]
        for layout, label, lines, cwd, files in layouts:
            # adac: one invocation for the whole program (it finds the withed
            # units in the directory); gcc: one invocation per unit, like gnatmake
            srcs = files or [main]
            adac_ok = True
            for mode, flags in (("front end", ["-fsyntax-only"]), ("-O0", ["-c", "-O0"]),
                                ("-O2", ["-c", "-O2"])):
                if not adac_ok:
                    break
                out = ["-o", os.path.join(work, "gen", "adac-out.o")] if "-c" in flags else []
                log("  adac %-12s %s %s" % (" ".join(flags), layout, n))
                c, w, m, why = time_compile([args.adac] + flags + srcs + out, cwd, args.reps)
                if why:
                    adac_ok = False
                    rows.append(("adac", label, lines, mode, "does not compile", "", "", "", ""))
                    notes.append("adac on %s: %s" % (label.split()[0], why))
                    continue
                res[("adac", layout, n, mode)] = (c, m, lines)
                rows.append(("adac", label, lines, mode, "%.2f" % c, "%.2f" % w,
                             fmt_int(lines / max(c, 1e-3)), fmt_int(m),
                             fmt_f(m / lines if m else None, 2)))
            for mode, flag in (("front end", "-gnatc"), ("-O0", "-O0"), ("-O2", "-O2")):
                if shutil.which("gcc") is None:
                    break
                if mode != "front end":
                    skip = None
                    if args.compile == "quick":
                        skip = "skipped in quick mode"
                    elif args.compile != "full" and n > 10:
                        skip = "skipped: `make bench COMPILE_SPEED=full`"
                    elif layout == "nested" and n > 10 and not args.big_backend:
                        skip = "skipped: superlinear in GCC (BIG_BACKEND=1)"
                    if skip:
                        rows.append(("gcc", label, lines, mode, skip, "", "", "", ""))
                        continue
                log("  gcc -c %-7s %s %s" % (flag, layout, n))
                if files:
                    cmd = ["gcc", "-c", "-gnat2012", flag] + files
                else:
                    cmd = ["sh", "-c", "for f in *.adb; do gcc -c -gnat2012 %s $f || exit 1; done; "
                           "rm -f *.o *.ali" % flag]
                c, w, m, why = time_compile(cmd, cwd, args.reps)
                if why:
                    rows.append(("gcc", label, lines, mode, "fails", "", "", "", ""))
                    notes.append("gcc on %s: %s" % (label.split()[0], why))
                    continue
                res[("gcc", layout, n, mode)] = (c, m, lines)
                rows.append(("gcc", label, lines, mode, "%.2f" % c, "%.2f" % w,
                             fmt_int(lines / max(c, 1e-3)), fmt_int(m),
                             fmt_f(m / lines if m else None, 2)))
                for f in os.listdir(cwd):
                    if f.endswith((".o", ".ali")):
                        os.unlink(os.path.join(cwd, f))
    return rows, notes, res, sizes


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--adac", required=True)
    ap.add_argument("--adac-nochecks", default="-gnatp")
    ap.add_argument("--bench", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--srcdir", default=None, help="source tree, for the commit in the report")
    ap.add_argument("--reps", type=int, default=None)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--compile", choices=["none", "default", "full", "quick"], default=None)
    ap.add_argument("--big-backend", action="store_true")
    ap.add_argument("--only-compile", action="store_true")
    ap.add_argument("--cc", default=os.environ.get("CC") or "gcc")
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args()
    if args.reps is None:
        args.reps = 3 if args.quick else 5
    if args.compile is None:
        args.compile = "quick" if args.quick else "default"
    args.adac = os.path.abspath(args.adac)
    args.bench = os.path.abspath(args.bench)
    work = os.path.abspath(args.work)
    os.makedirs(work, exist_ok=True)
    if not os.access(args.adac, os.X_OK):
        sys.exit("run-bench: no adac at %s" % args.adac)
    if not os.path.isfile(os.path.join(args.bench, "gen_big.py")):
        sys.exit("run-bench: no benchmarks at %s (BENCH=dir)" % args.bench)
    which = 1 if args.quick else 0
    started = time.monotonic()
    have_valgrind = shutil.which("valgrind") is not None

    L = []
    a = L.append
    a("# adac benchmarks")
    a("")
    a("Written by `make bench` (bench/run-bench.py; issue 9), %s.  "
      "Benchmarks: `%s`." % ("**quick mode** (small sizes)" if args.quick else "full sizes",
                             os.path.relpath(args.bench, args.srcdir or os.getcwd())
                             if args.srcdir else args.bench))
    a("")
    a("- adac: `%s` (%s)" % (first_line([args.adac, "--version"]), git_rev(args.srcdir)))
    a("- gcc/GNAT: `%s`" % first_line(["gcc", "--version"]))
    a("- valgrind: %s" % ("`%s`" % first_line(["valgrind", "--version"]) if have_valgrind
                          else "not installed: no instruction counts (apt-get install valgrind)"))
    a("- machine: %s, %d cores, load average at start %s" % (
        cpu_model(), os.cpu_count() or 0, open("/proc/loadavg").read().split()[0]))
    a("- %d timed rounds per program after a warm-up round (`make bench REPS=n`); "
      "ratios are the median of the per-round ratios of user+system CPU time"
      % args.reps)
    a("")

    if not args.only_compile:
        log("building into %s/build" % work)
        exes = build(args, work)
        results = {}
        if have_valgrind:
            log("instruction counts (callgrind)")
            jobs, by_exe = {}, {}
            with ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1))) as pool:
                for prog, cref, targ, iarg, unit in PROGRAMS:
                    for v, p in variants_of(prog, cref):
                        exe = exes.get((v, p))
                        if exe and os.path.isabs(exe):
                            key = (exe, iarg[which])
                            if key not in by_exe:
                                by_exe[key] = pool.submit(callgrind, exe, iarg[which])
                            jobs[(prog, v)] = by_exe[key]
            icounts = {}
            for (prog, v), fut in jobs.items():
                ir, last = fut.result()
                iarg = next(x[3][which] for x in PROGRAMS if x[0] == prog)
                u = units_of_work(prog, iarg, last)
                icounts[(prog, v)] = (ir / u) if ir and u else None
        for prog, cref, targ, iarg, unit in PROGRAMS:
            log("timing %s %d (%d rounds)" % (prog, targ[which], args.reps))
            runs, bad, last = measure_times(args, exes, prog, cref, targ[which])
            results[prog] = (runs, bad, last)

        if have_valgrind:    # no instruction counts for wrong programs
            for prog in results:
                for v in results[prog][1]:
                    icounts[(prog, v)] = None

        # ---- checksums and instruction counts
        a("## Instructions per unit of work (callgrind; repeatable, quote these first)")
        a("")
        if not have_valgrind:
            a("valgrind is not installed: no instruction counts.")
        else:
            hdr = ["program", "arg", "adac -O2", "adac -gnatp", "GNAT -O2", "GNAT -gnatp", "C",
                   "adac/GNAT", "adac checks on/off"]
            rows = []
            for prog, cref, targ, iarg, unit in PROGRAMS:
                ic = lambda v: icounts.get((prog, v))
                cells = []
                for v in (ADAC_ON, ADAC_OFF):
                    bad = results[prog][1]
                    cells.append(short_why(bad[v]) if v in bad else
                                 fmt_f(ic(v)) if ic(v) is not None else "fails")
                cells += [fmt_f(ic(GNAT_ON)), fmt_f(ic(GNAT_OFF)),
                          fmt_f(icounts.get((prog, C_REF))) + (" (%s)" % cref.split("_")[-1])
                          if cref else "—"]
                r1 = ic(ADAC_ON) / ic(GNAT_ON) if ic(ADAC_ON) and ic(GNAT_ON) else None
                r2 = ic(ADAC_ON) / ic(ADAC_OFF) if ic(ADAC_ON) and ic(ADAC_OFF) else None
                rows.append(["`%s`" % prog, "%s (per %s)" % (fmt_int(iarg[which]), unit)] +
                            cells + [fmt_ratio(r1), fmt_ratio(r2)])
            L.extend(table(hdr, rows))
        a("")

        a("## Time ratios (paired rounds, median of per-round CPU-time ratios; < 1 means adac is faster)")
        a("")
        hdr = ["program", "arg", "checksum", "adac/GNAT checks on", "adac/GNAT checks off",
               "adac/C on", "adac/C off", "adac on/off", "GNAT/C"]
        rows = []
        for prog, cref, targ, iarg, unit in PROGRAMS:
            runs, bad, last = results[prog]
            rows.append(["`%s`" % prog, fmt_int(targ[which]), checksum_cell(last, bad)] +
                        [adac_cell(runs, bad, x, y) for x, y in
                         ((ADAC_ON, GNAT_ON), (ADAC_OFF, GNAT_OFF))] +
                        [adac_cell(runs, bad, x, C_REF) if cref else "—"
                         for x in (ADAC_ON, ADAC_OFF)] +
                        [adac_cell(runs, bad, ADAC_ON, ADAC_OFF),
                         fmt_ratio(ratio(runs, GNAT_ON, C_REF)) if cref else "—"])
        L.extend(table(hdr, rows))
        a("")
        a("C reference: `binary_trees_malloc` for `binary_trees`, `binary_trees_arena` "
          "(a bump arena, the physical limit) for the pool and subpool versions.")
        a("")

        a("## Medians per variant: CPU s / wall s / peak RSS KiB")
        a("")
        hdr = ["program", "adac -O2", "adac -gnatp", "GNAT -O2", "GNAT -gnatp", "C"]
        rows = []
        for prog, cref, targ, iarg, unit in PROGRAMS:
            runs, bad, last = results[prog]
            cells = []
            for v in (ADAC_ON, ADAC_OFF, GNAT_ON, GNAT_OFF, C_REF):
                if v == C_REF and not cref:
                    cells.append("—")
                elif v in runs:
                    rs = [r for r in runs[v] if r.ok]
                    cells.append("%s / %s / %s" % (fmt_f(median([r.cpu for r in rs]), 2),
                                                   fmt_f(median([r.wall for r in rs]), 2),
                                                   fmt_int(median([r.rss for r in rs]))))
                else:
                    cells.append(short_why(bad.get(v, "—")))
            rows.append(["`%s`" % prog] + cells)
        L.extend(table(hdr, rows))
        a("")
        failures = [(prog, v, why) for prog in results for v, why in results[prog][1].items()
                    if why.startswith(("does not", "fails", "wrong"))]
        if failures:
            a("Why a variant is missing:")
            a("")
            for prog, v, why in failures:
                a("- `%s` %s: %s" % (prog, v, why.replace("|", "\\|")))
            a("")

    compile_res = {}
    if args.compile != "none":
        log("compile speed (%s)" % args.compile)
        rows, notes, compile_res, sizes = compile_speed(args, work)
        a("## Compile speed (sources from gen_big.py)")
        a("")
        a("adac compiles the whole program in one invocation (`adac -fsyntax-only MAIN`, "
          "`adac -c -O0|-O2 MAIN`; it reads the withed units of the directory); gcc one unit "
          "per invocation (`gcc -c -gnat2012 -gnatc|-O0|-O2 UNIT.adb`, as gnatmake would). "
          "Front end = adac `-fsyntax-only`, gcc `-gnatc`.  Medians; lines/s from user+system "
          "CPU time (steadier than wall time on a shared machine); a compile over %d s "
          "(wall) is timed once." % SLOW_COMPILE)
        a("")
        L.extend(table(["compiler", "source", "lines", "mode", "CPU s", "wall s",
                        "lines/s (CPU)", "peak RSS KiB", "KiB/line"], rows))
        a("")
        if args.compile == "quick":
            a("Quick mode: 10k lines only, no gcc -O0/-O2.  Not run here: the 50k and 200k "
              "sources (`make bench`; `make bench COMPILE_SPEED=full` or `make bench-compile` "
              "for all of them).")
            a("")
        elif args.compile != "full":
            a("Not run here: the 200k-line sources and gcc -O0/-O2 above 10k lines "
              "(`make bench COMPILE_SPEED=full`, or `make bench-compile` for this part alone; "
              "about 20 minutes more).")
            a("")
        for n in notes:
            a("- " + n.replace("|", "\\|"))
        if notes:
            a("")

    # ---- targets of issue 9
    rows = []
    if not args.only_compile:
        get = lambda prog: results[prog][0]
        rows.append(["binary_trees time ≤ 0.6 × GNAT", fmt_ratio(ratio(get("binary_trees"), ADAC_ON, GNAT_ON)),
                     verdict(ratio(get("binary_trees"), ADAC_ON, GNAT_ON), 0.6)])
        for prog, lim in (("binary_trees_pool", 1.2), ("binary_trees_subpool", 1.3)):
            x = ratio(get(prog), ADAC_ON, C_REF)
            rows.append(["%s time ≤ %.1f × C arena" % (prog, lim), fmt_ratio(x), verdict(x, lim)])
        rows.append(subpool_controlled(args, work))
        for prog, *_ in PROGRAMS:
            x = ratio(get(prog), ADAC_ON, ADAC_OFF)
            rows.append(["%s checks on/off time ≤ 1.05" % prog, fmt_ratio(x), verdict(x, 1.05)])
            if have_valgrind:
                i1, i0 = icounts.get((prog, ADAC_ON)), icounts.get((prog, ADAC_OFF))
                x = i1 / i0 if i1 and i0 else None
                rows.append(["%s checks on/off instructions ≤ 1.10" % prog, fmt_ratio(x),
                             verdict(x, 1.10)])
        for prog, lim in (("alloc_churn", 400), ("finalize_collection", 450)):
            x = icounts.get((prog, ADAC_ON)) if have_valgrind else None
            rows.append(["%s ≤ %d instructions per op" % (prog, lim), fmt_f(x), verdict(x, lim)])
        for prog in ("alloc_churn", "finalize_collection"):
            bad = results[prog][1]
            rows.append(["%s peak memory flat" % prog] +
                        (["—", "n/a (%s)" % short_why(bad[ADAC_ON])] if ADAC_ON in bad
                         else rss_growth(args, exes, prog)))
    if compile_res:
        rows += compile_targets(compile_res)
    if rows:
        a("## Targets of issue 9 (checks on, adac -O2)")
        a("")
        L.extend(table(["target", "measured", "verdict"], rows))
        a("")
    a("Generated in %.0f s." % (time.monotonic() - started))

    text = "\n".join(L) + "\n"
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        f.write(text)
    print(text)
    log("written to %s" % args.out)


def subpool_controlled(args, work):
    """bench/subpool_controlled.adb (ours: ../shared has no such program),
    built with adac -O2: a million controlled objects allocated in a subpool
    and finalized with it; and two million, to see the cost per object stay
    constant."""
    src = os.path.join(args.srcdir, "bench", "subpool_controlled.adb")
    d = os.path.join(work, "subpool_controlled")
    os.makedirs(d, exist_ok=True)
    exe = os.path.join(d, "subpool_controlled")
    name = "a million controlled objects in a subpool < 0.5 s (`bench/subpool_controlled.adb`)"
    r = Run([args.adac, "-O2", src, "-o", exe], cwd=d, timeout=COMPILE_TIMEOUT)
    if not r.ok:
        return [name, "—", "not measured: " + r.why()]
    one = median([Run([exe, "1000000"]).cpu for _ in range(3)])
    two = median([Run([exe, "2000000"]).cpu for _ in range(3)])
    per = "%.3f s (2 million: %.3f s, %.2f×)" % (one, two, two / one if one else 0)
    return [name, per, verdict(one, 0.5)]


def rss_growth(args, exes, prog):
    """Peak RSS of adac -O2 at a tenth and at the full size of the argument."""
    exe = exes.get((ADAC_ON, prog))
    if not exe or not os.path.isabs(exe):
        return ["—", "n/a"]
    full = next(x[2][1 if args.quick else 0] for x in PROGRAMS if x[0] == prog)
    small = Run([exe, str(full // 10)])
    big = Run([exe, str(full)])
    if not (small.ok and big.ok and small.rss and big.rss):
        return ["—", "n/a"]
    g = big.rss / small.rss
    return ["%s KiB at %s, %s KiB at %s (%.2f×)" % (fmt_int(small.rss), fmt_int(full // 10),
                                                  fmt_int(big.rss), fmt_int(full), g),
            "met" if g <= 1.25 else "missed: grows %.1f×" % g]


def compile_targets(res):
    rows = []
    fe = [(k, v) for k, v in res.items() if k[0] == "adac" and k[3] == "front end"]
    if fe:
        worst = min(lines / max(w, 1e-3) for k, (w, m, lines) in fe)
        rows.append(["front end ≥ 150,000 lines/s on every source",
                     "slowest %s lines/s" % fmt_int(worst), verdict(worst, 150000, less=False)])
        kib = max((m or 0) / lines for k, (w, m, lines) in fe)
        rows.append(["front end peak memory ≤ 0.5 KiB/line", "%.2f KiB/line" % kib,
                     verdict(kib, 0.5)])
        for layout in ("nested", "units"):
            a, b = res.get(("adac", layout, 50, "front end")), res.get(("adac", layout, 200, "front end"))
            if a and b:
                x = b[0] / a[0]
                rows.append(["front end 200k ≤ 4.5 × 50k (%s)" % layout, "%.2f×" % x, verdict(x, 4.5)])
    else:
        rows.append(["front end ≥ 150,000 lines/s", "—", "n/a: adac does not compile the sources"])
    o0 = [(k, v) for k, v in res.items() if k[0] == "adac" and k[3] == "-O0"]
    if o0:
        worst = min(lines / max(w, 1e-3) for k, (w, m, lines) in o0)
        rows.append(["whole -O0 compile ≥ 15,000 lines/s", "slowest %s lines/s" % fmt_int(worst),
                     verdict(worst, 15000, less=False)])
    return rows


def checksum_cell(last, bad):
    if not last:
        return "no run"
    # the last line, up to and including the checksum
    vals = {}
    for v, line in last.items():
        m = re.search(r"checksum\s*(-?\d+)", line)
        vals[v] = m.group(1) if m else line
    ref = vals.get(GNAT_ON) or next(iter(vals.values()))
    differ = [v for v, x in vals.items() if x != ref]
    names = {ADAC_ON: "adac", ADAC_OFF: "adac -gnatp", GNAT_ON: "GNAT", GNAT_OFF: "GNAT -gnatp",
             C_REF: "C"}
    if differ:
        return "**MISMATCH** " + ", ".join("%s %s" % (names[v], vals[v]) for v in vals)
    who = "=".join(dict.fromkeys(names[v].split()[0] for v in vals))
    note = " (adac: does not compile)" if ADAC_ON in bad and bad[ADAC_ON].startswith("does not") else \
        " (adac: %s)" % short_why(bad[ADAC_ON]) if ADAC_ON in bad else ""
    return "%s %s%s" % (who, ref, note)


def adac_cell(runs, bad, a, b):
    if a in bad:
        return short_why(bad[a])
    if b in bad:
        return "(%s %s)" % (b, short_why(bad[b]))
    return fmt_ratio(ratio(runs, a, b))


def short_why(why):
    if why.startswith("does not compile"):
        return "adac: does not compile"
    if why.startswith("fails"):
        return "fails (%s)" % why.split(":", 2)[1].strip()
    if why.startswith("wrong output"):
        return "wrong output"
    return why


def first_line(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()[0]
    except (OSError, IndexError):
        return "not found"


def git_rev(srcdir):
    if not srcdir:
        return "source tree unknown"
    try:
        r = subprocess.run(["git", "-C", srcdir, "describe", "--always", "--dirty"],
                           capture_output=True, text=True)
        return "commit " + r.stdout.strip() if r.returncode == 0 else "not a git tree"
    except OSError:
        return "git not found"


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.machine()


if __name__ == "__main__":
    main()
