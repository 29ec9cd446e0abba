/*
 * cg_final.c: controlled types (RM 7.6) and their finalization (7.6.1).
 *
 * An object "needs finalization" when its type is controlled (a descendant
 * of Ada.Finalization.Controlled or Limited_Controlled) or has components
 * that need it.  For such objects:
 *   - default initialization calls Initialize, components first (7.6(10/2));
 *   - initialization and assignment by copy call Adjust (7.6(17), (17.1/3)),
 *     an assignment finalizing the target first;
 *   - leaving the master finalizes them in the reverse order of their
 *     creation, the object before its components (7.6.1(9/3)).
 * Objects allocated for an access type live in the access type's
 * collection, or, allocated from a subpool, in the subpool's list: each
 * has a header {next, pprev, finalizer, link} in front of it (see
 * runtime/final.c, which finalizes a subpool's objects).  A collection's
 * head is a global of the access type.
 * Unchecked_Deallocation unlinks and finalizes the object before freeing
 * it; leaving the access type's master finalizes and frees what is left
 * (7.6.1(11.1/3)).  A local access type saves and restores its list head,
 * so recursive activations each have their own collection.
 *
 * An anonymous object (a function result, an aggregate, a concatenation)
 * that an expression uses without taking it over is finalized at the end
 * of its statement or declaration (cg_borrow_temp, cg_finalize_temps).
 *
 * Not done yet: the anonymous objects of a statement that an exception
 * leaves.
 */
#include "cg.h"

#include "adart.h"

#include <string.h>

bool cg_needs_finalization(Type *t)
{
    return type_needs_finalization(t);
}

/* The primitive NAME (initialize, adjust, finalize) of controlled type T:
 * the one in the slot of Ada.Finalization's operation. */
static Entity *controlled_op(Type *t, const char *name)
{
    t = type_full(t);
    if (t->is_classwide)
        t = type_full(t->specific);
    t = t->base;
    for (int i = 0; i < t->prims.len; i++) {
        Entity *p = t->prims.data[i];
        if (p->kind == E_PROCEDURE && p->params.len == 1 && !strcmp(p->id->name, name))
            return p;
    }
    return NULL;
}

/* While cg_finalize_all runs: an i8 set when one of the Finalize calls
 * propagated an exception (each call then runs under a handler). */
static LLVMValueRef finalize_failed;

/* Call controlled operation NAME on the object at ADDR of type T;
 * dispatching when T is class-wide. */
static void call_op(const char *name, LLVMValueRef addr, Type *t)
{
    Entity *op = controlled_op(t, name);
    if (!op)
        return;
    if (finalize_failed) {
        /* 7.6.1(17): an exception from this Finalize is noted, and the
         * other finalizations go on */
        LLVMValueRef frame = cg_alloca(LLVMArrayType2(cg.i8, ADART_HANDLER_SIZE + 8), "fin.guard");
        LLVMSetAlignment(frame, 16);
        cg_call_rt("__adac_push_handler", &frame, 1);
        LLVMValueRef r = cg_call_rt("_setjmp", &frame, 1);
        LLVMBasicBlockRef call = cg_block("fin.call"), land = cg_block("fin.raised"), cont = cg_block("fin.next");
        LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntEQ, r, LLVMConstInt(cg.i32, 0, 0), ""), call, land);
        LLVMPositionBuilderAtEnd(cg.b, land);
        LLVMBuildStore(cg.b, LLVMConstInt(cg.i8, 1, 0), finalize_failed);
        LLVMBuildBr(cg.b, cont);
        LLVMPositionBuilderAtEnd(cg.b, call);
        cg_prim_call(op, type_full(t)->is_classwide, addr, NULL, 0);
        cg_call_rt("__adac_pop_handler", &frame, 1);
        LLVMBuildBr(cg.b, cont);
        LLVMPositionBuilderAtEnd(cg.b, cont);
        return;
    }
    cg_prim_call(op, type_full(t)->is_classwide, addr, NULL, 0);
}

/* Walk the parts of the object at ADDR of type T that need finalization,
 * in order (FORWARD) or in reverse, calling NAME: components before the
 * whole for Initialize and Adjust, after it for Finalize.  BOUNDS: the
 * bounds of an array object whose subtype does not give them (NULL
 * otherwise). */
