/*
 * cg.h: what the files of codegen share.  Not seen outside codegen/.
 *
 * codegen.c   the module, target machine, passes and output; LLVM types of
 *             Ada types; the runtime's functions; the program's main()
 * cg_decl.c   declarations: objects, subprogram bodies, package elaboration
 * cg_stmt.c   statements and exception handlers
 * cg_expr.c   expressions, run-time checks, calls and allocators
 */
#ifndef ADAC_CG_H
#define ADAC_CG_H

#include "codegen.h"

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>
#include <llvm-c/DebugInfo.h>

/* How an object is reached: its address, and for an unconstrained array
 * the address of its bounds. */
typedef struct CgObj {
    LLVMValueRef addr;         /* address of the object (alloca, global, param) */
    LLVMValueRef bounds;       /* unconstrained arrays: address of the bounds */
    LLVMValueRef value;        /* scalar in parameters passed by value (no addr) */
    int frame_index;           /* >= 0: a slot of its subprogram's up-level frame */
    int bounds_index;          /* > 0: the slot of its bounds (an unconstrained array) */
    LLVMValueRef level;        /* an access parameter: where its actual's level is */
    bool is_static;            /* a global though not of library level (see main_static) */
} CgObj;

/* A value of an expression: scalars and access values in V; arrays as the
 * address of their data in V and of their bounds in BOUNDS; records as
 * their address in V. */
typedef struct CgVal {
    LLVMValueRef v;            /* the value, or the address of a composite */
    LLVMValueRef bounds;       /* arrays: address of a {first, last} pair */
} CgVal;

/* The elaborated bounds of a scalar subtype with dynamic bounds (Type.cg). */
typedef struct CgBounds {
    LLVMValueRef lo, hi;       /* allocas or globals holding the bounds */
    LLVMValueRef fn;           /* the function of the allocas; NULL: globals */
    int depth;                 /* the locals depth of that function */
    int slot_lo, slot_hi;      /* >= 0: up-level frame slots of their addresses */
} CgBounds;

/* The layout of a record type (Type.cg of a record's base type). */
typedef struct RecLayout {
    LLVMTypeRef st;            /* the fixed part: tag, discriminants, fixed-size components */
    int *field;                /* per component: its field in st, or -1 (after st) */
    int n_dynamic;             /* components placed after st */
} RecLayout;

/* A handled sequence of statements being generated: where raises inside it
 * go (its handler frame must be popped by statements that leave it). */
typedef struct CgHandler {
    LLVMValueRef frame;        /* the __adac_handler in the frame */
    bool cleanup;              /* a cleanup's guard: popped by cg_run_cleanups */
} CgHandler;

/* A loop being generated, for exit statements. */
typedef struct CgLoop {
    Node *node;                /* the loop statement */
    LLVMBasicBlockRef exit;    /* the block after the loop */
    int handler_depth;         /* handlers active when it was entered */
    int cleanup_depth;         /* cleanups active when it was entered */
} CgLoop;

/* What leaving a master finalizes (cg_final.c): an object, or the
 * collection of a local access type (whose enclosing head SAVED keeps). */
typedef struct CgCleanup {
    LLVMValueRef addr;
    Type *type;
    Type *collection;
    LLVMValueRef saved;
    LLVMValueRef guard;        /* the handler that finalizes it if an exception
                                  leaves the master, or NULL */
    LLVMValueRef bounds;       /* an array object whose subtype lacks them: its bounds */
} CgCleanup;

/* An anonymous object (a function result, an aggregate) that an
 * expression uses without taking it over, such as an actual parameter:
 * finalized at the end of the statement or declaration (7.6.1(13/3)).
 * SLOT, a local of the function, holds its address once it exists and is
 * null otherwise. */
typedef struct CgTemp {
    LLVMValueRef slot;
    Type *type;
    LLVMValueRef bounds;       /* an unconstrained array's: a local holding them */
} CgTemp;

/* Objects allocated for an access type whose designated type needs
 * finalization are preceded by this header: { next, pprev, finalizer,
 * link } (cg_final.c). */
#define CG_COLLECTION_HEADER 32
/* Where a subpool keeps its objects' list: the offset of component
 * Objects of System.Storage_Pools.Subpools.Root_Subpool (after the tag
 * and Owner). */
#define CG_SUBPOOL_OBJECTS 16

