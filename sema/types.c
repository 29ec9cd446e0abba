/*
 * types.c: types and subtypes (RM 3.2-3.10).
 *
 * A Type is either a base type (base == itself) or a subtype of one that adds
 * a constraint.  Scalar constraints are kept as static bounds when they are
 * static, and otherwise as the analysed bound expressions, which codegen
 * evaluates when the subtype is elaborated.
 *
 * An incomplete or private type gets its Type object when first declared;
 * the full declaration fills in that same object, so every use made of the
 * partial view sees the full type.  (The privacy rules that depend on which
 * view is visible are not enforced yet.)
 */
#include "sema.h"

#include <string.h>

Type *type_new(TypeKind kind, const char *name)
{
    Type *t = arena_alloc(sizeof *t);
    t->kind = kind;
    t->base = t;
    t->root = t;
    t->name = name;
    return t;
}

Type *subtype_new(Type *parent)
{
    Type *t = arena_alloc(sizeof *t);
    *t = *parent;
    t->base = parent->base;
    t->ent = NULL;
    t->cg = NULL;
    return t;
}

Type *type_full(Type *t) { return t && t->full ? t->full : t; }

bool type_is_scalar(const Type *t)
{
    switch (t->kind) {
    case TY_SIGNED: case TY_MODULAR: case TY_ENUM: case TY_FLOAT:
    case TY_UNIV_INT: case TY_UNIV_REAL:
        return true;
    default:
        return false;
    }
}

/* A < B for static values of T: unsigned for a modular type of modulus
 * 2**64 (modulus 0 here), whose values past 2**63 - 1 are kept wrapped in
 * the int64_t bounds (its Last is stored as -1). */
bool type_is_mod64(const Type *t)
{
    const Type *bt = t ? t->base : NULL;
    return bt && bt->kind == TY_MODULAR && bt->modulus == 0;
}

bool static_lt(const Type *t, int64_t a, int64_t b)
{
    return type_is_mod64(t) ? (uint64_t)a < (uint64_t)b : a < b;
}

/* The number of values of discrete subtype IX's static range: 0 for a
 * null range or bounds that are not static.  In unsigned arithmetic, so
 * that no length overflows (Long_Long_Integer'Range) and mod 2**64
 * bounds count as its values (found by make fuzz). */
uint64_t static_length(const Type *ix)
{
    if (!ix || !ix->static_bounds || static_lt(ix, ix->hi, ix->lo))
        return 0;
    return (uint64_t)ix->hi - (uint64_t)ix->lo + 1;
}

bool type_is_discrete(const Type *t)
{
    return t->kind == TY_SIGNED || t->kind == TY_MODULAR || t->kind == TY_ENUM
        || t->kind == TY_UNIV_INT;
}

bool type_is_integer(const Type *t)
{
    return t->kind == TY_SIGNED || t->kind == TY_MODULAR || t->kind == TY_UNIV_INT;
}

bool type_is_numeric(const Type *t)
{
    return type_is_integer(t) || t->kind == TY_FLOAT || t->kind == TY_UNIV_REAL;
}

const char *type_name(const Type *t)
{
    if (!t)
        return "?";
    if (t->ent)
        return t->ent->spelling;
    if (t->name)
        return t->name;
    if (t->base != t && t->base->ent)
        return t->base->ent->spelling;
    if (t->kind == TY_ACCESS && t->designated)
        return arena_printf("access to %s", type_name(t->designated));
    return "an anonymous type";
}

bool same_type(const Type *a, const Type *b)
{
    return a && b && a->base == b->base;
}

bool type_covers(const Type *to, const Type *from)
{
    if (!to || !from || to->unsupported || from->unsupported)
        return true;               /* after an error: do not cascade */
    if (same_type(to, from))
        return true;
    switch (from->kind) {
    case TY_UNIV_INT:
        return type_is_integer(to) || to->kind == TY_UNIV_REAL;
    case TY_UNIV_REAL:
        return to->kind == TY_FLOAT;
    case TY_NULL:
        return to->kind == TY_ACCESS;
    case TY_STRING_LIT:
        return to->kind == TY_ARRAY && to->is_string;
    default:
        break;
    }
    /* T'Class covers every type in the class (3.9(3)); a class-wide value
     * can be the controlling operand of a dispatching call (3.9.2(9/1)) */
    if (to->is_classwide && is_descendant((Type *)from, (Type *)to->specific))
        return true;
    if (to->tagged && !to->is_classwide && from->is_classwide && type_full((Type *)from->specific)->base == ((Type *)to)->base)
        return true;
    /* an anonymous access type accepts any access type designating the
     * same type (a conversion that 8.6(25) allows implicitly) */
    if (to->kind == TY_ACCESS && from->kind == TY_ACCESS && (to->aflags & AF_ANONYMOUS))
        return to->designated && from->designated && (same_type(to->designated, from->designated)
               || type_covers(type_full(to->designated), type_full(from->designated)));
    return false;
}

