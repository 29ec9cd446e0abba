/*
 * stmt.c: statements (RM 5, 6.4, 6.5) and exception handlers (RM 11.2, 11.3).
 *
 * Loops and blocks are declarative regions of their own; the loop stack
 * lets `exit` find the loop it leaves (5.7) and `return` find the function
 * whose result it gives (6.5).
 */
#include "sema.h"

#include <string.h>

static Node *loops[512];       /* the enclosing loop statements, innermost last; each
                                   is a declarative region too: never more than scopes[] */
static int n_loops;

bool sema_is_variable(Node *n)
{
    while (n->kind == N_PAREN)
        n = n->expr;
    switch (n->kind) {
    case N_IDENT:
    case N_SELECTED:
        if (!n->ent)
            return true;       /* an error was reported */
        if (n->ent->kind == E_COMPONENT && n->ent->is_discriminant)
            return false;      /* a discriminant is a constant (3.3(18)) */
        if (n->ent->kind == E_VARIABLE || n->ent->kind == E_COMPONENT)
            return n->kind == N_IDENT || n->ent->kind != E_COMPONENT || sema_is_variable(n->expr)
                || n->expr->kind == N_DEREF;
        if (n->ent->kind == E_PARAM)
            return n->ent->mode != MODE_IN;
        return false;
    case N_DEREF: {
        Type *t = n->expr->ty ? type_full(n->expr->ty) : NULL;
        return !t || !(t->aflags & AF_CONSTANT);
    }
    case N_APPLY:
        if (n->op == APPLY_INDEX || n->op == APPLY_SLICE)
            return sema_is_variable(n->expr);
        return n->op == APPLY_CONVERSION && sema_is_variable(n->list.data[0]);
    case N_ATTRIBUTE:
        /* 13.11(13): S'Storage_Pool denotes the pool, a variable */
        return n->id && !strcmp(n->id->name, "storage_pool");
    default:
        return false;
    }
}

static void assignment(Node *s)
{
    Type *t = sema_assignment_target(s->left, s->right);
    if (t && !sema_is_variable(s->left)) {
        Node *n = s->left;
        if ((n->kind == N_IDENT || n->kind == N_SELECTED) && n->ent && n->ent->kind != E_COMPONENT)
            error_at(n->loc, "5.2(5/2)", "'%s' is a %s and cannot be assigned to", entity_name(n->ent),
                     n->ent->kind == E_PARAM ? "parameter of mode in" :
                     n->ent->kind == E_LOOP_PARAM ? "loop parameter" : "constant");
        else if (n->kind == N_DEREF)
            error_at(n->loc, "5.2(5/2)", "the object designated by an access-to-constant value cannot be assigned to");
        else
            error_at(n->loc, "5.2(5/2)", "the target of an assignment must be a variable");
    }
    if (t && type_full(t)->limited)
        error_at(s->loc, "7.5(2.1/3)", "assignment is not allowed for the limited type '%s'", type_name(t));
    if (!t) {
        sema_expr(s->right, NULL);
        return;
    }
    Node *r = s->right;
    while (r->kind == N_PAREN)
        r = r->expr;
    if (r->kind == N_AGGREGATE && type_full(t)->kind == TY_ARRAY && !type_full(t)->constrained)
        r->flags |= NF_TARGET_BOUNDS;     /* 4.3.3(16): the variable's bounds */
    sema_expr(s->right, t);
    sema_convert(s->right, t);
    Node *l = s->left;
    while (l->kind == N_PAREN)
        l = l->expr;
    if (l->kind == N_IDENT && l->ent && sema_stand_alone_anonymous(l->ent))
        sema_stand_alone_value(l->ent, s->right, s);
}

static void condition(Node *c)
{
    Type *t = sema_expr(c, std.boolean);
    if (t)
        sema_convert(c, std.boolean);
}

static Entity *label_entity(Ident *id, Loc loc)
{
    Entity *e = entity_new(E_LABEL, id ? id : intern("_block", 6), loc);
    e->spelling = id ? id->name : "block";
    return e;
}

