#!/bin/sh
# asan-adac.sh: the adac of `make check-asan` (Makefile.am links it as
# asan-build/adac in the build tree, beside which ../adac-asan is).
#
# It runs adac-asan, the compiler built with ASan and UBSan, with leak
# detection on (testsuite/lsan-llvm.supp suppresses leaks inside LLVM's own
# libraries only), and adds -fsanitize=address when adac links a program or
# writes an object (-c) for a later link, so that every program the tests
# run is instrumented and linked with libadart-asan.a.  Runs that write IR
# or assembly (-S, -emit-llvm), check (-fsyntax-only), dump or report get no
# -fsanitize=address: the FileCheck tests read the IR adac normally writes.
#
# The compiler's sanitizer reports go to logs/adac.PID beside this link
# (run-tests.sh counts them); its status is then nonzero as well.
here=$(dirname "$0")
self=$(readlink -f "$0")
sanitize=-fsanitize=address
for a in "$@"; do
  case $a in
    -S|-emit-llvm|-fsyntax-only|--dump-*|--report*|--version|--help|-fsanitize=*) sanitize= ;;
  esac
done
logs=$(cd "$here" && pwd)/logs
mkdir -p "$logs"
ASAN_OPTIONS="detect_leaks=1:alloc_dealloc_mismatch=0:log_path=$logs/adac" \
LSAN_OPTIONS="suppressions=$(dirname "$self")/lsan-llvm.supp:print_suppressions=0" \
UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$logs/adac" \
  exec "$here/../adac-asan" $sanitize "$@"
