/*
 * codegen.c: the LLVM module of a program, its types, the runtime interface,
 * the program's main(), optimisation and output.
 *
 * One module holds every unit given on the command line; units only with'ed
 * (the predefined ones, whose bodies are in the runtime) contribute
 * declarations.  The runtime's functions (runtime/adart.h) are declared on
 * first use, each once, so that the IR of a unit shows exactly the runtime
 * entry points it needs.
 *
 * Ada's types map onto LLVM types directly: a scalar is an integer of its
 * size (Boolean i1, Character i8, Integer i32), an access value a ptr, a
 * constrained array an LLVM array, a record an LLVM struct.  Unconstrained
 * arrays travel as two pointers, to the data and to the bounds.
 */
#include "cg.h"

#include <llvm-c/Analysis.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdlib.h>
#include <string.h>

#include "adart.h"
#include "config.h"

Cg cg;

void *cg_push(void *arr, int *n, int *cap, size_t size)
{
    char **a = arr;
    if (*n >= *cap) {
        int ncap = *cap ? *cap * 2 : 16;
        char *na = arena_alloc(size * (size_t)ncap);
        if (*n)
            memcpy(na, *a, size * (size_t)*n);
        *a = na;
        *cap = ncap;
    }
    return *a + size * (size_t)(*n)++;
}

void cg_fresh_stacks(void)
{
    cg.handlers = NULL;
    cg.loops = NULL;
    cg.cleanups = NULL;
    cg.temps = NULL;
    cg.n_handlers = cg.cap_handlers = cg.n_loops = cg.cap_loops = cg.n_cleanups = cg.cap_cleanups = 0;
    cg.n_temps = cg.cap_temps = 0;
    cg.copy_back = (Vec){0};
    cg.result_level = NULL;
}

void cg_copy_back(void)
{
    for (int i = 0; i + 2 < cg.copy_back.len; i += 3)
        cg_store(cg_load(cg.copy_back.data[i + 2], cg.copy_back.data[i], "copy.back"), cg.copy_back.data[i + 1]);
}

/* ---- small helpers ------------------------------------------------------- */

LLVMBasicBlockRef cg_block(const char *name)
{
    return LLVMAppendBasicBlockInContext(cg.ctx, cg.fn, name);
}

bool cg_terminated(void)
{
    LLVMBasicBlockRef bb = LLVMGetInsertBlock(cg.b);
    return LLVMGetBasicBlockTerminator(bb) != NULL;
}

/* Allocas go in the entry block, so that mem2reg sees them. */
LLVMValueRef cg_alloca(LLVMTypeRef t, const char *name)
{
    LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(cg.fn);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg.ctx);
    LLVMValueRef first = LLVMGetFirstInstruction(entry);
    if (first)
        LLVMPositionBuilderBefore(b, first);
    else
        LLVMPositionBuilderAtEnd(b, entry);
    LLVMValueRef a = LLVMBuildAlloca(b, t, name);
    LLVMDisposeBuilder(b);
    return a;
}

