/*
 * expr.c: names and expressions (RM 4), overload resolution (RM 8.6) and
 * allocators (RM 4.8).
 *
 * sema_expr(e, expected) analyses E where a value of type EXPECTED is wanted
 * (NULL when the context does not say) and returns E's type.  Constructs
 * whose type comes only from the context (literals, null, aggregates,
 * allocators) take EXPECTED; the others are typed bottom-up and then checked
 * against it by sema_convert, which also records the run-time checks the
 * implicit subtype conversion needs.
 *
 * Overloaded calls are resolved by trying each visible subprogram of the
 * name: arity and named associations first, then the types of the actuals
 * that have a type of their own, then the result type against EXPECTED.
 */
#include "sema.h"

#include <string.h>

enum { NF_ANALYSED = 1u << 30 };  /* on a node: sema_expr has run on it (a bit the parser leaves free) */

static Type *analyse(Node *e, Type *expected);
static bool could_be(Node *a, Type *ft);
static Ident *operator_ident(int op);

/* System.Address (13.7), loaded on first need and then remembered. */
static Entity *system_address(Loc loc)
{
    static Entity *address;
    if (!address)
        address = library_predefined("system", "address", loc);
    return address;
}
static int actual_level(Node *a);
static Vec prefixed_candidates(Type *t, Ident *id);
static Type *resolve_call(Node *node, Node *name, Vec cands, Vec *args, Type *expected, bool want_proc);

static bool attr_is(const Node *n, const char *name)
{
    return n->kind == N_ATTRIBUTE && n->id && !strcmp(n->id->name, name);
}

/* Objects referenced from a subprogram nested in the one that declares them
 * live in a frame the nested one can reach (codegen's static links). */
static void note_reference(Entity *e)
{
    if (e->kind != E_VARIABLE && e->kind != E_CONSTANT && e->kind != E_PARAM && e->kind != E_LOOP_PARAM)
        return;
    if (e->depth > 0 && e->depth < scope_depth()) {
        e->uplevel = true;
        if (e->level_var)
            e->level_var->uplevel = true;
    }
}

static const char *describe(const Entity *e)
{
    switch (e->kind) {
    case E_PROCEDURE: return "procedure";
    case E_FUNCTION: return "function";
    case E_PACKAGE: return "package";
    case E_TYPE: return "type";
    case E_EXCEPTION: return "exception";
    case E_ENUM_LIT: return "enumeration literal";
    case E_LABEL: return "label";
    default: return "object";
    }
}

/* Does N name (a dereference of) an object whose type adac refused, as an
 * access-to-subprogram type?  Its uses are not reported again. */
static Vec name_candidates(Node *n);
static bool missing_child_unit(Entity *pkg, Ident *id);
static bool names_unsupported(Node *n)
{
    while (n && (n->kind == N_DEREF || n->kind == N_APPLY))
        n = n->expr;
    if (!n || (n->kind != N_IDENT && n->kind != N_SELECTED))
        return false;
    if (n->kind == N_IDENT && library_unit_missing(n->id))
        return true;            /* a unit its with clause did not find */
    if (n->kind == N_SELECTED && names_unsupported(n->expr))
        return true;            /* T.Start, T a task (refused) */
    if (n->kind == N_SELECTED && n->id && (n->expr->kind == N_IDENT || n->expr->kind == N_SELECTED)) {
        Vec pc = name_candidates(n->expr);
        if (pc.len == 1 && ((Entity *)pc.data[0])->kind == E_PACKAGE && missing_child_unit(pc.data[0], n->id))
            return true;        /* Ada.Float_Text_IO.Put, the unit not found */
    }
    Vec c = name_candidates(n);
    if (c.len != 1)
        return false;
    Entity *e = c.data[0];
    Type *t = e->kind != E_TYPE && e->type ? type_full(e->type) : NULL;
    if (t && t->kind == TY_ACCESS && t->designated)
        t = type_full(t->designated);       /* P.Start, P designating a task */
    return t && t->unsupported;
}

/* ---- implicit conversion and checks ------------------------------------- */

static bool is_context_typed(const Node *e)
{
    switch (e->kind) {
    case N_INT_LIT: case N_REAL_LIT: case N_NULL_LIT: case N_AGGREGATE: case N_ALLOCATOR:
    case N_STRING_LIT: case N_CHAR_LIT:
        return true;
    case N_ATTRIBUTE:
        return e->id && (!strcmp(e->id->name, "access") || !strcmp(e->id->name, "unchecked_access"));
    case N_PAREN:
        return is_context_typed(e->expr);
    default:
        return false;
    }
}

void sema_need_range_check(Node *e, Type *t)
{
    if (!t || !e->ty || !type_is_scalar(t) || t->kind == TY_UNIV_INT)
        return;
    if (t->base->kind == TY_MODULAR && t->base->modulus == 0 && t->lo == 0 && t->hi == -1) {
        /* mod 2 ** 64, unconstrained: a static value must be in 0 .. 2**64-1 */
        mpz_t v;
        mpz_init(v);
        if (eval_static_int(e, v) && (mpz_sgn(v) < 0 || mpz_sizeinbase(v, 2) > 64) && e->ty->kind == TY_UNIV_INT)
            error_at(e->loc, "4.9(35/2)", "the static value is outside the range 0 .. 2**64 - 1 of type '%s'", type_name(t));
        mpz_clear(v);
        return;
    }
    Type *from = e->ty;
    int64_t v;
    if (t->static_bounds && eval_static_int64(e, &v) && type_is_discrete(t)) {
        if (static_lt(t, v, t->base->lo) || static_lt(t, t->base->hi, v)) {
            if (t->base->static_bounds && from->kind == TY_UNIV_INT)
                error_at(e->loc, "4.9(35/2)", "the static value %lld is outside the base range %lld .. %lld of type '%s'",
                         (long long)v, (long long)t->base->lo, (long long)t->base->hi, type_name(t->base));
            return;
        }
        if (static_lt(t, v, t->lo) || static_lt(t, t->hi, v)) {
            diag(SEV_WARNING, e->loc, "4.6(28)", "the value %lld is not in the range %lld .. %lld of '%s': Constraint_Error will be raised at run time",
                 (long long)v, (long long)t->lo, (long long)t->hi, type_name(t));
            e->checks |= CHK_RANGE;
        }
        return;
    }
    if (t->static_bounds && from->static_bounds && !static_lt(t, from->lo, t->lo) && !static_lt(t, t->hi, from->hi)
        && from->kind != TY_UNIV_INT)
        return;
    if (t->kind == TY_FLOAT) {
        /* a range constraint (3.5.7(11)) is checked, except on a name of
         * the same subtype; an unconstrained float type has no check
         * (Machine_Overflows is False, as GNAT's) */
        if (t->lo_expr && !((e->kind == N_IDENT || e->kind == N_SELECTED) && e->ent && e->ty == t))
            e->checks |= CHK_RANGE;
        return;
    }
    e->checks |= CHK_RANGE;
}

void sema_convert(Node *e, Type *t)
{
    if (!t || !e->ty)
        return;
    Type *ft = type_full(t), *fe = type_full(e->ty);
    if (!type_covers(ft, fe)) {
        error_at(e->loc, "8.6(22)", "expected a value of type '%s', found %s%s", type_name(t),
                 fe->kind == TY_UNIV_INT ? "an integer literal or number" :
                 fe->kind == TY_UNIV_REAL ? "a real literal or number" :
                 fe->kind == TY_NULL ? "null" : "type '",
                 fe->kind == TY_UNIV_INT || fe->kind == TY_UNIV_REAL || fe->kind == TY_NULL ? ""
                 : arena_printf("%s'", type_name(fe)));
        return;
    }
    if (ft != fe)
        e->target = ft;
    if (type_is_scalar(ft))
        sema_need_range_check(e, ft);
    if (ft->kind == TY_RECORD && ft->discr_values.len && fe != ft)
        e->checks |= CHK_DISCRIMINANT;
    if (ft->kind == TY_ARRAY && ft->constrained && fe != ft)
        e->checks |= CHK_LENGTH;
    if (ft->kind == TY_ACCESS && fe->kind == TY_ACCESS && ft != fe && ft->designated && fe->designated
        && type_full(ft->designated) != type_full(fe->designated)) {
        Type *dd = type_full(ft->designated);
        if ((dd->kind == TY_RECORD && dd->discr_values.len) || (dd->kind == TY_ARRAY && dd->constrained))
            e->checks |= CHK_DISCRIMINANT;    /* the designated object's constraint */
    }
    if (ft->kind == TY_ACCESS && (ft->aflags & AF_NOT_NULL) && !(fe->aflags & AF_NOT_NULL)) {
        if (fe->kind == TY_NULL)
            diag(SEV_WARNING, e->loc, "4.6(51/3)", "null is not a value of the null-excluding subtype '%s': Constraint_Error will be raised at run time", type_name(ft));
        e->checks |= CHK_NULL_EXCL;
    }
}

/* ---- names ------------------------------------------------------------------ */

/* Entities of a package visible by selection P.ID from where we are. */
static Vec select_in_package(Entity *pkg, Ident *id)
{
    Vec out = {0};
    for (int i = 0; i < pkg->decls.len; i++)
        if (((Entity *)pkg->decls.data[i])->id == id && !((Entity *)pkg->decls.data[i])->overridden)
            vec_push(&out, pkg->decls.data[i]);
    /* inside the package, its private part and body are visible too */
    bool inside = false;
    for (Entity *o = scope_owner(); o; o = o->scope)
        if (o == pkg)
            inside = true;
    if (inside) {
        for (int i = 0; i < pkg->private_decls.len; i++)
            if (((Entity *)pkg->private_decls.data[i])->id == id)
                vec_push(&out, pkg->private_decls.data[i]);
        for (int i = 0; i < pkg->body_decls.len; i++)
            if (((Entity *)pkg->body_decls.data[i])->id == id)
                vec_push(&out, pkg->body_decls.data[i]);
    }
    return out;
}

/* The candidate entities a name stands for, before overload resolution. */
/* Is PKG.ID a library unit a with clause named and the library lacked
 * (reported there: its uses are refused silently)? */
static bool missing_child_unit(Entity *pkg, Ident *id)
{
    const char *full = id->name;
    for (Entity *p = pkg; p && p != std.pkg && p->id; p = p->scope)
        full = arena_printf("%s.%s", p->id->name, full);
    return library_unit_missing(intern(full, strlen(full)));
}

