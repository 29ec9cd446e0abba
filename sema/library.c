/*
 * library.c: the library of compilation units (RM 10) and the predefined
 * environment (RM A.1, Standard).
 *
 * The units of the files on the command line are registered by name first;
 * a with clause names a unit that is then taken from there, or looked up
 * along the include path with GNAT's file naming (a.b-c -> a-b-c.ads / .adb).
 * A unit is analysed after the units it depends on (its with clauses, its
 * parent, the declaration it completes); the order in which analysis
 * finishes is a valid elaboration order, which codegen follows.
 *
 * Standard is built here rather than read from a spec, because its types
 * (universal_integer, Character's 256 literals...) are not writable in Ada.
 */
#include "sema.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

Standard std;

/* A library unit: its declaration and body, found or not yet. */
typedef struct Unit {
    Ident *name;               /* full expanded name, lower case: "ada.text_io" */
    Node *spec;                /* N_COMPILATION_UNIT of the declaration */
    Node *body;                /* N_COMPILATION_UNIT of the body */
    int spec_state, body_state; /* 0 not analysed, 1 in progress, 2 done */
    bool own;                  /* given on the command line (generate code) */
    bool searched;             /* found along the include path: its data and code go in too */
    struct Unit *next;         /* the next unit in the table */
} Unit;

static Unit *units;
static Vec pending_bodies;     /* Unit*: bodies to analyse when the current need is met */
static int need_depth;         /* nesting of need_unit analysing declarations */
static const char **inc_dirs;
static int n_inc;
static Program *prog;

/* ---- Standard ------------------------------------------------------------ */

static Entity *std_decl(EntityKind k, const char *name, Type *t)
{
    Entity *e = entity_new(k, intern(name, strlen(name)), (Loc){0});
    e->spelling = arena_strdup(name);
    e->type = t;
    e->scope = std.pkg;
    vec_push(&std.pkg->decls, e);
    declare(e);
    if (k == E_TYPE && t && !t->ent)
        t->ent = e;
    return e;
}

static Type *int_type(const char *name, int bits)
{
    Type *t = type_new(TY_SIGNED, name);
    t->bits = bits;
    t->static_bounds = true;
    t->hi = bits == 64 ? INT64_MAX : (int64_t)((1ULL << (bits - 1)) - 1);
    t->lo = -t->hi - 1;
    std_decl(E_TYPE, name, t);
    return t;
}

static Type *int_subtype(const char *name, Type *base, int64_t lo)
{
    Type *t = subtype_new(base);
    t->name = name;
    t->lo = lo;
    t->ent = NULL;
    std_decl(E_TYPE, name, t);
    return t;
}

static Entity *std_exception(const char *name, const char *ext)
{
    Entity *e = std_decl(E_EXCEPTION, name, NULL);
    char *full = arena_strdup(name);
    for (char *p = full; *p; p++)
        *p = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
    e->full_name = full;
    e->ext_name = ext;
    return e;
}