/* The state of code generation. */
typedef struct Cg {
    const CgOptions *opts;     /* command-line options */
    LLVMContextRef ctx;        /* the LLVM context */
    LLVMModuleRef mod;         /* the module being built */
    LLVMBuilderRef b;          /* the instruction builder */
    LLVMTargetDataRef td;      /* the target's data layout */
    LLVMTypeRef i1, i8, i16, i32, i64, ptr, void_t; /* common types */
    LLVMTypeRef bounds_t;      /* { i32, i32 }: bounds of a String */
    LLVMTypeRef fat_t;         /* { ptr, ptr }: an unconstrained array result */
    /* the function being generated */
    Entity *subp;              /* its subprogram (NULL: elaboration code) */
    LLVMValueRef fn;           /* its LLVM function */
    LLVMValueRef frame;        /* the frame of up-level objects, or NULL */
    LLVMValueRef static_link;  /* the frame of the enclosing subprogram */
    bool volatile_locals;      /* it has handlers: locals live across setjmp */
    /* Stacks that grow as needed (cg_push): a function generated while
     * another one is (a thunk, a nested body) starts them afresh from NULL,
     * and the saved state of the outer one keeps its own. */
    CgHandler *handlers;       /* active handled sequences, innermost last */
    int n_handlers, cap_handlers;
    CgLoop *loops;             /* enclosing loops, innermost last */
    int n_loops, cap_loops;
    CgCleanup *cleanups;       /* objects and collections to finalize, in creation order */
    int n_cleanups, cap_cleanups;
    CgTemp *temps;             /* anonymous objects of the current statement */
    int n_temps, cap_temps;
    LLVMValueRef result_level; /* a function with an anonymous access result: where
                                  the level of the master of its call is */
    Vec copy_back;             /* triples local, actual's address, LLVMTypeRef: the
                                  elementary in out and out formals (6.2(3)) */
    LLVMValueRef ss_mark;      /* secondary stack mark of the subprogram */
    unsigned ss_uses;          /* code emitted so far that takes secondary stack, */
    unsigned dyn_allocas;      /* and that allocates stack of a run-time size */
    CgVal agg_target;          /* an array variable whose bounds an aggregate takes (4.3.3(16)) */
    Vec posts;                 /* the checked Post aspects (Node*) of the function */
    Vec olds;                  /* pairs: an X'Old node, the local holding X at entry */
    CgVal post_result;         /* F'Result while a postcondition is checked */
    LLVMValueRef discr_base;   /* the record whose discriminants names denote, */
    Type *discr_rec;           /* and its type (discriminant-dependent subtypes) */
    /* debug information (-g) */
    LLVMDIBuilderRef dib;      /* the DWARF builder, or NULL without -g */
    LLVMMetadataRef di_cu;     /* the compile unit */
    LLVMMetadataRef di_scope;  /* the subprogram being generated, or NULL */
} Cg;

extern Cg cg;

/* Room for one more element on stack *ARR of *N elements of SIZE bytes
 * (capacity *CAP), grown in the compilation's arena; returns the new slot,
 * *N counts it. */
void *cg_push(void *arr, int *n, int *cap, size_t size);
#define CG_PUSH(stack) cg_push(&cg.stack, &cg.n_##stack, &cg.cap_##stack, sizeof *cg.stack)
/* A fresh, empty set of stacks for a function generated inside another. */
void cg_fresh_stacks(void);
/* Before a return of the function being generated: its elementary in out
 * and out formals copied back to their actuals (6.4.1(17)). */
void cg_copy_back(void);


/* codegen.c */
LLVMTypeRef cg_type(Type *t);              /* the LLVM type of values of T */
LLVMTypeRef cg_mem_type(Type *t);          /* its in-memory type */
uint64_t cg_size(Type *t);
RecLayout *cg_record_layout(Type *t);
/* The address of component I of the record of type REC at BASE. */
LLVMValueRef cg_component_addr(LLVMValueRef base, Type *rec, int i, const char *name);
/* The size of the record of type T at ADDR (its discriminants decide). */
LLVMValueRef cg_record_size_at(Type *t, LLVMValueRef addr);
/* The size of the tagged object at ADDR, by its tag (codegen.c). */
LLVMValueRef cg_classwide_size(LLVMValueRef addr);
unsigned cg_align(Type *t);
LLVMValueRef cg_runtime(const char *name); /* a runtime function, declared once */
LLVMTypeRef cg_runtime_type(const char *name);
LLVMValueRef cg_call_rt(const char *name, LLVMValueRef *args, unsigned n);
LLVMValueRef cg_call_rt_pair(const char *name, LLVMValueRef a, LLVMValueRef b);
LLVMValueRef cg_free_lists(void);          /* the default pool's free lists */
LLVMValueRef cg_pool_alloc(LLVMValueRef size, LLVMValueRef align);
LLVMValueRef cg_file_name(int file);       /* the constant "file.adb" */
LLVMValueRef cg_function(Entity *subp);    /* the LLVM function of a subprogram */
bool cg_result_on_ss(Type *result);        /* returned as a copy on the secondary stack */
LLVMValueRef cg_dynamic_alloca(LLVMValueRef size, const char *name); /* stack of run-time size, 16-aligned */
LLVMValueRef cg_internal_global(const char *name, LLVMTypeRef t);  /* zero-initialized, made once */
LLVMValueRef cg_intrinsic(const char *name, LLVMTypeRef overload, LLVMTypeRef *fn_type); /* an LLVM intrinsic */
LLVMTypeRef cg_function_type(Entity *subp);
LLVMValueRef cg_exception_id(Entity *e);   /* address of an exception's identity */
LLVMBasicBlockRef cg_block(const char *name);
bool cg_terminated(void);                  /* the current block has a terminator */
LLVMValueRef cg_alloca(LLVMTypeRef t, const char *name);
/* At the join of two blocks: A when coming from FROM_A, B from FROM_B. */
LLVMValueRef cg_phi2(LLVMTypeRef t, LLVMValueRef a, LLVMBasicBlockRef from_a, LLVMValueRef b,
                     LLVMBasicBlockRef from_b, const char *name);
