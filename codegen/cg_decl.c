/*
 * cg_decl.c: declarations, subprogram bodies and library units.
 *
 * Objects of library level are globals; the others live in the frame of
 * their subprogram (allocas).  Objects that a nested subprogram refers to
 * (sema marks them `uplevel`) are also reachable through the subprogram's
 * up-level frame: an array of pointers whose slot 0 is the static link (the
 * frame of the enclosing subprogram) and whose other slots hold the
 * addresses of those objects.  A nested subprogram receives the frame of
 * its enclosing subprogram as a hidden first parameter.
 *
 * A package's declarations and statements are elaborated by an elaboration
 * procedure (pkg___elabs for the declaration, pkg___elabb for the body) that
 * main() calls in elaboration order.
 */
#include "cg.h"

#include <string.h>

extern Vec cg_elab_fns;

/* ---- up-level frames ---------------------------------------------------- */

typedef struct Scan {
    int slots;                 /* frame slots assigned so far (slot 0 = link) */
    bool has_nested;           /* the body declares subprogram bodies */
    bool has_handlers;         /* the body has exception handlers */
} Scan;

static void scan_stmts(Vec *stmts, Scan *s);

static void scan_entity(Entity *e, Scan *s)
{
    if (e && e->uplevel) {
        CgObj *o = cg_obj(e);
        o->frame_index = s->slots++;
    }
}

static void scan_decls(Vec *decls, Scan *s)
{
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->data[i];
        if (d->kind == N_OBJECT_DECL)
            for (int k = 0; k < d->ids.len; k++)
                scan_entity(((Node *)d->ids.data[k])->ent, s);
        else if (d->kind == N_SUBPROGRAM_BODY)
            s->has_nested = true;
        else if (d->kind == N_PACKAGE_SPEC) {
            scan_decls(&d->list, s);
            scan_decls(&d->list2, s);
        } else if (d->kind == N_PACKAGE_BODY) {
            scan_decls(&d->list, s);
            scan_stmts(&d->list2, s);
            if (d->list3.len)
                s->has_handlers = true;
        }
    }
}

static void scan_stmts(Vec *stmts, Scan *s)
{
    for (int i = 0; i < stmts->len; i++) {
        Node *st = stmts->data[i];
        switch (st->kind) {
        case N_BLOCK:
            scan_decls(&st->list, s);
            scan_stmts(&st->list2, s);
            if (st->list3.len)
                s->has_handlers = true;
            for (int k = 0; k < st->list3.len; k++)
                scan_stmts(&((Node *)st->list3.data[k])->list, s);
            break;
        case N_LOOP:
            if (st->right)
                scan_entity(st->right->ent, s);
            scan_stmts(&st->list, s);
            break;
        case N_IF:
            for (int k = 0; k < st->list.len; k++)
                scan_stmts(&((Node *)st->list.data[k])->list, s);
            scan_stmts(&st->list2, s);
            break;
        case N_CASE:
            for (int k = 0; k < st->list.len; k++)
                scan_stmts(&((Node *)st->list.data[k])->list, s);
            break;
        default:
            break;
        }
    }
}

CgObj *cg_obj(Entity *e)
{
    if (!e->cg) {
        CgObj *o = arena_alloc(sizeof *o);
        o->frame_index = -1;
        e->cg = o;
    }
    return e->cg;
}

/* Record the address of object E, and publish it in the frame if needed. */
static void bind_object(Entity *e, LLVMValueRef addr)
{
    CgObj *o = cg_obj(e);
    o->addr = addr;
    if (o->frame_index > 0 && cg.frame) {
        LLVMValueRef idx[1] = {LLVMConstInt(cg.i32, (unsigned)o->frame_index, 0)};
        LLVMValueRef slot = LLVMBuildGEP2(cg.b, cg.ptr, cg.frame, idx, 1, arena_printf("%s.slot", e->spelling));
        LLVMBuildStore(cg.b, addr, slot);
    }
}

/* ---- subtypes with dynamic bounds ------------------------------------------ */

typedef struct CgBounds {
    LLVMValueRef lo, hi;       /* allocas or globals holding the bounds */
} CgBounds;