LLVMValueRef cg_phi2(LLVMTypeRef t, LLVMValueRef a, LLVMBasicBlockRef from_a, LLVMValueRef b,
                     LLVMBasicBlockRef from_b, const char *name)
{
    LLVMValueRef phi = LLVMBuildPhi(cg.b, t, name);
    LLVMValueRef vals[2] = {a, b};
    LLVMBasicBlockRef bbs[2] = {from_a, from_b};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

LLVMValueRef cg_load(LLVMTypeRef t, LLVMValueRef addr, const char *name)
{
    LLVMValueRef v = LLVMBuildLoad2(cg.b, t, addr, name);
    if (cg.volatile_locals && LLVMIsAAllocaInst(addr))
        LLVMSetVolatile(v, 1);
    return v;
}

void cg_store(LLVMValueRef v, LLVMValueRef addr)
{
    LLVMValueRef s = LLVMBuildStore(cg.b, v, addr);
    if (cg.volatile_locals && LLVMIsAAllocaInst(addr))
        LLVMSetVolatile(s, 1);
}

/* ---- debug information: line tables (-g) ------------------------------------ */

static LLVMMetadataRef *di_files;
static int n_di_files;

static LLVMMetadataRef di_file(int file)
{
    if (file >= n_di_files) {
        int n = file + 16;
        LLVMMetadataRef *a = arena_alloc(sizeof(LLVMMetadataRef) * (size_t)n);
        for (int i = 0; i < n_di_files; i++)
            a[i] = di_files[i];
        di_files = a;
        n_di_files = n;
    }
    if (!di_files[file]) {
        const Source *s = source_get(file);
        const char *path = s ? s->path : "?";
        /* an absolute directory: gdb finds the source from anywhere */
        char *abs = s ? realpath(path, NULL) : NULL;
        if (abs) {
            path = arena_strndup(abs, strlen(abs));
            free(abs);
        }
        const char *slash = strrchr(path, '/');
        const char *dir = slash ? arena_strndup(path, (size_t)(slash - path)) : ".";
        const char *name = slash ? slash + 1 : path;
        di_files[file] = LLVMDIBuilderCreateFile(cg.dib, name, strlen(name), dir, strlen(dir));
    }
    return di_files[file];
}

LLVMMetadataRef cg_di_file(int file)
{
    return di_file(file > 0 ? file : 1);
}

void cg_di_function(LLVMValueRef fn, Entity *s, Loc loc)
{
    cg.di_scope = NULL;
    LLVMSetCurrentDebugLocation2(cg.b, NULL);
    if (!cg.dib || !s || !loc.file)
        return;
    LLVMMetadataRef file = di_file(loc.file);
    LLVMMetadataRef type = LLVMDIBuilderCreateSubroutineType(cg.dib, file, NULL, 0, LLVMDIFlagZero);
    const char *name = s->spelling;
    const char *link = LLVMGetValueName(fn);
    cg.di_scope = LLVMDIBuilderCreateFunction(cg.dib, file, name, strlen(name), link, strlen(link), file,
                                              (unsigned)loc.line, type, s->depth > 0, 1, (unsigned)loc.line,
                                              LLVMDIFlagZero, cg.opts->opt_level > 0);
    LLVMSetSubprogram(fn, cg.di_scope);
    cg_set_loc(loc);
}

void cg_set_loc(Loc loc)
{
    if (!cg.di_scope || loc.line <= 0)
        return;
    LLVMSetCurrentDebugLocation2(cg.b, LLVMDIBuilderCreateDebugLocation(cg.ctx, (unsigned)loc.line,
                                                                        (unsigned)loc.col, cg.di_scope, NULL));
}

/* ---- types ------------------------------------------------------------------ */

LLVMTypeRef cg_type(Type *t)
{
    t = type_full(t);
    if (!t)
        return cg.i32;
    switch (t->kind) {
    case TY_SIGNED: case TY_MODULAR: case TY_ENUM:
        return LLVMIntTypeInContext(cg.ctx, (unsigned)(t->base->bits ? t->base->bits : 32));
    case TY_UNIV_INT:
        return cg.i64;
    case TY_FLOAT:
        return t->base->bits == 32 ? LLVMFloatTypeInContext(cg.ctx) : LLVMDoubleTypeInContext(cg.ctx);
    case TY_UNIV_REAL:
        return LLVMDoubleTypeInContext(cg.ctx);
    case TY_ACCESS: case TY_NULL:
        return cg.ptr;
    default:
        return cg_mem_type(t);
    }
}


/* The layout of a component whose subtype depends on a discriminant: room
 * for the largest object any discriminant value allows (GNAT's choice for
 * mutable records, which keeps records of a fixed size). */
static LLVMTypeRef max_layout(Type *ct)
{
    ct = type_full(ct);
    if (ct->kind == TY_RECORD)
        return cg_mem_type(ct->base);
    if (ct->kind != TY_ARRAY)
        return cg_mem_type(ct);
    LLVMTypeRef elem = cg_mem_type(ct->component);
    for (int i = ct->indexes.len - 1; i >= 0; i--) {
        Type *ix = type_full(ct->indexes.data[i]);
        int64_t lmin, lmax, hmin, hmax;
        uint64_t n = 0;
        if (ix->static_bounds)
            n = static_length(ix);
        else if (ix->lo_expr && ix->hi_expr && eval_bound_range(ix->lo_expr, &lmin, &lmax)
                 && eval_bound_range(ix->hi_expr, &hmin, &hmax))
            n = hmax >= lmin ? (uint64_t)hmax - (uint64_t)lmin + 1 : 0;
        if (n > (1u << 24))
            n = 1u << 24;
        elem = LLVMArrayType2(elem, n);
    }
    return elem;
}

/* The layout of record type T: an LLVM struct of its tag (if tagged), its
 * discriminants and the components of a fixed size, in order; with a
 * dynamic layout, the components whose size depends on the discriminants
 * follow that struct, each aligned, at offsets computed per object. */
RecLayout *cg_record_layout(Type *t)
{
    t = type_full(t);
    if (t->is_classwide)
        t = type_full(t->specific);
    t = t->base;
    if (t->cg)
        return t->cg;
    RecLayout *l = arena_alloc(sizeof *l);
    t->cg = l;
    l->st = LLVMStructCreateNamed(cg.ctx, t->ent ? arena_printf("%s", t->ent->ext_name ? t->ent->ext_name : t->ent->spelling) : "record");
    l->field = arena_alloc(sizeof(int) * (size_t)(t->components.len + 1));
    LLVMTypeRef *elems = arena_alloc(sizeof(LLVMTypeRef) * (size_t)(t->components.len + 2));
    unsigned k = 0;
    if (t->tagged)
        elems[k++] = cg.ptr;              /* the tag (3.9(3)) */
    for (int m = 0; m < t->components.len; m++) {
        /* in memory order: an extension with discriminants of its own has
         * its parent's components first (Type.parent_first) */
        int i = m;
        if (t->parent_first && t->n_discr) {
            if (m < t->parent_first)
                i = t->n_discr + m;
            else if (m < t->parent_first + t->n_discr)
                i = m - t->parent_first;
        }
        Type *ct = ((Entity *)t->components.data[i])->type;
        bool dependent = type_depends_on_discriminant(ct);
        if (dependent && t->dynamic_layout
            && (type_full(ct)->kind == TY_ARRAY || type_full(ct)->base->dynamic_layout)) {
            l->field[i] = -1;
            l->n_dynamic++;
            continue;
        }
        l->field[i] = (int)k;
        elems[k++] = dependent ? max_layout(ct) : cg_mem_type(ct);
    }
    LLVMStructSetBody(l->st, elems, k, 0);
    return l;
}

LLVMTypeRef cg_mem_type(Type *t)
{
    t = type_full(t);
    switch (t->kind) {
    case TY_ARRAY: {
        if (!t->constrained)
            return cg.i8;     /* unknown size: reached through pointers */
        LLVMTypeRef elem = cg_mem_type(t->component);
        for (int i = t->indexes.len - 1; i >= 0; i--) {
            Type *ix = t->indexes.data[i];
            uint64_t n = static_length(ix);
            elem = LLVMArrayType2(elem, n);
        }
        return elem;
    }
    case TY_RECORD:
        return cg_record_layout(t)->st;
    case TY_ENUM:
        if (t->base->bits == 1)
            return cg.i8;     /* Boolean in memory is a byte */
        return cg_type(t);
    case TY_PRIVATE:
        return cg.i8;
    default:
        return cg_type(t);
    }
}

uint64_t cg_size(Type *t)
{
    uint64_t size = LLVMABISizeOfType(cg.td, cg_mem_type(t));
    Type *f = type_full(t);
    if (f && f->base && f->base->align_clause > 1)   /* a multiple of the alignment (13.3(26.3/2)) */
        size = (size + (uint64_t)f->base->align_clause - 1) / (uint64_t)f->base->align_clause * (uint64_t)f->base->align_clause;
    return size;
}

unsigned cg_align(Type *t)
{
    unsigned a = LLVMABIAlignmentOfType(cg.td, cg_mem_type(t));
    Type *f = type_full(t);
    if (f && f->base && (unsigned)f->base->align_clause > a)
        a = (unsigned)f->base->align_clause;
    return a;
}

LLVMValueRef cg_int(Type *t, int64_t v)
{
    return LLVMConstInt(cg_type(t), (unsigned long long)v, 1);
}

/* ---- the runtime --------------------------------------------------------------- */

/* The runtime's entry points and their LLVM signatures ("r:args": r is the
 * result, each following letter a parameter: v void, i i32, l i64, p ptr,
 * b i1).  Names ending in _Check etc. do not return. */
static const struct { const char *name, *sig; bool noreturn; } rt_funcs[] = {
    {"__adac_alloc", "p:ll", false},
    {"__adac_free", "v:pll", false},
    {"__adac_alloc_refill", "p:i", false},
    {"__adac_pool_alloc", "p:llpi", false},
    {"__adac_pool_free", "v:pllpi", false},
    {"__adac_pool_select", "v:i", false},
    {"__adac_push_handler", "v:p", false},
    {"__adac_pop_handler", "v:p", false},
    {"__adac_push_translator", "v:ppi", false},
    {"__adac_raise", "v:ppipi", true},
    {"__adac_reraise", "v:", true},
    {"__adac_current_exception", "p:", false},
    {"__adac_save_occurrence", "v:p", false},
    {"__adac_init", "v:ip", false},
    {"__adac_finish", "i:", false},
    {"__adac_ss_alloc", "p:ll", false},
    {"__adac_bounded_alloc", "p:plllpi", false},
    {"__adac_ss_mark", "p:", false},
    {"__adac_ss_release", "v:p", false},
    {"__adac_image_integer", "f:l", false},
    {"__adac_image_unsigned", "f:l", false},
    {"__adac_image_character", "f:c", false},
    {"__adac_image_float", "f:di", false},
    {"__adac_value_float", "d:pp", false},
    {"__adac_compare_arrays", "i:plplii", false},
    {"__adac_value_enum", "l:pppi", false},
    {"__adac_value_character", "l:pp", false},
    {"__adac_value_integer", "l:pp", false},
    {"__adac_tag_in_class", "b:pp", false},
    {"_setjmp", "i:p", false},
    {"__adac_rcheck_CE_Range_Check", "v:pi", true},
    {"__adac_rcheck_CE_Overflow_Check", "v:pi", true},
    {"__adac_rcheck_CE_Access_Check", "v:pi", true},
    {"__adac_rcheck_CE_Index_Check", "v:pi", true},
    {"__adac_rcheck_CE_Length_Check", "v:pi", true},
    {"__adac_rcheck_CE_Discriminant_Check", "v:pi", true},
    {"__adac_rcheck_CE_Divide_By_Zero", "v:pi", true},
    {"__adac_rcheck_CE_Null_Exclusion", "v:pi", true},
    {"__adac_rcheck_PE_Accessibility_Check", "v:pi", true},
    {"__adac_rcheck_PE_Access_Before_Elaboration", "v:pi", true},
    {"__adac_rcheck_PE_Foreign_Subpool", "v:pi", true},
    {"__adac_rcheck_PE_Subpool_Pool", "v:pi", true},
    {"__adac_rcheck_PE_Free_Zero_Storage_Size", "v:pi", true},
    {"__adac_rcheck_PE_Finalize_Raised", "v:pi", true},
    {"__adac_rcheck_CE_Null_Subpool", "v:pi", true},
    {"__adac_rcheck_PE_Collection_Finalized", "v:pi", true},
    {"__adac_rcheck_CE_Tag_Check", "v:pi", true},
    {"__adac_rcheck_PE_Missing_Return", "v:pi", true},
    {"__adac_rcheck_SE_Storage_Exhausted", "v:pi", true},
};

static LLVMTypeRef sig_type(char c)
{
    switch (c) {
    case 'v': return cg.void_t;
    case 'i': return cg.i32;
    case 'l': return cg.i64;
    case 'p': return cg.ptr;
    case 'b': return cg.i1;
    case 'f': return cg.fat_t;
    case 'c': return cg.i8;
    case 'd': return LLVMDoubleTypeInContext(cg.ctx);
    default: return cg.i32;
    }
}

LLVMTypeRef cg_runtime_type(const char *name)
{
    for (size_t i = 0; i < sizeof rt_funcs / sizeof rt_funcs[0]; i++)
        if (!strcmp(rt_funcs[i].name, name)) {
            const char *s = rt_funcs[i].sig;
            LLVMTypeRef params[8];
            unsigned n = 0;
            for (const char *p = s + 2; *p && n < 8; p++)
                params[n++] = sig_type(*p);
            return LLVMFunctionType(sig_type(s[0]), params, n, 0);
        }
    fatal("internal error: unknown runtime function %s", name);
}

static void add_fn_attr(LLVMValueRef fn, const char *attr)
{
    unsigned kind = LLVMGetEnumAttributeKindForName(attr, strlen(attr));
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg.ctx, kind, 0));
}

