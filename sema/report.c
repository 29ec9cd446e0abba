/*
 * report.c: the allocation report (adac --report=alloc, --report=alloc-json).
 *
 * For every allocator (RM 4.8) of the program, in the units given and the
 * units they with (adac's own predefined units excepted), it says where
 * the allocator is, its access type, the subtype of the object it creates
 * and the access type's designated subtype, the storage pool the object
 * comes from (the default pool, the access type's Storage_Pool object, or a
 * subpool of it), the size and alignment requested from the pool when they
 * are static, whether the object needs finalization (and so joins its access
 * type's collection, or its subpool's objects), and the run-time checks the
 * allocator carries: those sema recorded on the tree (Node.checks) and
 * those codegen adds for the allocator itself (cg_expr.c: allocator(),
 * alloc_for(), alloc_raw()), with the RM paragraph and the exception each
 * raises; and the checks sema proved unnecessary.
 *
 * It reads the analysed tree only.  The sizes follow codegen's layout rules
 * (codegen.c: cg_mem_type, cg_record_layout, max_layout; x86-64), recomputed
 * here from the types so that the report needs no LLVM; a test compares them
 * with the IR (testsuite/report/).  What cannot be known before run time is
 * said to be dynamic, with the reason.
 *
 * The format is documented in docs/inspecting.md.
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

/* ---- source text ------------------------------------------------------------ */

/* The source text from A to B (inclusive), blanks collapsed, at most MAX
 * bytes (then ending in "..."); NULL if not available. */
static const char *source_text(Loc a, Loc b, int max)
{
    const Source *s = a.file ? source_get(a.file) : NULL;
    if (!s || !s->text || b.file != a.file || b.line < a.line || (b.line == a.line && b.col < a.col))
        return NULL;
    const char *p = s->text, *lim = s->text + s->len;
    for (int l = 1; l < a.line && p < lim; p++)
        if (*p == '\n')
            l++;
    const char *start = p + a.col - 1;
    const char *q = p;
    for (int l = a.line; l < b.line && q < lim; q++)
        if (*q == '\n')
            l++;
    const char *end = q + b.col;      /* one past the last character */
    if (start > lim || end > lim || end <= start)
        return NULL;
    char *out = arena_alloc((size_t)max + 4);
    int n = 0;
    bool blank = false;
    for (const char *c = start; c < end && n < max; c++) {
        if (*c == '-' && c + 1 < end && c[1] == '-') {          /* a comment */
            while (c < end && *c != '\n')
                c++;
            blank = n > 0;
            continue;
        }
        if (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r') {
            blank = n > 0;
            continue;
        }
        if (blank)
            out[n++] = ' ';
        blank = false;
        if (n < max)
            out[n++] = *c;
    }
    if (n >= max)
        strcpy(out + n, "...");
    else
        out[n] = 0;
    return out;
}

static const char *node_text(const Node *n, int max)
{
    if (!n)
        return NULL;
    /* a name's node may start at its selector or tick: start at its prefix */
    Loc start = n->loc;
    for (const Node *p = n; p && (p->kind == N_ATTRIBUTE || p->kind == N_SELECTED || p->kind == N_APPLY
                                  || p->kind == N_DEREF || p->kind == N_SUBTYPE_IND); p = p->expr)
        if (p->expr && p->expr->loc.file == start.file
            && (p->expr->loc.line < start.line || (p->expr->loc.line == start.line && p->expr->loc.col < start.col)))
            start = p->expr->loc;
    const char *t = n->end.line ? source_text(start, n->end, max) : NULL;
    if (t && *t)
        return t;
    if (n->kind == N_IDENT)
        return spelled(n);
    return NULL;
}

/* ---- layout: codegen's rules, from the types --------------------------------- */

typedef struct Layout {
    bool known;                /* size and align are static */
    uint64_t size, align;
    const char *why;           /* when not known: why */
} Layout;

static Layout dynamic(const char *why)
{
    return (Layout){false, 0, 0, why};
}

static Layout int_layout(int bits)
{
    uint64_t b = bits <= 8 ? 1 : bits <= 16 ? 2 : bits <= 32 ? 4 : bits <= 64 ? 8 : 16;
    return (Layout){true, b, b, NULL};
}

static Layout mem_layout(Type *t, int depth);


static Layout array_of(Layout elem, uint64_t n)
{
    if (!elem.known)
        return elem;
    return (Layout){true, elem.size * n, elem.align, NULL};
}