/* ---- subtype marks and indications --------------------------------------- */

Type *sema_subtype_mark(Node *n)
{
    if (n->kind == N_ATTRIBUTE && !strcmp(n->id->name, "class")) {
        Type *t = sema_subtype_mark(n->expr);
        if (!t)
            return NULL;
        Type *cw = t->classwide ? t->classwide : classwide_of(t);
        if (!cw && !(t->kind == TY_PRIVATE && t->tagged)) {
            error_at(n->loc, "3.9(14)", "'Class needs a tagged type, and '%s' is not tagged", type_name(t));
            return NULL;
        }
        if (!cw) {
            /* the partial view of a tagged private type */
            Type *c = type_new(TY_RECORD, NULL);
            c->tagged = c->is_classwide = true;
            c->specific = t;
            c->classwide = c;
            c->root = t->root;
            c->name = arena_printf("%s'Class", type_name(t));
            t->classwide = cw = c;
        }
        n->ty = cw;
        return cw;
    }
    if (n->kind == N_ATTRIBUTE && !strcmp(n->id->name, "base")) {
        Type *t = sema_subtype_mark(n->expr);
        n->ty = t ? t->base : NULL;
        return n->ty;
    }
    Entity *e = NULL;
    if (n->kind == N_IDENT) {
        e = lookup(n->id);
        if (!e) {
            sema_undeclared(n);
            return NULL;
        }
    } else if (n->kind == N_SELECTED) {
        sema_expr(n, NULL);    /* resolves the prefix; leaves ent */
        e = n->ent;
        if (!e)
            return NULL;
    } else {
        error_at(n->loc, "3.2.2(3)", "a subtype mark is expected here");
        return NULL;
    }
    if (e->kind != E_TYPE) {
        error_at(n->loc, "3.2.2(3)", "'%s' is not a type or subtype", entity_name(e));
        return NULL;
    }
    n->ent = e;
    n->ty = e->type;
    return e->type;
}

bool sema_static_dimension(Node *d, const char *attr, int64_t *dim)
{
    if (d->kind == N_ASSOC || (sema_expr(d, NULL), !eval_static_int64(d, dim)) || *dim < 1) {
        error_at(d->loc, "3.6.2(3)", "the dimension of '%s must be a static positive integer", attr);
        return false;
    }
    return true;
}

/* R as a discrete range when it is X'Range or X'Range (N) of an array
 * object or array subtype X (3.6.2(7)): the range X'First (N) .. X'Last (N),
 * a new N_RANGE node; NULL when R is no such attribute (a scalar subtype's
 * T'Range stays what it is) or after an error.  X is a name, evaluated for
 * each bound: a function call there is refused. */
Node *sema_range_attribute_bounds(Node *r, bool scalar_too)
{
    Node *a = r;
    int64_t dim = 0;
    if (r->kind == N_APPLY && r->expr->kind == N_ATTRIBUTE && r->expr->id && !strcmp(r->expr->id->name, "range")
        && r->list.len == 1) {
        a = r->expr;
        Node *d = r->list.data[0];
        if (!sema_static_dimension(d, "Range", &dim))
            return NULL;
    } else if (r->kind != N_ATTRIBUTE || !r->id || strcmp(r->id->name, "range")) {
        return NULL;
    }
    Node *x = a->expr;
    if (is_subtype_mark_node(x)) {
        Type *t = sema_subtype_mark(x);
        if (!t || (type_full(t)->kind != TY_ARRAY && !(scalar_too && type_is_scalar(type_full(t)))))
            return NULL;
    } else {
        Node *nm = x;
        while (nm->kind == N_DEREF || (nm->kind == N_SELECTED && nm->expr->kind != N_IDENT))
            nm = nm->expr;
        Entity *e = nm->kind == N_IDENT ? lookup(nm->id) : NULL;
        if ((nm->kind != N_IDENT && nm->kind != N_SELECTED) || (e && e->kind == E_FUNCTION)) {
            error_at(x->loc, "3.6.2(7)", "'Range here needs the name of an array object or subtype as prefix; "
                     "adac does not support another prefix here: declare an object for it");
            return NULL;
        }
    }
    Node *rng = node_new(N_RANGE, r->loc);
    rng->end = r->end;
    const char *names[2] = {"first", "last"};
    for (int i = 0; i < 2; i++) {
        Node *b = node_new(N_ATTRIBUTE, a->loc);
        b->id = intern(names[i], strlen(names[i]));
        b->text = i ? "Last" : "First";
        b->op = (int)dim;
        b->expr = arena_alloc(sizeof *b->expr);
        *b->expr = *x;             /* a copy per bound: sema may wrap it */
        if (i)
            rng->right = b;
        else
            rng->left = b;
    }
    return rng;
}