static Vec name_candidates(Node *n)
{
    Vec none = {0};
    if (n->kind == N_IDENT)
        return lookup_all(n->id);
    if (n->kind == N_STRING_LIT) {
        char *s = arena_strdup(n->text);
        for (char *p = s; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                *p = (char)(*p + 32);
        return lookup_all(intern(s, strlen(s)));
    }
    if (n->kind == N_SELECTED) {
        Node *pre = n->expr;
        Entity *pe = NULL;
        if (pre->kind == N_IDENT || pre->kind == N_SELECTED) {
            Vec pc = name_candidates(pre);
            if (pc.len == 1 && ((Entity *)pc.data[0])->kind == E_PACKAGE)
                pe = pc.data[0];
        }
        if (pe) {
            pre->ent = pe;
            Ident *id = n->id;
            if (n->op == T_STRING_LIT) {
                char *s = arena_strdup(n->text);
                for (char *p = s; *p; p++)
                    if (*p >= 'A' && *p <= 'Z')
                        *p = (char)(*p + 32);
                id = intern(s, strlen(s));
            } else if (n->op == T_CHAR_LIT) {
                id = char_lit_ident(n->text);
            }
            Vec v = select_in_package(pe, id);
            if (!v.len && !missing_child_unit(pe, id))
                error_at(n->loc, "4.1.3(10)", "'%s' is not declared in package '%s'", n->text, entity_name(pe));
            return v;
        }
    }
    return none;
}

/* Replace the access value at *SLOT, of access type ACC, by its
 * dereference (4.1(9): an implicit dereference); the designated type. */
static Type *implicit_deref(Node **slot, Type *acc)
{
    Node *d = node_new(N_DEREF, (*slot)->loc);
    d->expr = *slot;
    d->ty = type_full(acc->designated);
    d->checks |= CHK_ACCESS;
    d->flags |= NF_ANALYSED;
    *slot = d;
    return d->ty;
}

/* While the prefix of a selected component is resolved: the component's
 * name, and the value it will be given (an assignment's expression), so
 * that an overloaded function call prefix keeps only the functions whose
 * result has such a component of a fitting type (8.6: the complete context
 * of an assignment is the whole statement). */
static Ident *want_component;
static Node *want_value;

/* Does record (or access-to-record) type T have component ID that could
 * take VALUE? */
static bool has_fitting_component(Type *t, Ident *id, Node *value)
{
    t = type_full(t);
    if (t && t->kind == TY_ACCESS)
        t = type_full(t->designated);
    if (!t || t->kind != TY_RECORD)
        return false;
    if (t->is_classwide)
        t = type_full(t->specific);
    for (int i = 0; i < t->components.len; i++) {
        Entity *c = t->components.data[i];
        if (c->id == id)
            return !value || !c->type || could_be(value, c->type);
    }
    return false;
}

static Type *component_select(Node *n)
{
    Ident *saved_c = want_component;
    want_component = n->id;
    Type *pt = analyse(n->expr, NULL);
    want_component = saved_c;
    if (!pt)
        return NULL;
    Type *view = pt;                   /* the view the prefix has: partial or full */
    Node *prefix = n->expr;
    pt = type_full(pt);
    if (pt->kind == TY_ACCESS) {
        /* implicit dereference (4.1(9)) */
        view = pt->designated;
        pt = implicit_deref(&n->expr, pt);
        if (!pt)
            return NULL;
    }
    /* 7.3(15)-(16): where only the partial view of a private type is
     * visible, its components are not (its discriminants are) */
    bool hidden = view && (view->kind == TY_PRIVATE || view->partial_view) && !full_view_visible(view);
    if (pt->unsupported)
        return n->ty = pt;      /* refused already: no cascade */
    if (pt->kind != TY_RECORD) {
        error_at(n->loc, "4.1.3(3)", "'%s' is not a record, so it has no component '%s'", type_name(pt), n->text);
        return NULL;
    }
    if (pt->is_classwide)
        pt = type_full(pt->specific);      /* the components of T, for T'Class */
    for (int i = 0; i < pt->components.len; i++) {
        Entity *c = pt->components.data[i];
        if (c->id == n->id && (!hidden || c->is_discriminant)) {
            n->ent = c;
            n->ty = c->type;
            return c->type;
        }
    }
    if (pt->tagged) {
        /* Obj.Op: a call of a primitive operation in prefixed notation
         * (4.1.3(9.1/2)), with Obj as its first actual */
        Vec cands = prefixed_candidates(pt, n->id);
        if (cands.len) {
            Vec args = {0};
            vec_push(&args, n->expr);
            Type *r = resolve_call(n, n, cands, &args, NULL, false);
            n->flags |= NF_ANALYSED;
            return r;
        }
    }
    if (hidden && has_fitting_component(pt, n->id, NULL)) {
        error_at(n->loc, "7.3(15)", "'%s' is of the private type '%s': its component '%s' is not visible here",
                 prefix->kind == N_IDENT || prefix->kind == N_SELECTED
                     ? (prefix != n->expr ? arena_printf("%s.all", spelled(prefix)) : spelled(prefix)) : "the prefix",
                 type_name(view), n->text);
        Type *pv = view->kind == TY_PRIVATE ? view : view->partial_view;
        if (pv && pv->ent && pv->ent->loc.file)
            note_at(pv->ent->loc, "'%s' is declared private here", type_name(pv));
        return NULL;
    }
    error_at(n->loc, "4.1.3(3)", "type '%s' has no component named '%s'", type_name(pt), n->text);
    return NULL;
}

/* The primitive operations named ID of tagged type T (or of T'Class's T),
 * callable in prefixed notation (4.1.3(9.2/3)): their first parameter is
 * of T (or of a type T descends from) or designates it. */
static Vec prefixed_candidates(Type *t, Ident *id)
{
    Vec out = {0};
    t = type_full(t);
    if (t->is_classwide)
        t = type_full(t->specific);
    for (Type *p = t->base; p; p = p->parent ? type_full(p->parent)->base : NULL)
        for (int i = 0; i < p->prims.len; i++) {
            Entity *e = p->prims.data[i];
            if (e->id != id || !e->params.len)
                continue;
            bool dup = false;
            for (int k = 0; k < out.len; k++)
                dup |= out.data[k] == e;
            if (!dup)
                vec_push(&out, e);
        }
    /* class-wide operations of the same package also qualify (4.1.3(9.2/3)) */
    return out;
}

/* ---- calls ------------------------------------------------------------------ */

/* Could actual A, not yet resolved, be of type FT?  A conservative test on
 * the interpretations A can have (8.6): literals by their class, names by
 * the types of the entities they may denote, calls by the result types of
 * the functions they may call.  True when unsure. */
/* Could arithmetic operation A be of type FT (HIDDEN: a private type seen
 * from outside)? */
static bool could_be_operation(Node *a, Type *ft, bool hidden)
{
    Vec ops = lookup_all(operator_ident(a->op));
    for (int i = 0; i < ops.len; i++) {
        Entity *s = ops.data[i];
        if (s->kind == E_FUNCTION && s->builtin != BI_OPERATOR && s->type
            && type_covers(ft, type_full(s->type)) && s->params.len == (a->right ? 2 : 1)
            && could_be(a->left, ((Entity *)s->params.data[0])->type)
            && (!a->right || could_be(a->right, ((Entity *)s->params.data[1])->type)))
            return true;
    }
    if (hidden || !type_is_numeric(ft))
        return false;
    return could_be(a->left, ft) && (a->op == T_EXPON || !a->right || could_be(a->right, ft));
}

static bool could_be(Node *a, Type *ft)
{
    /* outside the full view of a private type, no literal, aggregate or
     * universal value is of that type (7.3(14), 8.6(29)) */
    bool hidden = ft && ft->kind == TY_PRIVATE && !full_view_visible(ft);
    ft = type_full(ft);
    if (!ft || ft->unsupported)
        return true;
    while (a->kind == N_PAREN)
        a = a->expr;
    if (hidden) {
        switch (a->kind) {
        case N_INT_LIT: case N_REAL_LIT: case N_STRING_LIT: case N_CHAR_LIT: case N_AGGREGATE:
            return false;
        case N_IDENT: case N_SELECTED: {
            Vec c = name_candidates(a);
            if (c.len == 1 && ((Entity *)c.data[0])->type) {
                Type *t = type_full(((Entity *)c.data[0])->type);
                if (t->kind == TY_UNIV_INT || t->kind == TY_UNIV_REAL)
                    return false;
            }
            break;
        }
        default:
            break;
        }
    }
    switch (a->kind) {
    case N_INT_LIT:
        return type_is_integer(ft) || ft->kind == TY_UNIV_REAL;
    case N_REAL_LIT:
        return ft->kind == TY_FLOAT || ft->kind == TY_UNIV_REAL;
    case N_STRING_LIT:
        return ft->kind == TY_ARRAY && ft->is_string;
    case N_CHAR_LIT:
        return ft->kind == TY_ENUM && ft->is_character;
    case N_NULL_LIT:
    case N_ALLOCATOR:
        return ft->kind == TY_ACCESS;
    case N_AGGREGATE:
        return ft->kind == TY_ARRAY || ft->kind == TY_RECORD;
    case N_QUALIFIED: {
        Vec c = name_candidates(a->type);
        if (c.len == 1 && ((Entity *)c.data[0])->kind == E_TYPE)
            return type_covers(ft, type_full(((Entity *)c.data[0])->type));
        return true;
    }
    case N_BINARY:
        if (a->op == '=' || a->op == T_NE || a->op == '<' || a->op == T_LE || a->op == '>' || a->op == T_GE)
            return ft->is_boolean || lookup_all(intern("\"=\"", 3)).len;
        if (a->op == '&')
            return ft->kind == TY_ARRAY;
        if (a->op == '+' || a->op == '-' || a->op == '*' || a->op == '/' || a->op == T_MOD || a->op == T_REM
            || a->op == T_EXPON) {
            /* a user-defined operator returning FT, or the predefined one
             * of FT; looked into a few levels deep only, so that long
             * chains of operators stay linear */
            static int depth;
            if (depth > 3)
                return true;
            depth++;
            bool ok = could_be_operation(a, ft, hidden);
            depth--;
            return ok;
        }
        return true;
    case N_MEMBERSHIP:

    case N_SHORT_CIRCUIT:
        return ft->is_boolean;
    case N_IF_EXPR:
        /* 4.5.7(8/3): each dependent expression is of the type */
        for (int i = 0; i < a->list.len; i++) {
            Node *arm = a->list.data[i];
            if (arm->expr && !could_be(arm->expr, ft))
                return false;
        }
        return !a->expr || could_be(a->expr, ft);
    case N_CASE_EXPR:
        for (int i = 0; i < a->list.len; i++) {
            Node *arm = a->list.data[i];
            if (arm->expr && !could_be(arm->expr, ft))
                return false;
        }
        return true;
    case N_IDENT:
    case N_SELECTED: {
        Vec c = name_candidates(a);
        if (!c.len && a->kind == N_SELECTED)
            return type_covers(ft, type_full(analyse(a, NULL)));
        for (int i = 0; i < c.len; i++) {
            Entity *e = c.data[i];
            if (e->kind == E_PROCEDURE || e->kind == E_TYPE || e->kind == E_PACKAGE || e->kind == E_EXCEPTION)
                continue;
            if (!e->type || type_covers(ft, type_full(e->type)))
                return true;
        }
        return false;
    }
    case N_APPLY: {
        Node *pre = a->expr;
        if (pre->kind == N_ATTRIBUTE) {
            const char *an = pre->id->name;
            if (!strcmp(an, "image"))
                return ft->kind == TY_ARRAY && ft->is_string;
            if (!strcmp(an, "pos"))
                return type_is_integer(ft);
            return true;
        }
        Vec c = (pre->kind == N_IDENT || pre->kind == N_SELECTED) ? name_candidates(pre) : (Vec){0};
        if (!c.len)
            return true;
        for (int i = 0; i < c.len; i++) {
            Entity *e = c.data[i];
            if (e->kind == E_FUNCTION || e->kind == E_TYPE) {
                if (!e->type || type_covers(ft, type_full(e->type)))
                    return true;
            } else if (e->kind != E_PROCEDURE) {
                return true;          /* indexing an object: decided later */
            }
        }
        return false;
    }
    case N_ATTRIBUTE:
        if (a->id && !strcmp(a->id->name, "address")) {
            Entity *at = system_address(a->loc);
            return !at || same_type(ft, type_full(at->type));
        }
        if (a->id && !strcmp(a->id->name, "identity")) {
            Entity *id = library_loaded("ada.exceptions", "exception_id");
            return !id || same_type(ft, type_full(id->type));
        }
        if (a->id) {
            /* the attributes whose type does not depend on the prefix
             * (K.2): X'Image is a String, so Put (X'Image) is not Put of
             * a Character */
            const char *an = a->id->name;
            if (!strcmp(an, "image") || !strcmp(an, "wide_image") || !strcmp(an, "wide_wide_image"))
                return ft->kind == TY_ARRAY && ft->is_string;
            if (!strcmp(an, "length") || !strcmp(an, "size") || !strcmp(an, "alignment")
                || !strcmp(an, "component_size") || !strcmp(an, "max_size_in_storage_elements")
                || !strcmp(an, "storage_size"))
                return type_is_integer(ft);
            if (!strcmp(an, "access") || !strcmp(an, "unchecked_access"))
                return ft->kind == TY_ACCESS;
            if (!strcmp(an, "valid") || !strcmp(an, "constrained"))
                return ft->is_boolean;
        }
        return true;
    default:
        return true;
    }
}

/* Matches the associations ARGS of a call to the formals of S; fills ORDER
 * (one actual per formal, NULL = default) and returns whether they fit. */
static bool match_actuals(Entity *s, Vec *args, Node **order, bool check_types)
{
    int nf = s->params.len;
    for (int i = 0; i < nf; i++)
        order[i] = NULL;
    int pos = 0;
    for (int i = 0; i < args->len; i++) {
        Node *a = args->data[i];
        if (a->kind == N_ASSOC) {
            if (a->list.len != 1 || ((Node *)a->list.data[0])->kind != N_IDENT)
                return false;
            Ident *id = ((Node *)a->list.data[0])->id;
            int k;
            for (k = 0; k < nf; k++)
                if (((Entity *)s->params.data[k])->id == id)
                    break;
            if (k == nf || order[k])
                return false;
            order[k] = a->expr;
        } else {
            if (pos >= nf)
                return false;
            order[pos++] = a;
        }
    }
    for (int i = 0; i < nf; i++) {
        Entity *f = s->params.data[i];
        if (!order[i] && !f->init)
            return false;
        if (check_types && order[i] && f->type && !could_be(order[i], f->type))
            return false;
    }
    return true;
}

static bool is_subprogram(const Entity *e)
{
    return e->kind == E_PROCEDURE || e->kind == E_FUNCTION || e->kind == E_ENUM_LIT;
}

/* Resolve a call of one of CANDS with ARGS; NODE becomes the call.  WANT_PROC:
 * a procedure call statement.  Returns the result type (NULL for procedures
 * and errors). */
static Type *resolve_call(Node *node, Node *name, Vec cands, Vec *args, Type *expected, bool want_proc)
{
    Vec viable = {0};
    int most = 1;                      /* the longest profile among the candidates */
    for (int i = 0; i < cands.len; i++)
        if (((Entity *)cands.data[i])->params.len > most)
            most = ((Entity *)cands.data[i])->params.len;
    Node **order = arena_alloc(sizeof(Node *) * (size_t)most);
    for (int pass = 0; pass < 2 && viable.len != 1; pass++) {
        viable.len = 0;
        for (int i = 0; i < cands.len; i++) {
            Entity *s = cands.data[i];
            if (!is_subprogram(s) || (want_proc != (s->kind == E_PROCEDURE)))
                continue;
            if (!match_actuals(s, args, order, true))
                continue;
            if (pass == 0 && !expected && want_component && s->type && cands.len > 1
                && !has_fitting_component(s->type, want_component, want_value))
                continue;
            if (pass == 1 && expected && s->type && !type_covers(type_full(expected), type_full(s->type)))
                continue;
            vec_push(&viable, s);
        }
        if (!expected)
            break;
    }
    if (viable.len == 0) {
        Entity *first = cands.len ? cands.data[0] : NULL;
        if (first && !is_subprogram(first)) {
            if (first->type && type_full(first->type)->unsupported)
                return NULL;            /* reported at its type's definition */
            const char *what = describe(first);
            error_at(name->loc, "6.4(3)", "'%s' is %s %s, not a %s", entity_name(first),
                     strchr("aeiou", what[0]) ? "an" : "a", what, want_proc ? "procedure" : "function");
        }
        else if (cands.len == 1)
            error_at(node->loc, "6.4.1(3)", "the actual parameters do not match the profile of '%s'%s",
                     entity_name(first), first->decl ? "" : "");
        else
            error_at(node->loc, "8.6(22)", "no visible %s named '%s' matches these actual parameters",
                     want_proc ? "procedure" : "function", first ? entity_name(first) : "?");
        for (int i = 0; i < cands.len && i < 4; i++) {
            Entity *c = cands.data[i];
            if (c->loc.file)
                note_at(c->loc, "candidate: %s '%s' with %d parameter%s", describe(c), entity_name(c),
                        c->params.len, c->params.len == 1 ? "" : "s");
        }
        for (int i = 0; i < args->len; i++) {
            Node *a = args->data[i];
            analyse(a->kind == N_ASSOC ? a->expr : a, NULL);
        }
        return NULL;
    }
    if (viable.len > 1) {
        /* a finer look: the actuals whose type is known without context
         * (objects, dereferences, components) must be of the formal's type */
        Vec finer = {0};
        for (int i = 0; i < viable.len; i++) {
            Entity *c = viable.data[i];
            match_actuals(c, args, order, false);
            bool ok = true;
            for (int k = 0; k < c->params.len && ok; k++) {
                Node *a = order[k];
                while (a && a->kind == N_PAREN)
                    a = a->expr;
                if (a && a->kind == N_APPLY && (a->expr->kind == N_IDENT || a->expr->kind == N_SELECTED)
                    && name_candidates(a->expr).len == 1) {
                    Entity *pe = name_candidates(a->expr).data[0];
                    if (pe->kind != E_VARIABLE && pe->kind != E_CONSTANT && pe->kind != E_PARAM)
                        continue;
                    Type *at = analyse(a, NULL);      /* an indexed component of an object */
                    Type *ft = ((Entity *)c->params.data[k])->type;
                    if (at && ft && !type_covers(type_full(ft), type_full(at)))
                        ok = false;
                    continue;
                }
                if (a && (a->kind == N_QUALIFIED || (a->kind == N_APPLY && a->list.len == 1))) {
                    /* T'(X), T (X), T'Class (X): of the type T names */
                    Node *mark = a->kind == N_QUALIFIED ? a->type : a->expr;
                    bool cw = mark->kind == N_ATTRIBUTE && attr_is(mark, "class") && is_subtype_mark_node(mark->expr);
                    if (!cw && !is_subtype_mark_node(mark))
                        continue;
                    Type *at = sema_subtype_mark(mark);
                    Type *ft = ((Entity *)c->params.data[k])->type;
                    if (at && ft && !type_covers(type_full(ft), type_full(at)))
                        ok = false;
                    continue;
                }
                if (!a || !(a->kind == N_DEREF || a->kind == N_IDENT || a->kind == N_SELECTED))
                    continue;
                if (a->kind != N_DEREF && name_candidates(a).len != 1)
                    continue;
                if (a->kind != N_DEREF) {
                    Entity *ae = name_candidates(a).data[0];
                    if (ae->kind != E_VARIABLE && ae->kind != E_CONSTANT && ae->kind != E_PARAM)
                        continue;
                }
                Type *at = analyse(a, NULL);
                Type *ft = ((Entity *)c->params.data[k])->type;
                if (at && ft && !type_covers(type_full(ft), type_full(at)))
                    ok = false;
            }
            if (ok)
                vec_push(&finer, c);
        }
        if (finer.len == 1)
            viable = finer;
    }
    if (viable.len > 1) {
        /* a subprogram whose profile names a refused type (which every
         * type covers) is no interpretation when another one fits: its
         * type was reported, with no cascade here */
        Vec known = {0};
        for (int i = 0; i < viable.len; i++) {
            Entity *c = viable.data[i];
            bool refused = c->result && type_full(c->result) && type_full(c->result)->unsupported;
            for (int k = 0; k < c->params.len && !refused; k++) {
                Type *ft = ((Entity *)c->params.data[k])->type;
                refused = ft && type_full(ft) && type_full(ft)->unsupported;
            }
            if (!refused)
                vec_push(&known, c);
        }
        if (known.len == 1)
            viable = known;
        else if (!known.len)
            return NULL;            /* all of them: already reported */
    }
    if (viable.len > 1) {
        error_at(node->loc, "8.6(31)", "ambiguous call to '%s': %d visible subprograms match", entity_name(viable.data[0]), viable.len);
        for (int i = 0; i < viable.len && i < 4; i++)
            note_at(((Entity *)viable.data[i])->loc, "candidate '%s'", entity_name(viable.data[i]));
        return NULL;
    }
    Entity *s = viable.data[0];
    match_actuals(s, args, order, false);
    if (s->builtin == BI_FREE && s->params.len == 1) {
        Type *pt = type_full(((Entity *)s->params.data[0])->type);
        if (pt && pt->kind == TY_ACCESS && pt->base->storage_size_zero)
            error_at(node->loc, "13.11.2(3.1/3)", "no object of the access type '%s' can be freed: its Storage_Size is zero",
                     type_name(pt));
    }
    CallInfo *ci = arena_alloc(sizeof *ci);
    ci->controlling = -1;
    ci->subp = s;
    /* 3.10.2(10.1/3): by default the master of the call is the innermost
     * one around it (a conversion or an object it initializes says more) */
    ci->result_level = scope_level() + 1;
    ci->levels = arena_alloc(sizeof(int) * (size_t)(s->params.len + 1));
    for (int i = 0; i < s->params.len; i++) {
        Entity *f = s->params.data[i];
        Node *a = order[i];
        if (!a) {
            vec_push(&ci->actuals, NULL);
            continue;
        }
        analyse(a, f->type);
        sema_convert(a, f->type);
        if (sema_passes_level(s, f))
            ci->levels[i] = actual_level(a);
        if (f->mode != MODE_IN) {
            /* 6.4.1(5): an out or in out actual must be a variable */
            if (!sema_is_variable(a))
                error_at(a->loc, "6.4.1(5)", "the actual for the %s parameter '%s' must be a variable",
                         f->mode == MODE_OUT ? "out" : "in out", entity_name(f));
        }
        vec_push(&ci->actuals, a);
    }
    /* a call of a primitive with a class-wide controlling actual dispatches
     * (3.9.2(5/2)) */
    if (s->prim_of)
        for (int i = 0; i < s->params.len; i++) {
            Node *a = ci->actuals.data[i];
            Type *ft = type_full(((Entity *)s->params.data[i])->type);
            if (a && a->ty && ft && ft->tagged && !ft->is_classwide && type_full(a->ty)->is_classwide) {
                ci->controlling = i;
                a->target = NULL;       /* the object itself, not a converted view */
                break;
            }
        }
    node->sem = ci;
    node->ent = s;
    name->ent = s;
    node->op = APPLY_CALL;
    node->ty = s->kind == E_PROCEDURE ? NULL : s->type;
    return node->ty;
}

/* ---- attributes --------------------------------------------------------- */

/* The type of the prefix of an attribute when the prefix denotes a subtype
 * (or NULL when it is an object; *obj then holds its type). */
static Type *attr_prefix(Node *a, Type **obj)
{
    Node *p = a->expr;
    *obj = NULL;
    if (p->kind == N_IDENT || p->kind == N_SELECTED) {
        Vec c = name_candidates(p);
        if (c.len == 1 && ((Entity *)c.data[0])->kind == E_TYPE) {
            p->ent = c.data[0];
            p->ty = p->ent->type;
            return p->ty;
        }
    }
    if (attr_is(p, "base")) {
        Type *t = sema_subtype_mark(p);
        p->ent = p->expr->ent;
        return t;
    }
    *obj = analyse(p, NULL);
    return NULL;
}

/* The index subtype of the dimension an array attribute names (1 when
 * none is given); NULL after an error. */
static Type *array_dimension(Node *a, Type *at)
{
    int dim = a->op > 0 ? a->op : 1;
    if (dim > at->indexes.len) {
        error_at(a->loc, "3.6.2(3)", "'%s' has %d dimension%s, not %d", type_name(at), at->indexes.len,
                 at->indexes.len == 1 ? "" : "s", dim);
        return NULL;
    }
    return at->indexes.data[dim - 1];
}

/* Is the name N an aliased view (3.10(9/3))? */
static bool aliased_view(Node *n)
{
    while (n->kind == N_PAREN)
        n = n->expr;
    switch (n->kind) {
    case N_DEREF:
        return true;                 /* what an access value designates is aliased */
    case N_IDENT:
    case N_SELECTED:
        if (!n->ent)
            return true;
        if (n->ent->kind == E_COMPONENT)
            return n->ent->aliased;
        if (n->ent->kind == E_PARAM)
            return n->ent->type && type_full(n->ent->type)->tagged;   /* 6.2(10) */
        /* 3.10(9/3): declared aliased (an object of a tagged type is
         * not aliased for being tagged: only formal parameters are) */
        return n->ent->aliased;
    case N_APPLY:
        if (n->op == APPLY_INDEX) {
            Type *at = n->expr->ty ? type_full(n->expr->ty) : NULL;
            return at && at->component && at->component_aliased;
        }
        if (n->op == APPLY_CONVERSION && n->list.len == 1)
            return aliased_view(n->list.data[0]);    /* 3.10(9/3): a view conversion of an aliased view */
        return false;
    default:
        return false;
    }
}

/* The accessibility level of the object a name denotes (3.10.2(3-15)):
 * the nesting depth of its declaration; what an access value designates
 * is at the level of the access type. */
static int object_level(const Node *n)
{
    while (n->kind == N_PAREN)
        n = n->expr;
    if (n->kind == N_DEREF) {
        Type *at = n->expr->ty ? type_full(n->expr->ty) : NULL;
        return at ? at->base->level : 0;
    }
    if (n->kind == N_SELECTED && n->ent && n->ent->kind == E_COMPONENT)
        return object_level(n->expr);
    if (n->kind == N_APPLY && n->op == APPLY_INDEX)
        return object_level(n->expr);
    if (n->ent)
        return n->ent->level;
    return 0;
}

int sema_object_level(const Node *n) { return object_level(n); }

bool sema_passes_level(const Entity *s, const Entity *f)
{
    Type *t = f->type ? type_full(f->type) : NULL;
    return t && t->kind == TY_ACCESS && (t->aflags & AF_ANONYMOUS) && f->mode == MODE_IN && !s->imported
        && s->builtin == BI_NONE;
}

static CallInfo *access_result_call(Node *n);

/* RETURN's expression, in function F with an anonymous access result: a
 * call of another such function passes F's own master of the call on
 * (3.10.2(10.1/3)); anything else is checked against it (6.5(21/3)). */
void sema_return_access_result(Entity *f, Node *ret)
{
    if (!sema_result_level(f) || !ret->expr)
        return;
    CallInfo *rc = access_result_call(ret->expr);
    if (rc)
        rc->result_level = LEVEL_OF_PARAM;
    else
        ret->checks |= CHK_ACCESSIBILITY;
}

bool sema_result_level(const Entity *s)
{
    Type *r = s->kind == E_FUNCTION && s->result ? type_full(s->result) : NULL;
    return r && r->kind == TY_ACCESS && (r->aflags & AF_ANONYMOUS) && !s->imported && s->builtin == BI_NONE;
}

/* The call of a function with an anonymous access result that N is, or NULL. */
static CallInfo *access_result_call(Node *n)
{
    while (n->kind == N_PAREN)
        n = n->expr;
    if ((n->kind == N_APPLY || n->kind == N_IDENT || n->kind == N_SELECTED) && n->sem) {
        CallInfo *ci = n->sem;
        if (n->kind != N_APPLY && !(n->ent && n->ent->kind == E_FUNCTION))
            return NULL;
        if (ci->subp && sema_result_level(ci->subp))
            return ci;
    }
    return NULL;
}

/* Is N an access parameter (whose level travels with it), or a stand-alone
 * object of an anonymous access type (whose level is that of its value)? */
bool sema_dynamic_level(const Node *n)
{
    while (n->kind == N_PAREN)
        n = n->expr;
    if (n->kind != N_IDENT || !n->ent)
        return false;
    if (n->ent->level_var)
        return true;
    return n->ent->kind == E_PARAM && n->ent->scope && sema_passes_level(n->ent->scope, n->ent);
}

/* The level of the object access value A designates, statically, or
 * LEVEL_OF_PARAM when it is known at run time only; an allocator or other
 * anonymous value gets OTHERWISE, the level of where it is used. */
static int value_level(const Node *a, int otherwise)
{
    while (a->kind == N_PAREN)
        a = a->expr;
    if (sema_dynamic_level(a))
        return LEVEL_OF_PARAM;
    if (a->kind == N_IDENT && a->ent && sema_stand_alone_anonymous(a->ent))
        return type_full(a->ent->type)->base->level;    /* one at library level */
    Type *qt = a->kind == N_QUALIFIED && a->ty ? type_full(a->ty) : NULL;
    if (qt && qt->kind == TY_ACCESS && !(qt->aflags & AF_ANONYMOUS))
        return qt->base->level;       /* T'(new ...): of the named type T */
    if (a->kind == N_NULL_LIT)
        return 0;
    if (a->kind == N_ATTRIBUTE && a->id && !strcmp(a->id->name, "unchecked_access"))
        return 0;                     /* 13.10(3): as if declared at library level */
    if (a->kind == N_ATTRIBUTE && a->id && !strcmp(a->id->name, "access"))
        return object_level(a->expr);
    Type *vt = a->ty ? type_full(a->ty) : NULL;
    if (a->kind != N_ALLOCATOR && vt && vt->kind == TY_ACCESS && !(vt->aflags & AF_ANONYMOUS))
        return vt->base->level;       /* a value of a named access type */
    return otherwise;
}

int sema_value_level(const Node *a, const Type *t)
{
    /* 3.10.2(14/3): an allocator for a stand-alone object has the level of
     * its declaration; so, at most, has any other anonymous value */
    return value_level(a, t->base->level);
}

/* The accessibility level of the object access value A designates, as
 * an access parameter's actual (3.10.2(13/3)): statically known, or
 * LEVEL_OF_PARAM when A is an access parameter itself.  An allocator (or
 * other anonymous value) lives as long as the innermost master of the
 * call: the call's statement, deeper than anything declared around it
 * (3.10.2(14/3), 7.6.1(3/2)). */
static int actual_level(Node *a)
{
    return value_level(a, scope_level() + 1);
}

/* VALUE assigned to (or initializing) the stand-alone object SO of an
 * anonymous access type: its level becomes SO's (3.10.2(13.2/3)), and must
 * not be deeper than SO's declaration: statically (4.6(24.17/3)), else at
 * run time (NODE's CHK_ACCESSIBILITY; Program_Error). */
bool sema_stand_alone_anonymous(const Entity *e)
{
    Type *t = e->type ? type_full(e->type) : NULL;
    return (e->kind == E_VARIABLE || e->kind == E_CONSTANT) && !e->renamed && t && t->kind == TY_ACCESS
        && (t->aflags & AF_ANONYMOUS) && !(t->aflags & (AF_ACCESS_PARAM | AF_ACCESS_DISCR));
}

void sema_stand_alone_value(Entity *so, Node *value, Node *node)
{
    Type *t = so->type ? type_full(so->type) : NULL;
    if (!t || !sema_stand_alone_anonymous(so) || !value->ty)
        return;
    CallInfo *rc = access_result_call(value);
    if (rc)
        rc->result_level = t->base->level;      /* 3.10.2(10.1/3): the object's */
    int lv = sema_value_level(value, t);
    if (lv == LEVEL_OF_PARAM) {
        node->checks |= CHK_ACCESSIBILITY;
        return;
    }
    const Node *v = value;
    while (v->kind == N_PAREN)
        v = v->expr;
    if (v->kind == N_ATTRIBUTE)
        return;                       /* 'Access: checked by access_attribute */
    if (lv > t->base->level)
        error_at(value->loc, "4.6(24.17/3)", "the value would outlive its access type: it is of an access type declared at "
                 "level %d, deeper than '%s' (level %d), which keeps the level of the value assigned to it",
                 lv, so->spelling, t->base->level);
}

/* X'Access and X'Unchecked_Access (3.10.2(24-32), 13.10): an access value
 * of the expected (general) access type designating the aliased object X. */
static Type *access_attribute(Node *a, Type *ot, Type *expected)
{
    bool unchecked = !strcmp(a->id->name, "unchecked_access");
    Type *acc = expected ? type_full(expected) : NULL;
    if (!acc || acc->kind != TY_ACCESS) {
        error_at(a->loc, "3.10.2(2/2)", "the type of '%s must be determined by its context: it needs an expected access type", a->text);
        return NULL;
    }
    if (!ot)
        return NULL;
    Node *p = a->expr;
    if (!(acc->aflags & (AF_GENERAL | AF_ANONYMOUS))) {
        error_at(a->loc, "3.10.2(26/3)", "'%s needs a general access type (access all or access constant), and '%s' is pool-specific",
                 a->text, type_name(expected));
        return NULL;
    }
    if (!aliased_view(p)) {
        const char *name = (p->kind == N_IDENT || p->kind == N_SELECTED) ? spelled(p) : "the prefix";
        error_at(p->loc, "3.10.2(24/4)", "'%s needs an aliased object: declare %s aliased", a->text, name);
        return NULL;
    }
    Type *d = type_full(acc->designated), *o = type_full(ot);
    if (d && !same_type(d, o) && !(d->is_classwide && type_covers(d, o))) {
        error_at(a->loc, "3.10.2(27/2)", "'%s of an object of type '%s' cannot be of the access type '%s' (designating '%s')",
                 a->text, type_name(ot), type_name(expected), type_name(d));
        return NULL;
    }
    bool constant_view = (p->kind == N_IDENT || p->kind == N_SELECTED) && p->ent
        && (p->ent->kind == E_CONSTANT || (p->ent->kind == E_PARAM && p->ent->mode == MODE_IN));
    if (p->kind == N_DEREF && p->expr->ty && (type_full(p->expr->ty)->aflags & AF_CONSTANT))
        constant_view = true;
    if (constant_view && !(acc->aflags & AF_CONSTANT)) {
        error_at(a->loc, "3.10.2(25)", "'%s of a constant needs an access-to-constant type, and '%s' is not one", a->text, type_name(expected));
        return NULL;
    }
    if (o->kind == TY_ARRAY && !o->constrained && !d->constrained && p->kind != N_DEREF
        && !((p->kind == N_IDENT || p->kind == N_SELECTED) && p->ent
             && (p->ent->kind == E_VARIABLE || p->ent->kind == E_CONSTANT) && p->ent->decl
             && p->ent->decl->kind == N_OBJECT_DECL)) {
        /* a declared object keeps its bounds before its data, as an
         * allocated one does; a formal parameter's are apart */
        error_at(a->loc, NULL, "'%s of a formal parameter of an unconstrained array type is not supported yet", a->text);
        return NULL;
    }
    int level = object_level(p);
    /* the level of an access parameter's and an access discriminant's type
     * is that of the actual or object (checked where that is known) */
    if (!unchecked && !(acc->aflags & (AF_ACCESS_PARAM | AF_ACCESS_DISCR)) && level > acc->base->level) {
        const char *obj = (p->kind == N_IDENT || p->kind == N_SELECTED) ? spelled(p) : "the object";
        Entity *where = p->ent && p->ent->scope ? p->ent->scope : NULL;
        Entity *awhere = acc->base->ent ? acc->base->ent->scope : NULL;
        error_at(a->loc, "3.10.2(28/3)", "%s'%s would outlive '%s': the object is declared %s, the %saccess type '%s' %s",
                 obj, a->text, obj,
                 level ? arena_printf("at level %d%s", level, !where || !where->spelling ? ""
                                      : where->kind == E_LABEL && where->id && where->id->name[0] == '_' ? " inside a block statement"
                                      : arena_printf(" inside '%s'", where->spelling)) : "at library level",
                 acc->aflags & AF_ANONYMOUS ? "anonymous " : "", type_name(expected),
                 acc->base->level ? arena_printf("at level %d%s", acc->base->level, awhere && awhere->spelling ? arena_printf(" inside '%s'", awhere->spelling) : "") : "at library level");
        if (p->ent && p->ent->loc.file)
            note_at(p->ent->loc, "'%s' is declared here", obj);
        if (acc->base->ent && acc->base->ent->loc.file)
            note_at(acc->base->ent->loc, "'%s' is declared here ('Unchecked_Access would take responsibility for the lifetime)", type_name(expected));
    }
    return a->ty = expected;
}

/* The level of the access discriminant X (Obj.D) by 3.10.2(12.5/3): that
 * of the enclosing object Obj when Obj is not (part of) an allocated
 * object, else -1. */
static int discriminant_object_level(const Node *x)
{
    while (x->kind == N_PAREN)
        x = x->expr;
    if (x->kind != N_SELECTED || !x->expr)
        return -1;
    const Node *o = x->expr;
    for (;;) {
        while (o->kind == N_PAREN)
            o = o->expr;
        if (o->ty && type_full(o->ty)->kind == TY_ACCESS)
            return -1;                /* an implicit dereference */
        if (o->kind == N_DEREF)
            return -1;
        if ((o->kind == N_SELECTED && o->ent && o->ent->kind == E_COMPONENT)
            || (o->kind == N_APPLY && o->op == APPLY_INDEX))
            o = o->expr;
        else
            break;
    }
    if (o->kind != N_IDENT && o->kind != N_SELECTED)
        return -1;
    if (!o->ent || (o->ent->kind != E_VARIABLE && o->ent->kind != E_CONSTANT && o->ent->kind != E_PARAM))
        return -1;
    if (o->ent->renamed)
        return -1;                    /* a renaming: the renamed object's, not worked out here */
    return object_level(x->expr);
}

/* A conversion N of X, of access type FX, to the unrelated access type T
 * (4.6(24.11/2-24.18/2)); false after reporting what makes it illegal. */
/* Is converting access type FX to access type T a conversion of the
 * designated tagged object down its class (4.6(24.12/2)): FX designates
 * an ancestor's class (or an ancestor), T a descendant (or its class)?
 * Such a conversion checks the designated object's tag (4.6(42)). */
static bool tagged_access_downward(Type *t, Type *fx)
{
    Type *td = t->designated ? type_full(t->designated) : NULL;
    Type *fd = fx->designated ? type_full(fx->designated) : NULL;
    if (!td || !fd || !td->tagged || !fd->tagged || !fd->is_classwide)
        return false;
    Type *ts = td->is_classwide ? type_full(td->specific) : td;
    Type *fs = type_full(fd->specific);
    return ts && fs && ts->base != fs->base && is_descendant(ts->base, fs->base);
}

static bool access_conversion_legal(Node *n, Node *x, Type *t, Type *fx)
{
    if (!(t->aflags & AF_GENERAL)) {
        error_at(x->loc, "4.6(24.18/2)", "cannot convert a value of type '%s' to the pool-specific access type '%s': "
                 "only a general access type (access all) takes the values of another access type", type_name(fx), type_name(t));
        return false;
    }
    if (!(t->aflags & AF_CONSTANT) && (fx->aflags & AF_CONSTANT)) {
        error_at(x->loc, "4.6(24.16/2)", "cannot convert a value of the access-to-constant type '%s' to the access-to-variable "
                 "type '%s': the designated object could then be modified", type_name(fx), type_name(t));
        return false;
    }
    /* the level of an access parameter or a stand-alone object is checked
     * at run time (4.6(48/3)); of an access discriminant, it is its object's */
    if (fx->aflags & AF_ACCESS_DISCR) {
        /* 3.10.2(12.5/3): that of the enclosing object, unless the object
         * was created by an allocator (3.10.2(12/2)-(12.4/3): the level of
         * what the discriminant designates, known at run time here) */
        int lv = discriminant_object_level(x);
        if (lv >= 0 && lv > t->base->level) {
            error_at(x->loc, "4.6(24.17/3)", "cannot convert this access discriminant to type '%s' (declared %s): it has the "
                     "level of its enclosing object (level %d), so the access value could outlive the object it designates",
                     type_name(t), t->base->level ? arena_printf("at level %d", t->base->level) : "at library level", lv);
            return false;
        }
        return true;
    }
    if (sema_dynamic_level(x) || (fx->aflags & AF_ACCESS_PARAM))
        return true;
    if (fx->base->level > t->base->level) {
        Entity *fe = fx->base->ent, *te = t->base->ent;
        error_at(x->loc, "4.6(24.17/3)", "cannot convert a value of type '%s' (declared at level %d) to type '%s' (declared %s): "
                 "the access value could outlive the object it designates", type_name(fx), fx->base->level, type_name(t),
                 t->base->level ? arena_printf("at level %d", t->base->level) : "at library level");
        if (fe && fe->loc.file)
            note_at(fe->loc, "'%s' is declared here", fe->spelling);
        if (te && te->loc.file)
            note_at(te->loc, "'%s' is declared here", te->spelling);
        return false;
    }
    return true;
}

/* The subprogram whose postcondition is being analysed (X'Old and
 * F'Result are allowed there, 6.1.1(22/3), (29/3)), or NULL. */
static Entity *in_postcondition;

void sema_contract_expr(Node *x, Entity *post_of)
{
    Entity *saved = in_postcondition;
    in_postcondition = post_of;
    Type *t = analyse(x, std.boolean);
    if (t && !type_full(t)->is_boolean)
        error_at(x->loc, "6.1.1(3/3)", "a contract or assertion expression is a Boolean condition, not of type '%s'",
                 type_name(t));
    else if (t)
        sema_convert(x, std.boolean);
    in_postcondition = saved;
}

static Type *attribute(Node *a, Type *expected)
{
    const char *name = a->id->name;
    if (!strcmp(name, "old") || !strcmp(name, "result")) {
        if (!in_postcondition) {
            error_at(a->loc, !strcmp(name, "old") ? "6.1.1(24/3)" : "6.1.1(29/3)",
                     "'%s is allowed only in a postcondition", a->text);
            return NULL;
        }
        if (!strcmp(name, "result")) {
            /* F'Result: the result of the function whose postcondition it is */
            if (in_postcondition->kind != E_FUNCTION || !in_postcondition->result) {
                error_at(a->loc, "6.1.1(29/3)", "'Result is allowed only in the postcondition of a function");
                return NULL;
            }
            return a->ty = in_postcondition->result;
        }
        return a->ty = analyse(a->expr, expected);     /* X'Old: of X's type (6.1.1(26/3)) */
    }
    if (!strcmp(name, "maximum_alignment") && a->expr->kind == N_IDENT && !strcmp(a->expr->id->name, "standard"))
        return a->ty = std.univ_int;     /* GNAT's Standard'Maximum_Alignment: 16 on adac's targets */
    if (!strcmp(name, "identity") && (a->expr->kind == N_IDENT || a->expr->kind == N_SELECTED)) {
        /* 11.4.1(9): E'Identity, the Exception_Id of exception E */
        Vec c = name_candidates(a->expr);
        if (c.len == 1 && ((Entity *)c.data[0])->kind == E_EXCEPTION) {
            a->expr->ent = c.data[0];
            Entity *id = library_predefined("ada.exceptions", "exception_id", a->loc);
            return a->ty = id ? id->type : NULL;
        }
    }
    if ((!strcmp(name, "access") || !strcmp(name, "unchecked_access"))
        && (a->expr->kind == N_IDENT || a->expr->kind == N_SELECTED)) {
        Vec c = name_candidates(a->expr);
        if (c.len && is_subprogram(c.data[0]) && ((Entity *)c.data[0])->kind != E_ENUM_LIT) {
            error_at(a->loc, "3.10.2(29)", "'%s of a subprogram needs an access-to-subprogram type, which adac does not support", a->text);
            return NULL;
        }
    }
    Type *obj, *t = attr_prefix(a, &obj);
    Type *pt = t ? t : obj;
    if (!pt)
        return NULL;
    pt = type_full(pt);
    if (!strcmp(name, "first") || !strcmp(name, "last")) {
        if (type_is_scalar(pt) && t)
            return a->ty = t;
        if (pt->kind == TY_ACCESS && obj) {
            pt = implicit_deref(&a->expr, pt);
            if (!pt)
                return NULL;
        }
        if (pt->kind == TY_ARRAY)
            return a->ty = array_dimension(a, pt);
        error_at(a->loc, "3.5(10)", "'%s has no meaning for '%s'", a->text, type_name(pt));
        return NULL;
    }
    if (!strcmp(name, "length")) {
        if (pt->kind == TY_ACCESS && obj) {
            pt = implicit_deref(&a->expr, pt);
            if (!pt)
                return NULL;
        }
        if (pt->kind == TY_ARRAY && array_dimension(a, pt))
            return a->ty = std.univ_int;
        error_at(a->loc, "3.6.2(9)", "'Length needs an array prefix, and '%s' is not an array", type_name(pt));
        return NULL;
    }
    if (!strcmp(name, "range")) {
        if (pt->kind == TY_ACCESS && obj) {
            pt = implicit_deref(&a->expr, pt);
            if (!pt)
                return NULL;
        }
        if (pt->kind == TY_ARRAY)
            return a->ty = array_dimension(a, pt);
        if (t && type_is_scalar(t))
            return a->ty = t;
        error_at(a->loc, "3.6.2(7)", "'Range needs an array or a scalar subtype");
        return NULL;
    }
    if (!strcmp(name, "size") || !strcmp(name, "alignment"))
        return a->ty = std.univ_int;          /* 13.3(40), 13.3(23/2): not static in adac */
    if (!strcmp(name, "modulus") && t && t->kind == TY_MODULAR)
        return a->ty = std.univ_int;
    if (!strcmp(name, "access") || !strcmp(name, "unchecked_access"))
        return access_attribute(a, obj, expected);
    if (!strcmp(name, "storage_size") && t && type_full(t)->kind == TY_ACCESS)
        return a->ty = std.univ_int;          /* 13.11(14) */
    if (!strcmp(name, "storage_pool") && t && type_full(t)->kind == TY_ACCESS) {
        /* 13.11(13): the pool of the access type, when it has been given */
        Node *pool = type_full(t)->base->storage_pool;
        if (!pool && !type_full(t)->base->storage_size) {
            /* the standard storage pool (13.11(17)): System.Storage_Pools'
             * own object, of a type in Root_Storage_Pool'Class */
            Entity *sp = library_loaded("system.storage_pools", "standard_pool");
            Entity *root = library_loaded("system.storage_pools", "root_storage_pool");
            Type *cw = root && root->type ? classwide_of(type_full(root->type)) : NULL;
            if (sp && cw)
                return a->ty = cw;
        }
        if (!pool || !pool->ty) {
            error_at(a->loc, NULL, "'%s uses %s, which adac cannot name yet", type_name(t),
                     type_full(t)->base->storage_size ? "a pool of its Storage_Size" : "the default pool");
            return NULL;
        }
        return a->ty = pool->ty;
    }
    if (!strcmp(name, "address")) {
        /* 13.3(11): the address of an object, a System.Address */
        if (!obj) {
            error_at(a->loc, "13.3(11)", "'Address needs an object here");
            return NULL;
        }
        Entity *at = system_address(a->loc);
        return at ? (a->ty = at->type) : NULL;
    }
    if (!strcmp(name, "mod") && t && type_full(t)->kind != TY_MODULAR) {
        error_at(a->loc, "3.5.4(16.1/2)", "'Mod is defined for modular types, and '%s' is not one", type_name(t));
        return NULL;
    }
    bool rounding = !strcmp(name, "floor") || !strcmp(name, "ceiling") || !strcmp(name, "truncation")
                 || !strcmp(name, "rounding");
    if (rounding && !(t && type_full(t)->kind == TY_FLOAT)) {
        error_at(a->loc, "A.5.3(30)", "'%s is defined for floating point types only", a->text);
        return NULL;
    }
    if (!strcmp(name, "digits")) {
        /* 3.5.8(2/1): the requested decimal precision, a static universal_integer */
        Type *ft = t ? type_full(t) : NULL;
        if (!ft || ft->kind != TY_FLOAT) {
            error_at(a->loc, "3.5.8(2/1)", "'Digits needs a floating point subtype");
            return NULL;
        }
        return a->ty = std.univ_int;
    }
    if (!strcmp(name, "width")) {
        /* 3.5(39): the longest image of a value of the subtype (static
         * bounds: adac computes it at compile time) */
        Type *st = t ? type_full(t) : NULL;
        if (!st || !type_is_discrete(st)) {
            error_at(a->loc, "3.5(39)", "'Width needs a discrete subtype");
            return NULL;
        }
        if (!st->static_bounds) {
            error_at(a->loc, NULL, "'Width of a subtype with dynamic bounds is not supported yet");
            return NULL;
        }
        return a->ty = std.univ_int;
    }
    if (!strcmp(name, "valid")) {
        /* 13.9.2(3/4): whether a scalar object has a value of its subtype */
        if (!obj || !type_is_scalar(type_full(obj))) {
            error_at(a->loc, "13.9.2(2)", "'Valid needs a scalar object");
            return NULL;
        }
        return a->ty = std.boolean;
    }
    if (!strcmp(name, "image") || !strcmp(name, "value") || !strcmp(name, "pos") || !strcmp(name, "val") || !strcmp(name, "succ") || !strcmp(name, "mod")
        || !strcmp(name, "pred") || !strcmp(name, "min") || !strcmp(name, "max") || rounding) {
        if (!t && obj && !strcmp(name, "image") && type_is_scalar(type_full(obj))) {
            /* 3.5(55.1/4): X'Image of a scalar object is S'Image (X) */
            a->op = ATTR_OBJECT_IMAGE;
            return a->ty = std.string;
        }
        if (!t) {
            error_at(a->loc, "3.5(11)", "the prefix of '%s must be a scalar subtype", a->text);
            return NULL;
        }
        a->ty = t;      /* a function attribute: the apply resolves the call */
        return t;
    }
    error_at(a->loc, "4.1.4(12/1)", "unknown attribute '%s", a->text);
    (void)expected;
    return NULL;
}

/* A call of a function attribute: T'Image (X), T'Pos (X), ... */
static Type *attribute_call(Node *n, Type *expected)
{
    Node *a = n->expr;
    Type *t = attribute(a, expected);
    if (!t)
        return NULL;
    const char *name = a->id->name;
    int want = (!strcmp(name, "min") || !strcmp(name, "max")) ? 2 : 1;
    if (n->list.len != want) {
        error_at(n->loc, "4.1.4(9)", "'%s takes %d argument%s", a->text, want, want == 1 ? "" : "s");
        return NULL;
    }
    Type *arg_t = !strcmp(name, "val") || !strcmp(name, "mod") ? std.univ_int : !strcmp(name, "value") ? std.string : t->base;
    if (!strcmp(name, "value") && !type_is_scalar(type_full(t))) {
        error_at(a->loc, "3.5(52)", "'Value needs a scalar subtype, and '%s' is not scalar", type_name(t));
        return NULL;
    }
    CallInfo *ci = arena_alloc(sizeof *ci);
    ci->controlling = -1;
    for (int i = 0; i < n->list.len; i++) {
        Node *x = n->list.data[i];
        Type *xt = analyse(x, arg_t->kind == TY_UNIV_INT ? NULL : arg_t);
        if (arg_t->kind == TY_UNIV_INT) {
            if (xt && !type_is_integer(type_full(xt)))
                error_at(x->loc, "3.5.5(5)", "the argument of 'Val must be of an integer type");
        } else {
            sema_convert(x, arg_t);
        }
        vec_push(&ci->actuals, x);
    }
    n->sem = ci;
    n->op = APPLY_CALL;
    if (!strcmp(name, "image"))
        return n->ty = std.string;
    if (!strcmp(name, "pos"))
        return n->ty = std.univ_int;
    if (!strcmp(name, "val") || !strcmp(name, "value")) {
        n->checks |= CHK_RANGE;
        return n->ty = t->base;
    }
    if (!strcmp(name, "succ") || !strcmp(name, "pred")) {
        n->checks |= CHK_RANGE;
        return n->ty = t->base;
    }
    return n->ty = t->base;
}

/* ---- discriminant constraints (3.7.1) ----------------------------------------- */

static Type *discriminant_constraint(Node *n, Entity *te, Type *t)
{
    if (t->discr_values.len) {
        error_at(n->loc, "3.7.1(7/2)", "'%s' is already constrained: a discriminant constraint needs an unconstrained discriminated subtype", entity_name(te));
        return NULL;
    }
    Node **vals = arena_alloc(sizeof(Node *) * (size_t)t->n_discr);
    int pos = 0;
    bool named = false;
    for (int i = 0; i < n->list.len; i++) {
        Node *a = n->list.data[i];
        if (a->kind != N_ASSOC) {
            if (named) {
                error_at(a->loc, "3.7.1(4)", "a positional discriminant association cannot follow a named one");
                return NULL;
            }
            if (pos >= t->n_discr) {
                error_at(a->loc, "3.7.1(8)", "too many discriminant values: '%s' has %d discriminant%s", type_name(t),
                         t->n_discr, t->n_discr == 1 ? "" : "s");
                return NULL;
            }
            vals[pos++] = a;
            continue;
        }
        named = true;
        for (int k = 0; k < a->list.len; k++) {
            Node *ch = a->list.data[k];
            int found = -1;
            for (int j = 0; j < t->n_discr; j++)
                if (ch->kind == N_IDENT && ((Entity *)t->components.data[j])->id == ch->id)
                    found = j;
            if (found < 0) {
                error_at(ch->loc, "3.7.1(5)", "'%s' is not a discriminant of '%s'", ch->kind == N_IDENT ? spelled(ch) : "?", type_name(t));
                return NULL;
            }
            if (vals[found]) {
                error_at(ch->loc, "3.7.1(8)", "discriminant '%s' is given a value twice", spelled(ch));
                return NULL;
            }
            vals[found] = a->expr;
        }
    }
    Type *s = subtype_new(t);
    s->name = NULL;
    s->discr_values = (Vec){0};
    for (int j = 0; j < t->n_discr; j++) {
        Entity *d = t->components.data[j];
        if (!vals[j]) {
            error_at(n->loc, "3.7.1(8)", "the constraint gives no value for discriminant '%s'", entity_name(d));
            return NULL;
        }
        analyse(vals[j], d->type);
        sema_convert(vals[j], d->type);
        vec_push(&s->discr_values, vals[j]);
        Node *v = vals[j];
        while (v->kind == N_PAREN)
            v = v->expr;
        Type *dt = v->kind == N_ALLOCATOR && v->ty ? type_full(v->ty) : NULL;
        if (dt && dt->kind == TY_ACCESS && dt->designated && type_full(dt->designated)->limited && !type_full(t)->limited)
            error_at(v->loc, "4.8(5.5/3)", "an allocator of the limited type '%s' cannot give the access discriminant "
                     "'%s' of '%s', which is not immutably limited (declare it limited)",
                     type_name(dt->designated), entity_name(d), type_name(t));
    }
    return s;
}

/* An index or discriminant constraint on composite type T named by TE
 * (3.6.1, 3.7.1): the constrained subtype, or NULL after an error. */
static Type *constrain_composite(Node *n, Entity *te, Type *t)
{
    if (t->kind == TY_ARRAY) {
        if (t->constrained) {
            error_at(n->loc, "3.6.1(5)", "'%s' is already constrained: an index constraint needs an unconstrained array subtype", entity_name(te));
            return NULL;
        }
        if (n->list.len != t->indexes.len) {
            error_at(n->loc, "3.6.1(4)", "'%s' has %d index%s, but the constraint gives %d", entity_name(te),
                     t->indexes.len, t->indexes.len == 1 ? "" : "es", n->list.len);
            return NULL;
        }
        Type *s = subtype_new(t);
        s->indexes = (Vec){0};
        s->constrained = true;
        s->name = NULL;
        for (int i = 0; i < n->list.len; i++) {
            Node *r = n->list.data[i];
            Type *ix = t->indexes.data[i];
            Type *it;
            if (r->kind == N_ATTRIBUTE || r->kind == N_APPLY) {
                int errors = diag_error_count();
                Node *b = sema_range_attribute_bounds(r, false);
                if (b) {
                    n->list.data[i] = r = b;      /* A'Range (N): A'First (N) .. A'Last (N) */
                } else if (diag_error_count() != errors) {
                    vec_push(&s->indexes, ix);
                    continue;
                }
            }
            if (r->kind == N_RANGE) {
                analyse(r->left, ix->base);
                analyse(r->right, ix->base);
                sema_convert(r->left, ix->base);
                sema_convert(r->right, ix->base);
                it = subtype_new(ix->base);
                it->name = NULL;
                int64_t lo, hi;
                if (eval_static_int64(r->left, &lo) && eval_static_int64(r->right, &hi)) {
                    it->static_bounds = true;
                    it->lo = lo;
                    it->hi = hi;
                } else {
                    it->static_bounds = false;
                    it->lo_expr = r->left;
                    it->hi_expr = r->right;
                }
                /* 3.6.1(7): the bounds of a non-null range must belong to
                 * the index subtype: checked when the subtype is elaborated */
                if (!(it->static_bounds && (static_lt(ix, it->hi, it->lo)
                                            || (ix->static_bounds && !static_lt(ix, it->lo, ix->lo) && !static_lt(ix, ix->hi, it->hi)))))
                    it->range_parent = ix;
                if (it->static_bounds && it->range_parent)
                    diag(SEV_WARNING, r->loc, "3.6.1(7)", "the range %lld .. %lld is not within the index subtype '%s': Constraint_Error will be raised at run time",
                         (long long)it->lo, (long long)it->hi, type_name(ix));
                r->ty = it;
            } else if (r->kind == N_SUBTYPE_IND) {
                it = sema_subtype_ind(r);
            } else {
                it = sema_subtype_mark(r);
            }
            vec_push(&s->indexes, it ? it : ix);
        }
        n->ty = s;
        return s;
    }
    if (t->kind == TY_RECORD && t->n_discr) {
        Type *s = discriminant_constraint(n, te, t);
        if (s && te->type->kind == TY_PRIVATE)
            s->partial_view = te->type;     /* named through the partial view */
        return s;
    }
    if (t->unsupported)
        return t;               /* refused already: no cascade */
    error_at(n->loc, "3.2.2(5)", "'%s' cannot be constrained: it is not an unconstrained array or discriminated type", entity_name(te));
    return NULL;
}

/* ---- N_APPLY: call, index, slice, conversion or constraint ---------------- */

/* Set while analysing the name of a subtype indication: T (X) is then a
 * constraint, not a conversion. */
static bool constraint_context;

Type *sema_constrained_subtype(Node *n)
{
    bool saved = constraint_context;
    constraint_context = true;
    Type *t = analyse(n, NULL);
    constraint_context = saved;
    return t;
}

static Type *apply(Node *n, Type *expected, bool want_proc)
{
    bool as_constraint = constraint_context;
    constraint_context = false;        /* not for the names inside */
    Node *pre = n->expr;
    if (pre->kind == N_ATTRIBUTE && (attr_is(pre, "range") || attr_is(pre, "first") || attr_is(pre, "last")
                                     || attr_is(pre, "length")) && n->list.len == 1) {
        /* A'First (N) and the like: the attribute of dimension N (3.6.2),
         * N static.  The node becomes the attribute itself. */
        int64_t dim;
        if (!sema_static_dimension(n->list.data[0], pre->text, &dim))
            return NULL;
        Loc loc = n->loc;
        *n = *pre;
        n->loc = loc;
        n->op = (int)dim;
        n->flags &= ~NF_ANALYSED;
        return analyse(n, expected);
    }
    if (pre->kind == N_ATTRIBUTE && attr_is(pre, "class") && n->list.len == 1) {
        /* T'Class (X): a conversion to the class-wide type (4.6(21/3)) */
        Type *cw = sema_subtype_mark(pre);
        if (!cw)
            return NULL;
        Node *x = n->list.data[0];
        Type *xt = analyse(x, NULL);
        if (xt && !is_descendant(xt, cw->specific) && !is_descendant(cw->specific, xt))
            error_at(n->loc, "4.6(21/3)", "cannot convert a value of type '%s' to '%s'", type_name(xt), type_name(cw));
        n->op = APPLY_CONVERSION;
        return n->ty = cw;
    }
    if (pre->kind == N_ATTRIBUTE)
        return attribute_call(n, expected);
    Vec cands = {0};
    if (pre->kind == N_IDENT || pre->kind == N_SELECTED || pre->kind == N_STRING_LIT)
        cands = name_candidates(pre);
    if (pre->kind == N_STRING_LIT && !cands.len) {
        /* "not" (Left => X): an operator symbol the parser did not take for
         * the predefined operator (its formals are Left and Right) */
        if (!operator_symbol(pre->text))
            error_at(pre->loc, "6.1(10/3)", "%s is not an operator symbol, and a string literal is no other name: "
                     "to index it, qualify it: String'(%s)", pre->text, pre->text);
        else
            error_at(pre->loc, "8.6(22)", "no visible operator %s matches these actual parameters "
                     "(a predefined operator's formals are Left and Right, or Right alone)", pre->text);
        for (int i = 0; i < n->list.len; i++) {
            Node *a = n->list.data[i];
            analyse(a->kind == N_ASSOC ? a->expr : a, NULL);
        }
        return NULL;
    }
    if (pre->kind == N_IDENT && !cands.len) {
        sema_undeclared(pre);
        for (int i = 0; i < n->list.len; i++) {
            Node *a = n->list.data[i];
            analyse(a->kind == N_ASSOC ? a->expr : a, NULL);
        }
        return NULL;
    }
    if (cands.len && ((Entity *)cands.data[0])->kind == E_TYPE) {
        Entity *te = cands.data[0];
        pre->ent = te;
        Type *t = type_full(te->type);
        if (!t)
            return NULL;
        if (n->list.len == 1 && !as_constraint && ((Node *)n->list.data[0])->kind != N_RANGE
            && ((Node *)n->list.data[0])->kind != N_ASSOC && ((Node *)n->list.data[0])->kind != N_SUBTYPE_IND
            && !(t->kind == TY_ARRAY && !t->constrained && is_subtype_mark_node(n->list.data[0]))) {
            /* a type conversion (4.6) */
            Node *x = n->list.data[0];
            Type *xt = analyse(x, NULL);
            n->op = APPLY_CONVERSION;
            n->ty = te->type;
            if (xt) {
                Type *fx = type_full(xt);
                bool ok = fx->unsupported || t->unsupported      /* refused already */
                       || (type_is_numeric(t) && type_is_numeric(fx)) || same_type(t, fx)
                       || (t->root == fx->root)
                       || (fx->is_classwide && t->tagged && is_descendant(t->base, type_full(fx->specific)->base))
                       || (t->kind == TY_ACCESS && fx->kind == TY_ACCESS && t->designated && fx->designated
                           && (same_type(type_full(t->designated), type_full(fx->designated))
                               /* 4.6(24.11/2): a tagged designated type converts to an ancestor's class */
                               || (type_full(t->designated)->is_classwide && type_full(fx->designated)->tagged
                                   && type_covers(type_full(t->designated), type_full(fx->designated)))
                               /* 4.6(24.12/2), (42): and from a class down to a descendant */
                               || tagged_access_downward(t, fx)))
                       || (t->kind == TY_ARRAY && fx->kind == TY_ARRAY && t->indexes.len == fx->indexes.len
                           && same_type(t->component, fx->component));
                if (!ok)
                    error_at(n->loc, "4.6(8/2)", "cannot convert a value of type '%s' to type '%s'", type_name(fx), type_name(t));
                else if (t->kind == TY_ACCESS && fx->kind == TY_ACCESS && t->root != fx->root
                         && !access_conversion_legal(n, x, t, fx))
                    ;
                else if (t->kind == TY_ACCESS && !(t->aflags & AF_ANONYMOUS) && access_result_call(x))
                    access_result_call(x)->result_level = t->base->level;   /* 3.10.2(10.1/3): the target's */
                else if (t->kind == TY_ACCESS && !(t->aflags & AF_ANONYMOUS) && sema_dynamic_level(x))
                    n->checks |= CHK_ACCESSIBILITY;   /* 4.6(48/3): known at run time only */
                if (type_is_scalar(t))
                    sema_need_range_check(x, t);
                if (x->checks & CHK_RANGE) {
                    x->checks &= ~CHK_RANGE;
                    n->checks |= CHK_RANGE;
                }
                if (type_is_integer(t) && !type_is_integer(fx) && type_is_numeric(fx))
                    n->checks |= CHK_RANGE;
                /* 4.6(51/3): to a null-excluding access subtype, or one whose
                 * designated subtype is constrained */
                if (t->kind == TY_ACCESS && (t->aflags & AF_NOT_NULL) && !(fx->aflags & AF_NOT_NULL))
                    n->checks |= CHK_NULL_EXCL;
                if (t->kind == TY_ACCESS && fx->kind == TY_ACCESS && t->designated) {
                    Type *dd = type_full(t->designated);
                    if (dd != type_full(fx->designated)
                        && ((dd->kind == TY_RECORD && dd->discr_values.len) || (dd->kind == TY_ARRAY && dd->constrained)))
                        n->checks |= CHK_DISCRIMINANT;
                }
                /* 4.6(42/3): converting T'Class to a specific type checks the tag */
                if (fx->is_classwide && t->kind == TY_RECORD && !t->is_classwide && t->tagged)
                    n->checks |= CHK_TAG;
                if (t->kind == TY_ACCESS && fx->kind == TY_ACCESS && tagged_access_downward(t, fx))
                    n->checks |= CHK_TAG;      /* ... of the object a non-null value designates */
            }
            return n->ty;
        }
        /* an index or discriminant constraint (3.6.1, 3.7.1); on an access
         * subtype it constrains the designated subtype (3.10(15/2)) */
        n->op = APPLY_CONSTRAINT;
        if (t->kind == TY_ACCESS) {
            if (!t->designated)
                return NULL;          /* its designated subtype was in error */
            Type *cd = constrain_composite(n, te, type_full(t->designated));
            if (!cd)
                return NULL;
            Type *s = subtype_new(t);
            s->designated = cd;
            s->name = NULL;
            return n->ty = s;
        }
        return n->ty = constrain_composite(n, te, t);
    }
    if (cands.len && is_subprogram(cands.data[0]))
        return resolve_call(n, pre, cands, &n->list, expected, want_proc);
    if (!cands.len && pre->kind == N_SELECTED) {
        /* Obj.Op (Args): prefixed notation (4.1.3(9.1/2)) */
        Node *obj = pre->expr;
        Vec pc = (obj->kind == N_IDENT || obj->kind == N_SELECTED) ? name_candidates(obj) : (Vec){0};
        bool is_pkg = pc.len == 1 && ((Entity *)pc.data[0])->kind == E_PACKAGE;
        if (!is_pkg) {
            Type *ot = analyse(obj, NULL);
            ot = ot ? type_full(ot) : NULL;
            if (ot && ot->kind == TY_ACCESS) {
                ot = implicit_deref(&pre->expr, ot);
                obj = pre->expr;
            }
            if (ot && ot->tagged) {
                Vec pcands = prefixed_candidates(ot, pre->id);
                bool has_comp = false;
                Type *rt = ot->is_classwide ? type_full(ot->specific) : ot;
                for (int i = 0; i < rt->components.len; i++)
                    has_comp |= ((Entity *)rt->components.data[i])->id == pre->id;
                if (pcands.len && !has_comp) {
                    Vec args = {0};
                    vec_push(&args, obj);
                    for (int i = 0; i < n->list.len; i++)
                        vec_push(&args, n->list.data[i]);
                    pre->flags |= NF_ANALYSED;
                    return resolve_call(n, pre, pcands, &args, expected, want_proc);
                }
            }
        }
    }
    if (cands.len && !is_subprogram(cands.data[0]) && pre->kind != N_SELECTED) {
        Entity *e = cands.data[0];
        if (e->kind != E_VARIABLE && e->kind != E_CONSTANT && e->kind != E_PARAM && e->kind != E_COMPONENT
            && e->kind != E_LOOP_PARAM) {
            error_at(pre->loc, "4.1(9)", "'%s' is a %s: it cannot be called or indexed", entity_name(e), describe(e));
            return NULL;
        }
    }
    /* an indexed component or slice of an array value (4.1.1, 4.1.2) */
    Type *at = analyse(pre, NULL);
    if (!at)
        return NULL;
    at = type_full(at);
    if (at->kind == TY_ACCESS) {
        at = implicit_deref(&n->expr, at);
        if (!at)
            return NULL;
    }
    if (at->kind != TY_ARRAY) {
        error_at(n->loc, "4.1.1(4)", "a value of type '%s' cannot be indexed", type_name(at));
        return NULL;
    }
    if (n->list.len == 1) {
        /* A (B'Range), A (T'Range), A (T): slices by the range they name (4.1.2(2)) */
        Node *x = n->list.data[0], *b = NULL;
        int errors = diag_error_count();
        if (x->kind == N_ATTRIBUTE || x->kind == N_APPLY) {
            b = sema_range_attribute_bounds(x, true);
            if (!b && diag_error_count() != errors)
                return NULL;
        } else if (is_subtype_mark_node(x)) {
            Type *t = sema_subtype_mark(x);
            if (t && type_is_discrete(type_full(t))) {
                Node *ra = node_new(N_ATTRIBUTE, x->loc);
                ra->id = intern("range", 5);
                ra->text = "Range";
                ra->expr = x;
                b = sema_range_attribute_bounds(ra, true);
            }
        }
        if (b)
            n->list.data[0] = b;
    }
    if (n->list.len == 1 && (((Node *)n->list.data[0])->kind == N_RANGE)) {
        Node *r = n->list.data[0];
        Type *ix = at->indexes.data[0];
        analyse(r->left, ix->base);
        analyse(r->right, ix->base);
        sema_convert(r->left, ix->base);
        sema_convert(r->right, ix->base);
        n->op = APPLY_SLICE;
        Type *s = subtype_new(at->base);
        s->indexes = (Vec){0};
        Type *it = subtype_new(ix->base);
        it->static_bounds = false;
        it->lo_expr = r->left;
        it->hi_expr = r->right;
        vec_push(&s->indexes, it);
        s->constrained = true;
        s->name = NULL;
        n->ty = s;
        n->checks |= CHK_RANGE;
        return s;
    }
    if (n->list.len != at->indexes.len) {
        error_at(n->loc, "4.1.1(7)", "'%s' has %d index%s, but %d %s given", type_name(at), at->indexes.len,
                 at->indexes.len == 1 ? "" : "es", n->list.len, n->list.len == 1 ? "is" : "are");
        return NULL;
    }
    for (int i = 0; i < n->list.len; i++) {
        Node *x = n->list.data[i];
        Type *ix = at->indexes.data[i];
        analyse(x, ix->base);
        sema_convert(x, ix->base);
    }
    n->op = APPLY_INDEX;
    n->checks |= CHK_RANGE;
    n->ty = at->component;
    return n->ty;
}

/* The dependent expressions DEPS of a conditional expression (4.5.7): all
 * of the type the context expects, or else of the first one's type. */
Type *sema_dependent_expressions(Vec *deps, Type *expected)
{
    Type *t = expected, *first = NULL;
    for (int i = 0; i < deps->len; i++) {
        Type *at = analyse(deps->data[i], t);
        if (!first)
            first = at;
        if (!t && at && type_full(at)->kind != TY_UNIV_INT && type_full(at)->kind != TY_UNIV_REAL
            && type_full(at)->kind != TY_NULL && type_full(at)->kind != TY_STRING_LIT)
            t = at;
    }
    if (!t)
        t = first;           /* all universal: the universal type, resolved by the context */
    if (!t) {
        if (deps->len)
            error_at(((Node *)deps->data[0])->loc, "4.5.7(8/3)", "the type of this conditional expression "
                     "cannot be determined here: qualify it, e.g. T'(if ...)");
        return NULL;
    }
    if (type_full(t)->kind == TY_STRING_LIT)
        t = std.string;
    for (int i = 0; i < deps->len; i++) {
        Node *x = deps->data[i];
        if (x->ty && !type_covers(type_full(t), type_full(x->ty)))
            error_at(x->loc, "4.5.7(8/3)", "expected a value of type '%s' here, found '%s'", type_name(t), type_name(x->ty));
        else
            sema_convert(x, t);
    }
    return t;
}

/* ---- operators --------------------------------------------------------------- */

static Ident *operator_ident(int op)
{
    const char *s = operator_symbol_text(op);
    return intern(s, strlen(s));
}

/* A user-defined operator visible for OP whose profile fits the operands. */
/* Is some meaning of A surely of type T (its base type): a literal of T's
 * class, an object of T, a function returning T?  False when unsure: it
 * finds a second interpretation, which would make an expression
 * ambiguous. */
static bool surely_of(Node *a, Type *t)
{
    bool hidden = t && t->kind == TY_PRIVATE && !full_view_visible(t);
    t = type_full(t);
    if (!t || hidden)
        return false;
    while (a->kind == N_PAREN)
        a = a->expr;
    switch (a->kind) {
    case N_INT_LIT:
        return type_is_integer(t);
    case N_REAL_LIT:
        return t->kind == TY_FLOAT;
    case N_IDENT: case N_SELECTED: case N_APPLY: {
        Node *name = a->kind == N_APPLY ? a->expr : a;
        if (name->kind != N_IDENT && name->kind != N_SELECTED)
            return false;
        int nargs = a->kind == N_APPLY ? a->list.len : 0;
        Vec c = name_candidates(name);
        for (int i = 0; i < c.len; i++) {
            Entity *e = c.data[i];
            Type *et = e->type ? type_full(e->type) : NULL;
            if (!et || et->base != t->base)
                continue;
            if ((e->kind == E_VARIABLE || e->kind == E_CONSTANT || e->kind == E_PARAM || e->kind == E_LOOP_PARAM
                 || e->kind == E_ENUM_LIT) && nargs == 0)
                return true;
            if (e->kind == E_FUNCTION && e->params.len == nargs) {
                Node *order[8];
                if (nargs <= 8 && (nargs == 0 || match_actuals(e, &a->list, order, true)))
                    return true;
            }
        }
        return false;
    }
    default:
        return false;
    }
}

/* Operator E resolves to a user-defined operator: is the predefined one of
 * type T also a possible interpretation (8.6(31))?  Only an arithmetic
 * operator with both operands surely of T is looked at, and only when no
 * viable user-defined operator is a homograph of the predefined one (it
 * would override or hide it). */
static bool predefined_also_fits(Node *e, Vec *cands, Type *t)
{
    int op = e->op;
    if (!e->right || !t || !(op == '+' || op == '-' || op == '*' || op == '/' || op == T_MOD || op == T_REM))
        return false;
    Type *ft = type_full(t);
    if (!ft || !type_is_numeric(ft) || ft->kind == TY_UNIV_INT || ft->kind == TY_UNIV_REAL
        || ((op == T_MOD || op == T_REM) && !type_is_integer(ft)) || !predefined_ops_visible(t))
        return false;
    for (int i = 0; i < cands->len; i++) {
        Entity *s = cands->data[i];
        if (s->kind == E_FUNCTION && s->params.len == 2 && s->type && type_full(s->type)->base == ft->base
            && type_full(((Entity *)s->params.data[0])->type)->base == ft->base
            && type_full(((Entity *)s->params.data[1])->type)->base == ft->base)
            return false;
    }
    return surely_of(e->left, t) && surely_of(e->right, t);
}

/* The package P of an operator called as P."op" (operator_symbol_call), or
 * NULL; an error when P names no package. */
static Entity *operator_package(Node *e)
{
    if (!e->ref)
        return NULL;
    if (e->ref->ent && e->ref->ent->kind == E_PACKAGE)
        return e->ref->ent;
    Vec pc = e->ref->kind == N_IDENT || e->ref->kind == N_SELECTED ? name_candidates(e->ref) : (Vec){0};
    if (pc.len == 1 && ((Entity *)pc.data[0])->kind == E_PACKAGE)
        return e->ref->ent = pc.data[0];
    if (!pc.len && e->ref->kind == N_IDENT)
        sema_undeclared(e->ref);
    else
        error_at(e->ref->loc, "4.1.3(4)", "the prefix of an expanded name of operator %s must denote a package",
                 token_name(e->op));
    e->ref = NULL;
    return NULL;
}

static bool user_operator(Node *e, Type *expected)
{
    Entity *pkg = operator_package(e);
    Vec cands = pkg ? select_in_package(pkg, operator_ident(e->op)) : lookup_all(operator_ident(e->op));
    if (!cands.len)
        return false;
    Vec args = {0};
    vec_push(&args, e->left);
    if (e->right)
        vec_push(&args, e->right);
    Node *order[2];
    int viable = 0;
    for (int i = 0; i < cands.len; i++) {
        Entity *s = cands.data[i];
        if (s->kind == E_FUNCTION && s->params.len == args.len && match_actuals(s, &args, order, true)
            && (!expected || type_covers(type_full(expected), type_full(s->type))))
            viable++;
    }
    if (!viable)
        return false;
    if (expected && predefined_also_fits(e, &cands, expected)) {
        error_at(e->loc, "8.6(31)", "the operator %s is ambiguous here: a user-defined %s and the predefined %s "
                 "of '%s' both fit; qualify an operand, e.g. %s'(...)", token_name(e->op), token_name(e->op),
                 token_name(e->op), type_name(expected), type_name(expected));
        for (int i = 0; i < cands.len; i++) {
            Entity *s = cands.data[i];
            if (s->kind == E_FUNCTION && s->loc.file)
                note_at(s->loc, "the user-defined %s is declared here", token_name(e->op));
        }
        analyse(e->left, expected);      /* as the predefined operator's operands: no cascade */
        analyse(e->right, expected);
        return true;
    }
    Node *name = node_new(N_STRING_LIT, e->loc);
    name->text = e->op == T_NE ? "\"/=\"" : "op";
    Type *t = resolve_call(e, name, cands, &args, expected, false);
    (void)t;
    return true;
}

/* The common type of two operands of a predefined operator (4.5). */
extern Vec all_access_types;

/* The one named access type, among those declared, whose designated type
 * is the type of allocator A's subtype mark; NULL if none or several. */
static Type *allocator_type_from_mark(Node *a)
{
    while (a->kind == N_PAREN)
        a = a->expr;
    if (a->kind != N_ALLOCATOR)
        return NULL;
    Node *mark = a->expr ? a->expr->type : a->type ? a->type->expr : NULL;
    while (mark && mark->kind == N_APPLY)
        mark = mark->expr;
    if (!mark || !is_subtype_mark_node(mark))
        return NULL;
    Type *t = type_full(((Entity *)name_candidates(mark).data[0])->type);
    Type *found = NULL;
    for (int i = 0; i < all_access_types.len; i++) {
        Type *acc = all_access_types.data[i];
        if (!acc->ent || !acc->designated || !same_type(type_full(acc->designated), t))
            continue;
        if (found && found != acc)
            return NULL;
        found = acc;
    }
    return found;
}

/* Whether N, alone, would be ambiguous: a name (or call) of functions or
 * enumeration literals whose results are of different types.  Its
 * operator's other operand or the context picks the type (8.6(22)). */
static bool ambiguous_alone(Node *n)
{
    while (n->kind == N_PAREN)
        n = n->expr;
    Node *name = n->kind == N_APPLY ? n->expr : n;
    if (name->kind != N_IDENT && name->kind != N_SELECTED)
        return false;
    Vec c = name_candidates(name);
    Type *first = NULL;
    bool differ = false;
    for (int i = 0; i < c.len; i++) {
        Entity *e = c.data[i];
        if (e->kind != E_FUNCTION && e->kind != E_ENUM_LIT)
            return false;
        Type *rt = e->type ? type_full(e->type) : NULL;
        if (!rt)
            return false;
        if (!first)
            first = rt;
        else if (!same_type(first, rt))
            differ = true;
    }
    return differ;
}

static Type *operand_type(Node *l, Node *r, Type *expected)
{
    bool la = ambiguous_alone(l), ra = r && ambiguous_alone(r);
    if (la || ra) {
        /* the other operand gives the type, else the context (8.6(22)):
         * G = A'(1), Id (G) + 1 where a B is expected */
        Node *other = la ? r : l;
        if (other && !(la && ra) && !is_context_typed(other)) {
            Type *ot = analyse(other, NULL);
            if (ot && ot->kind != TY_UNIV_INT && ot->kind != TY_UNIV_REAL)
                return ot;
        }
        if (expected)
            return expected;
    }
    if (is_context_typed(l) && (!r || is_context_typed(r))) {
        Type *t = allocator_type_from_mark(l);
        if (!t && r)
            t = allocator_type_from_mark(r);
        if (t)
            return t;
    }
    Type *lt = is_context_typed(l) || l->kind == N_BINARY || l->kind == N_UNARY ? NULL : analyse(l, NULL);
    Type *rt = r && !(is_context_typed(r) || r->kind == N_BINARY || r->kind == N_UNARY) ? analyse(r, NULL) : NULL;
    if (lt && lt->kind != TY_UNIV_INT && lt->kind != TY_UNIV_REAL)
        return lt;
    if (rt && rt->kind != TY_UNIV_INT && rt->kind != TY_UNIV_REAL)
        return rt;
    if (expected)
        return expected;
    /* both sides universal or nested operators: look deeper */
    if (!lt && (l->kind == N_BINARY || l->kind == N_UNARY || l->kind == N_PAREN)) {
        Type *t = analyse(l, NULL);
        if (t && t->kind != TY_UNIV_INT && t->kind != TY_UNIV_REAL)
            return t;
        lt = t;
    }
    if (r && !rt && (r->kind == N_BINARY || r->kind == N_UNARY || r->kind == N_PAREN)) {
        Type *t = analyse(r, NULL);
        if (t && t->kind != TY_UNIV_INT && t->kind != TY_UNIV_REAL)
            return t;
        rt = t;
    }
    if (lt)
        return lt;
    if (rt)
        return rt;
    if (l->kind == N_INT_LIT)
        return std.univ_int;
    if (l->kind == N_REAL_LIT)
        return std.univ_real;
    return NULL;
}

/* A one-dimensional array of Booleans: the logical operators apply to it
 * component by component (4.5.1(3), 4.5.6(3)). */
static bool boolean_array(Type *t)
{
    t = type_full(t);
    return t && t->kind == TY_ARRAY && t->indexes.len == 1 && type_full(t->component)->is_boolean;
}

/* The predefined operator of OP for type T is used: it must be directly
 * visible (8.4(8/3)); within an instance, the generic's check stands. */
static void check_operator_visible(Node *e, Type *t)
{
    if (!t || t->kind == TY_UNIV_INT || t->kind == TY_UNIV_REAL)
        return;
    Type *ft = type_full(t);
    Entity *region = ft->is_classwide && ft->specific ? type_full(ft->specific)->base->region : ft->base->region;
    if (e->ref && e->ref->ent) {
        /* P."+" (A, B): the predefined operator is declared with the type */
        if (region != e->ref->ent)
            error_at(e->loc, "4.1.3(10)", "the predefined operator %s of type '%s' is not declared in package '%s'",
                     token_name(e->op), type_name(t), entity_name(e->ref->ent));
        return;
    }
    if (diag_in_instance() || predefined_ops_visible(t))
        return;
    error_at(e->loc, "8.4(8/3)", "the predefined operator %s of type '%s' is not directly visible here: "
             "it is declared in '%s'; add 'use type' for the type or 'use %s'",
             token_name(e->op), type_name(t), entity_name(region), entity_name(region));
}

static Type *binary(Node *e, Type *expected)
{
    int op = e->op;
    if (user_operator(e, (op == '=' || op == T_NE || op == '<' || op == T_LE || op == '>' || op == T_GE) ? NULL : expected))
        return e->ty;
    bool relational = op == '=' || op == T_NE || op == '<' || op == T_LE || op == '>' || op == T_GE;
    if (op == '&') {
        Type *t = expected && type_full(expected)->kind == TY_ARRAY ? expected : std.string;
        Type *ct = type_full(t)->component;
        Type *lt = analyse(e->left, e->left->kind == N_CHAR_LIT ? ct : t);
        Type *rt = analyse(e->right, e->right->kind == N_CHAR_LIT ? ct : t);
        if (lt && !same_type(type_full(lt), ct))
            sema_convert(e->left, type_full(t)->base);
        if (rt && !same_type(type_full(rt), ct))
            sema_convert(e->right, type_full(t)->base);
        check_operator_visible(e, t);
        return e->ty = type_full(t)->base;
    }
    Type *ctx = relational ? NULL : expected;
    if (ctx && !type_is_scalar(type_full(ctx)) && !(op == T_AND || op == T_OR || op == T_XOR))
        ctx = NULL;
    /* the right operand of ** is a Natural: the type comes from the left
     * operand and the context only (4.5.6(7)) */
    int errors = diag_error_count();
    Type *t = operand_type(e->left, op == T_EXPON ? NULL : e->right, ctx);
    if (!t) {
        analyse(e->left, NULL);
        analyse(e->right, NULL);
        if (diag_error_count() == errors     /* "a" / "b": found by make fuzz */
            && !names_unsupported(e->left) && !names_unsupported(e->right))
            error_at(e->loc, "4.5(8)", "no predefined operator %s for these operands", token_name(op));
        return NULL;
    }
    t = type_full(t);
    Type *bt = t->kind == TY_UNIV_INT || t->kind == TY_UNIV_REAL ? t : t->base;
    if (op == T_EXPON) {
        analyse(e->left, bt);
        sema_convert(e->left, bt);
        analyse(e->right, std.natural);
        sema_convert(e->right, std.natural);
    } else {
        analyse(e->left, bt);
        analyse(e->right, bt);
        sema_convert(e->left, bt);
        sema_convert(e->right, bt);
    }
    check_operator_visible(e, t);
    if (relational) {
        bool ok = op == '=' || op == T_NE ? !bt->limited : type_is_scalar(bt) || (bt->kind == TY_ARRAY && type_is_discrete(bt->component));
        if (!ok)
            error_at(e->loc, "4.5.2(2)", "no predefined operator %s for type '%s'", token_name(op), type_name(bt));
        return e->ty = std.boolean;
    }
    if (op == T_AND || op == T_OR || op == T_XOR) {
        if (!bt->is_boolean && bt->kind != TY_MODULAR && !boolean_array(bt))
            error_at(e->loc, "4.5.1(2)", "no predefined operator %s for type '%s'", token_name(op), type_name(bt));
        return e->ty = bt;
    }
    if (!type_is_numeric(bt)) {
        error_at(e->loc, "4.5.3(1)", "no predefined operator %s for type '%s'", token_name(op), type_name(bt));
        return NULL;
    }
    if ((op == T_MOD || op == T_REM) && !type_is_integer(bt)) {
        error_at(e->loc, "4.5.5(1)", "mod and rem are defined for integer types only");
        return NULL;
    }
    if (bt->kind == TY_SIGNED)
        e->checks |= CHK_OVERFLOW;
    if (op == '/' || op == T_MOD || op == T_REM)
        e->checks |= CHK_DIVIDE;
    return e->ty = bt;
}

static Type *unary(Node *e, Type *expected)
{
    if (user_operator(e, expected))
        return e->ty;
    Type *t = operand_type(e->left, NULL, expected && type_is_scalar(type_full(expected)) ? expected : NULL);
    if (!t) {
        analyse(e->left, NULL);
        return NULL;
    }
    t = type_full(t);
    Type *bt = t->kind == TY_UNIV_INT || t->kind == TY_UNIV_REAL ? t : t->base;
    analyse(e->left, bt);
    sema_convert(e->left, bt);
    check_operator_visible(e, t);
    if (e->op == T_NOT) {
        if (!bt->is_boolean && bt->kind != TY_MODULAR && !boolean_array(bt))
            error_at(e->loc, "4.5.6(1)", "no predefined operator not for type '%s'", type_name(bt));
        return e->ty = bt;
    }
    if (!type_is_numeric(bt)) {
        error_at(e->loc, "4.5.4(1)", "no predefined operator %s for type '%s'", token_name(e->op), type_name(bt));
        return NULL;
    }
    if (bt->kind == TY_SIGNED && e->op != '+')
        e->checks |= CHK_OVERFLOW;
    return e->ty = bt;
}

/* ---- aggregates (4.3) ---------------------------------------------------------- */

static void array_aggregate_dim(Node *e, Type *t, int dim);
static void check_array_choices(Node *e, Type *t, int dim);

/* Is component C in the variants that the discriminant values GIVEN so
 * far select?  True when a value is missing or not static: what follows
 * in aggregate() reports that. */
static bool in_selected_variant(Entity *c, Node **given)
{
    for (int k = 0; k < c->variant_path.len; k++) {
        Node *arm = c->variant_path.data[k];
        Entity *d = arm->ent;
        Node *dv = given[d->pos];
        if (!dv || dv->kind == N_OTHERS || (dv->flags & NF_BOX))
            return true;
        analyse(dv, d->type);
        int64_t v;
        if (!eval_static_int64(dv, &v))
            return true;
        if (!variant_selected(arm, v))
            return false;
    }
    return true;
}

static Type *aggregate(Node *e, Type *expected)
{
    if (!expected) {
        error_at(e->loc, "4.3(3/2)", "the type of an aggregate must be determined by its context");
        return NULL;
    }
    if ((expected->kind == TY_PRIVATE || expected->partial_view) && !full_view_visible(expected)) {
        error_at(e->loc, "4.3(3/2)", "an aggregate cannot be of the private type '%s': its full view is not visible here",
                 type_name(expected));
        return NULL;
    }
    Type *t = type_full(expected);
    if (t->kind == TY_RECORD) {
        Vec comps = t->components;
        Node **given = arena_alloc(sizeof(Node *) * (size_t)(comps.len + 1));
        Type *anc_type = NULL;    /* the type of the ancestor part, whose components it gives */
#define FROM_ANCESTOR(j) (anc_type && sema_from_ancestor(t, (j), anc_type))
        if (t->is_classwide) {
            error_at(e->loc, "4.3(3/2)", "an aggregate cannot be of the class-wide type '%s'", type_name(t));
            return NULL;
        }
        if (!e->expr && t->tagged) {
            /* 4.3.1(14): a record extension only through record
             * extensions: an ancestor whose full view is not visible here
             * gives its components by an extension aggregate */
            for (Type *p = t->parent ? type_full(t->parent)->base : NULL; p; p = p->parent ? type_full(p->parent)->base : NULL) {
                Type *view = p->ent ? p->ent->type : NULL;   /* a private type's entity denotes its partial view */
                if (view && view != p && view->kind == TY_PRIVATE && !full_view_visible(view)) {
                    error_at(e->loc, "4.3.1(14)", "the ancestor '%s' of '%s' is a private type here, so a record aggregate "
                             "cannot give its components: write an extension aggregate, (%s with ...)",
                             type_name(view), type_name(t), type_name(view));
                    return NULL;
                }
            }
        }
        if (e->expr) {
            /* an extension aggregate (4.3.2): the ancestor part gives the
             * components of its type, the associations the others */
            Type *at;
            if (is_subtype_mark_node(e->expr))
                at = sema_subtype_mark(e->expr);
            else
                at = analyse(e->expr, NULL);
            at = at ? type_full(at) : NULL;
            if (!at)
                return NULL;
            if (!t->tagged || at->is_classwide || !is_descendant(t, at) || at->base == t->base) {
                error_at(e->expr->loc, "4.3.2(5/3)", "the ancestor part must be of a tagged type from which '%s' is derived", type_name(t));
                return NULL;
            }
            anc_type = type_full(at);
        }
        int pos = 0;
        for (int i = 0; i < e->list.len; i++) {
            Node *a = e->list.data[i];
            if (a->kind != N_ASSOC) {
                /* positional: the next component the discriminants
                 * (given first) select (4.3.1(9)) */
                while (pos < comps.len && (FROM_ANCESTOR(pos)
                                           || (pos >= t->n_discr && !in_selected_variant(comps.data[pos], given))))
                    pos++;
                if (pos >= comps.len) {
                    error_at(a->loc, "4.3.1(9)", "too many components in the aggregate of type '%s'", type_name(t));
                    return NULL;
                }
                given[pos++] = a;
                continue;
            }
            Type *assoc_type = NULL;   /* 4.3.1(16/3): one type per association */
            bool mixed = false;
            int covered = 0;
            for (int k = 0; k < a->list.len; k++) {
                Node *ch = a->list.data[k];
                int found = -1;
                if (ch->kind == N_OTHERS) {
                    for (int j = 0; j < comps.len; j++)
                        if (!given[j] && !FROM_ANCESTOR(j)) {
                            given[j] = a->flags & NF_BOX ? ch : a->expr;
                            Type *ct = type_full(((Entity *)comps.data[j])->type);
                            if (assoc_type && ct && !same_type(assoc_type, ct))
                                mixed = true;
                            if (ct)
                                assoc_type = ct;
                            covered++;
                        }
                    if (!covered)
                        error_at(ch->loc, "4.3.1(16/3)", "'others' stands for no component here: every component is already given");
                    continue;
                }
                for (int j = 0; j < comps.len; j++)
                    if (ch->kind == N_IDENT && ((Entity *)comps.data[j])->id == ch->id && !FROM_ANCESTOR(j))
                        found = j;
                if (found < 0) {
                    error_at(ch->loc, "4.3.1(10)", "'%s' is not a component of type '%s'", ch->text ? ch->text : "?", type_name(t));
                    continue;
                }
                if (given[found])
                    error_at(ch->loc, "4.3.1(17)", "component '%s' is given twice", ch->text);
                if (a->flags & NF_BOX)
                    ch->flags |= NF_BOX;   /* Comp => <>: its default (4.3.1(19.1/2)) */
                given[found] = a->flags & NF_BOX ? ch : a->expr;
                ch->ent = comps.data[found];
                Type *ct = type_full(((Entity *)comps.data[found])->type);
                if (assoc_type && ct && !same_type(assoc_type, ct))
                    mixed = true;
                if (ct)
                    assoc_type = ct;
                covered++;
            }
            if (mixed && !(a->flags & NF_BOX))
                error_at(a->loc, "4.3.1(16/3)", "the components of one association must all be of the same type: give each type its own association");
        }
        /* the discriminants first: they select the variants whose
         * components the aggregate needs (4.3.1(9), (17/3)) */
        for (int j = 0; j < t->n_discr; j++) {
            Entity *c = comps.data[j];
            if (given[j] && given[j]->kind != N_OTHERS && !(given[j]->flags & NF_BOX)) {
                analyse(given[j], c->type);
                sema_convert(given[j], c->type);
            }
        }
        for (int j = t->n_discr; j < comps.len; j++) {
            if (FROM_ANCESTOR(j))
                continue;
            Entity *c = comps.data[j];
            bool needed = true;
            for (int k = 0; k < c->variant_path.len && needed; k++) {
                Node *arm = c->variant_path.data[k];
                Node *dv = given[arm->ent->pos];
                int64_t v;
                if (!dv || !eval_static_int64(dv, &v)) {
                    if (dv)
                        error_at(dv->loc, "4.3.1(17/3)", "the value of discriminant '%s' governs a variant part: it must be static in an aggregate",
                                 entity_name(arm->ent));
                    needed = false;
                    given[j] = NULL;
                    break;
                }
                needed = variant_selected(arm, v);
            }
            if (!needed) {
                if (given[j] && given[j]->kind != N_OTHERS)
                    error_at(given[j]->loc, "4.3.1(9)", "component '%s' is not in the variant the discriminants select", entity_name(c));
                given[j] = NULL;
            } else if (!given[j] && c->variant_path.len) {
                error_at(e->loc, "4.3.1(17)", "the aggregate gives no value for component '%s'", entity_name(c));
            }
        }
        for (int j = 0; j < comps.len; j++) {
            if (FROM_ANCESTOR(j))
                continue;
            Entity *c = comps.data[j];
            if (!given[j]) {
                bool in_variant = c->variant_path.len > 0;
                if (!in_variant)
                    error_at(e->loc, "4.3.1(17)", "the aggregate gives no value for component '%s'", entity_name(c));
                continue;
            }
            if (j < t->n_discr)
                continue;
            if (given[j]->kind == N_IDENT && (given[j]->flags & NF_BOX))
                continue;
            if (given[j]->kind != N_OTHERS) {
                analyse(given[j], c->type);
                sema_convert(given[j], c->type);
            }
        }
#undef FROM_ANCESTOR
        e->sem = given;
        return e->ty = expected;
    }
    if (t->kind == TY_ARRAY) {
        array_aggregate_dim(e, t, 0);
        return e->ty = expected;
    }
    if (t->unsupported)
        return expected;           /* refused already: no cascade */
    error_at(e->loc, "4.3(3/2)", "an aggregate cannot be of type '%s'", type_name(t));
    return NULL;
}

bool sema_from_ancestor(Type *t, int i, Type *at)
{
    Entity *c = type_full(t)->components.data[i];
    at = type_full(at);
    for (int k = 0; k < at->components.len; k++)
        if (((Entity *)at->components.data[k])->id == c->id)
            return true;
    return false;
}

/* The associations of an array aggregate for dimension DIM of T (4.3.3):
 * the components of the last dimension are expressions, those of the
 * others sub-aggregates (or string literals), marked with their dimension
 * in Node.op (counting from 1). */
static void array_aggregate_dim(Node *e, Type *t, int dim)
{
    {
        Type *ct = t->component;
        int others = 0;
        for (int i = 0; i < e->list.len; i++) {
            Node *a = e->list.data[i];
            if (a->kind == N_ASSOC && a->list.len == 1 && ((Node *)a->list.data[0])->kind == N_OTHERS) {
                others++;
                if (i != e->list.len - 1)
                    error_at(a->loc, "4.3.3(6)", "'others' must come last in an array aggregate");
            } else if (a->kind == N_ASSOC) {
                for (int k = 0; k < a->list.len; k++)
                    if (((Node *)a->list.data[k])->kind == N_OTHERS)
                        error_at(a->loc, "4.3.3(6)", "'others' must be the only choice of its association");
            }
        }
        if (others && !t->constrained && dim == 0 && !(e->flags & NF_TARGET_BOUNDS))
            error_at(e->loc, "4.3.3(10/3)", "an array aggregate with 'others' needs an applicable index constraint: '%s' is unconstrained here",
                     type_name(t));
        for (int i = 0; i < e->list.len; i++) {
            Node *a = e->list.data[i];
            Node *v = a->kind == N_ASSOC ? a->expr : a;
            if (a->kind == N_ASSOC) {
                Type *ix = t->indexes.data[dim];
                for (int k = 0; k < a->list.len; k++) {
                    Node *ch = a->list.data[k];
                    if (ch->kind == N_OTHERS)
                        continue;
                    if (ch->kind == N_RANGE) {
                        analyse(ch->left, ix->base);
                        analyse(ch->right, ix->base);
                        sema_convert(ch->left, ix->base);
                        sema_convert(ch->right, ix->base);
                    } else {
                        analyse(ch, ix->base);
                        sema_convert(ch, ix->base);
                    }
                }
            }
            if (!v)
                continue;
            if (dim + 1 < t->indexes.len) {
                Node *sub = v;
                while (sub->kind == N_PAREN)
                    sub = sub->expr;
                if (sub->kind == N_AGGREGATE) {
                    sub->ty = t;
                    sub->op = dim + 2;          /* the dimension it gives, from 1 */
                    sub->flags |= NF_ANALYSED;
                    array_aggregate_dim(sub, t, dim + 1);
                } else if (sub->kind == N_STRING_LIT && dim + 2 == t->indexes.len) {
                    sub->ty = t;
                    sub->op = dim + 2;
                } else {
                    error_at(v->loc, "4.3.3(3)", "a component of a %d-dimensional array aggregate must be a %d-dimensional aggregate",
                             t->indexes.len - dim, t->indexes.len - dim - 1);
                }
                continue;
            }
            analyse(v, ct);
            sema_convert(v, ct);
        }
        check_array_choices(e, t, dim);
    }
}

/* The legality of the choices of an array aggregate (4.3.3(3), (14-18)):
 * positional and named associations do not mix; a nonstatic choice or a
 * null range must be the only choice of the aggregate; static choices may
 * not overlap and, without others, must cover a contiguous range. */
static void check_array_choices(Node *e, Type *t, int dim)
{
    int npos = 0, nnamed = 0, nchoices = 0;
    bool nonstatic = false, null_range = false;
    Loc bad = e->loc;
    int64_t *lo = NULL, *hi = NULL;
    int n = 0, cap = 0;
    bool others = false;
    for (int i = 0; i < e->list.len; i++) {
        Node *a = e->list.data[i];
        if (a->kind != N_ASSOC) {
            npos++;
            continue;
        }
        if (a->list.len == 1 && ((Node *)a->list.data[0])->kind == N_OTHERS) {
            others = true;
            continue;
        }
        nnamed++;
        for (int k = 0; k < a->list.len; k++) {
            Node *c = a->list.data[k];
            int64_t l, h;
            bool st;
            nchoices++;
            if (c->kind == N_RANGE)
                st = eval_static_int64(c->left, &l) && eval_static_int64(c->right, &h);
            else if (c->ty && c->ent && c->ent->kind == E_TYPE) {
                Type *ct = type_full(c->ty);
                st = ct->static_bounds;
                l = ct->lo;
                h = ct->hi;
            } else {
                st = eval_static_int64(c, &l);
                h = l;
            }
            if (!st) {
                nonstatic = true;
                bad = c->loc;
                continue;
            }
            if (l > h) {
                null_range = true;
                bad = c->loc;
                continue;
            }
            if (n == cap) {
                cap = cap ? cap * 2 : 8;
                int64_t *nl = arena_alloc(sizeof(int64_t) * (size_t)cap), *nh = arena_alloc(sizeof(int64_t) * (size_t)cap);
                for (int j = 0; j < n; j++) {
                    nl[j] = lo[j];
                    nh[j] = hi[j];
                }
                lo = nl;
                hi = nh;
            }
            lo[n] = l;
            hi[n] = h;
            n++;
        }
    }
    if (npos && nnamed) {
        error_at(e->loc, "4.3.3(3)", "an array aggregate is either positional or named: it cannot mix the two (only 'others' may follow positional components)");
        return;
    }
    if ((nonstatic || null_range) && (nchoices > 1 || others)) {
        error_at(bad, "4.3.3(14)", nonstatic ? "a nonstatic choice must be the only choice of an array aggregate"
                                              : "a null range must be the only choice of an array aggregate");
        return;
    }
    /* sort the static choices and look for overlaps and gaps (4.3.3(17-18)) */
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && lo[j] < lo[j - 1]; j--) {
            int64_t tl = lo[j], th = hi[j];
            lo[j] = lo[j - 1];
            hi[j] = hi[j - 1];
            lo[j - 1] = tl;
            hi[j - 1] = th;
        }
    for (int i = 1; i < n; i++) {
        if (lo[i] <= hi[i - 1]) {
            error_at(e->loc, "4.3.3(17)", "the choices of this array aggregate overlap (value %lld is given twice)", (long long)lo[i]);
            return;
        }
        if (!others && lo[i] != hi[i - 1] + 1) {
            error_at(e->loc, "4.3.3(18/3)", "the choices of this array aggregate leave a gap: %lld .. %lld are missing",
                     (long long)(hi[i - 1] + 1), (long long)(lo[i] - 1));
            return;
        }
    }
    (void)t;
    (void)dim;
}