static void deep(const char *name, LLVMValueRef addr, Type *t, LLVMValueRef bounds, bool whole_first)
{
    t = type_full(t);
    if (!type_needs_finalization(t))
        return;
    bool controlled = t->base->controlled || (t->is_classwide && type_full(t->specific)->base->controlled);
    if (t->is_classwide) {
        /* the specific type's parts are known to its operations only */
        call_op(name, addr, t);
        return;
    }
    if (whole_first && controlled)
        call_op(name, addr, t);
    if (t->kind == TY_RECORD) {
        int n = t->components.len;
        for (int k = 0; k < n; k++) {
            int i = whole_first ? n - 1 - k : k;
            Entity *c = t->components.data[i];
            if (type_needs_finalization(c->type))
                deep(name, cg_component_addr(addr, t, i, c->spelling), c->type, NULL, whole_first);
        }
    } else if (t->kind == TY_ARRAY && (t->constrained || bounds)) {
        /* every component, of every dimension, in the order of memory */
        LLVMValueRef n = cg_array_count((CgVal){addr, t->constrained ? NULL : bounds}, t);
        LLVMValueRef iv = cg_alloca(cg.i64, "fin.i");
        LLVMBuildStore(cg.b, LLVMConstInt(cg.i64, 0, 0), iv);
        LLVMBasicBlockRef head = cg_block("fin.head"), body = cg_block("fin.body"), done = cg_block("fin.done");
        LLVMBuildBr(cg.b, head);
        LLVMPositionBuilderAtEnd(cg.b, head);
        LLVMValueRef i = LLVMBuildLoad2(cg.b, cg.i64, iv, "");
        LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntSLT, i, n, ""), body, done);
        LLVMPositionBuilderAtEnd(cg.b, body);
        LLVMValueRef k = whole_first ? LLVMBuildSub(cg.b, LLVMBuildSub(cg.b, n, i, ""), LLVMConstInt(cg.i64, 1, 0), "") : i;
        LLVMValueRef off = LLVMBuildMul(cg.b, k, LLVMConstInt(cg.i64, cg_size(t->component), 0), "");
        deep(name, LLVMBuildGEP2(cg.b, cg.i8, addr, &off, 1, "elem"), t->component, NULL, whole_first);
        LLVMBuildStore(cg.b, LLVMBuildAdd(cg.b, i, LLVMConstInt(cg.i64, 1, 0), ""), iv);
        LLVMBuildBr(cg.b, head);
        LLVMPositionBuilderAtEnd(cg.b, done);
    }
    if (!whole_first && controlled)
        call_op(name, addr, t);
}

void cg_initialize(LLVMValueRef addr, Type *t) { deep("initialize", addr, t, NULL, false); }
void cg_adjust(LLVMValueRef addr, Type *t) { deep("adjust", addr, t, NULL, false); }
void cg_finalize(LLVMValueRef addr, Type *t) { deep("finalize", addr, t, NULL, true); }
void cg_adjust_array(LLVMValueRef addr, Type *t, LLVMValueRef bounds) { deep("adjust", addr, t, bounds, false); }
void cg_finalize_array(LLVMValueRef addr, Type *t, LLVMValueRef bounds) { deep("finalize", addr, t, bounds, true); }

/* Finalize the allocated object at OBJ of designated type T: an array of
 * an unconstrained type is its bounds, then its data. */
static void finalize_allocated(LLVMValueRef obj, Type *t)
{
    t = type_full(t);
    if (t->kind == TY_ARRAY && !t->constrained) {
        LLVMValueRef off[1] = {LLVMConstInt(cg.i64, cg_bounds_size(t), 0)};
        deep("finalize", LLVMBuildGEP2(cg.b, cg.i8, obj, off, 1, "data"), t, obj, true);
        return;
    }
    deep("finalize", obj, t, NULL, true);
}

/* The number of Finalize calls finalizing an object of type T makes: 0, 1,
 * or 2 for more than one (arrays: any number). */