/* A range constraint on scalar subtype T (3.5(5)): a new subtype. */
static Type *constrain_range(Type *t, Node *rc)
{
    Node *r = rc->expr;
    if (r->kind != N_RANGE) {
        int errors = diag_error_count();
        Node *b = sema_range_attribute_bounds(r, false);
        if (b)
            rc->expr = r = b;
        else if (diag_error_count() != errors)
            return t;
    }
    if (!type_is_scalar(t)) {
        error_at(rc->loc, "3.2.2(5)", "a range constraint is only allowed for a scalar subtype, and '%s' is not scalar", type_name(t));
        return t;
    }
    if (r->kind != N_RANGE) {
        /* X'Range */
        if (r->kind == N_ATTRIBUTE && !strcmp(r->id->name, "range")) {
            Type *rt = sema_subtype_mark(r->expr);
            if (rt && !same_type(rt, t))
                error_at(r->loc, "3.5(5)", "the range of '%s' is not of type '%s'", type_name(rt), type_name(t));
            return rt ? rt : t;
        }
        error_at(r->loc, "3.5(2)", "a range is expected");
        return t;
    }
    sema_expr(r->left, t->base);
    sema_expr(r->right, t->base);
    sema_convert(r->left, t->base);
    sema_convert(r->right, t->base);
    Type *s = subtype_new(t);
    s->name = NULL;
    int64_t lo, hi;
    if (eval_static_int64(r->left, &lo) && eval_static_int64(r->right, &hi)) {
        s->static_bounds = true;
        s->lo = lo;
        s->hi = hi;
        s->lo_expr = r->left;       /* kept for positions in messages */
        s->hi_expr = r->right;
        /* 3.2.2(11): the constraint must be compatible with the subtype */
        if (!static_lt(t, hi, lo) && t->static_bounds && (static_lt(t, lo, t->lo) || static_lt(t, t->hi, hi))
            && type_is_discrete(t)) {
            diag(SEV_WARNING, r->loc, "3.2.2(11)", "the range %lld .. %lld is not within the range %lld .. %lld of '%s': Constraint_Error will be raised at run time",
                 (long long)lo, (long long)hi, (long long)t->lo, (long long)t->hi, type_name(t));
            s->range_parent = t;
        }
    } else {
        s->static_bounds = false;
        s->lo_expr = r->left;
        s->hi_expr = r->right;
        if (type_is_discrete(t))
            s->range_parent = t;
    }
    rc->ty = s;
    return s;
}

/* A type definition refused (and reported) gets a placeholder that every
 * type covers and that covers every type, so that no error cascades. */
Type *type_unsupported(const char *name)
{
    Type *t = type_new(TY_SIGNED, name);
    t->unsupported = true;
    return t;
}

Type *sema_subtype_ind(Node *n)
{
    if (n->kind == N_ACCESS_SUBP_DEF) {
        error_at(n->loc, "3.10", "access-to-subprogram types are not supported by adac");
        return type_unsupported("access to subprogram");
    }
    if (n->kind == N_ACCESS_DEF) {
        /* an access_definition: an anonymous general access type (3.10(12/3)) */
        Type *t = sema_type_def(n, NULL, NULL);
        if (t && t->kind == TY_ACCESS)
            t->aflags |= AF_ANONYMOUS | AF_GENERAL;
        return t;
    }
    if (n->kind == N_ARRAY_DEF)
        return sema_type_def(n, NULL, NULL);
    Node *mark = n->expr;
    Type *t;
    if (mark->kind == N_APPLY) {
        /* index or discriminant constraint */
        t = sema_constrained_subtype(mark);
        if (t && mark->op != APPLY_CONSTRAINT) {
            error_at(mark->loc, "3.2.2(3)", "a subtype mark is expected here");
            t = NULL;
        }
    } else {
        t = sema_subtype_mark(mark);
    }
    if (!t)
        return NULL;
    if (n->constraint)
        t = constrain_range(t, n->constraint);
    if (n->flags & NF_NOT_NULL) {
        if (t->kind != TY_ACCESS) {
            error_at(n->loc, "3.10(14/1)", "a null exclusion is only allowed for an access subtype, and '%s' is not one", type_name(t));
        } else if (t->aflags & AF_NOT_NULL) {
            error_at(n->loc, "3.10(14/1)", "'%s' already excludes null", type_name(t));
        } else {
            Type *s = subtype_new(t);
            s->aflags |= AF_NOT_NULL;
            s->name = arena_printf("not null %s", type_name(t));
            t = s;
        }
    }
    n->ty = t;
    return t;
}

/* ---- type definitions ----------------------------------------------------- */

static int bits_for_range(int64_t lo, int64_t hi)
{
    if (lo >= -128 && hi <= 127)
        return 8;
    if (lo >= -32768 && hi <= 32767)
        return 16;
    if (lo >= INT32_MIN && hi <= INT32_MAX)
        return 32;
    return 64;
}

