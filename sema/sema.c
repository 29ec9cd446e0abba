/*
 * sema.c: declarative regions, visibility and use clauses (RM 8).
 *
 * Each Ident holds the chain of declarations visible by that name (struct
 * Vis), innermost first.  Entering a declarative region pushes a Scope;
 * declaring an entity pushes it on its Ident's chain and records it in the
 * scope, and leaving the region pops the scope's declarations again, in
 * reverse order.  Use clauses are recorded per scope; a name that is not
 * directly visible, or is overloadable, is then also looked up in the
 * visible parts of the packages in use (RM 8.4).
 */
#include "sema.h"

#include <string.h>

/* One visible declaration of a name. */
typedef struct Vis {
    Entity *e;                 /* the declaration */
    struct Vis *next;          /* the next outer one */
} Vis;

typedef struct Scope {
    Entity *owner;             /* the package, subprogram or block entity */
    Vec declared;              /* Ident* pushed in this scope, to pop */
    Vec used;                  /* Entity* packages named in use clauses */
    Vec used_types;            /* Type* (base types) named in use type clauses */
    int depth;                 /* subprogram nesting depth inside it */
    int level;                 /* accessibility level inside it: masters (subprogram
                                  bodies and blocks) enclosing it (3.10.2(3/2)) */
    int default_pool;          /* pragma Default_Storage_Pool in force: 0 none, 1 null,
                                  2 the pool named by default_pool_name */
    Node *default_pool_name;
} Scope;

static Scope scopes[512];
static int n_scopes;

void scope_push(Entity *owner)
{
    if (n_scopes == (int)(sizeof scopes / sizeof scopes[0])) {
        /* a limit, not a crash (the parser lets 3000 levels of tree by) */
        error_at(owner ? owner->loc : (Loc){0}, NULL,
                 "nesting too deep: declarative regions (subprograms, packages, blocks, loops) are nested "
                 "more than %d deep here", n_scopes);
        fatal("cannot go on past this nesting limit");
    }
    Scope *s = &scopes[n_scopes++];
    memset(s, 0, sizeof *s);
    s->owner = owner;
    int outer = n_scopes > 1 ? scopes[n_scopes - 2].depth : 0;
    bool subprogram = owner && (owner->kind == E_PROCEDURE || owner->kind == E_FUNCTION);
    s->depth = outer + (subprogram ? 1 : 0);
    s->level = (n_scopes > 1 ? scopes[n_scopes - 2].level : 0) + (subprogram ? 1 : 0);
    s->default_pool = n_scopes > 1 ? scopes[n_scopes - 2].default_pool : 0;   /* 13.11.3(6/3) */
    s->default_pool_name = n_scopes > 1 ? scopes[n_scopes - 2].default_pool_name : NULL;
}

/* A scope for visibility only (a context clause inside an instance): the
 * same owner, depth and level as the current one. */
void scope_push_context(void)
{
    Entity *owner = scope_owner();
    int depth = scope_depth(), level = scope_level(), pool = scope_default_pool();
    Node *pool_name = scope_default_pool_name();
    scope_push(NULL);
    Scope *s = &scopes[n_scopes - 1];
    s->owner = owner;
    s->depth = depth;
    s->level = level;
    s->default_pool = pool;
    s->default_pool_name = pool_name;
}

void scope_set_default_pool(int pool, Node *name)
{
    if (n_scopes) {
        scopes[n_scopes - 1].default_pool = pool;
        scopes[n_scopes - 1].default_pool_name = name;
    }
}
Node *scope_default_pool_name(void) { return n_scopes ? scopes[n_scopes - 1].default_pool_name : NULL; }
int scope_default_pool(void) { return n_scopes ? scopes[n_scopes - 1].default_pool : 0; }

void scope_pop(void)
{
    Scope *s = &scopes[--n_scopes];
    for (int i = s->declared.len - 1; i >= 0; i--) {
        Ident *id = s->declared.data[i];
        id->visible = id->visible->next;
    }
}

Entity *scope_owner(void) { return n_scopes ? scopes[n_scopes - 1].owner : NULL; }

int scope_depth(void) { return n_scopes ? scopes[n_scopes - 1].depth : 0; }
int scope_level(void) { return n_scopes ? scopes[n_scopes - 1].level : 0; }
void scope_master(void) { if (n_scopes) scopes[n_scopes - 1].level++; }

Entity *sema_current_subprogram(void)
{
    for (int i = n_scopes - 1; i >= 0; i--) {
        Entity *o = scopes[i].owner;
        if (o && (o->kind == E_PROCEDURE || o->kind == E_FUNCTION))
            return o;
    }
    return NULL;
}