/* Room for the largest object a discriminant allows (codegen.c: max_layout). */
static Layout max_layout(Type *ct, int depth)
{
    ct = type_full(ct);
    if (!ct)
        return dynamic("unknown type");
    if (ct->kind == TY_RECORD)
        return mem_layout(ct->base, depth + 1);
    if (ct->kind != TY_ARRAY)
        return mem_layout(ct, depth + 1);
    Layout l = mem_layout(ct->component, depth + 1);
    for (int i = ct->indexes.len - 1; i >= 0; i--) {
        Type *ix = type_full(ct->indexes.data[i]);
        int64_t lmin, lmax, hmin, hmax;
        uint64_t n = 0;
        if (ix && ix->static_bounds)
            n = static_length(ix);
        else if (ix && ix->lo_expr && ix->hi_expr && eval_bound_range(ix->lo_expr, &lmin, &lmax)
                 && eval_bound_range(ix->hi_expr, &hmin, &hmax))
            n = hmax >= lmin ? (uint64_t)hmax - (uint64_t)lmin + 1 : 0;
        if (n > (1u << 24))
            n = 1u << 24;
        l = array_of(l, n);
    }
    return l;
}

/* The record's struct: tag, discriminants and fixed-size components
 * (codegen.c: cg_record_layout); *N_DYNAMIC counts the components placed
 * after it at offsets computed per object. */
static Layout record_layout(Type *t, int depth, int *n_dynamic)
{
    *n_dynamic = 0;
    uint64_t off = 0, align = 1;
    if (t->tagged) {
        off = 8;
        align = 8;
    }
    for (int i = 0; i < t->components.len; i++) {
        Type *ct = ((Entity *)t->components.data[i])->type;
        Type *fct = type_full(ct);
        if (!fct)
            return dynamic("unknown component type");
        bool dependent = type_depends_on_discriminant(ct);
        if (dependent && t->dynamic_layout && (fct->kind == TY_ARRAY || (fct->base && fct->base->dynamic_layout))) {
            (*n_dynamic)++;
            continue;
        }
        Layout c = dependent ? max_layout(ct, depth) : mem_layout(ct, depth + 1);
        if (!c.known)
            return c;
        if (c.align > align)
            align = c.align;
        off = (off + c.align - 1) / c.align * c.align + c.size;
    }
    off = (off + align - 1) / align * align;
    return (Layout){true, off, align, NULL};
}

/* The size and alignment of codegen's memory type of T (cg_mem_type, as
 * LLVM lays it out on x86-64). */
static Layout mem_layout(Type *t, int depth)
{
    t = type_full(t);
    if (!t || depth > 64)
        return dynamic("unknown type");
    switch (t->kind) {
    case TY_SIGNED: case TY_MODULAR:
        return int_layout(t->base->bits ? t->base->bits : 32);
    case TY_ENUM:
        return int_layout(t->base->bits == 1 ? 8 : t->base->bits ? t->base->bits : 32);
    case TY_UNIV_INT:
        return int_layout(64);
    case TY_FLOAT:
        return int_layout(t->base->bits == 32 ? 32 : 64);
    case TY_UNIV_REAL: case TY_ACCESS: case TY_NULL:
        return int_layout(64);
    case TY_ARRAY: {
        if (!t->constrained)
            return int_layout(8);
        Layout l = mem_layout(t->component, depth + 1);
        for (int i = t->indexes.len - 1; i >= 0; i--) {
            Type *ix = type_full(t->indexes.data[i]);
            uint64_t n = static_length(ix);
            l = array_of(l, n);
        }
        return l;
    }
    case TY_RECORD: {
        Type *r = t->is_classwide ? type_full(t->specific) : t;
        if (!r || !r->base)
            return dynamic("unknown record type");
        int nd;
        return record_layout(r->base, depth, &nd);
    }
    case TY_PRIVATE:
        return int_layout(8);
    default:
        return int_layout(32);
    }
}

/* cg_size, cg_align: the memory type's, with an Alignment clause. */
static Layout sized(Type *t)
{
    Layout l = mem_layout(t, 0);
    Type *f = type_full(t);
    if (l.known && f && f->base && f->base->align_clause > 1) {
        uint64_t a = (uint64_t)f->base->align_clause;
        l.size = (l.size + a - 1) / a * a;
        if (a > l.align)
            l.align = a;
    }
    return l;
}

/* The size of an object of subtype T (cg_object_size). */
static Layout object_size(Type *t)
{
    t = type_full(t);
    if (!t)
        return dynamic("unknown type");
    if (t->kind == TY_RECORD && t->is_classwide)
        return dynamic("class-wide: the size comes with the value's tag");
    if (t->kind == TY_RECORD) {
        int nd;
        Type *b = t->base;
        Layout l = record_layout(b, 0, &nd);
        if (nd) {
            Layout d = dynamic("components whose size depends on the discriminants");
            d.align = l.known ? sized(t).align : 0;     /* the fixed part's, as cg_align */
            return d;
        }
        return sized(t);
    }
    if (t->kind == TY_ARRAY && t->constrained) {
        for (int i = 0; i < t->indexes.len; i++) {
            Type *ix = type_full(t->indexes.data[i]);
            if (!ix || !ix->static_bounds)
                return dynamic("bounds known at run time");
        }
        return sized(t);
    }
    if (t->kind == TY_ARRAY)
        return dynamic("unconstrained array: the bounds come with the value");
    return sized(t);
}

