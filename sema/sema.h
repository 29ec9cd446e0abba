/*
 * sema.h: semantic analysis.  Sema walks the trees the parser built, gives
 * every declaration an Entity and every expression a Type, resolves names and
 * overloads, evaluates static expressions, and checks the legality rules,
 * citing the RM paragraph of each rule it enforces.
 *
 * Its output is the same tree, decorated (Node.ent, Node.ty, Node.sem) and in
 * places rewritten to say what a construct is (an N_APPLY becomes a call, an
 * index, a conversion...), plus the list of units in elaboration order.
 * Codegen reads that and nothing else.
 *
 * The files follow the RM: types.c (3.2-3.10, types and subtypes), decl.c
 * (3, 6, 7: declarations), expr.c (4: names and expressions, incl. 4.8
 * allocators), stmt.c (5, 11: statements and handlers), eval.c (4.9 static
 * expressions, exact with GMP), library.c (10: units, with clauses, the
 * predefined environment), sema.c (8: scopes and visibility).
 */
#ifndef ADAC_SEMA_H
#define ADAC_SEMA_H

/* Numeric literals: the largest exponent adac evaluates (static values are
 * exact, 4.9(33); past it the literal is refused, 1.1.3(2)). */
#define LITERAL_MAX_EXPONENT 100000

#include "frontend.h"
#include "parser.h"      /* operator tokens in the tree */
#include <gmp.h>

/* ---- types (types.c) ----------------------------------------------------- */

typedef enum TypeKind {
    TY_SIGNED,                 /* signed integer type (3.5.4) */
    TY_MODULAR,                /* modular type (3.5.4) */
    TY_ENUM,                   /* enumeration type, incl. Boolean and Character (3.5.1) */
    TY_FLOAT,                  /* floating point type (3.5.7) */
    TY_ARRAY,                  /* array type (3.6) */
    TY_RECORD,                 /* record type (3.8) */
    TY_ACCESS,                 /* access-to-object type (3.10) */
    TY_PRIVATE,                /* partial view of a private type (7.3), before its full view */
    TY_UNIV_INT,               /* universal_integer: integer literals, named numbers */
    TY_UNIV_REAL,              /* universal_real */
    TY_NULL,                   /* the type of the literal null, resolved by context */
    TY_STRING_LIT,             /* a string literal before its type is known */
} TypeKind;

/* Flags of access types. */
enum {
    AF_GENERAL = 1 << 0,       /* access all / access constant */
    AF_CONSTANT = 1 << 1,      /* access-to-constant */
    AF_NOT_NULL = 1 << 2,      /* null exclusion */
    AF_ANONYMOUS = 1 << 3,     /* anonymous access type (always general, 3.10(12/3)) */
    AF_ACCESS_PARAM = 1 << 4,  /* that of an access parameter: its level travels with it */
    AF_ACCESS_DISCR = 1 << 5,  /* that of an access discriminant: the level of its object */
};

typedef struct Type Type;
typedef struct Entity Entity;

/* A type or a subtype.  A subtype is a Type whose base is another Type and
 * which adds a constraint; a base type has base == itself (RM 3.2). */