static void loop_stmt(Node *s)
{
    Entity *label = label_entity(s->id, s->loc);
    s->ent = label;
    if (s->id)
        declare(label);
    scope_push(label);
    if (s->op == T_WHILE)
        condition(s->cond);
    if (s->op == T_FOR) {
        Node *r = s->constraint;
        Type *t = NULL;
        if (r->kind == N_RANGE) {
            Type *lt = sema_expr(r->left, NULL);
            Type *rt = sema_expr(r->right, NULL);
            t = lt && lt->kind != TY_UNIV_INT ? lt : rt && rt->kind != TY_UNIV_INT ? rt : NULL;
            if (!t && lt && rt)
                t = std.integer;             /* 3.6.1(8) */
            if (t) {
                t = type_full(t)->base;
                sema_expr(r->left, t);
                sema_expr(r->right, t);
                sema_convert(r->left, t);
                sema_convert(r->right, t);
                if (!type_is_discrete(t)) {
                    error_at(r->loc, "5.5(9)", "a loop parameter must be of a discrete type, not '%s'", type_name(t));
                    t = NULL;
                }
            }
        } else if (r->kind == N_SUBTYPE_IND) {
            t = sema_subtype_ind(r);
        } else if (is_subtype_mark_node(r)) {
            t = sema_subtype_mark(r);
        } else {
            t = sema_expr(r, NULL);     /* A'Range */
        }
        r->ty = t;
        Entity *p = entity_new(E_LOOP_PARAM, s->id2, s->right->loc);
        p->spelling = s->text;
        p->type = t;
        p->decl = s;
        s->right->ent = p;
        declare(p);
    }
    loops[n_loops++] = s;
    sema_stmts(&s->list);
    n_loops--;
    scope_pop();
    if (s->end_id && s->end_id != s->id)
        error_at(s->loc, "5.5(7)", "'end loop %s' does not repeat the loop's name", s->end_id->name);
}

/* 4.5.8 quantified expressions: (for all X in R => P) is computed by
 *   Q := True; for X in R loop if not P then Q := False; exit; end if; end loop;
 * ((for some: Q := False, ... if P then Q := True ...), over a range or, with
 * "of", over an array, as the loop statement does.  Q is a hidden Boolean
 * that codegen gives storage to. */
Type *sema_quantified(Node *e)
{
    QuantInfo *q = arena_alloc(sizeof *q);
    const char *qname = arena_printf("$q%d", e->loc.line);
    q->result = entity_new(E_VARIABLE, intern(qname, strlen(qname)), e->loc);
    q->result->spelling = "quantified";
    q->result->type = std.boolean;
    q->all = e->op == T_ALL;
    scope_push(NULL);
    declare(q->result);
    Node *cond = e->expr;
    if (q->all) {
        Node *n = node_new(N_UNARY, e->expr->loc);
        n->op = T_NOT;
        n->left = e->expr;
        cond = n;
    }
    Node *target = node_new(N_IDENT, e->loc);
    target->id = q->result->id;
    target->text = "quantified";
    Node *value = node_new(N_IDENT, e->loc);
    value->id = intern(q->all ? "false" : "true", q->all ? 5 : 4);
    value->text = q->all ? "False" : "True";
    Node *assign = node_new(N_ASSIGN, e->loc);
    assign->left = target;
    assign->right = value;
    Node *ex = node_new(N_EXIT, e->loc);
    Node *arm = node_new(N_IF_ARM, e->loc);
    arm->cond = cond;
    vec_push(&arm->list, assign);
    vec_push(&arm->list, ex);
    Node *ifs = node_new(N_IF, e->loc);
    vec_push(&ifs->list, arm);
    Node *loop = node_new((e->flags & NF_OF) ? N_FOR_OF_LOOP : N_LOOP, e->loc);
    loop->op = T_FOR;
    loop->right = e->right;
    loop->id2 = e->id2;
    loop->text = e->right ? e->right->text : NULL;
    loop->constraint = e->constraint;
    loop->type = e->type;
    loop->flags = e->flags & NF_REVERSE;
    vec_push(&loop->list, ifs);
    vec_push(&q->stmts, loop);
    sema_stmts(&q->stmts);
    scope_pop();
    e->sem = q;
    return e->ty = std.boolean;
}

/* 5.5.2: for X of [reverse] A loop ... end loop; over an array A is
 *   for I in [reverse] A'Range loop declare X : renames A (I); begin ... end; end loop;
 * and over a multidimensional one, loops nested in canonical order (the
 * last dimension varying fastest, 5.5.2(10/3)), for I1 in A'Range (1) loop
 * for I2 in A'Range (2) loop ... X : renames A (I1, I2) ...  (A's name is
 * evaluated at each use: adac accepts names without side effects only,
 * which array names in practice are). */