/* The size of the bounds in front of an array designated by an
 * access-to-unconstrained-array value (cg_expr.c: bounds_header_size). */
static uint64_t bounds_header_size(Type *t)
{
    t = type_full(t);
    uint64_t off = 0;
    for (int j = 0; j < t->indexes.len; j++) {
        Type *ix = type_full(t->indexes.data[j]);
        uint64_t sz = ix ? mem_layout(ix->base, 0).size : 4;
        if (!sz)
            sz = 4;
        off = (off + sz - 1) / sz * sz + 2 * sz;
    }
    return (off + 7) / 8 * 8;
}

static bool has_bounds_header(Type *acc)
{
    acc = type_full(acc);
    Type *d = acc && acc->base ? type_full(type_full(acc->base)->designated) : NULL;
    return d && d->kind == TY_ARRAY && !d->constrained;
}

/* ---- one allocator ------------------------------------------------------------- */

typedef struct Check {
    const char *name;          /* "range", "null-exclusion", ... */
    const char *rm;            /* the RM paragraph */
    const char *exc;           /* the exception raised when it fails */
    const char *note;          /* more, or NULL */
} Check;

typedef struct Alloc {
    Node *n;
    Node *instance;            /* the instantiation it was copied for, or NULL */
    const char *unit;
    const char *form;          /* "new T" or "new T'(X)" */
    const char *text;          /* the allocator as written */
    const char *access_type;
    const char *subtype;       /* the allocated object's subtype */
    const char *designated;    /* the access type's designated subtype */
    const char *pool_kind;     /* "default", "user", "subpool" */
    const char *pool;          /* its name */
    const char *pool_type;     /* the pool object's type */
    const char *handle;        /* the subpool handle as written */
    Layout obj;                /* the object's size and alignment */
    uint64_t header;           /* bytes in front: bounds, collection link */
    const char *header_what;
    bool classwide, bounds, finalization;
    bool default_subpool;      /* a user pool with subpools, no subpool given */
    Check checks[16];
    int n_checks;
    Check removed[8];
    int n_removed;
} Alloc;

static void add_check(Alloc *a, const char *name, const char *rm, const char *exc, const char *note)
{
    for (int i = 0; i < a->n_checks; i++)
        if (!strcmp(a->checks[i].name, name) && !strcmp(a->checks[i].rm, rm))
            return;
    if (a->n_checks < (int)(sizeof a->checks / sizeof a->checks[0]))
        a->checks[a->n_checks++] = (Check){name, rm, exc, note};
}

static void add_removed(Alloc *a, const char *name, const char *rm, const char *note)
{
    if (a->n_removed < (int)(sizeof a->removed / sizeof a->removed[0]))
        a->removed[a->n_removed++] = (Check){name, rm, "Constraint_Error", note};
}

/* The checks sema recorded on node X (the value of an initialized
 * allocator, or the operand of its qualified expression). */
static void value_checks(Alloc *a, Node *x, const char *rm)
{
    if (!x)
        return;
    unsigned c = x->checks;
    if (c & CHK_RANGE)
        add_check(a, "range", rm, "Constraint_Error", NULL);
    if (c & CHK_NULL_EXCL)
        add_check(a, "null-exclusion", rm, "Constraint_Error", NULL);
    if (c & CHK_DISCRIMINANT)
        add_check(a, "discriminant", rm, "Constraint_Error", NULL);
    if (c & CHK_LENGTH)
        add_check(a, "length", rm, "Constraint_Error", NULL);
    if (c & CHK_TAG)
        add_check(a, "tag", rm, "Constraint_Error", NULL);
}

/* Does qualified expression Q check the bounds of its array operand
 * (cg_expr.c: N_QUALIFIED: a constrained array subtype, and a value whose
 * bounds are its own, not its type's)? */
static bool array_qualification_checked(Node *q)
{
    Type *qt = type_full(q->ty);
    Node *x = q->expr;
    while (x && x->kind == N_PAREN && x->expr)
        x = x->expr;
    if (!qt || qt->kind != TY_ARRAY || !qt->constrained || !x || !x->ty)
        return false;
    if (x->kind == N_AGGREGATE || x->kind == N_STRING_LIT)
        return false;
    Type *xt = type_full(x->ty);
    return xt && xt->kind == TY_ARRAY && (!xt->constrained || (x->kind == N_APPLY && x->op == APPLY_SLICE));
}

static const char *subtype_name(Type *t)
{
    return t ? type_name(t) : "?";
}