struct Type {
    TypeKind kind;             /* class of the type */
    Type *base;                /* the base type ('Base); itself for a base type */
    Type *root;                /* for a derived type, its root; else itself */
    Entity *ent;               /* the entity of the (first) subtype, NULL if anonymous */
    const char *name;          /* name for messages, as declared ("Integer") */
    int bits;                  /* scalar size in bits; 0 for composites */
    int digits;                /* floating point: the requested decimal precision (3.5.7) */
    Loc frozen_at;             /* on a base type: where it was frozen (13.14), file NULL */
    const char *frozen_by;     /* if not yet; and by what, for messages */
    int align_clause;          /* for T'Alignment use N (13.3(23/2)), or 0 */
    bool is_boolean;           /* Standard.Boolean or derived from it */
    bool is_character;         /* an enumeration with character literals */
    bool is_string;            /* a one-dimensional array of a character type */
    /* scalar constraint: static bounds, or expressions evaluated at run time */
    bool static_bounds;        /* lo/hi below are valid */
    int64_t lo, hi;            /* static bounds */
    Node *lo_expr, *hi_expr;   /* dynamic bounds (analysed expressions) */
    Type *range_parent;        /* a non-null range must lie within this subtype
                                  (3.2.2(11), 3.6.1(7)): checked on elaboration */
    int64_t modulus;           /* modular types */
    Vec lits;                  /* enumeration: Entity* of the literals, by position */
    /* access types */
    Type *designated;          /* designated subtype */
    unsigned aflags;           /* AF_* */
    int level;                 /* accessibility level of the access type (3.10.2) */
    struct Entity *region;     /* the declarative region of a named type's declaration
                                  (set on its base type): where its predefined operators are */
    Node *storage_size;        /* for T'Storage_Size use E (13.11(15)), or NULL */
    bool storage_size_zero;    /* ... specified statically as zero */
    Node *storage_pool;        /* for T'Storage_Pool use P (13.11(15)), or NULL */
    Entity *pool_allocate;     /* ... the primitives of P's type that allocators and */
    Entity *pool_deallocate;   /* Unchecked_Deallocation call (13.11(16-21)), and, for a */
    Entity *pool_allocate_from_subpool; /* pool with subpools (13.11.4(21/3)), */
    Entity *pool_storage_size; /* ... and the pool's Storage_Size function (T'Storage_Size) */
    Entity *pool_default_subpool; /* ... and its Default_Subpool_for_Pool (13.11.4(21/3)) */
    bool pool_dispatching;     /* P is class-wide: the calls dispatch */
    bool pool_subpool_check;   /* P is class-wide and, should it support subpools,
                                  would break 13.11.4(23/3): the clause checks
                                  that its tag is not in Root_Storage_Pool_With_
                                  Subpools'Class (13.11.4(24/3 - 27/3)) */
    bool pool_by_clause;       /* Storage_Pool given by a clause, not an aspect */
    bool pool_clause;          /* Storage_Pool is specified (even as the default pool's) */
    bool pool_by_default;      /* ... by a pragma Default_Storage_Pool (13.11.3(6.2/3)),
                                  which the type's own clause or aspect overrides */
    /* array types */
    Vec indexes;               /* Type* of each index subtype */
    Type *component;           /* component subtype */
    bool component_aliased;    /* aliased components (3.6(8)) */
    bool constrained;          /* a constrained array subtype (bounds in indexes) */
    /* record types */
    Vec components;            /* Entity* of components, in order */
    bool limited;              /* a limited type (7.5) */
    int n_discr;               /* discriminants: the first n_discr components */
    bool discr_defaults;       /* its discriminants have default expressions */
    bool has_variants;         /* it has a variant part */
    bool dynamic_layout;       /* components whose size depends on discriminants
                                  follow the fixed ones, at offsets computed from
                                  each object's discriminants */
    /* tagged types (3.9) */
    bool tagged;               /* a tagged type (or its class-wide type) */
    bool controlled;           /* a descendant of Ada.Finalization.Controlled or
                                  Limited_Controlled, or one of them (7.6(2)) */
    bool is_classwide;         /* T'Class: specific is T */
    bool is_interface;         /* an interface type (3.9.4) */
    bool unsupported;          /* stands for a refused type definition: no cascades */
    bool is_abstract;          /* an abstract type (3.9.3(1/2)): no objects of it */
    Type *specific;            /* of a class-wide type: the specific type */
    Type *parent;              /* of a type extension: its parent type */
    Vec progenitors;           /* Type*: the interfaces after `and` (3.9.4), refused by adac */
    Type *classwide;           /* of a specific tagged type: its T'Class */
    Vec prims;                 /* Entity*: the primitive operations, by dispatch slot */
    int n_parent_comps;        /* components inherited from the parent */
    int parent_first;          /* a record extension with discriminants of its own
                                  (or a descendant): components n_discr ..
                                  n_discr + parent_first - 1, the parent's, come
                                  first in memory, where the parent has them */
    Vec discr_values;          /* a constrained subtype: Node* value per discriminant */
    Type *full;                /* for a private type: its full view, once seen */
    Type *partial_view;        /* a subtype named through a private type's partial
                                  view: that view (for the privacy rules) */
    void *cg;                  /* owned by codegen: its LLVM type */
};