static void for_of_loop(Node *s)
{
    Node *probe = sema_copy_tree(s->constraint);
    Type *at = sema_expr(probe, NULL);
    if (!at)
        return;
    Type *ft = type_full(at);
    if (ft->kind != TY_ARRAY) {
        error_at(s->constraint->loc, "5.5.2(3/3)", "'for ... of' iterates over an array here, and '%s' is not one "
                 "(iterators of containers are not supported)", type_name(at));
        return;
    }
    static int counter;
    int dims = ft->indexes.len;
    Ident **iid = arena_alloc(sizeof *iid * (size_t)dims);
    Node *comp = node_new(N_APPLY, s->constraint->loc);
    comp->expr = sema_copy_tree(s->constraint);
    for (int d = 0; d < dims; d++) {
        const char *iname = arena_printf("$of%d", counter++);
        iid[d] = intern(iname, strlen(iname));
        Node *iref = node_new(N_IDENT, s->loc);
        iref->id = iid[d];
        iref->text = "index";
        vec_push(&comp->list, iref);
    }
    Node *ren = node_new(N_RENAMING_DECL, s->right->loc);
    vec_push(&ren->ids, s->right);
    ren->type = s->type;
    ren->expr = comp;
    Node *blk = node_new(N_BLOCK, s->loc);
    vec_push(&blk->list, ren);
    blk->list2 = s->list;
    /* from the innermost loop out; S itself becomes the outermost */
    Node *body = blk;
    for (int d = dims - 1; d >= 0; d--) {
        Node *loop = d == 0 ? s : node_new(N_LOOP, s->loc);
        Node *range = node_new(N_ATTRIBUTE, s->constraint->loc);
        range->expr = sema_copy_tree(s->constraint);
        range->id = intern("range", 5);
        range->text = "Range";
        range->op = dims > 1 ? d + 1 : 0;       /* A'Range (d + 1) */
        Node *idx = node_new(N_IDENT, s->loc);
        idx->id = iid[d];
        idx->text = "index";
        if (d > 0) {
            loop->flags = (s->flags & NF_REVERSE) | NF_ITERATION_INNER;
            loop->text = "index";          /* the loop parameter's spelling */
        }
        loop->kind = N_LOOP;
        loop->op = T_FOR;
        loop->right = idx;
        loop->id2 = iid[d];
        loop->type = NULL;
        loop->list = (Vec){0};
        vec_push(&loop->list, body);
        body = loop;
        if (d == 0)
            s->constraint = range;
        else
            loop->constraint = range;
    }
    loop_stmt(s);
}

static void exit_stmt(Node *s)
{
    if (!n_loops) {
        error_at(s->loc, "5.7(4)", "an exit statement must be inside a loop");
        return;
    }
    int innermost = n_loops - 1;
    while (innermost > 0 && (loops[innermost]->flags & NF_ITERATION_INNER))
        innermost--;               /* the loops of one multidimensional iteration */
    Node *target = loops[innermost];
    if (s->expr) {
        target = NULL;
        if (s->expr->kind == N_IDENT)
            for (int i = n_loops - 1; i >= 0; i--)
                if (loops[i]->id == s->expr->id)
                    target = loops[i];
        if (!target) {
            error_at(s->expr->loc, "5.7(4)", "'%s' is not the name of an enclosing loop",
                     s->expr->kind == N_IDENT ? s->expr->id->name : "?");
            return;
        }
    }
    s->sem = target;
    if (s->cond)
        condition(s->cond);
}

static void return_stmt(Node *s)
{
    Entity *f = sema_current_subprogram();
    if (!f) {
        error_at(s->loc, "6.5(4/2)", "a return statement must be inside a subprogram body");
        return;
    }
    s->ent = f;
    if (f->kind == E_FUNCTION) {
        if (!s->expr) {
            error_at(s->loc, "6.5(5/2)", "a return statement in function '%s' must give a value", entity_name(f));
            return;
        }
        if (f->result) {
            sema_expr(s->expr, f->result);
            sema_convert(s->expr, f->result);
            /* 6.5(8/4): the tag of a class-wide result must not identify a
             * type deeper than the function's body (checked at run time) */
            Type *et = s->expr->ty ? type_full(s->expr->ty) : NULL;
            if (type_full(f->result)->is_classwide && s->op == N_EXTENDED_RETURN && et && !et->is_classwide
                && et->base->level > f->level) {
                /* 6.5(5.9/3): a return object of a specific type deeper
                 * than the function's body would outlive its type */
                Entity *te = et->base->ent;
                error_at(s->type ? s->type->loc : s->loc, "6.5(5.9/3)", "the return object's type '%s' is declared at level %d, "
                         "deeper than the function '%s' (level %d): its class-wide result would outlive the type",
                         type_name(et), et->base->level, entity_name(f), f->level);
                if (te && te->loc.file)
                    note_at(te->loc, "'%s' is declared here", te->spelling);
            } else if (type_full(f->result)->is_classwide) {
                s->checks |= CHK_ACCESSIBILITY;
            }
            sema_return_access_result(f, s);
        }
    } else if (s->expr) {
        error_at(s->expr->loc, "6.5(6/2)", "a procedure cannot return a value");
        sema_expr(s->expr, NULL);
    }
}