static void describe(Alloc *a, Node *e)
{
    Type *acc = type_full(e->ty);
    Type *accb = acc->base ? type_full(acc->base) : acc;
    Type *d = type_full(acc->designated);
    a->text = node_text(e, 60);
    a->access_type = subtype_name(e->ty);
    a->designated = subtype_name(acc->designated);
    a->bounds = has_bounds_header(acc);
    a->classwide = d && d->is_classwide;
    a->finalization = type_needs_finalization(accb->designated);

    /* the pool (cg_expr.c: alloc_for, alloc_raw) */
    Node *pool = accb->storage_pool;
    if (pool && accb->pool_allocate) {
        a->pool = node_text(pool, 40);
        if (!a->pool)
            a->pool = pool->ent ? entity_name(pool->ent) : "?";
        a->pool_type = pool->ty ? subtype_name(pool->ty) : NULL;
        if (e->left && accb->pool_allocate_from_subpool) {
            a->pool_kind = "subpool";
            a->handle = node_text(e->left, 40);
            if (!a->handle)
                a->handle = "?";
        } else {
            a->pool_kind = "user";
            /* a pool with subpools: its Allocate asks for the default
             * subpool (13.11.4(18/3)) */
            a->default_subpool = accb->pool_allocate_from_subpool != NULL;
        }
    } else {
        a->pool_kind = "default";
    }

    /* the object: its subtype, size and alignment (cg_expr.c: allocator) */
    if (e->expr) {
        Node *q = e->expr;
        Type *qt = type_full(q->ty);
        const char *mark = q->kind == N_QUALIFIED ? node_text(q->type, 40) : NULL;
        a->form = "new T'(X)";
        a->subtype = mark ? mark : subtype_name(q->ty);
        if (qt && (type_is_scalar(qt) || qt->kind == TY_ACCESS)) {
            a->obj = sized(d);
        } else if (a->classwide) {
            a->obj = dynamic("class-wide: the size comes with the value's tag");
            a->obj.align = 8;
        } else if (a->bounds) {
            Layout comp = d ? sized(d->component) : dynamic("?");
            uint64_t n = 1;
            bool known = comp.known && qt;
            for (int i = 0; known && i < qt->indexes.len; i++) {
                Type *ix = type_full(qt->indexes.data[i]);
                if (qt->constrained && ix && ix->static_bounds)
                    n *= static_length(ix);
                else
                    known = false;
            }
            int len;
            Node *v = q->kind == N_QUALIFIED ? q->expr : q;
            if (!known && comp.known && qt && qt->indexes.len == 1 && eval_static_string(v, &len)) {
                known = true;
                n = (uint64_t)len;
            }
            a->obj = known ? (Layout){true, comp.size * n, comp.align, NULL}
                           : dynamic("the bounds come with the value");
        } else {
            Type *ot = d && d->kind == TY_ARRAY ? d : qt;
            a->obj = object_size(ot);
        }
    } else {
        Type *st = e->type && e->type->ty ? type_full(e->type->ty) : d;
        a->form = "new T";
        a->subtype = node_text(e->type, 40);
        if (!a->subtype)
            a->subtype = subtype_name(st);
        a->obj = object_size(st);
    }
    if (a->bounds) {
        Type *bt = d;
        a->header = bounds_header_size(bt);
        a->header_what = "bounds";
        a->obj.align = 8;
    }
    if (a->finalization) {
        a->header += 32;         /* CG_COLLECTION_HEADER */
        a->header_what = a->bounds ? "bounds + collection link" : "collection link";
    }

    /* the checks */
    if (e->expr) {
        Node *q = e->expr;
        value_checks(a, q, "4.8(10/2)");
        Node *x = q->kind == N_QUALIFIED ? q->expr : NULL;
        while (x && x->kind == N_PAREN && !x->checks && x->expr)
            x = x->expr;
        value_checks(a, x, "4.7(4/3)");
        if (q->kind == N_QUALIFIED && array_qualification_checked(q))
            add_check(a, "index-bounds", "4.7(4/3)", "Constraint_Error", "the value's bounds are the subtype's");
        if (a->classwide)
            add_check(a, "accessibility", "4.8(10.1/3)", "Program_Error",
                      "the value's type must not be deeper than the access type");
        /* what sema proved: a scalar value within the designated subtype */
        Type *ds = type_full(accb->designated);
        Type *qt = type_full(q->ty);
        if (ds && type_is_scalar(ds) && qt && type_is_scalar(qt) && !(q->checks & CHK_RANGE)
            && !(x && (x->checks & CHK_RANGE)) && ds->static_bounds && type_is_discrete(ds)
            && ds->base && ds->base->static_bounds && (ds->lo > ds->base->lo || ds->hi < ds->base->hi)) {
            /* a constrained subtype (a value of the base range needs no check) */
            int64_t v;
            Node *val = x ? x : q;
            if (eval_static_int64(val, &v))
                add_removed(a, "range", "4.8(10/2)", arena_printf("the static value %lld is in %lld .. %lld",
                                                                  (long long)v, (long long)ds->lo, (long long)ds->hi));
            else
                add_removed(a, "range", "4.8(10/2)", arena_printf("the value's subtype %s lies within %s",
                                                                  subtype_name(q->ty), subtype_name(accb->designated)));
        }
    } else {
        Type *st = e->type && e->type->ty ? type_full(e->type->ty) : d;
        Type *ds = type_full(acc->designated);
        if (st && st->kind == TY_ACCESS && (st->aflags & AF_NOT_NULL))
            add_check(a, "null-exclusion", "3.10(14.1/2)", "Constraint_Error", "always fails: the default value null is excluded");
        if (ds && st && ds->kind == TY_RECORD && ds->discr_values.len && ds != st)
            add_check(a, "discriminant", "4.8(10/2)", "Constraint_Error", NULL);
        if (ds && st && ds->kind == TY_ARRAY && ds->constrained && ds != st)
            add_check(a, "index-bounds", "4.8(10/2)", "Constraint_Error", NULL);
        if (e->type && e->type->expr)
            value_checks(a, e->type, "3.2.2(11)");
        /* the elaboration of the subtype indication's index constraint
         * (cg_elaborate_subtype): non-static bounds within the index subtype */
        if (st && st->kind == TY_ARRAY && st->constrained && e->type && e->type->expr
            && e->type->expr->kind == N_APPLY && e->type->expr->op == APPLY_CONSTRAINT)
            for (int i = 0; i < st->indexes.len; i++) {
                Type *ix = type_full(st->indexes.data[i]);
                if (ix && !ix->static_bounds && ix->range_parent) {
                    add_check(a, "index-constraint", "3.6.1(7)", "Constraint_Error",
                              "the bounds must lie in the index subtype");
                    break;
                }
            }
        /* components whose constraint depends on a discriminant: checked as
         * the object is created (cg_init_default) */
        if (st && st->kind == TY_RECORD && !st->is_classwide)
            for (int i = 0; i < st->components.len; i++) {
                Type *ct = ((Entity *)st->components.data[i])->type;
                Type *fct = type_full(ct);
                if (fct && fct->kind == TY_ARRAY && type_depends_on_discriminant(ct)) {
                    add_check(a, "component-constraint", "3.8(18/2)", "Constraint_Error",
                              "a discriminant-dependent bound must lie in the index subtype");
                    break;
                }
            }
    }
    if (e->checks & CHK_DISCRIMINANT)
        add_check(a, "designated-constraint", "4.6(51/3)", "Constraint_Error",
                  arena_printf("the object must satisfy the constraint of %s", a->access_type));
    if (e->checks & CHK_NULL_EXCL)
        add_check(a, "null-exclusion", "4.6(51/3)", "Constraint_Error", "never fails: an allocator is not null");
    if (!strcmp(a->pool_kind, "subpool")) {
        add_check(a, "null-subpool", "4.8(10.3/3)", "Constraint_Error", "the handle is null");
        add_check(a, "foreign-subpool", "4.8(10.3/3)", "Program_Error",
                  "the subpool does not belong to the access type's pool");
    }
    if (e->left && e->left->checks)
        value_checks(a, e->left, "4.8(10.3/3)");
}

