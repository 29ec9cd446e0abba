/*
 * fuzz_run.h: what the two libFuzzer targets of fuzz/ share: compile one
 * input with the whole of adac (lexer, parser, sema, and code generation to
 * an object thrown away), in a forked child (fuzz_run.c says why).
 */
#ifndef ADAC_FUZZ_RUN_H
#define ADAC_FUZZ_RUN_H

#include <stddef.h>
#include <stdint.h>

/* Compile DATA (SIZE bytes, any bytes) as the source file fuzz.adb at
 * -O<OPT_LEVEL>.  Returns normally when the compiler did: compiled it, or
 * reported errors, or stopped with a fatal error that is a stated limit.
 * Aborts the fuzzer (so that libFuzzer keeps the input as a crash) when the
 * compiler crashed, hung, tripped a sanitizer, reported an internal error
 * or generated a module the LLVM verifier rejects; the compiler's messages
 * are printed first (the input is compiled a second time, not silenced). */
void adac_fuzz_compile(const uint8_t *data, size_t size, int opt_level);

#endif
