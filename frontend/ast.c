/*
 * ast.c: making tree nodes, and printing a tree (--dump-ast) in a stable,
 * indented form: one node a line, its kind, position and the fields that
 * are set; after sema, the entity and type it was decorated with.
 */
#include "frontend.h"

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
#undef K
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

void ast_dump(const Node *n, FILE *out, int indent)
{
    if (!n) {
        fprintf(out, "%*s<null>\n", indent, "");
        return;
    }
    fprintf(out, "%*s%s %d:%d", indent, "", node_kind_name(n->kind), n->loc.line, n->loc.col);
    if (n->id)
        fprintf(out, " id=%s", n->id->name);
    if (n->id2)
        fprintf(out, " param=%s", n->id2->name);
    if (n->text && (n->kind == N_INT_LIT || n->kind == N_REAL_LIT || n->kind == N_STRING_LIT
                    || n->kind == N_CHAR_LIT))
        fprintf(out, " %s", n->text);
    if (n->op)
        fprintf(out, " op=%s", token_name(n->op));
    if (n->flags)
        fprintf(out, " flags=0x%x", n->flags);
    fputc('\n', out);
    int in = indent + 2;
    for (int i = 0; i < n->ids.len; i++)
        ast_dump(n->ids.data[i], out, in);
    dump_field("spec", n->spec, out, in);
    dump_field("expr", n->expr, out, in);
    dump_field("cond", n->cond, out, in);
    dump_field("left", n->left, out, in);
    dump_field("right", n->right, out, in);
    dump_field("type", n->type, out, in);
    dump_field("constraint", n->constraint, out, in);
    dump_field("init", n->init, out, in);
    dump_list("list", &n->list, out, in);
    dump_list("list2", &n->list2, out, in);
    dump_list("list3", &n->list3, out, in);
}