LLVMValueRef cg_load(LLVMTypeRef t, LLVMValueRef addr, const char *name);
void cg_store(LLVMValueRef v, LLVMValueRef addr);
LLVMValueRef cg_int(Type *t, int64_t v);
void cg_set_loc(Loc loc);                  /* debug location of what follows */
/* Start the debug information of function FN for subprogram S (NULL: code
 * without a source subprogram, such as main and elaboration procedures). */
void cg_di_function(LLVMValueRef fn, Entity *s, Loc loc);

/* cg_debug.c (-g) */
LLVMMetadataRef cg_di_type(Type *t);       /* the DWARF description of T */
/* Describe object or parameter E, whose storage is at ADDR, to the debugger. */
void cg_di_object(Entity *e, LLVMValueRef addr);
void cg_di_finish(void);                   /* every call located in its function */
LLVMMetadataRef cg_di_file(int file);      /* (codegen.c) the DIFile of a source */

/* cg_decl.c */
void cg_decls(Vec *decls);
void cg_subprogram_body(Node *body);
void cg_unit(Node *cu);
CgObj *cg_obj(Entity *e);                  /* how to reach object E */
void cg_elaborate_subtype(Type *t);        /* evaluate dynamic bounds */
void cg_scan_uplevel(Node *body);

/* cg_stmt.c */
/* Is an assertion with POLICY (sema's ASSERT_*) checked? */
bool cg_assertion_on(int policy);
/* pragma Assert P, checked */
void cg_pragma_assert(Node *p);
/* At the start of subprogram S's body (DECL: its declaration, BODY): the
 * checked preconditions, and what its postconditions need (X'Old). */
void cg_contract_entry(Node *decl, Node *body);
/* Before a return (RESULT: the function's result, or NULL): the checked
 * postconditions. */
void cg_check_posts(CgVal *result);
void cg_stmts(Vec *stmts);
void cg_handled(Vec *stmts, Vec *handlers);
LLVMValueRef cg_choice_hit(LLVMValueRef v, Type *t, Node *choice);   /* a case choice's test */

/* cg_expr.c */
CgVal cg_expr(Node *e);                    /* value of E, converted to its target */
LLVMValueRef cg_scalar(Node *e);           /* value of a scalar/access expression */
LLVMValueRef cg_cond(Node *e);             /* an i1 for a Boolean expression */
CgVal cg_address(Node *e);                 /* address of a name (variable) */
void cg_assign(Node *target, Node *value);
void cg_assign_init(Node *target, Node *value);   /* an object's initial value */
void cg_check_fail(const char *check, Loc loc, LLVMValueRef fail);
void cg_range_check(LLVMValueRef v, Type *from, Type *to, Loc loc);
LLVMValueRef cg_convert_scalar(LLVMValueRef v, Type *from, Type *to);
void cg_bounds_of(Type *t, int dim, LLVMValueRef *lo, LLVMValueRef *hi);
LLVMValueRef cg_make_bounds(LLVMValueRef lo, LLVMValueRef hi);   /* a {first, last} pair in memory */
/* The bounds of every dimension of array value V of type T in memory. */
void cg_store_bounds(LLVMValueRef dst, CgVal v, Type *t);
LLVMValueRef cg_bounds_block(CgVal v, Type *t);
/* The number of components of array value V of type T (i64). */
LLVMValueRef cg_array_count(CgVal v, Type *t);
unsigned cg_bounds_size(Type *t);
LLVMValueRef cg_array_value_bytes(CgVal v, Type *t);
bool cg_array_attribute_bounds(Node *attr, LLVMValueRef *lo, LLVMValueRef *hi);
LLVMValueRef cg_call(Node *call, CallInfo *ci, Entity *subp, CgVal *result);
void cg_init_default(LLVMValueRef addr, Type *t);
LLVMValueRef frame_at_depth(int k);        /* up-level frame of locals depth K */
/* The accessibility level of what access parameter P designates (3.10.2(13/3)). */
LLVMValueRef cg_param_level(Entity *p);      /* also of a stand-alone object of anonymous type */
LLVMValueRef cg_stand_alone_level(Entity *so, Node *value, bool check, Loc loc);
void cg_keep_stand_alone_level(Entity *so, LLVMValueRef level);
void cg_tag_level_check(LLVMValueRef tag, int level, Loc loc);
/* 3.11(14): the "body elaborated" flag of subprogram S, NULL when calls of
 * it are not checked (cg_decl.c) */