/* ---- allocators (4.8) -------------------------------------------------------------- */

bool is_definite(Type *t)
{
    t = type_full(t);
    if (t->is_classwide)
        return false;            /* 3.3(23/3): T'Class is indefinite */
    if (t->kind == TY_RECORD && t->n_discr && !t->discr_defaults && !t->discr_values.len)
        return false;
    return !(t->kind == TY_ARRAY && !t->constrained);
}

/* 3.9.3(8/3): no object (declared, allocated, or an aggregate) is of an
 * abstract type; reported at LOC for the object described by WHAT. */
bool sema_check_not_abstract(Type *t, Loc loc, const char *what)
{
    Type *f = t ? type_full(t) : NULL;
    if (!f || f->is_classwide || !(f->base->is_abstract || (t->kind == TY_PRIVATE && t->is_abstract)))
        return true;
    error_at(loc, "3.9.3(8/3)", "%s cannot be of the abstract type '%s'", what, type_name(t));
    if (f->base->ent && f->base->ent->loc.file)
        note_at(f->base->ent->loc, "'%s' is declared abstract here", type_name(f->base));
    return false;
}

/* 4.8(5.3/3), 3.10.2(12.1/2): an access discriminant of an allocated
 * object given as X'Access has X's level, which must not be statically
 * deeper than the allocator's type ACC; given as an access parameter or a
 * stand-alone object, its level is checked at run time (4.8(10.1/3):
 * CHK_ACCESSIBILITY on allocator E). */
