/*
 * util.c: the arena every stage allocates from, growable vectors, and the
 * table of interned identifiers.
 *
 * The arena hands out zeroed memory from large blocks and never frees: a
 * compilation is short, and its data (tokens, tree, entities, types) all
 * live until the object file is written.
 */
#include "frontend.h"

#include <stdlib.h>
#include <string.h>

enum { ARENA_BLOCK = 1 << 20 };

typedef struct Block {
    struct Block *prev;        /* the block filled before this one */
    size_t used;               /* bytes handed out from data */
    size_t size;               /* capacity of data */
    _Alignas(16) unsigned char data[];
} Block;

static Block *arena;

void *arena_alloc(size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (!arena || arena->used + size > arena->size) {
        size_t cap = size > ARENA_BLOCK ? size : ARENA_BLOCK;
        Block *b = calloc(1, sizeof(Block) + cap);
        if (!b)
            fatal("out of memory");
        b->size = cap;
        b->prev = arena;
        arena = b;
    }
    void *p = arena->data + arena->used;
    arena->used += size;
    return p;
}

char *arena_strndup(const char *s, size_t n)
{
    char *p = arena_alloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_strdup(const char *s) { return arena_strndup(s, strlen(s)); }

char *arena_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = arena_alloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

_Noreturn void fatal(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("adac: fatal error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
#ifdef ADAC_FUZZ
    /* In the fuzzers (fuzz/) the compiler runs in a forked child of the
     * libFuzzer process: exit() would run libFuzzer's atexit handler in the
     * child; the harness ends the child itself, and counts an "internal
     * error" as a bug found. */
    adac_fuzz_exit(1, fmt);
#else
    exit(1);
#endif
}

void vec_push(Vec *v, void *x)
{
    if (v->len == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void **d = arena_alloc(sizeof(void *) * (size_t)cap);
        if (v->len)
            memcpy(d, v->data, sizeof(void *) * (size_t)v->len);
        v->data = d;
        v->cap = cap;
    }
    v->data[v->len++] = x;
}

/* ---- interned identifiers ---------------------------------------------- */

enum { INTERN_BUCKETS = 1 << 14 };
static Ident *intern_table[INTERN_BUCKETS];

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

Ident *intern(const char *s, size_t len)
{
    unsigned h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)lower(s[i])) * 16777619u;
    Ident **slot = &intern_table[h & (INTERN_BUCKETS - 1)];
    for (Ident *id = *slot; id; id = id->hash_next) {
        size_t k = 0;
        while (k < len && id->name[k] && id->name[k] == lower(s[k]))
            k++;
        if (k == len && id->name[k] == 0)
            return id;
    }
    Ident *id = arena_alloc(sizeof *id);
    char *name = arena_alloc(len + 1);
    for (size_t i = 0; i < len; i++)
        name[i] = (char)lower(s[i]);
    id->name = name;
    id->hash_next = *slot;
    *slot = id;
    return id;
}
