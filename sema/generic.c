/*
 * generic.c: generic units and their instances (RM 12).
 *
 * A generic declaration is recorded, not analysed: its entity (E_GENERIC)
 * keeps the tree of the declaration and, once seen, of its body.  An
 * instantiation copies both trees and analyses the copies where the
 * instantiation is, in a region whose first declarations stand for the
 * generic formals (12.3(13-18)):
 *
 *   formal type T            ->  subtype T is <actual subtype>;
 *   formal object X : in T   ->  X : constant T := <actual>;
 *   formal subprogram F      ->  F, a view of the actual subprogram
 *
 * so that every name in the copies resolves to what the RM says the
 * instance denotes.  The copies then go to codegen like any declaration.
 * (The legality of an uninstantiated generic is not checked yet: its rules
 * apply when an instance is analysed, 12.3(11).)
 *
 * Ada.Unchecked_Deallocation is intrinsic: its instances are procedures
 * that codegen expands into a sized free of the default pool (13.11.2).
 */
#include "sema.h"

#include <string.h>

/* ---- copying trees -------------------------------------------------------- */

static Node *copy_tree(const Node *n);
Node *sema_copy_tree(const Node *n) { return copy_tree(n); }

static Vec copy_vec(const Vec *v)
{
    Vec out = {0};
    for (int i = 0; i < v->len; i++)
        vec_push(&out, copy_tree(v->data[i]));
    return out;
}

/* A fresh copy of the tree N, without sema's annotations. */
static Node *copy_tree(const Node *n)
{
    if (!n)
        return NULL;
    Node *c = arena_alloc(sizeof *c);
    *c = *n;
    c->ent = NULL;
    c->ty = NULL;
    c->sem = NULL;
    c->checks = 0;
    c->target = NULL;
    c->flags &= ~(1u << 30);          /* sema's "analysed" mark */
    c->expr = copy_tree(n->expr);
    c->left = copy_tree(n->left);
    c->right = copy_tree(n->right);
    c->type = copy_tree(n->type);
    c->init = copy_tree(n->init);
    c->constraint = copy_tree(n->constraint);
    c->spec = copy_tree(n->spec);
    c->cond = copy_tree(n->cond);
    c->ref = copy_tree(n->ref);
    c->ids = copy_vec(&n->ids);
    c->list = copy_vec(&n->list);
    c->list2 = copy_vec(&n->list2);
    c->list3 = copy_vec(&n->list3);
    c->aspects = copy_vec(&n->aspects);
    c->pragmas = copy_vec(&n->pragmas);
    if ((n->kind == N_AGGREGATE || n->kind == N_APPLY) && n->op)
        c->op = n->kind == N_APPLY ? 0 : n->op;   /* sema's rewrites */
    return c;
}

/* ---- generic declarations ------------------------------------------------- */

static void check_template(Entity *g, Node *body);

static Ident *designator(Node *dn)
{
    if (dn->kind == N_STRING_LIT) {
        char *s = arena_strdup(dn->text);
        for (char *p = s; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p + 32);
        return intern(s, strlen(s));
    }
    return dn->id;
}

/* The defining name of the unit a generic declaration declares. */
static Node *generic_name(Node *g)
{
    Node *u = g->spec;
    if (!u)
        return NULL;
    if (u->kind == N_PACKAGE_SPEC)
        return u->expr;
    if (u->kind == N_SUBPROGRAM_DECL && u->spec)
        return u->spec->expr;
    return NULL;
}

Entity *sema_generic_decl(Node *g)
{
    Node *dn = generic_name(g);
    if (!dn) {
        error_at(g->loc, NULL, "this generic declaration is not supported yet");
        return NULL;
    }
    Entity *e = entity_new(E_GENERIC, designator(dn), dn->loc);
    e->spelling = dn->text ? dn->text : e->id->name;
    e->decl = g;
    e->spec_node = g;
    e->is_library_unit = scope_owner() == NULL;
    g->ent = e;
    Ident *full = dotted_ident(dn);
    if (!strcmp(full->name, "ada.unchecked_deallocation"))
        e->builtin = BI_FREE;          /* intrinsic (13.11.2) */
    else
        check_template(e, NULL);
    return e;
}

/* ---- the generic template itself (12.3(11)) --------------------------------- */