static void access_discriminant_level(Node *e, Node *v, Type *acc)
{
    if (v && v->kind == N_ASSOC)
        v = v->expr;
    while (v && v->kind == N_PAREN)
        v = v->expr;
    if (v && sema_dynamic_level(v)) {
        e->checks |= CHK_ACCESSIBILITY;
        return;
    }
    if (!v || v->kind != N_ATTRIBUTE || !v->id || strcmp(v->id->name, "access"))
        return;
    int level = object_level(v->expr);
    if (level > acc->base->level)
        error_at(v->loc, "4.8(5.3/3)", "the access discriminant designates an object at level %d, deeper than the "
                 "access type '%s' (level %d): the allocated object would outlive it", level, type_name(acc),
                 acc->base->level);
}

/* 4.8(5.3/3), 3.10.2(12.4/3): the access discriminants of an allocated
 * object whose value is an object X of unconstrained nominal subtype have
 * X's level, which must not be statically deeper than the allocator's
 * type ACC (whatever they designate). */
static void object_discriminant_level(Node *x, Type *rt, Type *acc)
{
    bool access_discr = false;
    for (int i = 0; i < rt->n_discr && i < rt->base->components.len; i++) {
        Entity *c = rt->base->components.data[i];
        Type *ct = c->type ? type_full(c->type) : NULL;
        access_discr |= ct && ct->kind == TY_ACCESS && (ct->aflags & AF_ANONYMOUS);
    }
    if (!access_discr)
        return;
    const Node *root = x;
    while (root->kind == N_SELECTED && root->ent && root->ent->kind == E_COMPONENT)
        root = root->expr;
    if ((x->kind != N_IDENT && x->kind != N_SELECTED) || !x->ent
        || !(x->ent->kind == E_VARIABLE || x->ent->kind == E_CONSTANT || x->ent->kind == E_COMPONENT)
        || root->kind == N_DEREF || (root->ty && type_full(root->ty)->kind == TY_ACCESS)
        || !root->ent || root->ent->kind == E_PARAM || root->ent->renamed)
        return;                       /* (a formal parameter: as GNAT, no static check) */
    if (x->ent->type && type_full(x->ent->type)->discr_values.len)
        return;                       /* a constrained nominal subtype */
    int level = object_level(x);
    if (level > acc->base->level)
        error_at(x->loc, "4.8(5.3/3)", "the access discriminants of the allocated object have the level of '%s' "
                 "(level %d, 3.10.2(12.4/3)), deeper than the access type '%s' (level %d): the allocated object would outlive it",
                 spelled(x), level, type_name(acc), acc->base->level);
}