static void build_standard(void)
{
    std.pkg = entity_new(E_PACKAGE, intern("standard", 8), (Loc){0});
    std.pkg->spelling = "Standard";
    std.pkg->is_library_unit = true;
    scope_push(std.pkg);

    std.boolean = type_new(TY_ENUM, "Boolean");
    std.boolean->bits = 1;
    std.boolean->is_boolean = true;
    std.boolean->static_bounds = true;
    std.boolean->lo = 0;
    std.boolean->hi = 1;
    std_decl(E_TYPE, "Boolean", std.boolean);
    std.false_ = std_decl(E_ENUM_LIT, "False", std.boolean);
    std.true_ = std_decl(E_ENUM_LIT, "True", std.boolean);
    std.true_->pos = 1;
    vec_push(&std.boolean->lits, std.false_);
    vec_push(&std.boolean->lits, std.true_);

    std.integer = int_type("Integer", 32);
    std.natural = int_subtype("Natural", std.integer, 0);
    std.positive = int_subtype("Positive", std.integer, 1);
    int_type("Short_Short_Integer", 8);
    int_type("Short_Integer", 16);
    std.long_integer = int_type("Long_Integer", 64);
    int_type("Long_Long_Integer", 64);

    std.character = type_new(TY_ENUM, "Character");
    std.character->bits = 8;
    std.character->is_character = true;
    std.character->static_bounds = true;
    std.character->lo = 0;
    std.character->hi = 255;
    std_decl(E_TYPE, "Character", std.character);

    std.float_ = type_new(TY_FLOAT, "Float");
    std.float_->bits = 32;
    std.float_->digits = 6;
    std_decl(E_TYPE, "Float", std.float_);
    Type *lf = type_new(TY_FLOAT, "Long_Float");
    lf->bits = 64;
    lf->digits = 15;
    std_decl(E_TYPE, "Long_Float", lf);

    std.string = type_new(TY_ARRAY, "String");
    vec_push(&std.string->indexes, std.positive);
    std.string->component = std.character;
    std.string->is_string = true;
    std_decl(E_TYPE, "String", std.string);

    std.univ_int = type_new(TY_UNIV_INT, "universal_integer");
    std.univ_int->bits = 64;
    std.univ_int->static_bounds = true;
    std.univ_int->lo = INT64_MIN;
    std.univ_int->hi = INT64_MAX;
    std.univ_real = type_new(TY_UNIV_REAL, "universal_real");
    std.univ_real->bits = 64;
    std.null_type = type_new(TY_NULL, "the type of null");
    std.string_lit = type_new(TY_STRING_LIT, "a string type");

    std.constraint_error = std_exception("Constraint_Error", "__adac_constraint_error");
    std.program_error = std_exception("Program_Error", "__adac_program_error");
    std.storage_error = std_exception("Storage_Error", "__adac_storage_error");
    std.tasking_error = std_exception("Tasking_Error", "__adac_tasking_error");
    /* J.6: Numeric_Error is a renaming of Constraint_Error */
    Entity *ne = std_exception("Numeric_Error", "__adac_constraint_error");
    ne->full_name = "CONSTRAINT_ERROR";
}

/* ---- the unit table ------------------------------------------------------ */

/* The full expanded name of a unit's defining name, as an Ident. */
Ident *dotted_ident(Node *name)
{
    if (name->kind == N_IDENT)
        return name->id;
    if (name->kind == N_SELECTED) {
        Ident *p = dotted_ident(name->expr);
        const char *s = arena_printf("%s.%s", p->name, name->id->name);
        return intern(s, strlen(s));
    }
    return intern(name->text ? name->text : "?", name->text ? strlen(name->text) : 1);
}

static Node *unit_defining_name(Node *item)
{
    switch (item->kind) {
    case N_PACKAGE_SPEC:
    case N_PACKAGE_BODY:
    case N_INSTANTIATION:
        return item->expr;
    case N_GENERIC_DECL:
        return item->spec ? unit_defining_name(item->spec) : NULL;
    case N_SUBPROGRAM_DECL:
    case N_SUBPROGRAM_BODY:
        return item->spec->expr;
    default:
        return NULL;
    }
}

static Unit *unit_find(Ident *name, bool create)
{
    for (Unit *u = units; u; u = u->next)
        if (u->name == name)
            return u;
    if (!create)
        return NULL;
    Unit *u = arena_alloc(sizeof *u);
    u->name = name;
    u->next = units;
    units = u;
    return u;
}

static void register_unit(Node *cu, bool own)
{
    Node *item = cu->expr;
    Node *dn = unit_defining_name(item);
    if (!dn)
        return;
    Unit *u = unit_find(dotted_ident(dn), true);
    bool is_body = item->kind == N_PACKAGE_BODY || item->kind == N_SUBPROGRAM_BODY;
    Node **slot = is_body ? &u->body : &u->spec;
    if (*slot) {
        const Source *s = source_get((*slot)->loc.file);
        error_at(cu->loc, "10.1.4(4)", "duplicate %s of library unit '%s' (the first is in %s)",
                 is_body ? "body" : "declaration", u->name->name, s ? s->name : "?");
        return;
    }
    *slot = cu;
    u->own |= own;
}

/* Look for the file of unit NAME along the include path; register its units. */
static void search_unit(Ident *name, bool body)
{
    char *file = arena_strdup(name->name);
    for (char *p = file; *p; p++)
        if (*p == '.')
            *p = '-';
    for (int i = 0; i < n_inc; i++) {
        char *path = arena_printf("%s/%s.%s", inc_dirs[i], file, body ? "adb" : "ads");
        if (access(path, R_OK) != 0)
            continue;
        int f = source_load(path, false);
        if (f < 0)
            continue;
        Vec found = {0};
        parse_file(f, &found);
        for (int k = 0; k < found.len; k++) {
            Node *cu = found.data[k];
            register_unit(cu, false);
            if (cu->expr && unit_defining_name(cu->expr))
                unit_find(dotted_ident(unit_defining_name(cu->expr)), true)->searched = true;
        }
        return;
    }
}