/* ---- walking the units ----------------------------------------------------------- */

typedef struct Item {
    Node *n;
    Node *instance;
} Item;

typedef struct Walk {
    Item *stack;
    size_t len, cap;
    Node **seen;               /* open addressing, power-of-two size */
    size_t seen_cap, seen_len;
    Vec allocs;                /* Alloc* */
} Walk;

static bool seen_add(Walk *w, Node *n)
{
    if (w->seen_len * 2 >= w->seen_cap) {
        size_t cap = w->seen_cap ? w->seen_cap * 2 : 1024;
        Node **s = calloc(cap, sizeof *s);
        if (!s)
            fatal("out of memory");
        for (size_t i = 0; i < w->seen_cap; i++)
            if (w->seen[i]) {
                size_t h = ((uintptr_t)w->seen[i] >> 4) & (cap - 1);
                while (s[h])
                    h = (h + 1) & (cap - 1);
                s[h] = w->seen[i];
            }
        free(w->seen);
        w->seen = s;
        w->seen_cap = cap;
    }
    size_t h = ((uintptr_t)n >> 4) & (w->seen_cap - 1);
    while (w->seen[h]) {
        if (w->seen[h] == n)
            return false;
        h = (h + 1) & (w->seen_cap - 1);
    }
    w->seen[h] = n;
    w->seen_len++;
    return true;
}

static void push(Walk *w, Node *n, Node *inst)
{
    if (!n)
        return;
    if (w->len == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 256;
        w->stack = realloc(w->stack, w->cap * sizeof *w->stack);
        if (!w->stack)
            fatal("out of memory");
    }
    w->stack[w->len++] = (Item){n, inst};
}

static void push_vec(Walk *w, const Vec *v, Node *inst)
{
    for (int i = v->len - 1; i >= 0; i--)
        push(w, v->data[i], inst);
}