void declare(Entity *e)
{
    Vis *v = arena_alloc(sizeof *v);
    v->e = e;
    v->next = e->id->visible;
    e->id->visible = v;
    vec_push(&scopes[n_scopes - 1].declared, e->id);
}

/* Declare E in the current scope but behind the declarations of that
 * scope's owner with the same name: a parent's private declaration made
 * visible at a child's private part (8.2(4)) must not hide the child's own
 * visible declarations.  Popped with the current scope. */
void declare_behind(Entity *e)
{
    Entity *owner = scope_owner();
    Vis **at = &e->id->visible;
    while (*at && (*at)->e->scope == owner && owner)
        at = &(*at)->next;
    Vis *v = arena_alloc(sizeof *v);
    v->e = e;
    v->next = *at;
    *at = v;
    vec_push(&scopes[n_scopes - 1].declared, e->id);
}

void use_package(Entity *pkg)
{
    vec_push(&scopes[n_scopes - 1].used, pkg);
}

/* Is the declarative region of E open here (E owns a scope on the stack)? */
bool scope_is_open(const Entity *e)
{
    for (int i = n_scopes - 1; i >= 0; i--)
        if (scopes[i].owner == e)
            return true;
    return false;
}

void use_type(Type *base)
{
    vec_push(&scopes[n_scopes - 1].used_types, base);
}

/* Are the predefined operators of type T directly visible here?  They are
 * declared with T, in T's declarative region (4.5(1)... 3.2.3): visible
 * within that region, and outside it through a use clause of its package
 * or a use type clause of T (8.4(8/3)).  A type whose region adac does
 * not know (Standard's, anonymous ones) counts as visible. */
bool predefined_ops_visible(Type *t)
{
    t = type_full(t);
    if (t && t->is_classwide && t->specific)
        t = type_full(t->specific);
    Type *bt = t ? t->base : NULL;
    Entity *region = bt ? bt->region : NULL;
    if (!region || region == std.pkg)
        return true;
    for (int i = n_scopes - 1; i >= 0; i--) {
        Scope *s = &scopes[i];
        if (s->owner == region)
            return true;
        for (int k = 0; k < s->used.len; k++)
            if (s->used.data[k] == region)
                return true;
        for (int k = 0; k < s->used_types.len; k++)
            if (s->used_types.data[k] == bt)
                return true;
    }
    return false;
}

static bool overloadable(const Entity *e)
{
    return e->kind == E_PROCEDURE || e->kind == E_FUNCTION || e->kind == E_ENUM_LIT;
}

static bool in_vec(const Vec *v, const void *x)
{
    for (int i = 0; i < v->len; i++)
        if (v->data[i] == x)
            return true;
    return false;
}

Vec lookup_all(Ident *id)
{
    Vec out = {0};
    for (Vis *v = id->visible; v; v = v->next) {
        if (v->e->overridden)
            continue;          /* an inherited operation overridden (8.3(12)) */
        if (!overloadable(v->e)) {
            if (out.len == 0)
                vec_push(&out, v->e);
            return out;          /* a non-overloadable declaration hides all outer ones */
        }
        vec_push(&out, v->e);
    }
    /* use-visible declarations (8.4(8)): considered when nothing directly
     * visible hides them */
    Vec seen = {0};
    for (int i = n_scopes - 1; i >= 0; i--)
        for (int k = 0; k < scopes[i].used.len; k++) {
            Entity *pkg = scopes[i].used.data[k];
            if (in_vec(&seen, pkg))
                continue;
            vec_push(&seen, pkg);
            for (int d = 0; d < pkg->decls.len; d++) {
                Entity *e = pkg->decls.data[d];
                if (e->id == id && !e->overridden && !in_vec(&out, e))
                    vec_push(&out, e);
            }
        }
    return out;
}

Entity *lookup(Ident *id)
{
    Vec all = lookup_all(id);
    return all.len ? all.data[0] : NULL;
}

Entity *entity_new(EntityKind kind, Ident *id, Loc loc)
{
    Entity *e = arena_alloc(sizeof *e);
    e->kind = kind;
    e->id = id;
    e->spelling = id ? id->name : "";
    e->loc = loc;
    e->scope = scope_owner();
    e->depth = scope_depth();
    e->level = scope_level();
    return e;
}

const char *entity_name(const Entity *e) { return e->spelling; }

void sema_check_end_name(Node *n, Ident *name, Loc loc)
{
    if (n->end_id && name && n->end_id != name)
        error_at(loc, "6.3(4)", "'end %s' does not repeat the name '%s' of this unit",
                 n->end_id->name, name->name);
}