static Type *allocator(Node *e, Type *expected)
{
    if (!expected || type_full(expected)->kind != TY_ACCESS) {
        error_at(e->loc, "4.8(3/3)", expected ? "an allocator is not allowed here: the expected type '%s' is not an access type"
                                              : "the type of an allocator must be determined by its context: it needs an expected access type%s",
                 expected ? type_name(expected) : "");
        if (e->expr)
            analyse(e->expr, NULL);
        return NULL;
    }
    Type *acc = type_full(expected);
    Type *d = type_full(acc->designated);
    if (acc->base->storage_size_zero)
        error_at(e->loc, "4.8(5.4/3)", "no allocator can be of the access type '%s': its Storage_Size is zero",
                 type_name(expected));
    if (e->left) {
        /* 4.8(3/3): the handle is of a type descended from Subpool_Handle;
         * 4.8(5.1/3): the access type's pool must have subpools */
        Entity *sh = library_predefined("system.storage_pools.subpools", "subpool_handle", e->left->loc);
        Entity *rsp = library_predefined("system.storage_pools.subpools", "root_storage_pool_with_subpools", e->left->loc);
        Type *ht = sh ? analyse(e->left, sh->type) : NULL;
        bool bad_handle = ht && !is_descendant(type_full(ht)->base, type_full(sh->type)->base);
        if (bad_handle)
            error_at(e->left->loc, "4.8(3/3)", "a subpool handle is of a type descended from "
                     "System.Storage_Pools.Subpools.Subpool_Handle, not '%s'", type_name(ht));
        else if (ht)
            sema_convert(e->left, sh->type);
        Node *pool = acc->base->storage_pool;
        Type *pt = pool && pool->ty ? type_full(pool->ty) : NULL;
        if (pt && pt->is_classwide)
            pt = type_full(pt->specific);
        if (!bad_handle && rsp && (!pt || !is_descendant(pt->base, type_full(rsp->type)->base)))
            error_at(e->left->loc, "4.8(5.1/3)", "'%s' has no pool with subpools: the storage pool of an access "
                     "type allocated from a subpool is a descendant of Root_Storage_Pool_With_Subpools", type_name(expected));
    }
    if (e->expr) {
        /* initialized allocator: new T'(X) */
        Node *q = e->expr;
        Type *qt = analyse(q, NULL);
        if (qt && !sema_check_not_abstract(qt, q->loc, "the allocated object"))
            return NULL;
        if (qt && d && !same_type(type_full(qt), d) && !(d->is_classwide && type_covers(d, type_full(qt)))) {
            error_at(q->loc, "4.8(3/3)", "the allocator's type '%s' is not the designated type '%s' of '%s'",
                     type_name(qt), type_name(d), type_name(expected));
            return NULL;
        }
        if (qt && d && d->is_classwide) {
            /* 4.8(5.2/3): the specific type of the value may not be
             * statically deeper than the access type (else 4.8(10.1/3)
             * checks its tag at run time) */
            Type *spec = type_full(qt);
            if (spec->is_classwide)
                spec = type_full(spec->specific);       /* T'Class has T's level */
            if (spec->base->level > acc->base->level)
                error_at(q->loc, "4.8(5.2/3)", "the type '%s' of the allocated object is declared deeper (level %d) than the access type '%s' (level %d): the object would outlive its type",
                         type_name(qt), spec->base->level, type_name(expected), acc->base->level);
        }
        /* 4.8(10/2): the value is converted to the designated subtype of
         * the allocator's type; an access subtype's constraint on the
         * designated object is then checked as in a conversion (4.6(51/3)) */
        if (qt)
            sema_convert(q, acc->base->designated);
        Node *agg = q;
        while (agg->kind == N_QUALIFIED || agg->kind == N_PAREN)
            agg = agg->expr;
        Type *at = qt ? type_full(qt) : NULL;
        if (agg->kind == N_AGGREGATE && agg->sem && at && at->kind == TY_RECORD)
            for (int i = 0; i < at->n_discr; i++)
                access_discriminant_level(e, ((Node **)agg->sem)[i], acc);
        else if (at && at->kind == TY_RECORD)
            object_discriminant_level(agg, at, acc);
        Type *bd = type_full(acc->base->designated);
        if (acc != acc->base && d != bd && ((d->kind == TY_ARRAY && d->constrained) || d->discr_values.len)) {
            e->checks |= CHK_DISCRIMINANT;
            e->target = acc;
        }
    } else {
        /* uninitialized allocator: new T */
        Node *si = e->type;
        Type *st = sema_subtype_ind(si);
        if (si->flags & NF_NOT_NULL) {
            error_at(si->loc, "4.8(2.2/3)", "the subtype indication of an uninitialized allocator cannot have a null exclusion");
        }
        if (!st)
            return NULL;
        if (!sema_check_not_abstract(st, si->loc, "the allocated object"))
            return NULL;
        if (d && !same_type(type_full(st), d) && !(d->is_classwide && type_covers(d, type_full(st)))) {
            error_at(si->loc, "4.8(3/3)", "the allocator's subtype '%s' is not of the designated type '%s' of '%s'",
                     type_name(st), type_name(d), type_name(expected));
            return NULL;
        }
        if (d && d->is_classwide) {
            /* 4.8(5.2/3), as for an initialized allocator */
            Type *spec = type_full(st);
            if (!spec->is_classwide && spec->base->level > acc->base->level)
                error_at(si->loc, "4.8(5.2/3)", "the type '%s' of the allocated object is declared deeper (level %d) than the access type '%s' (level %d): the object would outlive its type",
                         type_name(st), spec->base->level, type_name(expected), acc->base->level);
        }
        if (acc->aflags & AF_CONSTANT)
            error_at(e->loc, "4.8(5/2)", "an allocator of the access-to-constant type '%s' must be initialized: write new %s'(...)",
                     type_name(expected), type_name(st));
        if (!is_definite(st))
            error_at(si->loc, "4.8(4)", type_full(st)->kind == TY_ARRAY
                     ? "an uninitialized allocator needs a definite subtype: '%s' is an unconstrained array subtype; give its bounds"
                     : "an uninitialized allocator needs a definite subtype: '%s' has discriminants without defaults; give their values",
                     type_name(st));
        if (si->expr->kind == N_APPLY && si->expr->op == APPLY_CONSTRAINT && type_full(st)->kind == TY_RECORD)
            for (int i = 0; i < si->expr->list.len; i++)
                access_discriminant_level(e, si->expr->list.data[i], acc);
        if (si->expr->kind == N_APPLY && si->expr->op == APPLY_CONSTRAINT && type_full(st)->kind == TY_ACCESS)
            error_at(si->loc, "4.8(4)", "a constraint is permitted only for an unconstrained composite subtype, and '%s' is an access subtype", type_name(st));

    }
    return e->ty = expected;
}