/* The formals of a template as declarations of their own: a formal type is
 * a type of its class about which nothing else is known, a formal object an
 * object, a formal subprogram a subprogram without a body. */
static Vec template_formals(Node *g)
{
    Vec decls = {0};
    for (int i = 0; i < g->list.len; i++) {
        Node *f = g->list.data[i];
        switch (f->kind) {
        case N_FORMAL_TYPE: {
            Node *d = node_new(N_TYPE_DECL, f->loc);
            d->id = f->id;
            d->text = f->text;
            d->list = copy_vec(&f->list);
            if (d->list.len == 1 && ((Node *)d->list.data[0])->kind == N_BOX_INDEX)
                d->list = (Vec){0};            /* (<>): unknown discriminants */
            d->type = f->type ? copy_tree(f->type) : node_new(N_PRIVATE_DEF, f->loc);
            if (!f->type && (f->flags & NF_TAGGED))
                d->type->flags |= NF_TAGGED;
            vec_push(&decls, d);
            break;
        }
        case N_FORMAL_OBJECT: {
            Node *d = node_new(N_OBJECT_DECL, f->loc);
            d->ids = copy_vec(&f->ids);
            d->type = copy_tree(f->type);
            d->init = copy_tree(f->init);
            if (f->op == T_IN)
                d->flags |= NF_CONSTANT;
            if (f->op == T_IN && !d->init)
                d->init = NULL;             /* its value is the actual's */
            vec_push(&decls, d);
            break;
        }
        case N_FORMAL_SUBPROGRAM: {
            Node *d = node_new(N_SUBPROGRAM_DECL, f->loc);
            d->spec = copy_tree(f->spec);
            d->flags |= NF_NULL_PROC;       /* has no body to look for */
            vec_push(&decls, d);
            break;
        }
        default:
            break;
        }
    }
    return decls;
}

/* Analyse generic G's template (its declaration, and body when given) to
 * report the errors of the generic unit itself; nothing of it is kept. */
static void check_template(Entity *g, Node *body)
{
    Node *gd = g->decl;
    Entity *owner = entity_new(E_PACKAGE, intern(" template", 9), gd->loc);
    owner->spelling = "template";
    scope_push(owner);
    Vec formals = template_formals(gd);
    if (body)
        diag_quiet(true);              /* reported with the declaration */
    for (int i = 0; i < formals.len; i++) {
        Node *f = formals.data[i];
        if (f->kind == N_OBJECT_DECL && !f->init && (f->flags & NF_CONSTANT))
            f->flags &= ~NF_CONSTANT;   /* a value only the actual gives */
        sema_decl(f);
    }
    Node *spec = copy_tree(gd->spec);
    if (spec->kind == N_PACKAGE_SPEC)
        spec->end_id = NULL;
    sema_decl(spec);
    if (body) {
        diag_quiet(false);
        Node *b = copy_tree(body);
        if (b->kind == N_PACKAGE_BODY)
            b->end_id = NULL;
        sema_decl(b);
    }
    scope_pop();
}

void sema_generic_template_body(Entity *g, Node *body)
{
    check_template(g, body);
}

/* ---- instantiation ---------------------------------------------------------- */

/* The actual for each formal: positional first, then named (12.3(9)). */
static Node **match_generic_actuals(Node *inst, Vec *formals, int n)
{
    Node **act = arena_alloc(sizeof(Node *) * (size_t)(n + 1));
    int pos = 0;
    for (int i = 0; i < inst->list.len; i++) {
        Node *a = inst->list.data[i];
        if (a->kind == N_ASSOC) {
            Node *ch = a->list.len == 1 ? a->list.data[0] : NULL;
            int k;
            for (k = 0; k < n; k++) {
                Node *f = formals->data[k];
                if (ch && ch->kind == N_IDENT && f->id == ch->id)
                    break;
            }
            if (k == n) {
                error_at(a->loc, "12.3(9)", "'%s' is not a formal parameter of this generic unit",
                         ch && ch->kind == N_IDENT ? spelled(ch) : "?");
                continue;
            }
            act[k] = a->expr;
        } else if (pos < n) {
            act[pos++] = a;
        } else {
            error_at(a->loc, "12.3(9)", "too many generic actual parameters");
        }
    }
    return act;
}

/* One entry per formal of the generic formal part (an object declaration
 * with several names counts once per name). */