static Type *integer_def(Node *def, Entity *ent)
{
    sema_expr(def->left, NULL);
    sema_expr(def->right, NULL);
    int64_t lo, hi;
    if (!eval_static_int64(def->left, &lo) || !eval_static_int64(def->right, &hi)) {
        error_at(def->loc, "3.5.4(5)", "the bounds of an integer type definition must be static");
        lo = 0, hi = 0;
    }
    Type *base = type_new(TY_SIGNED, NULL);
    base->bits = bits_for_range(lo, hi);
    base->static_bounds = true;
    base->hi = base->bits == 64 ? INT64_MAX : (int64_t)((1ULL << (base->bits - 1)) - 1);
    base->lo = -base->hi - 1;
    base->name = arena_printf("%s'Base", ent ? entity_name(ent) : "?");
    Type *t = subtype_new(base);
    t->lo = lo;
    t->hi = hi;
    t->name = NULL;
    return t;
}

static Type *modular_def(Node *def)
{
    sema_expr(def->expr, NULL);
    int64_t m;
    mpz_t big;
    mpz_init(big);
    bool full = eval_static_int(def->expr, big) && mpz_cmp_ui(big, 0) > 0 && mpz_sizeinbase(big, 2) == 65
                && mpz_scan1(big, 0) == 64;       /* exactly 2 ** 64 */
    mpz_clear(big);
    if (full) {
        /* mod 2 ** 64: Modulus 0 stands for 2 ** 64, Last for 2 ** 64 - 1 */
        Type *t = type_new(TY_MODULAR, NULL);
        t->modulus = 0;
        t->static_bounds = true;
        t->lo = 0;
        t->hi = -1;
        t->bits = 64;
        return t;
    }
    if (!eval_static_int64(def->expr, &m) || m < 2) {
        error_at(def->loc, "3.5.4(7)", "the modulus must be a static positive number above 1, at most 2 ** 64");
        m = 2;
    }
    Type *t = type_new(TY_MODULAR, NULL);
    t->modulus = m;
    t->static_bounds = true;
    t->lo = 0;
    t->hi = m - 1;
    t->bits = m <= 256 ? 8 : m <= 65536 ? 16 : m <= 4294967296LL ? 32 : 64;
    return t;
}

/* The Ident under which a character literal 'x' is declared: case is kept. */
Ident *char_lit_ident(const char *text)
{
    char buf[16];
    snprintf(buf, sizeof buf, "'#%02x'", (unsigned char)text[1]);
    return intern(buf, strlen(buf));
}

static Type *enum_def(Node *def, Entity *ent)
{
    Type *t = type_new(TY_ENUM, NULL);
    for (int i = 0; i < def->list.len; i++) {
        Node *l = def->list.data[i];
        Ident *id = l->kind == N_CHAR_LIT ? char_lit_ident(l->text) : l->id;
        Entity *e = entity_new(E_ENUM_LIT, id, l->loc);
        e->spelling = l->kind == N_CHAR_LIT ? l->text : l->text;
        e->type = t;
        e->pos = i;
        e->decl = l;
        l->ent = e;
        if (l->kind == N_CHAR_LIT)
            t->is_character = true;
        for (int k = 0; k < i; k++)
            if (((Entity *)t->lits.data[k])->id == id)
                error_at(l->loc, "8.3(26)", "enumeration literal '%s' is declared twice in this type", e->spelling);
        vec_push(&t->lits, e);
        declare(e);
        Entity *owner = scope_owner();
        if (owner && owner->kind == E_PACKAGE)
            vec_push(&owner->decls, e);
    }
    t->static_bounds = true;
    t->lo = 0;
    t->hi = def->list.len - 1;
    t->bits = def->list.len <= 256 ? 8 : def->list.len <= 65536 ? 16 : 32;
    (void)ent;
    return t;
}

/* An index subtype of an array definition or index constraint. */
static Type *discrete_range_type(Node *r)
{
    if (r->kind == N_RANGE) {
        Type *lt = sema_expr(r->left, NULL);
        Type *rt = sema_expr(r->right, NULL);
        Type *t = lt;
        if (lt && lt->kind == TY_UNIV_INT)
            t = rt && rt->kind != TY_UNIV_INT ? rt : std.integer;   /* 3.6.1(8) */
        if (!t || !type_is_discrete(t)) {
            if (t)
                error_at(r->loc, "3.6.1(3)", "a discrete range must be of a discrete type");
            return NULL;
        }
        sema_expr(r->left, t->base);
        sema_expr(r->right, t->base);
        sema_convert(r->left, t->base);
        sema_convert(r->right, t->base);
        Type *s = subtype_new(t->base);
        s->name = NULL;
        int64_t lo, hi;
        if (eval_static_int64(r->left, &lo) && eval_static_int64(r->right, &hi)) {
            s->static_bounds = true;
            s->lo = lo;
            s->hi = hi;
        } else {
            s->static_bounds = false;
            s->lo_expr = r->left;
            s->hi_expr = r->right;
        }
        r->ty = s;
        return s;
    }
    if (r->kind == N_SUBTYPE_IND)
        return sema_subtype_ind(r);
    if (r->kind == N_ATTRIBUTE || r->kind == N_APPLY) {
        int errors = diag_error_count();
        Node *b = sema_range_attribute_bounds(r, false);
        if (b) {
            *r = *b;               /* the node becomes the range */
            return discrete_range_type(r);
        }
        if (diag_error_count() != errors)
            return NULL;
    }
    if (r->kind == N_ATTRIBUTE && !strcmp(r->id->name, "range")) {
        Type *t = sema_expr(r, NULL);
        return t;
    }
    return sema_subtype_mark(r);
}

