/*
 * alloc.c: the default storage pool and the secondary stack.
 *
 * The default pool serves small objects (up to ADART_SMALL_MAX bytes,
 * alignment up to 16) from size classes of 16-byte steps, each a free list
 * of blocks carved from 64 KiB chunks; generated code pops and pushes those
 * lists inline and calls __adac_alloc_refill only when a list is empty.
 * Freeing is sized (the compiler knows what it frees), so blocks carry no
 * header.  Larger or more aligned objects go to the C heap: malloc, or
 * posix_memalign beyond what malloc guarantees.  A request for zero bytes is
 * served as the smallest block, so that every allocator yields a distinct
 * non-null access value, and failure raises Storage_Error with GNAT's
 * message.
 *
 * The secondary stack holds the results of functions returning unconstrained
 * types.  It is a bump allocator over a list of chunks: the first (64 KiB) is
 * static, later ones come from the heap and grow geometrically, and data never
 * moves once allocated.  A mark is the address of the first free byte, which
 * identifies both the chunk and the offset in it; releasing a mark makes its
 * chunk current again and keeps the chunks above for reuse (a chunk too small
 * for a later request is freed and replaced), so the memory held is the peak
 * ever in use.
 */
#define _POSIX_C_SOURCE 200809L /* posix_memalign */

#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adart.h"
#include "adart_internal.h"

/* ---- The default storage pool ------------------------------------------ */

/* Raise Storage_Error with MSG and no source position.  The texts are GNAT's
 * (its runtime prefixes messages with the raising subprogram). */
static _Noreturn void storage_error(const char *msg)
{
    __adac_raise(&__adac_storage_error, NULL, 0, msg, -1);
}

/* The free lists, one per size class; generated code uses them directly. */
void *__adac_free_lists[ADART_SMALL_CLASSES];

/* Bytes carved into blocks at a time. */
#define POOL_CHUNK ((size_t)64 * 1024)

/* A fresh block of size class CLS, carving a new chunk; NULL when malloc
 * fails. */
static void *refill_or_null(int32_t cls)
{
    size_t block = ((size_t)cls + 1) * ADART_SMALL_STEP;
    unsigned char *chunk = malloc(POOL_CHUNK);
    if (chunk == NULL)
        return NULL;
    /* the first block is the caller's; the others go on the list */
    size_t n = POOL_CHUNK / block;
    void *head = __adac_free_lists[cls];
    for (size_t i = n - 1; i >= 1; i--) {
        void **b = (void **)(chunk + i * block);
        *b = head;
        head = b;
    }
    __adac_free_lists[cls] = head;
    return chunk;
}

void *__adac_alloc_refill(int32_t cls)
{
    void *p = refill_or_null(cls);
    if (p == NULL)
        storage_error("System.Memory.Alloc: heap exhausted");
    return p;
}

static int small_class(size_t size, size_t align)
{
    if (size > ADART_SMALL_MAX || align > ADART_SMALL_STEP)
        return -1;
    return size == 0 ? 0 : (int)((size + ADART_SMALL_STEP - 1) / ADART_SMALL_STEP) - 1;
}

/* ---- Under AddressSanitizer (libadart-asan.a) ----------------------------
 * The size classes hide objects from ASan: a freed block goes back on a
 * free list and is handed out again, so neither a use after free nor a
 * double free nor an overflow into the next block is seen.  In the runtime
 * built for -fsanitize=address (make libadart-asan.a: ADART_ASAN, or
 * __SANITIZE_ADDRESS__ from the compiler), every object of the default pool
 * is therefore its own malloc block, freed by free, and ASan sees them all;
 * code compiled with -fsanitize=address calls __adac_alloc and __adac_free
 * instead of popping and pushing the free lists inline (codegen), so the
 * lists stay empty.  (Objects compiled without it must not be linked with
 * this runtime.)  Freeing is sized: a free whose size falls in another size
 * class than the allocation's would corrupt the real pool's lists, so that
 * is reported as an error too.  An allocation too big for ASan's heap
 * raises Storage_Error, as in the real pool (13.11(17), 11.1(6)): ASan's
 * malloc returns NULL then instead of aborting (allocator_may_return_null,
 * made the default of programs linked with this runtime).
 *
 * The secondary stack is poisoned the same way (ADART_SS_POISON and
 * ADART_SS_ALLOCATED, no-ops otherwise): an object is addressable from its
 * allocation until the release of a mark below it, and the free part of
 * every chunk is not (the first chunk's from its first release on; the 32
 * bytes after each new object at once), so reading a function's result
 * after its mark was released, or past its end, is reported. */
#if defined(ADART_ASAN) || defined(__SANITIZE_ADDRESS__)
#define ADART_POOL_IS_MALLOC 1
size_t __sanitizer_get_allocated_size(const volatile void *p);
int __sanitizer_get_ownership(const volatile void *p);
void __sanitizer_print_stack_trace(void);
void __sanitizer_report_error_summary(const char *summary);
const char *__asan_default_options(void);
void __asan_poison_memory_region(void const volatile *addr, size_t size);
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
#define ADART_SS_POISON(p, n) __asan_poison_memory_region((p), (n))
#define ADART_SS_ALLOCATED(p, n, end) asan_ss_allocated((p), (n), (end))