static void flatten_formals(Node *g, Vec *formals, Vec *owners)
{
    for (int i = 0; i < g->list.len; i++) {
        Node *f = g->list.data[i];
        if (f->kind == N_FORMAL_OBJECT) {
            for (int k = 0; k < f->ids.len; k++) {
                Node *one = node_new(N_IDENT, ((Node *)f->ids.data[k])->loc);
                one->id = ((Node *)f->ids.data[k])->id;
                one->text = ((Node *)f->ids.data[k])->text;
                vec_push(formals, one);
                vec_push(owners, f);
            }
        } else if (f->kind == N_FORMAL_TYPE || f->kind == N_FORMAL_PACKAGE) {
            Node *one = node_new(N_IDENT, f->loc);
            one->id = f->id;
            one->text = f->text;
            vec_push(formals, one);
            vec_push(owners, f);
        } else if (f->kind == N_FORMAL_SUBPROGRAM) {
            Node *one = node_new(N_IDENT, f->loc);
            Node *dn = f->spec ? f->spec->expr : NULL;
            one->id = dn ? designator(dn) : NULL;
            one->text = dn ? dn->text : "?";
            vec_push(formals, one);
            vec_push(owners, f);
        }
    }
}

/* The declarations that stand for the formals in the instance. */
static Vec formal_declarations(Node *inst, Node *g)
{
    Vec formals = {0}, owners = {0}, decls = {0};
    flatten_formals(g, &formals, &owners);
    Node **act = match_generic_actuals(inst, &formals, formals.len);
    for (int i = 0; i < formals.len; i++) {
        Node *name = formals.data[i], *f = owners.data[i], *a = act[i];
        Loc loc = a ? a->loc : inst->loc;
        switch (f->kind) {
        case N_FORMAL_TYPE: {
            if (!a) {
                error_at(inst->loc, "12.3(10)", "no actual for the generic formal type '%s'", name->text);
                break;
            }
            Node *d = node_new(N_SUBTYPE_DECL, loc);
            d->id = name->id;
            d->text = name->text;
            d->type = node_new(N_SUBTYPE_IND, loc);
            d->type->expr = a;
            d->flags |= NF_GENERIC_ACTUAL;
            vec_push(&decls, d);
            break;
        }
        case N_FORMAL_OBJECT: {
            if (f->op != T_IN) {
                error_at(loc, NULL, "generic formal objects of mode in out are not supported yet");
                break;
            }
            Node *val = a ? a : copy_tree(f->init);
            if (!val) {
                error_at(inst->loc, "12.3(10)", "no actual for the generic formal object '%s'", name->text);
                break;
            }
            Node *d = node_new(N_OBJECT_DECL, loc);
            Node *idn = node_new(N_IDENT, loc);
            idn->id = name->id;
            idn->text = name->text;
            vec_push(&d->ids, idn);
            d->flags |= NF_CONSTANT;
            d->type = copy_tree(f->type);
            d->init = val;
            vec_push(&decls, d);
            break;
        }
        case N_FORMAL_SUBPROGRAM: {
            /* F renames the actual, or the default (12.6): a name, or with
             * `is <>` the subprogram of F's name visible here */
            Node *target = a;
            if (!target && f->expr)
                target = copy_tree(f->expr);
            if (!target && (f->flags & NF_BOX)) {
                target = node_new(N_IDENT, inst->loc);
                target->id = name->id;
                target->text = name->text;
            }
            if (!target && (f->flags & NF_NULL_PROC)) {
                Node *d = node_new(N_SUBPROGRAM_DECL, loc);
                d->spec = copy_tree(f->spec);
                d->flags |= NF_NULL_PROC;
                vec_push(&decls, d);
                break;
            }
            if (!target) {
                error_at(inst->loc, "12.3(10)", "no actual for the generic formal subprogram '%s'", name->text);
                break;
            }
            Node *d = node_new(N_SUBPROGRAM_RENAMING, loc);
            d->spec = copy_tree(f->spec);
            d->ref = target;
            d->flags |= NF_GENERIC_ACTUAL;
            vec_push(&decls, d);
            break;
        }
        default:
            error_at(f->loc, NULL, "generic formal packages are not supported yet");
            break;
        }
    }
    return decls;
}

