#!/bin/sh
# run-tests.sh: adac's test suite, as `make check` runs it.
#
#   1. lit on testsuite/ (lexer, parser, legality and run-time tests that
#      carry their RUN lines and FileCheck patterns in their comments, and
#      the RM-indexed conformance tests of testsuite/rm/).  An expected
#      failure (XFAIL: a test of a feature adac lacks yet) is reported on its
#      own and counted neither as passed nor as failed; an unexpected pass
#      (XPASS) counts as a failure, so that its XFAIL line gets removed.
#      lit's results are kept in the build tree as testsuite/lit-results.json
#      for `make rm-coverage`;
#   2. testsuite/rm-coverage.py --check: every `-- COVERS:` line of a test
#      names a paragraph of testsuite/rm-paragraphs.txt (one check);
#   3. when the ACATS tree is there ($ACATS, else $ADAC_SRCDIR/../shared/acats),
#      the ACATS tests listed in testsuite/acats-expected.lst, graded by the
#      project's runner testsuite/acats/adac-acats: a listed test fails unless
#      it grades PASS;
#   4. under `make check-asan` (ADAC_SANITIZER_LOGS set): every sanitizer
#      report the compiler or a test program wrote to that directory (ASan,
#      UBSan, LeakSanitizer: log_path) counts as one failure and is printed,
#      also when the test itself passed (a test that expects a failure
#      status would not notice a sanitizer's).  The ACATS tests are built
#      by the same adac, so with -fsanitize=address too.
#
# It prints a summary per part and, as its very last line,
#     N passed, N failed
# and exits 1 when anything failed.
#
# Environment (set by Makefile.am's check-local): ADAC_SRCDIR, ADAC_BUILDDIR,
# LLVM_LIT, PYTHON3, FILECHECK; ADAC_SANITIZER_LOGS (check-asan).  LIT_OPTS
# adds options to lit (e.g. -a).
set -u

srcdir=${ADAC_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
builddir=${ADAC_BUILDDIR:-$(pwd)}
python=${PYTHON3:-python3}
lit=${LLVM_LIT:-/usr/lib/llvm-19/build/utils/lit/lit.py}
export ADAC_SRCDIR="$srcdir" ADAC_BUILDDIR="$builddir"
[ -n "${FILECHECK:-}" ] && export FILECHECK

passed=0
failed=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/adac-check.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# The number after LABEL on the last line of FILE that starts with (blanks
# and) LABEL: lit prints its summary last.
count() {
  sed -n "s/^ *$1 *:* *\([0-9][0-9]*\).*/\1/p" "$2" | tail -n 1
}

# ---- 1. lit -----------------------------------------------------------------
echo "== lit: $srcdir/testsuite"
if [ ! -f "$lit" ] || ! command -v "$python" >/dev/null 2>&1; then
  echo "lit not found ($lit) or no $python: install llvm-19-tools and python3"
  failed=$((failed + 1))
else
  # lit exits 1 when a test fails; the counts below tell how many.
  # shellcheck disable=SC2086 # LIT_OPTS is a list of options
  mkdir -p "$builddir/testsuite"
  "$python" "$lit" -sv ${LIT_OPTS:-} -o "$builddir/testsuite/lit-results.json" \
    "$srcdir/testsuite" >"$tmp/lit.out" 2>&1
  lit_status=$?
  cat "$tmp/lit.out"
  # Outcomes that count as passing, and those that count as failing; lit
  # prints "  Passed: N" style lines for those that occurred.  Expected
  # failures are neither: they are reported on their own.
  lp=0; lf=0
  n=$(count Passed "$tmp/lit.out"); lp=${n:-0}
  n=$(count 'Expectedly Failed' "$tmp/lit.out"); lx=${n:-0}
  for k in Failed 'Unexpectedly Passed' Unresolved 'Timed Out'; do
    n=$(count "$k" "$tmp/lit.out"); lf=$((lf + ${n:-0}))
  done
  discovered=$(count 'Total Discovered Tests' "$tmp/lit.out")
  if [ "$lit_status" -ne 0 ] && [ "$lf" -eq 0 ]; then
    echo "lit stopped with status $lit_status before running the tests"
    lf=1
  elif [ -z "$discovered" ] || [ "$discovered" -eq 0 ]; then
    echo "lit found no tests"
    lf=$((lf + 1))
  fi
  echo "lit: $lp passed, $lf failed, $lx expected failures (XFAIL, not counted) (of ${discovered:-0} discovered; the rest unsupported or skipped)"
  passed=$((passed + lp)); failed=$((failed + lf))
fi

# ---- 2. RM coverage: every COVERS line names a known paragraph ---------------
echo "== rm-coverage: the COVERS lines of the tests"
if "$python" "$srcdir/testsuite/rm-coverage.py" --check; then
  passed=$((passed + 1))
else
  echo "rm-coverage: a test names an RM paragraph that testsuite/rm-paragraphs.txt does not list"
  failed=$((failed + 1))
fi

# ---- 3. ACATS -----------------------------------------------------------------
acats=${ACATS:-$srcdir/../shared/acats}
runner=$srcdir/testsuite/acats/adac-acats
list=$srcdir/testsuite/acats-expected.lst
if [ -d "$acats/tests" ]; then
  echo "== ACATS: the tests of testsuite/acats-expected.lst, from $acats"
  names=$(sed 's/#.*//' "$list" | awk 'NF { print $1 }')
  if [ -z "$names" ]; then
    echo "acats: no tests listed"
  else
    # shellcheck disable=SC2086 # one argument per test name
    "$python" "$runner" --adac "$builddir/adac" --acats "$acats" \
      --tsv "$tmp/acats.tsv" $names >"$tmp/acats.out" 2>&1
    st=$?
    cat "$tmp/acats.out"
    ap=0; af=0
    for t in $names; do
      t=$(basename "$t" | sed 's/\..*//' | tr '[:upper:]' '[:lower:]' | cut -c1-7)
      outcome=$(awk -F '\t' -v t="$t" 'NR > 1 && $1 == t { print $3; exit }' "$tmp/acats.tsv" 2>/dev/null)
      if [ "$outcome" = PASS ]; then
        ap=$((ap + 1))
      else
        echo "acats: listed test $t did not pass: ${outcome:-not graded (adac-acats status $st)}"
        af=$((af + 1))
      fi
    done
    echo "acats (listed tests): $ap passed, $af failed"
    passed=$((passed + ap)); failed=$((failed + af))
  fi
else
  echo "== ACATS: skipped ($acats not found; set ACATS=dir to grade the listed tests)"
fi

# ---- 4. sanitizer reports (make check-asan) -----------------------------------
logs=${ADAC_SANITIZER_LOGS:-}
if [ -n "$logs" ]; then
  echo "== sanitizer reports in $logs"
  nr=0
  for f in "$logs"/*; do
    [ -f "$f" ] || continue
    echo "---- $f"
    cat "$f"
    # ASan's warning that malloc returned NULL (the program then raises
    # Storage_Error, as it should) is the one line that is not a report.
    if grep -v -e '^$' -e 'WARNING: AddressSanitizer failed to allocate' "$f" >/dev/null; then
      nr=$((nr + 1))
    else
      echo "(a warning, not a report)"
    fi
  done
  echo "sanitizers: $nr reports"
  if [ "$nr" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + nr)); fi
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
