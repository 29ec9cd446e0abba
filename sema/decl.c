/*
 * decl.c: declarations (RM 3.1-3.11), subprograms (RM 6), packages (RM 7),
 * exceptions (RM 11.1), pragmas (RM 2.8, B.1).
 *
 * Each declaration creates its entities, declares them in the current
 * declarative region and, in a package, records them in the package's
 * visible, private or body list so that expanded names (P.X) and use clauses
 * find them.  Subprogram bodies find the declaration they complete by name
 * and profile (6.3(4)).  Every entity that code will refer to by a symbol
 * gets its link name here, GNAT style: pkg__name, with __N for overloads.
 */
#include "sema.h"

#include <string.h>

static void storage_attribute(Type *t, Ident *attr, Node *value, Loc loc);

/* Which part of a package is being analysed: where declarations go. */
typedef enum Part { PART_VISIBLE, PART_PRIVATE, PART_BODY } Part;
static Part part = PART_VISIBLE;

/* Packages whose private part and body the code analysed now sees without
 * being inside them: those enclosing a generic instantiated from outside
 * (the instance sees what the generic saw, 12.3(17-18)). */
static Vec private_views;

void sema_push_private_view(Entity *pkg)
{
    vec_push(&private_views, pkg);
}

void sema_pop_private_view(void)
{
    private_views.len--;
}

bool full_view_visible(Type *t)
{
    Type *pv = t->kind == TY_PRIVATE ? t : t->partial_view;
    if (!pv || !pv->ent)
        return true;
    Entity *pkg = pv->ent->scope;
    Entity *owner = scope_owner();
    for (int i = 0; i < private_views.len; i++)
        if (private_views.data[i] == pkg)
            return true;
    if (owner == pkg)
        return part != PART_VISIBLE;
    if (library_private_part_hidden(pkg))
        return false;                  /* in the visible part of a public child (8.2(4)) */
    for (Entity *o = owner; o; o = o->scope)
        if (o == pkg)
            return true;       /* in a unit nested in the package's private part or body */
    return false;
}

static void add_to_region(Entity *e)
{
    declare(e);
    Entity *owner = scope_owner();
    if (owner && owner->kind == E_PACKAGE) {
        if (part == PART_VISIBLE)
            vec_push(&owner->decls, e);
        else if (part == PART_PRIVATE)
            vec_push(&owner->private_decls, e);
        else
            vec_push(&owner->body_decls, e);
    }
}

/* ---- link names ----------------------------------------------------------- */

