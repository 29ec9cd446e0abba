/*
 * frontend.h: what the front end (sources, diagnostics, lexer, parser, AST)
 * shares with the stages after it.
 *
 * The pipeline runs one way: sources are read into memory, the lexer cuts
 * them into tokens, the Bison parser builds the abstract syntax tree defined
 * here, sema (sema/) decorates the tree with entities and types, and codegen
 * (codegen/) reads the decorated tree and writes LLVM IR.  No stage calls back
 * into an earlier one.
 *
 * Memory lives as long as the compilation: everything is allocated from one
 * arena (arena_alloc) and nothing is freed one by one, the discipline lcc and
 * QBE use and that Ada subpools offer to Ada programs.
 *
 * The sections follow the files that own them.
 */
#ifndef ADAC_FRONTEND_H
#define ADAC_FRONTEND_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ==== util.c: arena, vectors, interned names =========================== */

void *arena_alloc(size_t size);                /* zeroed, never freed */
char *arena_strdup(const char *s);
char *arena_strndup(const char *s, size_t n);
char *arena_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#ifdef ADAC_FUZZ
_Noreturn void adac_fuzz_exit(int status, const char *why);   /* fuzz/fuzz_run.c */
#endif

/* A growable array of pointers in the arena. */
typedef struct Vec {
    void **data;               /* the elements */
    int len;                   /* number of elements in use */
    int cap;                   /* allocated slots */
} Vec;
void vec_push(Vec *v, void *x);
#define VEC_AT(v, i) ((v).data[i])

/* An identifier, interned: two identifiers that differ only in letter case
 * are the same Ident (RM 2.3(5)).  Sema hangs its visibility chains here. */
typedef struct Ident {
    const char *name;          /* canonical spelling, lower case */
    struct Vis *visible;       /* sema: the declarations visible by this name */
    struct Ident *hash_next;   /* next in the intern table bucket */
} Ident;
Ident *intern(const char *s, size_t len);   /* case-folded */

/* ==== source.c: source files and positions ============================= */

/* A position in the sources: file number, 1-based line and column. */
typedef struct Loc {
    int file;                  /* index into the source table; 0 = none */
    int line;                  /* 1-based line */
    int col;                   /* 1-based column (in bytes) */
} Loc;

typedef struct Source {
    const char *path;          /* the path the file was opened with */
    const char *name;          /* simple file name, for messages */
    const char *text;          /* contents, NUL-terminated */
    size_t len;                /* length of text without the NUL */
    bool predefined;           /* one of the compiler's own library specs */
} Source;

int source_load(const char *path, bool predefined); /* -1 if unreadable */
int source_add(const char *path, char *text, size_t len, bool predefined);
const Source *source_get(int file);

/* ==== diag.c: diagnostics ================================================ */

typedef enum Severity { SEV_ERROR, SEV_WARNING, SEV_NOTE } Severity;

/* Report a diagnostic at LOC.  RM is the Reference Manual paragraph that the
 * rule comes from ("4.8(5.3)"), or NULL for lexical/syntax errors that cite
 * the chapter themselves.  Rendered as
 *     file:line:col: error: message [RM 4.8(5.3)]
 * followed by the source line and a caret. */