LLVMValueRef cg_runtime(const char *name)
{
    LLVMValueRef f = LLVMGetNamedFunction(cg.mod, name);
    if (f)
        return f;
    f = LLVMAddFunction(cg.mod, name, cg_runtime_type(name));
    for (size_t i = 0; i < sizeof rt_funcs / sizeof rt_funcs[0]; i++)
        if (!strcmp(rt_funcs[i].name, name) && rt_funcs[i].noreturn) {
            add_fn_attr(f, "noreturn");
            add_fn_attr(f, "cold");
            add_fn_attr(f, "nounwind");
        }
    if (!strcmp(name, "_setjmp"))
        add_fn_attr(f, "returns_twice");
    return f;
}

LLVMValueRef cg_call_rt_pair(const char *name, LLVMValueRef a, LLVMValueRef b)
{
    LLVMValueRef args[2] = {a, b};
    return cg_call_rt(name, args, 2);
}

/* The runtime's small-object free lists (extern, declared once). */
LLVMValueRef cg_free_lists(void)
{
    LLVMValueRef g = LLVMGetNamedGlobal(cg.mod, "__adac_free_lists");
    if (!g)
        g = LLVMAddGlobal(cg.mod, LLVMArrayType2(cg.ptr, ADART_SMALL_CLASSES), "__adac_free_lists");
    return g;
}