Type *type_new(TypeKind kind, const char *name);
Type *subtype_new(Type *parent);          /* an unconstrained copy of PARENT */
bool type_is_scalar(const Type *t);
bool type_is_discrete(const Type *t);
bool type_is_mod64(const Type *t);             /* mod 2**64: its bounds are kept wrapped */
bool static_lt(const Type *t, int64_t a, int64_t b);   /* unsigned for mod 2**64 */
uint64_t static_length(const Type *ix);       /* values in a static range, 0 if null */
bool type_is_integer(const Type *t);      /* signed, modular or universal_integer */
bool type_is_numeric(const Type *t);
bool type_needs_finalization(Type *t);      /* controlled, or with controlled parts (7.6) */
const char *type_name(const Type *t);     /* for messages: "Integer", "access to T" */
/* Types T1 and T2 are the same type (their base types are one, RM 3.2(8)). */
bool same_type(const Type *t1, const Type *t2);
/* A value of type FROM can be used where TO is expected, with the implicit
 * conversions of universal types, null and string literals (RM 8.6). */
bool type_covers(const Type *to, const Type *from);
Type *type_full(Type *t);                 /* full view of a private type */

/* ---- entities ------------------------------------------------------------ */

typedef enum EntityKind {
    E_VARIABLE,                /* object declared without constant */
    E_CONSTANT,                /* constant object */
    E_NUMBER,                  /* named number (3.3.2) */
    E_TYPE,                    /* type or subtype name */
    E_PROCEDURE,
    E_FUNCTION,
    E_ENUM_LIT,                /* enumeration literal (a parameterless function) */
    E_PACKAGE,
    E_EXCEPTION,
    E_PARAM,                   /* formal parameter */
    E_COMPONENT,               /* record component */
    E_LOOP_PARAM,              /* loop parameter (a constant) */
    E_LABEL,                   /* statement label, loop or block name */
    E_GENERIC,                 /* generic unit (its declaration and body trees) */
} EntityKind;

/* Parameter modes. */
typedef enum Mode { MODE_IN = 1, MODE_OUT = 2, MODE_IN_OUT = 3 } Mode;

/* Which predefined operation a subprogram entity is, when it is one. */
typedef enum Builtin {
    BI_NONE,
    BI_OPERATOR,               /* predefined operator; the token is in Entity.op */
    BI_FREE,                   /* Ada.Unchecked_Deallocation (the generic, and its instances) */
    BI_SHIFT,                  /* Interfaces' shifts and rotations: op = 0 Shift_Left, 1 Shift_Right,
                                  2 Shift_Right_Arithmetic, 3 Rotate_Left, 4 Rotate_Right */
    BI_INTRINSIC_OP,           /* an operator imported as Intrinsic (System, Storage_Elements): the
                                  predefined operator Entity.op on the full types; op 0: a conversion */
} Builtin;

struct Entity {
    EntityKind kind;           /* what it is */
    Ident *id;                 /* its name */
    const char *spelling;      /* the name as written in its declaration */
    Loc loc;                   /* where it is declared */
    Type *type;                /* object type; denoted subtype; function result */
    Entity *scope;             /* the enclosing package or subprogram */
    Entity *homonym;           /* next outer entity with the same Ident */
    Node *decl;                /* the declaring node */
    int depth;                 /* subprogram nesting depth: 0 = library level */
    int level;                 /* accessibility level (3.10.2): masters enclosing it */
    bool is_library_unit;      /* a library unit (package or subprogram) */
    bool uplevel;              /* an object referenced from a nested subprogram */
    bool aliased;              /* aliased object (3.10(9)) */
    bool is_discriminant;      /* a component that is a discriminant (3.7) */
    Entity *level_var;         /* a stand-alone object of an anonymous access type
                                  in a subprogram: the hidden Integer variable
                                  holding the level of its value (3.10.2(13.2/3)) */
    Vec variant_path;          /* a component in a variant part (3.8.1): the
                                  N_CASE_ARMs (ent = governing discriminant)
                                  that must all be selected for it to exist */
    /* objects */
    Mode mode;                 /* parameter mode */
    Node *init;                /* initial value or default expression */
    Node *renamed;             /* an object renaming: the renamed object's name (8.5.1) */
    bool has_static_value;     /* constant or number whose value is static */
    mpz_t ival;                /* that value (integers, enumeration positions) */
    int64_t pos;               /* enumeration literal: its position */
    /* subprograms */
    Vec params;                /* Entity* formals, in order */
    Type *result;              /* function result subtype */
    bool imported;             /* pragma Import: body elsewhere */
    const char *ext_name;      /* the link name */
    Builtin builtin;           /* a predefined operation */
    int op;                    /* for BI_OPERATOR, the operator token */
    bool has_body;             /* a body has been analysed */
    bool is_abstract;          /* an abstract subprogram (3.9.3(3/2)): no body, never called statically */
    Type *prim_of;             /* a primitive operation of this tagged type */
    int slot;                  /* its dispatch slot */
    Entity *inherited_from;    /* an implicitly declared inherited subprogram:
                                  the parent's operation it stands for */
    bool overridden;           /* an inherited subprogram an explicit one overrides */
    bool is_main;              /* the main subprogram of the program */
    bool main_once;            /* the main subprogram, named nowhere in the program:
                                  its body runs once (codegen gives its
                                  up-level objects static storage) */
    /* packages */
    Vec decls;                 /* Entity* declared in the visible part, in order */
    Vec private_decls;         /* Entity* declared in the private part */
    Vec body_decls;            /* Entity* declared in the body */
    bool is_instance_or_body_seen;
    bool declared_pure;        /* pragma or aspect Pure (10.2.1(17/3)) */
    Node *spec_node, *body_node; /* the package's declaration and body */
    /* exceptions */
    const char *full_name;     /* "P.E", upper case, for the runtime's messages */
    void *cg;                  /* owned by codegen: its LLVM value */
    int cg_elab;               /* owned by codegen: 1 + its elaboration flag's index, or 0 */
};