/* ---- the dispatcher ------------------------------------------------------------------------ */

static Type *ident(Node *e, Type *expected)
{
    Vec c = name_candidates(e);
    if (!c.len) {
        if (e->kind == N_IDENT)
            sema_undeclared(e);
        return NULL;
    }
    Entity *first = c.data[0];
    if (is_subprogram(first)) {
        /* an enumeration literal or a parameterless function call */
        Vec fits = {0};
        for (int i = 0; i < c.len; i++) {
            Entity *s = c.data[i];
            if (s->kind == E_PROCEDURE)
                continue;
            bool params_ok = true;
            for (int k = 0; k < s->params.len; k++)
                if (!((Entity *)s->params.data[k])->init)
                    params_ok = false;
            if (!params_ok)
                continue;
            if (expected && !type_covers(type_full(expected), type_full(s->type)))
                continue;
            vec_push(&fits, s);
        }
        if (fits.len == 0) {
            if (first->kind == E_PROCEDURE)
                error_at(e->loc, "6.4(3)", "'%s' is a procedure: it has no value", entity_name(first));
            else
                error_at(e->loc, "8.6(22)", "no '%s' is of type '%s'", entity_name(first), expected ? type_name(expected) : "?");
            return NULL;
        }
        if (fits.len > 1 && !expected && want_component) {
            /* the prefix of a selected component: only the meanings
             * whose result has that component (8.6: complete context) */
            Vec with = {0};
            for (int i = 0; i < fits.len; i++) {
                Entity *s = fits.data[i];
                if (s->type && has_fitting_component(s->type, want_component, want_value))
                    vec_push(&with, s);
            }
            if (with.len)
                fits = with;
        }
        if (fits.len > 1) {
            /* prefer an enumeration literal of the expected type, else ambiguous */
            error_at(e->loc, "8.6(31)", "'%s' is ambiguous here (%d meanings); qualify it, e.g. T'(%s)", entity_name(first), fits.len, entity_name(first));
            return NULL;
        }
        Entity *s = fits.data[0];
        e->ent = s;
        if (s->kind == E_FUNCTION) {
            CallInfo *ci = arena_alloc(sizeof *ci);
            ci->controlling = -1;
            ci->subp = s;
            ci->result_level = scope_level() + 1;
            for (int k = 0; k < s->params.len; k++)
                vec_push(&ci->actuals, NULL);
            e->sem = ci;
        }
        return e->ty = s->type;
    }
    e->ent = first;
    switch (first->kind) {
    case E_VARIABLE: case E_CONSTANT: case E_PARAM: case E_LOOP_PARAM: case E_NUMBER:
        note_reference(first);
        return e->ty = first->type;
    case E_COMPONENT:
        if (first->is_discriminant)
            return e->ty = first->type;    /* within its record definition */
        error_at(e->loc, "4.1.3(3)", "the component '%s' needs a prefix here", entity_name(first));
        return NULL;
    case E_TYPE:
        error_at(e->loc, "4.4(1)", "the type '%s' is not a value here", entity_name(first));
        return NULL;
    case E_PACKAGE:
        error_at(e->loc, "4.4(1)", "the package '%s' is not a value", entity_name(first));
        return NULL;
    case E_EXCEPTION:
        error_at(e->loc, "4.4(1)", "the exception '%s' is not a value", entity_name(first));
        return NULL;
    default:
        error_at(e->loc, "4.4(1)", "'%s' is not a value", entity_name(first));
        return NULL;
    }
}

