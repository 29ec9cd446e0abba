/*
 * adac_pool.h: the C storage-pool interface of adac's runtime (libadart.a).
 *
 * A storage pool is the two operations every allocator needs, behind a
 * struct of function pointers:
 *
 *     allocate (pool, size, align)         SIZE bytes aligned to ALIGN
 *     deallocate (pool, p, size, align)    give back what allocate gave
 *
 * ALIGN is a power of two (1 .. 4096 in practice).  SIZE may be 0: the pool
 * must still return a distinct address, since every Ada allocator yields a
 * new access value.  Deallocation is sized: adac-compiled code passes the
 * same SIZE and ALIGN it allocated with, so a pool need keep no header.
 * deallocate is never called with NULL.  allocate returns NULL when it has
 * no memory; the runtime then raises Storage_Error in the Ada code.
 *
 * The context pointer of the pool is the pool itself: a pool with state
 * embeds `adac_pool` as its first member and casts, or uses `context`.
 *
 * ---- Which Ada code uses the installed pool ----------------------------
 *
 * The default pool of adac-compiled code (the pool of every access type
 * without a Storage_Pool clause) is, by default, the runtime's built-in
 * size-class pool, popped and pushed inline by the generated code
 * (-fpool=builtin, the default), which never looks at the installed pool.
 * Code compiled with one of
 *
 *     adac -fpool=installed   every allocator and Unchecked_Deallocation of
 *                             a default-pool access type calls the pool
 *                             installed with adac_set_default_pool
 *     adac -fpool=counting    the same, and the program installs the
 *                             counting pool (below) before elaborating
 *     adac -fpool=debug       the same, with the debug pool
 *
 * goes through `adac_default_pool()` instead, for every access type of the
 * program, without a change to its source.  Compile every unit that
 * allocates or frees with the same -fpool option.
 *
 * A block must go back to the pool it came from: install a pool before the
 * Ada code allocates (first thing in the Ada main, through an imported C
 * procedure), and do not switch pools while blocks of the old one are
 * still live.  (The main() of an adac program is the one adac generates:
 * a C main that elaborates and calls Ada units is not supported yet.)
 *
 * ---- Linking a C pool with an Ada program ------------------------------
 *
 * The simplest way, the one adac's tests use (testsuite/pool/c-pool.adb and
 * testsuite/pool/Inputs/arena_pool.c):
 * the Ada main imports a C procedure that installs the pool,
 *
 *     procedure Install_My_Pool;
 *     pragma Import (C, Install_My_Pool, "install_my_pool");
 *
 * then compile the Ada side to an object and link everything with the
 * runtime library through the C compiler:
 *
 *     adac -fpool=installed -c main.adb -o main.o
 *     cc -I<adac runtime dir> -c my_pool.c
 *     cc main.o my_pool.o <prefix>/lib/adac/libadart.a -o main
 *
 * (in the build tree the library is ./libadart.a and this header
 * runtime/adac_pool.h; `make install` puts the header in $(includedir)).
 *
 * ---- The pools shipped ---------------------------------------------------
 *
 * adac_builtin_pool    the runtime's own size-class pool (what Ada code
 *                      uses without -fpool); C code may allocate from it.
 * adac_counting_pool   counts, over the built-in pool: allocations, frees,
 *                      live blocks, live bytes and the high-water mark of
 *                      live bytes.  At exit (when it was used or installed)
 *                      it prints one line to stderr, in this fixed format:
 *
 *   adac counting pool: A allocations, F frees, L live blocks, B live bytes, high-water mark H bytes
 *
 * adac_debug_pool      a checking pool on malloc.  Each block records the
 *                      source position (file:line) of the Ada allocator
 *                      that made it.  At exit it prints, to stderr, one
 *                      line per block still allocated, in allocation
 *                      order, then a summary:
 *
 *   adac debug pool: leaked S bytes allocated at FILE:LINE
 *   ...
 *   adac debug pool: N blocks leaked (B bytes), A allocations, F frees, E bad frees
 *
 *   (at most 1000 leak lines; then "adac debug pool: ... and N more").
 *   A deallocation of an address it never gave out, of a block already
 *   freed, or with another size or alignment than the block's (an access
 *   value converted between designated types), raises Program_Error at the
 *   deallocation, as the runtime's other checks do, with the message
 *
 *   FILE:LINE free of an address the pool never allocated
 *   FILE:LINE double free of a block allocated at FILE:LINE, freed at FILE:LINE
 *   FILE:LINE free of a block of S bytes aligned A allocated at FILE:LINE as S bytes aligned A
 *
 *   (unhandled: "raised PROGRAM_ERROR : <message>").  Freed blocks are
 *   filled with 0xDF and kept in quarantine, never reused, up to 64 MiB
 *   of memory held, blocks and the pool's records (the environment
 *   variable ADAC_DEBUG_POOL_QUARANTINE sets the byte count), so that a
 *   double free is recognised even after later allocations; beyond that
 *   the oldest are returned to malloc and forgotten.  When a pool operation is called from C rather than from Ada
 *   code, FILE:LINE is "<C>:0", and a bad free still raises Program_Error:
 *   with no Ada handler active that reports it and ends the program.
 *
 * None of this is thread-safe: adac's runtime has no tasking yet.
 */
#ifndef ADAC_POOL_H
#define ADAC_POOL_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct adac_pool adac_pool;

struct adac_pool {
    /* SIZE bytes aligned to ALIGN, or NULL when there is no memory. */
    void *(*allocate)(adac_pool *pool, size_t size, size_t align);
    /* Give back P, which allocate (pool, SIZE, ALIGN) returned. */
    void (*deallocate)(adac_pool *pool, void *p, size_t size, size_t align);
    /* Free for the pool's own use. */
    void *context;
};

/* Install POOL as the default pool of code compiled with -fpool=...; NULL
 * installs the built-in pool again.  Returns the pool installed before. */
adac_pool *adac_set_default_pool(adac_pool *pool);

/* The default pool now installed (the built-in pool until one is set). */
adac_pool *adac_default_pool(void);

/* The pools shipped with the runtime (one object each, never freed).
 * Using the counting or the debug pool, or installing it, arranges for its
 * report at exit. */
adac_pool *adac_builtin_pool(void);
adac_pool *adac_counting_pool(void);
adac_pool *adac_debug_pool(void);

/* The counting pool's figures so far. */
typedef struct adac_pool_counts {
    uint64_t allocations;      /* calls of allocate that succeeded */
    uint64_t frees;            /* calls of deallocate */
    uint64_t live_blocks;      /* allocations - frees */
    uint64_t live_bytes;       /* bytes of the live blocks, as requested */
    uint64_t high_water_bytes; /* the most live_bytes ever was */
} adac_pool_counts;
void adac_counting_pool_counts(adac_pool_counts *out);

/* The source position of the Ada allocator or deallocation on whose behalf
 * a pool operation is being called (code compiled with -fpool=...): the
 * file's simple name, and the line in *LINE.  NULL (and *LINE = 0) when
 * the call does not come from an Ada allocator, e.g. from C. */
const char *adac_pool_site(int32_t *line);

#ifdef __cplusplus
}
#endif

#endif