static Entity *exception_name(Node *n)
{
    Entity *e = NULL;
    if (n->kind == N_IDENT) {
        e = lookup(n->id);
        if (!e) {
            sema_undeclared(n);
            return NULL;
        }
    } else {
        sema_expr(n, NULL);
        e = n->ent;
        if (!e)
            return NULL;
    }
    if (e->kind != E_EXCEPTION) {
        error_at(n->loc, "11.2(8)", "'%s' is not an exception", entity_name(e));
        return NULL;
    }
    n->ent = e;
    return e;
}

static void raise_stmt(Node *s)
{
    if (s->expr)
        exception_name(s->expr);
    if (s->init) {
        sema_expr(s->init, std.string);
        sema_convert(s->init, std.string);
    }
}

static void block_stmt(Node *s)
{
    Entity *label = label_entity(s->id, s->loc);
    s->ent = label;
    if (s->id)
        declare(label);
    scope_push(label);
    scope_master();
    sema_decls(&s->list);
    sema_stmts(&s->list2);
    sema_handlers(&s->list3);
    scope_pop();
    if (s->end_id && s->end_id != s->id)
        error_at(s->loc, "5.6(3)", "'end %s' does not repeat the block's name", s->end_id->name);
}

/* The selector of a case statement or expression (5.4(4), 4.5.7(14/3)):
 * its type, or NULL after an error; the choices of each arm are of it. */
static Type *case_selector(Node *s, const char *what)
{
    Type *t = sema_expr(s->expr, NULL);
    if (t && !type_is_discrete(type_full(t))) {
        error_at(s->expr->loc, "5.4(4)", "the selector of a case %s must be discrete, not of type '%s'", what, type_name(t));
        t = NULL;
    }
    if (t && type_full(t)->kind == TY_UNIV_INT)
        t = std.integer;
    return t;
}

static void case_choices(Node *s, int i, Type *t)
{
    Node *arm = s->list.data[i];
    for (int k = 0; k < arm->list2.len; k++) {
        Node *c = arm->list2.data[k];
        if (c->kind == N_OTHERS) {
            if (i != s->list.len - 1 || k != arm->list2.len - 1 || arm->list2.len != 1)
                error_at(c->loc, "5.4(5)", "'others' must be the only choice of the last alternative");
            continue;
        }
        if (!t)
            continue;
        if (c->kind == N_RANGE) {
            sema_expr(c->left, t->base);
            sema_expr(c->right, t->base);
            sema_convert(c->left, t->base);
            sema_convert(c->right, t->base);
        } else if (c->kind == N_SUBTYPE_IND || is_subtype_mark_node(c)) {
            c->ty = c->kind == N_SUBTYPE_IND ? sema_subtype_ind(c) : sema_subtype_mark(c);
        } else {
            sema_expr(c, t->base);
            sema_convert(c, t->base);
            int64_t v;
            if (!eval_static_int64(c, &v))
                error_at(c->loc, "3.8.1(5)", "a case choice must be static");
        }
    }
}

static void case_stmt(Node *s)
{
    Type *t = case_selector(s, "statement");
    for (int i = 0; i < s->list.len; i++) {
        case_choices(s, i, t);
        sema_stmts(&((Node *)s->list.data[i])->list);
    }
}

/* 4.5.7: case expressions: the selector and choices as for a case
 * statement; the dependent expressions as for an if expression */
Type *sema_case_expr(Node *e, Type *expected)
{
    Type *sel = case_selector(e, "expression");
    Vec deps = {0};
    for (int i = 0; i < e->list.len; i++) {
        case_choices(e, i, sel);
        vec_push(&deps, ((Node *)e->list.data[i])->expr);
    }
    Type *t = sema_dependent_expressions(&deps, expected);
    return t ? (e->ty = t) : NULL;
}