static int finalize_calls(Type *t, int depth)
{
    t = type_full(t);
    if (!t || !type_needs_finalization(t))
        return 0;
    if (t->is_classwide || depth > 8)
        return 1 + (depth > 8);
    int n = t->base->controlled && controlled_op(t, "finalize") ? 1 : 0;
    if (t->kind == TY_ARRAY)
        return 2;
    if (t->kind == TY_RECORD)
        for (int i = 0; i < t->components.len && n < 2; i++)
            n += finalize_calls(((Entity *)t->components.data[i])->type, depth + 1);
    return n < 2 ? n : 2;
}

bool cg_finalize_is_one_call(Type *t)
{
    t = type_full(t);
    return !(t->kind == TY_ARRAY && !t->constrained) && finalize_calls(t, 0) == 1;
}

void cg_finalize_all(LLVMValueRef addr, Type *t, LLVMValueRef failed, Loc loc)
{
    if (!failed) {
        /* one Finalize: nothing else to finalize if it propagates an
         * exception, which a translator frame turns into Program_Error
         * (7.6.1(17)), without the cost of a set-jump per object */
        LLVMValueRef frame = cg_alloca(LLVMArrayType2(cg.i8, ADART_HANDLER_SIZE), "fin.translator");
        LLVMSetAlignment(frame, 16);
        LLVMValueRef args[3] = {frame, cg_file_name(loc.file), LLVMConstInt(cg.i32, (unsigned)loc.line, 0)};
        cg_call_rt("__adac_push_translator", args, 3);
        finalize_allocated(addr, t);
        cg_call_rt("__adac_pop_handler", &frame, 1);
        return;
    }
    LLVMValueRef saved = finalize_failed;
    finalize_failed = failed;
    finalize_allocated(addr, t);
    finalize_failed = saved;
}

/* ---- collections of access types ---------------------------------------------------- */

/* The list head of access type ACC's collection: { ptr first }. */
LLVMValueRef cg_collection(Type *acc)
{
    acc = type_full(acc)->base;
    /* each anonymous access type has a collection of its own (7.6.1(11.1/3)) */
    return cg_internal_global(acc->ent ? arena_printf("%s.collection", acc->ent->ext_name ? acc->ent->ext_name
                                                      : acc->ent->spelling)
                                       : arena_printf("anon.%p.collection", (void *)acc), cg.ptr);
}

/* Set while ACC's collection is being finalized: an allocator then raises
 * Program_Error (4.8(10.2/2)). */
LLVMValueRef cg_collection_closing(Type *acc)
{
    return cg_internal_global(arena_printf("%s.closing", LLVMGetValueName(cg_collection(acc))), cg.i8);
}

/* The finalizer of the objects of type T, for lists that mix types (a
 * subpool's): a function (link, object) that finalizes the object, LINK
 * being the frame of the subprogram that declares T (NULL at library
 * level), which T's operations may need. */
static LLVMValueRef finalizer(Type *t)
{
    t = type_full(t);
    Type *b = t->is_classwide ? type_full(t->specific)->base : t->base;
    const char *name = arena_printf("%s.finalizer%s", b->ent && b->ent->ext_name ? b->ent->ext_name
                                    : b->ent ? b->ent->spelling : "anon", t->is_classwide ? ".class" : "");
    LLVMValueRef f = LLVMGetNamedFunction(cg.mod, name);
    if (f)
        return f;
    LLVMTypeRef pt[2] = {cg.ptr, cg.ptr};
    f = LLVMAddFunction(cg.mod, name, LLVMFunctionType(cg.void_t, pt, 2, 0));
    LLVMSetLinkage(f, LLVMInternalLinkage);
    LLVMBasicBlockRef saved_bb = LLVMGetInsertBlock(cg.b);
    LLVMMetadataRef saved_loc = LLVMGetCurrentDebugLocation2(cg.b);
    Cg saved = cg;
    /* generated as if nested in T's declaring subprogram */
    Entity *fake = arena_alloc(sizeof *fake);
    fake->kind = E_PROCEDURE;
    fake->depth = b->ent ? b->ent->depth : 0;
    cg.subp = fake;
    cg.fn = f;
    cg.frame = NULL;
    cg.static_link = LLVMGetParam(f, 0);
    cg_fresh_stacks();
    cg.volatile_locals = false;
    cg.di_scope = NULL;
    LLVMSetCurrentDebugLocation2(cg.b, NULL);
    LLVMPositionBuilderAtEnd(cg.b, LLVMAppendBasicBlockInContext(cg.ctx, f, "entry"));
    finalize_allocated(LLVMGetParam(f, 1), t);
    LLVMBuildRetVoid(cg.b);
    cg = saved;
    LLVMPositionBuilderAtEnd(cg.b, saved_bb);
    LLVMSetCurrentDebugLocation2(cg.b, saved_loc);
    return f;
}