static const char *operator_link_name(const char *op)
{
    static const struct { const char *sym, *name; } ops[] = {
        {"\"+\"", "Oadd"}, {"\"-\"", "Osubtract"}, {"\"*\"", "Omultiply"}, {"\"/\"", "Odivide"},
        {"\"=\"", "Oeq"}, {"\"/=\"", "One"}, {"\"<\"", "Olt"}, {"\"<=\"", "Ole"}, {"\">\"", "Ogt"},
        {"\">=\"", "Oge"}, {"\"&\"", "Oconcat"}, {"\"**\"", "Oexpon"}, {"\"abs\"", "Oabs"},
        {"\"not\"", "Onot"}, {"\"and\"", "Oand"}, {"\"or\"", "Oor"}, {"\"xor\"", "Oxor"},
        {"\"mod\"", "Omod"}, {"\"rem\"", "Orem"},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (!strcmp(op, ops[i].sym))
            return ops[i].name;
    return "Oop";
}

/* Link names in use, to number homographs: a small open hash set. */
static const char **link_names;
static size_t n_link, cap_link;

static bool link_name_taken(const char *s, bool insert)
{
    if (n_link * 2 >= cap_link) {
        size_t cap = cap_link ? cap_link * 2 : 1024;
        const char **t = arena_alloc(sizeof(char *) * cap);
        for (size_t i = 0; i < cap_link; i++)
            if (link_names[i]) {
                size_t h = 5381;
                for (const char *p = link_names[i]; *p; p++)
                    h = h * 33 + (unsigned char)*p;
                size_t k = h & (cap - 1);
                while (t[k])
                    k = (k + 1) & (cap - 1);
                t[k] = link_names[i];
            }
        link_names = t;
        cap_link = cap;
    }
    size_t h = 5381;
    for (const char *p = s; *p; p++)
        h = h * 33 + (unsigned char)*p;
    size_t k = h & (cap_link - 1);
    while (link_names[k]) {
        if (!strcmp(link_names[k], s))
            return true;
        k = (k + 1) & (cap_link - 1);
    }
    if (insert) {
        link_names[k] = s;
        n_link++;
    }
    return false;
}

static const char *link_prefix(Entity *scope)
{
    if (!scope || scope == std.pkg || !scope->ext_name)
        return NULL;
    return scope->ext_name;
}

/* The link name of E: scope__name in lower case, numbered when taken. */
static void set_link_name(Entity *e)
{
    const char *simple = e->id->name[0] == '"' ? operator_link_name(e->id->name) : e->id->name;
    const char *pre = link_prefix(e->scope);
    const char *name = pre ? arena_printf("%s__%s", pre, simple) : arena_strdup(simple);
    if (e->is_main)
        name = arena_printf("_ada_%s", simple);
    if (link_name_taken(name, false)) {
        for (int n = 2;; n++) {
            const char *cand = arena_printf("%s__%d", name, n);
            if (!link_name_taken(cand, false)) {
                name = cand;
                break;
            }
        }
    }
    link_name_taken(name, true);
    e->ext_name = name;
}

/* "P.Q.E" in upper case: the name the runtime prints for an exception. */
static const char *full_upper_name(Entity *e)
{
    const char *s = e->spelling;
    for (Entity *p = e->scope; p && p != std.pkg && p->id; p = p->scope)
        s = arena_printf("%s.%s", p->spelling, s);
    char *u = arena_strdup(s);
    for (char *q = u; *q; q++)
        if (*q >= 'a' && *q <= 'z')
            *q = (char)(*q - 32);
    return u;
}

/* ---- objects -------------------------------------------------------------- */

/* The pool of nonderived access-to-object type T declared at LOC where a
 * pragma Default_Storage_Pool applies (13.11.3(6/3)): none (null), or the
 * pool it names, unless the type gets its own. */
static bool applying_default_pool;

static void apply_default_pool(Type *t, Loc loc)
{
    if (!t || type_full(t)->kind != TY_ACCESS)
        return;
    if (scope_default_pool() == 1)
        type_full(t)->base->storage_size_zero = true;   /* 13.11.3(6.1/3): no pool */
    else if (scope_default_pool() == 2) {
        /* 13.11.3(6.2/3): the default pool */
        static Ident *storage_pool_id;
        if (!storage_pool_id)
            storage_pool_id = intern("storage_pool", 12);
        applying_default_pool = true;
        storage_attribute(t, storage_pool_id, scope_default_pool_name(), loc);
        applying_default_pool = false;
        type_full(t)->base->pool_by_default = true;
    }
}

static void object_decl(Node *d)
{
    bool constant = (d->flags & NF_CONSTANT) != 0;
    Type *t = d->type->kind == N_SUBTYPE_IND ? sema_subtype_ind(d->type) : sema_subtype_ind(d->type);
    if (d->type->kind == N_ACCESS_DEF)
        apply_default_pool(t, d->loc);     /* the anonymous type of a stand-alone object */
    if (t && d->init) {
        sema_expr(d->init, t);
        sema_convert(d->init, t);
    }
    Entity *owner = scope_owner();
    bool deferred = constant && !d->init;
    if (deferred && !(owner && owner->kind == E_PACKAGE && part == PART_VISIBLE && d->type->kind == N_SUBTYPE_IND))
        error_at(d->loc, "7.4(3/3)", "a constant declaration needs an initial value (only a constant in the visible part of a package can be deferred)");
    if (t && !is_definite(t) && !d->init && !deferred)
        error_at(d->type->loc, "3.3.1(9/2)", "the subtype of an object without an initial value must be definite: '%s' is %s", type_name(t),
                 type_full(t)->kind == TY_ARRAY ? "an unconstrained array subtype" : "a discriminated subtype without defaults");
    if (t && d->ids.len)
        sema_check_not_abstract(t, d->type->loc, arena_printf("the object '%s'", ((Node *)d->ids.data[0])->text));
    if (t && !deferred && d->ids.len)           /* 13.14(6) */
        sema_freeze(t, d->loc, arena_printf("the declaration of '%s'", ((Node *)d->ids.data[0])->text));
    Node *iv = d->init;
    while (iv && (iv->kind == N_PAREN || iv->kind == N_QUALIFIED))
        iv = iv->expr;
    if (t && type_full(t)->limited && iv && iv->kind != N_AGGREGATE && iv->kind != N_APPLY && iv->kind != N_ALLOCATOR
        && !(iv->kind == N_IDENT && iv->ent && iv->ent->kind == E_FUNCTION))
        error_at(d->init->loc, "7.5(2.1)", "an object of the limited type '%s' cannot be initialised by copying", type_name(t));
    for (int i = 0; i < d->ids.len; i++) {
        Node *idn = d->ids.data[i];
        if (constant && d->init && part == PART_PRIVATE) {
            /* the full declaration of a deferred constant (7.4) */
            Vec all = lookup_all(idn->id);
            Entity *prev = all.len ? all.data[0] : NULL;
            if (prev && prev->kind == E_CONSTANT && !prev->init && prev->scope == owner) {
                if (t && prev->type && !same_type(type_full(t), type_full(prev->type)))
                    error_at(idn->loc, "7.4(7/2)", "the full declaration of deferred constant '%s' must have its type '%s'",
                             idn->text, type_name(prev->type));
                prev->init = d->init;
                prev->decl = d;
                idn->ent = prev;
                if (t && type_is_discrete(t)) {
                    mpz_init(prev->ival);
                    prev->has_static_value = eval_static_int(d->init, prev->ival);
                }
                continue;
            }
        }
        Entity *e = entity_new(constant ? E_CONSTANT : E_VARIABLE, idn->id, idn->loc);
        e->spelling = idn->text;
        e->type = t;
        e->decl = d;
        e->init = d->init;
        e->aliased = (d->flags & NF_ALIASED) != 0;
        idn->ent = e;
        if (constant && t && type_is_discrete(t) && d->init) {
            mpz_init(e->ival);
            e->has_static_value = eval_static_int(d->init, e->ival);
        }
        if (e->depth == 0)
            set_link_name(e);
        if (sema_stand_alone_anonymous(e)) {
            /* 3.10.2(13.2/3): its level is that of its value, kept beside it
             * (at library level every value must be library-level) */
            if (e->depth > 0) {
                Entity *lv = entity_new(E_VARIABLE, NULL, idn->loc);
                lv->spelling = arena_printf("%s.level", idn->text);
                lv->type = std.integer;
                e->level_var = lv;
            }
            if (d->init)
                sema_stand_alone_value(e, d->init, d);
        }
        for (Vec all = lookup_all(idn->id); all.len; all.len = 0) {
            Entity *prev = all.data[0];
            if (prev->scope == e->scope && prev->kind != E_PACKAGE && scope_owner() == e->scope)
                error_at(idn->loc, "8.3(26)", "'%s' is already declared in this declarative region", idn->text);
        }
        add_to_region(e);
    }
}

/* 8.5.1: X : T renames Name; -- another name for the object Name denotes,
 * evaluated once, here */
static void object_renaming(Node *d)
{
    if (d->type && d->type->kind != N_SUBTYPE_IND && d->type->kind != N_IDENT && d->type->kind != N_SELECTED
        && d->type->kind != N_ATTRIBUTE) {
        error_at(d->loc, NULL, "renaming an object of an anonymous access type is not supported yet");
        return;
    }
    Type *t = d->type ? sema_subtype_ind(d->type) : NULL;     /* no mark: a for ... of loop's element */
    Type *rt = sema_expr(d->expr, t);
    if (t && rt && !type_covers(type_full(t), type_full(rt))) {
        error_at(d->expr->loc, "8.5.1(3)", "the renamed object is of type '%s', not '%s'", type_name(rt), type_name(t));
        return;
    }
    Node *n = d->expr;
    while (n->kind == N_PAREN)
        n = n->expr;
    if (n->kind == N_INT_LIT || n->kind == N_STRING_LIT || n->kind == N_AGGREGATE || n->kind == N_BINARY
        || n->kind == N_UNARY || (n->kind == N_IDENT && n->ent && n->ent->kind != E_VARIABLE
                                   && n->ent->kind != E_CONSTANT && n->ent->kind != E_PARAM)) {
        error_at(d->expr->loc, "8.5.1(4)", "only an object can be renamed as an object");
        return;
    }
    if (scope_depth() == 0 && n->kind != N_IDENT && !(n->kind == N_SELECTED && n->ent && n->ent->kind != E_COMPONENT)) {
        error_at(d->loc, NULL, "a library-level renaming of this object is not supported yet (rename it inside a subprogram)");
        return;
    }
    bool var = sema_is_variable(d->expr);
    for (int i = 0; i < d->ids.len; i++) {
        Node *idn = d->ids.data[i];
        Entity *e = entity_new(var ? E_VARIABLE : E_CONSTANT, idn->id, idn->loc);
        e->spelling = idn->text;
        /* the renamed object's nominal subtype, for its constraints (8.5.1(6/2)) */
        e->type = rt && type_full(rt)->kind != TY_UNIV_INT ? rt : t;
        e->decl = d;
        e->renamed = d->expr;
        e->aliased = true;
        idn->ent = e;
        if (e->depth == 0)
            set_link_name(e);
        add_to_region(e);
    }
}

static void number_decl(Node *d)
{
    Type *t = sema_expr(d->init, NULL);
    mpz_t v;
    mpz_init(v);
    int errors = diag_error_count();
    bool ok = t && eval_static_int(d->init, v);
    if (t && !ok && t->kind != TY_UNIV_REAL && diag_error_count() == errors)
        error_at(d->init->loc, "3.3.2(3)", "the expression of a number declaration must be static");
    for (int i = 0; i < d->ids.len; i++) {
        Node *idn = d->ids.data[i];
        Entity *e = entity_new(E_NUMBER, idn->id, idn->loc);
        e->spelling = idn->text;
        e->type = t && t->kind == TY_UNIV_REAL ? std.univ_real : std.univ_int;
        e->decl = d;
        e->init = d->init;
        mpz_init_set(e->ival, v);
        e->has_static_value = ok;
        idn->ent = e;
        add_to_region(e);
    }
    mpz_clear(v);
}

static void exception_decl(Node *d)
{
    for (int i = 0; i < d->ids.len; i++) {
        Node *idn = d->ids.data[i];
        Entity *e = entity_new(E_EXCEPTION, idn->id, idn->loc);
        e->spelling = idn->text;
        e->decl = d;
        idn->ent = e;
        e->full_name = full_upper_name(e);
        set_link_name(e);
        add_to_region(e);
    }
}

/* ---- types ---------------------------------------------------------------- */

/* A type declared earlier in this region by an incomplete or private
 * declaration, which DECL completes. */
/* type T is new P with private; (7.3(3)) */
static bool is_private_extension(Node *d)
{
    return d && d->kind == N_TYPE_DECL && d->type && d->type->kind == N_DERIVED_DEF && d->type->expr
        && d->type->expr->kind == N_PRIVATE_DEF;
}

static Entity *partial_view(Ident *id)
{
    Vec all = lookup_all(id);
    if (!all.len)
        return NULL;
    Entity *e = all.data[0];
    if (e->kind == E_TYPE && e->scope == scope_owner() && e->type
        && (e->type->kind == TY_PRIVATE || (e->decl && !e->decl->type) || is_private_extension(e->decl))
        && !e->type->full)
        return e;
    return NULL;
}

static void type_decl(Node *d)
{
    Entity *prev = partial_view(d->id);
    if (!d->type) {                         /* incomplete type declaration (3.10.1) */
        Entity *e = entity_new(E_TYPE, d->id, d->loc);
        e->spelling = d->text;
        e->decl = d;
        e->type = type_new(TY_PRIVATE, d->text);
        e->type->ent = e;
        d->ent = e;
        add_to_region(e);
        return;
    }
    if (d->list.len && d->type->kind != N_RECORD_DEF && d->type->kind != N_PRIVATE_DEF
        && !(d->type->kind == N_DERIVED_DEF && d->type->expr
             && (d->type->expr->kind == N_RECORD_DEF || d->type->expr->kind == N_PRIVATE_DEF)))
        error_at(d->loc, NULL, "discriminants are only supported on record types yet");
    Entity *e = prev ? prev : entity_new(E_TYPE, d->id, d->loc);
    if (!prev) {
        e->spelling = d->text;
        e->decl = d;
        add_to_region(e);     /* visible in its own definition (access to itself) */
    }
    Type *t = sema_type_def(d->type, e, &d->list);
    if (!t)
        t = type_unsupported(d->text);
    if (prev) {
        prev->type->full = t;
        if (d->type->kind == N_PRIVATE_DEF)
            error_at(d->loc, "8.3(26)", "'%s' is already declared", d->text);
        if (prev->type->tagged && !type_full(t)->tagged)
            error_at(d->loc, "7.3(7)", "the full view of the tagged private type '%s' must be tagged", d->text);
        Type *full_base = type_full(t) ? type_full(t)->base : NULL;
        if (full_base && full_base->tagged && full_base->parent && !is_private_extension(prev->decl)) {
            /* a partial view that is no extension, completed by a type
             * extension (type File is limited private; ... type File is new
             * Limited_Controlled with ...): the full view inherits its
             * parent's primitives (3.4(17/2)), which those declared with
             * the partial view may override (8.3(9/1)) */
            if (!full_base->ent)
                full_base->ent = e;        /* primitive_type looks for it */
            inherit_primitives(full_base);
            for (int i = 0; i < prev->type->prims.len; i++)
                note_primitive(prev->type->prims.data[i]);
        } else if (prev->type->tagged) {
            /* the primitives declared with the partial view are the full
             * view's (3.2.3(2)), and so is its level */
            Type *fb = type_full(t)->base;
            for (int i = 0; i < prev->type->prims.len; i++) {
                Entity *p = prev->type->prims.data[i];
                if (p->prim_of == prev->type)
                    p->prim_of = fb;
                if (i < fb->prims.len)
                    fb->prims.data[i] = p;
                else
                    vec_push(&fb->prims, p);
            }
        }
        if (prev->type->classwide) {
            /* T'Class named through the partial view is the full view's */
            Type *fb = type_full(t)->base;
            fb->classwide = prev->type->classwide;
            prev->type->classwide->specific = fb;
        }
    }
    if (!t->ent)
        t->ent = e;
    if (type_full(t) && type_full(t)->base && !type_full(t)->base->region)
        type_full(t)->base->region = scope_owner();   /* where its predefined operators are */
    if (d->type->kind == N_ACCESS_DEF)
        apply_default_pool(t, d->loc);
    Entity *owner = scope_owner();
    if (owner && owner->ext_name && !strcmp(owner->ext_name, "ada__finalization")
        && (!strcmp(d->id->name, "controlled") || !strcmp(d->id->name, "limited_controlled")))
        type_full(t)->base->controlled = true;     /* the roots of the controlled types (7.6(2)) */
    if (t->tagged && t->parent && !prev)
        inherit_primitives(t);
    for (int i = 0; i < d->aspects.len; i++) {
        Node *asp = d->aspects.data[i];
        if (asp->id && (!strcmp(asp->id->name, "storage_size") || !strcmp(asp->id->name, "storage_pool")) && asp->expr)
            storage_attribute(t, asp->id, asp->expr, asp->loc);
    }
    if (t->base != t && !t->base->ent && t->base->name == NULL)
        t->base->name = arena_printf("%s'Base", d->text);
    if ((d->type->flags & NF_ABSTRACT) || type_full(t)->is_interface) {
        type_full(t)->base->is_abstract = true;     /* 3.9.3(1/2) */
        if (prev)
            prev->type->is_abstract = true;
    }
    /* a private type's entity keeps denoting its partial view (whose full
     * view is type_full's), so that privacy can be told (7.3) */
    if (!(prev && prev->type->kind == TY_PRIVATE && prev->decl && prev->decl->type
          && prev->decl->type->kind == N_PRIVATE_DEF))
        e->type = t;
    e->decl = d;
    d->ent = e;
    sema_track_type(e);
}

static void subtype_decl(Node *d)
{
    Type *t = sema_subtype_ind(d->type);
    Entity *e = entity_new(E_TYPE, d->id, d->loc);
    e->spelling = d->text;
    e->decl = d;
    if (t) {
        /* the subtype is a Type of its own, so that it has its own name */
        Type *s = subtype_new(t);
        s->ent = e;
        s->name = d->text;
        t = s;
    }
    e->type = t;
    d->ent = e;
    add_to_region(e);
}

/* ---- subprograms ---------------------------------------------------------- */

static Ident *designator_ident(Node *n)
{
    if (n->kind == N_STRING_LIT) {
        char *s = arena_strdup(n->text);
        for (char *p = s; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p + 32);
        return intern(s, strlen(s));
    }
    if (n->kind == N_SELECTED)
        return n->id;
    return n->id;
}

/* Builds the entity of a subprogram specification, its formals analysed. */
static Entity *subprogram_spec(Node *spec)
{
    Node *dn = spec->expr;
    Ident *id = designator_ident(dn);
    Entity *e = entity_new(spec->op == T_FUNCTION ? E_FUNCTION : E_PROCEDURE, id, dn->loc);
    e->spelling = dn->kind == N_STRING_LIT ? dn->text : dn->kind == N_SELECTED ? dn->text : dn->text;
    e->decl = spec;
    for (int i = 0; i < spec->list.len; i++) {
        Node *p = spec->list.data[i];
        Type *t = sema_subtype_ind(p->type);
        if (p->type->kind == N_ACCESS_DEF && t)
            t->aflags |= AF_ACCESS_PARAM;
        Mode m = p->op == T_IN ? MODE_IN : p->op == T_OUT ? MODE_OUT : MODE_IN_OUT;
        if (p->init && t) {
            sema_expr(p->init, t);
            sema_convert(p->init, t);
            if (m != MODE_IN)
                error_at(p->init->loc, "6.1(19)", "only a parameter of mode in can have a default expression");
        }
        for (int k = 0; k < p->ids.len; k++) {
            Node *idn = p->ids.data[k];
            Entity *pe = entity_new(E_PARAM, idn->id, idn->loc);
            pe->spelling = idn->text;
            pe->type = t;
            pe->mode = m;
            pe->init = p->init;
            pe->decl = p;
            pe->depth = scope_depth() + 1;
            pe->level = scope_level() + 1;
            idn->ent = pe;
            vec_push(&e->params, pe);
        }
    }
    if (spec->op == T_FUNCTION) {
        e->result = sema_subtype_ind(spec->type);
        e->type = e->result;
    }
    spec->ent = e;
    return e;
}

/* Do the types of two parameters or results conform: the same type, or
 * anonymous access types designating the same type, both or neither
 * access-to-constant (6.3.1(15/3), (16/3))? */
static bool types_conform(Type *a, Type *b)
{
    a = type_full(a);
    b = type_full(b);
    if (same_type(a, b))
        return true;
    return a->kind == TY_ACCESS && b->kind == TY_ACCESS && (a->aflags & AF_ANONYMOUS) && (b->aflags & AF_ANONYMOUS)
        && (a->aflags & AF_CONSTANT) == (b->aflags & AF_CONSTANT) && a->designated && b->designated
        && same_type(type_full(a->designated), type_full(b->designated));
}

/* Type conformance of two profiles (6.3.1(15)). */
static bool profiles_conform(Entity *a, Entity *b)
{
    if (a->kind != b->kind || a->params.len != b->params.len)
        return false;
    for (int i = 0; i < a->params.len; i++) {
        Entity *pa = a->params.data[i], *pb = b->params.data[i];
        if (pa->type && pb->type && !types_conform(pa->type, pb->type))
            return false;
    }
    if (a->result && b->result && !types_conform(a->result, b->result))
        return false;
    return true;
}

/* The declaration of this region that a body with entity E completes. */
static Entity *completed_decl(Entity *e)
{
    Vec all = lookup_all(e->id);
    for (int i = 0; i < all.len; i++) {
        Entity *d = all.data[i];
        if ((d->kind == E_PROCEDURE || d->kind == E_FUNCTION) && !d->has_body
            && d->scope == scope_owner() && profiles_conform(d, e))
            return d;
    }
    return NULL;
}

/* The aspects Import, Convention and External_Name / Link_Name of a
 * subprogram declaration (B.1(1/3), (10-12)): an imported subprogram has
 * its body elsewhere, under its external name (else its own name, in
 * lower case, for a foreign convention). */
static void import_aspects(Entity *e, Node *d)
{
    bool import = false, foreign = false;
    const char *ext = NULL;
    for (int i = 0; i < d->aspects.len; i++) {
        Node *a = d->aspects.data[i];
        if (!a->id)
            continue;
        const char *n = a->id->name;
        if (!strcmp(n, "import")) {
            import = true;
            if (a->expr) {
                sema_expr(a->expr, std.boolean);
                if (a->expr->ent == std.false_)
                    import = false;
            }
        } else if (!strcmp(n, "convention") && a->expr && a->expr->kind == N_IDENT) {
            foreign = strcmp(a->expr->id->name, "ada") != 0 && strcmp(a->expr->id->name, "intrinsic") != 0;
        } else if ((!strcmp(n, "external_name") || !strcmp(n, "link_name")) && a->expr) {
            sema_expr(a->expr, std.string);
            int len;
            const char *v = eval_static_string(a->expr, &len);
            if (v)
                ext = arena_strndup(v, (size_t)len);
            else
                error_at(a->expr->loc, "B.1(10/3)", "%s must be a static string", a->id->name);
        }
    }
    if (!import)
        return;
    e->imported = true;
    e->has_body = true;
    if (ext)
        e->ext_name = ext;
    else if (foreign)
        e->ext_name = e->id->name;
}

static void note_contract_policy(Vec *aspects);

static void subprogram_decl(Node *d)
{
    Entity *e = subprogram_spec(d->spec);
    if (d->flags & NF_NULL_PROC) {
        /* procedure P is null; completing an earlier declaration of P
         * (6.7(2.1/3)): the null body is that P's */
        Entity *spec = completed_decl(e);
        if (spec && spec->kind == E_PROCEDURE && !spec->inherited_from) {
            spec->has_body = true;
            d->ent = spec;
            return;
        }
    }
    d->ent = e;
    e->spec_node = d;                 /* its aspects: the contract, analysed with the body */
    note_contract_policy(&d->aspects);
    if (d->flags & NF_NULL_PROC)
        e->has_body = true;
    e->is_abstract = (d->flags & NF_ABSTRACT) != 0;
    set_link_name(e);
    import_aspects(e, d);
    add_to_region(e);
    note_primitive(e);
}

static void check_no_duplicate_params(Entity *e)
{
    for (int i = 0; i < e->params.len; i++)
        for (int k = 0; k < i; k++)
            if (((Entity *)e->params.data[i])->id == ((Entity *)e->params.data[k])->id)
                error_at(((Entity *)e->params.data[i])->loc, "8.3(26)", "parameter '%s' is declared twice",
                         entity_name(e->params.data[i]));
}

/* A generic subprogram of this region that body D completes, if any. */
static Entity *generic_completed(Node *d)
{
    Node *dn = d->spec->expr;
    Ident *id = dn->kind == N_SELECTED ? dn->id : designator_ident(dn);
    for (Vec all = lookup_all(id); all.len; all.len = 0) {
        Entity *g = all.data[0];
        if (g->kind == E_GENERIC && !g->body_node && (g->scope == scope_owner() || !scope_owner()))
            return g;
    }
    return NULL;
}

/* The token of the predefined binary operator whose designator is NAME
 * (an interned "\"=\"" etc.), or 0. */
static int operator_token(const char *name)
{
    static const struct { const char *name; int tok; } ops[] = {
        {"\"=\"", '='}, {"\"/=\"", T_NE}, {"\"<\"", '<'}, {"\"<=\"", T_LE}, {"\">\"", '>'}, {"\">=\"", T_GE},
        {"\"+\"", '+'}, {"\"-\"", '-'}, {"\"*\"", '*'}, {"\"/\"", '/'}, {"\"mod\"", T_MOD},
        {"\"rem\"", T_REM}, {"\"and\"", T_AND}, {"\"or\"", T_OR}, {"\"xor\"", T_XOR}};
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++)
        if (!strcmp(name, ops[k].name))
            return ops[k].tok;
    return 0;
}

