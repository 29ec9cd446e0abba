/*
 * parser.y: the syntax of Ada 2012 (RM 2-13, Annex P), as a pure Bison
 * LALR(1) parser that builds the tree of frontend.h.
 *
 * Actions only build tree nodes; every decision that needs to know what a
 * name denotes is left to sema.  In particular Ada's name(...) -- a call, an
 * indexed component, a slice, a type conversion, an index/discriminant
 * constraint or a generic's actual part -- is one N_APPLY node whose
 * associations may be expressions, named associations, ranges or subtype
 * indications, as GNAT does; `new T(X)` keeps that N_APPLY for sema to tell
 * an index constraint from a discriminant constraint from an error (RM 4.8,
 * ACATS B48002A).  A discrete range that is a bare name (a subtype mark or
 * X'Range) is parsed as an expression.
 *
 * The grammar follows the RM's rules; each rule's comment gives the section.
 * Where the RM's grammar is not LALR(1) the rules are factored (comments say
 * how), and the three true ambiguities are resolved by precedence:
 *   - `new T range A .. B`: the range belongs to the allocator;
 *   - `when X in A | B =>`: the choices after `in` belong to the membership;
 *   - `raise E with M`: the `with` starts the message (RM 11.3(2.1) makes
 *     the other readings, an aspect or an extension aggregate, need
 *     parentheses around the raise expression).
 *
 * Error recovery works on two levels.  Before the parser sees a token, the
 * lexer interface (parser_lex) checks with the parse tables whether the
 * token can be shifted in the current state, simulating the reductions the
 * way Bison's LAC does.  When it cannot, it tries a repair: inserting one
 * missing token (';', ')', 'then', 'loop', 'is', '=>', ...), closing the
 * innermost open constructs ('end Foo;' expected to close 'procedure Foo'
 * at line 3), replacing a token (':=' for '=') or deleting a stray one, and
 * keeps one of them only if the following tokens then parse.  The message
 * names what was expected, at the line and column of the token.  When no
 * repair fits, the error is reported the same way and Bison's own recovery
 * takes over: the `error` rules resynchronise at ';' in declaration,
 * statement and component lists, and at the `end`, `begin` or `private`
 * that follows them, so one file reports all its syntax errors and each
 * once.  Deep nesting ends in a "nesting too deep" error, never a crash.
 */
%code requires {
#include "frontend.h"

/* A source range: where a token or a construct begins and ends. */
typedef struct Span {
    Loc begin, end;
} Span;

/* The state of one parse (one source file). */
typedef struct Parser {
    Lexer lx;                  /* the token source */
    Vec *units;                /* where compilation units go */
    Vec pending;               /* context items and pragmas not yet given to a unit */
    Node *last_unit;           /* the last N_COMPILATION_UNIT made */
    Loc rule_end;              /* the end of the rule being reduced (YYLLOC_DEFAULT) */
    Token queue[64];           /* tokens read ahead, or inserted by a repair */
    int q_head, q_len;
    Token prev;                /* the last token given to the parser */
    bool in_end;               /* an `end` was given and no ';' since */
    bool reported;             /* the error of the current token is reported */
    int errors;                /* syntax errors reported in this file */
    bool gave_up;              /* too many errors: the rest of the file is skipped */
    int lex_error_line;        /* the line of the last lexical error */
    bool quiet;                /* repair without reporting */
} Parser;
}

%code provides {
void yyerror(Span *lloc, Parser *p, const char *msg);
}