/* An instance of Ada.Unchecked_Deallocation (Object, Name): a procedure
 * Free (X : in out Name) that codegen expands (13.11.2). */
static Entity *free_instance(Node *inst)
{
    Node *dn = inst->expr;
    Node *obj = NULL, *nam = NULL;
    int pos = 0;
    for (int i = 0; i < inst->list.len; i++) {
        Node *a = inst->list.data[i];
        Node *v = a->kind == N_ASSOC ? a->expr : a;
        Ident *which = a->kind == N_ASSOC && a->list.len == 1 ? ((Node *)a->list.data[0])->id : NULL;
        if ((which && !strcmp(which->name, "object")) || (!which && pos == 0))
            obj = v;
        else
            nam = v;
        if (!which)
            pos++;
    }
    Type *ot = obj ? sema_subtype_mark(obj) : NULL;
    Type *at = nam ? sema_subtype_mark(nam) : NULL;
    if (!ot || !at)
        return NULL;
    Type *acc = type_full(at);
    if (acc->kind != TY_ACCESS || !same_type(type_full(acc->designated), type_full(ot))) {
        error_at(inst->loc, "12.5.4(3)", "the actual for Name must be an access type designating the actual for Object ('%s')",
                 type_name(ot));
        return NULL;
    }
    Entity *e = entity_new(E_PROCEDURE, dn->id, dn->loc);
    e->spelling = dn->text;
    e->builtin = BI_FREE;
    e->has_body = true;
    e->decl = inst;
    Entity *x = entity_new(E_PARAM, intern("x", 1), dn->loc);
    x->spelling = "X";
    x->type = at;
    x->mode = MODE_IN_OUT;
    x->depth = e->depth + 1;
    vec_push(&e->params, x);
    return e;
}

/* A generic declared in packages that are not open here (named through
 * an instance, from outside it): the instance is analysed in the
 * generic's environment (12.3(17-18)), their declarations (those of the
 * bodies too for the instance's body, WITH_BODIES) and the full views of
 * their private types.  Returns how many scopes to pop with
 * pop_generic_environment. */
static int push_generic_environment(Entity *g, bool with_bodies)
{
    Vec chain = {0};
    for (Entity *p = g->scope; p && p->kind == E_PACKAGE && !scope_is_open(p); p = p->scope)
        vec_push(&chain, p);
    for (int i = chain.len - 1; i >= 0; i--) {
        Entity *p = chain.data[i];
        scope_push_context();
        for (int k = 0; k < p->decls.len; k++)
            declare(p->decls.data[k]);
        for (int k = 0; k < p->private_decls.len; k++)
            declare(p->private_decls.data[k]);
        if (with_bodies)
            for (int k = 0; k < p->body_decls.len; k++)
                declare(p->body_decls.data[k]);
        sema_push_private_view(p);
    }
    return chain.len;
}

static void pop_generic_environment(int n)
{
    for (int i = 0; i < n; i++) {
        sema_pop_private_view();
        scope_pop();
    }
}