static Type *char_literal(Node *e, Type *expected)
{
    Type *t = expected ? type_full(expected) : NULL;
    if (t && t->kind == TY_ENUM && t->base->is_character) {
        if (t->base->lits.len) {
            Ident *id = char_lit_ident(e->text);
            for (int i = 0; i < t->base->lits.len; i++)
                if (((Entity *)t->base->lits.data[i])->id == id) {
                    e->ent = t->base->lits.data[i];
                    return e->ty = t->base;
                }
            error_at(e->loc, "3.5.1(5)", "%s is not a literal of type '%s'", e->text, type_name(t));
            return NULL;
        }
        return e->ty = t->base;
    }
    /* no expected character type: Standard.Character, or a visible
     * user-defined literal */
    Ident *id = char_lit_ident(e->text);
    Vec c = lookup_all(id);
    if (c.len == 1) {
        e->ent = c.data[0];
        return e->ty = e->ent->type;
    }
    return e->ty = std.character;
}

/* The exponent of numeric literal E past adac's capacity (1.1.3(2)): a
 * static value is exact (4.9(33)), so 1E999999999 would need a billion
 * digits.  Reported once, at the literal. */
static bool literal_capacity(Node *e)
{
    const char *t = e->text, *p = strpbrk(t, "#:");
    p = p ? strpbrk(p + 1, "#:") : t;        /* after a based literal's digits */
    p = p ? strpbrk(p, "eE") : NULL;
    if (!p)
        return true;
    p++;
    bool neg = *p == '-';
    if (*p == '+' || *p == '-')
        p++;
    const char *q = p;
    unsigned long v = 0;
    for (; *p; p++)
        if (*p >= '0' && *p <= '9' && v <= LITERAL_MAX_EXPONENT)
            v = v * 10 + (unsigned long)(*p - '0');
    int len = (int)(p - q);
    if (v <= LITERAL_MAX_EXPONENT)
        return true;
    error_at(e->loc, "1.1.3(2)", "the exponent %s%.*s%s of this literal is beyond adac's capacity: static values "
             "are exact, and their exponents are limited to %d", neg ? "-" : "", len > 12 ? 12 : len, q,
             len > 12 ? "..." : "", LITERAL_MAX_EXPONENT);
    return false;
}