%code {
#include <string.h>
#include <strings.h>

/* The parser stack grows (from 200 entries) up to this many; a deeper
 * nesting is reported as "nesting too deep". */
#define YYMAXDEPTH 10000
/* The tree of one unit may be at most this deep (see parse_file). */
#define MAX_TREE_DEPTH 3000
/* After this many syntax errors in a file the rest of it is skipped. */
#define MAX_ERRORS 50

#define YYLLOC_DEFAULT(Cur, Rhs, N)                                          \
    do {                                                                     \
        if (N) {                                                             \
            (Cur).begin = YYRHSLOC(Rhs, 1).begin;                            \
            (Cur).end = YYRHSLOC(Rhs, N).end;                                \
        } else {                                                             \
            (Cur).begin = (Cur).end = YYRHSLOC(Rhs, 0).end;                  \
        }                                                                    \
        p->rule_end = (Cur).end;                                             \
    } while (0)

/* The lexer interface sees the parser's stacks and recovery state (the
 * names are those of Bison's yacc.c skeleton, 3.x) to check each token
 * against the tables before the parser gets it; see parser_lex. */
#define yylex(lval, lloc, p) parser_lex((lval), (lloc), (p), yyss, yyssp, yyvsp, yyerrstatus)
static int parser_lex(YYSTYPE *lval, Span *lloc, Parser *p, const void *ss, const void *ssp,
                      const YYSTYPE *vsp, int errstatus);

/* A node of kind K at the start of S, ending where the current rule ends. */
static Node *mk_(Parser *p, NodeKind k, Span s)
{
    Node *n = node_new(k, s.begin);
    n->end = p->rule_end;
    return n;
}
#define MK(k, s) mk_(p, (k), (s))
/* A node of kind K from the start of FROM to the end of TO. */
static Node *mk2_(NodeKind k, Span from, Span to)
{
    Node *n = node_new(k, from.begin);
    n->end = to.end;
    return n;
}
#define MK2(k, from, to) mk2_((k), (from), (to))

static Loc tok_end(Token t)
{
    Loc e = t.loc;
    if (t.len > 0)
        e.col += t.len - 1;
    return e;
}
static Ident *tok_id(Token t) { return intern(t.text, (size_t)t.len); }
static Node *mk_ident(Token t)
{
    Node *n = node_new(N_IDENT, t.loc);
    n->end = tok_end(t);
    n->id = tok_id(t);
    n->text = t.text;
    return n;
}
static Node *mk_lit(NodeKind k, Token t)
{
    Node *n = node_new(k, t.loc);
    n->end = tok_end(t);
    n->text = t.text;
    return n;
}
static Node *mk_bin(Parser *p, int op, Span s, Node *l, Node *r)
{
    Node *n = mk_(p, N_BINARY, s);
    n->op = op;
    n->left = l;
    n->right = r;
    return n;
}
/* The operator symbols and their tokens (6.1(10/3), 4.5), quotes included. */
static const struct { const char *s; int op; } operator_symbols[] = {
    {"\"+\"", '+'}, {"\"-\"", '-'}, {"\"*\"", '*'}, {"\"/\"", '/'}, {"\"&\"", '&'},
    {"\"=\"", '='}, {"\"/=\"", T_NE}, {"\"<\"", '<'}, {"\"<=\"", T_LE}, {"\">\"", '>'},
    {"\">=\"", T_GE}, {"\"mod\"", T_MOD}, {"\"rem\"", T_REM}, {"\"**\"", T_EXPON},
    {"\"and\"", T_AND}, {"\"or\"", T_OR}, {"\"xor\"", T_XOR}, {"\"abs\"", T_ABS}, {"\"not\"", T_NOT},
};

int operator_symbol(const char *text)
{
    for (size_t i = 0; text && i < sizeof operator_symbols / sizeof operator_symbols[0]; i++)
        if (!strcasecmp(text, operator_symbols[i].s))
            return operator_symbols[i].op;
    return 0;
}

const char *operator_symbol_text(int op)
{
    for (size_t i = 0; i < sizeof operator_symbols / sizeof operator_symbols[0]; i++)
        if (operator_symbols[i].op == op)
            return operator_symbols[i].s;
    return "\"?\"";
}

/* NAME (ARGS).  A call of an operator by its symbol, "+" (A, B), or by an
 * expanded name, P."+" (A, B) (4.1.3(10), 6.6), with its operands in order
 * or named Left and Right, is the operator itself: a unary or binary node,
 * which resolves as A + B does, at the operator symbol; the package of an
 * expanded name goes to ->ref (sema: the operator must be declared there).
 * Other names are kept for a call with the operator's own formal names. */
static Node *mk_apply(Parser *p, Span s, Node *name, Vec args)
{
    const char *text = name->kind == N_STRING_LIT ? name->text
                     : name->kind == N_SELECTED && name->op == T_STRING_LIT ? name->text : NULL;
    int op = operator_symbol(text), arity = args.len;
    bool unary_ok = op == '+' || op == '-' || op == T_ABS || op == T_NOT;
    Node *opnd[2] = {NULL, NULL};
    bool fits = op && ((arity == 1 && unary_ok) || (arity == 2 && op != T_ABS && op != T_NOT));
    for (int i = 0; fits && i < arity; i++) {
        Node *a = args.data[i];
        int at = i;
        if (a->kind == N_ASSOC) {
            Node *c = a->list.len == 1 ? a->list.data[0] : NULL;
            if (c && c->kind == N_IDENT && !strcmp(c->id->name, "left") && arity == 2)
                at = 0;
            else if (c && c->kind == N_IDENT && !strcmp(c->id->name, "right"))
                at = arity - 1;
            else
                at = -1;
            a = a->expr;
        } else if (a->kind == N_RANGE || a->kind == N_SUBTYPE_IND) {
            at = -1;
        }
        if (at < 0 || !a || opnd[at])
            fits = false;
        else
            opnd[at] = a;
    }
    if (!fits) {
        Node *n = mk_(p, N_APPLY, s);
        n->expr = name;
        n->list = args;
        return n;
    }
    Node *n = node_new(arity == 2 ? N_BINARY : N_UNARY, name->loc);
    n->op = op;
    n->left = opnd[0];
    n->right = arity == 2 ? opnd[1] : NULL;
    n->ref = name->kind == N_SELECTED ? name->expr : NULL;
    n->end = p->rule_end;
    return n;
}
/* The end of N is the end of the rule being reduced. */
static Node *fin(Parser *p, Node *n)
{
    n->end = p->rule_end;
    return n;
}
static Vec vec1(void *x) { Vec v = {0}; vec_push(&v, x); return v; }
static Vec vec_add(Vec v, void *x) { vec_push(&v, x); return v; }
static Vec vec_cat(Vec a, Vec b)
{
    for (int i = 0; i < b.len; i++)
        vec_push(&a, b.data[i]);
    return a;
}
/* The dotted name of a unit as an Ident ("ada.text_io"), for `end` checks. */
static Ident *name_ident(Node *n);
static void set_end_name(Node *n, Node *name)
{
    if (name)
        n->end_id = name_ident(name);
}

static void syntax_error(Parser *p, Loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void add_unit(Parser *p, Node *item, unsigned flags, Span s);

/* Type definition keywords before `record`, `private`, `new`, `interface`,
 * kept as a sequence of codes (base 8, first keyword first) so that the
 * rule that uses them can check their order. */
enum { TF_ABSTRACT = 1, TF_TAGGED, TF_LIMITED, TF_SYNCHRONIZED, TF_TASK, TF_PROTECTED };
static unsigned tflags_mask(int seq);
static void tflags_check(Parser *p, int seq, Span s, const int *allowed, const char *what);
static const int TF_RECORD[] = {0, 2, 012, 3, 023, 0123, -1};         /* [[abstract] tagged] [limited] */
static const int TF_DERIVED[] = {0, 1, 3, 4, 013, 014, -1};          /* [abstract] [limited|synchronized] */
static const int TF_IFACE[] = {0, 3, 4, 5, 6, -1};                   /* [limited|synchronized|task|protected] */

/* Checks on lists that the grammar keeps loose to stay LALR(1). */
static void check_stmts(Parser *p, Vec *v, Span s);
static void check_components(Parser *p, Vec *v, Span s);
static void check_spec_decls(Parser *p, Vec *v);
static void check_protected_items(Parser *p, Vec *v, bool private_part);
static void check_task_items(Parser *p, Vec *v);
static void check_protected_body_items(Parser *p, Vec *v);
static Node *check_proper_body(Parser *p, Node *n);
static Node *instantiation(Parser *p, Span s, int op, Node *defname, Node *gen, unsigned flags);
}

%define api.pure full
%define api.token.prefix {T_}
%define parse.error custom
%define api.location.type {Span}
%locations
%param {Parser *p}
%expect 0

/* Three ambiguities of the Ada grammar, resolved the greedy way:
 * `new T range A .. B` takes the range into the allocator, in
 * `when X in A | B =>` the choices after `in` belong to the membership test,
 * and `raise E with` takes the `with` as the start of the message. */
%precedence LOWEST
%precedence '|' RANGE
%precedence WITH

%union {
    Token tok;                 /* a token */
    Node *node;                /* a tree node */
    Vec vec;                   /* a list of tree nodes */
    int num;                   /* a mode, an operator, a set of flags */
}

%token <tok> IDENT "identifier" INT_LIT "integer literal" REAL_LIT "real literal"
%token <tok> CHAR_LIT "character literal" STRING_LIT "string literal"
%token <tok> ABORT "abort" ABS "abs" ABSTRACT "abstract" ACCEPT "accept"
%token <tok> ACCESS "access" ALIASED "aliased" ALL "all" AND "and" ARRAY "array"
%token <tok> AT "at" BEGIN_ "begin" BODY "body" CASE "case" CONSTANT "constant"
%token <tok> DECLARE "declare" DELAY "delay" DELTA "delta" DIGITS "digits" DO "do"
%token <tok> ELSE "else" ELSIF "elsif" END "end" ENTRY "entry" EXCEPTION "exception"
%token <tok> EXIT "exit" FOR "for" FUNCTION "function" GENERIC "generic" GOTO "goto"
%token <tok> IF "if" IN "in" INTERFACE "interface" IS "is" LIMITED "limited"
%token <tok> LOOP "loop" MOD "mod" NEW "new" NOT "not" NULL_ "null" OF "of" OR "or"
%token <tok> OTHERS "others" OUT "out" OVERRIDING "overriding" PACKAGE "package"
%token <tok> PRAGMA "pragma" PRIVATE "private" PROCEDURE "procedure"
%token <tok> PROTECTED "protected" RAISE "raise" RANGE "range" RECORD "record"
%token <tok> REM "rem" RENAMES "renames" REQUEUE "requeue" RETURN "return"
%token <tok> REVERSE "reverse" SELECT "select" SEPARATE "separate" SOME "some"
%token <tok> SUBTYPE "subtype" SYNCHRONIZED "synchronized" TAGGED "tagged"
%token <tok> TASK "task" TERMINATE "terminate" THEN "then" TYPE "type"
%token <tok> UNTIL "until" USE "use" WHEN "when" WHILE "while" WITH "with" XOR "xor"
%token <tok> ARROW "=>" DOTDOT ".." EXPON "**" ASSIGN ":=" NE "/=" GE ">=" LE "<="
%token <tok> LLABEL "<<" RLABEL ">>" BOX "<>" TICK "'"
%token <tok> '&' '(' ')' '*' '+' ',' '-' '.' '/' ':' ';' '<' '=' '>' '|'

/* compilation units */
%type <node> context_item use_clause library_item subunit proper_body pragma
/* declarations */
%type <node> basic_decl object_decl type_decl subtype_decl rep_clause
%type <node> subprogram_spec subprogram_item subprogram_body subp_body_head return_type param
%type <node> package_item package_spec package_head package_body package_body_head
%type <node> generic_item generic_unit formal_item formal_type_decl formal_type_def subp_default_opt
%type <node> type_def derived_head record_body record_head access_def discr_spec component
%type <node> comp_decl array_def index_subtype discrete_range range range_opt subtype_ind
%type <node> variant_part variant_head variant aspect aspect_mark comp_clause mod_clause_opt
%type <node> task_decl task_type_head single_task_head task_def task_body task_body_head
%type <node> protected_decl prot_type_head single_prot_head prot_body_head protected_body
%type <node> entry_decl entry_body entry_body_head
%type <node> end_name_opt defname
/* statements */
%type <node> stmt unlabeled_stmt if_stmt if_head case_stmt case_head case_alt loop_stmt loop_head
%type <node> iteration block_stmt block_declare block_begin handler exception_choice
%type <node> ext_return ext_return_head ext_return_do accept_stmt accept_head accept_do
%type <node> select_stmt select_head select_alt sel_body
/* expressions */
%type <node> name direct_name primary factor term simple_expr relation expression
%type <node> and_list and_then_list or_list or_else_list xor_list
%type <node> assoc choice allocator paren_or_aggregate alloc_subtype mem_choice
%type <node> cond_expr case_expr_alt iter_spec
%type <vec> names ids param_list formal_part_opt decls decl_list
%type <vec> stmts stmt_list handlers_opt handlers case_alts assoc_list choice_list
%type <vec> enum_lits index_list components component_items discr_part discr_specs
%type <vec> variants elsif_list exception_choices mem_choices pragma_args_opt
%type <vec> aspects_opt aspect_spec aspect_items iface_and_opt iface_and_list iface_new_opt
%type <vec> pragmas_opt pragma_seq generic_formals def_items prot_body_items
%type <vec> comp_clauses private_part_opt select_alts elsif_exprs case_expr_alts
%type <num> mode flags_opt access_mods overriding tflags tflags_opt prot_opt

%%

/* ==== 10.1.1 compilation ================================================== */

/* A compilation is a sequence of compilation units, in any order; pragmas
 * may stand anywhere a unit may (2.8(7.1/3)).  Context items are gathered
 * until the library item they belong to (add_unit). */
file
    : %empty
    | file context_item                 { vec_push(&p->pending, $2); }
    | file library_item                 { add_unit(p, $2, 0, @2); }
    | file PRIVATE library_item         { add_unit(p, $3, NF_PRIVATE, @3); }
    | file subunit                      { add_unit(p, $2, 0, @2); }
    | file error ';'
    ;

/* 10.1.2 with_clause, 8.4 use_clause */
context_item
    : WITH names ';'                    { $$ = MK(N_WITH, @1); $$->list = $2; }
    | LIMITED WITH names ';'            { $$ = MK(N_WITH, @1); $$->list = $3; $$->flags |= NF_LIMITED_WITH; }
    | PRIVATE WITH names ';'            { $$ = MK(N_WITH, @1); $$->list = $3; $$->flags |= NF_PRIVATE; }
    | LIMITED PRIVATE WITH names ';'    { $$ = MK(N_WITH, @1); $$->list = $4; $$->flags |= NF_PRIVATE | NF_LIMITED_WITH; }
    | use_clause
    | pragma
    ;

use_clause
    : USE names ';'                     { $$ = MK(N_USE, @1); $$->list = $2; }
    | USE TYPE names ';'                { $$ = MK(N_USE_TYPE, @1); $$->list = $3; }
    | USE ALL TYPE names ';'            { $$ = MK(N_USE_TYPE, @1); $$->list = $4; $$->flags |= NF_ALL; }
    ;

names
    : name                              { $$ = vec1($1); }
    | names ',' name                    { $$ = vec_add($1, $3); }
    ;

/* 10.1.1 library_item: what may not be a library unit is reported by add_unit */
library_item
    : subprogram_item
    | package_item
    | generic_item
    ;

/* 10.1.3 subunit */
subunit
    : SEPARATE '(' name ')' proper_body
        { $$ = MK(N_SUBUNIT, @1); $$->ref = $3; $$->expr = $5; }
    ;

proper_body
    : subprogram_item                   { $$ = check_proper_body(p, $1); }
    | package_item                      { $$ = check_proper_body(p, $1); }
    | task_body
    | protected_body
    ;

/* 2.8 pragma */
pragma
    : PRAGMA IDENT pragma_args_opt ';'
        { $$ = MK(N_PRAGMA, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; }
    ;

pragma_args_opt
    : %empty                            { $$ = (Vec){0}; }
    | '(' assoc_list ')'                { $$ = $2; }
    | '(' cond_expr ')'                 { $$ = vec1($2); }
    ;

pragmas_opt
    : %empty                            { $$ = (Vec){0}; }
    | pragma_seq
    ;

pragma_seq
    : pragma                            { $$ = vec1($1); }
    | pragma_seq pragma                 { $$ = vec_add($1, $2); }
    ;

/* ==== 6 subprograms ======================================================= */

/* 6.1 subprogram_specification */
subprogram_spec
    : PROCEDURE defname formal_part_opt
        { $$ = MK(N_SUBPROGRAM_SPEC, @1); $$->op = T_PROCEDURE; $$->expr = $2; $$->list = $3; }
    | FUNCTION defname formal_part_opt RETURN return_type
        { $$ = MK(N_SUBPROGRAM_SPEC, @1); $$->op = T_FUNCTION; $$->expr = $2; $$->list = $3; $$->type = $5; }
    ;

/* 6.1 [null_exclusion] subtype_mark | access_definition */
return_type
    : subtype_ind
    | access_def
    ;

formal_part_opt
    : %empty                            { $$ = (Vec){0}; }
    | '(' param_list ')'                { $$ = $2; }
    | '(' error ')'                     { $$ = (Vec){0}; }
    ;

param_list
    : param                             { $$ = vec1($1); }
    | param_list ';' param              { $$ = vec_add($1, $3); }
    ;

/* 6.1 parameter_specification.  The mode is spelled out in each rule: an
 * empty mode before `not null` would clash with the access definition. */
param
    : ids ':' subtype_ind
        { $$ = MK(N_PARAM, @1); $$->ids = $1; $$->op = T_IN; $$->type = $3; }
    | ids ':' subtype_ind ASSIGN expression
        { $$ = MK(N_PARAM, @1); $$->ids = $1; $$->op = T_IN; $$->type = $3; $$->init = $5; }
    | ids ':' mode subtype_ind
        { $$ = MK(N_PARAM, @1); $$->ids = $1; $$->op = $3; $$->type = $4; }
    | ids ':' mode subtype_ind ASSIGN expression
        { $$ = MK(N_PARAM, @1); $$->ids = $1; $$->op = $3; $$->type = $4; $$->init = $6; }
    | ids ':' ALIASED subtype_ind
        { $$ = MK(N_PARAM, @1); $$->ids = $1; $$->op = T_IN; $$->type = $4; $$->flags |= NF_ALIASED; }
    | ids ':' ALIASED subtype_ind ASSIGN expression
        { $$ = MK(N_PARAM, @1); $$->ids = $1; $$->op = T_IN; $$->type = $4; $$->init = $6; $$->flags |= NF_ALIASED; }
    | ids ':' ALIASED mode subtype_ind
        { $$ = MK(N_PARAM, @1); $$->ids = $1; $$->op = $4; $$->type = $5; $$->flags |= NF_ALIASED; }
    | ids ':' ALIASED mode subtype_ind ASSIGN expression
        { $$ = MK(N_PARAM, @1); $$->ids = $1; $$->op = $4; $$->type = $5; $$->init = $7; $$->flags |= NF_ALIASED; }
    | ids ':' access_def
        { $$ = MK(N_PARAM, @1); $$->ids = $1; $$->op = T_IN; $$->type = $3; }
    | ids ':' access_def ASSIGN expression
        { $$ = MK(N_PARAM, @1); $$->ids = $1; $$->op = T_IN; $$->type = $3; $$->init = $5; }
    ;

/* 6.1 mode, when written */
mode
    : IN                                { $$ = T_IN; }
    | OUT                               { $$ = T_OUT; }
    | IN OUT                            { $$ = T_OUT + T_IN; }
    ;

ids
    : IDENT                             { $$ = vec1(mk_ident($1)); }
    | ids ',' IDENT                     { $$ = vec_add($1, mk_ident($3)); }
    ;

/* 8.3.1 overriding_indicator.  Written as a prefix of whole rules (not an
 * optional symbol) so that no empty rule is reduced before a declaration. */
overriding
    : OVERRIDING                        { $$ = NF_OVERRIDING; }
    | NOT OVERRIDING                    { $$ = NF_NOT_OVERRIDING; }
    ;

/* 6.1 subprogram_declaration, 3.9.3 abstract_subprogram_declaration,
 * 6.7 null_procedure_declaration, 6.8 expression_function_declaration,
 * 8.5.4 subprogram_renaming_declaration, 10.1.3 subprogram_body_stub,
 * 12.3 generic_instantiation of a subprogram, 6.3 subprogram_body.
 * A procedure instance is a specification without parameters followed by
 * `is new`; a function instance has no `return` (and so its own rule). */
subprogram_item
    : subprogram_spec aspects_opt ';'
        { $$ = MK(N_SUBPROGRAM_DECL, @1); $$->spec = $1; $$->aspects = $2; }
    | subprogram_spec IS ABSTRACT aspects_opt ';'
        { $$ = MK(N_SUBPROGRAM_DECL, @1); $$->spec = $1; $$->flags |= NF_ABSTRACT; $$->aspects = $4; }
    | subprogram_spec IS NULL_ aspects_opt ';'
        { $$ = MK(N_SUBPROGRAM_DECL, @1); $$->spec = $1; $$->flags |= NF_NULL_PROC; $$->aspects = $4;
          if ($1->op != T_PROCEDURE)
              syntax_error(p, @3.begin, "only a procedure can be a null procedure [RM 6.7(2/3)]"); }
    | subprogram_spec IS paren_or_aggregate aspects_opt ';'
        { $$ = MK(N_EXPR_FUNCTION, @1); $$->spec = $1; $$->expr = $3; $$->aspects = $4;
          if ($1->op != T_FUNCTION)
              syntax_error(p, @3.begin, "only a function can be an expression function [RM 6.8(2/3)]");
          if ($3->kind == N_PAREN) $$->expr = $3->expr; }
    | subprogram_spec IS SEPARATE aspects_opt ';'
        { $$ = MK(N_BODY_STUB, @1); $$->op = $1->op; $$->spec = $1; $$->aspects = $4; }
    | subprogram_spec IS NEW name aspects_opt ';'
        { $$ = instantiation(p, @1, $1->op, $1->expr, $4, 0); $$->aspects = $5;
          if ($1->op != T_PROCEDURE || $1->list.len)
              syntax_error(p, $1->loc, "a subprogram instance has no parameter profile of its own [RM 12.3(2/3)]"); }
    | FUNCTION defname IS NEW name aspects_opt ';'
        { $$ = instantiation(p, @1, T_FUNCTION, $2, $5, 0); $$->aspects = $6; }
    | subprogram_spec RENAMES name aspects_opt ';'
        { $$ = MK(N_SUBPROGRAM_RENAMING, @1); $$->spec = $1; $$->ref = $3; $$->aspects = $4; }
    | subprogram_body
    | overriding subprogram_item
        { $$ = $2;
          if ($2->flags & (NF_OVERRIDING | NF_NOT_OVERRIDING))
              syntax_error(p, @2.begin, "only one overriding indicator may be given [RM 8.3.1(2/2)]");
          $$->flags |= $1; }
    ;

subprogram_body
    : subp_body_head decls BEGIN_ stmts handlers_opt END end_name_opt ';'
        { $$ = fin(p, $1); $$->list = $2; $$->list2 = $4; $$->list3 = $5; set_end_name($$, $7); }
    ;

subp_body_head
    : subprogram_spec IS
        { $$ = MK(N_SUBPROGRAM_BODY, @1); $$->spec = $1; }
    | subprogram_spec aspect_spec IS
        { $$ = MK(N_SUBPROGRAM_BODY, @1); $$->spec = $1; $$->aspects = $2; }
    ;

end_name_opt
    : %empty                            { $$ = NULL; }
    | defname
    ;

/* ==== 7 packages ========================================================== */

/* 7.1 package_declaration, 7.2 package_body, 8.5.3 renaming, 12.3 instance,
 * 10.1.3 package_body_stub */
package_item
    : package_spec
    | PACKAGE defname IS NEW name aspects_opt ';'
        { $$ = instantiation(p, @1, T_PACKAGE, $2, $5, 0); $$->aspects = $6; }
    | PACKAGE defname RENAMES name aspects_opt ';'
        { $$ = MK(N_PACKAGE_RENAMING, @1); $$->expr = $2; $$->ref = $4; $$->aspects = $5; }
    | package_body
    | PACKAGE BODY defname IS SEPARATE aspects_opt ';'
        { $$ = MK(N_BODY_STUB, @1); $$->op = T_PACKAGE; $$->expr = $3; $$->aspects = $6; }
    ;

package_spec
    : package_head decls private_part_opt END end_name_opt ';'
        { $$ = fin(p, $1); $$->list = $2; $$->list2 = $3; set_end_name($$, $5);
          check_spec_decls(p, &$$->list); check_spec_decls(p, &$$->list2); }
    ;

/* `package P is`: reduced before the declarations, so that the parser
 * stack shows the package as open (for "'end P;' expected" messages) */
package_head
    : PACKAGE defname IS                { $$ = MK(N_PACKAGE_SPEC, @1); $$->expr = $2; }
    | PACKAGE defname aspect_spec IS    { $$ = MK(N_PACKAGE_SPEC, @1); $$->expr = $2; $$->aspects = $3; }
    ;

private_part_opt
    : %empty                            { $$ = (Vec){0}; }
    | PRIVATE decls                     { $$ = $2; }
    ;

package_body
    : package_body_head decls END end_name_opt ';'
        { $$ = fin(p, $1); $$->list = $2; set_end_name($$, $4); }
    | package_body_head decls BEGIN_ stmts handlers_opt END end_name_opt ';'
        { $$ = fin(p, $1); $$->list = $2; $$->list2 = $4; $$->list3 = $5; set_end_name($$, $7); }
    ;

package_body_head
    : PACKAGE BODY defname IS           { $$ = MK(N_PACKAGE_BODY, @1); $$->expr = $3; }
    | PACKAGE BODY defname aspect_spec IS { $$ = MK(N_PACKAGE_BODY, @1); $$->expr = $3; $$->aspects = $4; }
    ;

/* ==== 12 generic units ==================================================== */

/* 12.1 generic_declaration, 8.5.5 generic_renaming_declaration.  The
 * formal part is written non-empty (generic_formals) or absent, so that
 * `generic package P renames` and `generic package P is` part only at
 * `renames`/`is`. */
generic_item
    : GENERIC generic_unit
        { $$ = MK(N_GENERIC_DECL, @1); $$->spec = $2; }
    | generic_formals generic_unit
        { $$ = MK(N_GENERIC_DECL, @1); $$->list = $1; $$->spec = $2; }
    | GENERIC PACKAGE defname RENAMES name aspects_opt ';'
        { $$ = MK(N_GENERIC_RENAMING, @1); $$->op = T_PACKAGE; $$->expr = $3; $$->ref = $5; $$->aspects = $6; }
    | GENERIC PROCEDURE defname RENAMES name aspects_opt ';'
        { $$ = MK(N_GENERIC_RENAMING, @1); $$->op = T_PROCEDURE; $$->expr = $3; $$->ref = $5; $$->aspects = $6; }
    | GENERIC FUNCTION defname RENAMES name aspects_opt ';'
        { $$ = MK(N_GENERIC_RENAMING, @1); $$->op = T_FUNCTION; $$->expr = $3; $$->ref = $5; $$->aspects = $6; }
    ;

generic_unit
    : subprogram_spec aspects_opt ';'
        { $$ = MK(N_SUBPROGRAM_DECL, @1); $$->spec = $1; $$->aspects = $2; }
    | package_spec
    ;

generic_formals
    : GENERIC formal_item               { $$ = vec1($2); }
    | generic_formals formal_item       { $$ = vec_add($1, $2); }
    | GENERIC error ';'                 { $$ = (Vec){0}; }
    | generic_formals error ';'         { $$ = $1; }
    ;

/* 12.4 formal_object_declaration, 12.5 formal_type_declaration,
 * 12.6 formal_subprogram_declaration, 12.7 formal_package_declaration */
formal_item
    : ids ':' subtype_ind aspects_opt ';'
        { $$ = MK(N_FORMAL_OBJECT, @1); $$->ids = $1; $$->op = T_IN; $$->type = $3; $$->aspects = $4; }
    | ids ':' subtype_ind ASSIGN expression aspects_opt ';'
        { $$ = MK(N_FORMAL_OBJECT, @1); $$->ids = $1; $$->op = T_IN; $$->type = $3; $$->init = $5; $$->aspects = $6; }
    | ids ':' mode subtype_ind aspects_opt ';'
        { $$ = MK(N_FORMAL_OBJECT, @1); $$->ids = $1; $$->op = $3; $$->type = $4; $$->aspects = $5;
          if ($3 == T_OUT) syntax_error(p, @3.begin, "a generic formal object has mode 'in' or 'in out', not 'out' [RM 12.4(2/3)]"); }
    | ids ':' mode subtype_ind ASSIGN expression aspects_opt ';'
        { $$ = MK(N_FORMAL_OBJECT, @1); $$->ids = $1; $$->op = $3; $$->type = $4; $$->init = $6; $$->aspects = $7;
          if ($3 == T_OUT) syntax_error(p, @3.begin, "a generic formal object has mode 'in' or 'in out', not 'out' [RM 12.4(2/3)]"); }
    | ids ':' access_def aspects_opt ';'
        { $$ = MK(N_FORMAL_OBJECT, @1); $$->ids = $1; $$->op = T_IN; $$->type = $3; $$->aspects = $4; }
    | ids ':' access_def ASSIGN expression aspects_opt ';'
        { $$ = MK(N_FORMAL_OBJECT, @1); $$->ids = $1; $$->op = T_IN; $$->type = $3; $$->init = $5; $$->aspects = $6; }
    | ids ':' mode access_def aspects_opt ';'
        { $$ = MK(N_FORMAL_OBJECT, @1); $$->ids = $1; $$->op = $3; $$->type = $4; $$->aspects = $5; }
    | ids ':' mode access_def ASSIGN expression aspects_opt ';'
        { $$ = MK(N_FORMAL_OBJECT, @1); $$->ids = $1; $$->op = $3; $$->type = $4; $$->init = $6; $$->aspects = $7; }
    | formal_type_decl
    | WITH subprogram_spec subp_default_opt aspects_opt ';'
        { $$ = fin(p, $3); $$->loc = @1.begin; $$->spec = $2; $$->aspects = $4; }
    | WITH PACKAGE IDENT IS NEW name aspects_opt ';'
        { $$ = MK(N_FORMAL_PACKAGE, @1); $$->id = tok_id($3); $$->text = $3.text; $$->aspects = $7;
          if ($6->kind == N_APPLY) { $$->ref = $6->expr; $$->list = $6->list; } else $$->ref = $6; }
    | WITH PACKAGE IDENT IS NEW name '(' BOX ')' aspects_opt ';'
        { $$ = MK(N_FORMAL_PACKAGE, @1); $$->id = tok_id($3); $$->text = $3.text; $$->ref = $6;
          $$->flags |= NF_BOX; $$->aspects = $10; }
    | use_clause
    | pragma
    ;

subp_default_opt
    : %empty                            { $$ = MK(N_FORMAL_SUBPROGRAM, @$); }
    | IS BOX                            { $$ = MK(N_FORMAL_SUBPROGRAM, @1); $$->flags |= NF_BOX; }
    | IS name                           { $$ = MK(N_FORMAL_SUBPROGRAM, @1); $$->expr = $2; }
    | IS NULL_                          { $$ = MK(N_FORMAL_SUBPROGRAM, @1); $$->flags |= NF_NULL_PROC; }
    | IS ABSTRACT                       { $$ = MK(N_FORMAL_SUBPROGRAM, @1); $$->flags |= NF_ABSTRACT; }
    | IS ABSTRACT BOX                   { $$ = MK(N_FORMAL_SUBPROGRAM, @1); $$->flags |= NF_ABSTRACT | NF_BOX; }
    | IS ABSTRACT name                  { $$ = MK(N_FORMAL_SUBPROGRAM, @1); $$->flags |= NF_ABSTRACT; $$->expr = $3; }
    ;

/* 12.5 formal_type_declaration; the derived form has its `with` rules
 * spelled out as in type_decl */
formal_type_decl
    : TYPE IDENT discr_part ';'
        { $$ = MK(N_FORMAL_TYPE, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; }
    | TYPE IDENT discr_part IS TAGGED ';'
        { $$ = MK(N_FORMAL_TYPE, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; $$->flags |= NF_TAGGED; }
    | TYPE IDENT discr_part IS formal_type_def aspects_opt ';'
        { $$ = MK(N_FORMAL_TYPE, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; $$->type = $5; $$->aspects = $6; }
    | TYPE IDENT discr_part IS derived_head ';'
        { $$ = MK(N_FORMAL_TYPE, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; $$->type = $5; }
    | TYPE IDENT discr_part IS derived_head WITH PRIVATE aspects_opt ';'
        { $$ = MK(N_FORMAL_TYPE, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; $$->type = $5;
          $5->expr = MK2(N_PRIVATE_DEF, @7, @7); $5->end = @7.end; $$->aspects = $8; }
    | TYPE IDENT discr_part IS derived_head WITH aspect_items ';'
        { $$ = MK(N_FORMAL_TYPE, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; $$->type = $5; $$->aspects = $7; }
    ;

formal_type_def
    : tflags_opt PRIVATE
        { $$ = MK(N_PRIVATE_DEF, @2); $$->flags = tflags_mask($1); tflags_check(p, $1, @1, TF_RECORD, "a private type"); }
    | '(' BOX ')'                       { $$ = MK(N_FORMAL_SCALAR_DEF, @1); $$->op = T_BOX; }
    | RANGE BOX                         { $$ = MK(N_FORMAL_SCALAR_DEF, @1); $$->op = T_RANGE; }
    | MOD BOX                           { $$ = MK(N_FORMAL_SCALAR_DEF, @1); $$->op = T_MOD; }
    | DIGITS BOX                        { $$ = MK(N_FORMAL_SCALAR_DEF, @1); $$->op = T_DIGITS; }
    | DELTA BOX                         { $$ = MK(N_FORMAL_SCALAR_DEF, @1); $$->op = T_DELTA; }
    | DELTA BOX DIGITS BOX              { $$ = MK(N_FORMAL_SCALAR_DEF, @1); $$->op = T_DELTA; $$->flags |= NF_DECIMAL; }
    | array_def
    | access_def
    | tflags_opt INTERFACE iface_and_opt
        { $$ = MK(N_INTERFACE_DEF, @2); $$->list = $3; $$->flags = tflags_mask($1);
          tflags_check(p, $1, @1, TF_IFACE, "an interface type"); }
    ;

/* ==== 3 declarations ====================================================== */

/* 3.11 declarative_part.  Errors resynchronise at ';' and at whatever may
 * follow the list (`begin`, `end`, `private`). */
decls
    : decl_list
    ;

decl_list
    : %empty                            { $$ = (Vec){0}; }
    | decl_list basic_decl              { $$ = vec_add($1, $2); }
    | decl_list error ';'               { $$ = $1; }
    | decl_list error                   { $$ = $1; }
    ;

basic_decl
    : object_decl
    | type_decl
    | subtype_decl
    | subprogram_item
    | package_item
    | generic_item
    | task_decl
    | protected_decl
    | use_clause
    | pragma
    | rep_clause
    ;

/* 3.3.1 object_declaration, 3.3.2 number_declaration, 11.1
 * exception_declaration, 8.5.1 object_renaming_declaration, 8.5.2
 * exception_renaming_declaration */
object_decl
    : ids ':' flags_opt subtype_ind aspects_opt ';'
        { $$ = MK(N_OBJECT_DECL, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; $$->aspects = $5; }
    | ids ':' flags_opt subtype_ind ASSIGN expression aspects_opt ';'
        { $$ = MK(N_OBJECT_DECL, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; $$->init = $6; $$->aspects = $7; }
    | ids ':' flags_opt array_def aspects_opt ';'
        { $$ = MK(N_OBJECT_DECL, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; $$->aspects = $5; }
    | ids ':' flags_opt array_def ASSIGN expression aspects_opt ';'
        { $$ = MK(N_OBJECT_DECL, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; $$->init = $6; $$->aspects = $7; }
    | ids ':' flags_opt access_def aspects_opt ';'
        { $$ = MK(N_OBJECT_DECL, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; $$->aspects = $5; }
    | ids ':' flags_opt access_def ASSIGN expression aspects_opt ';'
        { $$ = MK(N_OBJECT_DECL, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; $$->init = $6; $$->aspects = $7; }
    | ids ':' CONSTANT ASSIGN expression ';'
        { $$ = MK(N_NUMBER_DECL, @1); $$->ids = $1; $$->init = $5; }
    | ids ':' EXCEPTION aspects_opt ';'
        { $$ = MK(N_EXCEPTION_DECL, @1); $$->ids = $1; $$->aspects = $4; }
    | ids ':' EXCEPTION RENAMES name aspects_opt ';'
        { $$ = MK(N_EXCEPTION_RENAMING, @1); $$->ids = $1; $$->ref = $5; $$->aspects = $6; }
    | ids ':' flags_opt subtype_ind RENAMES name aspects_opt ';'
        { $$ = MK(N_RENAMING_DECL, @1); $$->ids = $1; $$->type = $4; $$->expr = $6; $$->aspects = $7;
          if ($3) syntax_error(p, @3.begin, "an object renaming has no 'aliased' or 'constant' [RM 8.5.1(2/3)]"); }
    | ids ':' flags_opt access_def RENAMES name aspects_opt ';'
        { $$ = MK(N_RENAMING_DECL, @1); $$->ids = $1; $$->type = $4; $$->expr = $6; $$->aspects = $7;
          if ($3) syntax_error(p, @3.begin, "an object renaming has no 'aliased' or 'constant' [RM 8.5.1(2/3)]"); }
    ;

flags_opt
    : %empty                            { $$ = 0; }
    | ALIASED                           { $$ = NF_ALIASED; }
    | CONSTANT                          { $$ = NF_CONSTANT; }
    | ALIASED CONSTANT                  { $$ = NF_ALIASED | NF_CONSTANT; }
    ;

/* 3.2.1 type_declaration, 3.10.1 incomplete_type_declaration.  A derived
 * type's `with` may start a record extension, a private extension or an
 * aspect specification: the rules are spelled out so that the `with` is
 * shifted before the choice. */
type_decl
    : TYPE IDENT discr_part ';'
        { $$ = MK(N_TYPE_DECL, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; }
    | TYPE IDENT discr_part IS TAGGED ';'
        { $$ = MK(N_TYPE_DECL, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; $$->flags |= NF_TAGGED; }
    | TYPE IDENT discr_part IS type_def aspects_opt ';'
        { $$ = MK(N_TYPE_DECL, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; $$->type = $5; $$->aspects = $6; }
    | TYPE IDENT discr_part IS derived_head ';'
        { $$ = MK(N_TYPE_DECL, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; $$->type = $5;
          if ($5->list.len) syntax_error(p, $5->loc, "a type derived with progenitors needs a record extension or 'with private' [RM 3.4(2/2)]"); }
    | TYPE IDENT discr_part IS derived_head WITH aspect_items ';'
        { $$ = MK(N_TYPE_DECL, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; $$->type = $5; $$->aspects = $7; }
    | TYPE IDENT discr_part IS derived_head WITH record_body aspects_opt ';'
        { $$ = MK(N_TYPE_DECL, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; $$->type = $5;
          $5->expr = $7; $5->end = @7.end; $$->aspects = $8; }
    | TYPE IDENT discr_part IS derived_head WITH PRIVATE aspects_opt ';'
        { $$ = MK(N_TYPE_DECL, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; $$->type = $5;
          $5->expr = MK2(N_PRIVATE_DEF, @7, @7); $5->end = @7.end; $$->aspects = $8; }
    ;

/* 3.7 discriminant_part */
discr_part
    : %empty                            { $$ = (Vec){0}; }
    | '(' discr_specs ')'               { $$ = $2; }
    | '(' BOX ')'                       { $$ = vec1(MK(N_BOX_INDEX, @2)); }
    | '(' error ')'                     { $$ = (Vec){0}; }
    ;

discr_specs
    : discr_spec                        { $$ = vec1($1); }
    | discr_specs ';' discr_spec        { $$ = vec_add($1, $3); }
    ;

/* 3.7 discriminant_specification */
discr_spec
    : ids ':' subtype_ind
        { $$ = MK(N_DISCRIMINANT, @1); $$->ids = $1; $$->type = $3; }
    | ids ':' subtype_ind ASSIGN expression
        { $$ = MK(N_DISCRIMINANT, @1); $$->ids = $1; $$->type = $3; $$->init = $5; }
    | ids ':' access_def
        { $$ = MK(N_DISCRIMINANT, @1); $$->ids = $1; $$->type = $3; }
    | ids ':' access_def ASSIGN expression
        { $$ = MK(N_DISCRIMINANT, @1); $$->ids = $1; $$->type = $3; $$->init = $5; }
    ;

/* 3.2.1 type_definition (the derived ones are in type_decl) */
type_def
    : '(' enum_lits ')'
        { $$ = MK(N_ENUM_DEF, @1); $$->list = $2; }
    | RANGE simple_expr DOTDOT simple_expr
        { $$ = MK(N_INTEGER_DEF, @1); $$->left = $2; $$->right = $4; }
    | MOD expression
        { $$ = MK(N_MODULAR_DEF, @1); $$->expr = $2; }
    | DIGITS expression range_opt
        { $$ = MK(N_FLOAT_DEF, @1); $$->expr = $2; $$->constraint = $3; }
    | DELTA expression RANGE simple_expr DOTDOT simple_expr
        { $$ = MK(N_FIXED_DEF, @1); $$->expr = $2;
          Node *r = MK(N_RANGE, @4); r->left = $4; r->right = $6;
          $$->constraint = MK(N_RANGE_CONSTRAINT, @3); $$->constraint->expr = r; }
    | DELTA expression DIGITS expression range_opt
        { $$ = MK(N_FIXED_DEF, @1); $$->expr = $2; $$->right = $4; $$->constraint = $5; }
    | array_def
    | tflags_opt record_body
        { $$ = $2; $$->flags |= tflags_mask($1); tflags_check(p, $1, @1, TF_RECORD, "a record type"); }
    | tflags_opt PRIVATE
        { $$ = MK(N_PRIVATE_DEF, @2); $$->flags = tflags_mask($1); tflags_check(p, $1, @1, TF_RECORD, "a private type"); }
    | tflags_opt INTERFACE iface_and_opt
        { $$ = MK(N_INTERFACE_DEF, @2); $$->list = $3; $$->flags = tflags_mask($1);
          tflags_check(p, $1, @1, TF_IFACE, "an interface type"); }
    | access_def
    ;

/* 3.4 derived_type_definition, 7.3 private_extension_declaration,
 * 12.5.1 formal_derived_type_definition, up to the `with` */
derived_head
    : tflags_opt NEW subtype_ind iface_and_opt
        { $$ = MK(N_DERIVED_DEF, @2); $$->type = $3; $$->list = $4; $$->flags = tflags_mask($1);
          tflags_check(p, $1, @1, TF_DERIVED, "a derived type"); }
    ;

/* 3.9.4 interface_list after the first name */
iface_and_opt
    : %empty                            { $$ = (Vec){0}; }
    | iface_and_list
    ;

iface_and_list
    : AND name                          { $$ = vec1($2); }
    | iface_and_list AND name           { $$ = vec_add($1, $3); }
    ;

/* abstract, tagged, limited, synchronized, task, protected: any order here,
 * checked by the rule that uses them (tflags_check) */
tflags_opt
    : %empty                            { $$ = 0; }
    | tflags
    ;

tflags
    : tflag_one                         { $$ = $<num>1; }
    | tflags tflag_one                  { $$ = $1 < 010000 ? $1 * 8 + $<num>2 : -1; }
    ;

tflag_one
    : ABSTRACT                          { $<num>$ = TF_ABSTRACT; }
    | TAGGED                            { $<num>$ = TF_TAGGED; }
    | LIMITED                           { $<num>$ = TF_LIMITED; }
    | SYNCHRONIZED                      { $<num>$ = TF_SYNCHRONIZED; }
    | TASK                              { $<num>$ = TF_TASK; }
    | PROTECTED                         { $<num>$ = TF_PROTECTED; }
    ;

range_opt
    : %empty                            { $$ = NULL; }
    | RANGE range                       { $$ = MK(N_RANGE_CONSTRAINT, @1); $$->expr = $2; }
    ;

enum_lits
    : IDENT                             { $$ = vec1(mk_ident($1)); }
    | CHAR_LIT                          { $$ = vec1(mk_lit(N_CHAR_LIT, $1)); }
    | enum_lits ',' IDENT               { $$ = vec_add($1, mk_ident($3)); }
    | enum_lits ',' CHAR_LIT            { $$ = vec_add($1, mk_lit(N_CHAR_LIT, $3)); }
    ;

/* 3.6 array_type_definition, component_definition */
array_def
    : ARRAY '(' index_list ')' OF subtype_ind
        { $$ = MK(N_ARRAY_DEF, @1); $$->list = $3; $$->type = $6; }
    | ARRAY '(' index_list ')' OF ALIASED subtype_ind
        { $$ = MK(N_ARRAY_DEF, @1); $$->list = $3; $$->type = $7; $$->flags = NF_ALIASED; }
    | ARRAY '(' index_list ')' OF access_def
        { $$ = MK(N_ARRAY_DEF, @1); $$->list = $3; $$->type = $6; }
    | ARRAY '(' index_list ')' OF ALIASED access_def
        { $$ = MK(N_ARRAY_DEF, @1); $$->list = $3; $$->type = $7; $$->flags = NF_ALIASED; }
    ;

index_list
    : index_subtype                     { $$ = vec1($1); }
    | index_list ',' index_subtype      { $$ = vec_add($1, $3); }
    ;

index_subtype
    : name RANGE BOX                    { $$ = MK(N_BOX_INDEX, @1); $$->type = $1; }
    | discrete_range
    ;

/* 3.6.1 discrete_range: a subtype indication or a range */
discrete_range
    : simple_expr                       { $$ = $1; }
    | simple_expr DOTDOT simple_expr    { $$ = MK(N_RANGE, @1); $$->left = $1; $$->right = $3; }
    | name RANGE range
        { $$ = MK(N_SUBTYPE_IND, @1); $$->expr = $1;
          $$->constraint = MK(N_RANGE_CONSTRAINT, @2); $$->constraint->expr = $3; }
    ;

/* 3.5 range */
range
    : simple_expr DOTDOT simple_expr    { $$ = MK(N_RANGE, @1); $$->left = $1; $$->right = $3; }
    | name                              { $$ = $1; }   /* X'Range */
    ;

/* 3.8 record_definition (without the type's keywords) */
record_body
    : record_head components END RECORD
        { $$ = fin(p, $1); $$->list = $2; check_components(p, &$$->list, @1); }
    | NULL_ RECORD
        { $$ = MK(N_RECORD_DEF, @1); $$->flags = NF_NULL_REC; }
    ;

record_head
    : RECORD                            { $$ = MK(N_RECORD_DEF, @1); }
    ;

/* 3.8 component_list */
components
    : component_items                   { $$ = $1; }
    | component_items variant_part      { $$ = vec_add($1, $2); }
    | component_items variant_part pragma_seq { $$ = vec_cat(vec_add($1, $2), $3); }
    ;

component_items
    : %empty                            { $$ = (Vec){0}; }
    | component_items component         { $$ = vec_add($1, $2); }
    | component_items error ';'         { $$ = $1; }
    ;

/* 3.8 component_item: a component_declaration or an aspect_clause */
component
    : comp_decl
    | NULL_ ';'                         { $$ = MK(N_NULL_COMPONENT, @1); }
    | pragma
    | rep_clause
    ;

/* 3.8 component_declaration */
comp_decl
    : ids ':' subtype_ind aspects_opt ';'
        { $$ = MK(N_COMPONENT, @1); $$->ids = $1; $$->type = $3; $$->aspects = $4; }
    | ids ':' subtype_ind ASSIGN expression aspects_opt ';'
        { $$ = MK(N_COMPONENT, @1); $$->ids = $1; $$->type = $3; $$->init = $5; $$->aspects = $6; }
    | ids ':' ALIASED subtype_ind aspects_opt ';'
        { $$ = MK(N_COMPONENT, @1); $$->ids = $1; $$->flags = NF_ALIASED; $$->type = $4; $$->aspects = $5; }
    | ids ':' ALIASED subtype_ind ASSIGN expression aspects_opt ';'
        { $$ = MK(N_COMPONENT, @1); $$->ids = $1; $$->flags = NF_ALIASED; $$->type = $4; $$->init = $6; $$->aspects = $7; }
    | ids ':' access_def aspects_opt ';'
        { $$ = MK(N_COMPONENT, @1); $$->ids = $1; $$->type = $3; $$->aspects = $4; }
    | ids ':' access_def ASSIGN expression aspects_opt ';'
        { $$ = MK(N_COMPONENT, @1); $$->ids = $1; $$->type = $3; $$->init = $5; $$->aspects = $6; }
    | ids ':' ALIASED access_def aspects_opt ';'
        { $$ = MK(N_COMPONENT, @1); $$->ids = $1; $$->flags = NF_ALIASED; $$->type = $4; $$->aspects = $5; }
    | ids ':' ALIASED access_def ASSIGN expression aspects_opt ';'
        { $$ = MK(N_COMPONENT, @1); $$->ids = $1; $$->flags = NF_ALIASED; $$->type = $4; $$->init = $6; $$->aspects = $7; }
    ;

/* 3.8.1 variant_part */
variant_part
    : variant_head pragmas_opt variants END CASE ';'
        { $$ = fin(p, $1); $$->pragmas = $2; $$->list = $3; }
    ;

variant_head
    : CASE IDENT IS                     { $$ = MK(N_CASE, @1); $$->id = tok_id($2); }
    ;

variants
    : variant                           { $$ = vec1($1); }
    | variants variant                  { $$ = vec_add($1, $2); }
    ;

variant
    : WHEN choice_list ARROW components
        { $$ = MK(N_CASE_ARM, @1); $$->list2 = $2; $$->list = $4; check_components(p, &$$->list, @3); }
    ;

/* 3.10 access_type_definition and access_definition */
access_def
    : access_mods ACCESS subtype_ind
        { $$ = MK(N_ACCESS_DEF, @2); $$->flags = $1; $$->type = $3; }
    | access_mods ACCESS ALL subtype_ind
        { $$ = MK(N_ACCESS_DEF, @2); $$->flags = $1 | NF_ALL; $$->type = $4; }
    | access_mods ACCESS CONSTANT subtype_ind
        { $$ = MK(N_ACCESS_DEF, @2); $$->flags = $1 | NF_CONSTANT; $$->type = $4; }
    | access_mods ACCESS prot_opt PROCEDURE formal_part_opt
        { $$ = MK(N_ACCESS_SUBP_DEF, @2); $$->flags = $1 | $3; $$->op = T_PROCEDURE; $$->list = $5; }
    | access_mods ACCESS prot_opt FUNCTION formal_part_opt RETURN return_type
        { $$ = MK(N_ACCESS_SUBP_DEF, @2); $$->flags = $1 | $3; $$->op = T_FUNCTION; $$->list = $5; $$->type = $7; }
    ;

access_mods
    : %empty                            { $$ = 0; }
    | NOT NULL_                         { $$ = NF_NOT_NULL; }
    ;

prot_opt
    : %empty                            { $$ = 0; }
    | PROTECTED                         { $$ = NF_PROTECTED; }
    ;

/* 3.2.2 subtype_declaration, subtype_indication */
subtype_decl
    : SUBTYPE IDENT IS subtype_ind aspects_opt ';'
        { $$ = MK(N_SUBTYPE_DECL, @1); $$->id = tok_id($2); $$->text = $2.text; $$->type = $4; $$->aspects = $5; }
    ;

/* The index or discriminant constraint of a subtype indication is part of
 * its name (an N_APPLY); only scalar constraints are separate. */
subtype_ind
    : name                              { $$ = MK(N_SUBTYPE_IND, @1); $$->expr = $1; }
    | name RANGE range
        { $$ = MK(N_SUBTYPE_IND, @1); $$->expr = $1;
          $$->constraint = MK(N_RANGE_CONSTRAINT, @2); $$->constraint->expr = $3; }
    | name DIGITS simple_expr range_opt
        { $$ = MK(N_SUBTYPE_IND, @1); $$->expr = $1;
          $$->constraint = MK(N_DIGITS_CONSTRAINT, @2); $$->constraint->expr = $3; $$->constraint->constraint = $4; }
    | name DELTA simple_expr range_opt
        { $$ = MK(N_SUBTYPE_IND, @1); $$->expr = $1;
          $$->constraint = MK(N_DELTA_CONSTRAINT, @2); $$->constraint->expr = $3; $$->constraint->constraint = $4; }
    | NOT NULL_ name                    { $$ = MK(N_SUBTYPE_IND, @3); $$->expr = $3; $$->flags |= NF_NOT_NULL; }
    ;

/* ==== 13 representation ==================================================== */

/* 13.3 attribute_definition_clause, 13.4 enumeration_representation_clause,
 * 13.5.1 record_representation_clause, J.7 at_clause */
rep_clause
    : FOR name USE expression ';'
        { $$ = MK($2->kind == N_ATTRIBUTE ? N_ATTRIBUTE_CLAUSE : N_ENUM_REP_CLAUSE, @1); $$->expr = $2; $$->init = $4; }
    | FOR name USE AT expression ';'
        { $$ = MK(N_AT_CLAUSE, @1); $$->expr = $2; $$->init = $5; }
    | FOR name USE record_head mod_clause_opt comp_clauses END RECORD ';'
        { $$ = MK(N_RECORD_REP_CLAUSE, @1); $$->expr = $2; $$->init = $5; $$->list = $6; }
    ;

mod_clause_opt
    : %empty                            { $$ = NULL; }
    | AT MOD expression ';'             { $$ = $3; }
    ;

comp_clauses
    : %empty                            { $$ = (Vec){0}; }
    | comp_clauses comp_clause          { $$ = vec_add($1, $2); }
    | comp_clauses pragma               { $$ = vec_add($1, $2); }
    | comp_clauses error ';'            { $$ = $1; }
    ;

comp_clause
    : name AT simple_expr RANGE simple_expr DOTDOT simple_expr ';'
        { $$ = MK(N_COMPONENT_CLAUSE, @1); $$->expr = $1; $$->init = $3;
          $$->constraint = MK(N_RANGE, @5); $$->constraint->left = $5; $$->constraint->right = $7; }
    ;

/* 13.1.1 aspect_specification */
aspects_opt
    : %empty                            { $$ = (Vec){0}; }
    | aspect_spec
    ;

aspect_spec
    : WITH aspect_items                 { $$ = $2; }
    ;

aspect_items
    : aspect                            { $$ = vec1($1); }
    | aspect_items ',' aspect           { $$ = vec_add($1, $3); }
    ;

aspect
    : aspect_mark
    | aspect_mark ARROW expression      { $$ = fin(p, $1); $$->expr = $3; }
    ;

aspect_mark
    : IDENT                             { $$ = MK(N_ASPECT, @1); $$->id = tok_id($1); $$->text = $1.text; }
    | IDENT TICK IDENT
        { $$ = MK(N_ASPECT, @1); $$->id = tok_id($1); $$->text = $1.text;
          if (tok_id($3) == intern("class", 5)) $$->flags |= NF_CLASS;
          else syntax_error(p, $3.loc, "an aspect mark is an identifier or Identifier'Class [RM 13.1.1(3/3)]"); }
    ;

/* ==== 9 tasks and protected units ========================================= */

/* 9.1 task_type_declaration, single_task_declaration, task_body,
 * 10.1.3 task_body_stub */
task_decl
    : TASK TYPE IDENT discr_part aspects_opt ';'
        { $$ = MK(N_TASK_TYPE, @1); $$->id = tok_id($3); $$->text = $3.text; $$->list = $4; $$->aspects = $5; }
    | task_type_head task_def
        { $$ = fin(p, $1); $$->list3 = $2->list3; $2->list3 = (Vec){0}; $$->spec = $2;
          check_task_items(p, &$2->list); check_task_items(p, &$2->list2); }
    | TASK IDENT aspects_opt ';'
        { $$ = MK(N_SINGLE_TASK, @1); $$->id = tok_id($2); $$->text = $2.text; $$->aspects = $3; }
    | single_task_head task_def
        { $$ = fin(p, $1); $$->list3 = $2->list3; $2->list3 = (Vec){0}; $$->spec = $2;
          check_task_items(p, &$2->list); check_task_items(p, &$2->list2); }
    | task_body
    | TASK BODY IDENT IS SEPARATE aspects_opt ';'
        { $$ = MK(N_BODY_STUB, @1); $$->op = T_TASK; $$->expr = mk_ident($3); $$->aspects = $6; }
    ;

task_type_head
    : TASK TYPE IDENT discr_part aspects_opt IS
        { $$ = MK(N_TASK_TYPE, @1); $$->id = tok_id($3); $$->text = $3.text; $$->list = $4; $$->aspects = $5; }
    ;

single_task_head
    : TASK IDENT aspects_opt IS
        { $$ = MK(N_SINGLE_TASK, @1); $$->id = tok_id($2); $$->text = $2.text; $$->aspects = $3; }
    ;

/* 9.1 task_definition, 9.4 protected_definition, with the progenitors
 * before them (list3).  Both take the same items (entries, subprogram
 * declarations, components, aspect clauses, pragmas); the rules that use
 * them check which are allowed where. */
task_def
    : iface_new_opt def_items END end_name_opt ';'
        { $$ = MK(N_TASK_DEF, @2); $$->list3 = $1; $$->list = $2; set_end_name($$, $4); }
    | iface_new_opt def_items PRIVATE def_items END end_name_opt ';'
        { $$ = MK(N_TASK_DEF, @2); $$->list3 = $1; $$->list = $2; $$->list2 = $4; set_end_name($$, $6); }
    ;

iface_new_opt
    : %empty                            { $$ = (Vec){0}; }
    | NEW name iface_and_opt WITH       { $$ = vec_cat(vec1($2), $3); }
    ;

def_items
    : %empty                            { $$ = (Vec){0}; }
    | def_items entry_decl              { $$ = vec_add($1, $2); }
    | def_items subprogram_item         { $$ = vec_add($1, $2); }
    | def_items comp_decl               { $$ = vec_add($1, $2); }
    | def_items rep_clause              { $$ = vec_add($1, $2); }
    | def_items pragma                  { $$ = vec_add($1, $2); }
    | def_items error ';'               { $$ = $1; }
    ;

task_body
    : task_body_head decls BEGIN_ stmts handlers_opt END end_name_opt ';'
        { $$ = fin(p, $1); $$->list = $2; $$->list2 = $4; $$->list3 = $5; set_end_name($$, $7); }
    ;

task_body_head
    : TASK BODY IDENT IS                { $$ = MK(N_TASK_BODY, @1); $$->id = tok_id($3); $$->text = $3.text; }
    | TASK BODY IDENT aspect_spec IS    { $$ = MK(N_TASK_BODY, @1); $$->id = tok_id($3); $$->text = $3.text; $$->aspects = $4; }
    ;

/* 9.4 protected_type_declaration, single_protected_declaration,
 * protected_body, 10.1.3 protected_body_stub */
protected_decl
    : prot_type_head task_def
        { $$ = fin(p, $1); $$->list3 = $2->list3; $2->list3 = (Vec){0}; $$->spec = $2;
          check_protected_items(p, &$2->list, false); check_protected_items(p, &$2->list2, true); }
    | single_prot_head task_def
        { $$ = fin(p, $1); $$->list3 = $2->list3; $2->list3 = (Vec){0}; $$->spec = $2;
          check_protected_items(p, &$2->list, false); check_protected_items(p, &$2->list2, true); }
    | protected_body
    | PROTECTED BODY IDENT IS SEPARATE aspects_opt ';'
        { $$ = MK(N_BODY_STUB, @1); $$->op = T_PROTECTED; $$->expr = mk_ident($3); $$->aspects = $6; }
    ;

prot_type_head
    : PROTECTED TYPE IDENT discr_part aspects_opt IS
        { $$ = MK(N_PROTECTED_TYPE, @1); $$->id = tok_id($3); $$->text = $3.text; $$->list = $4; $$->aspects = $5; }
    ;

single_prot_head
    : PROTECTED IDENT aspects_opt IS
        { $$ = MK(N_SINGLE_PROTECTED, @1); $$->id = tok_id($2); $$->text = $2.text; $$->aspects = $3; }
    ;

protected_body
    : prot_body_head prot_body_items END end_name_opt ';'
        { $$ = fin(p, $1); $$->list = $2; set_end_name($$, $4); check_protected_body_items(p, &$$->list); }
    ;

prot_body_head
    : PROTECTED BODY IDENT IS           { $$ = MK(N_PROTECTED_BODY, @1); $$->id = tok_id($3); $$->text = $3.text; }
    | PROTECTED BODY IDENT aspect_spec IS { $$ = MK(N_PROTECTED_BODY, @1); $$->id = tok_id($3); $$->text = $3.text; $$->aspects = $4; }
    ;

prot_body_items
    : %empty                            { $$ = (Vec){0}; }
    | prot_body_items subprogram_item   { $$ = vec_add($1, $2); }
    | prot_body_items entry_body        { $$ = vec_add($1, $2); }
    | prot_body_items rep_clause        { $$ = vec_add($1, $2); }
    | prot_body_items pragma            { $$ = vec_add($1, $2); }
    | prot_body_items error ';'         { $$ = $1; }
    ;

/* 9.5.2 entry_declaration.  `entry E (X)` is a family when X is a discrete
 * range, a parameter profile when it is `ids : ...`. */
entry_decl
    : ENTRY IDENT formal_part_opt aspects_opt ';'
        { $$ = MK(N_ENTRY_DECL, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; $$->aspects = $4; }
    | ENTRY IDENT '(' discrete_range ')' formal_part_opt aspects_opt ';'
        { $$ = MK(N_ENTRY_DECL, @1); $$->id = tok_id($2); $$->text = $2.text; $$->constraint = $4; $$->list = $6; $$->aspects = $7; }
    | overriding entry_decl             { $$ = $2; $$->flags |= $1; $$->loc = @1.begin; }
    ;

/* 9.5.2 entry_body */
entry_body
    : entry_body_head decls BEGIN_ stmts handlers_opt END end_name_opt ';'
        { $$ = fin(p, $1); $$->list = $2; $$->list2 = $4; $$->list3 = $5; set_end_name($$, $7); }
    ;

entry_body_head
    : ENTRY IDENT formal_part_opt WHEN expression IS
        { $$ = MK(N_ENTRY_BODY, @1); $$->spec = MK2(N_ENTRY_DECL, @1, @3); $$->spec->id = tok_id($2);
          $$->spec->text = $2.text; $$->spec->list = $3; $$->cond = $5;
          if (!$3.len) $$->spec->end = @2.end; }
    | ENTRY IDENT '(' FOR IDENT IN discrete_range ')' formal_part_opt WHEN expression IS
        { $$ = MK(N_ENTRY_BODY, @1); $$->spec = MK2(N_ENTRY_DECL, @1, $9.len ? @9 : @8); $$->spec->id = tok_id($2);
          $$->spec->text = $2.text; $$->spec->id2 = tok_id($5); $$->spec->right = mk_ident($5);
          $$->spec->constraint = $7; $$->spec->list = $9; $$->cond = $11; }
    ;

/* ==== 5 statements ========================================================= */

/* 5.1 sequence_of_statements: at least one statement (a pragma counts,
 * 2.8(7/3)).  Errors resynchronise at ';', and at what may follow. */
stmts
    : stmt_list                         { $$ = $1; check_stmts(p, &$$, @1); }
    ;

stmt_list
    : stmt                              { $$ = vec1($1); }
    | stmt_list stmt                    { $$ = vec_add($1, $2); }
    | error ';'                         { $$ = (Vec){0}; }
    | stmt_list error ';'               { $$ = $1; }
    | stmt_list error                   { $$ = $1; }
    ;

stmt
    : unlabeled_stmt
    | LLABEL IDENT RLABEL
        { $$ = MK(N_LABEL, @1); $$->id = tok_id($2); $$->text = $2.text; }
    ;

unlabeled_stmt
    : NULL_ ';'                         { $$ = MK(N_NULL_STMT, @1); }
    | name ASSIGN expression ';'        { $$ = MK(N_ASSIGN, @2); $$->left = $1; $$->right = $3; }
    | name ';'                          { $$ = MK(N_CALL_STMT, @1); $$->expr = $1; }
    | if_stmt
    | case_stmt
    | loop_stmt
    | block_stmt
    | EXIT ';'                          { $$ = MK(N_EXIT, @1); }
    | EXIT name ';'                     { $$ = MK(N_EXIT, @1); $$->expr = $2; }
    | EXIT WHEN expression ';'          { $$ = MK(N_EXIT, @1); $$->cond = $3; }
    | EXIT name WHEN expression ';'     { $$ = MK(N_EXIT, @1); $$->expr = $2; $$->cond = $4; }
    | RETURN ';'                        { $$ = MK(N_RETURN, @1); }
    | RETURN expression ';'             { $$ = MK(N_RETURN, @1); $$->expr = $2; }
    | ext_return
    | RAISE ';'                         { $$ = MK(N_RAISE, @1); }
    | RAISE name ';'                    { $$ = MK(N_RAISE, @1); $$->expr = $2; }
    | RAISE name WITH expression ';'    { $$ = MK(N_RAISE, @1); $$->expr = $2; $$->init = $4; }
    | GOTO name ';'                     { $$ = MK(N_GOTO, @1); $$->expr = $2; }
    | pragma
    | accept_stmt
    | select_stmt
    | DELAY expression ';'              { $$ = MK(N_DELAY, @1); $$->expr = $2; }
    | DELAY UNTIL expression ';'        { $$ = MK(N_DELAY, @1); $$->expr = $3; $$->flags |= NF_UNTIL; }
    | ABORT names ';'                   { $$ = MK(N_ABORT, @1); $$->list = $2; }
    | REQUEUE name ';'                  { $$ = MK(N_REQUEUE, @1); $$->expr = $2; }
    | REQUEUE name WITH ABORT ';'       { $$ = MK(N_REQUEUE, @1); $$->expr = $2; $$->flags |= NF_WITH_ABORT; }
    ;

/* 5.3 if_statement */
if_stmt
    : if_head stmts elsif_list END IF ';'
        { $$ = fin(p, $1); Node *a = $$->list.data[0]; a->list = $2; a->end = @2.end;
          $$->list = vec_cat($$->list, $3); }
    | if_head stmts elsif_list ELSE stmts END IF ';'
        { $$ = fin(p, $1); Node *a = $$->list.data[0]; a->list = $2; a->end = @2.end;
          $$->list = vec_cat($$->list, $3); $$->list2 = $5; }
    ;

if_head
    : IF expression THEN
        { $$ = MK(N_IF, @1); Node *a = MK(N_IF_ARM, @2); a->cond = $2; $$->list = vec1(a); }
    ;

elsif_list
    : %empty                            { $$ = (Vec){0}; }
    | elsif_list ELSIF expression THEN stmts
        { Node *a = MK(N_IF_ARM, @3); a->cond = $3; a->list = $5; $$ = vec_add($1, a); }
    ;

/* 5.4 case_statement */
case_stmt
    : case_head pragmas_opt case_alts END CASE ';'
        { $$ = fin(p, $1); $$->pragmas = $2; $$->list = $3; }
    ;

case_head
    : CASE expression IS                { $$ = MK(N_CASE, @1); $$->expr = $2; }
    ;

case_alts
    : case_alt                          { $$ = vec1($1); }
    | case_alts case_alt                { $$ = vec_add($1, $2); }
    ;

case_alt
    : WHEN choice_list ARROW stmts      { $$ = MK(N_CASE_ARM, @1); $$->list2 = $2; $$->list = $4; }
    ;

/* 5.5 loop_statement */
loop_stmt
    : loop_head stmts END LOOP end_name_opt ';'
        { $$ = fin(p, $1); $$->list = $2; set_end_name($$, $5); }
    ;

/* The loop's label is written in each rule: an empty label before `loop`,
 * `while`, `for` would be reduced before every statement. */
loop_head
    : iteration LOOP                    { $$ = $1; if (!$$->op && $$->kind == N_LOOP) $$->loc = @2.begin; }
    | IDENT ':' iteration LOOP          { $$ = $3; $$->id = tok_id($1); $$->loc = $1.loc; }
    ;

iteration
    : %empty                            { $$ = MK(N_LOOP, @$); }
    | WHILE expression                  { $$ = MK(N_LOOP, @1); $$->op = T_WHILE; $$->cond = $2; }
    | FOR IDENT iter_spec               { $$ = $3; $$->loc = @1.begin; $$->id2 = tok_id($2); $$->text = $2.text; $$->right = mk_ident($2); }
    ;

/* 5.5 loop_parameter_specification, 5.5.2 iterator_specification */
iter_spec
    : IN discrete_range                 { $$ = MK(N_LOOP, @1); $$->op = T_FOR; $$->constraint = $2; }
    | IN REVERSE discrete_range         { $$ = MK(N_LOOP, @1); $$->op = T_FOR; $$->constraint = $3; $$->flags |= NF_REVERSE; }
    | OF name                           { $$ = MK(N_FOR_OF_LOOP, @1); $$->op = T_FOR; $$->constraint = $2; }
    | OF REVERSE name                   { $$ = MK(N_FOR_OF_LOOP, @1); $$->op = T_FOR; $$->constraint = $3; $$->flags |= NF_REVERSE; }
    | ':' subtype_ind OF name           { $$ = MK(N_FOR_OF_LOOP, @1); $$->op = T_FOR; $$->type = $2; $$->constraint = $4; }
    | ':' subtype_ind OF REVERSE name   { $$ = MK(N_FOR_OF_LOOP, @1); $$->op = T_FOR; $$->type = $2; $$->constraint = $5; $$->flags |= NF_REVERSE; }
    ;

/* 5.6 block_statement */
block_stmt
    : block_declare decls BEGIN_ stmts handlers_opt END end_name_opt ';'
        { $$ = fin(p, $1); $$->list = $2; $$->list2 = $4; $$->list3 = $5; set_end_name($$, $7); }
    | block_begin stmts handlers_opt END end_name_opt ';'
        { $$ = fin(p, $1); $$->list2 = $2; $$->list3 = $3; set_end_name($$, $5); }
    ;

block_declare
    : DECLARE                           { $$ = MK(N_BLOCK, @1); }
    | IDENT ':' DECLARE                 { $$ = MK(N_BLOCK, @1); $$->id = tok_id($1); }
    ;

block_begin
    : BEGIN_                            { $$ = MK(N_BLOCK, @1); }
    | IDENT ':' BEGIN_                  { $$ = MK(N_BLOCK, @1); $$->id = tok_id($1); }
    ;

/* 6.5 extended_return_statement */
ext_return
    : ext_return_head ';'               { $$ = fin(p, $1); }
    | ext_return_do stmts handlers_opt END RETURN ';'
        { $$ = fin(p, $1); $$->list2 = $2; $$->list3 = $3; }
    ;

ext_return_head
    : RETURN IDENT ':' flags_opt subtype_ind
        { $$ = MK(N_EXTENDED_RETURN, @1); $$->ids = vec1(mk_ident($2)); $$->flags = $4; $$->type = $5; }
    | RETURN IDENT ':' flags_opt subtype_ind ASSIGN expression
        { $$ = MK(N_EXTENDED_RETURN, @1); $$->ids = vec1(mk_ident($2)); $$->flags = $4; $$->type = $5; $$->init = $7; }
    | RETURN IDENT ':' flags_opt access_def
        { $$ = MK(N_EXTENDED_RETURN, @1); $$->ids = vec1(mk_ident($2)); $$->flags = $4; $$->type = $5; }
    | RETURN IDENT ':' flags_opt access_def ASSIGN expression
        { $$ = MK(N_EXTENDED_RETURN, @1); $$->ids = vec1(mk_ident($2)); $$->flags = $4; $$->type = $5; $$->init = $7; }
    ;

ext_return_do
    : ext_return_head DO                { $$ = $1; }
    ;

/* 11.2 handled_sequence_of_statements: the exception part */
handlers_opt
    : %empty                            { $$ = (Vec){0}; }
    | EXCEPTION pragmas_opt handlers
        { $$ = $3; ((Node *)$$.data[0])->pragmas = $2; }
    ;

handlers
    : handler                           { $$ = vec1($1); }
    | handlers handler                  { $$ = vec_add($1, $2); }
    ;

handler
    : WHEN exception_choices ARROW stmts
        { $$ = MK(N_HANDLER, @1); $$->list2 = $2; $$->list = $4; }
    | WHEN IDENT ':' exception_choices ARROW stmts
        { $$ = MK(N_HANDLER, @1); $$->id = tok_id($2); $$->list2 = $4; $$->list = $6; }
    ;

exception_choices
    : exception_choice                  { $$ = vec1($1); }
    | exception_choices '|' exception_choice { $$ = vec_add($1, $3); }
    ;

exception_choice
    : name
    | OTHERS                            { $$ = MK(N_OTHERS, @1); }
    ;

/* 9.5.2 accept_statement */
accept_stmt
    : accept_head ';'                   { $$ = fin(p, $1); }
    | accept_do stmts handlers_opt END end_name_opt ';'
        { $$ = fin(p, $1); $$->list2 = $2; $$->list3 = $3; set_end_name($$, $5); }
    ;

accept_head
    : ACCEPT IDENT formal_part_opt
        { $$ = MK(N_ACCEPT, @1); $$->id = tok_id($2); $$->text = $2.text; $$->list = $3; }
    | ACCEPT IDENT '(' expression ')' formal_part_opt
        { $$ = MK(N_ACCEPT, @1); $$->id = tok_id($2); $$->text = $2.text; $$->expr = $4; $$->list = $6; }
    ;

accept_do
    : accept_head DO                    { $$ = $1; }
    ;

/* 9.7 select_statement: selective accept, timed and conditional entry
 * calls, asynchronous select, all as alternatives of statements */
select_stmt
    : select_head select_alts END SELECT ';'
        { $$ = fin(p, $1); $$->list = $2; }
    | select_head select_alts ELSE stmts END SELECT ';'
        { $$ = fin(p, $1); $$->list = $2; $$->list2 = $4; }
    | select_head select_alt THEN ABORT stmts END SELECT ';'
        { $$ = fin(p, $1); $$->list = vec1($2); $$->list3 = $5; }
    ;

select_head
    : SELECT                            { $$ = MK(N_SELECT, @1); }
    ;

select_alts
    : select_alt                        { $$ = vec1($1); }
    | select_alts OR select_alt         { $$ = vec_add($1, $3); }
    ;

select_alt
    : sel_body
    | WHEN expression ARROW sel_body    { $$ = $4; $$->loc = @1.begin; $$->cond = $2; }
    ;

sel_body
    : stmts                             { $$ = MK(N_SELECT_ALT, @1); $$->list = $1; }
    | TERMINATE ';'                     { $$ = MK(N_SELECT_ALT, @1); $$->op = T_TERMINATE; }
    | TERMINATE ';' pragma_seq          { $$ = MK(N_SELECT_ALT, @1); $$->op = T_TERMINATE; $$->list = $3; }
    ;

/* ==== 4 names and expressions ============================================= */

/* 6.1 defining_program_unit_name, defining_designator */
defname
    : IDENT                             { $$ = mk_ident($1); }
    | STRING_LIT                        { $$ = mk_lit(N_STRING_LIT, $1); }
    | defname '.' IDENT
        { $$ = MK(N_SELECTED, @3); $$->expr = $1; $$->id = tok_id($3); $$->text = $3.text; }
    ;

/* 4.1 name.  Operator symbols are names too (6.1). */
name
    : direct_name
    | name '.' IDENT
        { $$ = MK(N_SELECTED, @3); $$->expr = $1; $$->id = tok_id($3); $$->text = $3.text; }
    | name '.' CHAR_LIT
        { $$ = MK(N_SELECTED, @3); $$->expr = $1; $$->text = $3.text; $$->op = T_CHAR_LIT; }
    | name '.' STRING_LIT
        { $$ = MK(N_SELECTED, @3); $$->expr = $1; $$->text = $3.text; $$->op = T_STRING_LIT; }
    | name '.' ALL                      { $$ = MK(N_DEREF, @3); $$->expr = $1; }
    | name '(' assoc_list ')'           { $$ = mk_apply(p, @2, $1, $3); }
    | name '(' cond_expr ')'            { $$ = mk_apply(p, @2, $1, vec1($3)); }
    | name TICK IDENT
        { $$ = MK(N_ATTRIBUTE, @3); $$->expr = $1; $$->id = tok_id($3); $$->text = $3.text; }
    | name TICK ACCESS                  { $$ = MK(N_ATTRIBUTE, @3); $$->expr = $1; $$->id = intern("access", 6); $$->text = "Access"; }
    | name TICK RANGE                   { $$ = MK(N_ATTRIBUTE, @3); $$->expr = $1; $$->id = intern("range", 5); $$->text = "Range"; }
    | name TICK DIGITS                  { $$ = MK(N_ATTRIBUTE, @3); $$->expr = $1; $$->id = intern("digits", 6); $$->text = "Digits"; }
    | name TICK DELTA                   { $$ = MK(N_ATTRIBUTE, @3); $$->expr = $1; $$->id = intern("delta", 5); $$->text = "Delta"; }
    | name TICK MOD                     { $$ = MK(N_ATTRIBUTE, @3); $$->expr = $1; $$->id = intern("mod", 3); $$->text = "Mod"; }
    | name TICK paren_or_aggregate      { $$ = MK(N_QUALIFIED, @1); $$->type = $1; $$->expr = $3; }
    ;

direct_name
    : IDENT                             { $$ = mk_ident($1); }
    | STRING_LIT                        { $$ = mk_lit(N_STRING_LIT, $1); }
    | CHAR_LIT                          { $$ = mk_lit(N_CHAR_LIT, $1); }
    ;

/* 4.3 aggregate, or a parenthesized expression (4.4), conditional or
 * quantified expression (4.5.7, 4.5.8) */
paren_or_aggregate
    : '(' assoc_list ')'
        {
            Node *a = $2.data[0];
            if ($2.len == 1 && a->kind != N_ASSOC && a->kind != N_RANGE && a->kind != N_SUBTYPE_IND) {
                $$ = MK(N_PAREN, @1); $$->expr = a;
            } else {
                $$ = MK(N_AGGREGATE, @1); $$->list = $2;
            }
        }
    | '(' cond_expr ')'                 { $$ = MK(N_PAREN, @1); $$->expr = $2; }
    | '(' expression WITH assoc_list ')'
        { $$ = MK(N_AGGREGATE, @1); $$->expr = $2; $$->list = $4; }
    | '(' expression WITH NULL_ RECORD ')'
        { $$ = MK(N_AGGREGATE, @1); $$->expr = $2; }
    | '(' expression WITH DELTA assoc_list ')'
        { $$ = MK(N_DELTA_AGGREGATE, @1); $$->expr = $2; $$->list = $5; }
    | '(' NULL_ RECORD ')'
        { $$ = MK(N_AGGREGATE, @1); $$->flags |= NF_NULL_REC; }
    ;

/* 4.5.7 conditional_expression, 4.5.8 quantified_expression: written
 * where the RM wants them, directly inside parentheses */
cond_expr
    : IF expression THEN expression elsif_exprs
        { $$ = MK(N_IF_EXPR, @1); Node *a = MK2(N_IF_ARM, @2, @4); a->cond = $2; a->expr = $4;
          $$->list = vec_cat(vec1(a), $5); }
    | IF expression THEN expression elsif_exprs ELSE expression
        { $$ = MK(N_IF_EXPR, @1); Node *a = MK2(N_IF_ARM, @2, @4); a->cond = $2; a->expr = $4;
          $$->list = vec_cat(vec1(a), $5); $$->expr = $7; }
    | CASE expression IS case_expr_alts
        { $$ = MK(N_CASE_EXPR, @1); $$->expr = $2; $$->list = $4; }
    | FOR ALL IDENT iter_spec ARROW expression
        { $$ = MK(N_QUANTIFIED, @1); $$->op = T_ALL; $$->id2 = tok_id($3); $$->right = mk_ident($3);
          $$->constraint = $4->constraint; $$->type = $4->type; $$->expr = $6;
          $$->flags = $4->flags | ($4->kind == N_FOR_OF_LOOP ? NF_OF : 0); }
    | FOR SOME IDENT iter_spec ARROW expression
        { $$ = MK(N_QUANTIFIED, @1); $$->op = T_SOME; $$->id2 = tok_id($3); $$->right = mk_ident($3);
          $$->constraint = $4->constraint; $$->type = $4->type; $$->expr = $6;
          $$->flags = $4->flags | ($4->kind == N_FOR_OF_LOOP ? NF_OF : 0); }
    ;

elsif_exprs
    : %empty                            { $$ = (Vec){0}; }
    | elsif_exprs ELSIF expression THEN expression
        { Node *a = MK(N_IF_ARM, @3); a->cond = $3; a->expr = $5; $$ = vec_add($1, a); }
    ;

case_expr_alts
    : case_expr_alt                     { $$ = vec1($1); }
    | case_expr_alts ',' case_expr_alt  { $$ = vec_add($1, $3); }
    ;

case_expr_alt
    : WHEN choice_list ARROW expression { $$ = MK(N_CASE_ARM, @1); $$->list2 = $2; $$->expr = $4; }
    ;

assoc_list
    : assoc                             { $$ = vec1($1); }
    | assoc_list ',' assoc              { $$ = vec_add($1, $3); }
    ;

/* An association of a call, an aggregate, a constraint, a generic actual
 * part or a pragma: positional or named, or a discrete range. */
assoc
    : expression
    | simple_expr DOTDOT simple_expr    { $$ = MK(N_RANGE, @1); $$->left = $1; $$->right = $3; }
    | name RANGE range
        { $$ = MK(N_SUBTYPE_IND, @1); $$->expr = $1;
          $$->constraint = MK(N_RANGE_CONSTRAINT, @2); $$->constraint->expr = $3; }
    | choice_list ARROW expression      { $$ = MK(N_ASSOC, @1); $$->list = $1; $$->expr = $3; }
    | choice_list ARROW BOX             { $$ = MK(N_ASSOC, @1); $$->list = $1; $$->flags |= NF_BOX; }
    ;

choice_list
    : choice                            { $$ = vec1($1); }
    | choice_list '|' choice            { $$ = vec_add($1, $3); }
    ;

choice
    : expression
    | simple_expr DOTDOT simple_expr    { $$ = MK(N_RANGE, @1); $$->left = $1; $$->right = $3; }
    | name RANGE range
        { $$ = MK(N_SUBTYPE_IND, @1); $$->expr = $1;
          $$->constraint = MK(N_RANGE_CONSTRAINT, @2); $$->constraint->expr = $3; }
    | OTHERS                            { $$ = MK(N_OTHERS, @1); }
    ;

/* 4.4 expression: and/or/xor chains may not be mixed without parentheses */
expression
    : relation
    | and_list
    | and_then_list
    | or_list
    | or_else_list
    | xor_list
    ;

and_list
    : relation AND relation             { $$ = mk_bin(p, T_AND, @2, $1, $3); }
    | and_list AND relation             { $$ = mk_bin(p, T_AND, @2, $1, $3); }
    ;
and_then_list
    : relation AND THEN relation        { $$ = MK(N_SHORT_CIRCUIT, @2); $$->op = T_AND; $$->left = $1; $$->right = $4; }
    | and_then_list AND THEN relation   { $$ = MK(N_SHORT_CIRCUIT, @2); $$->op = T_AND; $$->left = $1; $$->right = $4; }
    ;
or_list
    : relation OR relation              { $$ = mk_bin(p, T_OR, @2, $1, $3); }
    | or_list OR relation               { $$ = mk_bin(p, T_OR, @2, $1, $3); }
    ;
or_else_list
    : relation OR ELSE relation         { $$ = MK(N_SHORT_CIRCUIT, @2); $$->op = T_OR; $$->left = $1; $$->right = $4; }
    | or_else_list OR ELSE relation     { $$ = MK(N_SHORT_CIRCUIT, @2); $$->op = T_OR; $$->left = $1; $$->right = $4; }
    ;
xor_list
    : relation XOR relation             { $$ = mk_bin(p, T_XOR, @2, $1, $3); }
    | xor_list XOR relation             { $$ = mk_bin(p, T_XOR, @2, $1, $3); }
    ;

/* 4.4 relation, with 11.3 raise_expression */
relation
    : simple_expr
    | simple_expr '=' simple_expr       { $$ = mk_bin(p, '=', @2, $1, $3); }
    | simple_expr NE simple_expr        { $$ = mk_bin(p, T_NE, @2, $1, $3); }
    | simple_expr '<' simple_expr       { $$ = mk_bin(p, '<', @2, $1, $3); }
    | simple_expr LE simple_expr        { $$ = mk_bin(p, T_LE, @2, $1, $3); }
    | simple_expr '>' simple_expr       { $$ = mk_bin(p, '>', @2, $1, $3); }
    | simple_expr GE simple_expr        { $$ = mk_bin(p, T_GE, @2, $1, $3); }
    | simple_expr IN mem_choices %prec LOWEST { $$ = MK(N_MEMBERSHIP, @2); $$->left = $1; $$->list = $3; }
    | simple_expr NOT IN mem_choices %prec LOWEST { $$ = MK(N_MEMBERSHIP, @2); $$->left = $1; $$->list = $4; $$->flags |= NF_NOT; }
    | RAISE name %prec LOWEST           { $$ = MK(N_RAISE_EXPR, @1); $$->expr = $2; }
    | RAISE name WITH simple_expr       { $$ = MK(N_RAISE_EXPR, @1); $$->expr = $2; $$->init = $4; }
    ;

mem_choices
    : mem_choice                        { $$ = vec1($1); }
    | mem_choices '|' mem_choice        { $$ = vec_add($1, $3); }
    ;

mem_choice
    : simple_expr
    | simple_expr DOTDOT simple_expr    { $$ = MK(N_RANGE, @1); $$->left = $1; $$->right = $3; }
    ;

simple_expr
    : term
    | '+' term                          { $$ = MK(N_UNARY, @1); $$->op = '+'; $$->left = $2; }
    | '-' term                          { $$ = MK(N_UNARY, @1); $$->op = '-'; $$->left = $2; }
    | simple_expr '+' term              { $$ = mk_bin(p, '+', @2, $1, $3); }
    | simple_expr '-' term              { $$ = mk_bin(p, '-', @2, $1, $3); }
    | simple_expr '&' term              { $$ = mk_bin(p, '&', @2, $1, $3); }
    ;

term
    : factor
    | term '*' factor                   { $$ = mk_bin(p, '*', @2, $1, $3); }
    | term '/' factor                   { $$ = mk_bin(p, '/', @2, $1, $3); }
    | term MOD factor                   { $$ = mk_bin(p, T_MOD, @2, $1, $3); }
    | term REM factor                   { $$ = mk_bin(p, T_REM, @2, $1, $3); }
    ;

factor
    : primary
    | primary EXPON primary             { $$ = mk_bin(p, T_EXPON, @2, $1, $3); }
    | ABS primary                       { $$ = MK(N_UNARY, @1); $$->op = T_ABS; $$->left = $2; }
    | NOT primary                       { $$ = MK(N_UNARY, @1); $$->op = T_NOT; $$->left = $2; }
    ;

primary
    : INT_LIT                           { $$ = mk_lit(N_INT_LIT, $1); }
    | REAL_LIT                          { $$ = mk_lit(N_REAL_LIT, $1); }
    | NULL_                             { $$ = MK(N_NULL_LIT, @1); }
    | name
    | allocator
    | paren_or_aggregate
    ;

/* 4.8 allocator ::= new [subpool_specification] subtype_indication
 *                 | new [subpool_specification] qualified_expression
 * A qualified expression is a name, so both forms parse as a subtype
 * indication here; sema tells them apart. */
allocator
    : NEW alloc_subtype
        { $$ = MK(N_ALLOCATOR, @1);
          if ($2->expr->kind == N_QUALIFIED && !$2->constraint && !($2->flags & NF_NOT_NULL))
              $$->expr = $2->expr;
          else
              $$->type = $2; }
    | NEW '(' name ')' alloc_subtype
        { $$ = MK(N_ALLOCATOR, @1); $$->left = $3;
          if ($5->expr->kind == N_QUALIFIED && !$5->constraint && !($5->flags & NF_NOT_NULL))
              $$->expr = $5->expr;
          else
              $$->type = $5; }
    ;

/* The subtype indication of an allocator.  The bounds of a range constraint
 * are primaries: `new T range 1 .. N * 2` would otherwise be ambiguous with
 * an allocator that is the left operand of `*`. */
alloc_subtype
    : name %prec LOWEST                 { $$ = MK(N_SUBTYPE_IND, @1); $$->expr = $1; }
    | name RANGE primary DOTDOT primary
        { $$ = MK(N_SUBTYPE_IND, @1); $$->expr = $1;
          $$->constraint = MK(N_RANGE_CONSTRAINT, @2);
          Node *r = MK(N_RANGE, @3); r->left = $3; r->right = $5; $$->constraint->expr = r; }
    | NOT NULL_ name                    { $$ = MK(N_SUBTYPE_IND, @3); $$->expr = $3; $$->flags |= NF_NOT_NULL; }
    ;

%%

/* ==== helpers of the actions ============================================== */

static Ident *name_ident(Node *n)
{
    if (n->kind == N_IDENT)
        return n->id;
    if (n->kind == N_SELECTED && n->id) {
        Ident *p = name_ident(n->expr);
        return intern(arena_printf("%s.%s", p->name, n->id->name),
                      strlen(p->name) + 1 + strlen(n->id->name));
    }
    if (n->kind == N_STRING_LIT)
        return intern(n->text, strlen(n->text));
    return intern("?", 1);
}

/* The spelling of a (defining) name, as written, for messages. */
static const char *name_spelling(const Node *n)
{
    if (!n)
        return "?";
    if (n->kind == N_SELECTED && n->text)
        return arena_printf("%s.%s", name_spelling(n->expr), n->text);
    return n->text ? n->text : n->id ? n->id->name : "?";
}

static Loc last_error;          /* where the last syntax error was reported */

static void syntax_error(Parser *p, Loc loc, const char *fmt, ...)
{
    if (p->quiet) {
        p->errors++;
        last_error = loc;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    char *msg = NULL;
    if (vasprintf(&msg, fmt, ap) < 0)
        msg = NULL;
    va_end(ap);
    error_at(loc, NULL, "%s", msg ? msg : fmt);
    free(msg);
    p->errors++;
    last_error = loc;
}

static bool loc_before(Loc a, Loc b)
{
    return a.line < b.line || (a.line == b.line && a.col < b.col);
}

/* Did a syntax error already get reported inside the construct that
 * starts at FROM (so that a check of it would only repeat it)? */
static bool error_since(Loc from)
{
    return last_error.line && !loc_before(last_error, from);
}

static unsigned tflags_mask(int seq)
{
    static const unsigned flag[] = {0, NF_ABSTRACT, NF_TAGGED, NF_LIMITED, NF_SYNCHRONIZED, NF_TASK, NF_PROTECTED, 0};
    unsigned m = 0;
    for (; seq > 0; seq /= 8)
        m |= flag[seq % 8];
    return m;
}

static void tflags_check(Parser *p, int seq, Span s, const int *allowed, const char *what)
{
    for (const int *a = allowed; *a >= 0; a++)
        if (seq == *a)
            return;
    const char *form = allowed == TF_RECORD ? "[[abstract] tagged] [limited]"
                     : allowed == TF_DERIVED ? "[abstract] [limited | synchronized]"
                     : "[limited | task | protected | synchronized]";
    syntax_error(p, s.begin, "these keywords do not make %s: its definition starts %s [RM 3.2.1, 3.9.4]",
                 what, form);
}

static bool is_rep_clause(const Node *n)
{
    return n->kind == N_ATTRIBUTE_CLAUSE || n->kind == N_ENUM_REP_CLAUSE
        || n->kind == N_RECORD_REP_CLAUSE || n->kind == N_AT_CLAUSE;
}

static void check_stmts(Parser *p, Vec *v, Span s)
{
    for (int i = 0; i < v->len; i++)
        if (((Node *)v->data[i])->kind != N_LABEL)
            return;
    if (v->len && !error_since(s.begin))
        syntax_error(p, ((Node *)v->data[v->len - 1])->loc,
                     "a label must be followed by a statement (write 'null;') [RM 5.1(2/3)]");
}

/* 3.8(3): a component list is components, a variant part, or `null;` */
static void check_components(Parser *p, Vec *v, Span s)
{
    int n = 0, nulls = 0;
    for (int i = 0; i < v->len; i++) {
        Node *c = v->data[i];
        if (c->kind == N_COMPONENT || c->kind == N_CASE)
            n++;
        else if (c->kind == N_NULL_COMPONENT)
            nulls++;
    }
    if (error_since(s.begin))
        return;
    if (n == 0 && nulls == 0)
        syntax_error(p, s.begin, "a component list needs at least one component, or 'null;' [RM 3.8(3)]");
    else if (nulls && (n || nulls > 1))
        syntax_error(p, s.begin, "'null;' must be the only component of a component list [RM 3.8(3)]");
}

static bool is_body(const Node *n)
{
    return n->kind == N_SUBPROGRAM_BODY || n->kind == N_PACKAGE_BODY || n->kind == N_TASK_BODY
        || n->kind == N_PROTECTED_BODY || n->kind == N_BODY_STUB;
}

/* 7.1(2): a package specification holds basic declarative items, no bodies */
static void check_spec_decls(Parser *p, Vec *v)
{
    for (int i = 0; i < v->len; i++) {
        Node *d = v->data[i];
        if (is_body(d))
            syntax_error(p, d->loc, "a body is not allowed in a package specification, only in the package body [RM 7.1(2), 3.11(4)]");
    }
}

/* 9.1: entries, aspect clauses and pragmas */
static void check_task_items(Parser *p, Vec *v)
{
    for (int i = 0; i < v->len; i++) {
        Node *d = v->data[i];
        if (d->kind != N_ENTRY_DECL && d->kind != N_PRAGMA && !is_rep_clause(d))
            syntax_error(p, d->loc, "a task definition declares only entries (and aspect clauses and pragmas) [RM 9.1(5/1)]");
    }
}

/* 9.4: subprogram and entry declarations, aspect clauses, pragmas; and
 * components in the private part */
static void check_protected_items(Parser *p, Vec *v, bool private_part)
{
    for (int i = 0; i < v->len; i++) {
        Node *d = v->data[i];
        if (d->kind == N_ENTRY_DECL || d->kind == N_PRAGMA || is_rep_clause(d))
            continue;
        if (d->kind == N_SUBPROGRAM_DECL && !(d->flags & (NF_NULL_PROC | NF_ABSTRACT)))
            continue;
        if (d->kind == N_COMPONENT) {
            if (!private_part)
                syntax_error(p, d->loc, "the components of a protected unit are declared in its private part [RM 9.4(6)]");
            continue;
        }
        syntax_error(p, d->loc, "a protected definition declares only subprograms, entries and (in its private part) components [RM 9.4(5/1)]");
    }
}

/* 9.4(8/4): no instances, renamings or abstract subprograms in a protected body */
static void check_protected_body_items(Parser *p, Vec *v)
{
    for (int i = 0; i < v->len; i++) {
        Node *d = v->data[i];
        if (d->kind == N_INSTANTIATION || d->kind == N_SUBPROGRAM_RENAMING
            || (d->kind == N_SUBPROGRAM_DECL && (d->flags & NF_ABSTRACT)))
            syntax_error(p, d->loc, "a protected body holds subprogram declarations and bodies, entry bodies, aspect clauses and pragmas [RM 9.4(8/4)]");
    }
}

static Node *check_proper_body(Parser *p, Node *n)
{
    if (n->kind != N_SUBPROGRAM_BODY && n->kind != N_PACKAGE_BODY)
        syntax_error(p, n->loc, "a subunit is a proper body: a subprogram, package, task or protected body [RM 10.1.3(7)]");
    return n;
}

static Node *instantiation(Parser *p, Span s, int op, Node *defname, Node *gen, unsigned flags)
{
    Node *n = MK(N_INSTANTIATION, s);
    n->op = op;
    n->expr = defname;
    n->flags = flags;
    if (gen->kind == N_APPLY) {
        n->ref = gen->expr;
        n->list = gen->list;
    } else {
        n->ref = gen;
    }
    return n;
}

/* 10.1.1: a library item, with the context items read before it */
static void add_unit(Parser *p, Node *item, unsigned flags, Span s)
{
    Node *cu = MK(N_COMPILATION_UNIT, s);
    cu->list = p->pending;
    p->pending = (Vec){0};
    cu->expr = item;
    cu->flags |= flags;
    const char *bad = NULL;
    switch (item->kind) {
    case N_SUBPROGRAM_DECL:
        if (item->flags & NF_NULL_PROC)
            bad = "a null procedure";
        else if (item->flags & NF_ABSTRACT)
            bad = "an abstract subprogram";
        break;
    case N_EXPR_FUNCTION: bad = "an expression function"; break;
    case N_BODY_STUB: bad = "a body stub"; break;
    default: break;
    }
    if (bad)
        syntax_error(p, item->loc, "%s cannot be a library unit [RM 10.1.1(3-6)]", bad);
    if ((flags & NF_PRIVATE) && (is_body(item) || item->kind == N_SUBUNIT))
        syntax_error(p, item->loc, "only a library unit declaration or renaming can be private [RM 10.1.1(8)]");
    vec_push(p->units, cu);
    p->last_unit = cu;
}

/* At the end of the file: pragmas after the last unit go with it; a
 * context clause without its unit is an error. */
static void finish_pending(Parser *p)
{
    for (int i = 0; i < p->pending.len; i++) {
        Node *c = p->pending.data[i];
        if (c->kind != N_PRAGMA) {
            if (!p->gave_up)
                syntax_error(p, c->loc, "a context clause must be followed by a library unit or subunit [RM 10.1.2(2)]");
            return;
        }
    }
    if (p->last_unit)
        p->last_unit->list2 = vec_cat(p->last_unit->list2, p->pending);
    p->pending = (Vec){0};
}

/* ==== the lexer interface: checking and repairing tokens ================== */

#define QUEUE_LEN ((int)(sizeof ((Parser *)0)->queue / sizeof ((Parser *)0)->queue[0]))

static Token lex_raw(Parser *p)
{
    Token t;
    if (!p->gave_up) {
        int before = p->lx.errors;
        t = lexer_next(&p->lx);
        if (p->lx.errors != before)
            p->lex_error_line = t.loc.line;
        if (p->lx.errors + p->errors > MAX_ERRORS) {
            error_at(t.loc, NULL, "too many errors: the rest of this file is not parsed");
            p->gave_up = true;
        }
    }
    if (p->gave_up) {
        t = (Token){.kind = T_YYEOF, .loc = p->prev.loc, .text = "", .len = 0};
    }
    return t;
}

/* The token K places ahead (0: the next one). */
static Token *peek(Parser *p, int k)
{
    while (p->q_len <= k) {
        p->queue[(p->q_head + p->q_len) % QUEUE_LEN] = lex_raw(p);
        p->q_len++;
    }
    return &p->queue[(p->q_head + k) % QUEUE_LEN];
}

static Token take(Parser *p)
{
    Token t = *peek(p, 0);
    p->q_head = (p->q_head + 1) % QUEUE_LEN;
    p->q_len--;
    if (t.seq)
        lexer_flush(&p->lx, t.seq);
    return t;
}

static void unget(Parser *p, Token t)
{
    if (p->q_len >= QUEUE_LEN)
        return;
    p->q_head = (p->q_head + QUEUE_LEN - 1) % QUEUE_LEN;
    p->queue[p->q_head] = t;
    p->q_len++;
}

/* A simulation of the parser on a copy of the top of its state stack: the
 * parser's own stack [base, top] below, the states it pushed above. */
typedef struct Sim {
    const yy_state_t *base, *top;
    yy_state_t ext[64];
    int n;
} Sim;

static yy_state_t sim_state(const Sim *s) { return s->n ? s->ext[s->n - 1] : *s->top; }

/* Feeds the token symbol TOK: 1 if it is shifted (S then holds the state
 * after it), 0 if it is a syntax error, -1 if the simulation cannot tell.
 * This follows yyparse's own steps (yybackup, yydefault, yyreduce). */
static int sim_token(Sim *s, yysymbol_kind_t tok)
{
    for (int steps = 0; steps < 2000; steps++) {
        yy_state_t state = sim_state(s);
        int yyn = yypact[state];
        if (!yypact_value_is_default(yyn)) {
            yyn += tok;
            if (0 <= yyn && yyn <= YYLAST && yycheck[yyn] == tok) {
                yyn = yytable[yyn];
                if (yyn > 0) {
                    if (s->n == 64)
                        return -1;
                    s->ext[s->n++] = (yy_state_t)yyn;
                    return 1;
                }
                if (yyn == 0 || yytable_value_is_error(yyn))
                    return 0;
                yyn = -yyn;
                goto reduce;
            }
        }
        yyn = yydefact[state];
        if (yyn == 0)
            return 0;
    reduce:;
        int len = yyr2[yyn];
        while (len-- > 0) {
            if (s->n)
                s->n--;
            else if (s->top > s->base)
                s->top--;
            else
                return -1;
        }
        int lhs = yyr1[yyn] - YYNTOKENS;
        yy_state_t top = sim_state(s);
        int i = yypgoto[lhs] + top;
        yy_state_t next = (yy_state_t)(0 <= i && i <= YYLAST && yycheck[i] == top ? yytable[i] : yydefgoto[lhs]);
        if (s->n == 64)
            return -1;
        s->ext[s->n++] = next;
    }
    return -1;
}

static yysymbol_kind_t sym_of(int kind) { return YYTRANSLATE(kind); }

/* Whether the token kinds SEQ[0..N) would all be shifted from S (an end of
 * file ends the check: nothing follows it). */
static bool sim_accepts(const Sim *s0, const int *seq, int n)
{
    Sim s = *s0;
    for (int i = 0; i < n; i++) {
        int r = sim_token(&s, sym_of(seq[i]));
        if (r == 0)
            return false;
        if (r < 0 || seq[i] == T_YYEOF)
            return true;
    }
    return true;
}

/* ---- describing tokens ---- */

/* "'begin'", "';'", "'=>'", "an identifier", "end of file" */
static const char *sym_desc(yysymbol_kind_t k)
{
    const char *name = yysymbol_name(k);
    switch (k) {
    case YYSYMBOL_YYEOF: return "end of file";
    case YYSYMBOL_IDENT: return "an identifier";
    case YYSYMBOL_INT_LIT: return "an integer literal";
    case YYSYMBOL_REAL_LIT: return "a real literal";
    case YYSYMBOL_CHAR_LIT: return "a character literal";
    case YYSYMBOL_STRING_LIT: return "a string literal";
    default: break;
    }
    if (name[0] == '\'' && name[1])
        return name;
    return arena_printf("'%s'", name);
}

/* The unexpected token T, with its spelling. */
static const char *tok_desc(Token t)
{
    yysymbol_kind_t k = sym_of(t.kind);
    int len = t.len > 24 ? 24 : t.len;
    const char *more = t.len > 24 ? "..." : "";
    switch (k) {
    case YYSYMBOL_IDENT: return arena_printf("identifier '%.*s'", len, t.text);
    case YYSYMBOL_INT_LIT: return arena_printf("integer literal %.*s%s", len, t.text, more);
    case YYSYMBOL_REAL_LIT: return arena_printf("real literal %.*s%s", len, t.text, more);
    case YYSYMBOL_CHAR_LIT: return arena_printf("character literal %.*s", len, t.text);
    case YYSYMBOL_STRING_LIT: return arena_printf("string literal %.*s%s", len, t.text, more);
    default: return sym_desc(k);
    }
}

/* What the parser accepts in state S, in words: "a statement, 'end' or
 * 'exception'". */
static const char *expected_desc(const Sim *s)
{
    bool ok[YYNTOKENS] = {0};
    int n = 0;
    for (int k = 0; k < YYNTOKENS; k++) {
        if (k == YYSYMBOL_YYerror || k == YYSYMBOL_YYUNDEF || k == YYSYMBOL_LOWEST)
            continue;
        Sim c = *s;
        if (sim_token(&c, (yysymbol_kind_t)k) != 0) {
            ok[k] = true;
            n++;
        }
    }
    if (n == 0)
        return "nothing more";
    static const int stmt[] = {T_NULL_, T_IF, T_CASE, T_LOOP, T_WHILE, T_FOR, T_DECLARE, T_BEGIN_,
        T_EXIT, T_RETURN, T_RAISE, T_GOTO, T_LLABEL, T_PRAGMA, T_ACCEPT, T_SELECT, T_DELAY, T_ABORT,
        T_REQUEUE, T_IDENT, T_STRING_LIT, T_CHAR_LIT, -1};
    static const int decl[] = {T_TYPE, T_SUBTYPE, T_PROCEDURE, T_FUNCTION, T_PACKAGE, T_GENERIC, T_TASK,
        T_PROTECTED, T_USE, T_PRAGMA, T_FOR, T_OVERRIDING, T_NOT, T_IDENT, -1};
    static const int expr[] = {T_INT_LIT, T_REAL_LIT, T_CHAR_LIT, T_STRING_LIT, T_IDENT, T_NULL_, T_NEW,
        '(', T_ABS, T_NOT, '+', '-', T_RAISE, -1};
    static const int oper[] = {'+', '-', '*', '/', '&', T_MOD, T_REM, T_EXPON, '=', T_NE, '<', T_LE, '>',
        T_GE, T_AND, T_OR, T_XOR, T_IN, T_NOT, '.', T_TICK, '(', T_DOTDOT, T_RANGE, T_DIGITS, T_DELTA, -1};
    static const int unit[] = {T_WITH, T_USE, T_PRAGMA, T_PROCEDURE, T_FUNCTION, T_PACKAGE, T_GENERIC,
        T_PRIVATE, T_SEPARATE, T_LIMITED, T_OVERRIDING, T_NOT, T_YYEOF, -1};
    const char *parts[16];
    int np = 0;
    bool covered[YYNTOKENS] = {0};
    if (ok[YYSYMBOL_WITH] && ok[YYSYMBOL_SEPARATE] && ok[YYSYMBOL_GENERIC]) {
        parts[np++] = "a compilation unit";
        for (const int *k = unit; *k >= 0; k++)
            covered[sym_of(*k)] = true;
    }
    if (ok[YYSYMBOL_IF] && ok[YYSYMBOL_LOOP] && ok[YYSYMBOL_NULL_]) {
        parts[np++] = "a statement";
        for (const int *k = stmt; *k >= 0; k++)
            covered[sym_of(*k)] = true;
    }
    if (ok[YYSYMBOL_TYPE] && ok[YYSYMBOL_SUBTYPE] && ok[YYSYMBOL_PROCEDURE]) {
        parts[np++] = "a declaration";
        for (const int *k = decl; *k >= 0; k++)
            covered[sym_of(*k)] = true;
    }
    if (ok[YYSYMBOL_INT_LIT] && ok[sym_of('(')] && !covered[YYSYMBOL_IDENT]) {
        parts[np++] = "an expression";
        for (const int *k = expr; *k >= 0; k++)
            covered[sym_of(*k)] = true;
    }
    int nops = 0;
    for (const int *k = oper; *k >= 0; k++)
        nops += ok[sym_of(*k)] && !covered[sym_of(*k)];
    if (nops >= 3) {
        parts[np++] = "an operator";
        for (const int *k = oper; *k >= 0; k++)
            covered[sym_of(*k)] = true;
    }
    int rest = 0;
    for (int k = 0; k < YYNTOKENS; k++)
        if (ok[k] && !covered[k])
            rest++;
    if (rest <= 8) {
        for (int k = 0; k < YYNTOKENS && np < 14; k++)
            if (ok[k] && !covered[k])
                parts[np++] = sym_desc((yysymbol_kind_t)k);
    } else {
        for (int k = 0; k < YYNTOKENS && np < 6; k++)
            if (ok[k] && !covered[k])
                parts[np++] = sym_desc((yysymbol_kind_t)k);
        parts[np++] = "...";
    }
    char *out = arena_strdup(parts[0]);
    for (int i = 1; i < np; i++)
        out = arena_printf("%s%s%s", out, i == np - 1 && strcmp(parts[i], "...") ? " or " : ", ", parts[i]);
    return out;
}

/* ---- the constructs open on the parser's stack ---- */

typedef struct Open {
    Node *n;                   /* the construct's node, from its head rule */
    const char *what;          /* "procedure Foo", "if" */
    const char *closer;        /* "end Foo;", "end if;" */
    int toks[3];               /* the tokens that close it */
    int ntoks;
} Open;

static bool describe_open(Node *n, Open *o)
{
    o->n = n;
    o->toks[0] = T_END;
    o->ntoks = 2;
    o->toks[1] = ';';
    const char *name = NULL;
    switch (n->kind) {
    case N_SUBPROGRAM_BODY:
        name = name_spelling(n->spec->expr);
        o->what = arena_printf("%s %s", n->spec->op == T_FUNCTION ? "function" : "procedure", name);
        break;
    case N_PACKAGE_SPEC: name = name_spelling(n->expr); o->what = arena_printf("package %s", name); break;
    case N_PACKAGE_BODY: name = name_spelling(n->expr); o->what = arena_printf("package body %s", name); break;
    case N_TASK_TYPE: name = n->text; o->what = arena_printf("task type %s", name); break;
    case N_SINGLE_TASK: name = n->text; o->what = arena_printf("task %s", name); break;
    case N_TASK_BODY: name = n->text; o->what = arena_printf("task body %s", name); break;
    case N_PROTECTED_TYPE: name = n->text; o->what = arena_printf("protected type %s", name); break;
    case N_SINGLE_PROTECTED: name = n->text; o->what = arena_printf("protected %s", name); break;
    case N_PROTECTED_BODY: name = n->text; o->what = arena_printf("protected body %s", name); break;
    case N_ENTRY_BODY: name = n->spec->text; o->what = arena_printf("entry %s", name); break;
    case N_ACCEPT: name = n->text; o->what = arena_printf("accept %s", name); break;
    case N_BLOCK:
        name = n->id ? n->id->name : NULL;
        o->what = name ? arena_printf("block %s", name) : "block";
        break;
    case N_IF: o->what = "if"; o->toks[1] = T_IF; break;
    case N_CASE: o->what = "case"; o->toks[1] = T_CASE; break;
    case N_SELECT: o->what = "select"; o->toks[1] = T_SELECT; break;
    case N_RECORD_DEF: o->what = "record"; o->toks[1] = T_RECORD; break;
    case N_EXTENDED_RETURN: o->what = "return"; o->toks[1] = T_RETURN; break;
    case N_LOOP: case N_FOR_OF_LOOP:
        o->toks[1] = T_LOOP;
        o->what = n->id ? arena_printf("loop %s", n->id->name) : "loop";
        if (n->id)
            o->closer = arena_printf("end loop %s;", n->id->name);
        else
            o->closer = "end loop;";
        o->toks[2] = ';';
        o->ntoks = 3;
        return true;
    default:
        return false;
    }
    if (o->toks[1] != ';') {
        o->toks[2] = ';';
        o->ntoks = 3;
        o->closer = arena_printf("end %s;", yysymbol_name(sym_of(o->toks[1])));
    } else {
        o->closer = name ? arena_printf("end %s;", name) : "end;";
    }
    return true;
}

static bool is_head_symbol(yysymbol_kind_t k)
{
    switch (k) {
    case YYSYMBOL_subp_body_head: case YYSYMBOL_package_head: case YYSYMBOL_package_body_head:
    case YYSYMBOL_task_type_head: case YYSYMBOL_single_task_head: case YYSYMBOL_task_body_head:
    case YYSYMBOL_prot_type_head: case YYSYMBOL_single_prot_head: case YYSYMBOL_prot_body_head:
    case YYSYMBOL_entry_body_head: case YYSYMBOL_if_head: case YYSYMBOL_case_head:
    case YYSYMBOL_variant_head: case YYSYMBOL_loop_head: case YYSYMBOL_block_declare:
    case YYSYMBOL_block_begin: case YYSYMBOL_ext_return_do: case YYSYMBOL_accept_do:
    case YYSYMBOL_select_head: case YYSYMBOL_record_head:
        return true;
    default:
        return false;
    }
}

/* The open constructs, innermost first. */
static int open_constructs(const yy_state_t *ss, const yy_state_t *ssp, const YYSTYPE *vsp, Open *out, int max)
{
    int n = 0;
    for (const yy_state_t *sp = ssp; sp >= ss && n < max; sp--) {
        if (!is_head_symbol(YY_ACCESSING_SYMBOL(*sp)))
            continue;
        Node *node = vsp[-(ssp - sp)].node;
        if (node && describe_open(node, &out[n]))
            n++;
    }
    return n;
}

/* ---- repairs ---- */

static Token virtual_token(int kind, Loc loc)
{
    const char *text = kind == ';' ? ";" : kind == ')' ? ")" : kind == ',' ? "," : yysymbol_name(sym_of(kind));
    return (Token){.kind = kind, .loc = loc, .text = text, .len = 0};
}

/* Gives the tokens KINDS[0..N) before the ones in the queue. */
static Token insert_tokens(Parser *p, const int *kinds, int n, Loc loc)
{
    for (int i = n - 1; i > 0; i--)
        unget(p, virtual_token(kinds[i], loc));
    return virtual_token(kinds[0], loc);
}

static bool is_terminator(int kind)
{
    switch (kind) {
    case T_YYEOF: case T_PROCEDURE: case T_FUNCTION: case T_PACKAGE: case T_GENERIC: case T_TASK:
    case T_PROTECTED: case T_OVERRIDING: case T_SEPARATE: case T_WITH: case T_TYPE: case T_SUBTYPE:
    case T_PRIVATE: case T_ENTRY: case T_BEGIN_: case T_WHEN: case T_ELSIF: case T_ELSE:
    case T_EXCEPTION: case T_OR: case T_USE:
        return true;
    default:
        return false;
    }
}

/* Where a missing token goes: just after the previous one. */
static Loc after_prev(Parser *p, Token t)
{
    if (!p->prev.loc.line)
        return t.loc;
    Loc l = p->prev.loc;
    l.col += p->prev.len;
    return l;
}

static Token repair_(Parser *p, const Sim *s, const yy_state_t *ss, const yy_state_t *ssp,
                     const YYSTYPE *vsp, Token t);

/* Token T cannot be shifted in state S.  Reports the error, and returns
 * the token to give the parser instead (a repair) or T itself (Bison's
 * recovery then runs).  A syntax error on the line of a lexical error is
 * its consequence (the lexer skipped or cut something): it is repaired the
 * same way, but not reported again. */
static Token repair(Parser *p, const Sim *s, const yy_state_t *ss, const yy_state_t *ssp,
                    const YYSTYPE *vsp, Token t)
{
    if (p->lex_error_line && (t.loc.line == p->lex_error_line || p->prev.loc.line == p->lex_error_line)) {
        p->quiet = true;
        Token r = repair_(p, s, ss, ssp, vsp, t);
        p->quiet = false;
        return r;
    }
    return repair_(p, s, ss, ssp, vsp, t);
}

static Token repair_(Parser *p, const Sim *s, const yy_state_t *ss, const yy_state_t *ssp,
                     const YYSTYPE *vsp, Token t)
{
    Token t2 = *peek(p, 0), t3 = *peek(p, 1);
    const char *expected = expected_desc(s);
    Open open[8];
    int nopen = open_constructs(ss, ssp, vsp, open, 8);

    /* `end` of the wrong construct: `end loop;` or `end;` closing an if, or
     * `end P;` while an if is still open */
    if (p->prev.kind == T_END && nopen && open[0].ntoks == 3) {
        int kw = open[0].toks[1];
        bool fits = false;
        if (t.kind == T_IF || t.kind == T_LOOP || t.kind == T_CASE || t.kind == T_SELECT
            || t.kind == T_RECORD || t.kind == T_RETURN) {
            int seq[] = {kw, t2.kind, t3.kind};
            if ((fits = sim_accepts(s, seq, 3))) {
                syntax_error(p, t.loc, "'%s' expected to close '%s' at line %d, not 'end %s'",
                             open[0].closer, open[0].what, open[0].n->loc.line, t.text);
                t.kind = kw;
                return t;
            }
        } else if (t.kind == ';') {
            int seq[] = {kw, ';', t2.kind};
            if ((fits = sim_accepts(s, seq, 3))) {
                syntax_error(p, t.loc, "'%s' expected to close '%s' at line %d", open[0].closer,
                             open[0].what, open[0].n->loc.line);
                unget(p, t);
                return virtual_token(kw, t.loc);
            }
        } else if (t.kind == T_IDENT || t.kind == T_STRING_LIT) {
            int seq[] = {kw, ';', T_END, t.kind, t2.kind};
            if ((fits = sim_accepts(s, seq, 5))) {
                syntax_error(p, t.loc, "'%s' expected to close '%s' at line %d", open[0].closer,
                             open[0].what, open[0].n->loc.line);
                unget(p, t);
                int ins[] = {kw, ';', T_END};
                return insert_tokens(p, ins, 3, t.loc);
            }
        }
    }

    /* a stray token on the line of the previous one (before a token on a
     * new line, a missing token is likelier: see below) */
    bool same_line = p->prev.loc.line == t.loc.line;
    if (same_line && t.kind != T_YYEOF && t2.kind != T_YYEOF) {
        int seq[] = {t2.kind, t3.kind};
        if (sim_accepts(s, seq, 2)) {
            syntax_error(p, t.loc, "syntax error, unexpected %s%s%s", tok_desc(t),
                         expected ? ", expected " : "", expected ? expected : "");
            return take(p);
        }
    }

    /* a missing token (or two) */
    static const int single[][3] = {
        {';'}, {')'}, {','}, {T_THEN}, {T_LOOP}, {T_IS}, {T_ARROW}, {T_RETURN}, {T_ASSIGN},
        {T_DO}, {':'}, {')', ';'}, {')', ')'}, {')', ')', ';'},
    };
    static const int single_len[] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3};
    for (size_t i = 0; i < sizeof single / sizeof single[0]; i++) {
        int seq[6], n = 0;
        for (int k = 0; k < single_len[i]; k++)
            seq[n++] = single[i][k];
        seq[n++] = t.kind;
        seq[n++] = t2.kind;
        if (t.kind != T_YYEOF && t2.kind != T_YYEOF)
            seq[n++] = t3.kind;
        if (!sim_accepts(s, seq, n))
            continue;
        Loc at = after_prev(p, t);
        if (single_len[i] == 1)
            syntax_error(p, at, "missing %s", sym_desc(sym_of(single[i][0])));
        else
            syntax_error(p, at, "missing %s", single_len[i] == 2
                         ? arena_printf("%s and %s", sym_desc(sym_of(single[i][0])), sym_desc(sym_of(single[i][1])))
                         : "')', ')' and ';'");
        unget(p, t);
        return insert_tokens(p, single[i], single_len[i], at);
    }

    /* an empty sequence of statements */
    {
        int seq[] = {T_NULL_, ';', t.kind, t2.kind};
        if (t.kind != ';' && sim_accepts(s, seq, 4)) {
            Sim c = *s;
            if (sim_token(&c, sym_of(T_IF)) == 1) {
                syntax_error(p, t.loc, "a sequence of statements needs at least one statement (write 'null;') [RM 5.1(2/3)]");
                unget(p, t);
                int ins[] = {T_NULL_, ';'};
                return insert_tokens(p, ins, 2, t.loc);
            }
        }
    }

    /* unclosed constructs: before a token that starts something else, or at
     * the end of the file */
    if (is_terminator(t.kind) && nopen) {
        for (int semi = 0; semi < 2; semi++) {
            int seq[40], n = 0;
            if (semi)
                seq[n++] = ';';
            for (int k = 0; k < nopen && n + 5 < 40; k++) {
                for (int j = 0; j < open[k].ntoks; j++)
                    seq[n++] = open[k].toks[j];
                int m = n;
                seq[m++] = t.kind;
                if (t.kind != T_YYEOF)
                    seq[m++] = t2.kind;
                if (!sim_accepts(s, seq, m))
                    continue;
                /* open constructs whose `end` was being written when the
                 * file ended are not missing their `end` */
                if (semi)
                    syntax_error(p, after_prev(p, t), "missing ';'");
                if (!(semi && p->in_end && k == 0))
                    syntax_error(p, t.loc, "'%s' expected to close '%s' at line %d%s", open[0].closer,
                                 open[0].what, open[0].n->loc.line,
                                 t.kind == T_YYEOF ? ", before the end of the file" : "");
                for (int j = 1; j <= k; j++)
                    if (!p->quiet) note_at(open[j].n->loc, "'%s' is missing too, to close '%s'", open[j].closer, open[j].what);
                unget(p, t);
                return insert_tokens(p, seq, n, t.loc);
            }
        }
    }

    /* a replaced token: `=` for `:=` and the like */
    static const int repl[][2] = {{'=', T_ASSIGN}, {T_ASSIGN, '='}, {',', ';'}, {';', ','}, {T_IS, T_RETURN}};
    for (size_t i = 0; i < sizeof repl / sizeof repl[0]; i++) {
        if (t.kind != repl[i][0] || t2.kind == T_YYEOF)
            continue;
        int seq[] = {repl[i][1], t2.kind, t3.kind};
        if (!sim_accepts(s, seq, 3))
            continue;
        syntax_error(p, t.loc, "syntax error, unexpected %s, expected %s", tok_desc(t), sym_desc(sym_of(repl[i][1])));
        t.kind = repl[i][1];
        return t;
    }

    /* a stray token */
    if (t.kind != T_YYEOF) {
        int seq[] = {t2.kind, t3.kind};
        if (sim_accepts(s, seq, t2.kind == T_YYEOF ? 1 : 2)) {
            syntax_error(p, t.loc, "syntax error, unexpected %s%s%s", tok_desc(t),
                         expected ? ", expected " : "", expected ? expected : "");
            return take(p);
        }
    }

    /* no repair: report, and let the parser recover */
    syntax_error(p, t.loc, "syntax error, unexpected %s%s%s", tok_desc(t),
                 expected ? ", expected " : "", expected ? expected : "");
    if (t.kind == T_YYEOF && nopen)
        if (!p->quiet) note_at(open[0].n->loc, "the file ends inside '%s', which '%s' would close", open[0].what, open[0].closer);
    p->reported = true;
    return t;
}

static int parser_lex(YYSTYPE *lval, Span *lloc, Parser *p, const void *ss_, const void *ssp_,
                      const YYSTYPE *vsp, int errstatus)
{
    const yy_state_t *ss = ss_, *ssp = ssp_;
    p->reported = false;
    Token t = take(p);
    if (!errstatus && !p->gave_up) {
        Sim s = {.base = ss, .top = ssp};
        Sim c = s;
        if (sim_token(&c, sym_of(t.kind)) == 0)
            t = repair(p, &s, ss, ssp, vsp, t);
    }
    if (t.kind == ';')
        p->in_end = false;
    else if (t.kind == T_END)
        p->in_end = true;
    p->prev = t;
    lval->tok = t;
    lloc->begin = t.loc;
    lloc->end = tok_end(t);
    return t.kind;
}

/* Bison's report, when its recovery meets an error parser_lex did not
 * report (which it normally has) */
static int yyreport_syntax_error(const yypcontext_t *ctx, Parser *p)
{
    if (p->reported || p->gave_up) {
        p->reported = false;
        return 0;
    }
    yysymbol_kind_t exp[8];
    int n = yypcontext_expected_tokens(ctx, exp, 8);
    const char *list = NULL;
    for (int i = 0; i < n && n > 0; i++)
        list = list ? arena_printf("%s%s%s", list, i == n - 1 ? " or " : ", ", sym_desc(exp[i]))
                    : sym_desc(exp[i]);
    syntax_error(p, yypcontext_location(ctx)->begin, "syntax error, unexpected %s%s%s",
                 sym_desc(yypcontext_token(ctx)), list ? ", expected " : "", list ? list : "");
    return 0;
}

void yyerror(Span *lloc, Parser *p, const char *msg)
{
    if (!strcmp(msg, "memory exhausted"))
        syntax_error(p, lloc->begin, "nesting too deep: constructs are nested more than the "
                     "parser's %d levels here", YYMAXDEPTH);
    else
        syntax_error(p, lloc->begin, "%s", msg);
    p->gave_up = true;
}

const char *token_name(int kind)
{
    if (kind == T_YYEOF)
        return "end of file";
    return yysymbol_name(YYTRANSLATE(kind));
}

bool parse_file(int file, Vec *units)
{
    Parser p = {0};
    lexer_init(&p.lx, file);
    p.lx.defer = true;
    p.units = units;
    last_error = (Loc){0};
    int before = diag_error_count();
    int first = units->len;
    int rc = yyparse(&p);
    lexer_flush(&p.lx, p.lx.ntok);
    finish_pending(&p);
    /* Later stages walk the tree recursively: a tree deeper than they can
     * take (10,000 nested parentheses, a 50,000-term sum) is refused. */
    for (int i = first; i < units->len;) {
        const Node *deep = NULL;
        if (ast_depth(units->data[i], MAX_TREE_DEPTH, &deep) > MAX_TREE_DEPTH) {
            error_at(deep->loc, NULL, "nesting too deep: the syntax tree of this unit is more than %d levels deep here",
                     MAX_TREE_DEPTH);
            for (int k = i; k + 1 < units->len; k++)
                units->data[k] = units->data[k + 1];
            units->len--;
            continue;
        }
        i++;
    }
    return rc == 0 && diag_error_count() == before;
}
