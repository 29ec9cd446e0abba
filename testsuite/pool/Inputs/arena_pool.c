/* A pool of a C program for adac code (testsuite/pool/c-pool.adb): a bump
 * arena of a size the Ada side chooses, through runtime/adac_pool.h.  It
 * logs every request with the Ada allocator's position, refuses one that
 * does not fit (the Ada side then gets Storage_Error), and forgets frees
 * (counted only). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "adac_pool.h"

struct arena {
    adac_pool pool;             /* first: the pool is the arena */
    unsigned char *base;
    size_t size, used;
    int frees;
};

static void *arena_allocate(adac_pool *pool, size_t size, size_t align)
{
    struct arena *a = (struct arena *)pool;
    int32_t line;
    const char *file = adac_pool_site(&line);
    size_t start = (a->used + align - 1) & ~(align - 1);

    if (start > a->size || size > a->size - start) {
        printf("arena: %zu bytes at %s:%d refused\n", size,
               file ? file : "C", (int)line);
        return NULL;
    }
    printf("arena: %zu bytes aligned %zu at %s:%d, offset %zu\n", size, align,
           file ? file : "C", (int)line, start);
    a->used = start + size;
    return a->base + start;
}

static void arena_deallocate(adac_pool *pool, void *p, size_t size,
                             size_t align)
{
    struct arena *a = (struct arena *)pool;
    int32_t line;
    const char *file = adac_pool_site(&line);

    printf("arena: free of %zu bytes at offset %td at %s:%d\n", size,
           (unsigned char *)p - a->base, file ? file : "C", (int)line);
    a->frees++;
}

static struct arena arena = { { arena_allocate, arena_deallocate, NULL } };

/* Ada: procedure Install (Size : Integer) with Import, Convention => C. */
void install_arena_pool(int32_t size)
{
    arena.base = aligned_alloc(64, 4096);
    arena.size = (size_t)size;
    adac_pool *old = adac_set_default_pool(&arena.pool);
    printf("arena: installed, replacing the %s pool\n",
           old == adac_builtin_pool() ? "built-in" : "other");
    /* C code may allocate from the pool adac code uses */
    adac_pool *d = adac_default_pool();
    void *p = d->allocate(d, 8, 8);
    int32_t line;
    printf("arena: C allocation %s, site %s\n", p ? "ok" : "failed",
           adac_pool_site(&line) ? "set" : "none");
}

void show_arena_pool(void)
{
    printf("arena: %zu of %zu bytes used, %d frees\n", arena.used, arena.size,
           arena.frees);
}