/* Whether E, a function of two parameters, has the profile of the
 * predefined binary operator TOK of its operands' type (4.5): the default
 * `is <>` of a formal "=" or "<" for an actual type without a user one. */
static bool predefined_operator_profile(Entity *e, int tok)
{
    if (e->kind != E_FUNCTION || e->params.len != 2 || !e->result)
        return false;
    Type *a = type_full(((Entity *)e->params.data[0])->type), *b = type_full(((Entity *)e->params.data[1])->type);
    Type *r = type_full(e->result);
    if (!a || !b || !r || !same_type(a, b))
        return false;
    bool relational = tok == '=' || tok == T_NE || tok == '<' || tok == T_LE || tok == '>' || tok == T_GE;
    if (relational)
        return r->base->is_boolean && (tok == '=' || tok == T_NE ? !a->limited
                                       : type_is_scalar(a) || (a->kind == TY_ARRAY && type_is_discrete(type_full(a->component))));
    if (!same_type(a, r))
        return false;
    if (tok == T_AND || tok == T_OR || tok == T_XOR)
        return a->base->is_boolean || a->kind == TY_MODULAR;
    if (tok == T_MOD || tok == T_REM)
        return type_is_integer(a);
    return type_is_numeric(a);
}

/* 8.5.4 subprogram renaming: a new view of a subprogram (a generic
 * formal's stand-in is one); calls go to the renamed body. */