static void analyse_unit(Node *cu);

/* Make library unit NAME's declaration available, analysing it if needed.
 * Returns its entity, or NULL (reported at LOC). */
static Entity *need_unit(Ident *name, Loc loc)
{
    Unit *u = unit_find(name, false);
    if (!u || (!u->spec && !u->body)) {
        search_unit(name, false);
        u = unit_find(name, false);
        if (!u || !u->spec) {
            search_unit(name, true);
            u = unit_find(name, false);
        }
    }
    if (!u || (!u->spec && !u->body)) {
        const char *n = name->name;
        bool predefined = !strncmp(n, "ada.", 4) || !strncmp(n, "system.", 7) || !strncmp(n, "interfaces.", 11)
                       || !strcmp(n, "ada") || !strcmp(n, "system") || !strcmp(n, "interfaces");
        if (predefined)
            error_at(loc, "10.1.2(4)", "the predefined unit '%s' is not provided by adac (lib/adainclude has "
                     "the ones it provides)", n);
        else
            error_at(loc, "10.1.2(4)", "library unit '%s' not found (looked for the file among the "
                     "sources given and in the include path)", n);
        return NULL;
    }
    Node *cu = u->spec ? u->spec : u->body;
    int *state = u->spec ? &u->spec_state : &u->body_state;
    if (*state == 1) {
        error_at(loc, "10.1.1(26)", "circular dependence: unit '%s' depends on itself", name->name);
        return NULL;
    }
    if (*state == 0) {
        *state = 1;
        need_depth++;
        analyse_unit(cu);
        *state = 2;
        /* a generic's body, which its instances copy: analysed now, from
         * the with clause, rather than at the first instantiation, in the
         * middle of the client's declarations (whose scopes would be
         * around it) */
        if (cu->expr->kind == N_GENERIC_DECL && cu->expr->ent && cu->expr->ent->kind == E_GENERIC)
            library_need_body(cu->expr->ent);
        /* a with'ed package found along the include path brings its body,
         * analysed once the unit that needed it is: the body may depend on
         * units that are still being analysed (10.1.1(26) is about
         * declarations only) */
        if (!u->body && u->spec && !u->own
            && (u->spec->expr->kind == N_PACKAGE_SPEC || u->spec->expr->kind == N_SUBPROGRAM_DECL)) {
            const Source *s = source_get(u->spec->loc.file);
            if (s && !s->predefined)
                search_unit(name, true);
            if (u->body) {
                u->own = true;
                vec_push(&pending_bodies, u);
            }
        }
        if (--need_depth == 0) {
            while (pending_bodies.len) {
                Unit *b = pending_bodies.data[0];
                for (int i = 1; i < pending_bodies.len; i++)
                    pending_bodies.data[i - 1] = pending_bodies.data[i];
                pending_bodies.len--;
                if (b->body_state)
                    continue;
                b->body_state = 1;
                need_depth++;
                analyse_unit(b->body);
                need_depth--;
                b->body_state = 2;
            }
        }
    }
    return u->spec ? u->spec->expr->ent : u->body->expr->ent;
}

/* ---- analysing a unit ----------------------------------------------------- */

/* A with clause's name: the unit (and its parents) analysed, the root
 * made visible, or, for a private with, put in DEFERRED to be made visible
 * at the private part. */
/* The units a with clause named that were not found (Ident*): reported
 * once; the names they prefix are refused silently after that. */
static Vec missing_units;

bool library_unit_missing(Ident *full)
{
    for (int i = 0; i < missing_units.len; i++)
        if (missing_units.data[i] == full)
            return true;
    return false;
}