static Type *analyse(Node *e, Type *expected)
{
    if ((e->flags & NF_ANALYSED) && !is_context_typed(e) && e->kind != N_PAREN)
        return e->ty;
    e->flags |= NF_ANALYSED;
    switch (e->kind) {
    case N_INT_LIT:
        return e->ty = literal_capacity(e) ? std.univ_int : NULL;
    case N_REAL_LIT:
        return e->ty = literal_capacity(e) ? std.univ_real : NULL;
    case N_CHAR_LIT:
        return char_literal(e, expected);
    case N_STRING_LIT: {
        Type *t = expected ? type_full(expected) : NULL;
        if (t && t->kind == TY_ARRAY && t->is_string)
            return e->ty = expected;
        if (t && !(t->kind == TY_ARRAY)) {
            error_at(e->loc, "4.2(4)", "a string literal is not a value of type '%s'", type_name(t));
            return NULL;
        }
        return e->ty = std.string;
    }
    case N_NULL_LIT: {
        Type *t = expected ? type_full(expected) : NULL;
        if (t && (t->kind == TY_ACCESS || t->unsupported))
            return e->ty = expected;
        if (t) {
            error_at(e->loc, "4.2(8)", "null is not a value of type '%s' (it is not an access type)", type_name(t));
            return NULL;
        }
        return e->ty = std.null_type;
    }
    case N_PAREN:
        return e->ty = analyse(e->expr, expected);
    case N_IDENT:
        return ident(e, expected);
    case N_SELECTED: {
        Vec c = name_candidates(e);
        if (e->expr->ent && e->expr->ent->kind == E_PACKAGE) {
            if (!c.len)
                return NULL;
            Node tmp = *e;
            (void)tmp;
            Entity *first = c.data[0];
            if (is_subprogram(first) || c.len > 1) {
                /* reuse the ident logic on the selected candidates */
                Vec fits = {0};
                for (int i = 0; i < c.len; i++) {
                    Entity *s = c.data[i];
                    if (s->kind == E_PROCEDURE)
                        continue;
                    if (expected && s->type && !type_covers(type_full(expected), type_full(s->type)))
                        continue;
                    vec_push(&fits, s);
                }
                if (fits.len != 1) {
                    error_at(e->loc, "8.6(22)", fits.len ? "'%s' is ambiguous here" : "no '%s' fits here", e->text);
                    return NULL;
                }
                e->ent = fits.data[0];
                if (e->ent->kind == E_FUNCTION) {
                    CallInfo *ci = arena_alloc(sizeof *ci);
                    ci->controlling = -1;
                    ci->subp = e->ent;
                    ci->result_level = scope_level() + 1;
                    for (int k = 0; k < e->ent->params.len; k++)
                        vec_push(&ci->actuals, NULL);
                    e->sem = ci;
                }
                return e->ty = e->ent->type;
            }
            e->ent = first;
            if (first->kind == E_TYPE || first->kind == E_PACKAGE || first->kind == E_EXCEPTION)
                return e->ty = first->type;
            note_reference(first);
            return e->ty = first->type;
        }
        return component_select(e);
    }
    case N_APPLY:
        return apply(e, expected, false);
    case N_ATTRIBUTE:
        return attribute(e, expected);
    case N_DEREF: {
        Type *t = analyse(e->expr, NULL);
        if (!t)
            return NULL;
        t = type_full(t);
        if (t->unsupported)
            return e->ty = t;             /* reported at its definition */
        if (t->kind != TY_ACCESS) {
            error_at(e->loc, "4.1(5)", "'.all' needs an access value, and this is of type '%s'", type_name(t));
            return NULL;
        }
        e->checks |= CHK_ACCESS;
        return e->ty = t->designated;
    }
    case N_QUALIFIED: {
        Type *t = sema_subtype_mark(e->type);
        if (!t)
            return NULL;
        analyse(e->expr, t);
        sema_convert(e->expr, t);
        return e->ty = t;
    }
    case N_ALLOCATOR:
        return allocator(e, expected);
    case N_BINARY:
        return binary(e, expected);
    case N_UNARY:
        return unary(e, expected);
    case N_SHORT_CIRCUIT:
        analyse(e->left, std.boolean);
        analyse(e->right, std.boolean);
        sema_convert(e->left, std.boolean);
        sema_convert(e->right, std.boolean);
        return e->ty = std.boolean;
    case N_MEMBERSHIP: {
        Type *t = analyse(e->left, NULL);
        for (int i = 0; i < e->list.len; i++) {
            Node *c = e->list.data[i];
            if (c->kind == N_RANGE) {
                analyse(c->left, t);
                analyse(c->right, t);
                sema_convert(c->left, t);
                sema_convert(c->right, t);
            } else if ((c->kind == N_IDENT || c->kind == N_SELECTED) && name_candidates(c).len == 1
                       && ((Entity *)name_candidates(c).data[0])->kind == E_TYPE) {
                Type *st = sema_subtype_mark(c);
                bool tagged_ok = st && t && type_full(t)->tagged
                    && (is_descendant(type_full(st), type_full(t)) || is_descendant(type_full(t), type_full(st)));
                if (st && t && !same_type(type_full(st), type_full(t)) && !tagged_ok)
                    error_at(c->loc, "4.5.2(3/3)", "subtype '%s' is not of the type '%s' of the tested value", type_name(st), type_name(t));
            } else if (c->kind == N_ATTRIBUTE && attr_is(c, "class")) {
                Type *st = sema_subtype_mark(c);
                if (st && t && !is_descendant(type_full(st), type_full(t)) && !is_descendant(type_full(t), type_full(st)))
                    error_at(c->loc, "4.5.2(3/3)", "'%s' is not of the class of the tested value's type '%s'", type_name(st), type_name(t));
            } else if (attr_is(c, "range")) {
                analyse(c, NULL);
            } else {
                analyse(c, t);
                sema_convert(c, t);
            }
        }
        return e->ty = std.boolean;
    }
    case N_AGGREGATE:
        return aggregate(e, expected);
    case N_CASE_EXPR:
        return sema_case_expr(e, expected);
    case N_QUANTIFIED:
        return sema_quantified(e);
    case N_IF_EXPR: {
        /* 4.5.7: Boolean conditions; with no else part the expression is
         * Boolean (4.5.7(10/3)) */
        Vec deps = {0};
        for (int i = 0; i < e->list.len; i++) {
            Node *arm = e->list.data[i];
            analyse(arm->cond, std.boolean);
            sema_convert(arm->cond, std.boolean);
            vec_push(&deps, arm->expr);
        }
        if (e->expr)
            vec_push(&deps, e->expr);
        Type *t = sema_dependent_expressions(&deps, e->expr ? expected : std.boolean);
        return t ? (e->ty = t) : NULL;
    }
    case N_RANGE:
        error_at(e->loc, "4.4(3)", "a range is not a value");
        return NULL;
    case N_OTHERS:
        error_at(e->loc, "4.3(3)", "'others' is only allowed as the last choice");
        return NULL;
    default:
        error_at(e->loc, NULL, "this kind of expression (%s) is not supported yet", node_kind_name(e->kind));
        return NULL;
    }
}

Type *sema_expr(Node *e, Type *expected)
{
    return analyse(e, expected);
}

Type *sema_assignment_target(Node *target, Node *value)
{
    Node *saved = want_value;
    want_value = value;
    Type *t = analyse(target, NULL);
    want_value = saved;
    return t;
}
/* A procedure call statement N (an N_APPLY) whose name is Obj.Op, in
 * prefixed notation (4.1.3(9.1/2)): apply() finds the prefixed view. */
static void prefixed_procedure_call(Node *n)
{
    int errors = diag_error_count();
    apply(n, NULL, true);
    if (!n->sem && diag_error_count() == errors)
        error_at(n->loc, "6.4(3)", "a procedure name is expected");
    n->flags |= NF_ANALYSED;
}


/* A procedure call statement (6.4): NAME is an identifier, a selected name or
 * an N_APPLY. */
void sema_call_statement(Node *stmt)
{
    Node *n = stmt->expr;
    Vec empty = {0};
    if (n->kind == N_APPLY) {
        if (n->expr->kind == N_ATTRIBUTE) {
            error_at(n->loc, "6.4(3)", "an attribute function cannot be called as a procedure");
            return;
        }
        Vec c = name_candidates(n->expr);
        if (!c.len && n->expr->kind == N_SELECTED && !names_unsupported(n->expr)) {
            prefixed_procedure_call(n);   /* Obj.Op (Args) */
            return;
        }
        if (!c.len) {
            if (n->expr->kind == N_IDENT)
                sema_undeclared(n->expr);
            else if (!names_unsupported(n->expr))
                error_at(n->loc, "6.4(3)", "a procedure name is expected");
            return;
        }
        resolve_call(n, n->expr, c, &n->list, NULL, true);
        n->flags |= NF_ANALYSED;
        return;
    }
    if (n->kind == N_IDENT || n->kind == N_SELECTED) {
        Vec c = name_candidates(n);
        if (!c.len && n->kind == N_SELECTED && !names_unsupported(n)) {
            /* Obj.Op; (4.1.3(9.1/2)): a call without actuals, made an
             * N_APPLY whose name is the selected component */
            Node *name = node_new(N_SELECTED, n->loc);
            *name = *n;
            n->kind = N_APPLY;
            n->expr = name;
            n->list = (Vec){0};
            n->id = NULL;
            prefixed_procedure_call(n);
            return;
        }
        if (!c.len) {
            if (n->kind == N_IDENT)
                sema_undeclared(n);
            else if (!names_unsupported(n))
                error_at(n->loc, "6.4(3)", "a procedure name is expected");
            return;
        }
        resolve_call(n, n, c, &empty, NULL, true);
        n->flags |= NF_ANALYSED;
        return;
    }
    error_at(n->loc, "6.4(2)", "a procedure call is expected here");
}

bool is_subtype_mark_node(Node *n)
{
    if (n->kind != N_IDENT && n->kind != N_SELECTED)
        return false;
    Vec c = name_candidates(n);
    return c.len == 1 && ((Entity *)c.data[0])->kind == E_TYPE;
}