static Type *array_def(Node *def)
{
    Type *t = type_new(TY_ARRAY, NULL);
    bool boxes = false, ranges = false;
    for (int i = 0; i < def->list.len; i++) {
        Node *ix = def->list.data[i];
        Type *it;
        if (ix->kind == N_BOX_INDEX) {
            boxes = true;
            it = sema_subtype_mark(ix->type);
        } else {
            ranges = true;
            it = discrete_range_type(ix);
        }
        if (it && !type_is_discrete(it)) {
            error_at(ix->loc, "3.6(8)", "an index subtype must be discrete, and '%s' is not", type_name(it));
            it = std.integer;
        }
        vec_push(&t->indexes, it ? it : std.integer);
    }
    if (boxes && ranges)
        error_at(def->loc, "3.6(2)", "an array type definition cannot mix '<>' index subtypes and constrained index ranges");
    t->component = sema_subtype_ind(def->type);
    if (!t->component)
        t->component = std.integer;
    t->component_aliased = (def->flags & NF_ALIASED) != 0;
    t->is_string = t->indexes.len == 1 && t->component->base->is_character;
    if (!ranges)
        return t;
    /* a constrained array definition: an anonymous unconstrained base type
     * and the constrained first subtype (3.6(15)) */
    Type *s = subtype_new(t);
    s->constrained = true;
    return s;
}

/* Every access type declared so far, for allocators and null whose type
 * only an equality can tell (c48008a: `new T (10) = null`). */
Vec all_access_types;

/* The record type whose components are being analysed, and its entity:
 * an access definition among them may designate it (3.10(?), 8.6(17/3):
 * within its own definition the name of a type denotes the type in an
 * access_definition), before the entity has its type. */
static Entity *defining_ent;
static Type *defining_type;

static Type *access_def(Node *def)
{
    Type *t = type_new(TY_ACCESS, NULL);
    vec_push(&all_access_types, t);
    t->aflags = (def->flags & NF_ALL ? AF_GENERAL : 0) | (def->flags & NF_CONSTANT ? AF_GENERAL | AF_CONSTANT : 0)
              | (def->flags & NF_NOT_NULL ? AF_NOT_NULL : 0);
    t->level = scope_level();
    Node *mark = def->type;
    if (mark && mark->kind == N_SUBTYPE_IND && !mark->constraint)
        mark = mark->expr;
    if (defining_ent && !defining_ent->type && mark && mark->kind == N_IDENT && lookup(mark->id) == defining_ent) {
        t->designated = defining_type;
        mark->ent = defining_ent;
    } else {
        t->designated = sema_subtype_ind(def->type);
    }
    t->bits = 64;
    return t;
}

/* The discriminant part of a record type (3.7): the discriminants become
 * the first components, visible by name within the record definition. */
static void add_discriminants(Type *t, Vec *discrs)
{
    int with_default = 0;
    for (int i = 0; i < discrs->len; i++) {
        Node *d = discrs->data[i];
        if (d->kind != N_DISCRIMINANT) {
            error_at(d->loc, NULL, "unknown discriminants (<>) are not supported yet");
            continue;
        }
        Type *dt = sema_subtype_ind(d->type);
        if (d->type->kind == N_ACCESS_DEF && dt)
            dt->aflags |= AF_ACCESS_DISCR;
        if (dt && !type_is_discrete(type_full(dt)) && type_full(dt)->kind != TY_ACCESS) {
            error_at(d->type->loc, "3.7(5/2)", "a discriminant must be of a discrete or access type, and '%s' is neither", type_name(dt));
            dt = NULL;
        }
        if (d->init && dt) {
            sema_expr(d->init, dt);
            sema_convert(d->init, dt);
        }
        for (int k = 0; k < d->ids.len; k++) {
            Node *idn = d->ids.data[k];
            for (int j = 0; j < t->components.len; j++)
                if (((Entity *)t->components.data[j])->id == idn->id)
                    error_at(idn->loc, "8.3(26)", "discriminant '%s' is declared twice", idn->text);
            Entity *e = entity_new(E_COMPONENT, idn->id, idn->loc);
            e->spelling = idn->text;
            e->type = dt;
            e->decl = d;
            e->init = d->init;
            e->pos = t->components.len;
            e->is_discriminant = true;
            idn->ent = e;
            vec_push(&t->components, e);
            declare(e);
            if (d->init)
                with_default++;
        }
    }
    t->n_discr = t->components.len;
    t->discr_defaults = with_default > 0;
    if (with_default && with_default != t->n_discr)
        error_at(((Node *)discrs->data[0])->loc, "3.7(10/3)", "either all discriminants of a type have default expressions or none do");
}