LLVMValueRef cg_call_rt(const char *name, LLVMValueRef *args, unsigned n)
{
    LLVMValueRef f = cg_runtime(name);
    LLVMTypeRef ft = cg_runtime_type(name);
    bool is_void = LLVMGetReturnType(ft) == cg.void_t;
    if (!strcmp(name, "__adac_ss_alloc") || LLVMGetReturnType(ft) == cg.fat_t)
        cg.ss_uses++;
    return LLVMBuildCall2(cg.b, ft, f, args, n, is_void ? "" : "rt");
}

static LLVMValueRef *file_names;
static int n_file_names;

LLVMValueRef cg_file_name(int file)
{
    if (file >= n_file_names) {
        int n = file + 16;
        LLVMValueRef *a = arena_alloc(sizeof(LLVMValueRef) * (size_t)n);
        for (int i = 0; i < n_file_names; i++)
            a[i] = file_names[i];
        file_names = a;
        n_file_names = n;
    }
    if (!file_names[file]) {
        const Source *s = source_get(file);
        const char *name = s ? s->name : "?";
        LLVMValueRef str = LLVMConstStringInContext(cg.ctx, name, (unsigned)strlen(name), 0);
        LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(str), arena_printf(".file.%s", name));
        LLVMSetInitializer(g, str);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
        file_names[file] = g;
    }
    return file_names[file];
}

LLVMValueRef cg_exception_id(Entity *e)
{
    if (e->cg)
        return e->cg;
    LLVMValueRef g = LLVMGetNamedGlobal(cg.mod, e->ext_name);
    if (!g) {
        LLVMTypeRef idt = LLVMStructTypeInContext(cg.ctx, &cg.ptr, 1, 0);
        g = LLVMAddGlobal(cg.mod, idt, e->ext_name);
        bool predefined = !strncmp(e->ext_name, "__adac_", 7);
        if (!predefined) {
            const char *name = e->full_name;
            LLVMValueRef str = LLVMConstStringInContext(cg.ctx, name, (unsigned)strlen(name), 0);
            LLVMValueRef sg = LLVMAddGlobal(cg.mod, LLVMTypeOf(str), arena_printf("%s.name", e->ext_name));
            LLVMSetInitializer(sg, str);
            LLVMSetGlobalConstant(sg, 1);
            LLVMSetLinkage(sg, LLVMPrivateLinkage);
            LLVMSetInitializer(g, LLVMConstNamedStruct(idt, &sg, 1));
            LLVMSetGlobalConstant(g, 1);
        } else {
            LLVMSetGlobalConstant(g, 1);
        }
    }
    e->cg = g;
    return g;
}

/* ---- subprograms ------------------------------------------------------------------ */

static bool by_reference(Entity *f)
{
    Type *t = type_full(f->type);
    if (!t)
        return false;
    if (t->kind == TY_ARRAY || t->kind == TY_RECORD)
        return true;
    return f->mode != MODE_IN;
}

static bool nested(Entity *subp)
{
    return subp->depth > 0 && !subp->imported;
}

LLVMTypeRef cg_function_type(Entity *s)
{
    LLVMTypeRef *params = arena_alloc(sizeof(LLVMTypeRef) * (3 * (size_t)s->params.len + 2));
    unsigned n = 0;
    if (nested(s))
        params[n++] = cg.ptr;              /* static link */
    for (int i = 0; i < s->params.len; i++) {
        Entity *f = s->params.data[i];
        Type *t = type_full(f->type);
        if (t && t->kind == TY_ARRAY && !t->constrained) {
            params[n++] = cg.ptr;
            params[n++] = cg.ptr;
        } else if (by_reference(f)) {
            params[n++] = cg.ptr;
        } else {
            params[n++] = cg_type(f->type);
        }
        if (sema_passes_level(s, f))
            params[n++] = cg.i32;              /* its actual's accessibility level */
    }
    if (sema_result_level(s))
        params[n++] = cg.i32;                  /* the level of the master of the call */
    LLVMTypeRef ret = cg.void_t;
    if (s->kind == E_FUNCTION && s->result) {
        Type *r = type_full(s->result);
        if (r->kind == TY_ARRAY && !r->constrained)
            ret = cg.fat_t;
        else if (cg_result_on_ss(r))
            ret = cg.ptr;             /* a copy on the secondary stack */
        else if (r->kind == TY_ARRAY || r->kind == TY_RECORD)
            ret = cg_mem_type(r);     /* returned by value; LLVM demotes big ones to sret */
        else
            ret = cg_type(s->result);
    }
    return LLVMFunctionType(ret, params, n, 0);
}

/* Results whose size only the callee knows (a record sized by its
 * discriminants, a T'Class) come back as a copy on the secondary stack. */