void cg_find_elab_flags(Vec *units);
void cg_set_unit(int index);
LLVMValueRef cg_elab_flag(Entity *s, const Loc *call);
/* Tagged types: the struct index of component I (the tag is field 0), the
 * address of a type's tag (its dispatch table), the table's LLVM type for
 * N primitives, and the type of a dispatching call of S. */
unsigned cg_field(Type *rec, int i);
LLVMValueRef cg_tag(Type *t);
LLVMTypeRef cg_tag_type(int n);
LLVMTypeRef cg_dispatch_type(Entity *s);
void cg_elaborate_tag(Type *t);
LLVMValueRef cg_object_size(Type *t);      /* bytes of an object of subtype T */
/* A call of primitive S with controlling operand OBJ (by reference) and
 * the other arguments REST: direct, or dispatching on OBJ's tag. */
LLVMValueRef cg_prim_call(Entity *s, bool dispatching, LLVMValueRef obj, LLVMValueRef *rest, unsigned n_rest);
/* Give back the storage of a block of access type ACC (BLOCK: where the
 * allocation started, OBJ: the object in it). */
void cg_free_block(Type *acc, LLVMValueRef block, LLVMValueRef obj);
void cg_free_block_at(Type *acc, LLVMValueRef block, LLVMValueRef obj, Loc loc);
/* Is X's value a copy of an object (adjusted) rather than built in place? */
bool cg_built_by_copy(Node *x);

/* cg_final.c */
bool cg_needs_finalization(Type *t);
void cg_initialize(LLVMValueRef addr, Type *t);   /* Initialize the controlled parts */
void cg_adjust(LLVMValueRef addr, Type *t);       /* Adjust them */
void cg_finalize(LLVMValueRef addr, Type *t);     /* Finalize them */
/* The same for an array with bounds BOUNDS, which T may not give (NULL:
 * T's own). */
void cg_adjust_array(LLVMValueRef addr, Type *t, LLVMValueRef bounds);
void cg_finalize_array(LLVMValueRef addr, Type *t, LLVMValueRef bounds);
/* Finalize them all even if a Finalize propagates an exception, setting
 * the i8 at FAILED when one does (7.6.1(17)). */
void cg_finalize_all(LLVMValueRef addr, Type *t, LLVMValueRef failed, Loc loc);
/* Does finalizing an object of type T call one Finalize (FAILED may then be
 * NULL for cg_finalize_all: the exception becomes Program_Error at LOC)? */
bool cg_finalize_is_one_call(Type *t);
LLVMValueRef cg_collection(Type *acc);
LLVMValueRef cg_collection_closing(Type *acc);  /* i8: its finalization has started */
void cg_collection_link(Type *acc, LLVMValueRef subpool, LLVMValueRef block);
void cg_collection_unlink(LLVMValueRef block);
void cg_collection_finalize(Type *acc);
/* Finalize the object at ADDR (an array: with BOUNDS, or NULL for T's)
 * when the master is left. */
void cg_cleanup_object(LLVMValueRef addr, Type *t, LLVMValueRef bounds);
void cg_cleanup_collection(Type *acc);
void cg_run_cleanups(int depth);
/* X, evaluated to V, is used without being taken over: when it is an
 * anonymous object that needs finalization, it is finalized by the next
 * cg_finalize_temps. */
void cg_borrow_temp(Node *x, CgVal v);
/* Finalize the anonymous objects registered since there were DEPTH
 * (at the end of a statement, after a condition). */
void cg_finalize_temps(int depth);
void cg_finalize_library(void);

#endif