/* Does bound E range over statically known values (a static expression or
 * a discriminant of a static subtype)? */
static bool bound_known(Node *e)
{
    int64_t v;
    if (eval_static_int64(e, &v))
        return true;
    while (e->kind == N_PAREN || e->kind == N_QUALIFIED)
        e = e->expr;
    if (e->kind == N_APPLY && e->op == APPLY_CONVERSION && e->list.len == 1)
        return bound_known(e->list.data[0]);
    if ((e->kind == N_IDENT || e->kind == N_SELECTED) && e->ent && e->ent->is_discriminant) {
        Type *dt = type_full(e->ent->type);
        return dt && dt->static_bounds;
    }
    return false;
}

/* Can the largest size of component subtype CT, whatever its record's
 * discriminants, be known when the record is laid out? */
static bool max_size_known(Type *ct)
{
    ct = type_full(ct);
    if (ct->kind != TY_ARRAY)
        return true;
    for (int i = 0; i < ct->indexes.len; i++) {
        Type *ix = type_full(ct->indexes.data[i]);
        if (!ix->static_bounds && !(ix->lo_expr && ix->hi_expr && bound_known(ix->lo_expr) && bound_known(ix->hi_expr)))
            return false;
    }
    return true;
}

/* The components of a component list, those of its variant parts included,
 * appended to T; PATH is the list of variants they are inside (3.8, 3.8.1). */
static void add_components(Type *t, Vec *items, Vec path)
{
    for (int i = 0; i < items->len; i++) {
        Node *c = items->data[i];
        if (c->kind == N_NULL_COMPONENT || c->kind == N_PRAGMA)
            continue;
        if (c->kind == N_CASE) {
            /* a variant part: governed by a discriminant of the type */
            Entity *d = NULL;
            for (int j = 0; j < t->n_discr; j++)
                if (((Entity *)t->components.data[j])->id == c->id)
                    d = t->components.data[j];
            if (!d) {
                error_at(c->loc, "3.8.1(5)", "'%s' is not a discriminant of this type: a variant part is governed by one",
                         c->id ? c->id->name : "?");
                continue;
            }
            if (d->type && !type_is_discrete(type_full(d->type))) {
                error_at(c->loc, "3.8.1(5)", "the discriminant '%s' governing a variant part must be discrete", entity_name(d));
                continue;
            }
            Type *dt = d->type ? type_full(d->type)->base : NULL;
            for (int a = 0; a < c->list.len; a++) {
                Node *arm = c->list.data[a];
                arm->ent = d;
                arm->expr = c;          /* the variant part, for `others` */
                for (int k = 0; k < arm->list2.len; k++) {
                    Node *ch = arm->list2.data[k];
                    if (ch->kind == N_OTHERS || !dt)
                        continue;
                    if (ch->kind == N_RANGE) {
                        sema_expr(ch->left, dt);
                        sema_expr(ch->right, dt);
                        sema_convert(ch->left, dt);
                        sema_convert(ch->right, dt);
                    } else if (is_subtype_mark_node(ch) || ch->kind == N_SUBTYPE_IND) {
                        ch->ty = ch->kind == N_SUBTYPE_IND ? sema_subtype_ind(ch) : sema_subtype_mark(ch);
                    } else {
                        sema_expr(ch, dt);
                        sema_convert(ch, dt);
                        int64_t v;
                        if (!eval_static_int64(ch, &v))
                            error_at(ch->loc, "3.8.1(8)", "a discrete choice of a variant must be static");
                    }
                }
                Vec inner = {0};
                for (int k = 0; k < path.len; k++)
                    vec_push(&inner, path.data[k]);
                vec_push(&inner, arm);
                add_components(t, &arm->list, inner);
            }
            continue;
        }
        if (c->kind != N_COMPONENT)
            continue;
        Type *ct = sema_subtype_ind(c->type);
        for (int k = 0; k < c->ids.len; k++) {
            Node *idn = c->ids.data[k];
            for (int j = 0; j < t->components.len; j++)
                if (((Entity *)t->components.data[j])->id == idn->id)
                    error_at(idn->loc, "8.3(26)", "component '%s' is declared twice in this record", idn->text);
            Entity *e = entity_new(E_COMPONENT, idn->id, idn->loc);
            e->spelling = idn->text;
            e->type = ct;
            e->decl = c;
            e->init = c->init;
            e->pos = t->components.len;
            e->variant_path = path;
            e->aliased = (c->flags & NF_ALIASED) != 0;
            idn->ent = e;
            vec_push(&t->components, e);
        }
        if (c->init && ct) {
            sema_expr(c->init, ct);
            sema_convert(c->init, ct);
        }
        /* a component whose size depends on the discriminants: objects of
         * the type are sized by their own discriminants, unless defaults
         * make them mutable and a largest size is known (then that) */
        if (ct && type_depends_on_discriminant(ct)
            && ((type_full(ct)->kind == TY_ARRAY && (!t->discr_defaults || !max_size_known(ct)))
                || (type_full(ct)->kind == TY_RECORD && type_full(ct)->base->dynamic_layout)))
            t->dynamic_layout = true;
        if (path.len)
            t->has_variants = true;
    }
}