static void asan_ss_allocated(unsigned char *p, size_t n, unsigned char *end)
{
    __asan_unpoison_memory_region(p, n);
    size_t rz = (size_t)(end - (p + n)) < 32 ? (size_t)(end - (p + n)) : 32;
    __asan_poison_memory_region(p + n, rz);
}

const char *__asan_default_options(void)
{
    return "allocator_may_return_null=1";
}

static void *asan_pool_alloc(size_t size, size_t align)
{
    void *p;
    if (size == SIZE_MAX)
        return NULL;
    if (align <= alignof(max_align_t))
        return malloc(size);
    return posix_memalign(&p, align, size) == 0 ? p : NULL;
}

static void asan_pool_free(void *p, size_t size, size_t align)
{
    /* an address malloc never gave, or a double free: ASan's own report */
    if (__sanitizer_get_ownership(p)) {
        size_t had = __sanitizer_get_allocated_size(p);
        if (small_class(size, align) != small_class(had, align)) {
            fflush(stdout);
            fprintf(stderr, "adac runtime: free of %zu bytes (alignment %zu) at %p, "
                            "allocated as %zu bytes\n", size, align, p, had);
            /* the trace and the summary go where ASan's reports go
             * (log_path), and the status is ASan's */
            __sanitizer_print_stack_trace();
            __sanitizer_report_error_summary("adac runtime: sized free of another size class");
            _Exit(1);
        }
    }
    free(p);
}
#else
#define ADART_SS_POISON(p, n) ((void)0)
#define ADART_SS_ALLOCATED(p, n, end) ((void)0)
#endif

void *__adac_rt_builtin_alloc(size_t size, size_t align)
{
    void *p;
#ifdef ADART_POOL_IS_MALLOC
    return asan_pool_alloc(size, align);
#endif

    int cls = small_class(size, align);
    if (cls >= 0) {
        p = __adac_free_lists[cls];
        if (p) {
            __adac_free_lists[cls] = *(void **)p;
            return p;
        }
        return refill_or_null(cls);
    }
    if (size == SIZE_MAX)
        return NULL;
    if (align <= alignof(max_align_t)) {
        p = malloc(size);
    } else {
        /* posix_memalign wants a multiple of sizeof (void *); ALIGN is a
         * power of two above alignof (max_align_t), so it is one. */
        if (posix_memalign(&p, align, size) != 0)
            p = NULL;
    }
    return p;
}

void *__adac_alloc(size_t size, size_t align)
{
    void *p = __adac_rt_builtin_alloc(size, align);
    if (p == NULL)
        storage_error(size == SIZE_MAX ? "System.Memory.Alloc: object too large"
                                       : "System.Memory.Alloc: heap exhausted");
    return p;
}

void __adac_free(void *p, size_t size, size_t align)
{
    if (p == NULL)
        return;
#ifdef ADART_POOL_IS_MALLOC
    asan_pool_free(p, size, align);
    return;
#endif
    int cls = small_class(size, align);
    if (cls >= 0) {
        *(void **)p = __adac_free_lists[cls];
        __adac_free_lists[cls] = p;
        return;
    }
    free(p);
}

/* ---- The secondary stack ----------------------------------------------- */

/* Size of the first chunk, and the least size of any chunk. */
#define SS_CHUNK_MIN ((size_t)64 * 1024)
/* Chunks double in size up to this; larger ones are only as big as needed. */
#define SS_CHUNK_GROW_MAX ((size_t)4 * 1024 * 1024)

/* One chunk of the secondary stack. */
struct ss_chunk {
    struct ss_chunk *prev;  /* chunk below this one; NULL for the first */
    struct ss_chunk *next;  /* chunk above, unused until ss_cur reaches it */
    unsigned char *data;    /* first usable byte, aligned for max_align_t */
    size_t size;            /* number of usable bytes at data */
};

/* Storage of the first chunk, so that most programs never call malloc. */
static alignas(max_align_t) unsigned char ss_first_data[SS_CHUNK_MIN];

/* The first chunk. */
static struct ss_chunk ss_first = {
    NULL, NULL, ss_first_data, sizeof ss_first_data
};

/* The chunk holding the top of the secondary stack. */
static struct ss_chunk *ss_cur = &ss_first;

/* Offset in ss_cur of the first free byte. */
static size_t ss_top;

/* Free CHUNK and every chunk above it. */
static void ss_free_chain(struct ss_chunk *chunk)
{
    while (chunk != NULL) {
        struct ss_chunk *next = chunk->next;

        free(chunk);
        chunk = next;
    }
}

/* A new heap chunk able to hold NEED bytes at any alignment up to ALIGN,
 * following a chunk of PREV_SIZE bytes. */