/* Link the block at P (header, then object) first into the objects of
 * subpool H if H is not NULL, else into ACC's collection.  The header is
 * { next, the address of the pointer to this block, finalizer, link }, so
 * that a block leaves its list without knowing which it is. */
void cg_collection_link(Type *acc, LLVMValueRef h, LLVMValueRef p)
{
    acc = type_full(acc)->base;
    Type *d = type_full(acc->designated);
    LLVMValueRef head;
    if (h) {
        LLVMValueRef off[1] = {LLVMConstInt(cg.i64, CG_SUBPOOL_OBJECTS, 0)};
        head = LLVMBuildGEP2(cg.b, cg.i8, h, off, 1, "subpool.objects");
    } else {
        head = cg_collection(acc);
    }
    LLVMValueRef at[3];
    for (int k = 0; k < 3; k++) {
        LLVMValueRef idx[1] = {LLVMConstInt(cg.i64, (unsigned)k + 1, 0)};
        at[k] = LLVMBuildGEP2(cg.b, cg.ptr, p, idx, 1, "");
    }
    LLVMValueRef first = LLVMBuildLoad2(cg.b, cg.ptr, head, "coll.first");
    LLVMBuildStore(cg.b, first, p);                     /* next */
    LLVMBuildStore(cg.b, head, at[0]);                  /* where the pointer to it is */
    if (h) {
        Type *b = d->is_classwide ? type_full(d->specific)->base : d->base;
        int depth = b->ent ? b->ent->depth : 0;
        LLVMBuildStore(cg.b, finalizer(d), at[1]);
        LLVMBuildStore(cg.b, depth > 0 ? frame_at_depth(depth) : LLVMConstNull(cg.ptr), at[2]);
    }
    LLVMBasicBlockRef back = cg_block("coll.back"), done = cg_block("coll.linked");
    LLVMBuildCondBr(cg.b, LLVMBuildIsNull(cg.b, first, ""), done, back);
    LLVMPositionBuilderAtEnd(cg.b, back);
    LLVMValueRef one[1] = {LLVMConstInt(cg.i64, 1, 0)};
    LLVMBuildStore(cg.b, p, LLVMBuildGEP2(cg.b, cg.ptr, first, one, 1, ""));   /* first's pprev = &p->next */
    LLVMBuildBr(cg.b, done);
    LLVMPositionBuilderAtEnd(cg.b, done);
    LLVMBuildStore(cg.b, p, head);
}

/* Unlink the block at P from whichever list holds it. */
void cg_collection_unlink(LLVMValueRef p)
{
    LLVMValueRef one[1] = {LLVMConstInt(cg.i64, 1, 0)};
    LLVMValueRef next = LLVMBuildLoad2(cg.b, cg.ptr, p, "coll.next");
    LLVMValueRef pprev = LLVMBuildLoad2(cg.b, cg.ptr, LLVMBuildGEP2(cg.b, cg.ptr, p, one, 1, ""), "coll.pprev");
    LLVMBuildStore(cg.b, next, pprev);
    LLVMBasicBlockRef fix = cg_block("coll.fix"), done = cg_block("coll.unlinked");
    LLVMBuildCondBr(cg.b, LLVMBuildIsNull(cg.b, next, ""), done, fix);
    LLVMPositionBuilderAtEnd(cg.b, fix);
    LLVMBuildStore(cg.b, pprev, LLVMBuildGEP2(cg.b, cg.ptr, next, one, 1, ""));
    LLVMBuildBr(cg.b, done);
    LLVMPositionBuilderAtEnd(cg.b, done);
}

/* Finalize and free every object left in ACC's collection (7.6.1(11.1/3)).
 * Inline, in the master's function: the operations may need its frame. */
