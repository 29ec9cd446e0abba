/*
 * codegen.h: code generation.  Reads the program sema analysed and builds
 * one LLVM module for it through the LLVM-C API (opaque pointers, the *2
 * builders), optimises it with the new pass manager, and writes LLVM IR,
 * assembly or an object file through LLVM's target machine.
 *
 * Run-time checks become conditional branches to cold blocks that call the
 * runtime's __adac_rcheck_* functions (runtime/adart.h); allocators call the
 * runtime's pools; exceptions use the runtime's set-jump handlers.
 */
#ifndef ADAC_CODEGEN_H
#define ADAC_CODEGEN_H

#include "sema.h"

typedef enum CgOutput {
    CG_LLVM_IR,                /* textual LLVM IR (-S -emit-llvm) */
    CG_BITCODE,                /* LLVM bitcode (-c -emit-llvm) */
    CG_ASSEMBLY,               /* target assembly (-S) */
    CG_OBJECT,                 /* object file (-c, and before linking) */
} CgOutput;

typedef struct CgOptions {
    int opt_level;             /* 0..3: -O0 .. -O3 */
    bool debug_info;           /* -g: DWARF line tables */
    bool checks;               /* language-defined checks on (default) */
    bool assertions;           /* -gnata: pragma Assert, Pre and Post checked where
                                * no pragma Assertion_Policy says otherwise */
    const char *source_name;   /* the module's name: the first source file */
    int pool;                  /* -fpool=: 0 the built-in pool, inline; else
                                * ADART_POOL_* (runtime/adart.h): every
                                * default-pool allocator and free calls
                                * __adac_pool_alloc/__adac_pool_free */
    int dump_ir;               /* --dump-ir (1): print the IR before the passes
                                * on stdout and stop; --dump-ir-opt (2): after */
    bool sanitize_address;     /* -fsanitize=address: every function defined
                                * gets the sanitize_address attribute and the
                                * module LLVM's ASan pass; default-pool objects
                                * come from the runtime, never inline */
} CgOptions;

/* Generate code for PROG and write it to PATH as OUT.  Returns false, with a
 * message on stderr, if LLVM could not write it. */
bool codegen_program(Program *prog, const CgOptions *opts, CgOutput out, const char *path);

#endif