/* "Name (body)", "Name (spec)" for compilation unit CU. */
static const char *unit_name(Node *cu)
{
    Node *u = cu && cu->kind == N_COMPILATION_UNIT ? cu->expr : cu;
    if (!u)
        return "?";
    Entity *e = u->ent ? u->ent : u->spec && u->spec->ent ? u->spec->ent : NULL;
    const char *name = e ? entity_name(e) : NULL;
    if (!name && u->expr)
        name = node_text(u->expr, 60);
    if (!name && u->spec && u->spec->expr)
        name = node_text(u->spec->expr, 60);
    bool body = u->kind == N_PACKAGE_BODY || u->kind == N_SUBPROGRAM_BODY || u->kind == N_SUBUNIT;
    return arena_printf("%s (%s)", name ? name : "?", body ? "body" : "spec");
}

static void walk_unit(Walk *w, Node *unit, const char *uname)
{
    push(w, unit, NULL);
    while (w->len) {
        Item it = w->stack[--w->len];
        Node *n = it.n;
        if (!seen_add(w, n))
            continue;
        /* a generic unit's templates are not analysed: its instances are */
        if (n->kind == N_GENERIC_DECL || (n->ent && n->ent->kind == E_GENERIC))
            continue;
        if (n->kind == N_ALLOCATOR && n->ty && type_full(n->ty) && type_full(n->ty)->kind == TY_ACCESS) {
            Alloc *a = arena_alloc(sizeof *a);
            a->n = n;
            a->instance = it.instance;
            a->unit = uname;
            describe(a, n);
            vec_push(&w->allocs, a);
        }
        Node *inst = n->kind == N_INSTANTIATION ? n : it.instance;
        /* pushed in reverse: the tree is visited in source order */
        push_vec(w, &n->pragmas, it.instance);
        push_vec(w, &n->aspects, it.instance);
        push_vec(w, &n->list2, n->kind == N_INSTANTIATION ? inst : it.instance);
        push_vec(w, &n->list3, it.instance);
        push_vec(w, &n->list, it.instance);
        push(w, n->init, it.instance);
        push(w, n->constraint, it.instance);
        push(w, n->right, it.instance);
        push(w, n->left, it.instance);
        push(w, n->type, it.instance);
        push(w, n->expr, it.instance);
        push(w, n->cond, it.instance);
        push(w, n->ref, it.instance);
        push(w, n->spec, it.instance);
        push_vec(w, &n->ids, it.instance);
    }
}

/* ---- output ------------------------------------------------------------------------ */

static const char *file_name(Loc l)
{
    const Source *s = l.file ? source_get(l.file) : NULL;
    return s && s->name ? s->name : "?";
}

static int by_position(const void *x, const void *y)
{
    const Alloc *a = *(Alloc *const *)x, *b = *(Alloc *const *)y;
    Loc la = a->n->loc, lb = b->n->loc;
    if (la.file != lb.file)
        return la.file < lb.file ? -1 : 1;
    if (la.line != lb.line)
        return la.line < lb.line ? -1 : 1;
    if (la.col != lb.col)
        return la.col < lb.col ? -1 : 1;
    /* the same template position in several instances: instantiation order */
    Loc ia = a->instance ? a->instance->loc : (Loc){0}, ib = b->instance ? b->instance->loc : (Loc){0};
    if (ia.file != ib.file)
        return ia.file < ib.file ? -1 : 1;
    if (ia.line != ib.line)
        return ia.line < ib.line ? -1 : 1;
    return ia.col < ib.col ? -1 : ia.col > ib.col;
}

static void json_str(FILE *out, const char *s)
{
    if (!s) {
        fputs("null", out);
        return;
    }
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            fprintf(out, "\\%c", *p);
        else if (*p < 0x20)
            fprintf(out, "\\u%04x", *p);
        else
            fputc(*p, out);
    }
    fputc('"', out);
}

static const char *instance_generic(const Alloc *a)
{
    Node *r = a->instance ? a->instance->ref : NULL;
    return r ? node_text(r, 60) : NULL;
}

static const char *loc_text(Loc l)
{
    return arena_printf("%s:%d:%d", file_name(l), l.line, l.col);
}

static void json_checks(FILE *out, const Check *c, int n, bool reason)
{
    fputc('[', out);
    for (int i = 0; i < n; i++) {
        fprintf(out, "%s{\"check\": ", i ? ", " : "");
        json_str(out, c[i].name);
        fputs(", \"rm\": ", out);
        json_str(out, c[i].rm);
        if (reason) {
            fputs(", \"reason\": ", out);
            json_str(out, c[i].note);
        } else {
            fputs(", \"raises\": ", out);
            json_str(out, c[i].exc);
            fputs(", \"note\": ", out);
            json_str(out, c[i].note);
        }
        fputc('}', out);
    }
    fputc(']', out);
}

