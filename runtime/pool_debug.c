/*
 * pool_debug.c: the debug pool (adac_pool.h), the role GNAT.Debug_Pools
 * plays for GNAT.
 *
 * Every block comes from malloc (posix_memalign beyond max_align_t) and is
 * described by a record kept outside it, in a hash table keyed by the
 * block's address, so that a free of any address, even one the pool never
 * gave out, is looked up without touching the memory it names.  A record
 * holds the size, the alignment and the source position of the allocator
 * (adac_pool_site), and, once the block is freed, the position of the free.
 *
 * Live blocks are kept on a list in allocation order, which the report at
 * exit walks: one line per leaked block with its allocator's file:line.
 * Freed blocks are filled with 0xDF and go to a quarantine in free order;
 * their records stay in the table, so that freeing one again is reported
 * as a double free (naming where it was allocated and first freed) rather
 * than taken for a block malloc has since handed out again.  Past the
 * quarantine's byte limit the oldest freed blocks go back to malloc and
 * their records are forgotten.
 *
 * A bad free (a foreign address, a double free, or a size or alignment
 * other than the block's) raises Program_Error at the deallocation, with
 * the message
 * "FILE:LINE reason", as the runtime's language-defined checks do
 * (except.c): the pool is called from the generated code, so the raise
 * unwinds to the Ada handlers.  It counts as a bad free in the summary.
 */
#define _POSIX_C_SOURCE 200809L /* posix_memalign */

#include <inttypes.h>
#include <stdarg.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adart.h"
#include "adart_internal.h"
#include "adac_pool.h"

/* What the pool knows of one block. */
struct dblock {
    void *addr;                 /* the address given out */
    size_t size, align;         /* as allocated */
    const char *file;           /* the allocator's position (NULL: from C) */
    int32_t line;
    const char *free_file;      /* the free's position, once freed */
    int32_t free_line;
    int freed;
    struct dblock *hnext;       /* next in the hash bucket */
    struct dblock *prev, *next; /* the live list, or the quarantine */
};

/* Default byte limit of the quarantine. */
#define QUARANTINE_DEFAULT ((size_t)64 * 1024 * 1024)
/* At most this many leak lines at exit. */
#define MAX_LEAK_LINES 1000

static struct dblock **table;   /* hash buckets */
static size_t table_size;       /* a power of two, or 0 */
static size_t table_count;      /* records in the table */

static struct dblock *live_first, *live_last;
static struct dblock *quar_first, *quar_last;
static size_t quar_bytes, quar_limit;

static uint64_t n_allocations, n_frees, n_bad_frees;

static size_t hash(const void *p, size_t size)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 4;
    x *= UINT64_C(0x9E3779B97F4A7C15);
    return (size_t)(x >> 32) & (size - 1);
}

static void table_grow(void)
{
    size_t n = table_size ? 2 * table_size : 4096;
    struct dblock **t = calloc(n, sizeof *t);

    if (t == NULL)
        return; /* keep the old one, longer chains */
    for (size_t i = 0; i < table_size; i++)
        for (struct dblock *b = table[i], *next; b; b = next) {
            next = b->hnext;
            size_t h = hash(b->addr, n);
            b->hnext = t[h];
            t[h] = b;
        }
    free(table);
    table = t;
    table_size = n;
}

static struct dblock *table_find(const void *p)
{
    if (table_size == 0)
        return NULL;
    for (struct dblock *b = table[hash(p, table_size)]; b; b = b->hnext)
        if (b->addr == p)
            return b;
    return NULL;
}

static void table_remove(struct dblock *d)
{
    struct dblock **link = &table[hash(d->addr, table_size)];

    while (*link != d)
        link = &(*link)->hnext;
    *link = d->hnext;
    table_count--;
}

/* Doubly linked lists: the live blocks and the quarantine. */
static void list_append(struct dblock **first, struct dblock **last,
                        struct dblock *d)
{
    d->next = NULL;
    d->prev = *last;
    if (*last)
        (*last)->next = d;
    else
        *first = d;
    *last = d;
}

static void list_remove(struct dblock **first, struct dblock **last,
                        struct dblock *d)
{
    if (d->prev)
        d->prev->next = d->next;
    else
        *first = d->next;
    if (d->next)
        d->next->prev = d->prev;
    else
        *last = d->prev;
}

/* The memory a block holds while in quarantine: its record and the block,
 * each as malloc rounds it (a word of header, 16-byte granules, about). */
static size_t footprint(const struct dblock *d)
{
    size_t n = d->size ? d->size : 1;
    return ((sizeof *d + 8 + 15) & ~(size_t)15) + ((n + 8 + 15) & ~(size_t)15);
}