bool cg_result_on_ss(Type *r)
{
    r = type_full(r);
    return r->is_classwide || (r->kind == TY_RECORD && cg_record_layout(r)->n_dynamic);
}

LLVMValueRef cg_internal_global(const char *name, LLVMTypeRef t)
{
    LLVMValueRef g = LLVMGetNamedGlobal(cg.mod, name);
    if (!g) {
        g = LLVMAddGlobal(cg.mod, t, name);
        LLVMSetInitializer(g, LLVMConstNull(t));
        LLVMSetLinkage(g, LLVMInternalLinkage);
    }
    return g;
}

LLVMValueRef cg_dynamic_alloca(LLVMValueRef size, const char *name)
{
    cg.dyn_allocas++;
    LLVMValueRef a = LLVMBuildArrayAlloca(cg.b, cg.i8, size, name);
    LLVMSetAlignment(a, 16);
    return a;
}

/* What the language guarantees of an in parameter of subtype T, told to
 * LLVM so that it can drop checks the callee would repeat: the range of a
 * scalar subtype with static bounds (checked by the caller, 6.4.1(11)),
 * and a not null access subtype's non-null value. */
static void param_facts(LLVMValueRef f, unsigned idx, Type *t)
{
    if (!t)
        return;
    if (t->kind == TY_ACCESS && (t->aflags & AF_NOT_NULL)) {
        unsigned k = LLVMGetEnumAttributeKindForName("nonnull", 7);
        LLVMAddAttributeAtIndex(f, idx, LLVMCreateEnumAttribute(cg.ctx, k, 0));
        return;
    }
    if (!type_is_discrete(t) || !t->static_bounds || t->base->kind == TY_MODULAR || t->lo > t->hi)
        return;
    unsigned bits = (unsigned)(t->base->bits ? t->base->bits : 32);
    if (bits < 2 || bits > 64)
        return;
    int64_t bmin = bits == 64 ? INT64_MIN : -((int64_t)1 << (bits - 1));
    int64_t bmax = bits == 64 ? INT64_MAX : ((int64_t)1 << (bits - 1)) - 1;
    if (t->lo < bmin || t->hi > bmax || (t->lo == bmin && t->hi == bmax))
        return;                                /* nothing to say, or the full range */
    uint64_t mask = bits == 64 ? ~(uint64_t)0 : (((uint64_t)1 << bits) - 1);
    uint64_t lo = (uint64_t)t->lo & mask, hi = ((uint64_t)t->hi + 1) & mask;
    unsigned k = LLVMGetEnumAttributeKindForName("range", 5);
    LLVMAddAttributeAtIndex(f, idx, LLVMCreateConstantRangeAttribute(cg.ctx, k, bits, &lo, &hi));
}

LLVMValueRef cg_function(Entity *s)
{
    if (s->cg)
        return s->cg;
    LLVMValueRef f = LLVMGetNamedFunction(cg.mod, s->ext_name);
    if (!f) {
        f = LLVMAddFunction(cg.mod, s->ext_name, cg_function_type(s));
        /* Boolean parameters and results are C bools: zero-extended i1 */
        unsigned zext = LLVMGetEnumAttributeKindForName("zeroext", 7);
        unsigned idx = nested(s) ? 2 : 1;
        for (int i = 0; i < s->params.len; i++) {
            Entity *p = s->params.data[i];
            Type *t = type_full(p->type);
            if (t && t->kind == TY_ARRAY && !t->constrained) {
                idx += 2;
                continue;
            }
            if (t && t->base->bits == 1 && !by_reference(p))
                LLVMAddAttributeAtIndex(f, idx, LLVMCreateEnumAttribute(cg.ctx, zext, 0));
            else if (!s->imported && p->mode == MODE_IN && !by_reference(p))
                param_facts(f, idx, t);
            idx++;
            if (sema_passes_level(s, p))
                idx++;                         /* its level */
        }
        if (s->result && type_full(s->result)->base->bits == 1 && type_is_scalar(type_full(s->result)))
            LLVMAddAttributeAtIndex(f, LLVMAttributeReturnIndex, LLVMCreateEnumAttribute(cg.ctx, zext, 0));
        if (s->depth > 0 && !s->imported)
            LLVMSetLinkage(f, LLVMInternalLinkage);
    }
    s->cg = f;
    return f;
}

/* ---- tagged types: tags and dispatch tables (3.9, 3.9.2) ---------------------------- */

unsigned cg_field(Type *rec, int i)
{
    return (unsigned)cg_record_layout(rec)->field[i];
}

/* A tag is the address of the type's dispatch table:
 *   { ptr parent's tag, ptr expanded name, i64 object size,
 *     i32 accessibility level, [N x { ptr body, ptr static link }] } */
LLVMTypeRef cg_tag_type(int n)
{
    LLVMTypeRef f[5] = {cg.ptr, cg.ptr, cg.i64, cg.i32, LLVMArrayType2(cg.fat_t, (uint64_t)n)};
    return LLVMStructTypeInContext(cg.ctx, f, 5, 0);
}

LLVMTypeRef cg_dispatch_type(Entity *s)
{
    LLVMTypeRef ft = cg_function_type(s);
    if (s->depth > 0 && !s->imported)
        return ft;                           /* already takes a static link */
    unsigned n = LLVMCountParamTypes(ft);
    LLVMTypeRef *p = arena_alloc(sizeof(LLVMTypeRef) * (n + 1));
    p[0] = cg.ptr;
    LLVMGetParamTypes(ft, p + 1);
    return LLVMFunctionType(LLVMGetReturnType(ft), p, n + 1, 0);
}

/* The entry of a dispatch table for S: S itself if it takes a static link,
 * else a thunk that drops the link argument. */
