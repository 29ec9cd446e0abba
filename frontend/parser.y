/*
 * parser.y: the Ada syntax (RM 2-13), as a pure Bison LALR(1) parser.
 *
 * Actions only build tree nodes; every decision that needs to know what a
 * name denotes is left to sema.  In particular Ada's name(...) -- a call, an
 * indexed component, a slice, a type conversion or an index/discriminant
 * constraint -- is one N_APPLY node whose associations may be expressions,
 * named associations, ranges or subtype indications, as GNAT does.  Likewise a
 * discrete range that is a bare name (a subtype mark or X'Range) is parsed as
 * an expression.
 *
 * The grammar follows the RM's rules closely; each rule's comment gives the
 * section.  Error recovery resynchronises at ';' in declaration and statement
 * lists, so one file reports all its syntax errors.
 */
%code requires {
#include "frontend.h"
typedef struct Parser {
    Lexer lx;                  /* the token source */
    Vec *units;                /* where compilation units go */
} Parser;
}

%code provides {
int yylex(YYSTYPE *lval, Loc *lloc, Parser *p);
void yyerror(Loc *lloc, Parser *p, const char *msg);
}

%code {
#include <string.h>

#define YYLLOC_DEFAULT(Cur, Rhs, N) \
    do { if (N) (Cur) = YYRHSLOC(Rhs, 1); else (Cur) = YYRHSLOC(Rhs, 0); } while (0)

static Node *mk(NodeKind k, Loc loc) { return node_new(k, loc); }
static Node *mk_ident(Token t)
{
    Node *n = node_new(N_IDENT, t.loc);
    n->id = intern(t.text, (size_t)t.len);
    n->text = t.text;
    return n;
}
static Node *mk_lit(NodeKind k, Token t)
{
    Node *n = node_new(k, t.loc);
    n->text = t.text;
    return n;
}
static Node *mk_bin(int op, Loc loc, Node *l, Node *r)
{
    Node *n = node_new(N_BINARY, loc);
    n->op = op;
    n->left = l;
    n->right = r;
    return n;
}
static Vec vec1(void *x) { Vec v = {0}; vec_push(&v, x); return v; }
static Vec vec_add(Vec v, void *x) { vec_push(&v, x); return v; }
/* The dotted name of a unit as an Ident ("ada.text_io"), for `end` checks. */
static Ident *name_ident(Node *n);
}

%define api.pure full
%define api.token.prefix {T_}
%define parse.error detailed
%define api.location.type {Loc}
%locations
%param {Parser *p}
%expect 0

/* Two true ambiguities of the Ada grammar, resolved the greedy way:
 * `new T range A .. B` takes the range into the allocator, and in
 * `when X in A | B =>` the choices after `in` belong to the membership test. */
%precedence LOWEST
%precedence '|' RANGE

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

%type <node> compilation_unit library_item unit_body context_item
%type <node> subprogram_spec subprogram_decl subprogram_body package_spec package_body
%type <node> param basic_decl object_decl type_decl type_def subtype_decl
%type <node> record_def access_def array_def index_subtype discr_spec component variant_part variant
%type <node> subtype_ind range range_opt discrete_range
%type <node> stmt unlabeled_stmt if_stmt case_stmt case_alt loop_stmt iteration block_stmt handler
%type <node> defname alloc_subtype name direct_name primary factor term simple_expr relation expression
%type <node> and_list and_then_list or_list or_else_list xor_list
%type <node> assoc choice allocator paren_or_aggregate pragma return_type
%type <node> exception_choice mem_choice
%type <vec> file context_clause ids param_list formal_part_opt decls decl_list
%type <vec> stmts stmt_list handlers handlers_opt case_alts assoc_list choice_list
%type <vec> enum_lits index_list components component_items discr_part discr_specs
%type <vec> names variants elsif_list exception_choices mem_choices pragma_args_opt
%type <num> mode flags_opt access_mods
%type <tok> end_name_opt label_opt

%%

/* 10.1.1 compilation: any number of units, in any order */
file
    : %empty                            { $$ = (Vec){0}; }
    | file compilation_unit             { vec_push(p->units, $2); $$ = $1; }
    | file error ';'                    { $$ = $1; }
    ;

compilation_unit
    : context_clause library_item
        { $$ = mk(N_COMPILATION_UNIT, @2); $$->list = $1; $$->expr = $2; }
    | context_clause PRIVATE library_item
        { $$ = mk(N_COMPILATION_UNIT, @3); $$->list = $1; $$->expr = $3; $$->flags |= NF_PRIVATE; }
    ;

context_clause
    : %empty                            { $$ = (Vec){0}; }
    | context_clause context_item       { $$ = vec_add($1, $2); }
    ;