static void write_json(Vec *allocs, const ReportOptions *o, FILE *out, int *counts)
{
    fprintf(out, "{\n  \"format\": \"adac-alloc-report\",\n  \"version\": 1,\n");
    fprintf(out, "  \"checks_enabled\": %s,\n  \"default_pool\": ", o->checks ? "true" : "false");
    json_str(out, o->default_pool);
    fprintf(out, ",\n  \"allocators\": [");
    for (int i = 0; i < allocs->len; i++) {
        Alloc *a = allocs->data[i];
        Loc l = a->n->loc;
        fprintf(out, "%s\n    {\"file\": ", i ? "," : "");
        json_str(out, file_name(l));
        fprintf(out, ", \"line\": %d, \"column\": %d, \"unit\": ", l.line, l.col);
        json_str(out, a->unit);
        fputs(",\n     \"instance_of\": ", out);
        json_str(out, instance_generic(a));
        fputs(", \"instance_at\": ", out);
        json_str(out, a->instance ? loc_text(a->instance->loc) : NULL);
        fputs(",\n     \"text\": ", out);
        json_str(out, a->text);
        fprintf(out, ", \"form\": \"%s\"", a->n->expr ? "initialized" : "uninitialized");
        fputs(",\n     \"access_type\": ", out);
        json_str(out, a->access_type);
        fputs(", \"subtype\": ", out);
        json_str(out, a->subtype);
        fputs(", \"designated_subtype\": ", out);
        json_str(out, a->designated);
        fprintf(out, ",\n     \"class_wide\": %s, \"bounds_header\": %s",
                a->classwide ? "true" : "false", a->bounds ? "true" : "false");
        fputs(",\n     \"pool\": {\"kind\": ", out);
        json_str(out, a->pool_kind);
        fputs(", \"object\": ", out);
        json_str(out, a->pool);
        fputs(", \"type\": ", out);
        json_str(out, a->pool_type);
        fputs(", \"subpool_handle\": ", out);
        json_str(out, a->handle);
        fprintf(out, ", \"default_subpool\": %s", a->default_subpool ? "true" : "false");
        fputs("}", out);
        if (a->obj.known)
            fprintf(out, ",\n     \"size\": %llu, ", (unsigned long long)a->obj.size);
        else
            fputs(",\n     \"size\": null, ", out);
        if (a->obj.align)
            fprintf(out, "\"alignment\": %llu", (unsigned long long)a->obj.align);
        else
            fputs("\"alignment\": null", out);
        fputs(", \"size_note\": ", out);
        json_str(out, a->obj.known ? NULL : a->obj.why);
        fprintf(out, ", \"header\": %llu, \"header_holds\": ", (unsigned long long)a->header);
        json_str(out, a->header ? a->header_what : NULL);
        fprintf(out, ",\n     \"needs_finalization\": %s", a->finalization ? "true" : "false");
        fputs(",\n     \"checks\": ", out);
        json_checks(out, a->checks, o->checks ? a->n_checks : 0, false);
        fputs(",\n     \"suppressed_checks\": ", out);
        json_checks(out, a->checks, o->checks ? 0 : a->n_checks, false);
        fputs(",\n     \"removed_checks\": ", out);
        json_checks(out, a->removed, a->n_removed, true);
        fputs("}", out);
    }
    fprintf(out, "%s],\n  \"summary\": {\"allocators\": %d, \"default_pool\": %d, \"user_pool\": %d, "
            "\"subpool\": %d, \"needs_finalization\": %d, \"checks\": %d, \"removed_checks\": %d}\n}\n",
            allocs->len ? "\n  " : "", allocs->len, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
}

static void blank_line_once(bool *done, FILE *out)
{
    if (!*done)
        fputc('\n', out);
    *done = true;
}

/* A table: one row per allocator, columns as wide as their widest cell. */
enum { COL_LOC, COL_ALLOC, COL_ACCESS, COL_SUBTYPE, COL_POOL, COL_SIZE, COL_ALIGN, COL_FIN, COL_CHECKS, N_COLS };

static void write_table(Vec *allocs, const ReportOptions *o, FILE *out, int *counts)
{
    static const char *const head[N_COLS] = {"LOCATION", "ALLOCATOR", "ACCESS TYPE", "SUBTYPE", "POOL",
                                             "SIZE", "ALIGN", "FIN", "CHECKS"};
    int n = allocs->len;
    const char **cell = arena_alloc(sizeof *cell * (size_t)(n + 1) * N_COLS);
    for (int c = 0; c < N_COLS; c++)
        cell[c] = head[c];
    for (int i = 0; i < n; i++) {
        Alloc *a = allocs->data[i];
        const char **row = cell + (size_t)(i + 1) * N_COLS;
        row[COL_LOC] = loc_text(a->n->loc);
        row[COL_ALLOC] = a->text ? a->text : a->form;
        if (a->instance)
            row[COL_ALLOC] = arena_printf("%s [instance at %s]", row[COL_ALLOC], loc_text(a->instance->loc));
        row[COL_ACCESS] = a->access_type;
        row[COL_SUBTYPE] = a->subtype;
        if (!strcmp(a->pool_kind, "default"))
            row[COL_POOL] = o->default_pool && strcmp(o->default_pool, "builtin")
                            ? arena_printf("default (%s)", o->default_pool) : "default";
        else if (!strcmp(a->pool_kind, "user"))
            row[COL_POOL] = a->default_subpool ? arena_printf("default subpool of %s", a->pool) : a->pool;
        else
            row[COL_POOL] = arena_printf("subpool %s of %s", a->handle, a->pool);
        const char *size = a->obj.known ? arena_printf("%llu", (unsigned long long)a->obj.size) : "dynamic";
        row[COL_SIZE] = a->header ? arena_printf("%s+%llu", size, (unsigned long long)a->header) : size;
        row[COL_ALIGN] = a->obj.align ? arena_printf("%llu", (unsigned long long)a->obj.align) : "-";
        row[COL_FIN] = a->finalization ? "yes" : "no";
        char *checks = "";
        for (int k = 0; k < a->n_checks; k++)
            checks = arena_printf("%s%s%s", checks, k ? ", " : "", a->checks[k].name);
        if (!o->checks && a->n_checks)
            checks = arena_printf("(suppressed: %s)", checks);
        for (int k = 0; k < a->n_removed; k++)
            checks = arena_printf("%s%s(%s removed)", checks, *checks ? " " : "", a->removed[k].name);
        row[COL_CHECKS] = *checks ? checks : "-";
    }
    int width[N_COLS] = {0};
    for (int i = 0; i <= n; i++)
        for (int c = 0; c < N_COLS; c++) {
            int w = (int)strlen(cell[(size_t)i * N_COLS + c]);
            if (w > width[c])
                width[c] = w;
        }
    for (int i = 0; i <= n; i++) {
        for (int c = 0; c < N_COLS; c++) {
            const char *s = cell[(size_t)i * N_COLS + c];
            if (c == N_COLS - 1)
                fprintf(out, "%s\n", s);
            else
                fprintf(out, "%-*s  ", width[c], s);
        }
    }
    fprintf(out, "\n%d allocator%s: %d from the default pool, %d from a user pool, %d from a subpool; "
            "%d need%s finalization; %d run-time check%s%s, %d removed\n",
            n, n == 1 ? "" : "s", counts[0], counts[1], counts[2], counts[3], counts[3] == 1 ? "s" : "",
            counts[4], counts[4] == 1 ? "" : "s", o->checks ? "" : " (suppressed by -gnatp)", counts[5]);
    /* the details a row has no room for */
    bool any = false;
    for (int i = 0; i < n; i++) {
        Alloc *a = allocs->data[i];
        const char *where = loc_text(a->n->loc);
        if (!a->obj.known && a->obj.why) {
            blank_line_once(&any, out);
            fprintf(out, "%s: size: %s\n", where, a->obj.why);
        }
        if (a->header) {
            blank_line_once(&any, out);
            fprintf(out, "%s: size: +%llu bytes in front of the object (%s)\n", where,
                    (unsigned long long)a->header, a->header_what);
        }
        for (int k = 0; k < a->n_checks; k++) {
            blank_line_once(&any, out);
            fprintf(out, "%s: check %s [RM %s] raises %s%s%s\n", where, a->checks[k].name, a->checks[k].rm,
                    a->checks[k].exc, a->checks[k].note ? ": " : "", a->checks[k].note ? a->checks[k].note : "");
        }
        for (int k = 0; k < a->n_removed; k++) {
            blank_line_once(&any, out);
            fprintf(out, "%s: check %s [RM %s] removed: %s\n", where, a->removed[k].name, a->removed[k].rm,
                    a->removed[k].note);
        }
    }
}

void report_allocators(Program *prog, const ReportOptions *opts, FILE *out)
{
    Walk w = {0};
    for (int i = 0; i < prog->units.len; i++) {
        Node *cu = prog->units.data[i];
        const Source *s = cu && cu->loc.file ? source_get(cu->loc.file) : NULL;
        if (!cu || (s && s->predefined))
            continue;
        walk_unit(&w, cu, unit_name(cu));
    }
    free(w.stack);
    free(w.seen);
    if (w.allocs.len > 1)
        qsort(w.allocs.data, (size_t)w.allocs.len, sizeof w.allocs.data[0], by_position);
    int counts[6] = {0};   /* default, user, subpool, finalization, checks, removed */
    for (int i = 0; i < w.allocs.len; i++) {
        Alloc *a = w.allocs.data[i];
        counts[!strcmp(a->pool_kind, "default") ? 0 : !strcmp(a->pool_kind, "user") ? 1 : 2]++;
        counts[3] += a->finalization;
        counts[4] += a->n_checks;
        counts[5] += a->n_removed;
    }
    if (opts->json)
        write_json(&w.allocs, opts, out, counts);
    else
        write_table(&w.allocs, opts, out, counts);
}