Entity *entity_new(EntityKind kind, Ident *id, Loc loc);
const char *entity_name(const Entity *e);     /* spelling, for messages */

/* ---- scopes and visibility (sema.c) -------------------------------------- */

void scope_push(Entity *owner);
void scope_pop(void);
Entity *scope_owner(void);
int scope_depth(void);                        /* subprogram nesting depth */
/* The accessibility level (3.10.2(3/2)) of what is declared here: the
 * number of enclosing masters, subprogram bodies and block statements (a
 * block's objects are deeper than the enclosing subprogram's, although
 * they live in its frame: depth counts frames, level counts masters). */
int scope_level(void);
void scope_master(void);                      /* the current scope is a block: a master */
void scope_push_context(void);                /* visibility only: same owner, depth, level */
void declare(Entity *e);                      /* make E directly visible */
void declare_behind(Entity *e);
void use_type(Type *base);                    /* a use type clause (8.4) */
bool scope_is_open(const Entity *e);
void sema_push_private_view(Entity *pkg);     /* full views of PKG's private types visible */
void sema_pop_private_view(void);
bool predefined_ops_visible(Type *t);         /* 8.4(8/3) */               /* ... behind the current scope's own */
void library_private_part(void);
bool library_private_part_hidden(const Entity *pkg);
void sema_undeclared(Node *n);                /* "X is not declared" (8.3), or why not visible */
/* pragma Default_Storage_Pool in force in the current region (13.11.3):
 * 0 none (the standard pool), 1 null (no pool: allocators illegal) */
/* pragma Default_Storage_Pool in force (13.11.3): 0 none, 1 null, 2 the
 * pool object NAME names */
void scope_set_default_pool(int pool, Node *name);
int scope_default_pool(void);
Node *scope_default_pool_name(void);
/* Is A, given by WHAT, the name of a storage pool variable (13.11.3(3.3/3),
 * (4/3), (5/3))?  Reported at A, citing RM_TYPE or RM_VARIABLE, if not. */
bool sema_default_pool_name(Node *a, const char *what, const char *rm_type, const char *rm_variable);
void use_package(Entity *pkg);                /* use clause in the current scope */
/* Every entity visible by the name ID (directly or by use), innermost first. */
Vec lookup_all(Ident *id);
Entity *lookup(Ident *id);                    /* innermost, or NULL */

/* ---- the predefined environment (library.c) ------------------------------ */

typedef struct Standard {
    Entity *pkg;               /* package Standard */
    Type *boolean, *character, *integer, *natural, *positive, *long_integer;
    Type *string, *float_, *duration;
    Type *univ_int, *univ_real, *null_type, *string_lit;
    Entity *constraint_error, *program_error, *storage_error, *tasking_error;
    Entity *true_, *false_;
} Standard;
extern Standard std;

void library_init(const char **include_dirs, int n_include);
/* Entity NAME (lower case) of predefined unit UNIT ("system.storage_pools"), loading the unit. */
Entity *library_predefined(const char *unit, const char *name, Loc loc);
/* Entity NAME of library package UNIT (visible or private part) when the
 * program has it (its declaration analysed), else NULL: it is not loaded
 * for the asking. */