void cg_collection_finalize(Type *acc)
{
    acc = type_full(acc)->base;
    LLVMValueRef head = cg_collection(acc);
    LLVMValueRef closing = cg_collection_closing(acc);
    LLVMBuildStore(cg.b, LLVMConstInt(cg.i8, 1, 0), closing);
    LLVMBasicBlockRef loop = cg_block("coll.next"), each = cg_block("coll.finalize"), done = cg_block("coll.done");
    LLVMBuildBr(cg.b, loop);
    LLVMPositionBuilderAtEnd(cg.b, loop);
    LLVMValueRef p = LLVMBuildLoad2(cg.b, cg.ptr, head, "coll.block");
    LLVMBuildCondBr(cg.b, LLVMBuildIsNull(cg.b, p, ""), done, each);
    LLVMPositionBuilderAtEnd(cg.b, each);
    /* unlinked first: a Finalize that frees other objects of the
     * collection finds them linked or gone, never half-done */
    cg_collection_unlink(p);
    LLVMValueRef off[1] = {LLVMConstInt(cg.i64, CG_COLLECTION_HEADER, 0)};
    LLVMValueRef obj = LLVMBuildGEP2(cg.b, cg.i8, p, off, 1, "coll.object");
    finalize_allocated(obj, acc->designated);
    cg_free_block(acc, p, obj);
    LLVMBuildBr(cg.b, loop);
    LLVMPositionBuilderAtEnd(cg.b, done);
    LLVMBuildStore(cg.b, LLVMConstNull(cg.i8), closing);
}

/* ---- masters: what leaving a scope finalizes ------------------------------------------ */

static void guard(int i);

/* Library-level cleanups run after the main subprogram (10.2(25)). */
static Vec lib_cleanups;   /* CgCleanup* */

void cg_cleanup_object(LLVMValueRef addr, Type *t, LLVMValueRef bounds)
{
    CgCleanup c = {addr, t, NULL, NULL, NULL, bounds};
    if (!cg.subp) {
        if (!LLVMIsConstant(addr))
            return;      /* a library-level object on the heap: not finalized yet */
        CgCleanup *p = arena_alloc(sizeof *p);
        *p = c;
        vec_push(&lib_cleanups, p);
        return;
    }
    CgCleanup *slot = CG_PUSH(cleanups);
    *slot = c;
    guard(cg.n_cleanups - 1);
}

void cg_cleanup_collection(Type *acc)
{
    if (!cg.subp) {
        CgCleanup *p = arena_alloc(sizeof *p);
        *p = (CgCleanup){NULL, NULL, acc, NULL, NULL, NULL};
        vec_push(&lib_cleanups, p);
        return;
    }
    /* a new collection for this activation: the enclosing one's is kept */
    LLVMValueRef head = cg_collection(acc);
    LLVMValueRef saved = cg_alloca(cg.ptr, "coll.saved");
    LLVMBuildStore(cg.b, LLVMBuildLoad2(cg.b, cg.ptr, head, ""), saved);
    LLVMBuildStore(cg.b, LLVMConstNull(cg.ptr), head);
    CgCleanup *slot = CG_PUSH(cleanups);
    *slot = (CgCleanup){NULL, NULL, acc, saved, NULL, NULL};
    guard(cg.n_cleanups - 1);
}

static void run_cleanup(CgCleanup *c);

/* Guard cleanup I (just registered) against exceptions: a handler whose
 * landing finalizes it and propagates the exception on (7.6.1(3/2):
 * leaving a master by an exception finalizes too). */
static void guard(int i)
{
    CgCleanup c0 = cg.cleanups[i], *c = &c0;   /* the stack may move below */
    LLVMValueRef frame = cg_alloca(LLVMArrayType2(cg.i8, ADART_HANDLER_SIZE + 8), "cleanup.guard");
    LLVMSetAlignment(frame, 16);
    if (c->addr) {
        /* the object's address goes where the runtime can see it: stores
         * into the object before a raise then reach the landing (LLVM sees
         * no edge from a raise back to the setjmp) */
        LLVMValueRef off[1] = {LLVMConstInt(cg.i64, ADART_HANDLER_SIZE, 0)};
        LLVMBuildStore(cg.b, c->addr, LLVMBuildGEP2(cg.b, cg.i8, frame, off, 1, "guard.object"));
    }
    cg_call_rt("__adac_push_handler", &frame, 1);
    LLVMValueRef r = cg_call_rt("_setjmp", &frame, 1);
    LLVMBasicBlockRef land = cg_block("cleanup.landing"), cont = cg_block("cleanup.armed");
    LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntEQ, r, LLVMConstInt(cg.i32, 0, 0), ""), cont, land);
    LLVMPositionBuilderAtEnd(cg.b, land);
    run_cleanup(c);
    cg_call_rt("__adac_reraise", NULL, 0);
    LLVMBuildUnreachable(cg.b);
    LLVMPositionBuilderAtEnd(cg.b, cont);
    cg.cleanups[i].guard = frame;
    CgHandler *h = CG_PUSH(handlers);
    h->frame = frame;
    h->cleanup = true;
}