static void subprogram_renaming(Node *d)
{
    Entity *e = subprogram_spec(d->spec);
    Node *target = d->ref;
    Vec cands = {0};
    if (target->kind == N_IDENT)
        cands = lookup_all(target->id);
    else if (target->kind == N_STRING_LIT)
        cands = lookup_all(designator_ident(target));
    else {
        sema_expr(target, NULL);
        if (target->ent)
            vec_push(&cands, target->ent);
    }
    Entity *found = NULL;
    for (int i = 0; i < cands.len; i++) {
        Entity *c = cands.data[i];
        if ((c->kind == E_PROCEDURE || c->kind == E_FUNCTION || c->kind == E_ENUM_LIT) && profiles_conform(c, e)) {
            found = c;
            break;
        }
    }
    int tok = target->kind == N_IDENT && target->id ? operator_token(target->id->name)
            : target->kind == N_STRING_LIT ? operator_token(designator_ident(target)->name) : 0;
    if (!found && tok && predefined_operator_profile(e, tok)) {
        /* the predefined operator of the operands' type (4.5): for a
         * formal "=" is <> and an actual type with no "=" of its own */
        e->builtin = BI_INTRINSIC_OP;
        e->op = tok;
        e->imported = true;
        e->has_body = true;
        d->ent = e;
        add_to_region(e);
        return;
    }
    if (!found) {
        error_at(target->loc, (d->flags & NF_GENERIC_ACTUAL) ? "12.6(6)" : "8.5.4(4/3)",
                 "no visible subprogram '%s' matches the profile of '%s'",
                 target->kind == N_IDENT || target->kind == N_SELECTED ? spelled(target) : "?", entity_name(e));
        return;
    }
    e->inherited_from = found->inherited_from ? found->inherited_from : found;
    e->ext_name = e->inherited_from->ext_name;
    e->has_body = true;
    e->imported = found->imported;
    e->builtin = found->builtin;
    d->ent = e;
    add_to_region(e);
}

static bool expression_function;   /* the body analysed is an expression function's */

/* Record on each Pre and Post aspect among ASPECTS the assertion policy
 * in force where it is (not where it is analysed, later). */
static void note_contract_policy(Vec *aspects)
{
    for (int i = 0; i < aspects->len; i++) {
        Node *a = aspects->data[i];
        if (a->id && (!strcmp(a->id->name, "pre") || !strcmp(a->id->name, "post")))
            a->op = assertion_policy[!strcmp(a->id->name, "pre") ? 1 : 2];
    }
}

/* Analyse the Pre and Post aspects (and their 'Class forms) among
 * ASPECTS, of subprogram E, whose formals are visible. */
static void contract_aspects(Vec *aspects, Entity *e)
{
    for (int i = 0; aspects && i < aspects->len; i++) {
        Node *a = aspects->data[i];
        if (!a->id || !a->expr)
            continue;
        if (!strcmp(a->id->name, "pre"))
            sema_contract_expr(a->expr, NULL);
        else if (!strcmp(a->id->name, "post"))
            sema_contract_expr(a->expr, e);
        else
            continue;
        if (a->op != ASSERT_IGNORE)
            library_predefined("ada.assertions", "assertion_error", a->loc);   /* what a failure raises */
    }
}