static LLVMValueRef dispatch_entry(Entity *s)
{
    if (s->inherited_from)
        s = s->inherited_from;
    if (s->depth > 0 && !s->imported)
        return cg_function(s);
    const char *name = arena_printf("%s__dispatch", s->ext_name);
    LLVMValueRef th = LLVMGetNamedFunction(cg.mod, name);
    if (th)
        return th;
    LLVMTypeRef dt = cg_dispatch_type(s);
    th = LLVMAddFunction(cg.mod, name, dt);
    LLVMSetLinkage(th, LLVMInternalLinkage);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg.ctx);
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(cg.ctx, th, "entry"));
    unsigned n = LLVMCountParams(th);
    LLVMValueRef *args = arena_alloc(sizeof(LLVMValueRef) * n);
    for (unsigned i = 1; i < n; i++)
        args[i - 1] = LLVMGetParam(th, i);
    LLVMTypeRef ft = cg_function_type(s);
    LLVMValueRef r = LLVMBuildCall2(b, ft, cg_function(s), args, n - 1, "");
    if (LLVMGetReturnType(ft) == cg.void_t)
        LLVMBuildRetVoid(b);
    else
        LLVMBuildRet(b, r);
    LLVMDisposeBuilder(b);
    return th;
}

/* The size of the objects of tagged type T for its tag: a constant, or,
 * when its discriminants size it, an odd value: the address of a function
 * (object) -> size, plus one (sizes are even: a tag is a pointer). */
static LLVMValueRef tag_size(Type *t)
{
    if (!cg_record_layout(t)->n_dynamic)
        return LLVMConstInt(cg.i64, cg_size(t), 0);
    LLVMTypeRef pt[1] = {cg.ptr};
    LLVMValueRef f = LLVMAddFunction(cg.mod, arena_printf("%s.size", t->ent ? t->ent->spelling : "record"),
                                     LLVMFunctionType(cg.i64, pt, 1, 0));
    LLVMSetLinkage(f, LLVMInternalLinkage);
    LLVMBasicBlockRef saved_bb = LLVMGetInsertBlock(cg.b);
    LLVMMetadataRef saved_loc = LLVMGetCurrentDebugLocation2(cg.b);
    Cg saved = cg;
    cg.fn = f;
    cg_fresh_stacks();
    cg.frame = NULL;
    cg.static_link = NULL;
    cg.volatile_locals = false;
    cg.di_scope = NULL;
    LLVMSetCurrentDebugLocation2(cg.b, NULL);
    LLVMPositionBuilderAtEnd(cg.b, LLVMAppendBasicBlockInContext(cg.ctx, f, "entry"));
    LLVMBuildRet(cg.b, cg_record_size_at(t, LLVMGetParam(f, 0)));
    cg = saved;
    if (saved_bb)
        LLVMPositionBuilderAtEnd(cg.b, saved_bb);
    LLVMSetCurrentDebugLocation2(cg.b, saved_loc);
    return LLVMConstAdd(LLVMConstPtrToInt(f, cg.i64), LLVMConstInt(cg.i64, 1, 0));
}

LLVMValueRef cg_classwide_size(LLVMValueRef addr)
{
    LLVMValueRef tag = LLVMBuildLoad2(cg.b, cg.ptr, addr, "tag");
    LLVMValueRef s = LLVMBuildLoad2(cg.b, cg.i64, LLVMBuildStructGEP2(cg.b, cg_tag_type(0), tag, 2, ""), "tag.size");
    LLVMValueRef odd = LLVMBuildTrunc(cg.b, s, cg.i1, "sized.by.discriminants");
    LLVMBasicBlockRef here = LLVMGetInsertBlock(cg.b), call = cg_block("size.call"), done = cg_block("size.done");
    LLVMBuildCondBr(cg.b, odd, call, done);
    LLVMPositionBuilderAtEnd(cg.b, call);
    LLVMTypeRef pt[1] = {cg.ptr};
    LLVMTypeRef ft = LLVMFunctionType(cg.i64, pt, 1, 0);
    LLVMValueRef fn = LLVMBuildIntToPtr(cg.b, LLVMBuildSub(cg.b, s, LLVMConstInt(cg.i64, 1, 0), ""), cg.ptr, "size.fn");
    LLVMValueRef dyn = LLVMBuildCall2(cg.b, ft, fn, &addr, 1, "dynamic.size");
    LLVMBasicBlockRef call_end = LLVMGetInsertBlock(cg.b);
    LLVMBuildBr(cg.b, done);
    LLVMPositionBuilderAtEnd(cg.b, done);
    return cg_phi2(cg.i64, s, here, dyn, call_end, "size");
}