/* 10.1.2 with_clause, 8.4 use_clause */
context_item
    : WITH names ';'                    { $$ = mk(N_WITH, @1); $$->list = $2; }
    | LIMITED WITH names ';'            { $$ = mk(N_WITH, @1); $$->list = $3; $$->flags |= NF_LIMITED_WITH; }
    | PRIVATE WITH names ';'            { $$ = mk(N_WITH, @1); $$->list = $3; $$->flags |= NF_PRIVATE; }
    | LIMITED PRIVATE WITH names ';'    { $$ = mk(N_WITH, @1); $$->list = $4; $$->flags |= NF_PRIVATE | NF_LIMITED_WITH; }
    | USE names ';'                     { $$ = mk(N_USE, @1); $$->list = $2; }
    | USE TYPE names ';'                { $$ = mk(N_USE_TYPE, @1); $$->list = $3; }
    | USE ALL TYPE names ';'            { $$ = mk(N_USE_TYPE, @1); $$->list = $4; $$->flags |= NF_ALL; }
    | pragma
    ;

names
    : name                              { $$ = vec1($1); }
    | names ',' name                    { $$ = vec_add($1, $3); }
    ;

library_item
    : unit_body
    | subprogram_decl
    | package_spec
    ;

unit_body
    : subprogram_body
    | package_body
    ;

/* 2.8 pragma */
pragma
    : PRAGMA IDENT pragma_args_opt ';'
        { $$ = mk(N_PRAGMA, @1); $$->id = intern($2.text, (size_t)$2.len); $$->text = $2.text; $$->list = $3; }
    ;

pragma_args_opt
    : %empty                            { $$ = (Vec){0}; }
    | '(' assoc_list ')'                { $$ = $2; }
    ;

/* 6.1 subprogram_specification */
subprogram_spec
    : PROCEDURE defname formal_part_opt
        { $$ = mk(N_SUBPROGRAM_SPEC, @1); $$->op = T_PROCEDURE; $$->expr = $2; $$->list = $3; }
    | FUNCTION defname formal_part_opt RETURN return_type
        { $$ = mk(N_SUBPROGRAM_SPEC, @1); $$->op = T_FUNCTION; $$->expr = $2; $$->list = $3; $$->type = $5; }
    ;

return_type
    : subtype_ind
    | access_def
    ;

formal_part_opt
    : %empty                            { $$ = (Vec){0}; }
    | '(' param_list ')'                { $$ = $2; }
    ;

param_list
    : param                             { $$ = vec1($1); }
    | param_list ';' param              { $$ = vec_add($1, $3); }
    ;

/* 6.1 parameter_specification */
param
    : ids ':' subtype_ind
        { $$ = mk(N_PARAM, @1); $$->ids = $1; $$->op = T_IN; $$->type = $3; }
    | ids ':' subtype_ind ASSIGN expression
        { $$ = mk(N_PARAM, @1); $$->ids = $1; $$->op = T_IN; $$->type = $3; $$->init = $5; }
    | ids ':' mode subtype_ind
        { $$ = mk(N_PARAM, @1); $$->ids = $1; $$->op = $3; $$->type = $4; }
    | ids ':' mode subtype_ind ASSIGN expression
        { $$ = mk(N_PARAM, @1); $$->ids = $1; $$->op = $3; $$->type = $4; $$->init = $6; }
    | ids ':' access_def
        { $$ = mk(N_PARAM, @1); $$->ids = $1; $$->op = T_IN; $$->type = $3; }
    | ids ':' access_def ASSIGN expression
        { $$ = mk(N_PARAM, @1); $$->ids = $1; $$->op = T_IN; $$->type = $3; $$->init = $5; }
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

/* 6.1 subprogram_declaration, 3.9.3 abstract, 6.7 null procedure */
subprogram_decl
    : subprogram_spec ';'               { $$ = mk(N_SUBPROGRAM_DECL, @1); $$->spec = $1; }
    | subprogram_spec IS ABSTRACT ';'   { $$ = mk(N_SUBPROGRAM_DECL, @1); $$->spec = $1; $$->flags |= NF_ABSTRACT; }
    | subprogram_spec IS NULL_ ';'      { $$ = mk(N_SUBPROGRAM_DECL, @1); $$->spec = $1; $$->flags |= NF_NULL_PROC; }
    ;

/* 6.3 subprogram_body */
subprogram_body
    : subprogram_spec IS decls BEGIN_ stmts handlers_opt END end_name_opt ';'
        {
            $$ = mk(N_SUBPROGRAM_BODY, @1); $$->spec = $1; $$->list = $3;
            $$->list2 = $5; $$->list3 = $6;
            if ($8.len) $$->end_id = intern($8.text, (size_t)$8.len);
        }
    ;

end_name_opt
    : %empty                            { $$ = (Token){0}; }
    | defname                              { $$ = (Token){ .loc = @1, .text = name_ident($1)->name,
                                                        .len = (int)strlen(name_ident($1)->name) }; }
    ;

/* 7.1 package_declaration */
package_spec
    : PACKAGE defname IS decls END end_name_opt ';'
        { $$ = mk(N_PACKAGE_SPEC, @1); $$->expr = $2; $$->list = $4;
          if ($6.len) $$->end_id = intern($6.text, (size_t)$6.len); }
    | PACKAGE defname IS decls PRIVATE decls END end_name_opt ';'
        { $$ = mk(N_PACKAGE_SPEC, @1); $$->expr = $2; $$->list = $4; $$->list2 = $6;
          if ($8.len) $$->end_id = intern($8.text, (size_t)$8.len); }
    ;

