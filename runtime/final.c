/*
 * final.c: finalization of the objects of a subpool (RM 13.11.5).
 *
 * The generated code puts every object that needs finalization and is
 * allocated from a subpool at the head of the subpool's list of objects.
 * Each block starts with a header (codegen/cg.h, CG_COLLECTION_HEADER):
 *   { next block, address of the pointer to this block, finalizer, link }
 * and the object follows it.  The finalizer is a generated function that
 * finalizes an object of the block's type; LINK is the frame it needs.
 *
 * Root_Subpool's layout (lib/adainclude/system-storage_pools-subpools.ads):
 *   { tag, Owner (the pool), Objects (the list), Next, Prev (the pool's
 *     other subpools) }
 * and Root_Storage_Pool_With_Subpools': { tag, Subpools (the list) }.
 */
#include <stddef.h>

#include "adart.h"

struct block {
    struct block *next;
    struct block **pprev;
    void (*finalizer)(void *link, void *object);
    void *link;
};

struct subpool {
    const void *tag;
    struct pool *owner;
    struct block *objects;
    struct subpool *next, *prev;
};

struct pool {
    const void *tag;
    struct subpool *subpools;
};

/* 13.11.5(5/3 - 7/3): the subpool leaves its pool, and the objects
 * allocated in it that still exist are finalized, the most recent first.
 * Their storage goes with the subpool (Deallocate_Subpool). */
void __adac_finalize_subpool(void *subpool)
{
    struct subpool *s = subpool;
    if (s->owner != NULL) {
        if (s->prev != NULL)
            s->prev->next = s->next;
        else
            s->owner->subpools = s->next;
        if (s->next != NULL)
            s->next->prev = s->prev;
        s->next = s->prev = NULL;
    }
    /* the owner stays: Deallocate_Subpool is called with it (13.11.5(8/3)) */
    struct block *b;
    while ((b = s->objects) != NULL) {
        s->objects = b->next;
        if (b->next != NULL)
            b->next->pprev = &s->objects;
        b->next = NULL;
        b->pprev = NULL;
        b->finalizer(b->link, b + 1);
    }
}