LLVMValueRef cg_tag(Type *t)
{
    t = type_full(t);
    if (t->is_classwide)
        t = type_full(t->specific);
    t = t->base;
    const char *tname = t->ent ? t->ent->spelling : "anon";
    const char *scope = t->ent && t->ent->scope && t->ent->scope->ext_name ? t->ent->scope->ext_name : "";
    const char *gname = arena_printf("%s__%s__tag", scope, tname);
    for (char *p = (char *)gname; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p + 32);
    LLVMValueRef g = LLVMGetNamedGlobal(cg.mod, gname);
    if (g)
        return g;
    int n = t->prims.len;
    LLVMTypeRef tt = cg_tag_type(n);
    g = LLVMAddGlobal(cg.mod, tt, gname);
    LLVMValueRef *slots = arena_alloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
    bool nested = false;
    for (int i = 0; i < n; i++) {
        Entity *p = t->prims.data[i];
        Entity *body = p->inherited_from ? p->inherited_from : p;
        if (body->is_abstract) {             /* no body: a call through this slot is impossible */
            slots[i] = LLVMConstNull(cg.fat_t);
            continue;
        }
        nested |= body->depth > 0 && !body->imported;
        LLVMValueRef pair[2] = {dispatch_entry(p), LLVMConstNull(cg.ptr)};
        slots[i] = LLVMConstNamedStruct(cg.fat_t, pair, 2);
    }
    const char *ename = type_name(t);
    char *up = arena_strdup(ename);
    for (char *p = up; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 32);
    LLVMValueRef str = LLVMConstStringInContext(cg.ctx, up, (unsigned)strlen(up), 0);
    LLVMValueRef sg = LLVMAddGlobal(cg.mod, LLVMTypeOf(str), arena_printf("%s.name", gname));
    LLVMSetInitializer(sg, str);
    LLVMSetGlobalConstant(sg, 1);
    LLVMSetLinkage(sg, LLVMPrivateLinkage);
    LLVMValueRef fields[5] = {
        t->parent ? cg_tag(t->parent) : LLVMConstNull(cg.ptr), sg,
        tag_size(t), LLVMConstInt(cg.i32, (unsigned)t->level, 0),
        LLVMConstArray2(cg.fat_t, slots, (uint64_t)n)};
    LLVMSetInitializer(g, LLVMConstStructInContext(cg.ctx, fields, 5, 0));
    /* a table with nested bodies gets their static links when the type is
     * elaborated (cg_elaborate_tag); the others are constants */
    LLVMSetGlobalConstant(g, !nested);
    LLVMSetLinkage(g, nested ? LLVMInternalLinkage : LLVMLinkOnceODRLinkage);
    return g;
}

void cg_elaborate_tag(Type *t)
{
    t = type_full(t);
    if (!t->tagged || t->is_classwide)
        return;
    LLVMValueRef g = cg_tag(t);
    LLVMTypeRef tt = cg_tag_type(t->prims.len);
    for (int i = 0; i < t->prims.len; i++) {
        Entity *p = t->prims.data[i];
        Entity *body = p->inherited_from ? p->inherited_from : p;
        if (body->depth == 0 || body->imported || body->is_abstract)
            continue;
        LLVMValueRef idx[4] = {LLVMConstInt(cg.i32, 0, 0), LLVMConstInt(cg.i32, 4, 0),
                               LLVMConstInt(cg.i32, (unsigned)i, 0), LLVMConstInt(cg.i32, 1, 0)};
        LLVMValueRef link = LLVMBuildGEP2(cg.b, tt, g, idx, 4, "tag.link");
        LLVMBuildStore(cg.b, frame_at_depth(body->depth), link);
    }
}

/* ---- the program --------------------------------------------------------------------- */

static void init_types(void)
{
    cg.i1 = LLVMInt1TypeInContext(cg.ctx);
    cg.i8 = LLVMInt8TypeInContext(cg.ctx);
    cg.i16 = LLVMInt16TypeInContext(cg.ctx);
    cg.i32 = LLVMInt32TypeInContext(cg.ctx);
    cg.i64 = LLVMInt64TypeInContext(cg.ctx);
    cg.ptr = LLVMPointerTypeInContext(cg.ctx, 0);
    cg.void_t = LLVMVoidTypeInContext(cg.ctx);
    LLVMTypeRef b[2] = {cg.i32, cg.i32};
    cg.bounds_t = LLVMStructTypeInContext(cg.ctx, b, 2, 0);
    LLVMTypeRef f[2] = {cg.ptr, cg.ptr};
    cg.fat_t = LLVMStructTypeInContext(cg.ctx, f, 2, 0);
}

/* main(): initialise the runtime, elaborate the library units in order,
 * call the main subprogram, finish. */
static void gen_main(Program *prog, Vec *elab_fns)
{
    LLVMTypeRef params[2] = {cg.i32, cg.ptr};
    LLVMValueRef m = LLVMAddFunction(cg.mod, "main", LLVMFunctionType(cg.i32, params, 2, 0));
    cg.fn = m;
    cg.subp = NULL;
    cg_di_function(m, NULL, (Loc){0});
    LLVMPositionBuilderAtEnd(cg.b, cg_block("entry"));
    LLVMValueRef args[2] = {LLVMGetParam(m, 0), LLVMGetParam(m, 1)};
    if (cg.opts->pool > ADART_POOL_INSTALLED) {
        /* -fpool=counting|debug: that pool under every access type */
        LLVMValueRef kind = LLVMConstInt(cg.i32, (unsigned)cg.opts->pool, 0);
        cg_call_rt("__adac_pool_select", &kind, 1);
    }
    cg_call_rt("__adac_init", args, 2);
    for (int i = 0; i < elab_fns->len; i++) {
        LLVMValueRef f = elab_fns->data[i];
        LLVMBuildCall2(cg.b, LLVMGlobalGetValueType(f), f, NULL, 0, "");
    }
    LLVMValueRef mf = cg_function(prog->main);
    LLVMBuildCall2(cg.b, cg_function_type(prog->main), mf, NULL, 0, "");
    cg_finalize_library();     /* library-level objects and collections (7.6.1(11/5)) */
    LLVMValueRef rc = cg_call_rt("__adac_finish", NULL, 0);
    LLVMBuildRet(cg.b, rc);
}

Vec cg_elab_fns;