void cg_elaborate_subtype(Type *t)
{
    if (!t || t->cg || t->kind == TY_RECORD)
        return;
    if (type_is_scalar(t) && !t->static_bounds && t->lo_expr) {
        CgBounds *b = arena_alloc(sizeof *b);
        LLVMTypeRef lt = cg_type(t->base);
        LLVMValueRef lo = cg_scalar(t->lo_expr), hi = cg_scalar(t->hi_expr);
        if (cg.subp) {
            b->lo = cg_alloca(lt, "subtype.lo");
            b->hi = cg_alloca(lt, "subtype.hi");
        } else {
            b->lo = LLVMAddGlobal(cg.mod, lt, "subtype.lo");
            b->hi = LLVMAddGlobal(cg.mod, lt, "subtype.hi");
            LLVMSetLinkage(b->lo, LLVMInternalLinkage);
            LLVMSetLinkage(b->hi, LLVMInternalLinkage);
            LLVMSetInitializer(b->lo, LLVMConstNull(lt));
            LLVMSetInitializer(b->hi, LLVMConstNull(lt));
        }
        cg_store(lo, b->lo);
        cg_store(hi, b->hi);
        t->cg = b;
    }
    if (t->kind == TY_ARRAY)
        for (int i = 0; i < t->indexes.len; i++)
            cg_elaborate_subtype(t->indexes.data[i]);
}

/* ---- objects --------------------------------------------------------------------- */

static void object_decl(Node *d)
{
    Type *t = d->type->ty;
    if (!t)
        return;
    cg_elaborate_subtype(t);
    for (int i = 0; i < d->ids.len; i++) {
        Entity *e = ((Node *)d->ids.data[i])->ent;
        if (!e)
            continue;
        Type *ft = type_full(t);
        LLVMTypeRef mt = cg_mem_type(t);
        LLVMValueRef addr;
        if (ft->kind == TY_ARRAY && !ft->constrained && d->init) {
            /* an unconstrained array object takes its bounds from its
             * initial value (3.3.1(9)): keep a copy of data and bounds */
            CgVal v = cg_expr(d->init);
            CgObj *o = cg_obj(e);
            o->bounds = v.bounds;
            bind_object(e, v.v);
            continue;
        }
        if (e->depth == 0) {
            addr = LLVMAddGlobal(cg.mod, mt, e->ext_name);
            LLVMSetInitializer(addr, LLVMConstNull(mt));
            LLVMSetAlignment(addr, cg_align(t));
        } else {
            addr = cg_alloca(mt, e->spelling);
        }
        bind_object(e, addr);
        if (d->init) {
            Node target = {0};
            target.kind = N_IDENT;
            target.ent = e;
            target.ty = t;
            target.loc = e->loc;
            cg_assign(&target, d->init);
        } else {
            cg_init_default(addr, t);
        }
    }
}

/* ---- subprogram bodies -------------------------------------------------------------- */

