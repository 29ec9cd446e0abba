/*
 * ast.c: making tree nodes, and printing a tree (--dump-ast) in a stable,
 * indented form: one node a line, its kind, its source range and the fields
 * that are set; after sema, the entity and type it was decorated with.
 *
 * The format, which the FileCheck tests of testsuite/parser rely on:
 *
 *     KIND L:C-L:C [id=NAME] [param=NAME] [TEXT] [op=TOKEN] [mode=MODE]
 *                  [flags=FLAG|FLAG] [end=NAME]
 *       <defining identifiers, one node each>
 *       FIELD:            one of spec expr ref cond left right type
 *         <node>          constraint init, in that order
 *       LIST:             one of list list2 list3 aspects pragmas
 *         <nodes>
 *
 * Children are indented by two more spaces than their parent.
 */
#include "frontend.h"
#include "parser.h"

#include <stdlib.h>

static const char *const kind_names[N_COUNT] = {
#define K(x) [x] = #x + 2
    K(N_NONE), K(N_COMPILATION_UNIT), K(N_WITH), K(N_USE), K(N_USE_TYPE), K(N_PRAGMA),
    K(N_PACKAGE_SPEC), K(N_PACKAGE_BODY), K(N_SUBPROGRAM_SPEC), K(N_SUBPROGRAM_DECL),
    K(N_SUBPROGRAM_BODY), K(N_PARAM), K(N_OBJECT_DECL), K(N_NUMBER_DECL), K(N_TYPE_DECL),
    K(N_SUBTYPE_DECL), K(N_EXCEPTION_DECL), K(N_RENAMING_DECL), K(N_DISCRIMINANT),
    K(N_COMPONENT), K(N_NULL_COMPONENT), K(N_INTEGER_DEF), K(N_MODULAR_DEF), K(N_ENUM_DEF),
    K(N_FLOAT_DEF), K(N_ARRAY_DEF), K(N_BOX_INDEX), K(N_RECORD_DEF), K(N_DERIVED_DEF),
    K(N_ACCESS_DEF), K(N_PRIVATE_DEF), K(N_SUBTYPE_IND), K(N_RANGE), K(N_RANGE_CONSTRAINT),
    K(N_INDEX_CONSTRAINT), K(N_DISCR_CONSTRAINT), K(N_NULL_STMT), K(N_ASSIGN), K(N_CALL_STMT),
    K(N_IF), K(N_IF_ARM), K(N_CASE), K(N_CASE_ARM), K(N_LOOP), K(N_BLOCK), K(N_EXIT),
    K(N_RETURN), K(N_RAISE), K(N_GOTO), K(N_LABEL), K(N_HANDLER), K(N_IDENT), K(N_SELECTED),
    K(N_APPLY), K(N_ATTRIBUTE), K(N_DEREF), K(N_QUALIFIED), K(N_ALLOCATOR), K(N_INT_LIT),
    K(N_REAL_LIT), K(N_CHAR_LIT), K(N_STRING_LIT), K(N_NULL_LIT), K(N_BINARY), K(N_UNARY),
    K(N_SHORT_CIRCUIT), K(N_MEMBERSHIP), K(N_AGGREGATE), K(N_ASSOC), K(N_OTHERS), K(N_PAREN),
    K(N_IF_EXPR), K(N_RAISE_EXPR), K(N_OPERATOR_SYMBOL),
    K(N_SUBUNIT), K(N_BODY_STUB), K(N_EXPR_FUNCTION), K(N_INSTANTIATION), K(N_GENERIC_DECL),
    K(N_FORMAL_OBJECT), K(N_FORMAL_TYPE), K(N_FORMAL_SCALAR_DEF), K(N_FORMAL_SUBPROGRAM),
    K(N_FORMAL_PACKAGE), K(N_PACKAGE_RENAMING), K(N_SUBPROGRAM_RENAMING),
    K(N_EXCEPTION_RENAMING), K(N_GENERIC_RENAMING), K(N_FIXED_DEF), K(N_INTERFACE_DEF),
    K(N_ACCESS_SUBP_DEF), K(N_DIGITS_CONSTRAINT), K(N_DELTA_CONSTRAINT), K(N_ASPECT),
    K(N_ATTRIBUTE_CLAUSE), K(N_ENUM_REP_CLAUSE), K(N_RECORD_REP_CLAUSE),
    K(N_COMPONENT_CLAUSE), K(N_AT_CLAUSE), K(N_EXTENDED_RETURN), K(N_FOR_OF_LOOP),
    K(N_CASE_EXPR), K(N_QUANTIFIED), K(N_DELTA_AGGREGATE), K(N_TASK_TYPE), K(N_SINGLE_TASK),
    K(N_TASK_DEF), K(N_TASK_BODY), K(N_PROTECTED_TYPE), K(N_SINGLE_PROTECTED),
    K(N_PROTECTED_BODY), K(N_ENTRY_DECL), K(N_ENTRY_BODY), K(N_ACCEPT), K(N_SELECT),
    K(N_SELECT_ALT), K(N_DELAY), K(N_ABORT), K(N_REQUEUE),
#undef K
};

const char *const node_flag_names[24] = {
    "CONSTANT", "ALIASED", "NOT_NULL", "ALL", "TAGGED", "LIMITED", "NULL_REC", "REVERSE",
    "NOT", "BOX", "PRIVATE", "ABSTRACT", "LIMITED_WITH", "NULL_PROC", "OVERRIDING",
    "NOT_OVERRIDING", "SYNCHRONIZED", "PROTECTED", "TASK", "CLASS", "OF", "WITH_ABORT",
    "UNTIL", "DECIMAL",
};