static const char *site_file(const char *file)
{
    return file ? file : "<C>";
}

static void *debug_allocate(adac_pool *pool, size_t size, size_t align)
{
    (void)pool;
    struct dblock *d = malloc(sizeof *d);
    void *p;

    if (d == NULL)
        return NULL;
    /* a distinct address for every allocator, even of zero bytes */
    size_t n = size ? size : 1;
    if (align <= alignof(max_align_t)) {
        p = malloc(n);
    } else if (posix_memalign(&p, align, n) != 0) {
        p = NULL;
    }
    if (p == NULL) {
        free(d);
        return NULL;
    }
    if (2 * table_count >= table_size) /* chains of one record, mostly */
        table_grow();
    if (table_size == 0) {
        free(p);
        free(d);
        return NULL;
    }
    d->addr = p;
    d->size = size;
    d->align = align;
    d->file = adac_pool_site(&d->line);
    d->free_file = NULL;
    d->free_line = 0;
    d->freed = 0;
    size_t h = hash(p, table_size);
    d->hnext = table[h];
    table[h] = d;
    table_count++;
    list_append(&live_first, &live_last, d);
    n_allocations++;
    return p;
}

/* Raise Program_Error for a bad free at FILE:LINE; FMT gives the reason. */
static _Noreturn __attribute__((format(printf, 3, 4))) void bad_free(const char *file, int32_t line,
                               const char *fmt, ...)
{
    char msg[200];
    va_list ap;
    int n;

    n_bad_frees++;
    n = snprintf(msg, sizeof msg, "%s:%ld ", site_file(file), (long)line);
    if (n < 0 || n >= (int)sizeof msg)
        n = 0;
    va_start(ap, fmt);
    vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
    va_end(ap);
    /* the raise leaves __adac_pool_free without its reset */
    __adac_rt_pool_file = NULL;
    __adac_raise(&__adac_program_error, file, line, msg, -1);
}

static void debug_deallocate(adac_pool *pool, void *p, size_t size,
                             size_t align)
{
    (void)pool;
    int32_t line;
    const char *file = adac_pool_site(&line);
    struct dblock *d = table_find(p);

    if (d == NULL)
        bad_free(file, line, "free of an address the pool never allocated");
    if (d->freed)
        bad_free(file, line,
                 "double free of a block allocated at %s:%ld, freed at %s:%ld",
                 site_file(d->file), (long)d->line, site_file(d->free_file),
                 (long)d->free_line);
    if (size != d->size || align != d->align)
        bad_free(file, line,
                 "free of a block of %zu bytes aligned %zu allocated at %s:%ld as %zu bytes aligned %zu",
                 size, align, site_file(d->file), (long)d->line, d->size,
                 d->align);
    list_remove(&live_first, &live_last, d);
    d->freed = 1;
    d->free_file = file;
    d->free_line = line;
    n_frees++;
    memset(p, 0xDF, d->size);
    list_append(&quar_first, &quar_last, d);
    quar_bytes += footprint(d);
    while (quar_bytes > quar_limit && quar_first) {
        struct dblock *old = quar_first;

        list_remove(&quar_first, &quar_last, old);
        quar_bytes -= footprint(old);
        table_remove(old);
        free(old->addr);
        free(old);
    }
}

static adac_pool debug = { debug_allocate, debug_deallocate, NULL };

static void report(void)
{
    uint64_t blocks = 0, bytes = 0;

    fflush(stdout);
    for (struct dblock *d = live_first; d; d = d->next) {
        if (blocks < MAX_LEAK_LINES)
            fprintf(stderr, "adac debug pool: leaked %zu bytes allocated at %s:%ld\n",
                    d->size, site_file(d->file), (long)d->line);
        blocks++;
        bytes += d->size;
    }
    if (blocks > MAX_LEAK_LINES)
        fprintf(stderr, "adac debug pool: ... and %" PRIu64 " more\n",
                blocks - MAX_LEAK_LINES);
    fprintf(stderr,
            "adac debug pool: %" PRIu64 " blocks leaked (%" PRIu64
            " bytes), %" PRIu64 " allocations, %" PRIu64 " frees, %" PRIu64
            " bad frees\n",
            blocks, bytes, n_allocations, n_frees, n_bad_frees);
}

adac_pool *adac_debug_pool(void)
{
    static int registered;

    if (!registered) {
        const char *q = getenv("ADAC_DEBUG_POOL_QUARANTINE");
        char *end;

        registered = 1;
        quar_limit = QUARANTINE_DEFAULT;
        if (q && *q) {
            unsigned long long v = strtoull(q, &end, 10);
            if (*end == 0)
                quar_limit = (size_t)v;
        }
        atexit(report);
    }
    return &debug;
}
