/*
 * pool.c: the C storage-pool interface (adac_pool.h) and the default-pool
 * entry points of code compiled with -fpool=... (adart.h).
 *
 * The installed pool is one global pointer, the built-in pool until C code
 * (or the main() of a program compiled with -fpool=counting|debug) installs
 * another.  Each allocation and deallocation of -fpool code goes through
 * __adac_pool_alloc/__adac_pool_free, which record the source position of
 * the allocator for the pool's call (adac_pool_site) and call the pool's
 * operation through its function pointer.
 */
#include <stddef.h>
#include <stdint.h>

#include "adart.h"
#include "adart_internal.h"
#include "adac_pool.h"

/* ---- The built-in pool as an adac_pool --------------------------------- */

static void *builtin_allocate(adac_pool *pool, size_t size, size_t align)
{
    (void)pool;
    return __adac_rt_builtin_alloc(size, align);
}

static void builtin_deallocate(adac_pool *pool, void *p, size_t size,
                               size_t align)
{
    (void)pool;
    __adac_free(p, size, align);
}

static adac_pool builtin = { builtin_allocate, builtin_deallocate, NULL };

adac_pool *adac_builtin_pool(void)
{
    return &builtin;
}

/* ---- The installed pool ------------------------------------------------ */

static adac_pool *installed = &builtin;

adac_pool *adac_set_default_pool(adac_pool *pool)
{
    adac_pool *old = installed;
    installed = pool ? pool : &builtin;
    return old;
}

adac_pool *adac_default_pool(void)
{
    return installed;
}

const char *__adac_rt_pool_file;
int32_t __adac_rt_pool_line;

const char *adac_pool_site(int32_t *line)
{
    if (line)
        *line = __adac_rt_pool_file ? __adac_rt_pool_line : 0;
    return __adac_rt_pool_file;
}

/* ---- Entry points of the generated code -------------------------------- */

void *__adac_pool_alloc(size_t size, size_t align, const char *file,
                        int32_t line)
{
    adac_pool *pool = installed;
    void *p;

    __adac_rt_pool_file = file;
    __adac_rt_pool_line = line;
    p = pool->allocate(pool, size, align);
    __adac_rt_pool_file = NULL;
    if (p == NULL)
        __adac_raise(&__adac_storage_error, file, line,
                     "System.Memory.Alloc: heap exhausted", -1);
    return p;
}

void __adac_pool_free(void *p, size_t size, size_t align, const char *file,
                      int32_t line)
{
    adac_pool *pool = installed;

    if (p == NULL)
        return;
    /* A pool that raises (the debug pool) clears the position itself. */
    __adac_rt_pool_file = file;
    __adac_rt_pool_line = line;
    pool->deallocate(pool, p, size, align);
    __adac_rt_pool_file = NULL;
}

void __adac_pool_select(int32_t kind)
{
    switch (kind) {
    case ADART_POOL_COUNTING:
        adac_set_default_pool(adac_counting_pool());
        break;
    case ADART_POOL_DEBUG:
        adac_set_default_pool(adac_debug_pool());
        break;
    default:
        break;
    }
}