/* 7.2 package_body */
package_body
    : PACKAGE BODY defname IS decls END end_name_opt ';'
        { $$ = mk(N_PACKAGE_BODY, @1); $$->expr = $3; $$->list = $5;
          if ($7.len) $$->end_id = intern($7.text, (size_t)$7.len); }
    | PACKAGE BODY defname IS decls BEGIN_ stmts handlers_opt END end_name_opt ';'
        { $$ = mk(N_PACKAGE_BODY, @1); $$->expr = $3; $$->list = $5; $$->list2 = $7; $$->list3 = $8;
          if ($10.len) $$->end_id = intern($10.text, (size_t)$10.len); }
    ;

/* 3.11 declarative_part */
decls
    : decl_list                         { $$ = $1; }
    ;

decl_list
    : %empty                            { $$ = (Vec){0}; }
    | decl_list basic_decl              { $$ = vec_add($1, $2); }
    | decl_list error ';'               { $$ = $1; }
    ;

basic_decl
    : object_decl
    | type_decl
    | subtype_decl
    | subprogram_decl
    | unit_body
    | package_spec
    | pragma
    | context_item_in_decl
        { $$ = $<node>1; }
    ;

context_item_in_decl
    : USE names ';'                     { $<node>$ = mk(N_USE, @1); $<node>$->list = $2; }
    | USE TYPE names ';'                { $<node>$ = mk(N_USE_TYPE, @1); $<node>$->list = $3; }
    | USE ALL TYPE names ';'            { $<node>$ = mk(N_USE_TYPE, @1); $<node>$->list = $4; $<node>$->flags |= NF_ALL; }
    ;

