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
        Type *t = e->type ? type_full(e->type) : NULL;
        if (t && t->kind == TY_ARRAY && !t->constrained)
            o->bounds_index = s->slots++;  /* its bounds too: nested bodies index it */
    }
}

/* A subtype with dynamic bounds declared in the subprogram: its bounds
 * get frame slots, so that nested subprograms can read them. */
static void scan_type(Type *t, Scan *s)
{
    if (!t)
        return;
    if (t->kind == TY_ARRAY) {
        for (int i = 0; i < t->indexes.len; i++)
            scan_type(t->indexes.data[i], s);
        return;
    }
    if (!type_is_scalar(t) || t->static_bounds || !t->lo_expr || t->cg || type_depends_on_discriminant(t))
        return;
    CgBounds *b = arena_alloc(sizeof *b);
    b->slot_lo = s->slots++;
    b->slot_hi = s->slots++;
    t->cg = b;
}

static void constraint_objects(Type *t, int depth, Scan *s);

static void scan_decls(Vec *decls, Scan *s)
{
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->data[i];
        if (d->kind == N_OBJECT_DECL || d->kind == N_RENAMING_DECL) {
            if (d->type)
                scan_type(d->type->ty, s);
            for (int k = 0; k < d->ids.len; k++) {
                Entity *e = ((Node *)d->ids.data[k])->ent;
                scan_entity(e, s);
                if (e && e->level_var)
                    scan_entity(e->level_var, s);
            }
        } else if ((d->kind == N_SUBTYPE_DECL || d->kind == N_TYPE_DECL) && d->ent) {
            scan_type(d->ent->type, s);
            if (d->kind == N_SUBTYPE_DECL)
                constraint_objects(d->ent->type, cg.subp ? cg.subp->depth + 1 : 0, s);
        }
        else if (d->kind == N_SUBPROGRAM_BODY || (d->kind == N_SUBPROGRAM_DECL && (d->flags & NF_NULL_PROC)))
            s->has_nested = true;     /* a null procedure is a body too: its callers pass a frame */
        else if (d->kind == N_PACKAGE_SPEC) {
            scan_decls(&d->list, s);
            scan_decls(&d->list2, s);
        } else if (d->kind == N_PACKAGE_BODY) {
            scan_decls(&d->list, s);
            scan_stmts(&d->list2, s);
            if (d->list3.len)
                s->has_handlers = true;
        } else if (d->kind == N_INSTANTIATION) {
            /* an instance's subprograms are nested here; its package
             * parts are declarations of this region */
            s->has_nested = true;
            scan_decls(&d->list2, s);
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
    if (cg.dib)
        cg_di_object(e, addr);
    if (o->frame_index > 0 && cg.frame) {
        LLVMValueRef idx[1] = {LLVMConstInt(cg.i32, (unsigned)o->frame_index, 0)};
        LLVMValueRef slot = LLVMBuildGEP2(cg.b, cg.ptr, cg.frame, idx, 1, arena_printf("%s.slot", e->spelling));
        LLVMBuildStore(cg.b, addr, slot);
    }
    if (o->bounds_index > 0 && cg.frame && o->bounds) {
        LLVMValueRef idx[1] = {LLVMConstInt(cg.i32, (unsigned)o->bounds_index, 0)};
        LLVMValueRef slot = LLVMBuildGEP2(cg.b, cg.ptr, cg.frame, idx, 1, arena_printf("%s.bounds.slot", e->spelling));
        LLVMBuildStore(cg.b, o->bounds, slot);
    }
}

/* ---- subtypes with dynamic bounds ------------------------------------------ */


void cg_elaborate_subtype(Type *t)
{
    if (!t || t->kind == TY_RECORD)
        return;
    CgBounds *pre = t->cg;
    if (pre && (pre->lo || (t->static_bounds && pre->fn)))
        return;                 /* already elaborated */
    if (type_is_scalar(t) && (t->lo_expr || t->range_parent) && !type_depends_on_discriminant(t)) {
        CgBounds *b = pre ? pre : arena_alloc(sizeof *b);
        if (!pre)
            b->slot_lo = b->slot_hi = -1;
        t->cg = b;
        b->fn = cg.subp ? cg.fn : NULL;
        b->depth = cg.subp ? cg.subp->depth + 1 : 0;
        LLVMTypeRef lt = cg_type(t->base);
        LLVMValueRef lo, hi;
        if (!t->static_bounds) {
            lo = cg_scalar(t->lo_expr);
            hi = cg_scalar(t->hi_expr);
            if (cg.subp) {
                b->lo = cg_alloca(lt, "subtype.lo");
                b->hi = cg_alloca(lt, "subtype.hi");
                if (b->slot_lo > 0 && cg.frame) {
                    LLVMValueRef i1[1] = {LLVMConstInt(cg.i32, (unsigned)b->slot_lo, 0)};
                    LLVMValueRef i2[1] = {LLVMConstInt(cg.i32, (unsigned)b->slot_hi, 0)};
                    LLVMBuildStore(cg.b, b->lo, LLVMBuildGEP2(cg.b, cg.ptr, cg.frame, i1, 1, ""));
                    LLVMBuildStore(cg.b, b->hi, LLVMBuildGEP2(cg.b, cg.ptr, cg.frame, i2, 1, ""));
                }
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
        } else {
            lo = LLVMConstInt(lt, (unsigned long long)t->lo, 1);
            hi = LLVMConstInt(lt, (unsigned long long)t->hi, 1);
            b->fn = cg.fn;      /* marks a static subtype's check as emitted */
        }
        /* 3.2.2(11), 3.6.1(7): a non-null range within the parent subtype */
        if (t->range_parent && cg.opts->checks) {
            LLVMValueRef plo, phi;
            cg_bounds_of(t->range_parent, 0, &plo, &phi);
            plo = cg_convert_scalar(plo, t->range_parent, t->base);
            phi = cg_convert_scalar(phi, t->range_parent, t->base);
            bool uns = t->base->kind == TY_MODULAR || t->base->kind == TY_ENUM;
            LLVMValueRef nonnull = LLVMBuildICmp(cg.b, uns ? LLVMIntULE : LLVMIntSLE, lo, hi, "nonnull");
            LLVMValueRef out = LLVMBuildOr(cg.b, LLVMBuildICmp(cg.b, uns ? LLVMIntULT : LLVMIntSLT, lo, plo, ""),
                                           LLVMBuildICmp(cg.b, uns ? LLVMIntUGT : LLVMIntSGT, hi, phi, ""), "");
            Loc loc = t->lo_expr ? t->lo_expr->loc : (Loc){0};
            cg_check_fail("range", loc, LLVMBuildAnd(cg.b, nonnull, out, "incompatible"));
        }
    }
    if (t->kind == TY_ARRAY)
        for (int i = 0; i < t->indexes.len; i++)
            cg_elaborate_subtype(t->indexes.data[i]);
}

/* ---- objects --------------------------------------------------------------------- */

/* True while the declarative part of a main subprogram that runs once
 * (sema's main_once) is elaborated, outside nested bodies and blocks. */
static bool in_main_decls;

/* Whether object E, of static size, gets static storage instead of a slot
 * in its subprogram's frame: an object declared by the main subprogram
 * that runs once exists once, like a library-level one, and a global
 * spares the subprograms nested in the main the load of its address
 * from the up-level frame at each use (for a storage pool declared in
 * the main, a load on every allocation).  Only objects that nested
 * subprograms reach: a local one stays an alloca, which LLVM turns into
 * registers. */
static bool main_static(Entity *e)
{
    return in_main_decls && cg.subp && cg.subp->main_once && e->depth == cg.subp->depth + 1 && e->uplevel;
}

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
        if (cg_obj(e)->addr) {
            /* the full declaration of a deferred constant: its value */
            if (d->init) {
                Node target = {0};
                target.kind = N_IDENT;
                target.ent = e;
                target.ty = e->type;
                target.loc = e->loc;
                cg_assign_init(&target, d->init);
            }
            continue;
        }
        if (ft->kind == TY_ARRAY && !ft->constrained && d->init) {
            /* an unconstrained array object takes its bounds from its
             * initial value (3.3.1(9)): a copy of the bounds then the data,
             * in one block on the secondary stack (released with the
             * enclosing scope), laid out as an allocated array is, so that
             * X'Access can designate it (3.10.2(24/1)) */
            CgVal v = cg_expr(d->init);
            Type *it = type_full(d->init->ty);
            LLVMValueRef bytes = cg_array_value_bytes(v, it);
            unsigned header = cg_bounds_size(ft);
            LLVMValueRef args[2] = {LLVMBuildAdd(cg.b, bytes, LLVMConstInt(cg.i64, header, 0), ""),
                                    LLVMConstInt(cg.i64, 8, 0)};
            LLVMValueRef block = cg_call_rt("__adac_ss_alloc", args, 2);
            LLVMSetValueName2(block, arena_printf("%s.bounds", e->spelling), strlen(e->spelling) + 7);
            cg_store_bounds(block, v, it);       /* every dimension's */
            LLVMValueRef off[1] = {LLVMConstInt(cg.i64, header, 0)};
            LLVMValueRef copy = LLVMBuildGEP2(cg.b, cg.i8, block, off, 1, e->spelling);
            LLVMBuildMemCpy(cg.b, copy, 1, v.v, 1, bytes);
            CgObj *o = cg_obj(e);
            o->bounds = block;
            bind_object(e, copy);
            continue;
        }
        if (ft->kind == TY_RECORD && !ft->is_classwide && cg_record_layout(ft)->n_dynamic && d->init && e->depth > 0) {
            /* a record sized by its discriminants, constrained by its
             * initial value (3.3.1(9/2)): room for that value */
            CgVal v = cg_expr(d->init);
            LLVMValueRef size = cg_record_size_at(type_full(d->init->ty), v.v);
            addr = cg_dynamic_alloca(size, e->spelling);
            LLVMBuildMemCpy(cg.b, addr, 8, v.v, 8, size);
            bind_object(e, addr);
            continue;
        }
        if (ft->is_classwide && d->init && e->depth > 0) {
            /* T'Class: the size comes with the value's tag */
            CgVal v = cg_expr(d->init);
            LLVMValueRef size = cg_record_size_at(ft, v.v);
            addr = cg_dynamic_alloca(size, e->spelling);
            LLVMBuildMemCpy(cg.b, addr, 8, v.v, 8, size);
            bind_object(e, addr);
            continue;
        }
        bool dynamic = ((ft->kind == TY_ARRAY && ft->constrained) || ft->kind == TY_RECORD)
                       && !LLVMIsConstant(cg_object_size(ft));
        if (e->depth == 0) {
            addr = LLVMAddGlobal(cg.mod, mt, e->ext_name);
            LLVMSetInitializer(addr, LLVMConstNull(mt));
            LLVMSetAlignment(addr, cg_align(t));
            if (dynamic) {
                /* a library-level array with dynamic bounds: its data on the heap */
                LLVMValueRef args[2] = {cg_object_size(ft), LLVMConstInt(cg.i64, 16, 0)};
                addr = cg_pool_alloc(args[0], args[1]);
            }
        } else if (dynamic) {
            addr = cg_dynamic_alloca(cg_object_size(ft), e->spelling);
        } else if (main_static(e)) {
            addr = LLVMAddGlobal(cg.mod, mt, arena_printf("%s.%s", cg.subp->ext_name, e->spelling));
            LLVMSetLinkage(addr, LLVMInternalLinkage);
            LLVMSetInitializer(addr, LLVMConstNull(mt));
            LLVMSetAlignment(addr, cg_align(t));
            cg_obj(e)->is_static = true;
        } else {
            addr = cg_alloca(mt, e->spelling);
        }
        bind_object(e, addr);
        LLVMValueRef level = NULL;
        if (e->level_var) {
            /* the level of its value (3.10.2(13.2/3)): null's is library level */
            bind_object(e->level_var, cg_alloca(cg.i32, e->level_var->spelling));
            level = d->init ? cg_stand_alone_level(e, d->init, d->checks & CHK_ACCESSIBILITY, e->loc)
                            : LLVMConstInt(cg.i32, 0, 0);
        } else if (d->init && sema_stand_alone_anonymous(e) && (d->checks & CHK_ACCESSIBILITY)) {
            cg_stand_alone_level(e, d->init, true, e->loc);     /* library level */
        }
        if (d->init) {
            Node target = {0};
            target.kind = N_IDENT;
            target.ent = e;
            target.ty = t;
            target.loc = e->loc;
            cg_assign_init(&target, d->init);
        } else {
            cg_init_default(addr, t);
        }
        if (level)
            cg_keep_stand_alone_level(e, level);
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
    cg_fresh_stacks();
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
        if (t && f->mode != MODE_IN && (type_is_scalar(t) || t->kind == TY_ACCESS)) {
            /* 6.2(3): an elementary type is passed by copy: the formal is a
             * copy of the actual (whose address the caller passes), copied
             * back at a normal return only (6.4.1(17)) */
            LLVMTypeRef mt = cg_mem_type(f->type);
            LLVMValueRef a = cg_alloca(mt, arena_printf("%s.copy", f->spelling));
            cg_store(LLVMBuildLoad2(cg.b, mt, p, ""), a);
            bind_object(f, a);
            vec_push(&cg.copy_back, a);
            vec_push(&cg.copy_back, p);
            vec_push(&cg.copy_back, mt);
        } else if (t && (t->kind == TY_ARRAY || t->kind == TY_RECORD || f->mode != MODE_IN)) {
            bind_object(f, p);
        } else {
            LLVMValueRef a = cg_alloca(cg_mem_type(f->type), arena_printf("%s.addr", f->spelling));
            LLVMValueRef v = p;
            if (LLVMTypeOf(v) == cg.i1)
                v = LLVMBuildZExt(cg.b, v, cg.i8, "");
            cg_store(v, a);
            bind_object(f, a);
        }
        if (sema_passes_level(s, f)) {
            LLVMValueRef lv = LLVMGetParam(cg.fn, pi++);
            const char *ln = arena_printf("%s.level", f->spelling);
            LLVMSetValueName2(lv, ln, strlen(ln));
            LLVMValueRef la = cg_alloca(cg.i32, ln);
            cg_store(lv, la);
            o->level = la;
        }
    }
    if (sema_result_level(s)) {
        LLVMValueRef rl = LLVMGetParam(cg.fn, pi++);
        LLVMSetValueName2(rl, "result.level", 12);
        cg.result_level = cg_alloca(cg.i32, "result.level.addr");
        cg_store(rl, cg.result_level);
    }
    cg_contract_entry(s->spec_node && s->spec_node->kind == N_SUBPROGRAM_DECL ? s->spec_node : NULL, body);
    bool saved_in_main = in_main_decls;
    in_main_decls = s->main_once;
    cg_decls(&body->list);
    in_main_decls = saved_in_main;
    cg_handled(&body->list2, &body->list3);
    cg_set_loc(body->end);     /* leaving: the line of "end P;" (not the last statement's) */
    if (!cg_terminated() && s->kind != E_FUNCTION)
        cg_check_posts(NULL);      /* a procedure's normal completion (6.1.1(35/3)) */
    if (!cg_terminated())
        cg_run_cleanups(0);
    if (!cg_terminated()) {
        if (s->kind == E_FUNCTION) {
            /* 6.5(20): falling off the end of a function */
            LLVMValueRef args[2] = {cg_file_name(body->loc.file), LLVMConstInt(cg.i32, (unsigned)body->loc.line, 0)};
            cg_call_rt("__adac_rcheck_PE_Missing_Return", args, 2);
            LLVMBuildUnreachable(cg.b);
        } else {
            cg_copy_back();
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

/* Objects of declaration D that need finalization: Initialize them
 * (7.6(10/2)) or Adjust their copy (7.6(17)), and finalize them when
 * their master is left. */
static void controlled_objects(Node *d)
{
    for (int i = 0; i < d->ids.len; i++) {
        Entity *e = ((Node *)d->ids.data[i])->ent;
        if (!e || (e->kind == E_CONSTANT && !d->init) || !cg_obj(e)->addr)
            continue;
        LLVMValueRef addr = cg_obj(e)->addr;
        Type *t = e->type ? e->type : d->type->ty;
        /* an array object constrained by its initial value: its own bounds */
        LLVMValueRef bounds = type_full(t)->kind == TY_ARRAY && !type_full(t)->constrained ? cg_obj(e)->bounds : NULL;
        if (!d->init)
            cg_initialize(addr, t);
        else if (cg_built_by_copy(d->init))
            cg_adjust_array(addr, t, bounds);
        if ((d->flags & NF_RETURN_OBJECT) && type_full(t)->limited)
            continue;                  /* becomes the caller's object: not finalized here */
        cg_cleanup_object(addr, t, bounds);
    }
}

static void package_decls(Node *p);

/* 7.6.1(9.1/2), 3.10.2(14.1/3): the objects that anonymous allocators in
 * the discriminant constraint of declaration D create are coextensions of
 * the declared object, finalized after it: each such allocator gets a copy
 * of its access type, whose collection is declared before the object (so
 * is finalized after it), and holds only these coextensions. */
static void coextension_collections(Node *d)
{
    Node *si = d->type;
    if (!si || si->kind != N_SUBTYPE_IND || !si->expr || si->expr->kind != N_APPLY
        || si->expr->op != APPLY_CONSTRAINT)
        return;
    for (int i = 0; i < si->expr->list.len; i++) {
        Node *v = si->expr->list.data[i];
        if (v && v->kind == N_ASSOC)
            v = v->expr;
        while (v && v->kind == N_PAREN)
            v = v->expr;
        if (!v || v->kind != N_ALLOCATOR || !v->ty)
            continue;
        Type *at = type_full(v->ty);
        if (at->kind != TY_ACCESS || !(at->aflags & AF_ANONYMOUS) || !at->designated
            || !cg_needs_finalization(type_full(at->designated)))
            continue;
        Type *own = arena_alloc(sizeof *own);
        *own = *at;
        own->base = own;
        own->full = NULL;
        v->ty = own;
        cg_cleanup_collection(own);
    }
}

/* The discriminant constraint of record subtype T, declared by a subtype
 * declaration, is elaborated with it, once (3.2.2(9), 3.7.1(12)): each
 * value that is not a literal becomes an object (its expression kept as
 * the object's init), which the subtype's objects then read.  In a
 * subprogram the object is a local of its frame, reachable from nested
 * subprograms, so each activation has its own value; at library level it
 * is a global.  Done when the subprogram's declarations are scanned
 * (DEPTH: their depth) or, at library level, at the elaboration. */
static Ident *constraint_value_id;

static bool is_constraint_value(Node *v)
{
    return v && v->kind == N_IDENT && v->ent && v->ent->id == constraint_value_id && v->ent->init;
}

static void constraint_objects(Type *t, int depth, Scan *s)
{
    if (!t || t->kind != TY_RECORD || !t->discr_values.len || t->base == t)
        return;
    if (!constraint_value_id)
        constraint_value_id = intern("subtype.discriminant", 20);
    for (int i = 0; i < t->discr_values.len; i++) {
        Node *v = t->discr_values.data[i];
        if (!v || !v->ty || is_constraint_value(v))
            continue;
        Node *w = v;
        while (w->kind == N_PAREN)
            w = w->expr;
        if (w->kind == N_INT_LIT || w->kind == N_CHAR_LIT || w->kind == N_NULL_LIT
            || (w->kind == N_IDENT && w->ent && (w->ent->kind == E_ENUM_LIT || w->ent->kind == E_NUMBER)))
            continue;
        Entity *e = arena_alloc(sizeof *e);
        e->kind = E_CONSTANT;
        e->type = v->ty;
        e->id = constraint_value_id;
        e->spelling = "subtype.discriminant";
        e->loc = v->loc;
        e->init = v;
        e->depth = depth;
        e->uplevel = s != NULL;
        if (s)
            scan_entity(e, s);
        Node *n = node_new(N_IDENT, v->loc);
        n->id = e->id;
        n->text = e->spelling;
        n->ent = e;
        n->ty = v->ty;
        t->discr_values.data[i] = n;
    }
}

/* The elaboration of that constraint: each value computed into its object.
 * An anonymous allocator there creates an object of the level of the
 * master elaborating the subtype (3.10.2(14.2/3)), finalized with it: its
 * access type gets a copy whose collection is declared here. */
static void elaborate_discriminant_constraint(Type *t)
{
    if (!t || t->kind != TY_RECORD || !t->discr_values.len || t->base == t)
        return;
    if (!cg.subp)
        constraint_objects(t, 0, NULL);
    for (int i = 0; i < t->discr_values.len; i++) {
        Node *n = t->discr_values.data[i];
        if (!is_constraint_value(n))
            continue;
        Entity *e = n->ent;
        Node *v = e->init, *w = v;
        while (w->kind == N_PAREN)
            w = w->expr;
        if (w->kind == N_ALLOCATOR) {
            Type *at = type_full(w->ty);
            if (at->kind == TY_ACCESS && (at->aflags & AF_ANONYMOUS) && at->designated
                && cg_needs_finalization(type_full(at->designated))) {
                Type *own = arena_alloc(sizeof *own);
                *own = *at;
                own->base = own;
                own->full = NULL;
                w->ty = own;
                cg_cleanup_collection(own);
            }
        }
        LLVMValueRef val = cg_scalar(v);
        LLVMTypeRef mt = cg_mem_type(v->ty);
        if (LLVMTypeOf(val) == cg.i1 && mt != cg.i1)
            val = LLVMBuildZExt(cg.b, val, mt, "");      /* a Boolean, a byte in memory */
        LLVMValueRef addr;
        if (cg.subp) {
            addr = cg_alloca(LLVMTypeOf(val), "subtype.discriminant");
        } else {
            addr = LLVMAddGlobal(cg.mod, LLVMTypeOf(val), "subtype.discriminant");
            LLVMSetLinkage(addr, LLVMInternalLinkage);
            LLVMSetInitializer(addr, LLVMConstNull(LLVMTypeOf(val)));
        }
        LLVMBuildStore(cg.b, val, addr);
        CgObj *o = cg_obj(e);
        o->addr = addr;
        if (o->frame_index > 0 && cg.frame) {
            LLVMValueRef idx[1] = {LLVMConstInt(cg.i32, (unsigned)o->frame_index, 0)};
            LLVMBuildStore(cg.b, addr, LLVMBuildGEP2(cg.b, cg.ptr, cg.frame, idx, 1, "subtype.discriminant.slot"));
        }
    }
}

/* 13.11.4(24/3 - 27/3): when the class-wide storage pool of access type T
 * turns out to support subpools, the access type must not be deeper than
 * the pool, whose name must not be part of a formal parameter or of a
 * dereference of a non-library-level general access value: sema recorded
 * that one of these fails, so the pool's tag decides (Program_Error). */
static void subpool_pool_check(Type *t, Loc loc)
{
    t = type_full(t)->base;
    if (!t->pool_subpool_check || !t->storage_pool || !cg.opts->checks)
        return;
    /* no pool supports subpools in a program without them */
    Entity *root = library_loaded("system.storage_pools.subpools", "root_storage_pool_with_subpools");
    if (!root || !root->type)
        return;
    LLVMValueRef pool = cg_address(t->storage_pool).v;
    LLVMValueRef args[2] = {LLVMBuildLoad2(cg.b, cg.ptr, pool, "pool.tag"), cg_tag(root->type)};
    LLVMValueRef in = LLVMBuildTrunc(cg.b, cg_call_rt("__adac_tag_in_class", args, 2), cg.i1, "pool.subpools");
    cg_check_fail("subpool_pool", loc, in);
}

void cg_decls(Vec *decls)
{
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->data[i];
        int temps = cg.n_temps;
        switch (d->kind) {
        case N_OBJECT_DECL:
            coextension_collections(d);
            if (d->type && d->type->kind == N_ACCESS_DEF && d->type->ty) {
                /* 7.6.1(11.5/3): the collection of a stand-alone object's
                 * anonymous access type is declared with the object */
                Type *at = type_full(d->type->ty);
                if (at->kind == TY_ACCESS && at->designated && cg_needs_finalization(type_full(at->designated)))
                    cg_cleanup_collection(at);
            }
            object_decl(d);
            if (d->type->ty && cg_needs_finalization(d->type->ty))
                controlled_objects(d);
            break;
        case N_RENAMING_DECL: {
            /* 8.5.1: the renamed object's address, evaluated once */
            LLVMValueRef addr = NULL;
            for (int k = 0; k < d->ids.len; k++) {
                Entity *e = ((Node *)d->ids.data[k])->ent;
                if (!e || !e->renamed)
                    continue;
                if (!addr)
                    addr = cg_address(e->renamed).v;
                bind_object(e, addr);
            }
            /* a renamed part of a function result lives as long as the
             * renaming: finalized when its master is left */
            for (int k = temps; k < cg.n_temps; k++)
                cg_cleanup_object(cg_load(cg.ptr, cg.temps[k].slot, "renamed.temp"), cg.temps[k].type,
                                  cg.temps[k].bounds ? cg_load(cg.ptr, cg.temps[k].bounds, "renamed.bounds") : NULL);
            cg.n_temps = temps;
            break;
        }
        case N_ATTRIBUTE_CLAUSE: {
            Node *a = d->expr;
            if (a && a->kind == N_ATTRIBUTE && a->expr && a->expr->ent && a->expr->ent->kind == E_TYPE
                && a->expr->ent->type)
                subpool_pool_check(a->expr->ent->type, d->loc);
            break;
        }
        case N_TYPE_DECL:
            if (d->ent && d->ent->type && type_full(d->ent->type)->kind == TY_ACCESS
                && !type_full(d->ent->type)->base->pool_by_clause)
                subpool_pool_check(d->ent->type, d->loc);      /* a Storage_Pool aspect */
            if (d->ent && d->ent->type && type_full(d->ent->type)->kind == TY_ACCESS && type_full(d->ent->type)->designated
                && type_full(d->ent->type)->base == type_full(d->ent->type)
                && cg_needs_finalization(type_full(d->ent->type)->designated))
                cg_cleanup_collection(d->ent->type);   /* its collection (7.6.1(11.1/3)) */
            if (d->ent && d->ent->type) {
                cg_elaborate_subtype(d->ent->type);
                if (type_full(d->ent->type)->tagged && cg.subp)
                    cg_elaborate_tag(d->ent->type);
            }
            break;
        case N_SUBTYPE_DECL:
            if (d->ent && d->ent->type) {
                elaborate_discriminant_constraint(d->ent->type);
                cg_elaborate_subtype(d->ent->type);
            }
            break;
        case N_SUBPROGRAM_BODY:
            if (d->ent && d->ent->kind != E_GENERIC) {
                cg_subprogram_body(d);
                LLVMValueRef flag = cg.subp ? NULL : cg_elab_flag(d->ent, NULL);
                if (flag)
                    LLVMBuildStore(cg.b, LLVMConstInt(cg.i8, 1, 0), flag);   /* 3.11(14): elaborated */
            }
            break;
        case N_SUBPROGRAM_DECL:
            if ((d->flags & NF_NULL_PROC) && d->ent && d->ent->kind == E_PROCEDURE) {
                /* procedure P is null; (6.7): a body that does nothing */
                LLVMValueRef f = cg_function(d->ent);
                if (!LLVMCountBasicBlocks(f)) {
                    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg.ctx);
                    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cg.ctx, f, "entry"));
                    LLVMBuildRetVoid(b);
                    LLVMDisposeBuilder(b);
                }
            }
            break;
        case N_PACKAGE_SPEC:
            package_decls(d);
            break;
        case N_PACKAGE_BODY:
            if (d->ent && d->ent->kind == E_GENERIC)
                break;                 /* a template: its instances are generated */
            cg_decls(&d->list);
            cg_handled(&d->list2, &d->list3);
            break;
        case N_INSTANTIATION:
            cg_decls(&d->list2);       /* the instance's declarations and bodies */
            break;
        case N_PRAGMA:
            if (d->id && !strcmp(d->id->name, "assert"))
                cg_pragma_assert(d);
            break;
        default:
            break;
        }
        cg_finalize_temps(temps);      /* 7.6.1(13/3): the declaration is their master */
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
    cg_fresh_stacks();
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

/* ---- elaboration checks (3.11(14)) ---------------------------------------- */

/* The subprograms declared apart from their body, the body in a package
 * body of the units generated here: a flag each, set where the body is
 * elaborated.  A call, from elaboration code or from a subprogram, checks
 * the flag unless the body is known to be elaborated whenever the call can
 * run: the code making the call runs only once its own unit's elaboration
 * has begun, so a body in an earlier unit of the elaboration order is
 * elaborated, and so is a body of the same unit that textually precedes
 * the call (the declarations of a unit elaborate in order; a subprogram
 * body placed after the callee's body is elaborated after it, and a call
 * inside the callee's own body runs while it executes).  Calls of
 * subprograms of units compiled apart are not checked. */
static Vec elab_subps, elab_flags;
static Vec elab_body_locs;             /* Loc *: where each body begins */
static Vec elab_units;                 /* (intptr_t) the unit of each body */
static int cur_unit;

static void find_in_package_body(Node *pb, int unit)
{
    for (int i = 0; i < pb->list.len; i++) {
        Node *d = pb->list.data[i];
        if (d->kind == N_SUBPROGRAM_BODY && d->ent && d->ent->kind != E_GENERIC && d->spec
            && d->ent->loc.line && (d->ent->loc.line != d->spec->loc.line || d->ent->loc.file != d->spec->loc.file)) {
            vec_push(&elab_subps, d->ent);
            vec_push(&elab_flags, NULL);
            vec_push(&elab_body_locs, &d->loc);
            vec_push(&elab_units, (void *)(intptr_t)unit);
            d->ent->cg_elab = elab_subps.len;
        } else if (d->kind == N_PACKAGE_BODY) {
            find_in_package_body(d, unit);
        }
    }
}

void cg_find_elab_flags(Vec *units)
{
    elab_subps = elab_flags = elab_body_locs = elab_units = (Vec){0};
    for (int i = 0; i < units->len; i++) {
        Node *item = ((Node *)units->data[i])->expr;
        if (item && item->kind == N_PACKAGE_BODY && !(item->ent && item->ent->kind == E_GENERIC))
            find_in_package_body(item, i);
    }
}

static bool loc_before(const Loc *a, const Loc *b)
{
    return a->line < b->line || (a->line == b->line && a->col <= b->col);
}

LLVMValueRef cg_elab_flag(Entity *s, const Loc *call)
{
    int i = s->cg_elab - 1;
    if (i < 0 || i >= elab_subps.len || elab_subps.data[i] != s)
        return NULL;
    const Loc *body = elab_body_locs.data[i];
    int unit = (int)(intptr_t)elab_units.data[i];
    if (call && (unit < cur_unit
                 || (unit == cur_unit && call->file == body->file && loc_before(body, call))))
        return NULL;                   /* elaborated whenever the call runs */
    if (!elab_flags.data[i]) {
        LLVMValueRef g = LLVMAddGlobal(cg.mod, cg.i8, arena_printf("%s.elaborated", s->ext_name));
        LLVMSetLinkage(g, LLVMInternalLinkage);
        LLVMSetInitializer(g, LLVMConstInt(cg.i8, 0, 0));
        elab_flags.data[i] = g;
    }
    return elab_flags.data[i];
}

void cg_set_unit(int index)
{
    cur_unit = index;
}

void cg_unit(Node *cu)
{
    Node *item = cu->expr;
    if (item->ent && item->ent->kind == E_GENERIC)
        return;                        /* a generic unit: only its instances make code */
    switch (item->kind) {
    case N_INSTANTIATION:
        for (int i = 0; i < item->list2.len; i++) {
            Node *d = item->list2.data[i];
            if (d->kind == N_PACKAGE_SPEC)
                elab_function(d, "elabs");
            else if (d->kind == N_PACKAGE_BODY)
                elab_function(d, "elabb");
        }
        break;
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
