/*
 * tagged.c: tagged types, type extensions and class-wide types (RM 3.9,
 * 3.9.1, 3.9.2), and primitive operations (3.2.3) with their inheritance
 * and overriding (3.4(17), 8.3(9-13)).
 *
 * A type extension is a record type whose components are its parent's
 * (same entities, same positions) followed by its own.  Its primitive
 * operations start as its parent's, in the same dispatch slots: each is
 * declared anew as an implicit "inherited" subprogram whose profile has the
 * parent type replaced by the new one, and an explicit subprogram of the
 * same name and profile declared later in the region overrides it (takes
 * its slot and hides it).  A new primitive gets the next slot.
 *
 * Accessibility: a tagged type's Type.level is the accessibility level of
 * its declaration (the masters around it, scope_level); class-wide allocators compare it with the access type's
 * (4.8(5.1) statically, 4.8(10.1) at run time through the tag).
 */
#include "sema.h"

#include <string.h>

/* The deepest level of a tagged type in the program: a tag-level check
 * against a level at least as deep cannot fail (4.8(10.1/3), 6.5(8/4)). */
static int deepest_tagged_level;
void sema_note_tagged_level(int level)
{
    if (level > deepest_tagged_level)
        deepest_tagged_level = level;
}
int sema_deepest_tagged_level(void) { return deepest_tagged_level; }

/* ---- freezing (13.14) ---------------------------------------------------- */

static Vec unfrozen;       /* Entity*: types declared and not frozen yet */

void sema_track_type(Entity *te)
{
    if (te && te->type)
        vec_push(&unfrozen, te);
}

void sema_freeze(Type *t, Loc loc, const char *by)
{
    t = type_full(t);
    if (!t)
        return;
    if (t->is_classwide && t->specific)
        t = type_full(t->specific);
    t = t->base;
    if (!t->frozen_at.file) {
        t->frozen_at = loc;
        t->frozen_by = by;
    }
}

void sema_freeze_region(Entity *owner, Loc loc, const char *by)
{
    int kept = 0;
    for (int i = 0; i < unfrozen.len; i++) {
        Entity *te = unfrozen.data[i];
        Entity *s = te->scope;
        while (s && s != owner)
            s = s->scope;
        if (s == owner)
            sema_freeze(te->type, loc, by);
        else
            unfrozen.data[kept++] = te;
    }
    unfrozen.len = kept;
}

bool sema_check_not_frozen(Type *t, Loc loc, const char *rule, const char *what)
{
    Type *b = t ? type_full(t)->base : NULL;
    if (!b || !b->frozen_at.file)
        return true;
    error_at(loc, rule, "%s comes too late: '%s' is frozen already, by %s", what, type_name(b),
             b->frozen_by ? b->frozen_by : "a declaration");
    note_at(b->frozen_at, "'%s' is frozen here", type_name(b));
    return false;
}

Type *classwide_of(Type *t)
{
    if (t && t->classwide)
        return t->classwide;
    t = type_full(t);
    if (!t || !t->tagged)
        return NULL;
    if (t->is_classwide)
        return t;
    Type *spec = t->base;
    if (!spec->classwide) {
        /* T'Class: its properties are those of T's full view, reached
         * through specific, so that it can be named before T is complete */
        Type *cw = type_new(TY_RECORD, NULL);
        cw->tagged = true;
        cw->is_classwide = true;
        cw->specific = spec;
        cw->classwide = cw;
        cw->root = spec->root;
        cw->limited = spec->limited;
        cw->name = arena_printf("%s'Class", type_name(spec));
        spec->classwide = cw;
    }
    return spec->classwide;
}

bool is_descendant(Type *s, Type *t)
{
    s = type_full(s);
    t = type_full(t);
    if (!s || !t)
        return false;
    if (s->is_classwide)
        s = s->specific;
    if (t->is_classwide)
        t = t->specific;
    for (Type *p = s->base; p; p = p->parent ? type_full(p->parent)->base : NULL) {
        if (p == t->base)
            return true;
        for (int i = 0; i < p->progenitors.len; i++)
            if (is_descendant(p->progenitors.data[i], t))
                return true;
    }
    return false;
}

/* Append the components of OWN from the FROM-th on to extension T's, each
 * named differently from T's others (8.3(26)). */
static void append_components(Type *t, Type *own, int from)
{
    for (int i = from; i < own->components.len; i++) {
        Entity *c = own->components.data[i];
        for (int j = 0; j < t->components.len; j++)
            if (((Entity *)t->components.data[j])->id == c->id)
                error_at(c->loc, "8.3(26)", "component '%s' is already a component of the parent type", entity_name(c));
        c->pos = t->components.len;
        vec_push(&t->components, c);
    }
}

