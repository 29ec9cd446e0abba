#!/usr/bin/env bash
# build.sh: build adac from a fresh checkout, then show it working.
#
#   ./build.sh          install what the build needs (Debian 12, as root),
#                       build adac, compile and run examples/hello_alloc.adb
#   ./build.sh check    build, then run the whole test suite: make check,
#                       then make check-asan (the same under ASan/UBSan);
#                       the last line printed is "N passed, N failed" (both
#                       summed) and the exit status is non-zero when
#                       anything failed
#
# Idempotent: each step runs only when it has something to do (packages
# missing, configure older than configure.ac/Makefile.am, no Makefile).
# Builds in the source tree.  Environment: MAKEFLAGS as usual; JOBS overrides
# the number of parallel make jobs (default: nproc).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
mode=${1:-run}
case $mode in
  run|check) ;;
  *) echo "usage: ./build.sh [check]" >&2; exit 2 ;;
esac

# ---- 1. the Debian 12 packages the build and the tests need ----------------
# gcc/libc6-dev compile adac and link the programs it compiles; re2c and
# bison generate the lexer and parser; llvm-19-dev is the code generator's
# library (linked as the shared libLLVM-19); llvm-19-tools has lit and
# FileCheck; python3 runs lit and the ACATS grader.
packages=(gcc libc6-dev make autoconf automake re2c bison libgmp-dev
          llvm-19-dev llvm-19-tools python3)

missing_packages() {
  local p
  if command -v dpkg-query >/dev/null 2>&1; then
    for p in "${packages[@]}"; do
      case $(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true) in
        ii*) ;;
        *) printf '%s\n' "$p" ;;
      esac
    done
  else
    # Not Debian: look for the tools themselves; configure names the rest.
    for p in gcc make autoreconf automake re2c bison python3; do
      command -v "$p" >/dev/null 2>&1 || printf '%s\n' "$p"
    done
  fi
}

mapfile -t missing < <(missing_packages)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "build.sh: these packages are needed and not installed: ${missing[*]}" >&2
    echo "build.sh: as root, run: apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "build.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# ---- 2. configure and build ------------------------------------------------------
mkdir -p m4
if [ ! -x configure ] || [ ! -f Makefile.in ] || [ configure.ac -nt configure ] \
   || [ Makefile.am -nt Makefile.in ]; then
  echo "build.sh: autoreconf -fi"
  autoreconf -fi
fi
if [ ! -f Makefile ] || [ ! -f config.status ]; then
  echo "build.sh: ./configure"
  ./configure
fi
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
echo "build.sh: make -j$jobs"
make --no-print-directory -j"$jobs"

# ---- 3. show it working, or run the tests ---------------------------------------
if [ "$mode" = run ]; then
  echo "build.sh: ./adac examples/hello_alloc.adb -o examples/hello_alloc"
  ./adac examples/hello_alloc.adb -o examples/hello_alloc
  echo "build.sh: ./examples/hello_alloc"
  ./examples/hello_alloc
  exit 0
fi

# make check: lit, then the listed ACATS tests (testsuite/run-tests.sh);
# then make check-asan: the same suite with adac built with ASan and UBSan
# (leak checking on) and every program it builds sanitized (issue 10).
# Each prints "N passed, N failed" last; make prints its own "*** Error"
# lines after a failing check-local, so keep a copy of each output, and end
# with the sum of the two summaries as the very last line.
log=$(mktemp "${TMPDIR:-/tmp}/adac-check.XXXXXX")
trap 'rm -f "$log"' EXIT
total_passed=0 total_failed=0 bad=0
for target in check check-asan; do
  echo "build.sh: make $target"
  set +e
  make --no-print-directory -s -j"$jobs" "$target" 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1 || true)
  if [ -z "$summary" ]; then
    echo "build.sh: make $target stopped (status $status) before the test summary"
    total_failed=$((total_failed + 1)); bad=1
    continue
  fi
  p=${summary%% passed*}; f=${summary#*passed, }; f=${f%% failed}
  total_passed=$((total_passed + p)); total_failed=$((total_failed + f))
  [ "$status" -eq 0 ] || bad=1
done
echo "$total_passed passed, $total_failed failed"
if [ "$bad" -ne 0 ] || [ "$total_failed" -ne 0 ]; then
  exit 1
fi
exit 0