void sema_instantiation(Node *inst, void (*declare_in_region)(Entity *))
{
    Node *gname = inst->ref;
    Entity *g = NULL;
    if (inst->expr && inst->expr->kind == N_STRING_LIT) {
        /* procedure "x" is new ...: found by fuzz/mutate-campaign.py */
        if (inst->op != T_FUNCTION) {
            error_at(inst->expr->loc, "6.1(9)", "an operator symbol names a function, not a %s",
                     inst->op == T_PACKAGE ? "package" : "procedure");
            return;
        }
        inst->expr->id = designator(inst->expr);
    }
    if (gname->kind == N_IDENT) {
        g = lookup(gname->id);
    } else {
        sema_expr(gname, NULL);
        g = gname->ent;
    }
    if (!g) {
        if (gname->kind == N_IDENT)
            sema_undeclared(gname);
        return;
    }
    if (g->kind != E_GENERIC) {
        error_at(gname->loc, "12.3(2)", "'%s' is not a generic unit", entity_name(g));
        return;
    }
    gname->ent = g;
    Node *gd = g->decl;
    bool is_pkg = gd->spec && gd->spec->kind == N_PACKAGE_SPEC;
    if ((inst->op == T_PACKAGE) != is_pkg) {
        error_at(inst->loc, "12.3(3)", "'%s' is a generic %s", entity_name(g), is_pkg ? "package" : "subprogram");
        return;
    }
    if (g->builtin == BI_FREE) {
        Entity *e = free_instance(inst);
        if (e) {
            inst->ent = e;
            declare_in_region(e);
        }
        return;
    }
    if (!g->body_node)
        library_need_body(g);
    /* 13.11.3(5/3): the aspect Default_Storage_Pool of the instance gives
     * the default pool of the access types declared in it */
    Node *pool = NULL;
    for (int i = 0; i < inst->aspects.len; i++) {
        Node *asp = inst->aspects.data[i];
        if (asp->id && !strcmp(asp->id->name, "default_storage_pool") && asp->expr
            && sema_default_pool_name(asp->expr, "aspect Default_Storage_Pool", "13.11.3(5/3)", "13.11.3(5/3)"))
            pool = asp->expr;
    }
    /* the copies, with the formals' stand-ins first in the instance's
     * declarations (12.3(13-18)) */
    Vec formals = formal_declarations(inst, gd);
    diag_push_instance(inst->loc, entity_name(g));
    Node *spec = copy_tree(gd->spec);
    Node *body = g->body_node ? copy_tree(g->body_node) : NULL;
    Node *dn = copy_tree(inst->expr);
    Vec gen = {0};                      /* what codegen generates */
    if (spec->kind == N_PACKAGE_SPEC) {
        spec->expr = dn;
        spec->end_id = NULL;
        Vec list = formals;
        for (int i = 0; i < spec->list.len; i++)
            vec_push(&list, spec->list.data[i]);
        spec->list = list;
        /* analysed here, with the generic's context clauses (12.3(19)) */
        scope_push_context();
        if (pool)
            scope_set_default_pool(2, pool);
        library_use_context(gd);
        int env = push_generic_environment(g, false);
        sema_decl(spec);
        pop_generic_environment(env);
        scope_pop();
        if (spec->ent)
            declare(spec->ent);         /* the instance's name stays visible */
        vec_push(&gen, spec);
        if (body) {
            body->expr = dn;
            body->end_id = NULL;
            scope_push_context();
            if (pool)
                scope_set_default_pool(2, pool);
            library_use_context(gd);
            library_use_context(g->body_node);
            int benv = push_generic_environment(g, true);
            sema_decl(body);
            pop_generic_environment(benv);
            scope_pop();
            vec_push(&gen, body);
        }
        inst->ent = spec->ent;
    } else {
        /* a subprogram instance lives in a wrapper package holding its
         * formals (as GNAT does); its name is declared here */
        static int n_wrappers;
        char wname[32];
        snprintf(wname, sizeof wname, "%s__inst%d", dn->id ? dn->id->name : "op", ++n_wrappers);
        Node *wn = node_new(N_IDENT, inst->loc);
        wn->id = intern(wname, strlen(wname));
        wn->text = arena_strdup(wname);
        Node *wspec = node_new(N_PACKAGE_SPEC, inst->loc);
        wspec->expr = wn;
        wspec->list = formals;
        spec->spec->expr = dn;
        vec_push(&wspec->list, spec);
        scope_push_context();
        if (pool)
            scope_set_default_pool(2, pool);
        library_use_context(gd);
        int env = push_generic_environment(g, false);
        sema_decl(wspec);
        pop_generic_environment(env);
        scope_pop();
        if (wspec->ent)
            declare(wspec->ent);
        vec_push(&gen, wspec);
        if (body) {
            body->spec->expr = dn;
            body->end_id = NULL;
            Node *wbody = node_new(N_PACKAGE_BODY, inst->loc);
            wbody->expr = wn;
            vec_push(&wbody->list, body);
            scope_push_context();
            if (pool)
                scope_set_default_pool(2, pool);
            library_use_context(gd);
            library_use_context(g->body_node);
            int benv = push_generic_environment(g, true);
            sema_decl(wbody);
            pop_generic_environment(benv);
            scope_pop();
            vec_push(&gen, wbody);
        } else if (spec->ent && !spec->ent->has_body) {
            error_at(inst->loc, "12.3(13)", "the body of generic '%s' was not found", entity_name(g));
        }
        inst->ent = spec->ent;
        if (spec->ent)
            declare_in_region(spec->ent);
    }
    diag_pop_instance();
    inst->list2 = gen;
}