Entity *library_loaded(const char *unit, const char *name);
/* Was FULL (a unit's expanded name) named by a with clause and not found? */
bool library_unit_missing(Ident *full);

/* ---- static evaluation (eval.c) ------------------------------------------ */

/* If E is a static integer (or enumeration) expression, store its value
 * in OUT (initialised by the caller) and return true. */
bool eval_static_int(Node *e, mpz_t out);
bool eval_static_int64(Node *e, int64_t *out);
/* The extremes of bound expression E: a static value, or a discriminant
 * within the static range of its subtype. */
bool eval_bound_range(Node *e, int64_t *mn, int64_t *mx);
/* A static String value: the characters of a (possibly concatenated) literal. */
const char *eval_static_string(Node *e, int *len);

/* ---- tagged types (tagged.c) -------------------------------------------- */

/* Does name N denote a variable (3.3(2-13)), e.g. as an out actual or assignment target? */
bool sema_is_variable(Node *n);
/* A case expression (4.5.7), analysed in stmt.c with the case statement. */
Type *sema_case_expr(Node *e, Type *expected);
/* A quantified expression (4.5.8), analysed as a loop statement that sets
 * a hidden Boolean: codegen gives RESULT storage, runs STMTS, reads it. */
typedef struct QuantInfo {
    Entity *result;
    bool all;                  /* for all (else for some) */
    Vec stmts;
} QuantInfo;
Type *sema_quantified(Node *e);
/* The dependent expressions of a conditional expression: their common type. */
Type *sema_dependent_expressions(Vec *deps, Type *expected);

Type *classwide_of(Type *t);              /* T'Class */
bool is_descendant(Type *s, Type *t);     /* S is T or derived from it, at any depth */
/* new T with record ... (DISCRS: the discriminant part of the declaration,
 * or NULL; ENT: the type's entity) */
Type *type_extension(Node *def, Type *parent, Entity *ent, Vec *discrs);
/* Subprogram S was just declared: if it is a primitive operation of a
 * tagged type of this region (3.2.3), give it its slot, overriding an
 * inherited one of the same profile. */
void note_primitive(Entity *s);
/* Declare the inherited primitives of derived tagged type T (3.4(17)). */
void inherit_primitives(Type *t);

/* ---- generic units (generic.c) ------------------------------------------- */

/* A node made by sema for an instance: the stand-in of a generic actual. */
enum { NF_GENERIC_ACTUAL = 1u << 29 };
/* On a node of a static expression: its value's size past adac's capacity was reported (eval.c). */
enum { NF_CAPACITY_REPORTED = 1u << 28 };
/* On an array aggregate assigned to an array variable of an unconstrained
 * nominal subtype: its applicable index constraint is the variable's
 * (4.3.3(16)), known at run time. */
enum { NF_TARGET_BOUNDS = 1u << 27 };
/* On a loop: an inner loop of a multidimensional `for X of A` (5.5.2),
 * which an exit statement without a name does not leave alone: it leaves
 * the whole iteration. */
enum { NF_ITERATION_INNER = 1u << 26 };
/* On the object declaration an extended return statement becomes: the
 * return object, which a limited result type builds in place (7.6(17.2/3)):
 * the function does not finalize it, the caller's object is it. */
enum { NF_RETURN_OBJECT = 1u << 25 };
/* N_ATTRIBUTE op: X'Image of a scalar object X (3.5(55.1/4)), a value */
enum { ATTR_OBJECT_IMAGE = 1000 };

/* A fresh copy of the tree under N, as parsed (no analysis results). */
Node *sema_copy_tree(const Node *n);
Entity *sema_generic_decl(Node *g);
/* Analyse an instantiation; DECLARE_IN_REGION declares what it names. */
void sema_instantiation(Node *inst, void (*declare_in_region)(Entity *));
/* Load the body of library generic G if it is in a file not yet read. */
void library_need_body(Entity *g);
/* The units named in the context clause of the compilation unit whose
 * library item is ITEM made visible in the current scope (an instance of
 * a library generic sees its generic's context: 10.1.2(6), 12.3(19)). */
void library_use_context(Node *item);
/* Check the body of generic G (its template) now that it is seen. */
void sema_generic_template_body(Entity *g, Node *body);

/* ---- analysis entry points ----------------------------------------------- */