static void run_cleanup(CgCleanup *c)
{
    if (c->collection) {
        cg_collection_finalize(c->collection);
        if (c->saved)
            LLVMBuildStore(cg.b, LLVMBuildLoad2(cg.b, cg.ptr, c->saved, ""), cg_collection(c->collection));
    } else {
        cg_finalize_array(c->addr, c->type, c->bounds);
    }
}

/* Finalize, in reverse order, what the scopes down to cleanup depth DEPTH
 * created (leaving them by their end, a return or an exit). */
void cg_run_cleanups(int depth)
{
    for (int i = cg.n_cleanups - 1; i >= depth; i--) {
        if (cg.cleanups[i].guard)
            cg_call_rt("__adac_pop_handler", &cg.cleanups[i].guard, 1);
        run_cleanup(&cg.cleanups[i]);
    }
}

void cg_finalize_library(void)
{
    for (int i = lib_cleanups.len - 1; i >= 0; i--)
        run_cleanup(lib_cleanups.data[i]);
    lib_cleanups = (Vec){0};
}

/* ---- anonymous objects of a statement (7.6.1(13/3)) ----------------------------------------- */

/* A local pointer, null from the function's entry on. */
static LLVMValueRef null_slot(const char *name)
{
    LLVMValueRef slot = cg_alloca(cg.ptr, name);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg.ctx);
    LLVMValueRef after = LLVMGetNextInstruction(slot);
    if (after)
        LLVMPositionBuilderBefore(b, after);
    else
        LLVMPositionBuilderAtEnd(b, LLVMGetInstructionParent(slot));
    LLVMBuildStore(b, LLVMConstNull(cg.ptr), slot);
    LLVMDisposeBuilder(b);
    return slot;
}

void cg_borrow_temp(Node *x, CgVal v)
{
    if (!x || !x->ty || !v.v || cg_built_by_copy(x))
        return;
    Type *t = type_full(x->ty);
    if (!cg_needs_finalization(t) || (t->kind == TY_ARRAY && !t->constrained && !v.bounds))
        return;
    /* the slot is null from the function's entry on, and again after
     * each finalization: a statement that skips the object's creation
     * (a short circuit, a conditional expression) finalizes nothing */
    CgTemp *tmp = CG_PUSH(temps);
    tmp->type = t;
    tmp->slot = null_slot("temp.slot");
    tmp->bounds = NULL;
    if (t->kind == TY_ARRAY && !t->constrained) {
        tmp->bounds = cg_alloca(cg.ptr, "temp.bounds");
        cg_store(v.bounds, tmp->bounds);
    }
    cg_store(v.v, tmp->slot);
}

void cg_finalize_temps(int depth)
{
    if (cg.n_temps <= depth)
        return;
    if (!cg_terminated())
        for (int i = cg.n_temps - 1; i >= depth; i--) {
            CgTemp *tmp = &cg.temps[i];
            LLVMValueRef p = cg_load(cg.ptr, tmp->slot, "temp");
            LLVMBasicBlockRef fin = cg_block("temp.finalize"), next = cg_block("temp.done");
            LLVMBuildCondBr(cg.b, LLVMBuildIsNull(cg.b, p, "temp.none"), next, fin);
            LLVMPositionBuilderAtEnd(cg.b, fin);
            cg_store(LLVMConstNull(cg.ptr), tmp->slot);
            cg_finalize_array(p, tmp->type, tmp->bounds ? cg_load(cg.ptr, tmp->bounds, "temp.bounds") : NULL);
            LLVMBuildBr(cg.b, next);
            LLVMPositionBuilderAtEnd(cg.b, next);
        }
    cg.n_temps = depth;
}
