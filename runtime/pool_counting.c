/*
 * pool_counting.c: the counting pool (adac_pool.h).
 *
 * Serves every request from the built-in pool and counts: allocations,
 * frees, live blocks, live bytes (the sizes requested) and the high-water
 * mark of live bytes.  The first use of the pool registers a report at
 * exit, one line on stderr in the format adac_pool.h documents:
 *
 *   adac counting pool: A allocations, F frees, L live blocks, B live bytes, high-water mark H bytes
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "adart.h"
#include "adart_internal.h"
#include "adac_pool.h"

static adac_pool_counts counts;

static void *counting_allocate(adac_pool *pool, size_t size, size_t align)
{
    (void)pool;
    void *p = __adac_rt_builtin_alloc(size, align);
    if (p == NULL)
        return NULL;
    counts.allocations++;
    counts.live_blocks++;
    counts.live_bytes += size;
    if (counts.live_bytes > counts.high_water_bytes)
        counts.high_water_bytes = counts.live_bytes;
    return p;
}

static void counting_deallocate(adac_pool *pool, void *p, size_t size,
                                size_t align)
{
    (void)pool;
    counts.frees++;
    counts.live_blocks--;
    counts.live_bytes -= size;
    __adac_free(p, size, align);
}

static adac_pool counting = { counting_allocate, counting_deallocate, NULL };

static void report(void)
{
    fflush(stdout);
    fprintf(stderr,
            "adac counting pool: %" PRIu64 " allocations, %" PRIu64
            " frees, %" PRIu64 " live blocks, %" PRIu64
            " live bytes, high-water mark %" PRIu64 " bytes\n",
            counts.allocations, counts.frees, counts.live_blocks,
            counts.live_bytes, counts.high_water_bytes);
}

adac_pool *adac_counting_pool(void)
{
    static int registered;

    if (!registered) {
        registered = 1;
        atexit(report);
    }
    return &counting;
}

void adac_counting_pool_counts(adac_pool_counts *out)
{
    *out = counts;
}