static void subprogram_body(Node *d)
{
    Entity *g = generic_completed(d);
    if (g) {
        /* the body of a generic subprogram: kept for its instances (12.2) */
        g->body_node = d;
        d->ent = g;
        sema_generic_template_body(g, d);
        return;
    }
    Entity *e = subprogram_spec(d->spec);
    check_no_duplicate_params(e);
    Entity *spec = completed_decl(e);
    if (spec) {
        /* the body's formals are the declaration's (6.3(4)) */
        for (int i = 0; i < e->params.len; i++) {
            Entity *pb = e->params.data[i], *ps = spec->params.data[i];
            if (pb->id != ps->id)
                error_at(pb->loc, "6.3.1(20)", "the parameter '%s' does not conform to '%s' of the declaration",
                         entity_name(pb), entity_name(ps));
            ps->decl = pb->decl;
            ((Node *)d->spec->list.data[0])->ent = ((Node *)d->spec->list.data[0])->ent;
        }
        e->params = spec->params;
        e = spec;
    } else {
        Entity *owner = scope_owner();
        e->is_library_unit = owner == NULL || (owner->kind == E_PACKAGE && owner->is_library_unit && part == PART_VISIBLE && e->depth == 0 && !owner->id);
        if (d->spec->list.len == 0 && d->spec->op == T_PROCEDURE && owner == NULL)
            e->is_main = true;        /* a candidate; library.c picks the main */
        set_link_name(e);
        add_to_region(e);
        note_primitive(e);
    }
    /* the spec's formals nodes point at the entities the body uses */
    int k = 0;
    for (int i = 0; i < d->spec->list.len; i++) {
        Node *p = d->spec->list.data[i];
        for (int j = 0; j < p->ids.len; j++)
            ((Node *)p->ids.data[j])->ent = e->params.data[k++];
    }
    e->has_body = true;
    e->decl = d->spec;
    d->ent = e;
    d->spec->ent = e;
    e->body_node = d;
    Ident *name = d->spec->expr->kind == N_SELECTED ? dotted_ident(d->spec->expr) : designator_ident(d->spec->expr);
    sema_check_end_name(d, d->spec->expr->kind == N_STRING_LIT ? d->end_id : name, d->loc);
    /* 13.14(3/3): a body freezes what is declared before it (an
     * expression function is not a body for that, 6.8(8/3)) */
    if (!expression_function)
        sema_freeze_region(scope_owner(), d->loc, arena_printf("the body of '%s'", entity_name(e)));

    Part saved = part;
    part = PART_BODY;
    scope_push(e);
    for (int i = 0; i < e->params.len; i++) {
        Entity *p = e->params.data[i];
        p->scope = e;
        declare(p);
    }
    /* the contract (6.1.1): Boolean expressions on the formals, resolved
     * where the body is (the end of the declarations they may name) */
    note_contract_policy(&d->aspects);
    contract_aspects(&d->aspects, e);     /* a declaration's: at the end of its list */
    sema_decls(&d->list);
    sema_stmts(&d->list2);
    sema_handlers(&d->list3);
    scope_pop();
    part = saved;
}

/* ---- packages ------------------------------------------------------------- */

/* 10.2.1(16/2): a pure unit declares no access-to-object type with a
 * storage pool: each must have a Storage_Size of 0 (so that no allocator
 * can be of it, 4.8(5.4/3)). */
static void check_pure_access_types(Entity *pkg)
{
    const Vec *lists[2] = {&pkg->decls, &pkg->private_decls};
    for (int l = 0; l < 2; l++)
        for (int i = 0; i < lists[l]->len; i++) {
            Entity *te = lists[l]->data[i];
            Type *t = te->kind == E_TYPE && te->type ? type_full(te->type) : NULL;
            if (!t || t->kind != TY_ACCESS || t->base != t || t->storage_size_zero || !te->decl
                || !te->decl->type || te->decl->type->kind != N_ACCESS_DEF)
                continue;
            error_at(te->loc, "10.2.1(16/2)", "the pure package '%s' cannot declare the access type '%s' with a storage "
                     "pool: specify 'for %s'Storage_Size use 0;'", entity_name(pkg), te->spelling, te->spelling);
        }
}

static void package_spec(Node *d)
{
    Node *dn = d->expr;
    Entity *e = entity_new(E_PACKAGE, dn->id, dn->loc);
    e->spelling = dn->text;
    e->decl = d;
    e->spec_node = d;
    d->ent = e;
    Entity *owner = scope_owner();
    e->is_library_unit = owner == NULL || owner->is_library_unit;
    /* a child unit is reached through its parent: add_to_region records it */
    set_link_name(e);
    add_to_region(e);
    sema_check_end_name(d, dotted_ident(dn), d->loc);
    Part saved = part;
    scope_push(e);
    for (int i = 0; i < d->aspects.len; i++) {
        Node *asp = d->aspects.data[i];
        if (asp->id && !strcmp(asp->id->name, "pure"))
            e->declared_pure = true;
    }
    part = PART_VISIBLE;
    sema_decls(&d->list);
    part = PART_PRIVATE;
    if (e->is_library_unit)
        library_private_part();        /* 8.2(4): a public child's ancestors' private parts */
    sema_decls(&d->list2);
    scope_pop();
    part = saved;
    if (e->declared_pure)
        check_pure_access_types(e);
    if (e->is_library_unit && (!owner || owner->kind == E_PACKAGE))   /* 13.14(3/5) */
        sema_freeze_region(e, d->loc, arena_printf("the end of package '%s'", entity_name(e)));
}

static void check_package_completed(Entity *pkg);

/* Can the package specification SPEC be complete without a body (7.1(5/2))?
 * False when some declaration needs a completion there, when it asks for a
 * body by pragma Elaborate_Body (10.2.1(25)), or when it declares something
 * this check does not know (assumed to need one: no false error). */
static bool spec_complete_alone(Node *spec)
{
    Vec *parts[2] = {&spec->list, &spec->list2};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < parts[k]->len; i++) {
            Node *d = parts[k]->data[i];
            switch (d->kind) {
            case N_OBJECT_DECL: case N_NUMBER_DECL: case N_SUBTYPE_DECL: case N_EXCEPTION_DECL:
            case N_RENAMING_DECL: case N_PACKAGE_RENAMING: case N_SUBPROGRAM_RENAMING:
            case N_EXCEPTION_RENAMING: case N_USE: case N_USE_TYPE: case N_EXPR_FUNCTION:
            case N_SUBPROGRAM_BODY:    /* an expression function (sema made it a body) */
            case N_ATTRIBUTE_CLAUSE: case N_ENUM_REP_CLAUSE: case N_RECORD_REP_CLAUSE:
            case N_INSTANTIATION:
                break;
            case N_TYPE_DECL:
                if (!d->type)
                    return false;      /* an incomplete type, maybe completed in the body */
                break;
            case N_PRAGMA:
                if (d->id && !strcmp(d->id->name, "elaborate_body"))
                    return false;
                break;
            case N_SUBPROGRAM_DECL:
                if (!(d->flags & (NF_NULL_PROC | NF_ABSTRACT)) && !(d->ent && (d->ent->imported || d->ent->is_abstract)))
                    return false;
                break;
            case N_PACKAGE_SPEC:
                if (!spec_complete_alone(d))
                    return false;
                break;
            default:
                return false;
            }
        }
    return true;
}

static void package_body(Node *d)
{
    Node *dn = d->expr;
    Entity *e = lookup(dn->id);
    if (dn->kind == N_SELECTED && dn->expr) {
        /* a child's body: its declaration is in the parent */
        Entity *parent = scope_owner();
        e = NULL;
        if (parent)
            for (int i = 0; i < parent->decls.len; i++)
                if (((Entity *)parent->decls.data[i])->id == dn->id)
                    e = parent->decls.data[i];
    }
    if (e && e->kind == E_GENERIC) {
        /* the body of a generic package: kept for its instances (12.2) */
        if (e->body_node)
            error_at(dn->loc, "7.2(4)", "generic package '%s' already has a body", dn->text);
        e->body_node = d;
        d->ent = e;
        sema_generic_template_body(e, d);
        return;
    }
    if (!e || e->kind != E_PACKAGE) {
        error_at(dn->loc, "7.2(4)", "package body '%s' has no package declaration", dn->text);
        return;
    }
    if (e->body_node) {
        error_at(dn->loc, "7.2(4)", "package '%s' already has a body", dn->text);
        return;
    }
    if (e->is_library_unit && e->spec_node && e->spec_node->kind == N_PACKAGE_SPEC
        && spec_complete_alone(e->spec_node)) {
        error_at(dn->loc, "7.2(4)", "library package '%s' does not require a body, so it cannot have one; "
                 "add pragma Elaborate_Body to its declaration if it is meant to have one", dn->text);
        note_at(e->loc, "'%s' is declared here", entity_name(e));
    }
    e->body_node = d;
    d->ent = e;
    sema_check_end_name(d, dotted_ident(dn), d->loc);
    Part saved = part;
    scope_push(e);
    for (int i = 0; i < e->decls.len; i++)
        declare(e->decls.data[i]);
    for (int i = 0; i < e->private_decls.len; i++)
        declare(e->private_decls.data[i]);
    part = PART_BODY;
    sema_decls(&d->list);
    check_package_completed(e);
    sema_stmts(&d->list2);
    sema_handlers(&d->list3);
    scope_pop();
    part = saved;
}

/* ---- pragmas and use clauses ---------------------------------------------- */