/* The analysed program, for codegen. */
typedef struct Program {
    Vec units;                 /* Node* compilation units, in elaboration order */
    Vec own_units;             /* the ones given on the command line (to generate) */
    Entity *main;              /* the main subprogram, or NULL */
} Program;

/* Analyse UNITS (the command line's) and whatever they with; false on errors. */
bool sema_program(Vec *units, Program *out);

/* ---- internal interfaces between sema's files ---------------------------- */

/* The annotation sema leaves on an N_APPLY it resolved, in Node.op. */
enum {
    APPLY_CALL = 1,            /* function or procedure call: ent = subprogram */
    APPLY_INDEX,               /* indexed component */
    APPLY_SLICE,               /* slice */
    APPLY_CONVERSION,          /* type conversion to Node.ty */
    APPLY_CONSTRAINT,          /* subtype mark with index/discriminant constraint */
};

/* Checks codegen must emit, left by sema on the nodes that need them. */
enum {
    CHK_RANGE = 1 << 0,        /* value must lie in the target subtype's range */
    CHK_OVERFLOW = 1 << 1,     /* arithmetic must not overflow the base range */
    CHK_ACCESS = 1 << 2,       /* a dereferenced access value must not be null */
    CHK_NULL_EXCL = 1 << 3,    /* a value converted to a null-excluding subtype */
    CHK_DIVIDE = 1 << 4,       /* divisor must not be zero */
    CHK_DISCRIMINANT = 1 << 5, /* discriminants must match the target's constraint */
    CHK_LENGTH = 1 << 6,       /* array lengths must match the target's */
    CHK_TAG = 1 << 7,          /* a class-wide value must be in the target's class */
    CHK_ACCESSIBILITY = 1 << 8,/* an access parameter or a stand-alone object of an anonymous
                                  access type converted to a named access type must not
                                  designate an object deeper than it (4.6(48/3)); on an
                                  assignment to such an object, a value of an access
                                  parameter not deeper than its declaration (3.10.2(13.2/3)) */
};

/* What a subprogram call looks like once resolved: the actuals in the order
 * of the formals, defaults filled in.  Left in Node.sem of calls. */
typedef struct CallInfo {
    Entity *subp;              /* the subprogram called */
    Vec actuals;               /* Node*: one per formal, in order */
    int controlling;           /* >= 0: a dispatching call (3.9.2) on this
                                  formal's class-wide actual; else -1 */
    int *levels;               /* per formal that is an access parameter: the
                                  accessibility level of its actual (3.10.2(13/3)),
                                  LEVEL_OF_PARAM when the actual is itself an access
                                  parameter (its level is known at run time) */
    int result_level;          /* a function with an anonymous access result: the
                                  level of the master of the call (3.10.2(10.1/3)),
                                  passed to it for the check of its return (6.5(21/3)) */
} CallInfo;

enum { LEVEL_OF_PARAM = -1 };

/* Does formal F of S take its actual's accessibility level as a hidden
 * parameter (an access parameter of an Ada subprogram, 3.10.2(13/3))? */
bool sema_passes_level(const Entity *s, const Entity *f);
/* Whether function S has an anonymous access result, whose level the
 * caller passes (the master of the call). */
bool sema_result_level(const Entity *s);
void sema_return_access_result(Entity *f, Node *ret);
/* Is N (an access-valued name) an access parameter or a stand-alone object
 * of an anonymous access type, whose level is known at run time only? */
bool sema_dynamic_level(const Node *n);
/* The accessibility level of the object that access value A designates when
 * assigned to a stand-alone object of anonymous type T (3.10.2(13.2/3)):
 * static, or LEVEL_OF_PARAM when A's own level is dynamic. */
int sema_value_level(const Node *a, const Type *t);
/* The accessibility level of the object the name N denotes (3.10.2). */
int sema_object_level(const Node *n);
bool sema_stand_alone_anonymous(const Entity *e);   /* X : [constant] access T */
bool sema_check_not_abstract(Type *t, Loc loc, const char *what);   /* 3.9.3(8/3) */
/* The deepest accessibility level of any tagged type of the program (all
 * of it analysed): a tag's level is never deeper (tagged.c). */
void sema_note_tagged_level(int level);
/* Freezing (13.14), as far as the rules that depend on it need: a type
 * declared (sema_track_type) is frozen by an object of it, an extension of
 * it, a body after it in the same declarative part, or the end of its
 * library package; representation items (13.14(19/1)) and primitive
 * subprograms (3.9.2(13)) must come before. */