static Entity *with_unit(Node *name, Vec *deferred)
{
    Ident *full = dotted_ident(name);
    /* the parents of a child unit are needed (and visible) too */
    if (name->kind == N_SELECTED && !with_unit(name->expr, deferred)) {
        vec_push(&missing_units, full);      /* its parent's error says it */
        return NULL;
    }
    if (library_unit_missing(full))
        return NULL;
    Entity *e = need_unit(full, name->loc);
    if (!e)
        vec_push(&missing_units, full);
    if (e) {
        name->ent = e;
        if (name->kind == N_IDENT && deferred)
            vec_push(deferred, e);
        else if (name->kind == N_IDENT)
            declare(e);
    }
    return e;
}

/* The context clause of CU.  PRIVATE_WITHS: where the roots of the units
 * named by private with clauses go, visible only from the private part
 * on (10.1.2(12/2)); NULL to make them visible at once (in a body). */
static void analyse_context(Node *cu, Vec *private_withs)
{
    for (int i = 0; i < cu->list.len; i++) {
        Node *c = cu->list.data[i];
        if (c->kind == N_WITH) {
            for (int k = 0; k < c->list.len; k++)
                with_unit(c->list.data[k], (c->flags & NF_PRIVATE) ? private_withs : NULL);
        } else {
            sema_decl(c);     /* use clauses and pragmas */
        }
    }
}

/* The ancestors of the public child unit whose visible part is being
 * analysed: their private declarations are not visible there (8.2(4)). */
static Vec deferred_private;
/* The roots of the units the declaration analysed now names by private
 * with clauses: visible from its private part on (10.1.2(12/2)). */
static Vec deferred_withs;

/* The private part of a library package declaration begins: a public
 * child now sees its ancestors' private declarations. */
void library_private_part(void)
{
    for (int i = 0; i < deferred_private.len; i++) {
        Entity *anc = deferred_private.data[i];
        for (int k = 0; k < anc->private_decls.len; k++)
            declare_behind(anc->private_decls.data[k]);
    }
    deferred_private.len = 0;
    for (int i = 0; i < deferred_withs.len; i++) {
        Entity *e = deferred_withs.data[i];
        if (lookup(e->id) != e)
            declare_behind(e);
    }
    deferred_withs.len = 0;
}

/* Is PKG an ancestor whose private part the code analysed now cannot see
 * (in the visible part of a public child: 8.2(4))? */
bool library_private_part_hidden(const Entity *pkg)
{
    for (int i = 0; i < deferred_private.len; i++)
        if (deferred_private.data[i] == pkg)
            return true;
    return false;
}

/* N names nothing visible: say so, and why when it is an ancestor's
 * private declaration seen from a public child's visible part. */
void sema_undeclared(Node *n)
{
    if (n->id && library_unit_missing(n->id))
        return;                    /* a with clause named it, and said it is missing */
    for (int i = 0; i < deferred_withs.len; i++) {
        Entity *e = deferred_withs.data[i];
        if (e->id == n->id) {
            error_at(n->loc, "10.1.2(12/2)", "'%s' is named by a private with clause, so it is visible only from "
                     "the private part of this declaration on", spelled(n));
            return;
        }
    }
    for (int i = 0; i < deferred_private.len; i++) {
        Entity *anc = deferred_private.data[i];
        for (int k = 0; k < anc->private_decls.len; k++) {
            Entity *e = anc->private_decls.data[k];
            if (e->id == n->id) {
                error_at(n->loc, "8.2(4)", "'%s' is declared in the private part of '%s', which the visible part "
                         "of a public child unit cannot see (its private part and body can)", spelled(n), entity_name(anc));
                note_at(e->loc, "'%s' is declared here", entity_name(e));
                return;
            }
        }
    }
    error_at(n->loc, "8.3", "'%s' is not declared", spelled(n));
}

/* The name N (an identifier or expanded name) as written; its start. */
static const char *written_name(Node *n)
{
    return n->kind == N_SELECTED ? arena_printf("%s.%s", written_name(n->expr), spelled(n)) : spelled(n);
}

static Loc name_start(Node *n)
{
    return n->kind == N_SELECTED ? name_start(n->expr) : n->loc;
}

static bool unit_declared_private(Ident *name)
{
    Unit *u = unit_find(name, false);
    return u && u->spec && (u->spec->flags & NF_PRIVATE);
}

/* 10.1.2(8/2): a with clause of CU naming a private child P.Q is allowed
 * only in the declaration or body of a private descendant of P, the body
 * of a public descendant of P, or (as private with) the declaration of a
 * public descendant of P. */