static void pragma_import(Node *d)
{
    if (d->list.len < 2) {
        error_at(d->loc, "B.1(5)", "pragma Import needs a convention and an entity");
        return;
    }
    Node *conv = d->list.data[0], *ent = d->list.data[1];
    if (conv->kind == N_ASSOC)
        conv = conv->expr;
    if (conv->kind == N_IDENT && !strcmp(conv->id->name, "intrinsic")) {
        /* the intrinsic subprograms adac expands itself: shifts and
         * rotations (B.2(9)); Unchecked_Deallocation is recognised by name */
        if (ent->kind == N_STRING_LIT || (ent->kind == N_IDENT && (!strcmp(ent->id->name, "to_address")
                                                                    || !strcmp(ent->id->name, "to_integer")))) {
            /* System's and Storage_Elements' operators on addresses (13.7(14), 13.7.1(10/3)) */
            static const struct { const char *name; int tok; } ops[] = {
                {"\"<\"", '<'}, {"\"<=\"", T_LE}, {"\">\"", '>'}, {"\">=\"", T_GE}, {"\"=\"", '='},
                {"\"+\"", '+'}, {"\"-\"", '-'}, {"\"mod\"", T_MOD}, {"to_address", 0}, {"to_integer", 0}};
            char buf[32];
            const char *text = ent->kind == N_IDENT ? ent->id->name : ent->text;
            size_t n = strlen(text);
            if (n >= sizeof buf)
                return;
            for (size_t i = 0; i <= n; i++)
                buf[i] = (char)(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
            for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++)
                if (!strcmp(buf, ops[k].name)) {
                    Vec all = lookup_all(intern(buf, strlen(buf)));
                    for (int i = 0; i < all.len; i++) {
                        Entity *e = all.data[i];
                        if (e->kind == E_FUNCTION && e->scope == scope_owner()) {
                            e->builtin = BI_INTRINSIC_OP;
                            e->op = ops[k].tok;
                            e->imported = true;
                            e->has_body = true;
                        }
                    }
                }
            return;
        }
        if (ent->kind == N_IDENT) {
            static const char *const shifts[] = {"shift_left", "shift_right", "shift_right_arithmetic",
                                                 "rotate_left", "rotate_right"};
            for (int k = 0; k < 5; k++)
                if (!strcmp(ent->id->name, shifts[k])) {
                    Vec all = lookup_all(ent->id);
                    for (int i = 0; i < all.len; i++) {
                        Entity *e = all.data[i];
                        if (e->kind == E_FUNCTION && e->scope == scope_owner()) {
                            e->builtin = BI_SHIFT;
                            e->op = k;
                            e->imported = true;
                            e->has_body = true;
                        }
                    }
                }
        }
        return;
    }
    if (ent->kind == N_ASSOC)
        ent = ent->expr;
    if (ent->kind != N_IDENT) {
        error_at(ent->loc, "B.1(7)", "pragma Import names a local entity");
        return;
    }
    Vec all = lookup_all(ent->id);
    const char *ext = NULL;
    if (d->list.len >= 3) {
        Node *x = d->list.data[2];
        if (x->kind == N_ASSOC)
            x = x->expr;
        int len;
        const char *s = eval_static_string(x, &len);
        if (s)
            ext = arena_strndup(s, (size_t)len);
    }
    bool any = false;
    for (int i = 0; i < all.len; i++) {
        Entity *e = all.data[i];
        if (e->scope != scope_owner())
            continue;
        if (e->kind != E_PROCEDURE && e->kind != E_FUNCTION && e->kind != E_VARIABLE && e->kind != E_CONSTANT)
            continue;
        e->imported = true;
        e->has_body = true;
        if (ext)
            e->ext_name = ext;
        else if (conv->kind == N_IDENT && strcmp(conv->id->name, "ada"))
            e->ext_name = e->id->name;
        any = true;
    }
    if (!any)
        error_at(ent->loc, "B.1(7)", "pragma Import: no subprogram or object '%s' is declared here", ent->id->name);
}

bool sema_default_pool_name(Node *a, const char *what, const char *rm_type, const char *rm_variable)
{
    /* of type Root_Storage_Pool'Class, a variable */
    Type *pt = sema_expr(a, NULL);
    if (!pt)
        return false;
    Type *ft = type_full(pt);
    Type *spec = ft->is_classwide ? type_full(ft->specific) : ft;
    Entity *root = library_predefined("system.storage_pools", "root_storage_pool", a->loc);
    Type *rt = root ? type_full(root->type) : NULL;
    if (!rt || !spec->tagged || !is_descendant(spec->base, rt->base)) {
        error_at(a->loc, rm_type, "the storage pool of %s is an object of a type in "
                 "System.Storage_Pools.Root_Storage_Pool'Class, and '%s' is not one", what, type_name(pt));
        return false;
    }
    if (!(a->ent && (a->ent->kind == E_VARIABLE || (a->ent->kind == E_PARAM && a->ent->mode != MODE_IN)))) {
        error_at(a->loc, rm_variable, "the storage pool of %s must be a variable", what);
        return false;
    }
    return true;
}

/* The assertion policy for pragma Assert, Pre and Post (sema.h's ASSERT_*),
 * recorded on each of them for codegen: pragma Assertion_Policy sets it,
 * else codegen decides (-gnata). */
int assertion_policy[3];

static void pragma_decl(Node *d)
{
    const char *name = d->id->name;
    if (!strcmp(name, "import")) {
        pragma_import(d);
        return;
    }
    if (!strcmp(name, "default_storage_pool")) {
        /* 13.11.3(3/3 - 4.1/3): null, or the name of a pool object */
        Node *a = d->list.len == 1 ? d->list.data[0] : NULL;
        if (a && a->kind == N_ASSOC)
            a = a->expr;
        if (a && a->kind == N_NULL_LIT)
            scope_set_default_pool(1, NULL);
        else if (a) {
            if (sema_default_pool_name(a, "pragma Default_Storage_Pool", "13.11.3(3.3/3)", "13.11.3(4/3)"))
                scope_set_default_pool(2, a);
        } else
            error_at(d->loc, "13.11.3(3/3)", "pragma Default_Storage_Pool takes one argument, null or a storage pool");
        return;
    }
    if (!strcmp(name, "pure") && scope_owner() && scope_owner()->kind == E_PACKAGE) {
        scope_owner()->declared_pure = true;      /* checked at the end of the spec */
        return;
    }
    if (!strcmp(name, "assert")) {
        sema_pragma_assert(d);
        return;
    }
    if (!strcmp(name, "assertion_policy")) {
        /* 11.4.2(6/2): the policy from here on (adac keeps one for the rest
         * of the compilation, not one per region): Check or Ignore, for
         * all assertions or for Assert, Pre and Post one by one */
        for (int i = 0; i < d->list.len; i++) {
            Node *a = d->list.data[i];
            Node *pol = a->kind == N_ASSOC ? a->expr : a;
            if (!pol || pol->kind != N_IDENT)
                continue;
            int v = !strcmp(pol->id->name, "check") ? ASSERT_CHECK : ASSERT_IGNORE;
            Node *kind = a->kind == N_ASSOC && a->list.len == 1 ? a->list.data[0] : NULL;
            const char *k = kind && kind->kind == N_IDENT ? kind->id->name : NULL;
            for (int j = 0; j < 3; j++)
                if (!k || !strcmp(k, (const char *[]){"assert", "pre", "post"}[j]))
                    assertion_policy[j] = v;
            if (v == ASSERT_CHECK && (!k || strstr(k, "predicate") || strstr(k, "invariant")))
                diag(SEV_WARNING, pol->loc, "11.4.2", "adac checks pragma Assert, Pre and Post, not yet predicates "
                     "and type invariants");
        }
        return;
    }
    /* Analyse the arguments that are expressions of a pragma we know to
     * need nothing more; other pragmas have no effect (2.8(11)). */
}

static void use_clause(Node *d)
{
    for (int i = 0; i < d->list.len; i++) {
        Node *n = d->list.data[i];
        Entity *e = NULL;
        if (n->kind == N_IDENT) {
            e = lookup(n->id);
            if (!e)
                error_at(n->loc, "8.4(3)", "'%s' is not declared", spelled(n));
        } else {
            sema_expr(n, NULL);
            e = n->ent;
        }
        if (!e)
            continue;
        if (e->kind != E_PACKAGE) {
            error_at(n->loc, "8.4(3)", "'%s' is not a package: a use clause names packages (use type for types)", entity_name(e));
            continue;
        }
        n->ent = e;
        use_package(e);
    }
}

/* Does a pool of type PT support subpools (13.11.4(17/3)): is its type,
 * statically, a descendant of Root_Storage_Pool_With_Subpools (the only
 * pools with a primitive Allocate_From_Subpool)?  A class-wide pool of
 * Root_Storage_Pool'Class is not known to. */
static bool pool_type_has_subpools(Type *pt)
{
    Type *ft = type_full(pt);
    if (ft->is_classwide)
        ft = type_full(ft->specific);
    if (!ft->tagged)
        return false;
    for (int i = 0; i < ft->base->prims.len; i++) {
        Entity *p = ft->base->prims.data[i];
        if (!strcmp(p->id->name, "allocate_from_subpool") && p->params.len == 5)
            return true;
    }
    return false;
}