Type *type_extension(Node *def, Type *parent, Entity *ent, Vec *discrs)
{
    Type *pt = type_full(parent)->base;
    sema_freeze(pt, def->loc, "the type extension");   /* 13.14(7) */
    if (pt->dynamic_layout) {
        error_at(def->loc, NULL, "extending a type whose components' sizes depend on its discriminants is not supported yet");
        return NULL;
    }
    if (!pt->tagged) {
        error_at(def->loc, "3.9.1(3/2)", "'%s' is not a tagged type: only a tagged type can be extended", type_name(parent));
        return NULL;
    }
    Node *ext = def->expr;
    bool own_discrs = discrs && discrs->len;
    if (own_discrs && (pt->n_discr || !ext)) {
        /* 3.7(13): then the new discriminants constrain the parent's */
        error_at(((Node *)discrs->data[0])->loc, NULL, "discriminants of a type extension are not supported yet "
                 "when the parent type '%s' has discriminants", type_name(parent));
        return NULL;
    }
    Type *t = type_new(TY_RECORD, NULL);
    t->tagged = true;
    t->parent = pt;
    t->root = pt->root;
    t->limited = pt->limited;
    t->controlled = pt->controlled;
    t->level = scope_level();
    sema_note_tagged_level(t->level);
    t->n_discr = pt->n_discr;
    t->discr_defaults = pt->discr_defaults;
    t->has_variants = pt->has_variants;
    for (int i = 0; i < pt->components.len; i++)
        vec_push(&t->components, pt->components.data[i]);
    t->n_parent_comps = pt->components.len;
    t->parent_first = pt->parent_first;
    if (own_discrs && ext->kind == N_PRIVATE_DEF) {
        /* a private extension with discriminants: its full view gives
         * them, and the components */
    } else if (own_discrs) {
        /* the discriminants first (4.3.1(9): a positional aggregate gives
         * them first), then the parent's components, then the extension's;
         * in memory the parent's components stay where the parent has them,
         * after the tag, so that its operations find them (parent_first) */
        Type *own = sema_type_def(ext, ent, discrs);
        if (!own)
            return NULL;
        int nd = own->n_discr, np = pt->components.len;
        t->components = (Vec){0};
        for (int i = 0; i < nd; i++)
            vec_push(&t->components, own->components.data[i]);
        for (int i = 0; i < np; i++) {
            Entity *c = arena_alloc(sizeof *c);
            *c = *(Entity *)pt->components.data[i];     /* its place in this type */
            c->pos = nd + i;
            vec_push(&t->components, c);
        }
        append_components(t, own, nd);
        t->n_discr = nd;
        t->parent_first = np;
        t->discr_defaults = own->discr_defaults;
        t->has_variants = own->has_variants;
        t->dynamic_layout = own->dynamic_layout;
    } else if (ext && ext->kind == N_RECORD_DEF && !(ext->flags & NF_NULL_REC)) {
        /* the extension's own components, appended */
        Type *own = sema_type_def(ext, NULL, NULL);
        if (own)
            append_components(t, own, 0);
    } else if (ext && ext->kind == N_PRIVATE_DEF) {
        /* a private extension: the full view gives the components */
    }
    for (int i = 0; i < pt->prims.len; i++)
        vec_push(&t->prims, pt->prims.data[i]);
    if (def->list.len) {
        /* progenitors (3.9.4): the type is in their classes, so that the
         * program resolves; but adac has no dispatch tables for them, so
         * one error here, and no code */
        for (int i = 0; i < def->list.len; i++) {
            Type *it = sema_subtype_mark(def->list.data[i]);
            if (it && type_full(it)->is_interface)
                vec_push(&t->progenitors, type_full(it)->base);
        }
        error_at(((Node *)def->list.data[0])->loc, "3.9.4", "a type with progenitors ('and %s') is not supported by adac: "
                 "calls through the interface's class would need dispatch tables adac does not build; derive from the "
                 "interface alone, or from a tagged type", spelled(def->list.data[0]));
    }
    return t;
}

/* Does formal type FT designate tagged type T as a controlling type? */
static bool controlling(Type *ft, Type *t)
{
    ft = type_full(ft);
    if (!ft)
        return false;
    if (ft->kind == TY_ACCESS && (ft->aflags & AF_ANONYMOUS))
        ft = type_full(ft->designated);
    return ft && !ft->is_classwide && ft->base == t->base;
}

