/*
 * fuzz_bytes.c: the first fuzz target: arbitrary bytes as an Ada source file,
 * through the lexer, the parser, sema and, for inputs sema accepts, code
 * generation at -O0 (fuzz_run.c).  libFuzzer's own byte-level mutations
 * reach mostly the lexer and the parser's error recovery; fuzz_tokens.c
 * is the target that reaches sema and codegen.
 *
 *   fuzz-bytes CORPUS_DIR SEED_DIR... [libFuzzer options]
 *
 * make fuzz builds and runs it (seeds: the test suite's Ada files).
 */
#include "fuzz_run.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    adac_fuzz_compile(data, size, 0);
    return 0;
}