void sema_pragma_assert(Node *p)
{
    /* 11.4.2(3/2): pragma Assert ([Check =>] Boolean [, [Message =>] String]) */
    p->op = assertion_policy[0];
    if (p->op != ASSERT_IGNORE)
        library_predefined("ada.assertions", "assertion_error", p->loc);
    for (int i = 0; i < p->list.len; i++) {
        Node *a = p->list.data[i];
        Node *x = a->kind == N_ASSOC ? a->expr : a;
        if (!x)
            continue;
        if (i == 0)
            sema_contract_expr(x, NULL);
        else {
            sema_expr(x, std.string);
            sema_convert(x, std.string);
        }
    }
}

void sema_stmts(Vec *stmts)
{
    for (int i = 0; i < stmts->len; i++) {
        Node *s = stmts->data[i];
        switch (s->kind) {
        case N_NULL_STMT:
            break;
        case N_ASSIGN:
            assignment(s);
            break;
        case N_CALL_STMT:
            sema_call_statement(s);
            break;
        case N_IF:
            for (int k = 0; k < s->list.len; k++) {
                Node *arm = s->list.data[k];
                condition(arm->cond);
                sema_stmts(&arm->list);
            }
            sema_stmts(&s->list2);
            break;
        case N_CASE:
            case_stmt(s);
            break;
        case N_LOOP:
            loop_stmt(s);
            break;
        case N_BLOCK:
            block_stmt(s);
            break;
        case N_EXIT:
            exit_stmt(s);
            break;
        case N_RETURN:
            return_stmt(s);
            break;
        case N_RAISE:
            raise_stmt(s);
            break;
        case N_PRAGMA:
            if (s->id && !strcmp(s->id->name, "assert"))
                sema_pragma_assert(s);
            break;
        case N_LABEL:
        case N_GOTO:
            error_at(s->loc, NULL, "labels and goto statements are not supported yet");
            break;
        case N_ACCEPT: case N_SELECT: case N_DELAY: case N_ABORT: case N_REQUEUE:
            error_at(s->loc, "9", "tasking is not supported by adac");
            break;
        case N_EXTENDED_RETURN: {
            /* 6.5(5.8/3): return X : T [:= E] [do ... end return]; is
             * analysed as declare X : T [:= E]; begin ...; return X; end;
             * (the object is copied out, not built in place) */
            Node *obj = node_new(N_OBJECT_DECL, s->loc);
            obj->ids = s->ids;
            obj->type = s->type;
            obj->init = s->init;
            obj->flags = s->flags | NF_RETURN_OBJECT;
            Node *name = node_new(N_IDENT, s->loc);
            Node *x = s->ids.len ? s->ids.data[0] : NULL;
            name->id = x ? x->id : NULL;
            name->text = x ? x->text : NULL;
            Node *ret = node_new(N_RETURN, s->loc);
            ret->expr = name;
            ret->op = N_EXTENDED_RETURN;   /* for the rules of return objects */
            ret->type = s->type;
            Vec stmts = s->list2;
            vec_push(&stmts, ret);
            Vec decls = {0};
            vec_push(&decls, obj);
            s->kind = N_BLOCK;
            s->list = decls;
            s->list2 = stmts;
            s->ids = (Vec){0};
            s->type = NULL;
            s->init = NULL;
            i--;                       /* analyse it as the block it now is */
            continue;
        }
        case N_FOR_OF_LOOP:
            for_of_loop(s);
            break;
        default:
            error_at(s->loc, NULL, "this statement (%s) is not supported yet", node_kind_name(s->kind));
            break;
        }
    }
}

void sema_handlers(Vec *handlers)
{
    for (int i = 0; i < handlers->len; i++) {
        Node *h = handlers->data[i];
        Entity *param = NULL;
        if (h->id) {
            /* 11.2(4): when E : ... => E is a constant Exception_Occurrence */
            Entity *occ = library_predefined("ada.exceptions", "exception_occurrence", h->loc);
            if (occ) {
                param = entity_new(E_CONSTANT, h->id, h->loc);
                param->spelling = h->text ? h->text : h->id->name;
                param->type = occ->type;
                param->depth = scope_depth();
                param->level = scope_level();
                h->ent = param;
            }
        }
        for (int k = 0; k < h->list2.len; k++) {
            Node *c = h->list2.data[k];
            if (c->kind == N_OTHERS) {
                if (i != handlers->len - 1 || h->list2.len != 1)
                    error_at(c->loc, "11.2(5)", "'others' must be the only choice of the last handler");
                continue;
            }
            exception_name(c);
        }
        if (param) {
            scope_push_context();
            declare(param);
        }
        sema_stmts(&h->list);
        if (param)
            scope_pop();
    }
}