/* The tagged type of this region that S is a primitive of, if any. */
static Type *primitive_type(Entity *s)
{
    for (int i = 0; i < s->params.len; i++) {
        Type *ft = type_full(((Entity *)s->params.data[i])->type);
        if (ft && ft->kind == TY_ACCESS && (ft->aflags & AF_ANONYMOUS))
            ft = type_full(ft->designated);
        if (ft && ft->tagged && !ft->is_classwide && ft->base->ent && ft->base->ent->scope == s->scope)
            return ft->base;
    }
    Type *r = s->result ? type_full(s->result) : NULL;
    if (r && r->tagged && !r->is_classwide && r->base->ent && r->base->ent->scope == s->scope)
        return r->base;
    return NULL;
}

/* Does S, with T for the parent's type, conform to inherited operation P? */
static bool overrides(Entity *s, Entity *p, Type *t)
{
    if (s->id != p->id || s->kind != p->kind || s->params.len != p->params.len)
        return false;
    for (int i = 0; i < s->params.len; i++) {
        Type *a = type_full(((Entity *)s->params.data[i])->type);
        Type *b = type_full(((Entity *)p->params.data[i])->type);
        if (!a || !b)
            continue;
        bool ca = controlling(a, t), cb = controlling(b, t);
        if (ca != cb || (!ca && !same_type(a, b)))
            return false;
    }
    if (s->result && p->result) {
        bool ca = controlling(s->result, t), cb = controlling(p->result, t);
        if (ca != cb || (!ca && !same_type(type_full(s->result), type_full(p->result))))
            return false;
    }
    return true;
}

void note_primitive(Entity *s)
{
    Type *t = primitive_type(s);
    if (!t)
        return;
    /* 3.9.2(13): a primitive of a tagged type is declared before the
     * type is frozen (its dispatch table is fixed then); in a package,
     * where a new operation is primitive (3.2.3(4)) */
    if (t->tagged && s->scope && s->scope->kind == E_PACKAGE && !sema_check_not_frozen(t, s->loc, "3.9.2(13)",
                                            arena_printf("the primitive operation '%s' of '%s'", entity_name(s), type_name(t))))
        return;
    for (int i = 0; i < t->prims.len; i++) {
        Entity *p = t->prims.data[i];
        if (p->prim_of == t && p != s && !p->inherited_from && p->has_body && p->id == s->id)
            continue;
        if (overrides(s, p, t)) {
            if (p->inherited_from || p->prim_of != t)
                p->overridden = true;      /* hidden from now on (8.3(12)) */
            s->prim_of = t;
            s->slot = i;
            t->prims.data[i] = s;
            return;
        }
    }
    s->prim_of = t;
    s->slot = t->prims.len;
    vec_push(&t->prims, s);
}

/* The profile of P with parent type PT replaced by T. */
static Type *substitute(Type *ft, Type *pt, Type *t)
{
    Type *f = type_full(ft);
    if (f && !f->is_classwide && f->base == pt)
        return t;
    if (f && f->kind == TY_ACCESS && (f->aflags & AF_ANONYMOUS) && f->designated
        && type_full(f->designated)->base == pt) {
        Type *a = subtype_new(f);
        a->base = a;
        a->designated = t;
        return a;
    }
    return ft;
}

void inherit_primitives(Type *t)
{
    Type *pt = t->parent;
    for (int i = 0; i < t->prims.len; i++) {
        Entity *p = t->prims.data[i];
        Entity *e = entity_new(p->kind, p->id, t->ent ? t->ent->loc : p->loc);
        e->spelling = p->spelling;
        e->inherited_from = p->inherited_from ? p->inherited_from : p;
        e->ext_name = p->ext_name;
        e->has_body = true;
        e->prim_of = t;
        e->slot = i;
        e->decl = p->decl;
        e->depth = p->depth;
        e->level = p->level;
        for (int k = 0; k < p->params.len; k++) {
            Entity *f = p->params.data[k];
            Entity *g = entity_new(E_PARAM, f->id, f->loc);
            *g = *f;
            g->type = substitute(f->type, pt, t);
            vec_push(&e->params, g);
        }
        if (p->result) {
            e->result = substitute(p->result, pt, t);
            e->type = e->result;
        }
        t->prims.data[i] = e;
        declare(e);
        Entity *owner = scope_owner();
        if (owner && owner->kind == E_PACKAGE)
            vec_push(&owner->decls, e);
    }
}