bool codegen_program(Program *prog, const CgOptions *opts, CgOutput out, const char *path)
{
    memset(&cg, 0, sizeof cg);
    cg.opts = opts;
    cg.ctx = LLVMContextCreate();
    const char *mname = opts->source_name ? opts->source_name : "adac";
    cg.mod = LLVMModuleCreateWithNameInContext(mname, cg.ctx);
    LLVMSetSourceFileName(cg.mod, mname, strlen(mname));
    cg.b = LLVMCreateBuilderInContext(cg.ctx);

    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    char *triple = LLVMGetDefaultTargetTriple();
    LLVMTargetRef target;
    char *err = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &err)) {
        fprintf(stderr, "adac: error: %s\n", err);
        return false;
    }
    LLVMCodeGenOptLevel ol = opts->opt_level == 0 ? LLVMCodeGenLevelNone
                           : opts->opt_level == 1 ? LLVMCodeGenLevelLess
                           : opts->opt_level == 2 ? LLVMCodeGenLevelDefault : LLVMCodeGenLevelAggressive;
    LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, "generic", "", ol, LLVMRelocPIC, LLVMCodeModelDefault);
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
    cg.td = td;
    LLVMSetModuleDataLayout(cg.mod, td);
    LLVMSetTarget(cg.mod, triple);
    init_types();
    di_files = NULL;
    n_di_files = 0;
    if (opts->debug_info) {
        cg.dib = LLVMCreateDIBuilder(cg.mod);
        const char *producer = "adac " PACKAGE_VERSION;
        /* DW_LANG_Ada95, as GNAT writes for every Ada version: gdb 13 does
         * not know DW_LANG_Ada2012 and would debug the unit as "minimal"
         * (C-like: no P.all, no Ada names in bt) */
        cg.di_cu = LLVMDIBuilderCreateCompileUnit(cg.dib, LLVMDWARFSourceLanguageAda95, di_file(1), producer,
                                                  strlen(producer), opts->opt_level > 0, "", 0, 0, "", 0,
                                                  LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0);
        LLVMAddModuleFlag(cg.mod, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18,
                          LLVMValueAsMetadata(LLVMConstInt(cg.i32, LLVMDebugMetadataVersion(), 0)));
        LLVMAddModuleFlag(cg.mod, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13,
                          LLVMValueAsMetadata(LLVMConstInt(cg.i32, 4, 0)));
    }

    cg_elab_fns = (Vec){0};
    cg_find_elab_flags(&prog->own_units);
    for (int i = 0; i < prog->own_units.len; i++) {
        cg_set_unit(i);
        cg_unit(prog->own_units.data[i]);
    }
    if (prog->main && (out == CG_OBJECT || out == CG_LLVM_IR || out == CG_BITCODE || out == CG_ASSEMBLY))
        gen_main(prog, &cg_elab_fns);

    if (cg.dib) {
        cg_di_finish();
        LLVMDIBuilderFinalize(cg.dib);
    }
    if (LLVMVerifyModule(cg.mod, LLVMReturnStatusAction, &err)) {
        fprintf(stderr, "adac: internal error: the generated module is invalid:\n%s\n", err);
        if (getenv("ADAC_DUMP_BAD_IR"))
            LLVMDumpModule(cg.mod);
        LLVMDisposeMessage(err);
        return false;
    }
    LLVMDisposeMessage(err);
    err = NULL;

    if (opts->dump_ir == 1)
        goto write;                   /* --dump-ir: the module as generated */

    /* -fsanitize=address: LLVM's AddressSanitizer, as clang runs it: the
     * functions to instrument carry sanitize_address, and the asan module
     * pass runs last, after the optimisation pipeline (at -O0 alone).  It
     * instruments loads, stores, stack objects and globals and adds the
     * module constructor that calls __asan_init; the driver links the
     * sanitizer runtime and libadart-asan.a. */
    if (opts->sanitize_address) {
        unsigned kind = LLVMGetEnumAttributeKindForName("sanitize_address", 16);
        LLVMAttributeRef attr = LLVMCreateEnumAttribute(cg.ctx, kind, 0);
        for (LLVMValueRef f = LLVMGetFirstFunction(cg.mod); f; f = LLVMGetNextFunction(f))
            if (!LLVMIsDeclaration(f))
                LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, attr);
    }
    if (opts->opt_level > 0 || opts->sanitize_address) {
        LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
        char passes[32];
        if (opts->opt_level == 0)
            snprintf(passes, sizeof passes, "asan");
        else
            snprintf(passes, sizeof passes, "default<O%d>%s", opts->opt_level,
                     opts->sanitize_address ? ",asan" : "");
        LLVMErrorRef e = LLVMRunPasses(cg.mod, passes, tm, po);
        if (e) {
            char *msg = LLVMGetErrorMessage(e);
            fprintf(stderr, "adac: internal error in the optimiser: %s\n", msg);
            LLVMDisposeErrorMessage(msg);
            LLVMDisposePassBuilderOptions(po);
            LLVMDisposeTargetData(td);
            LLVMDisposeTargetMachine(tm);
            LLVMDisposeMessage(triple);
            return false;
        }
        LLVMDisposePassBuilderOptions(po);
    }

write:;
    bool ok = true;
    switch (out) {
    case CG_LLVM_IR:
        if (!strcmp(path, "-")) {
            char *s = LLVMPrintModuleToString(cg.mod);
            fputs(s, stdout);
            LLVMDisposeMessage(s);
        } else if (LLVMPrintModuleToFile(cg.mod, path, &err)) {
            fprintf(stderr, "adac: error: cannot write %s: %s\n", path, err);
            ok = false;
        }
        break;
    case CG_BITCODE:
        if (LLVMWriteBitcodeToFile(cg.mod, path)) {
            fprintf(stderr, "adac: error: cannot write %s\n", path);
            ok = false;
        }
        break;
    case CG_ASSEMBLY:
    case CG_OBJECT:
        if (LLVMTargetMachineEmitToFile(tm, cg.mod, path, out == CG_OBJECT ? LLVMObjectFile : LLVMAssemblyFile, &err)) {
            fprintf(stderr, "adac: error: cannot write %s: %s\n", path, err);
            ok = false;
        }
        break;
    }
    /* The target machine and its data layout are the compilation's own
     * (the module, context and builder stay with cg until the process
     * ends); the machine's objects point to each other, so leaving it
     * would leak them (LeakSanitizer, make check-asan). */
    LLVMDisposeMessage(err);
    LLVMDisposeTargetData(td);
    LLVMDisposeTargetMachine(tm);
    LLVMDisposeMessage(triple);
    return ok;
}