Node *node_new(NodeKind kind, Loc loc)
{
    Node *n = arena_alloc(sizeof *n);
    n->kind = kind;
    n->loc = loc;
    return n;
}

const char *node_kind_name(NodeKind k)
{
    return k < N_COUNT && kind_names[k] ? kind_names[k] : "?";
}

static void dump_list(const char *label, const Vec *v, FILE *out, int indent)
{
    if (!v->len)
        return;
    fprintf(out, "%*s%s:\n", indent, "", label);
    for (int i = 0; i < v->len; i++)
        ast_dump(v->data[i], out, indent + 2);
}

static void dump_field(const char *label, const Node *n, FILE *out, int indent)
{
    if (!n)
        return;
    fprintf(out, "%*s%s:\n", indent, "", label);
    ast_dump(n, out, indent + 2);
}

/* The parameter mode of an N_PARAM or N_FORMAL_OBJECT, as written. */
static const char *mode_name(int op)
{
    if (op == T_IN + T_OUT)
        return "in out";
    return op == T_OUT ? "out" : "in";
}

static bool has_text(const Node *n)
{
    switch (n->kind) {
    case N_INT_LIT: case N_REAL_LIT: case N_STRING_LIT: case N_CHAR_LIT:
        return true;
    case N_SELECTED:
        return n->id == NULL;   /* a character literal or operator selector */
    default:
        return false;
    }
}

void ast_dump(const Node *n, FILE *out, int indent)
{
    if (!n) {
        fprintf(out, "%*s<null>\n", indent, "");
        return;
    }
    fprintf(out, "%*s%s %d:%d", indent, "", node_kind_name(n->kind), n->loc.line, n->loc.col);
    if (n->end.line)
        fprintf(out, "-%d:%d", n->end.line, n->end.col);
    if (n->id)
        fprintf(out, " id=%s", n->id->name);
    if (n->id2)
        fprintf(out, " param=%s", n->id2->name);
    if (n->text && has_text(n))
        fprintf(out, " %s", n->text);
    if (n->kind == N_PARAM || n->kind == N_FORMAL_OBJECT)
        fprintf(out, " mode=%s", mode_name(n->op));
    else if (n->op)
        fprintf(out, " op=%s", token_name(n->op));
    if (n->flags) {
        fputs(" flags=", out);
        const char *sep = "";
        for (int b = 0; b < 32; b++)
            if (n->flags & (1u << b)) {
                if (b < 24)
                    fprintf(out, "%s%s", sep, node_flag_names[b]);
                else
                    fprintf(out, "%s0x%x", sep, 1u << b);
                sep = "|";
            }
    }
    if (n->end_id)
        fprintf(out, " end=%s", n->end_id->name);
    fputc('\n', out);
    int in = indent + 2;
    for (int i = 0; i < n->ids.len; i++)
        ast_dump(n->ids.data[i], out, in);
    dump_field("spec", n->spec, out, in);
    dump_field("expr", n->expr, out, in);
    dump_field("ref", n->ref, out, in);
    dump_field("cond", n->cond, out, in);
    dump_field("left", n->left, out, in);
    dump_field("right", n->right, out, in);
    dump_field("type", n->type, out, in);
    dump_field("constraint", n->constraint, out, in);
    dump_field("init", n->init, out, in);
    dump_list("list", &n->list, out, in);
    dump_list("list2", &n->list2, out, in);
    dump_list("list3", &n->list3, out, in);
    dump_list("aspects", &n->aspects, out, in);
    dump_list("pragmas", &n->pragmas, out, in);
}

/* ---- depth, without recursion ------------------------------------------ */

typedef struct DepthItem {
    const Node *n;
    int depth;
} DepthItem;

typedef struct DepthStack {
    DepthItem *items;
    size_t len, cap;
} DepthStack;

static void depth_push(DepthStack *s, const Node *n, int depth)
{
    if (!n)
        return;
    if (s->len == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 256;
        s->items = realloc(s->items, s->cap * sizeof *s->items);
        if (!s->items)
            fatal("out of memory");
    }
    s->items[s->len++] = (DepthItem){n, depth};
}

static void depth_push_vec(DepthStack *s, const Vec *v, int depth)
{
    for (int i = 0; i < v->len; i++)
        depth_push(s, v->data[i], depth);
}

int ast_depth(const Node *root, int limit, const Node **deepest)
{
    DepthStack s = {0};
    int max = 0;
    depth_push(&s, root, 1);
    while (s.len) {
        DepthItem it = s.items[--s.len];
        const Node *n = it.n;
        if (it.depth > max)
            max = it.depth;
        if (it.depth > limit) {
            if (deepest)
                *deepest = n;
            break;
        }
        int d = it.depth + 1;
        depth_push_vec(&s, &n->ids, d);
        depth_push(&s, n->spec, d);
        depth_push(&s, n->expr, d);
        depth_push(&s, n->ref, d);
        depth_push(&s, n->cond, d);
        depth_push(&s, n->left, d);
        depth_push(&s, n->right, d);
        depth_push(&s, n->type, d);
        depth_push(&s, n->constraint, d);
        depth_push(&s, n->init, d);
        depth_push_vec(&s, &n->list, d);
        depth_push_vec(&s, &n->list2, d);
        depth_push_vec(&s, &n->list3, d);
        depth_push_vec(&s, &n->aspects, d);
        depth_push_vec(&s, &n->pragmas, d);
    }
    free(s.items);
    return max;
}