void sema_track_type(Entity *type_entity);
void sema_freeze(Type *t, Loc loc, const char *by);
void sema_freeze_region(Entity *owner, Loc loc, const char *by);
/* An error when T is frozen already: WHAT (e.g. "'Storage_Size of 'P'")
 * must come before; RULE is the paragraph. */
bool sema_check_not_frozen(Type *t, Loc loc, const char *rule, const char *what);
int sema_deepest_tagged_level(void);
void sema_stand_alone_value(Entity *so, Node *value, Node *node);

void sema_decls(Vec *decls);
void sema_decl(Node *d);
void sema_stmts(Vec *stmts);
void sema_handlers(Vec *handlers);
/* Analyse expression E with the expected type EXPECTED (NULL: any);
 * returns its type (NULL after an error, which has been reported). */
Type *sema_expr(Node *e, Type *expected);
/* Analyse a name that must denote a subtype; returns it or NULL. */
Type *sema_subtype_mark(Node *n);
/* Analyse a subtype indication (N_SUBTYPE_IND) or anonymous definition. */
Type *type_unsupported(const char *name);
Type *sema_subtype_ind(Node *n);
Type *sema_type_def(Node *def, Entity *ent, Vec *discriminants);
bool type_depends_on_discriminant(Type *t);
bool variant_selected(Node *arm, int64_t v);
/* A definite subtype (3.3(23)): its objects need no initial value. */
bool is_definite(Type *t);
/* Apply the implicit conversion of E to type T where it is expected:
 * records the checks needed (range, null exclusion) on E. */
void sema_convert(Node *e, Type *t);
/* The value of E must be in subtype T: mark the check if it is needed,
 * or report it if a static value is outside. */
void sema_need_range_check(Node *e, Type *t);
Entity *sema_current_subprogram(void);
void sema_call_statement(Node *stmt);
/* The target of an assignment, resolved knowing the value it gets. */
Type *sema_assignment_target(Node *target, Node *value);
bool is_subtype_mark_node(Node *n);
/* X'Range or X'Range (N) of an array object or subtype (SCALAR_TOO: or of
 * a scalar subtype) as the range X'First (N) .. X'Last (N) (a new node),
 * or NULL (types.c). */
Node *sema_range_attribute_bounds(Node *r, bool scalar_too);
/* D, the dimension of attribute ATTR (A'First (D)), as a static positive
 * integer in *DIM; false after an error (3.6.2(3)). */
bool sema_static_dimension(Node *d, const char *attr, int64_t *dim);
/* Is component I of record type T one of ancestor type AT's (given by the
 * ancestor part of an extension aggregate, 4.3.2)? */
bool sema_from_ancestor(Type *t, int i, Type *at);
/* Analyse contract or assertion expression X (Pre, Post, pragma Assert) as
 * a Boolean; POST_OF: the subprogram whose postcondition it is (X'Old and
 * F'Result allowed), or NULL. */
void sema_contract_expr(Node *x, Entity *post_of);
/* The assertion policy (decl.c) for pragma Assert [0], Pre [1] and Post
 * [2]: ASSERT_DEFAULT (codegen's option decides), ASSERT_CHECK or
 * ASSERT_IGNORE; recorded in Node.op of each pragma Assert and of each
 * Pre and Post aspect. */
enum { ASSERT_DEFAULT, ASSERT_CHECK, ASSERT_IGNORE };
extern int assertion_policy[3];
/* pragma Assert: its condition and message (stmt.c). */
void sema_pragma_assert(Node *p);
/* Is the full view of private type T visible here (7.3(3))? */
bool full_view_visible(Type *t);
/* The subtype named by T (constraints) in a subtype indication. */
Type *sema_constrained_subtype(Node *n);
/* A name as the source spells it, for messages. */
static inline const char *spelled(const Node *n)
{
    return n->text ? n->text : n->id ? n->id->name : "?";
}
/* The full expanded name of a dotted name ("ada.text_io"). */
Ident *dotted_ident(Node *name);
/* The Ident a character literal 'x' is declared under (case kept). */
Ident *char_lit_ident(const char *text);
/* Checks that END_ID (if any) repeats the unit's name. */
void sema_check_end_name(Node *n, Ident *name, Loc loc);

#endif