/* Is variant ARM selected when its governing discriminant has value V? */
bool variant_selected(Node *arm, int64_t v)
{
    for (int k = 0; k < arm->list2.len; k++) {
        Node *ch = arm->list2.data[k];
        int64_t lo, hi;
        if (ch->kind == N_OTHERS) {
            Node *part = arm->expr;
            for (int a = 0; a < part->list.len; a++) {
                Node *other = part->list.data[a];
                if (other != arm && variant_selected(other, v))
                    return false;
            }
            return true;
        }
        if (ch->kind == N_RANGE) {
            if (eval_static_int64(ch->left, &lo) && eval_static_int64(ch->right, &hi) && lo <= v && v <= hi)
                return true;
        } else if (ch->ty && (ch->kind == N_SUBTYPE_IND || (ch->ent && ch->ent->kind == E_TYPE))) {
            Type *st = type_full(ch->ty);
            if (st->static_bounds && st->lo <= v && v <= st->hi)
                return true;
        } else if (eval_static_int64(ch, &lo) && lo == v) {
            return true;
        }
    }
    return false;
}

static Type *record_def(Node *def, Entity *ent, Vec *discrs)
{
    Type *t = type_new(TY_RECORD, NULL);
    t->limited = (def->flags & NF_LIMITED) != 0;
    if (def->flags & NF_TAGGED) {
        t->tagged = true;
        t->level = scope_level();
        sema_note_tagged_level(t->level);
    }
    scope_push(scope_owner());      /* the discriminants are visible inside */
    Entity *saved_ent = defining_ent;
    Type *saved_type = defining_type;
    defining_ent = ent;
    defining_type = t;
    if (discrs && discrs->len)
        add_discriminants(t, discrs);
    add_components(t, &def->list, (Vec){0});
    defining_ent = saved_ent;
    defining_type = saved_type;
    scope_pop();
    return t;
}

/* Does subtype T have a bound or constraint that names a discriminant? */
static bool expr_names_discriminant(Node *e)
{
    if (!e)
        return false;
    if ((e->kind == N_IDENT || e->kind == N_SELECTED) && e->ent && e->ent->is_discriminant)
        return true;
    if (expr_names_discriminant(e->left) || expr_names_discriminant(e->right) || expr_names_discriminant(e->expr))
        return true;
    for (int i = 0; i < e->list.len; i++)
        if (expr_names_discriminant(e->list.data[i]))
            return true;
    return false;
}

bool type_depends_on_discriminant(Type *t)
{
    if (!t)
        return false;
    if (expr_names_discriminant(t->lo_expr) || expr_names_discriminant(t->hi_expr))
        return true;
    for (int i = 0; i < t->discr_values.len; i++)
        if (expr_names_discriminant(t->discr_values.data[i]))
            return true;
    if (t->kind == TY_ARRAY && t->constrained)
        for (int i = 0; i < t->indexes.len; i++)
            if (type_depends_on_discriminant(t->indexes.data[i]))
                return true;
    return false;
}