/* What part of POOL, the name of an access type's storage pool, 13.11.4(23/3)
 * forbids for a pool that supports subpools: "p" when it denotes part of a
 * formal parameter, "d" part of a dereference of a value of a
 * non-library-level general access type (*AT gets that type), else NULL. */
static const char *pool_name_forbidden(Node *n, Type **at)
{
    for (;;) {
        while (n->kind == N_PAREN)
            n = n->expr;
        if (n->kind == N_SELECTED && n->ent && n->ent->kind == E_COMPONENT)
            n = n->expr;
        else if (n->kind == N_APPLY && n->op == APPLY_INDEX)
            n = n->expr;
        else
            break;
    }
    if (n->kind == N_DEREF) {
        Type *a = n->expr->ty ? type_full(n->expr->ty)->base : NULL;
        if (a && a->kind == TY_ACCESS && (a->aflags & AF_GENERAL) && a->level > 0) {
            *at = a;
            return "d";
        }
    } else if (n->ent && n->ent->kind == E_PARAM)
        return "p";
    return NULL;
}

/* The legality rules of a subpool access type, access type T whose pool
 * VALUE of type PT supports subpools (13.11.4(22/3), (23/3)).  True when
 * an error was reported. */
static bool subpool_pool_checks(Type *t, Type *pt, Node *value)
{
    if (!pool_type_has_subpools(pt))
        return false;
    bool bad = false;
    if (t->aflags & AF_GENERAL) {
        error_at(value->loc, "13.11.4(22/3)", "'%s' is a general access type: only a pool-specific access type "
                 "can have a storage pool that supports subpools", type_name(t));
        bad = true;
    }
    /* the name may not denote part of a formal parameter, nor part of a
     * dereference of a value of a non-library-level general access type */
    Type *at = NULL;
    const char *part = pool_name_forbidden(value, &at);
    if (part && *part == 'd') {
        error_at(value->loc, "13.11.4(23/3)", "the storage pool of '%s' supports subpools, so it cannot be "
                 "part of a dereference of the non-library-level general access type '%s'",
                 type_name(t), type_name(at));
        return true;
    }
    if (part) {
        error_at(value->loc, "13.11.4(23/3)", "the storage pool of '%s' supports subpools, so it cannot be "
                 "part of a formal parameter", type_name(t));
        return true;
    }
    int pool_level = sema_object_level(value);
    if (t->level > pool_level) {
        error_at(value->loc, "13.11.4(23/3)", "the subpool access type '%s' (level %d) is deeper than its "
                 "storage pool object (level %d)", type_name(t), t->level, pool_level);
        bad = true;
    }
    return bad;
}

/* A class-wide pool VALUE of access type T may support subpools, known at
 * run time only: when the rules of 13.11.4(23/3) would then be broken,
 * the clause checks its tag (13.11.4(24/3 - 27/3), Program_Error). */
static void subpool_pool_dynamic_check(Type *t, Node *value)
{
    Type *at = NULL;
    if (!pool_name_forbidden(value, &at) && t->level <= sema_object_level(value))
        return;
    t->pool_subpool_check = true;
}

/* An access type's storage attribute, from a clause or an aspect. */
static void storage_attribute(Type *t, Ident *attr, Node *value, Loc loc)
{
    t = type_full(t)->base;
    if (!sema_check_not_frozen(t, loc, "13.14(19/1)", arena_printf("'%s of '%s'", !strcmp(attr->name, "storage_size") ? "Storage_Size" : "Storage_Pool", type_name(t))))
        return;
    if (t->pool_by_default) {
        /* the type's own Storage_Pool or Storage_Size replaces the default
         * pool (13.11.3(6/3)) */
        t->pool_by_default = false;
        t->pool_clause = false;
        t->storage_pool = NULL;
        t->pool_allocate = t->pool_deallocate = t->pool_allocate_from_subpool = NULL;
        t->pool_storage_size = t->pool_default_subpool = NULL;
        t->pool_dispatching = false;
        t->pool_subpool_check = false;
    }
    if (t->kind != TY_ACCESS) {
        error_at(loc, "13.11(15)", "'%s is only for access types, and '%s' is not one", attr->name, type_name(t));
        return;
    }
    if (!strcmp(attr->name, "storage_size") ? t->pool_clause : t->storage_size != NULL)
        error_at(loc, "13.11(3)", "'%s' cannot have both a Storage_Pool and a Storage_Size", type_name(t));
    if (!strcmp(attr->name, "storage_size")) {
        Type *vt = sema_expr(value, NULL);
        if (vt && !type_is_integer(type_full(vt)))
            error_at(value->loc, "13.11(15)", "Storage_Size must be given by an integer expression");
        int64_t v;
        t->storage_size = value;
        t->storage_size_zero = eval_static_int64(value, &v) && v == 0;
    } else {
        if (value->kind == N_ATTRIBUTE && value->id && !strcmp(value->id->name, "storage_pool")) {
            /* for S'Storage_Pool use T'Storage_Pool: the pools are shared (13.11(1)) */
            Type *other = sema_subtype_mark(value->expr);
            Type *ob = other ? type_full(other)->base : NULL;
            if (ob && ob->kind == TY_ACCESS && ob->storage_pool) {
                t->storage_pool = ob->storage_pool;
                t->pool_clause = true;
                t->pool_allocate = ob->pool_allocate;
                t->pool_deallocate = ob->pool_deallocate;
                t->pool_allocate_from_subpool = ob->pool_allocate_from_subpool;
                t->pool_storage_size = ob->pool_storage_size;
                t->pool_default_subpool = ob->pool_default_subpool;
                t->pool_dispatching = ob->pool_dispatching;
                return;
            }
            if (ob) {
                t->pool_clause = true;      /* both use the default pool */
                return;
            }
        }
        Type *pt = sema_expr(value, NULL);
        /* 13.11.4(21/3)-(23/3) are about a pool specified for the type,
         * not a default pool (13.11.3) */
        if (pt && !applying_default_pool && subpool_pool_checks(t, pt, value))
            return;
        if (pt && !(value->ent && (value->ent->kind == E_VARIABLE || value->ent->kind == E_CONSTANT
                                   || (value->ent->kind == E_PARAM && value->ent->mode != MODE_IN)))
            && !sema_is_variable(value))
            error_at(value->loc, "13.11(15)", "Storage_Pool must name a variable: a storage pool object, a component "
                     "or a dereference of one");
        t->storage_pool = value;
        t->pool_clause = true;
        t->storage_size_zero = false;     /* a pool of its own, whatever the default */
        if (!pt)
            return;
        if (value->ent && value->ent->depth > 0)
            value->ent->uplevel = true;        /* allocators in nested subprograms reach it */
        Type *ft = type_full(pt);
        Entity *root = library_predefined("system.storage_pools", "root_storage_pool", loc);
        Type *rt = root ? type_full(root->type) : NULL;
        Type *spec = ft->is_classwide ? type_full(ft->specific) : ft;
        if (!rt || !spec->tagged || !is_descendant(spec->base, rt->base)) {
            error_at(value->loc, "13.11(15)", "the Storage_Pool of an access type is an object of a type "
                     "derived from System.Storage_Pools.Root_Storage_Pool, and '%s' is not one", type_name(pt));
            return;
        }
        t->pool_dispatching = ft->is_classwide;
        if (ft->is_classwide && !pool_type_has_subpools(pt) && !applying_default_pool)
            subpool_pool_dynamic_check(t, value);
        for (int i = 0; i < spec->base->prims.len; i++) {
            Entity *p = spec->base->prims.data[i];
            if (!strcmp(p->id->name, "allocate") && p->params.len == 4 && !t->pool_allocate)
                t->pool_allocate = p;
            else if (!strcmp(p->id->name, "deallocate") && p->params.len == 4 && !t->pool_deallocate)
                t->pool_deallocate = p;
            else if (!strcmp(p->id->name, "allocate_from_subpool") && p->params.len == 5)
                t->pool_allocate_from_subpool = p;
            else if (!strcmp(p->id->name, "default_subpool_for_pool") && p->kind == E_FUNCTION && p->params.len == 1
                     && !t->pool_default_subpool)
                t->pool_default_subpool = p;
            else if (!strcmp(p->id->name, "storage_size") && p->kind == E_FUNCTION && p->params.len == 1
                     && !t->pool_storage_size)
                t->pool_storage_size = p;
        }
    }
}