static struct ss_chunk *ss_new_chunk(size_t need, size_t align,
                                     size_t prev_size)
{
    const size_t header = (sizeof(struct ss_chunk) + alignof(max_align_t) - 1)
                          & ~(alignof(max_align_t) - 1);
    size_t size = prev_size <= SS_CHUNK_GROW_MAX / 2 ? 2 * prev_size
                                                     : SS_CHUNK_GROW_MAX;
    struct ss_chunk *chunk;

    /* Room for the worst padding before an object aligned beyond
     * max_align_t (chunk data are aligned for max_align_t already). */
    if (align > alignof(max_align_t)) {
        if (need > SIZE_MAX - align)
            storage_error("secondary stack exhausted");
        need += align;
    }
    if (size < need)
        size = need;
    if (size > SIZE_MAX - header)
        storage_error("secondary stack exhausted");
    chunk = malloc(header + size);
    if (chunk == NULL)
        storage_error("secondary stack exhausted");
    chunk->prev = NULL;
    chunk->next = NULL;
    chunk->data = (unsigned char *)chunk + header;
    chunk->size = size;
    ADART_SS_POISON(chunk->data, size);
    return chunk;
}

void *__adac_ss_alloc(size_t size, size_t align)
{
    if (align == 0)
        align = 1;
    for (;;) {
        uintptr_t base = (uintptr_t)ss_cur->data;
        uintptr_t addr = (base + ss_top + (align - 1)) & ~(uintptr_t)(align - 1);
        size_t offset = (size_t)(addr - base);
        struct ss_chunk *next;

        if (offset <= ss_cur->size && size <= ss_cur->size - offset) {
            ss_top = offset + size;
            ADART_SS_ALLOCATED((unsigned char *)addr, size, ss_cur->data + ss_cur->size);
            return (void *)addr;
        }

        /* Go on in the next chunk, replacing it (and the unused chunks
         * beyond) if it is too small for this request. */
        next = ss_cur->next;
        if (next == NULL || next->size < size
            || (align > alignof(max_align_t) && next->size - size < align)) {
            ss_free_chain(next);
            next = ss_new_chunk(size, align, ss_cur->size);
            next->prev = ss_cur;
            ss_cur->next = next;
        }
        ss_cur = next;
        ss_top = 0;
    }
}

void *__adac_ss_mark(void)
{
    return ss_cur->data + ss_top;
}

void __adac_ss_release(void *mark)
{
    uintptr_t m = (uintptr_t)mark;
    struct ss_chunk *chunk;

    /* The mark is nearly always in the current chunk; else search down. */
    for (chunk = ss_cur; chunk != NULL; chunk = chunk->prev) {
        uintptr_t base = (uintptr_t)chunk->data;

        if (m >= base && m - base <= chunk->size) {
#ifdef ADART_POOL_IS_MALLOC
            /* ASan: everything above the mark, in its chunk and those above */
            ADART_SS_POISON(mark, chunk->size - (size_t)(m - base));
            for (struct ss_chunk *c = chunk->next; c != NULL && c != ss_cur->next; c = c->next)
                ADART_SS_POISON(c->data, c->size);
#endif
            ss_cur = chunk;
            ss_top = (size_t)(m - base);
            return;
        }
    }
    fflush(stdout);
    fputs("adac runtime: invalid secondary stack mark\n", stderr);
    abort();
}

__adac_fat_string __adac_rt_ss_string(const char *data, int32_t first,
                                      int32_t last)
{
    size_t len = last >= first ? (size_t)((int64_t)last - first + 1) : 0;
    __adac_bounds *b = __adac_ss_alloc(sizeof *b + len, alignof(__adac_bounds));
    char *s = (char *)(b + 1);

    b->first = first;
    b->last = last;
    if (len > 0)
        memcpy(s, data, len);
    return (__adac_fat_string){ s, b };
}

/* ---- bounded pools: access types with a Storage_Size (13.11(18)) -------- */

/* The pool of an access type T with `for T'Storage_Size use N`: N bytes,
 * taken on T's first allocator, handed out in order; an allocator that
 * does not fit raises Storage_Error.  Freed objects are not reused (the
 * storage goes with the program). */
void *__adac_bounded_alloc(__adac_bounded_pool *p, int64_t capacity, size_t size, size_t align,
                           const char *file, int32_t line)
{
    if (p->mem == NULL && capacity > 0) {
        p->mem = malloc((size_t)capacity);
        p->capacity = p->mem ? (size_t)capacity : 0;
        p->used = 0;
    }
    if (align == 0)
        align = 1;
    size_t start = (p->used + align - 1) & ~(align - 1);
    if (p->mem == NULL || start > p->capacity || size > p->capacity - start) {
        static const char msg[] = "the storage of the access type (its Storage_Size) is exhausted";
        __adac_raise(&__adac_storage_error, file, line, msg, (int32_t)(sizeof msg - 1));
    }
    p->used = start + size;
    return p->mem + start;
}
