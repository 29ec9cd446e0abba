/*
 * dump.c: adac --dump-sema, the analysed tree.
 *
 * The --dump-ast format (ast.c: one node per line, KIND LINE:COL-LINE:COL
 * and its attributes, children indented by two under the name of the field
 * that holds them), with what sema left on each node appended:
 *
 *   : TYPE           the type of an expression, the subtype of an indication
 *   -> KIND NAME@L:C  the entity it denotes or declares, and where that is
 *                     declared (kind: variable, constant, type, ...)
 *   checks=a|b        the run-time checks codegen must emit (CHK_*)
 *   => SUBTYPE        the subtype its value is implicitly converted to
 *   apply=call|index|slice|conversion|constraint  what an N_APPLY turned out to be
 *
 * Units of adac's own library are left out; the copies sema made for a
 * generic instance appear under the N_INSTANTIATION, in its list2.
 */
#include "report.h"

#include <stdlib.h>

static const char *const entity_kinds[] = {
    "variable", "constant", "number", "type", "procedure", "function", "literal",
    "package", "exception", "parameter", "component", "loop-parameter", "label", "generic",
};

static const char *const check_names[] = {
    "range", "overflow", "access", "null-exclusion", "divide", "discriminant", "length", "tag",
};

static const char *const apply_names[] = {"", "call", "index", "slice", "conversion", "constraint"};

static void annotate(const Node *n, FILE *out)
{
    if (n->ty)
        fprintf(out, " : %s", type_name(n->ty));
    if (n->ent) {
        const Entity *e = n->ent;
        const Source *s = e->loc.file ? source_get(e->loc.file) : NULL;
        fprintf(out, " -> %s %s", (unsigned)e->kind < sizeof entity_kinds / sizeof entity_kinds[0]
                ? entity_kinds[e->kind] : "?", entity_name(e));
        if (s)
            fprintf(out, "@%s:%d:%d", s->name, e->loc.line, e->loc.col);
    }
    if (n->kind == N_APPLY && n->op >= APPLY_CALL && n->op <= APPLY_CONSTRAINT)
        fprintf(out, " apply=%s", apply_names[n->op]);
    if (n->checks) {
        const char *sep = " checks=";
        for (unsigned b = 0; b < sizeof check_names / sizeof check_names[0]; b++)
            if (n->checks & (1u << b)) {
                fprintf(out, "%s%s", sep, check_names[b]);
                sep = "|";
            }
    }
    if (n->target)
        fprintf(out, " => %s", type_name(n->target));
}

typedef struct Frame {
    const Node *n;
    const char *field;         /* the field that holds it, or NULL in a list */
    int indent;
} Frame;

typedef struct Stack {
    Frame *f;
    size_t len, cap;
} Stack;

static void push(Stack *s, const Node *n, const char *field, int indent)
{
    if (s->len == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 256;
        s->f = realloc(s->f, s->cap * sizeof *s->f);
        if (!s->f)
            fatal("out of memory");
    }
    s->f[s->len++] = (Frame){n, field, indent};
}

/* Push list V under the heading NAME (both in reverse: a stack). */
static void push_list(Stack *s, const char *name, const Vec *v, int indent)
{
    if (!v->len)
        return;
    for (int i = v->len - 1; i >= 0; i--)
        push(s, v->data[i], NULL, indent + 2);
    push(s, NULL, name, indent);
}

static void dump_tree(const Node *root, FILE *out)
{
    Stack s = {0};
    push(&s, root, NULL, 0);
    while (s.len) {
        Frame fr = s.f[--s.len];
        const Node *n = fr.n;
        if (!n) {                      /* a heading */
            fprintf(out, "%*s%s:\n", fr.indent, "", fr.field);
            continue;
        }
        if (fr.indent > 4000) {        /* not a tree after all: stop */
            fprintf(out, "%*s...\n", 4000, "");
            continue;
        }
        if (fr.field) {
            fprintf(out, "%*s%s:\n", fr.indent, "", fr.field);
            fr.indent += 2;
        }
        fprintf(out, "%*s%s %d:%d", fr.indent, "", node_kind_name(n->kind), n->loc.line, n->loc.col);
        if (n->end.line)
            fprintf(out, "-%d:%d", n->end.line, n->end.col);
        if (n->id)
            fprintf(out, " id=%s", n->id->name);
        if (n->id2)
            fprintf(out, " param=%s", n->id2->name);
        if (n->text && (n->kind == N_INT_LIT || n->kind == N_REAL_LIT || n->kind == N_STRING_LIT
                        || n->kind == N_CHAR_LIT))
            fprintf(out, " %s", n->text);
        annotate(n, out);
        fputc('\n', out);
        int in = fr.indent + 2;
        /* children in the order ast_dump prints them, pushed in reverse */
        push_list(&s, "pragmas", &n->pragmas, in);
        push_list(&s, "aspects", &n->aspects, in);
        push_list(&s, "list3", &n->list3, in);
        push_list(&s, "list2", &n->list2, in);
        push_list(&s, "list", &n->list, in);
        const Node *fields[] = {n->init, n->constraint, n->type, n->right, n->left, n->cond, n->ref, n->expr, n->spec};
        static const char *const names[] = {"init", "constraint", "type", "right", "left", "cond", "ref", "expr", "spec"};
        for (int i = 0; i < 9; i++)
            if (fields[i])
                push(&s, fields[i], names[i], in);
        for (int i = n->ids.len - 1; i >= 0; i--)
            push(&s, n->ids.data[i], NULL, in);
    }
    free(s.f);
}

void dump_sema(Program *prog, FILE *out)
{
    for (int i = 0; i < prog->units.len; i++) {
        Node *cu = prog->units.data[i];
        const Source *s = cu && cu->loc.file ? source_get(cu->loc.file) : NULL;
        if (!cu || (s && s->predefined))
            continue;
        fprintf(out, "-- %s\n", s ? s->name : "?");
        dump_tree(cu, out);
    }
}