/* 13.3 attribute_definition_clause: for X'Attr use E; */
static void attribute_clause(Node *d)
{
    Node *a = d->expr;
    if (!a || a->kind != N_ATTRIBUTE) {
        error_at(d->loc, "13.3(2)", "an attribute definition clause names an attribute");
        return;
    }
    const char *name = a->id->name;
    if (!strcmp(name, "storage_size") || !strcmp(name, "storage_pool")) {
        Type *t = sema_subtype_mark(a->expr);
        if (t) {
            storage_attribute(t, a->id, d->init, d->loc);
            type_full(t)->base->pool_by_clause = true;
        }
        return;
    }
    if (!strcmp(name, "size") || !strcmp(name, "alignment") || !strcmp(name, "component_size")
        || !strcmp(name, "small") || !strcmp(name, "bit_order") || !strcmp(name, "object_size")
        || !strcmp(name, "value_size")) {
        sema_expr(d->init, NULL);
        Type *t = a->expr->kind == N_IDENT || a->expr->kind == N_SELECTED ? sema_subtype_mark(a->expr) : NULL;
        Type *ft = t ? type_full(t)->base : NULL;
        int64_t v;
        if (ft && eval_static_int64(d->init, &v)) {
            if (!strcmp(name, "alignment") && v > 0 && v <= 4096 && (v & (v - 1)) == 0) {
                ft->align_clause = (int)v;       /* honoured by adac's layouts and allocators */
                return;
            }
            /* a confirming clause: what adac chooses anyway */
            if (!strcmp(name, "size") && ft->bits && v == ft->bits)
                return;
            if (!strcmp(name, "component_size") && ft->kind == TY_ARRAY && ft->component) {
                Type *ct = type_full(ft->component);
                if (ct->base->bits && v == (ct->base->bits < 8 ? 8 : ct->base->bits))
                    return;
            }
        }
        diag(SEV_WARNING, d->loc, "13.1(12/3)", "'%s is ignored: adac chooses the representation itself", a->text);
        return;
    }
    error_at(a->loc, "13.3(5/3)", "'%s cannot be specified by an attribute definition clause here", a->text);
}

void sema_decl(Node *d)
{
    switch (d->kind) {
    case N_OBJECT_DECL: object_decl(d); break;
    case N_NUMBER_DECL: number_decl(d); break;
    case N_EXCEPTION_DECL: exception_decl(d); break;
    case N_TYPE_DECL: type_decl(d); break;
    case N_SUBTYPE_DECL: subtype_decl(d); break;
    case N_SUBPROGRAM_DECL: subprogram_decl(d); break;
    case N_SUBPROGRAM_BODY: subprogram_body(d); break;
    case N_PACKAGE_SPEC: package_spec(d); break;
    case N_PACKAGE_BODY: package_body(d); break;
    case N_PRAGMA: pragma_decl(d); break;
    case N_USE: use_clause(d); break;
    case N_USE_TYPE:
        for (int i = 0; i < d->list.len; i++) {
            Type *t = sema_subtype_mark(d->list.data[i]);
            if (t && type_full(t))
                use_type(type_full(t)->base);
        }
        break;
    case N_RENAMING_DECL:
        object_renaming(d);
        break;
    case N_TASK_TYPE: case N_SINGLE_TASK: case N_TASK_BODY:
    case N_PROTECTED_TYPE: case N_SINGLE_PROTECTED: case N_PROTECTED_BODY:
        error_at(d->loc, "9", "tasking is not supported by adac");
        if (d->kind != N_TASK_BODY && d->kind != N_PROTECTED_BODY && d->id) {
            /* declared all the same, of a type that refuses nothing, so
             * that its uses (T.Start, X : T) give no further error */
            bool is_type = d->kind == N_TASK_TYPE || d->kind == N_PROTECTED_TYPE;
            Entity *e = entity_new(is_type ? E_TYPE : E_VARIABLE, d->id, d->loc);
            e->spelling = d->text;
            e->decl = d;
            e->type = type_unsupported(d->text);
            add_to_region(e);
        }
        break;
    case N_BODY_STUB:
        if (d->op == T_TASK || d->op == T_PROTECTED)
            error_at(d->loc, "9", "tasking is not supported by adac");
        else
            error_at(d->loc, NULL, "body stubs (is separate) are not supported yet");
        break;
    case N_GENERIC_DECL: {
        Entity *e = sema_generic_decl(d);
        if (e)
            add_to_region(e);
        break;
    }
    case N_INSTANTIATION: sema_instantiation(d, add_to_region); break;
    case N_EXPR_FUNCTION: {
        /* 6.8: function F (...) return T is (E); is a body returning E */
        Node *ret = node_new(N_RETURN, d->expr ? d->expr->loc : d->loc);
        ret->expr = d->expr;
        d->kind = N_SUBPROGRAM_BODY;
        d->list = (Vec){0};
        d->list2 = (Vec){0};
        vec_push(&d->list2, ret);
        d->expr = NULL;
        expression_function = true;
        subprogram_body(d);
        expression_function = false;
        break;
    }
    case N_SUBPROGRAM_RENAMING: subprogram_renaming(d); break;
    case N_PACKAGE_RENAMING: case N_EXCEPTION_RENAMING:
    case N_GENERIC_RENAMING:
        error_at(d->loc, NULL, "renaming declarations are not supported yet");
        break;
    case N_ATTRIBUTE_CLAUSE: attribute_clause(d); break;
    case N_ENUM_REP_CLAUSE: case N_RECORD_REP_CLAUSE: case N_AT_CLAUSE:
        diag(SEV_WARNING, d->loc, "13.1(12/3)", "this representation clause is ignored: adac chooses the representation itself");
        break;
    default:
        error_at(d->loc, NULL, "this declaration (%s) is not supported yet", node_kind_name(d->kind));
        break;
    }
}

/* A subprogram declared in package PKG (its visible or private part, or a
 * package nested there) that still has no body, or NULL: a package with
 * one needs a body that completes it (7.1(5/2), 3.11(11)). */
static Entity *uncompleted_subprogram(Entity *pkg)
{
    Node *spec = pkg->spec_node;
    if (!spec || spec->kind != N_PACKAGE_SPEC)
        return NULL;
    Vec *parts[2] = {&spec->list, &spec->list2};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < parts[k]->len; i++) {
            Node *d = parts[k]->data[i];
            Entity *s = d->ent;
            if (!s || s->scope != pkg)
                continue;
            if (d->kind == N_SUBPROGRAM_DECL && (s->kind == E_PROCEDURE || s->kind == E_FUNCTION)
                && !s->has_body && !s->imported && !s->is_abstract && !(d->flags & NF_ABSTRACT))
                return s;
            if (d->kind == N_PACKAGE_SPEC && s->kind == E_PACKAGE && !s->body_node) {
                Entity *t = uncompleted_subprogram(s);
                if (t)
                    return t;
            }
        }
    return NULL;
}

/* After the declarations of a package body: its spec's subprograms all
 * have bodies; then those of a nested package given no body at all. */
static void check_package_completed(Entity *pkg)
{
    Entity *s = uncompleted_subprogram(pkg);
    if (s)
        error_at(s->loc, "3.11(11)", "subprogram '%s' is declared here but the body of package '%s' has no body for it",
                 entity_name(s), entity_name(pkg));
}

void sema_decls(Vec *decls)
{
    for (int i = 0; i < decls->len; i++)
        sema_decl(decls->data[i]);
    /* 13.1.1(11/3): the contracts of the subprogram declarations are
     * resolved at the end of the declaration list, with the formals */
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->data[i];
        Entity *e = d->ent;
        if (d->kind != N_SUBPROGRAM_DECL || !e || !d->aspects.len || (e->kind != E_PROCEDURE && e->kind != E_FUNCTION))
            continue;
        scope_push(e);
        for (int k = 0; k < e->params.len; k++) {
            Entity *p = e->params.data[k];
            if (!p->scope)
                p->scope = e;
            declare(p);
        }
        contract_aspects(&d->aspects, e);
        scope_pop();
    }
    /* 3.11(11), 7.1(2): every declaration that needs a completion has one */
    Entity *owner = scope_owner();
    if (!owner)
        return;
    for (int i = 0; i < decls->len; i++) {
        Node *d = decls->data[i];
        if (d->kind == N_SUBPROGRAM_DECL && d->ent && !d->ent->has_body && !(d->flags & NF_ABSTRACT)
            && part == PART_BODY)
            error_at(d->loc, "3.11(11)", "subprogram '%s' is declared here but has no body", entity_name(d->ent));
        /* 7.1(5/2): a package whose spec declares a subprogram needs a body */
        if (d->kind == N_PACKAGE_SPEC && d->ent && d->ent->kind == E_PACKAGE && !d->ent->body_node
            && part == PART_BODY) {
            Entity *s = uncompleted_subprogram(d->ent);
            if (s)
                error_at(s->loc, "7.1(5/2)", "subprogram '%s' is declared here but package '%s' has no body",
                         entity_name(s), entity_name(d->ent));
        }
    }
}