void cg_subprogram_body(Node *body)
{
    Entity *s = body->ent;
    if (!s)
        return;
    Cg saved = cg;
    LLVMBasicBlockRef saved_bb = LLVMGetInsertBlock(cg.b);

    cg.fn = cg_function(s);
    cg.subp = s;
    cg.n_handlers = 0;
    cg.n_loops = 0;
    cg.frame = NULL;
    cg.static_link = NULL;
    LLVMPositionBuilderAtEnd(cg.b, cg_block("entry"));
    cg_di_function(cg.fn, s, body->loc);

    Scan sc = {.slots = 1};
    for (int i = 0; i < s->params.len; i++)
        scan_entity(s->params.data[i], &sc);
    scan_decls(&body->list, &sc);
    scan_stmts(&body->list2, &sc);
    sc.has_handlers |= body->list3.len > 0;
    cg.volatile_locals = sc.has_handlers;

    unsigned pi = 0;
    if (s->depth > 0) {
        cg.static_link = LLVMGetParam(cg.fn, pi++);
        LLVMSetValueName2(cg.static_link, "static.link", 11);
    }
    if (sc.has_nested || sc.slots > 1) {
        cg.frame = cg_alloca(LLVMArrayType2(cg.ptr, (uint64_t)sc.slots), "frame");
        LLVMValueRef link = cg.static_link ? cg.static_link : LLVMConstNull(cg.ptr);
        LLVMBuildStore(cg.b, link, cg.frame);
    }
    for (int i = 0; i < s->params.len; i++) {
        Entity *f = s->params.data[i];
        Type *t = type_full(f->type);
        CgObj *o = cg_obj(f);
        if (t && t->kind == TY_ARRAY && !t->constrained) {
            LLVMValueRef data = LLVMGetParam(cg.fn, pi++), bounds = LLVMGetParam(cg.fn, pi++);
            LLVMSetValueName2(data, f->spelling, strlen(f->spelling));
            const char *bn = arena_printf("%s.bounds", f->spelling);
            LLVMSetValueName2(bounds, bn, strlen(bn));
            o->bounds = bounds;
            bind_object(f, data);
            continue;
        }
        LLVMValueRef p = LLVMGetParam(cg.fn, pi++);
        LLVMSetValueName2(p, f->spelling, strlen(f->spelling));
        if (t && (t->kind == TY_ARRAY || t->kind == TY_RECORD || f->mode != MODE_IN)) {
            bind_object(f, p);
        } else {
            LLVMValueRef a = cg_alloca(cg_mem_type(f->type), arena_printf("%s.addr", f->spelling));
            LLVMValueRef v = p;
            if (LLVMTypeOf(v) == cg.i1)
                v = LLVMBuildZExt(cg.b, v, cg.i8, "");
            cg_store(v, a);
            bind_object(f, a);
        }
    }
    cg_decls(&body->list);
    cg_handled(&body->list2, &body->list3);
    if (!cg_terminated()) {
        if (s->kind == E_FUNCTION) {
            /* 6.5(20): falling off the end of a function */
            LLVMValueRef args[2] = {cg_file_name(body->loc.file), LLVMConstInt(cg.i32, (unsigned)body->loc.line, 0)};
            cg_call_rt("__adac_rcheck_PE_Missing_Return", args, 2);
            LLVMBuildUnreachable(cg.b);
        } else {
            LLVMBuildRetVoid(cg.b);
        }
    }
    cg = saved;
    if (saved_bb)
        LLVMPositionBuilderAtEnd(cg.b, saved_bb);
    /* back in the enclosing function: its debug scope again */
    LLVMSetCurrentDebugLocation2(cg.b, NULL);
    cg_set_loc(body->loc);
}

/* ---- declarative parts ----------------------------------------------------------------- */

static void package_decls(Node *p);

void cg_decls(Vec *decls)
{
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->data[i];
        switch (d->kind) {
        case N_OBJECT_DECL:
            object_decl(d);
            break;
        case N_TYPE_DECL:
            if (d->ent && d->ent->type)
                cg_elaborate_subtype(d->ent->type);
            break;
        case N_SUBTYPE_DECL:
            if (d->ent && d->ent->type)
                cg_elaborate_subtype(d->ent->type);
            break;
        case N_SUBPROGRAM_BODY:
            cg_subprogram_body(d);
            break;
        case N_PACKAGE_SPEC:
            package_decls(d);
            break;
        case N_PACKAGE_BODY:
            cg_decls(&d->list);
            cg_handled(&d->list2, &d->list3);
            break;
        default:
            break;
        }
    }
}

static void package_decls(Node *p)
{
    cg_decls(&p->list);
    cg_decls(&p->list2);
}

/* ---- library units --------------------------------------------------------------------- */

static void elab_function(Node *item, const char *suffix)
{
    Entity *pkg = item->ent;
    if (!pkg)
        return;
    LLVMValueRef f = LLVMAddFunction(cg.mod, arena_printf("%s___%s", pkg->ext_name, suffix),
                                     LLVMFunctionType(cg.void_t, NULL, 0, 0));
    Cg saved = cg;
    cg.fn = f;
    cg.subp = NULL;
    cg.frame = NULL;
    cg.static_link = NULL;
    cg.n_handlers = 0;
    cg.volatile_locals = item->list3.len > 0;
    LLVMPositionBuilderAtEnd(cg.b, cg_block("entry"));
    cg_di_function(f, NULL, (Loc){0});
    if (item->kind == N_PACKAGE_SPEC) {
        package_decls(item);
    } else {
        cg_decls(&item->list);
        cg_handled(&item->list2, &item->list3);
    }
    if (!cg_terminated())
        LLVMBuildRetVoid(cg.b);
    cg = saved;
    LLVMSetCurrentDebugLocation2(cg.b, NULL);
    vec_push(&cg_elab_fns, f);
}

void cg_unit(Node *cu)
{
    Node *item = cu->expr;
    switch (item->kind) {
    case N_SUBPROGRAM_BODY:
        cg_subprogram_body(item);
        break;
    case N_PACKAGE_SPEC:
        elab_function(item, "elabs");
        break;
    case N_PACKAGE_BODY:
        elab_function(item, "elabb");
        break;
    default:
        break;
    }
}