static void check_private_withs(Node *cu, Ident *self, bool is_body)
{
    for (int i = 0; i < cu->list.len; i++) {
        Node *c = cu->list.data[i];
        if (c->kind != N_WITH)
            continue;
        for (int k = 0; k < c->list.len; k++) {
            Node *w = c->list.data[k];
            if (w->kind != N_SELECTED)
                continue;
            Ident *wn = dotted_ident(w);
            if (!unit_declared_private(wn))
                continue;
            Ident *parent = dotted_ident(w->expr);
            size_t pl = strlen(parent->name);
            bool descendant = self == parent || (!strncmp(self->name, parent->name, pl) && self->name[pl] == '.');
            bool ok = false;
            if (descendant && is_body) {
                ok = true;
            } else if (descendant) {
                /* a private descendant: some unit from SELF up to P's child is private */
                const char *n = self->name;
                for (size_t len = strlen(n); len > pl && !ok; ) {
                    if (unit_declared_private(intern(n, len)))
                        ok = true;
                    while (len > pl && n[len - 1] != '.')
                        len--;
                    if (len > pl)
                        len--;         /* drop the dot */
                }
                if (!ok && (c->flags & NF_PRIVATE))
                    ok = true;         /* private with, in a public descendant's declaration */
            }
            if (!ok)
                error_at(name_start(w), "10.1.2(8/2)", "'%s' is a private child unit: only the declarations and bodies of "
                         "private descendants of '%s', the bodies of its public descendants, and (with private with) "
                         "their declarations can name it", written_name(w), written_name(w->expr));
        }
    }
}

static void analyse_unit_now(Node *cu);

/* Analyse CU, which may happen in the middle of another unit (a generic's
 * body, needed by an instance): that unit's deferred visibility waits. */
static void analyse_unit(Node *cu)
{
    Vec saved_private = deferred_private, saved_withs = deferred_withs;
    deferred_private = deferred_withs = (Vec){0};
    analyse_unit_now(cu);
    deferred_private = saved_private;
    deferred_withs = saved_withs;
}

/* The first compilation unit of CU's file: its context clause holds the
 * file's configuration pragmas (10.1.5(8): before the first unit). */
static Node *first_unit_of_file(Node *cu)
{
    Node *first = cu;
    for (Unit *u = units; u; u = u->next) {
        Node *c[2] = {u->spec, u->body};
        for (int k = 0; k < 2; k++)
            if (c[k] && c[k]->loc.file == cu->loc.file && c[k]->loc.line < first->loc.line)
                first = c[k];
    }
    return first;
}

/* The expanded name N (a defining program unit name) as written. */
static const char *unit_spelling(Node *n)
{
    if (n->kind == N_SELECTED)
        return arena_printf("%s.%s", unit_spelling(n->expr), n->text ? n->text : "?");
    return spelled(n);
}

static bool is_pool_pragma(Node *d)
{
    return d && d->kind == N_PRAGMA && d->id && !strcmp(d->id->name, "default_storage_pool");
}

/* 10.1.5(8): a configuration pragma Default_Storage_Pool applies to all the
 * units of its compilation, not the first alone; and (13.11.3(4.2/3)) not to
 * a unit within the immediate scope of another such pragma, as a child of a
 * package whose declaration has one.  FIRST is CU's file's first unit. */
static void configuration_pool(Node *cu, Node *first, Entity *parent)
{
    Node *config = NULL;
    for (int i = 0; i < first->list.len; i++)
        if (is_pool_pragma(first->list.data[i]))
            config = first->list.data[i];
    if (!config)
        return;
    for (Entity *p = parent; p && p != std.pkg; p = p->scope) {
        Node *spec = p->spec_node;
        bool has = false;
        for (int i = 0; spec && i < spec->list.len; i++)
            has |= is_pool_pragma(spec->list.data[i]);
        for (int i = 0; spec && i < spec->list2.len; i++)
            has |= is_pool_pragma(spec->list2.data[i]);
        if (has) {
            error_at(config->loc, "13.11.3(4.2/3)", "this configuration pragma Default_Storage_Pool applies to the "
                     "unit '%s', which is within the scope of the pragma Default_Storage_Pool of '%s'",
                     unit_spelling(unit_defining_name(cu->expr)), entity_name(p));
            return;
        }
    }
    if (cu != first)
        sema_decl(config);            /* its setting, for this unit too */
}