Type *sema_type_def(Node *def, Entity *ent, Vec *discrs)
{
    Type *t = NULL;
    switch (def->kind) {
    case N_INTEGER_DEF: t = integer_def(def, ent); break;
    case N_MODULAR_DEF: t = modular_def(def); break;
    case N_ENUM_DEF: t = enum_def(def, ent); break;
    case N_FLOAT_DEF: {
        sema_expr(def->expr, NULL);
        int64_t d = 6;
        eval_static_int64(def->expr, &d);
        t = type_new(TY_FLOAT, NULL);
        t->bits = d <= 6 ? 32 : 64;
        t->digits = d < 1 ? 1 : d > 15 ? 15 : (int)d;
        if (def->constraint) {
            /* digits D range L .. R: the first subtype is constrained, the
             * base type is not (3.5.7(11)) */
            t->name = arena_printf("%s'Base", ent ? entity_name(ent) : "?");
            t = constrain_range(t, def->constraint);
        }
        break;
    }
    case N_ARRAY_DEF: t = array_def(def); break;
    case N_RECORD_DEF: t = record_def(def, ent, discrs); break;
    case N_ACCESS_DEF: t = access_def(def); break;
    case N_DERIVED_DEF: {
        if (discrs && discrs->len && def->type->kind == N_SUBTYPE_IND && def->type->expr
            && def->type->expr->kind == N_APPLY) {
            /* new Parent (D) with ...: the constraint names the new
             * discriminants, which would constrain the parent's (3.7(13)) */
            error_at(((Node *)discrs->data[0])->loc, NULL, "discriminants of a type extension are not supported yet "
                     "when the parent type '%s' has discriminants", spelled(def->type->expr->expr));
            return NULL;
        }
        Type *parent = sema_subtype_ind(def->type);
        if (!parent)
            return NULL;
        if (type_full(parent)->tagged || def->expr) {
            if (!def->expr) {
                error_at(def->loc, "3.9.1(2)", "a type derived from the tagged type '%s' must be a record extension: add 'with null record' or 'with record ... end record'",
                         type_name(parent));
                return NULL;
            }
            t = type_extension(def, parent, ent, discrs);
            break;
        }
        Type *b = arena_alloc(sizeof *b);
        *b = *parent->base;
        b->base = b;
        b->root = parent->base->root;
        b->ent = NULL;
        b->cg = NULL;
        b->region = NULL;              /* its operators are declared with it (type_decl) */
        t = b;
        if (parent != parent->base) {
            t = subtype_new(b);
            t->static_bounds = parent->static_bounds;
            t->lo = parent->lo;
            t->hi = parent->hi;
            t->lo_expr = parent->lo_expr;
            t->hi_expr = parent->hi_expr;
            Type *pf = type_full(parent);
            if (pf->kind == TY_ARRAY && pf->constrained) {
                /* new String (1 .. 3): the first subtype keeps the parent
                 * subtype's index constraint (3.4(6)) */
                t->constrained = true;
                t->indexes = pf->indexes;
            }
            if (pf->kind == TY_RECORD && pf->discr_values.len)
                t->discr_values = pf->discr_values;   /* and a discriminant constraint */
        }
        break;
    }
    case N_FORMAL_SCALAR_DEF:
        /* the formal scalar types of a generic template (12.5.2): a type of
         * the class, with nothing known of its range */
        switch (def->op) {
        case T_RANGE: t = type_new(TY_SIGNED, NULL); t->bits = 64; break;
        case T_MOD: t = type_new(TY_MODULAR, NULL); t->bits = 64; t->modulus = INT64_MAX; break;
        case T_DIGITS: case T_DELTA: t = type_new(TY_FLOAT, NULL); t->bits = 64; t->digits = 15; break;
        default: t = type_new(TY_ENUM, NULL); t->bits = 32; break;
        }
        t->static_bounds = false;
        break;
    case N_INTERFACE_DEF:
        /* 3.9.4: an interface is an abstract tagged type with no components
         * (dispatching through progenitors is not supported yet) */
        t = type_new(TY_RECORD, NULL);
        t->tagged = true;
        t->is_interface = true;
        t->limited = (def->flags & NF_LIMITED) != 0;
        t->level = scope_level();
        sema_note_tagged_level(t->level);
        break;
    case N_PRIVATE_DEF:
        t = type_new(TY_PRIVATE, NULL);
        t->limited = (def->flags & NF_LIMITED) != 0;
        t->tagged = (def->flags & NF_TAGGED) != 0;
        t->level = scope_level();
        break;
    case N_FIXED_DEF:
        error_at(def->loc, "3.5.9", "%s point types are not supported by adac",
                 def->right ? "decimal fixed" : "fixed");
        return NULL;
    case N_ACCESS_SUBP_DEF:
        error_at(def->loc, "3.10", "access-to-subprogram types are not supported by adac");
        return NULL;
    default:
        error_at(def->loc, NULL, "this kind of type definition (%s) is not supported by adac",
                 node_kind_name(def->kind));
        return NULL;
    }
    def->ty = t;
    return t;
}

/* Does an object of type T need finalization (7.6(9.1/2)): is T
 * controlled, or has it parts that are? */
static bool needs_finalization(Type *t, int depth)
{
    t = type_full(t);
    if (!t || depth > 32)
        return false;
    if (t->is_classwide)
        return needs_finalization(t->specific, depth + 1);
    if (t->base && t->base->controlled)
        return true;
    if (t->kind == TY_RECORD) {
        for (int i = 0; i < t->components.len; i++)
            if (needs_finalization(((Entity *)t->components.data[i])->type, depth + 1))
                return true;
        return false;
    }
    if (t->kind == TY_ARRAY)
        return needs_finalization(t->component, depth + 1);
    return false;
}

bool type_needs_finalization(Type *t)
{
    return needs_finalization(t, 0);
}