void diag(Severity sev, Loc loc, const char *rm, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
#define error_at(loc, rm, ...) diag(SEV_ERROR, loc, rm, __VA_ARGS__)
#define note_at(loc, ...) diag(SEV_NOTE, loc, NULL, __VA_ARGS__)
int diag_error_count(void);
/* Report the errors found while analysing an instance at LOC, the
 * instantiation, with a note at their place in generic GENERIC. */
void diag_push_instance(Loc loc, const char *generic);
bool diag_in_instance(void);                 /* analysing an instance of a generic */
void diag_pop_instance(void);
void diag_quiet(bool on);      /* suppress diagnostics (nesting) */
extern bool diag_show_source;  /* print the source line and caret (default on) */

/* ==== lexer.re: tokens =================================================== */

/* Semantic value of a token or a grammar symbol (see parser.y). */
typedef struct Token {
    int kind;                  /* token code from parser.h */
    Loc loc;                   /* where it starts */
    const char *text;          /* its spelling as written (arena copy) */
    int len;                   /* its length in bytes */
    int seq;                   /* its ordinal in the file (0: made by the parser) */
} Token;

typedef struct Lexer {
    int file;                  /* source being read */
    const char *start;         /* start of the text */
    const char *cur;           /* next byte to read */
    const char *lim;           /* end of the text (points at the NUL) */
    const char *line_start;    /* start of the current line */
    int line;                  /* current line number */
    int prev;                  /* previous token, to tell ' from 'c' */
    int errors;                /* lexical errors so far */
    int ntok;                  /* tokens scanned so far */
    bool defer;                /* keep error messages until lexer_flush */
    struct LexDiag *diags;     /* the messages kept */
    int ndiags, capdiags;
} Lexer;

void lexer_init(Lexer *lx, int file);
/* The next token; T_EOF at the end.  Errors are reported and skipped. */
Token lexer_next(Lexer *lx);
/* With lx->defer set, lexical errors are kept, and printed by lexer_flush
 * once the parser has taken the token they were found in (SEQ and those
 * before it): the parser reads ahead, and messages stay in file order. */
void lexer_flush(Lexer *lx, int seq);
const char *token_name(int kind);   /* "identifier", "'begin'", ... */
void lexer_dump(int file, FILE *out);   /* --dump-tokens */

/* ==== ast.c: the abstract syntax tree =================================== */

/* One enumerator per construct; the comment gives the RM syntax rule the
 * node stands for.  Fields of struct Node used by each kind are listed. */
typedef enum NodeKind {
    N_NONE,
    /* 10.1.1 compilation_unit ::= context_clause library_item | ... subunit
     *   list: context items; body: the unit (a declaration or body);
     *   flag PRIVATE: private child */
    N_COMPILATION_UNIT,
    N_WITH,               /* 10.1.2 with_clause: list = names; flags */
    N_USE,                /* 8.4 use_package_clause: list = names */
    N_USE_TYPE,           /* 8.4 use_type_clause: list = subtype marks; flag ALL */
    N_PRAGMA,             /* 2.8 pragma: id = name, list = arguments */
    N_PACKAGE_SPEC,       /* 7.1: name, list = visible decls, list2 = private decls */
    N_PACKAGE_BODY,       /* 7.2: name, list = decls, list2 = stmts, list3 = handlers */
    N_SUBPROGRAM_SPEC,    /* 6.1: name (designator), list = params, type = result
                             type mark (NULL for a procedure), op = T_PROCEDURE/T_FUNCTION */
    N_SUBPROGRAM_DECL,    /* 6.1: spec; flag ABSTRACT / NULL_PROC */
    N_SUBPROGRAM_BODY,    /* 6.3: spec, list = decls, list2 = stmts, list3 = handlers */
    N_PARAM,              /* 6.1 parameter_specification: ids, op = mode,
                             type = subtype mark / access def, init = default */
    N_OBJECT_DECL,        /* 3.3.1: ids, type = subtype indication or array def,
                             init = initial value; flags CONSTANT, ALIASED */
    N_NUMBER_DECL,        /* 3.3.2: ids, init = static expression */
    N_TYPE_DECL,          /* 3.2.1: id, list = discriminants, type = definition */
    N_SUBTYPE_DECL,       /* 3.2.2: id, type = subtype indication */
    N_EXCEPTION_DECL,     /* 11.1: ids */
    N_RENAMING_DECL,      /* 8.5: id, type = subtype mark, expr = renamed name */
    N_DISCRIMINANT,       /* 3.7 discriminant_specification: ids, type, init */
    N_COMPONENT,          /* 3.8 component_declaration: ids, type, init; flag ALIASED */
    N_NULL_COMPONENT,     /* 3.8 `null;` in a component list */
    /* type definitions (3.2.1) */
    N_INTEGER_DEF,        /* 3.5.4 `range L .. H`: left, right */
    N_MODULAR_DEF,        /* 3.5.4 `mod M`: expr */
    N_ENUM_DEF,           /* 3.5.1: list = literals (N_IDENT or N_CHAR_LIT) */
    N_FLOAT_DEF,          /* 3.5.7 `digits D [range L .. H]`: expr, constraint */
    N_ARRAY_DEF,          /* 3.6: list = index subtypes (N_BOX_INDEX) or
                             discrete ranges, type = component subtype; flag ALIASED */
    N_BOX_INDEX,          /* 3.6 `T range <>`: type = subtype mark */
    N_RECORD_DEF,         /* 3.8: list = components; flags TAGGED, LIMITED, NULL_REC */
    N_DERIVED_DEF,        /* 3.4: type = parent subtype indication, expr = extension */
    N_ACCESS_DEF,         /* 3.10: type = designated subtype indication;
                             flags ALL, CONSTANT, NOT_NULL */
    N_PRIVATE_DEF,        /* 7.3: flags TAGGED, LIMITED */
    /* subtype indications and constraints */
    N_SUBTYPE_IND,        /* 3.2.2: expr = subtype mark, constraint; flag NOT_NULL */
    N_RANGE,              /* 3.5 `L .. H`: left, right */
    N_RANGE_CONSTRAINT,   /* 3.5 `range R`: expr = N_RANGE or range attribute */
    N_INDEX_CONSTRAINT,   /* 3.6.1: list = discrete ranges */
    N_DISCR_CONSTRAINT,   /* 3.7.1: list = associations */
    /* statements (5, 6, 11) */
    N_NULL_STMT,          /* 5.1 */
    N_ASSIGN,             /* 5.2: left = target name, right = expression */
    N_CALL_STMT,          /* 6.4 procedure_call_statement: expr = the name/call */
    N_IF,                 /* 5.3: list = N_IF_ARM (cond, list = stmts), list2 = else */
    N_IF_ARM,
    N_CASE,               /* 5.4: expr, list = N_CASE_ARM (list2 = choices, list = stmts) */
    N_CASE_ARM,
    N_LOOP,               /* 5.5: id = loop name, op = 0 / T_WHILE / T_FOR,
                             expr = while condition, or for: id2 = loop parameter,
                             constraint = discrete range, flag REVERSE; list = stmts */
    N_BLOCK,              /* 5.6: id = block name, list = decls, list2 = stmts, list3 = handlers */
    N_EXIT,               /* 5.7: id = loop name, expr = condition */
    N_RETURN,             /* 6.5: expr */
    N_RAISE,              /* 11.3: expr = exception name (NULL: re-raise), init = message */
    N_GOTO,               /* 5.8: id */
    N_LABEL,              /* 5.1 `<<L>>`: id */
    N_HANDLER,            /* 11.2: id = choice parameter, list2 = choices, list = stmts */
    /* expressions (4) */
    N_IDENT,              /* 4.1 direct_name: id */
    N_SELECTED,           /* 4.1.3 prefix.selector: expr = prefix, id (or char/op) */
    N_APPLY,              /* 4.1 name(associations): call, index, slice, conversion
                             or constraint, decided by sema: expr = prefix, list */
    N_ATTRIBUTE,          /* 4.1.4 prefix'designator[(args)]: expr, id, list */
    N_DEREF,              /* 4.1 prefix.all: expr */
    N_QUALIFIED,          /* 4.7 T'(E) / T'Aggregate: type = subtype mark, expr */
    N_ALLOCATOR,          /* 4.8 new [(subpool)] subtype_indication | qualified_expression:
                             left = subpool handle, type = subtype indication
                             (uninitialized) or expr = qualified expression */
    N_INT_LIT,            /* 2.4 numeric literal without a point: text */
    N_REAL_LIT,           /* 2.4 numeric literal with a point: text */
    N_CHAR_LIT,           /* 2.5: text (with the quotes) */
    N_STRING_LIT,         /* 2.6: text (with the quotes, doubled quotes kept) */
    N_NULL_LIT,           /* 4.2 null */
    N_BINARY,             /* 4.4: op = operator token, left, right */
    N_UNARY,              /* 4.4: op, left */
    N_SHORT_CIRCUIT,      /* 4.4 and then / or else: op = T_AND / T_OR, left, right */
    N_MEMBERSHIP,         /* 4.4 [not] in: left, list = choices; flag NOT */
    N_AGGREGATE,          /* 4.3: list = associations; expr = ancestor (extension) */
    N_ASSOC,              /* 4.3 / 6.4 `choices => expr`: list = choices, expr
                             (NULL with flag BOX for <>) */
    N_OTHERS,             /* `others` as a choice */
    N_PAREN,              /* ( expression ): expr */
    N_IF_EXPR,            /* 4.5.7: list = N_IF_ARM (cond, expr), expr = else */
    N_RAISE_EXPR,         /* 11.3 raise expression: expr, init */
    N_OPERATOR_SYMBOL,    /* 6.1 "+" as a name: text, id = the operator's Ident */
    /* ---- the rest of Ada 2012 (issue 3).  `aspects` (13.1.1) may be set on
     * every declaration that allows an aspect_specification; `pragmas` holds
     * the pragmas written before the first alternative of a case statement
     * or variant part, or before the first handler (on that N_HANDLER). */
    N_SUBUNIT,            /* 10.1.3 `separate (P) proper_body`: ref = parent unit
                             name, expr = the proper body */
    N_BODY_STUB,          /* 10.1.3 `... is separate;`: op = T_PROCEDURE /
                             T_FUNCTION (spec set) or T_PACKAGE / T_TASK /
                             T_PROTECTED (expr = the name); flags OVERRIDING */
    N_EXPR_FUNCTION,      /* 6.8: spec, expr = the parenthesized expression
                             (N_PAREN) or aggregate; flags OVERRIDING */
    N_INSTANTIATION,      /* 12.3: op = T_PACKAGE / T_PROCEDURE / T_FUNCTION,
                             expr = defining name, ref = generic unit name,
                             list = actual associations; flags OVERRIDING */
    N_GENERIC_DECL,       /* 12.1: list = generic formal part (formals, use
                             clauses, pragmas), spec = the N_SUBPROGRAM_DECL or
                             N_PACKAGE_SPEC declared generic */
    N_FORMAL_OBJECT,      /* 12.4: ids, op = mode (T_IN, or T_IN + T_OUT),
                             type = subtype mark / access definition, init */
    N_FORMAL_TYPE,        /* 12.5: id, list = discriminant part, type = formal
                             type definition (NULL: formal incomplete type,
                             flag TAGGED for `is tagged`) */
    N_FORMAL_SCALAR_DEF,  /* 12.5.2: op = T_BOX `(<>)`, T_RANGE `range <>`,
                             T_MOD `mod <>`, T_DIGITS `digits <>`, T_DELTA
                             `delta <>` (flag DECIMAL: `delta <> digits <>`) */
    N_FORMAL_SUBPROGRAM,  /* 12.6: spec; default: flag BOX `is <>`, flag
                             NULL_PROC `is null`, or expr = default name;
                             flag ABSTRACT */
    N_FORMAL_PACKAGE,     /* 12.7: id, ref = generic package name, list =
                             actuals (with <> associations); flag BOX `(<>)` */
    N_PACKAGE_RENAMING,   /* 8.5.3: expr = defining name, ref = renamed package */
    N_SUBPROGRAM_RENAMING,/* 8.5.4: spec, ref = renamed name; flags OVERRIDING */
    N_EXCEPTION_RENAMING, /* 8.5.2: ids, ref = renamed exception */
    N_GENERIC_RENAMING,   /* 8.5.5: op = T_PACKAGE / T_PROCEDURE / T_FUNCTION,
                             expr = defining name, ref = renamed generic unit */
    N_FIXED_DEF,          /* 3.5.9: expr = delta, right = digits (decimal
                             fixed point, else NULL), constraint = range */
    N_INTERFACE_DEF,      /* 3.9.4: list = progenitor names; flags LIMITED,
                             TASK, PROTECTED, SYNCHRONIZED */
    N_ACCESS_SUBP_DEF,    /* 3.10 access-to-subprogram: op = T_PROCEDURE /
                             T_FUNCTION, list = params, type = result; flags
                             NOT_NULL, PROTECTED */
    N_DIGITS_CONSTRAINT,  /* 3.5.9 `digits D [range R]`: expr = D, constraint */
    N_DELTA_CONSTRAINT,   /* J.3 `delta D [range R]`: expr = D, constraint */
    N_ASPECT,             /* 13.1.1 aspect_mark [=> definition]: id, flag CLASS
                             for Mark'Class, expr = definition (or NULL) */
    N_ATTRIBUTE_CLAUSE,   /* 13.3 `for X'Attr use E;`: expr = the N_ATTRIBUTE
                             local name, init = E */
    N_ENUM_REP_CLAUSE,    /* 13.4 `for T use (...);`: expr = type name, init =
                             the aggregate */
    N_RECORD_REP_CLAUSE,  /* 13.5.1: expr = type name, init = `at mod`
                             alignment, list = component clauses and pragmas */
    N_COMPONENT_CLAUSE,   /* 13.5.1 `C at P range F .. L;`: expr = component
                             name, init = position, constraint = N_RANGE */
    N_AT_CLAUSE,          /* J.7 `for X use at E;`: expr = name, init = E */
    N_EXTENDED_RETURN,    /* 6.5: ids (the return object), flags ALIASED /
                             CONSTANT, type, init, list2 = statements of the
                             do part, list3 = its handlers */
    N_FOR_OF_LOOP,        /* 5.5.2 `for X [: T] of [reverse] Name loop`: fields
                             as N_LOOP (id, id2, right, list, end_id), type =
                             subtype, constraint = the iterable name; flag REVERSE */
    N_CASE_EXPR,          /* 4.5.7: expr = selector, list = N_CASE_ARM (list2 =
                             choices, expr = value) */
    N_QUANTIFIED,         /* 4.5.8: op = T_ALL / T_SOME, id2, right = the
                             parameter, constraint = range (or iterable name
                             with flag OF), type = subtype, expr = predicate;
                             flag REVERSE */
    N_DELTA_AGGREGATE,    /* 4.3.4 (Ada 2022) `(E with delta ...)`: expr, list */
    /* tasking (9): parsed, and refused by sema */
    N_TASK_TYPE,          /* 9.1: id, list = discriminants, list3 = progenitors,
                             spec = N_TASK_DEF (NULL for `task type T;`) */
    N_SINGLE_TASK,        /* 9.1: id, list3, spec as N_TASK_TYPE */
    N_TASK_DEF,           /* 9.1 task_definition / 9.4 protected_definition:
                             list = visible items, list2 = private items, end_id */
    N_TASK_BODY,          /* 9.1: id, list = decls, list2 = stmts, list3 = handlers */
    N_PROTECTED_TYPE,     /* 9.4: as N_TASK_TYPE */
    N_SINGLE_PROTECTED,   /* 9.4: as N_SINGLE_TASK */
    N_PROTECTED_BODY,     /* 9.4: id, list = operation items, end_id */
    N_ENTRY_DECL,         /* 9.5.2: id, constraint = family discrete range,
                             list = params; flags OVERRIDING */
    N_ENTRY_BODY,         /* 9.5.2: spec = N_ENTRY_DECL (id2 = family index
                             parameter), cond = barrier, list = decls, list2 =
                             stmts, list3 = handlers */
    N_ACCEPT,             /* 9.5.2: id, expr = family index, list = params,
                             list2 = stmts of the do part, list3 = handlers */
    N_SELECT,             /* 9.7: list = N_SELECT_ALT, list2 = else part,
                             list3 = abortable part (then abort) */
    N_SELECT_ALT,         /* 9.7.1: cond = guard, list = stmts; op = T_TERMINATE
                             for a terminate alternative */
    N_DELAY,              /* 9.6: expr; flag UNTIL */
    N_ABORT,              /* 9.8: list = task names */
    N_REQUEUE,            /* 9.5.4: expr = entry name; flag WITH_ABORT */
    N_COUNT
} NodeKind;

/* Flags on nodes.  The parser sets bits 0-23; bits 24-31 are left to the
 * later stages (sema marks analysed expressions with one). */
enum {
    NF_CONSTANT = 1 << 0,  /* constant object / access-to-constant */
    NF_ALIASED = 1 << 1,
    NF_NOT_NULL = 1 << 2,  /* null exclusion */
    NF_ALL = 1 << 3,       /* general access type / use all type */
    NF_TAGGED = 1 << 4,
    NF_LIMITED = 1 << 5,
    NF_NULL_REC = 1 << 6,  /* null record */
    NF_REVERSE = 1 << 7,
    NF_NOT = 1 << 8,       /* not in */
    NF_BOX = 1 << 9,       /* association with <> */
    NF_PRIVATE = 1 << 10,  /* private with / private child */
    NF_ABSTRACT = 1 << 11,
    NF_LIMITED_WITH = 1 << 12,
    NF_NULL_PROC = 1 << 13, /* is null procedure */
    NF_OVERRIDING = 1 << 14,     /* overriding indicator `overriding` */
    NF_NOT_OVERRIDING = 1 << 15, /* overriding indicator `not overriding` */
    NF_SYNCHRONIZED = 1 << 16,
    NF_PROTECTED = 1 << 17,      /* access protected ..., protected interface */
    NF_TASK = 1 << 18,           /* task interface */
    NF_CLASS = 1 << 19,          /* aspect Mark'Class */
    NF_OF = 1 << 20,             /* quantified expression over `of` */
    NF_WITH_ABORT = 1 << 21,     /* requeue ... with abort */
    NF_UNTIL = 1 << 22,          /* delay until */
    NF_DECIMAL = 1 << 23,        /* formal `delta <> digits <>` */
};
/* The names of the NF_* flags, in bit order (for --dump-ast). */
extern const char *const node_flag_names[24];

struct Entity;
struct Type;

typedef struct Node Node;
struct Node {
    NodeKind kind;             /* what construct this is */
    Loc loc;                   /* where it starts */
    unsigned flags;            /* NF_* */
    int op;                    /* operator token / parameter mode / statement kind */
    Ident *id;                 /* identifier, selector, designator, name */
    Ident *id2;                /* for loop parameter */
    const char *text;          /* literal spelling; designator spelling */
    Node *expr;                /* main sub-expression / prefix / subtype mark */
    Node *left, *right;        /* operands, bounds, assignment sides */
    Node *type;                /* subtype indication / definition / result */
    Node *init;                /* default or initial expression, raise message */
    Node *constraint;          /* constraint of a subtype indication, loop range */
    Node *spec;                /* subprogram specification of a body/declaration */
    Node *cond;                /* condition of an if arm / exit */
    Vec ids;                   /* defining identifiers (Node N_IDENT) of a list */
    Vec list, list2, list3;    /* sub-lists, meaning per kind (see NodeKind) */
    Ident *end_id;             /* name repeated after `end`, checked by sema */
    Loc end;                   /* where it ends (its last character) */
    Node *ref;                 /* the name a renaming renames, an instance
                                  instantiates, a subunit's parent */
    Vec aspects;               /* N_ASPECT: the aspect_specification */
    Vec pragmas;               /* pragmas before the first alternative/handler */
    /* ---- filled in by sema ---- */
    struct Entity *ent;        /* entity denoted or declared */
    struct Type *ty;           /* type of an expression; subtype of an indication */
    void *sem;                 /* per-kind extra information (sema.h) */
    unsigned checks;           /* run-time checks codegen must emit (CHK_*) */
    struct Type *target;       /* subtype the value is implicitly converted to */
};

Node *node_new(NodeKind kind, Loc loc);
const char *node_kind_name(NodeKind k);
void ast_dump(const Node *n, FILE *out, int indent);
/* The depth of the tree under N (N alone: 1), counted without recursion;
 * stops at LIMIT + 1 and then sets *DEEPEST to a node below that depth. */
int ast_depth(const Node *n, int limit, const Node **deepest);

/* ==== parser.y ========================================================== */

/* Parse every compilation unit of FILE; append them to UNITS.  Returns
 * false after syntax errors (which have been reported). */
bool parse_file(int file, Vec *units);
/* The operator token an operator symbol ("+", "mod", ...: a string
 * literal, quotes included) names, or 0. */
int operator_symbol(const char *text);
/* The operator symbol of operator token OP ("\"+\"", "\"mod\"", ...), lower case. */
const char *operator_symbol_text(int op);

#endif