/* Does the tree of N have a pragma Assert or a Pre or Post aspect? */
static bool uses_assertions(const Node *n, int depth)
{
    if (!n || depth > 200)
        return false;
    if (n->kind == N_PRAGMA && n->id && !strcmp(n->id->name, "assert"))
        return true;
    for (int i = 0; i < n->aspects.len; i++) {
        const Node *a = n->aspects.data[i];
        if (a->id && (!strcmp(a->id->name, "pre") || !strcmp(a->id->name, "post")))
            return true;
    }
    const Node *kids[] = {n->spec, n->expr, n->type};
    for (int i = 0; i < 3; i++)
        if (kids[i] && (kids[i]->kind == N_SUBPROGRAM_DECL || kids[i]->kind == N_PACKAGE_SPEC
                        || kids[i]->kind == N_PACKAGE_BODY || kids[i]->kind == N_SUBPROGRAM_BODY)
            && uses_assertions(kids[i], depth + 1))
            return true;
    const Vec *vs[] = {&n->list, &n->list2, &n->list3};
    for (int v = 0; v < 3; v++)
        for (int i = 0; i < vs[v]->len; i++) {
            const Node *c = vs[v]->data[i];
            if (c && c->kind != N_AGGREGATE && uses_assertions(c, depth + 1))
                return true;
        }
    return false;
}

static void analyse_unit_now(Node *cu)
{
    Node *item = cu->expr;
    const Source *cu_src = source_get(cu->loc.file);
    if (cu_src && !cu_src->predefined && uses_assertions(item, 0))
        need_unit(intern("ada.assertions", 14), cu->loc);   /* what a failed assertion raises */
    Node *dn = unit_defining_name(item);
    Ident *name = dotted_ident(dn);
    Unit *u = unit_find(name, false);
    bool is_body = item->kind == N_PACKAGE_BODY || item->kind == N_SUBPROGRAM_BODY;

    /* the parent of a child unit, and the declaration a body completes */
    Entity *parent = NULL;
    if (dn->kind == N_SELECTED)
        parent = need_unit(dotted_ident(dn->expr), dn->loc);
    if (item->kind == N_PACKAGE_BODY && u && !u->spec) {
        /* a package body given without its declaration: the declaration
         * along the include path, as GNAT finds it (10.1.4(4)) */
        search_unit(name, false);
        u = unit_find(name, false);
    }
    if (is_body && u && u->spec && u->spec_state == 0)
        need_unit(name, dn->loc);

    scope_push(NULL);                 /* the unit's context clause */
    /* a body sees the declaration it completes (10.1.4(4)) */
    if (is_body && u && u->spec && u->spec->expr->ent && !parent)
        declare(u->spec->expr->ent);
    if (parent) {
        /* a child's ancestors are visible within it, by their names */
        Vec chain = {0};
        for (Entity *p = parent; p && p != std.pkg; p = p->scope)
            vec_push(&chain, p);
        for (int i = chain.len - 1; i >= 0; i--)
            declare(chain.data[i]);
    }
    const Source *src = source_get(cu->loc.file);
    if (src && !src->predefined)
        configuration_pool(cu, first_unit_of_file(cu), parent);
    /* the context clause of a declaration applies to its body too (10.1.2(6)) */
    if (is_body && u && u->spec && u->spec != cu)
        analyse_context(u->spec, NULL);
    Vec private_withs = {0};
    analyse_context(cu, item->kind == N_PACKAGE_SPEC ? &private_withs : NULL);
    check_private_withs(cu, name, is_body);
    if (parent) {
        /* a child is within its ancestors' declarative regions, so their
         * declarations are directly visible in it (8.1, 8.2) */
        Vec chain = {0};
        for (Entity *p = parent; p && p != std.pkg; p = p->scope)
            vec_push(&chain, p);
        /* 8.2(4): the ancestors' private declarations are not visible in
         * the visible part of a public child's declaration: there, from its
         * private part on (library_private_part) */
        bool defer = !is_body && !(cu->flags & NF_PRIVATE);
        for (int i = chain.len - 1; i >= 0; i--) {
            Entity *anc = chain.data[i];
            scope_push(anc);
            for (int k = 0; k < anc->decls.len; k++)
                declare(anc->decls.data[k]);
            if (defer)
                vec_push(&deferred_private, anc);
            else
                for (int k = 0; k < anc->private_decls.len; k++)
                    declare(anc->private_decls.data[k]);
        }
        deferred_withs = private_withs;
        sema_decl(item);
        deferred_private.len = 0;
        deferred_withs.len = 0;
        for (int i = 0; i < chain.len; i++)
            scope_pop();
    } else {
        deferred_withs = private_withs;
        sema_decl(item);
        deferred_withs.len = 0;
    }
    scope_pop();
    vec_push(&prog->units, cu);
    if (u && (u->own || (u->searched && !is_body)))
        vec_push(&prog->own_units, cu);
}