/* 3.3.1 object_declaration, 3.3.2 number_declaration, 11.1 exception_declaration */
object_decl
    : ids ':' flags_opt subtype_ind ';'
        { $$ = mk(N_OBJECT_DECL, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; }
    | ids ':' flags_opt subtype_ind ASSIGN expression ';'
        { $$ = mk(N_OBJECT_DECL, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; $$->init = $6; }
    | ids ':' flags_opt array_def ';'
        { $$ = mk(N_OBJECT_DECL, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; }
    | ids ':' flags_opt array_def ASSIGN expression ';'
        { $$ = mk(N_OBJECT_DECL, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; $$->init = $6; }
    | ids ':' flags_opt access_def ';'
        { $$ = mk(N_OBJECT_DECL, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; }
    | ids ':' flags_opt access_def ASSIGN expression ';'
        { $$ = mk(N_OBJECT_DECL, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; $$->init = $6; }
    | ids ':' CONSTANT ASSIGN expression ';'
        { $$ = mk(N_NUMBER_DECL, @1); $$->ids = $1; $$->init = $5; }
    | ids ':' EXCEPTION ';'
        { $$ = mk(N_EXCEPTION_DECL, @1); $$->ids = $1; }
    | ids ':' flags_opt subtype_ind RENAMES name ';'
        { $$ = mk(N_RENAMING_DECL, @1); $$->ids = $1; $$->type = $4; $$->expr = $6; }
    ;

flags_opt
    : %empty                            { $$ = 0; }
    | ALIASED                           { $$ = NF_ALIASED; }
    | CONSTANT                          { $$ = NF_CONSTANT; }
    | ALIASED CONSTANT                  { $$ = NF_ALIASED | NF_CONSTANT; }
    ;

/* 3.2.1 type_declaration */
type_decl
    : TYPE IDENT discr_part IS type_def ';'
        { $$ = mk(N_TYPE_DECL, @1); $$->id = intern($2.text, (size_t)$2.len); $$->text = $2.text;
          $$->list = $3; $$->type = $5; }
    | TYPE IDENT discr_part ';'
        { $$ = mk(N_TYPE_DECL, @1); $$->id = intern($2.text, (size_t)$2.len); $$->text = $2.text;
          $$->list = $3; }
    ;

discr_part
    : %empty                            { $$ = (Vec){0}; }
    | '(' discr_specs ')'               { $$ = $2; }
    | '(' BOX ')'                       { $$ = vec1(mk(N_BOX_INDEX, @2)); }
    ;

discr_specs
    : discr_spec                        { $$ = vec1($1); }
    | discr_specs ';' discr_spec        { $$ = vec_add($1, $3); }
    ;

/* 3.7 discriminant_specification */
discr_spec
    : ids ':' subtype_ind
        { $$ = mk(N_DISCRIMINANT, @1); $$->ids = $1; $$->type = $3; }
    | ids ':' subtype_ind ASSIGN expression
        { $$ = mk(N_DISCRIMINANT, @1); $$->ids = $1; $$->type = $3; $$->init = $5; }
    | ids ':' access_def
        { $$ = mk(N_DISCRIMINANT, @1); $$->ids = $1; $$->type = $3; }
    | ids ':' access_def ASSIGN expression
        { $$ = mk(N_DISCRIMINANT, @1); $$->ids = $1; $$->type = $3; $$->init = $5; }
    ;

type_def
    : RANGE simple_expr DOTDOT simple_expr
        { $$ = mk(N_INTEGER_DEF, @1); $$->left = $2; $$->right = $4; }
    | MOD expression
        { $$ = mk(N_MODULAR_DEF, @1); $$->expr = $2; }
    | '(' enum_lits ')'
        { $$ = mk(N_ENUM_DEF, @1); $$->list = $2; }
    | DIGITS expression range_opt
        { $$ = mk(N_FLOAT_DEF, @1); $$->expr = $2; $$->constraint = $3; }
    | array_def
    | record_def
    | access_def
    | flags_tl PRIVATE
        { $$ = mk(N_PRIVATE_DEF, @2); $$->flags = $<num>1; }
    | NEW subtype_ind
        { $$ = mk(N_DERIVED_DEF, @1); $$->type = $2; }
    | NEW subtype_ind WITH record_def
        { $$ = mk(N_DERIVED_DEF, @1); $$->type = $2; $$->expr = $4; }
    | NEW subtype_ind WITH PRIVATE
        { $$ = mk(N_DERIVED_DEF, @1); $$->type = $2; $$->expr = mk(N_PRIVATE_DEF, @4); }
    ;

flags_tl
    : %empty                            { $<num>$ = 0; }
    | TAGGED                            { $<num>$ = NF_TAGGED; }
    | LIMITED                           { $<num>$ = NF_LIMITED; }
    | TAGGED LIMITED                    { $<num>$ = NF_TAGGED | NF_LIMITED; }
    | ABSTRACT TAGGED                   { $<num>$ = NF_TAGGED | NF_ABSTRACT; }
    | ABSTRACT TAGGED LIMITED           { $<num>$ = NF_TAGGED | NF_LIMITED | NF_ABSTRACT; }
    ;

range_opt
    : %empty                            { $$ = NULL; }
    | RANGE range                       { $$ = mk(N_RANGE_CONSTRAINT, @1); $$->expr = $2; }
    ;

enum_lits
    : IDENT                             { $$ = vec1(mk_ident($1)); }
    | CHAR_LIT                          { $$ = vec1(mk_lit(N_CHAR_LIT, $1)); }
    | enum_lits ',' IDENT               { $$ = vec_add($1, mk_ident($3)); }
    | enum_lits ',' CHAR_LIT            { $$ = vec_add($1, mk_lit(N_CHAR_LIT, $3)); }
    ;

/* 3.6 array_type_definition */
array_def
    : ARRAY '(' index_list ')' OF flags_opt subtype_ind
        { $$ = mk(N_ARRAY_DEF, @1); $$->list = $3; $$->type = $7; $$->flags = $6; }
    ;

index_list
    : index_subtype                     { $$ = vec1($1); }
    | index_list ',' index_subtype      { $$ = vec_add($1, $3); }
    ;

index_subtype
    : name RANGE BOX                    { $$ = mk(N_BOX_INDEX, @1); $$->type = $1; }
    | discrete_range
    ;

/* 3.6.1 discrete_range: a subtype indication or a range */
discrete_range
    : simple_expr                       { $$ = $1; }
    | simple_expr DOTDOT simple_expr    { $$ = mk(N_RANGE, @1); $$->left = $1; $$->right = $3; }
    | name RANGE range
        { $$ = mk(N_SUBTYPE_IND, @1); $$->expr = $1;
          $$->constraint = mk(N_RANGE_CONSTRAINT, @2); $$->constraint->expr = $3; }
    ;

/* 3.5 range */
range
    : simple_expr DOTDOT simple_expr    { $$ = mk(N_RANGE, @1); $$->left = $1; $$->right = $3; }
    | name                              { $$ = $1; }   /* X'Range */
    ;

/* 3.8 record_definition */
record_def
    : flags_tl RECORD components END RECORD
        { $$ = mk(N_RECORD_DEF, @2); $$->flags = $<num>1; $$->list = $3; }
    | flags_tl NULL_ RECORD
        { $$ = mk(N_RECORD_DEF, @2); $$->flags = $<num>1 | NF_NULL_REC; }
    ;

components
    : component_items                   { $$ = $1; }
    | component_items variant_part      { $$ = vec_add($1, $2); }
    ;

component_items
    : %empty                            { $$ = (Vec){0}; }
    | component_items component         { $$ = vec_add($1, $2); }
    | component_items error ';'         { $$ = $1; }
    ;

component
    : ids ':' flags_opt subtype_ind ';'
        { $$ = mk(N_COMPONENT, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; }
    | ids ':' flags_opt subtype_ind ASSIGN expression ';'
        { $$ = mk(N_COMPONENT, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; $$->init = $6; }
    | ids ':' flags_opt access_def ';'
        { $$ = mk(N_COMPONENT, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; }
    | ids ':' flags_opt access_def ASSIGN expression ';'
        { $$ = mk(N_COMPONENT, @1); $$->ids = $1; $$->flags = $3; $$->type = $4; $$->init = $6; }
    | NULL_ ';'                         { $$ = mk(N_NULL_COMPONENT, @1); }
    | pragma
    ;

/* 3.8.1 variant_part */
variant_part
    : CASE IDENT IS variants END CASE ';'
        { $$ = mk(N_CASE, @1); $$->id = intern($2.text, (size_t)$2.len); $$->list = $4; }
    ;

variants
    : variant                           { $$ = vec1($1); }
    | variants variant                  { $$ = vec_add($1, $2); }
    ;

variant
    : WHEN choice_list ARROW components
        { $$ = mk(N_CASE_ARM, @1); $$->list2 = $2; $$->list = $4; }
    ;

/* 3.10 access_definition and access_type_definition */
access_def
    : access_mods ACCESS subtype_ind
        { $$ = mk(N_ACCESS_DEF, @2); $$->flags = $1; $$->type = $3; }
    | access_mods ACCESS ALL subtype_ind
        { $$ = mk(N_ACCESS_DEF, @2); $$->flags = $1 | NF_ALL; $$->type = $4; }
    | access_mods ACCESS CONSTANT subtype_ind
        { $$ = mk(N_ACCESS_DEF, @2); $$->flags = $1 | NF_CONSTANT; $$->type = $4; }
    ;

access_mods
    : %empty                            { $$ = 0; }
    | NOT NULL_                         { $$ = NF_NOT_NULL; }
    ;

/* 3.2.2 subtype_declaration, subtype_indication */
subtype_decl
    : SUBTYPE IDENT IS subtype_ind ';'
        { $$ = mk(N_SUBTYPE_DECL, @1); $$->id = intern($2.text, (size_t)$2.len); $$->text = $2.text; $$->type = $4; }
    ;

/* The index or discriminant constraint of a subtype indication is part of
 * its name (an N_APPLY); only a range constraint is separate. */
subtype_ind
    : name                              { $$ = mk(N_SUBTYPE_IND, @1); $$->expr = $1; }
    | name RANGE range
        { $$ = mk(N_SUBTYPE_IND, @1); $$->expr = $1;
          $$->constraint = mk(N_RANGE_CONSTRAINT, @2); $$->constraint->expr = $3; }
    | NOT NULL_ name                    { $$ = mk(N_SUBTYPE_IND, @3); $$->expr = $3; $$->flags |= NF_NOT_NULL; }
    ;


/* 5.1 sequence_of_statements */
stmts
    : stmt_list                         { $$ = $1; }
    ;

stmt_list
    : %empty                            { $$ = (Vec){0}; }
    | stmt_list stmt                    { $$ = vec_add($1, $2); }
    | stmt_list error ';'               { $$ = $1; }
    ;

stmt
    : unlabeled_stmt
    | LLABEL IDENT RLABEL
        { $$ = mk(N_LABEL, @1); $$->id = intern($2.text, (size_t)$2.len); }
    ;

unlabeled_stmt
    : NULL_ ';'                         { $$ = mk(N_NULL_STMT, @1); }
    | name ASSIGN expression ';'        { $$ = mk(N_ASSIGN, @2); $$->left = $1; $$->right = $3; }
    | name ';'                          { $$ = mk(N_CALL_STMT, @1); $$->expr = $1; }
    | if_stmt
    | case_stmt
    | loop_stmt
    | block_stmt
    | EXIT ';'                          { $$ = mk(N_EXIT, @1); }
    | EXIT name ';'                     { $$ = mk(N_EXIT, @1); $$->expr = $2; }
    | EXIT WHEN expression ';'          { $$ = mk(N_EXIT, @1); $$->cond = $3; }
    | EXIT name WHEN expression ';'     { $$ = mk(N_EXIT, @1); $$->expr = $2; $$->cond = $4; }
    | RETURN ';'                        { $$ = mk(N_RETURN, @1); }
    | RETURN expression ';'             { $$ = mk(N_RETURN, @1); $$->expr = $2; }
    | RAISE ';'                         { $$ = mk(N_RAISE, @1); }
    | RAISE name ';'                    { $$ = mk(N_RAISE, @1); $$->expr = $2; }
    | RAISE name WITH expression ';'    { $$ = mk(N_RAISE, @1); $$->expr = $2; $$->init = $4; }
    | GOTO name ';'                     { $$ = mk(N_GOTO, @1); $$->expr = $2; }
    | pragma
    ;

/* 5.3 if_statement */
if_stmt
    : IF expression THEN stmts elsif_list END IF ';'
        { $$ = mk(N_IF, @1); Node *a = mk(N_IF_ARM, @2); a->cond = $2; a->list = $4;
          $$->list = $5; Vec v = vec1(a); for (int i = 0; i < $5.len; i++) vec_push(&v, $5.data[i]);
          $$->list = v; }
    | IF expression THEN stmts elsif_list ELSE stmts END IF ';'
        { $$ = mk(N_IF, @1); Node *a = mk(N_IF_ARM, @2); a->cond = $2; a->list = $4;
          Vec v = vec1(a); for (int i = 0; i < $5.len; i++) vec_push(&v, $5.data[i]);
          $$->list = v; $$->list2 = $7; }
    ;

elsif_list
    : %empty                            { $$ = (Vec){0}; }
    | elsif_list ELSIF expression THEN stmts
        { Node *a = mk(N_IF_ARM, @3); a->cond = $3; a->list = $5; $$ = vec_add($1, a); }
    ;

/* 5.4 case_statement */
case_stmt
    : CASE expression IS case_alts END CASE ';'
        { $$ = mk(N_CASE, @1); $$->expr = $2; $$->list = $4; }
    ;

case_alts
    : case_alt                          { $$ = vec1($1); }
    | case_alts case_alt                { $$ = vec_add($1, $2); }
    ;

case_alt
    : WHEN choice_list ARROW stmts      { $$ = mk(N_CASE_ARM, @1); $$->list2 = $2; $$->list = $4; }
    ;

/* 5.5 loop_statement */
loop_stmt
    : label_opt iteration LOOP stmts END LOOP end_name_opt ';'
        { $$ = $2; $$->list = $4;
          if ($1.len) { $$->id = intern($1.text, (size_t)$1.len); $$->loc = $1.loc; }
          if ($7.len) $$->end_id = intern($7.text, (size_t)$7.len); }
    ;

label_opt
    : %empty                            { $$ = (Token){0}; }
    | IDENT ':'                         { $$ = $1; }
    ;

iteration
    : %empty                            { $$ = mk(N_LOOP, @$); }
    | WHILE expression                  { $$ = mk(N_LOOP, @1); $$->op = T_WHILE; $$->cond = $2; }
    | FOR IDENT IN discrete_range
        { $$ = mk(N_LOOP, @1); $$->op = T_FOR; $$->id2 = intern($2.text, (size_t)$2.len);
          $$->text = $2.text; $$->constraint = $4; $$->right = mk_ident($2); }
    | FOR IDENT IN REVERSE discrete_range
        { $$ = mk(N_LOOP, @1); $$->op = T_FOR; $$->id2 = intern($2.text, (size_t)$2.len);
          $$->text = $2.text; $$->constraint = $5; $$->flags |= NF_REVERSE; $$->right = mk_ident($2); }
    ;

/* 5.6 block_statement */
block_stmt
    : label_opt DECLARE decls BEGIN_ stmts handlers_opt END end_name_opt ';'
        { $$ = mk(N_BLOCK, $1.len ? $1.loc : @2); $$->list = $3; $$->list2 = $5; $$->list3 = $6;
          if ($1.len) $$->id = intern($1.text, (size_t)$1.len);
          if ($8.len) $$->end_id = intern($8.text, (size_t)$8.len); }
    | label_opt BEGIN_ stmts handlers_opt END end_name_opt ';'
        { $$ = mk(N_BLOCK, $1.len ? $1.loc : @2); $$->list2 = $3; $$->list3 = $4;
          if ($1.len) $$->id = intern($1.text, (size_t)$1.len);
          if ($6.len) $$->end_id = intern($6.text, (size_t)$6.len); }
    ;

/* 11.2 handled_sequence_of_statements: the exception part */
handlers_opt
    : %empty                            { $$ = (Vec){0}; }
    | EXCEPTION handlers                { $$ = $2; }
    ;

handlers
    : handler                           { $$ = vec1($1); }
    | handlers handler                  { $$ = vec_add($1, $2); }
    ;

handler
    : WHEN exception_choices ARROW stmts
        { $$ = mk(N_HANDLER, @1); $$->list2 = $2; $$->list = $4; }
    | WHEN IDENT ':' exception_choices ARROW stmts
        { $$ = mk(N_HANDLER, @1); $$->id = intern($2.text, (size_t)$2.len); $$->list2 = $4; $$->list = $6; }
    ;

exception_choices
    : exception_choice                  { $$ = vec1($1); }
    | exception_choices '|' exception_choice { $$ = vec_add($1, $3); }
    ;

exception_choice
    : name
    | OTHERS                            { $$ = mk(N_OTHERS, @1); }
    ;

/* 6.1 defining_program_unit_name, defining_designator */
defname
    : IDENT                             { $$ = mk_ident($1); }
    | STRING_LIT                        { $$ = mk_lit(N_STRING_LIT, $1); }
    | defname '.' IDENT
        { $$ = mk(N_SELECTED, @3); $$->expr = $1; $$->id = intern($3.text, (size_t)$3.len); $$->text = $3.text; }
    ;

/* 4.1 name.  Operator symbols are names too (6.1). */
name
    : direct_name
    | name '.' IDENT
        { $$ = mk(N_SELECTED, @3); $$->expr = $1; $$->id = intern($3.text, (size_t)$3.len); $$->text = $3.text; }
    | name '.' CHAR_LIT
        { $$ = mk(N_SELECTED, @3); $$->expr = $1; $$->text = $3.text; $$->op = T_CHAR_LIT; }
    | name '.' STRING_LIT
        { $$ = mk(N_SELECTED, @3); $$->expr = $1; $$->text = $3.text; $$->op = T_STRING_LIT; }
    | name '.' ALL                      { $$ = mk(N_DEREF, @3); $$->expr = $1; }
    | name '(' assoc_list ')'           { $$ = mk(N_APPLY, @2); $$->expr = $1; $$->list = $3; }
    | name TICK IDENT
        { $$ = mk(N_ATTRIBUTE, @3); $$->expr = $1; $$->id = intern($3.text, (size_t)$3.len); $$->text = $3.text; }
    | name TICK ACCESS                  { $$ = mk(N_ATTRIBUTE, @3); $$->expr = $1; $$->id = intern("access", 6); $$->text = "Access"; }
    | name TICK RANGE                   { $$ = mk(N_ATTRIBUTE, @3); $$->expr = $1; $$->id = intern("range", 5); $$->text = "Range"; }
    | name TICK DIGITS                  { $$ = mk(N_ATTRIBUTE, @3); $$->expr = $1; $$->id = intern("digits", 6); $$->text = "Digits"; }
    | name TICK DELTA                   { $$ = mk(N_ATTRIBUTE, @3); $$->expr = $1; $$->id = intern("delta", 5); $$->text = "Delta"; }
    | name TICK MOD                     { $$ = mk(N_ATTRIBUTE, @3); $$->expr = $1; $$->id = intern("mod", 3); $$->text = "Mod"; }
    | name TICK paren_or_aggregate      { $$ = mk(N_QUALIFIED, @1); $$->type = $1; $$->expr = $3; }
    ;

direct_name
    : IDENT                             { $$ = mk_ident($1); }
    | STRING_LIT                        { $$ = mk_lit(N_STRING_LIT, $1); }
    | CHAR_LIT                          { $$ = mk_lit(N_CHAR_LIT, $1); }
    ;

/* 4.3 aggregate or a parenthesized expression */
paren_or_aggregate
    : '(' assoc_list ')'
        {
            Node *a = $2.data[0];
            if ($2.len == 1 && a->kind != N_ASSOC && a->kind != N_RANGE && a->kind != N_SUBTYPE_IND) {
                $$ = mk(N_PAREN, @1); $$->expr = a;
            } else {
                $$ = mk(N_AGGREGATE, @1); $$->list = $2;
            }
        }
    | '(' expression WITH assoc_list ')'
        { $$ = mk(N_AGGREGATE, @1); $$->expr = $2; $$->list = $4; }
    | '(' expression WITH NULL_ RECORD ')'
        { $$ = mk(N_AGGREGATE, @1); $$->expr = $2; }
    | '(' NULL_ RECORD ')'
        { $$ = mk(N_AGGREGATE, @1); $$->flags |= NF_NULL_REC; }
    ;

assoc_list
    : assoc                             { $$ = vec1($1); }
    | assoc_list ',' assoc              { $$ = vec_add($1, $3); }
    ;

/* An association of a call, an aggregate, a constraint or a pragma:
 * positional or named, or a discrete range. */
assoc
    : expression
    | simple_expr DOTDOT simple_expr    { $$ = mk(N_RANGE, @1); $$->left = $1; $$->right = $3; }
    | name RANGE range
        { $$ = mk(N_SUBTYPE_IND, @1); $$->expr = $1;
          $$->constraint = mk(N_RANGE_CONSTRAINT, @2); $$->constraint->expr = $3; }
    | choice_list ARROW expression      { $$ = mk(N_ASSOC, @1); $$->list = $1; $$->expr = $3; }
    | choice_list ARROW BOX             { $$ = mk(N_ASSOC, @1); $$->list = $1; $$->flags |= NF_BOX; }
    ;

choice_list
    : choice                            { $$ = vec1($1); }
    | choice_list '|' choice            { $$ = vec_add($1, $3); }
    ;

choice
    : expression
    | simple_expr DOTDOT simple_expr    { $$ = mk(N_RANGE, @1); $$->left = $1; $$->right = $3; }
    | name RANGE range
        { $$ = mk(N_SUBTYPE_IND, @1); $$->expr = $1;
          $$->constraint = mk(N_RANGE_CONSTRAINT, @2); $$->constraint->expr = $3; }
    | OTHERS                            { $$ = mk(N_OTHERS, @1); }
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
    : relation AND relation             { $$ = mk_bin(T_AND, @2, $1, $3); }
    | and_list AND relation             { $$ = mk_bin(T_AND, @2, $1, $3); }
    ;
and_then_list
    : relation AND THEN relation        { $$ = mk(N_SHORT_CIRCUIT, @2); $$->op = T_AND; $$->left = $1; $$->right = $4; }
    | and_then_list AND THEN relation   { $$ = mk(N_SHORT_CIRCUIT, @2); $$->op = T_AND; $$->left = $1; $$->right = $4; }
    ;
or_list
    : relation OR relation              { $$ = mk_bin(T_OR, @2, $1, $3); }
    | or_list OR relation               { $$ = mk_bin(T_OR, @2, $1, $3); }
    ;
or_else_list
    : relation OR ELSE relation         { $$ = mk(N_SHORT_CIRCUIT, @2); $$->op = T_OR; $$->left = $1; $$->right = $4; }
    | or_else_list OR ELSE relation     { $$ = mk(N_SHORT_CIRCUIT, @2); $$->op = T_OR; $$->left = $1; $$->right = $4; }
    ;
xor_list
    : relation XOR relation             { $$ = mk_bin(T_XOR, @2, $1, $3); }
    | xor_list XOR relation             { $$ = mk_bin(T_XOR, @2, $1, $3); }
    ;

relation
    : simple_expr
    | simple_expr '=' simple_expr       { $$ = mk_bin('=', @2, $1, $3); }
    | simple_expr NE simple_expr        { $$ = mk_bin(T_NE, @2, $1, $3); }
    | simple_expr '<' simple_expr       { $$ = mk_bin('<', @2, $1, $3); }
    | simple_expr LE simple_expr        { $$ = mk_bin(T_LE, @2, $1, $3); }
    | simple_expr '>' simple_expr       { $$ = mk_bin('>', @2, $1, $3); }
    | simple_expr GE simple_expr        { $$ = mk_bin(T_GE, @2, $1, $3); }
    | simple_expr IN mem_choices %prec LOWEST { $$ = mk(N_MEMBERSHIP, @2); $$->left = $1; $$->list = $3; }
    | simple_expr NOT IN mem_choices %prec LOWEST { $$ = mk(N_MEMBERSHIP, @2); $$->left = $1; $$->list = $4; $$->flags |= NF_NOT; }
    ;

mem_choices
    : mem_choice                        { $$ = vec1($1); }
    | mem_choices '|' mem_choice        { $$ = vec_add($1, $3); }
    ;

mem_choice
    : simple_expr
    | simple_expr DOTDOT simple_expr    { $$ = mk(N_RANGE, @1); $$->left = $1; $$->right = $3; }
    ;

simple_expr
    : term
    | '+' term                          { $$ = mk(N_UNARY, @1); $$->op = '+'; $$->left = $2; }
    | '-' term                          { $$ = mk(N_UNARY, @1); $$->op = '-'; $$->left = $2; }
    | simple_expr '+' term              { $$ = mk_bin('+', @2, $1, $3); }
    | simple_expr '-' term              { $$ = mk_bin('-', @2, $1, $3); }
    | simple_expr '&' term              { $$ = mk_bin('&', @2, $1, $3); }
    ;

term
    : factor
    | term '*' factor                   { $$ = mk_bin('*', @2, $1, $3); }
    | term '/' factor                   { $$ = mk_bin('/', @2, $1, $3); }
    | term MOD factor                   { $$ = mk_bin(T_MOD, @2, $1, $3); }
    | term REM factor                   { $$ = mk_bin(T_REM, @2, $1, $3); }
    ;

factor
    : primary
    | primary EXPON primary             { $$ = mk_bin(T_EXPON, @2, $1, $3); }
    | ABS primary                       { $$ = mk(N_UNARY, @1); $$->op = T_ABS; $$->left = $2; }
    | NOT primary                       { $$ = mk(N_UNARY, @1); $$->op = T_NOT; $$->left = $2; }
    ;

primary
    : INT_LIT                           { $$ = mk_lit(N_INT_LIT, $1); }
    | REAL_LIT                          { $$ = mk_lit(N_REAL_LIT, $1); }
    | NULL_                             { $$ = mk(N_NULL_LIT, @1); }
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
        { $$ = mk(N_ALLOCATOR, @1);
          if ($2->expr->kind == N_QUALIFIED && !$2->constraint && !($2->flags & NF_NOT_NULL))
              $$->expr = $2->expr;
          else
              $$->type = $2; }
    | NEW '(' name ')' alloc_subtype
        { $$ = mk(N_ALLOCATOR, @1); $$->left = $3;
          if ($5->expr->kind == N_QUALIFIED && !$5->constraint && !($5->flags & NF_NOT_NULL))
              $$->expr = $5->expr;
          else
              $$->type = $5; }
    ;

/* The subtype indication of an allocator.  The bounds of a range constraint
 * are primaries: `new T range 1 .. N * 2` would otherwise be ambiguous with
 * an allocator that is the left operand of `*`. */
alloc_subtype
    : name %prec LOWEST                 { $$ = mk(N_SUBTYPE_IND, @1); $$->expr = $1; }
    | name RANGE primary DOTDOT primary
        { $$ = mk(N_SUBTYPE_IND, @1); $$->expr = $1;
          $$->constraint = mk(N_RANGE_CONSTRAINT, @2);
          Node *r = mk(N_RANGE, @3); r->left = $3; r->right = $5; $$->constraint->expr = r; }
    | NOT NULL_ name                    { $$ = mk(N_SUBTYPE_IND, @3); $$->expr = $3; $$->flags |= NF_NOT_NULL; }
    ;

%%

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

int yylex(YYSTYPE *lval, Loc *lloc, Parser *p)
{
    Token t = lexer_next(&p->lx);
    lval->tok = t;
    *lloc = t.loc;
    return t.kind;
}

void yyerror(Loc *lloc, Parser *p, const char *msg)
{
    (void)p;
    error_at(*lloc, NULL, "%s", msg);
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
    p.units = units;
    int before = diag_error_count();
    int rc = yyparse(&p);
    return rc == 0 && diag_error_count() == before;
}