void library_use_context(Node *item)
{
    for (Unit *u = units; u && item; u = u->next) {
        Node *cu = u->spec && u->spec->expr == item ? u->spec : u->body && u->body->expr == item ? u->body : NULL;
        if (cu) {
            analyse_context(cu, NULL);
            return;
        }
    }
}

void library_need_body(Entity *g)
{
    if (!g->is_library_unit && g->scope)
        return;                    /* a nested generic's body comes in its region */
    Node *dn = g->decl && g->decl->spec ? unit_defining_name(g->decl->spec) : NULL;
    if (!dn)
        return;
    Ident *name = dotted_ident(dn);
    Unit *u = unit_find(name, false);
    if (u && !u->body)
        search_unit(name, true);
    if (u && u->body && u->body_state == 0) {
        u->body_state = 1;
        analyse_unit(u->body);
        u->body_state = 2;
    }
}

Entity *library_predefined(const char *unit, const char *name, Loc loc)
{
    Entity *pkg = need_unit(intern(unit, strlen(unit)), loc);
    if (!pkg)
        return NULL;
    for (int i = 0; i < pkg->decls.len; i++) {
        Entity *e = pkg->decls.data[i];
        if (!strcmp(e->id->name, name))
            return e;
    }
    return NULL;
}

Entity *library_loaded(const char *unit, const char *name)
{
    Unit *u = unit_find(intern(unit, strlen(unit)), false);
    if (!u || !u->spec || u->spec_state != 2 || !u->spec->expr->ent)
        return NULL;
    Entity *pkg = u->spec->expr->ent;
    for (int i = 0; i < pkg->decls.len; i++) {
        Entity *e = pkg->decls.data[i];
        if (!strcmp(e->id->name, name))
            return e;
    }
    for (int i = 0; i < pkg->private_decls.len; i++) {
        Entity *e = pkg->private_decls.data[i];
        if (!strcmp(e->id->name, name))
            return e;
    }
    return NULL;
}

void library_init(const char **include_dirs, int n_include)
{
    inc_dirs = include_dirs;
    n_inc = n_include;
    build_standard();
}

/* A library-level parameterless procedure body can be a main program (10.2(29)). */
static bool can_be_main(Node *cu)
{
    Node *item = cu->expr;
    return item->kind == N_SUBPROGRAM_BODY && item->spec->op == T_PROCEDURE
        && item->spec->list.len == 0 && item->spec->expr->kind == N_IDENT;
}

typedef struct NodeSet {
    const Node **slots;
    size_t cap, len;
} NodeSet;

/* Add N to SET; false if it was there already. */
static bool node_set_add(NodeSet *set, const Node *n)
{
    if (2 * (set->len + 1) > set->cap) {
        NodeSet bigger = {calloc(set->cap ? 2 * set->cap : 1024, sizeof(Node *)), set->cap ? 2 * set->cap : 1024, 0};
        if (!bigger.slots)
            fatal("out of memory");
        for (size_t i = 0; i < set->cap; i++)
            if (set->slots[i])
                node_set_add(&bigger, set->slots[i]);
        free(set->slots);
        *set = bigger;
    }
    size_t i = ((uintptr_t)n >> 4) * 0x9E3779B97F4A7C15u % set->cap;
    while (set->slots[i]) {
        if (set->slots[i] == n)
            return false;
        i = (i + 1) % set->cap;
    }
    set->slots[i] = n;
    set->len++;
    return true;
}

/* Whether some node of the program's units spells the name of the main
 * subprogram MAIN, besides its defining names (its body's and its
 * declaration's).  A call, a renaming, 'Access, a generic actual or a
 * pragma naming the main all spell it; a name that merely looks the
 * same (a local object called like it) also counts: the answer errs on
 * the side of "named". */
static bool program_names(Program *p, Entity *main)
{
    Vec stack = {0};
    NodeSet seen = {0};         /* the tree shares nodes (instances, renamings) */
    for (int i = 0; i < p->units.len; i++)
        vec_push(&stack, p->units.data[i]);
    bool found = false;
    while (stack.len && !found) {
        Node *n = stack.data[--stack.len];
        if (!n || !node_set_add(&seen, n))
            continue;
        if (n->id == main->id)
            found = true;
        Node *spec = n->spec;
        if ((n->kind == N_SUBPROGRAM_BODY || n->kind == N_SUBPROGRAM_DECL) && n->ent == main && spec) {
            /* the defining name (spec->expr) is not a use; the rest is looked at */
            vec_push(&stack, spec->type);
            for (int k = 0; k < spec->list.len; k++)
                vec_push(&stack, spec->list.data[k]);
            for (int k = 0; k < spec->aspects.len; k++)
                vec_push(&stack, spec->aspects.data[k]);
            spec = NULL;
        }
        Node *kids[] = {spec, n->expr, n->ref, n->cond, n->left, n->right, n->type, n->constraint, n->init};
        for (size_t k = 0; k < sizeof kids / sizeof *kids; k++)
            if (kids[k])
                vec_push(&stack, kids[k]);
        const Vec *vs[] = {&n->ids, &n->list, &n->list2, &n->list3, &n->aspects, &n->pragmas};
        for (size_t k = 0; k < sizeof vs / sizeof *vs; k++)
            for (int j = 0; j < vs[k]->len; j++)
                vec_push(&stack, vs[k]->data[j]);
    }
    free(seen.slots);
    return found;   /* STACK is in the arena */
}

bool sema_program(Vec *cmdline_units, Program *out)
{
    prog = out;
    /* the directories of the sources given are searched first */
    const char **dirs = arena_alloc(sizeof(char *) * (size_t)(n_inc + cmdline_units->len + 1));
    int nd = 0;
    for (int i = 0; i < cmdline_units->len; i++) {
        Node *cu = cmdline_units->data[i];
        const Source *s = source_get(cu->loc.file);
        char *dir = arena_strdup(s->path);
        char *slash = strrchr(dir, '/');
        if (slash)
            *slash = 0;
        else
            dir = ".";
        bool dup = false;
        for (int k = 0; k < nd; k++)
            dup |= !strcmp(dirs[k], dir);
        if (!dup)
            dirs[nd++] = dir;
    }
    for (int i = 0; i < n_inc; i++)
        dirs[nd++] = inc_dirs[i];
    inc_dirs = dirs;
    n_inc = nd;

    for (int i = 0; i < cmdline_units->len; i++)
        register_unit(cmdline_units->data[i], true);
    for (int i = 0; i < cmdline_units->len; i++) {
        Node *cu = cmdline_units->data[i];
        Node *dn = unit_defining_name(cu->expr);
        if (!dn) {
            error_at(cu->expr->loc, NULL, "this kind of compilation unit (a subunit or a library-level renaming) "
                     "is not supported yet");
            continue;
        }
        Unit *u = unit_find(dotted_ident(dn), false);
        bool is_body = cu->expr->kind == N_PACKAGE_BODY || cu->expr->kind == N_SUBPROGRAM_BODY;
        int *state = is_body ? &u->body_state : &u->spec_state;
        if (*state)
            continue;
        if ((is_body ? u->body : u->spec) != cu)
            continue;         /* a duplicate, reported */
        *state = 1;
        analyse_unit(cu);
        *state = 2;
    }
    /* the main program: the last library procedure without parameters */
    for (int i = cmdline_units->len - 1; i >= 0 && !out->main; i--) {
        Node *cu = cmdline_units->data[i];
        if (can_be_main(cu) && cu->expr->ent) {
            out->main = cu->expr->ent;
            out->main->is_main = true;
        }
    }
    /* nothing calls the main (not even itself): the environment task
     * calls it once (10.2(8)) */
    if (out->main && diag_error_count() == 0)
        out->main->main_once = !program_names(out, out->main);
    return diag_error_count() == 0;
}
