/*
 * cg_debug.c: DWARF descriptions of objects and types (-g).
 *
 * codegen.c makes the compile unit, the subprograms and the line table;
 * this file describes what gdb needs to print values: each local object
 * and parameter (a DILocalVariable with a declare record on its storage),
 * each library-level object (a DIGlobalVariableExpression), and their
 * types: scalar types as base types (Boolean and the other enumeration
 * types as enumeration types), records as structures laid out as
 * cg_record_layout lays them out, constrained arrays with their bounds,
 * access types as pointers.  What is not described yet (arrays with
 * dynamic bounds, components placed after a record's fixed part) gets an
 * array of unknown length or is left out, never a wrong layout.
 *
 * Names are lower case, as GNAT writes them: gdb's Ada mode looks names
 * up in lower case.
 *
 * Nothing here changes what the code computes: the only instructions it
 * adds are, for an object reached through a pointer (a parameter passed
 * by reference, an object on the secondary stack), a stack slot keeping
 * that pointer for the debugger.
 */
#include "cg.h"

#include <ctype.h>
#include <string.h>

/* Types described so far, by Type*: an open-addressing table. */
typedef struct DiSlot {
    Type *t;
    LLVMMetadataRef md;        /* NULL while being described */
    bool busy;                 /* being described (cycles through access types) */
} DiSlot;

static DiSlot *di_tab;
static size_t di_cap, di_len;
static LLVMDIBuilderRef di_owner;  /* the builder the table was made for */

static size_t di_hash(Type *t, size_t cap)
{
    uintptr_t h = (uintptr_t)t;
    h ^= h >> 17;
    h *= 0x9e3779b97f4a7c15ull;
    return (size_t)(h >> 7) & (cap - 1);
}

static DiSlot *di_slot(Type *t)
{
    if (di_owner != cg.dib) {
        di_owner = cg.dib;
        di_tab = NULL;
        di_cap = di_len = 0;
    }
    if ((di_len + 1) * 2 > di_cap) {
        size_t ncap = di_cap ? di_cap * 2 : 256;
        DiSlot *n = arena_alloc(sizeof *n * ncap);
        memset(n, 0, sizeof *n * ncap);
        for (size_t i = 0; i < di_cap; i++)
            if (di_tab[i].t) {
                size_t j = di_hash(di_tab[i].t, ncap);
                while (n[j].t)
                    j = (j + 1) & (ncap - 1);
                n[j] = di_tab[i];
            }
        di_tab = n;
        di_cap = ncap;
    }
    size_t j = di_hash(t, di_cap);
    while (di_tab[j].t && di_tab[j].t != t)
        j = (j + 1) & (di_cap - 1);
    if (!di_tab[j].t) {
        di_tab[j].t = t;
        di_len++;
    }
    return &di_tab[j];
}

static const char *lower(const char *s)
{
    if (!s)
        return "";
    char *r = arena_strndup(s, strlen(s));
    for (char *p = r; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return r;
}

/* The name of type T for the debugger: its declared name in lower case,
 * or NULL for an anonymous type. */
static const char *di_type_name(Type *t)
{
    if (t->ent && t->ent->spelling)
        return lower(t->ent->spelling);
    if (t->name)
        return lower(t->name);
    return NULL;
}

/* The DIFile of LOC's source. */
static LLVMMetadataRef di_file_of(Loc loc)
{
    return cg_di_file(loc.file);
}

static LLVMMetadataRef unspecified(Type *t)
{
    const char *n = t ? di_type_name(t) : NULL;
    if (!n)
        n = "<unknown>";
    return LLVMDIBuilderCreateUnspecifiedType(cg.dib, n, strlen(n));
}

static LLVMMetadataRef basic(const char *name, uint64_t bits, unsigned enc)
{
    if (!name)
        name = enc == 4 ? "float" : enc == 7 ? "unsigned" : "integer";
    return LLVMDIBuilderCreateBasicType(cg.dib, name, strlen(name), bits, (LLVMDWARFTypeEncoding)enc, LLVMDIFlagZero);
}

static LLVMMetadataRef describe(Type *t);

static LLVMMetadataRef describe_enum(Type *t, const char *name, uint64_t bits)
{
    Type *b = t->base ? t->base : t;
    if (t->is_character || b->is_character)
        return basic(name ? name : "character", bits, 8 /* DW_ATE_unsigned_char */);
    int n = b->lits.len;
    if (n == 0 && t->is_boolean)
        n = 2;
    LLVMMetadataRef *lits = arena_alloc(sizeof(LLVMMetadataRef) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Entity *l = i < b->lits.len ? b->lits.data[i] : NULL;
        const char *ln = l && l->spelling ? lower(l->spelling) : (i ? "true" : "false");
        int64_t pos = l ? l->pos : i;
        lits[i] = LLVMDIBuilderCreateEnumerator(cg.dib, ln, strlen(ln), pos, 1);
    }
    Loc loc = t->ent ? t->ent->loc : (Loc){0};
    const char *nm = name ? name : "";
    return LLVMDIBuilderCreateEnumerationType(cg.dib, cg.di_cu, nm, strlen(nm), di_file_of(loc),
                                              (unsigned)(loc.line > 0 ? loc.line : 0), bits, 0, lits,
                                              (unsigned)n, NULL);
}

static LLVMMetadataRef describe_array(Type *t, const char *name)
{
    LLVMMetadataRef elem = describe(t->component);
    int n = t->indexes.len;
    if (n <= 0)
        return unspecified(t);
    LLVMMetadataRef *subs = arena_alloc(sizeof(LLVMMetadataRef) * (size_t)n);
    bool known = t->constrained;
    for (int i = 0; i < n; i++) {
        Type *ix = type_full(t->indexes.data[i]);
        if (known && ix && ix->static_bounds) {
            int64_t count = (int64_t)static_length(ix);
            subs[i] = LLVMDIBuilderGetOrCreateSubrange(cg.dib, ix->lo, count);
        } else {
            /* bounds known only at run time: an array of unknown length */
            int64_t lo = ix && ix->static_bounds ? ix->lo : 1;
            subs[i] = LLVMDIBuilderGetOrCreateSubrange(cg.dib, lo, -1);
            known = false;
        }
    }
    uint64_t bits = known ? cg_size(t) * 8 : 0;
    LLVMMetadataRef a = LLVMDIBuilderCreateArrayType(cg.dib, bits, known ? cg_align(t) * 8 : 0, elem, subs, (unsigned)n);
    if (name)
        a = LLVMDIBuilderCreateTypedef(cg.dib, a, name, strlen(name), di_file_of((Loc){0}), 0, cg.di_cu, 0);
    return a;
}

static LLVMMetadataRef describe_record(Type *t, DiSlot *slot)
{
    Type *rt = t->base ? t->base : t;
    RecLayout *l = cg_record_layout(rt);
    const char *name = di_type_name(rt);
    if (!name)
        name = "";
    Loc loc = rt->ent ? rt->ent->loc : (Loc){0};
    LLVMMetadataRef file = di_file_of(loc);
    unsigned line = (unsigned)(loc.line > 0 ? loc.line : 0);
    uint64_t bits = LLVMABISizeOfType(cg.td, l->st) * 8;
    uint32_t align = LLVMABIAlignmentOfType(cg.td, l->st) * 8;
    /* a stand-in while the components are described: they may designate
     * this record again (type Node is record Next : Node_Access; ...) */
    LLVMMetadataRef temp = LLVMDIBuilderCreateReplaceableCompositeType(
        cg.dib, 0x13 /* DW_TAG_structure_type */, name, strlen(name), cg.di_cu, file, line, 0, bits, align,
        LLVMDIFlagZero, "", 0);
    slot->md = temp;
    int nc = rt->components.len;
    LLVMMetadataRef *mem = arena_alloc(sizeof(LLVMMetadataRef) * (size_t)(nc + 2));
    unsigned k = 0;
    unsigned nfields = LLVMCountStructElementTypes(l->st);
    if (rt->tagged && nfields > 0) {
        LLVMMetadataRef tagt = LLVMDIBuilderCreatePointerType(cg.dib, unspecified(NULL), 64, 0, 0, "", 0);
        mem[k++] = LLVMDIBuilderCreateMemberType(cg.dib, temp, "_tag", 4, file, line, 64, 0, 0, LLVMDIFlagArtificial, tagt);
    }
    for (int i = 0; i < nc; i++) {
        Entity *c = rt->components.data[i];
        int f = l->field[i];
        if (f < 0 || (unsigned)f >= nfields || !c)
            continue;           /* after the fixed part: not described yet */
        LLVMTypeRef ft = LLVMStructGetTypeAtIndex(l->st, (unsigned)f);
        uint64_t off = LLVMOffsetOfElement(cg.td, l->st, (unsigned)f) * 8;
        uint64_t fbits = LLVMABISizeOfType(cg.td, ft) * 8;
        LLVMMetadataRef ct = describe(c->type);
        const char *cn = lower(c->spelling);
        mem[k++] = LLVMDIBuilderCreateMemberType(cg.dib, temp, cn, strlen(cn), di_file_of(c->loc),
                                                 (unsigned)(c->loc.line > 0 ? c->loc.line : 0), fbits, 0, off,
                                                 LLVMDIFlagZero, ct);
    }
    LLVMMetadataRef st = LLVMDIBuilderCreateStructType(cg.dib, cg.di_cu, name, strlen(name), file, line, bits, align,
                                                       LLVMDIFlagZero, NULL, mem, k, 0, NULL, "", 0);
    LLVMMetadataReplaceAllUsesWith(temp, st);
    return st;
}

/* The description of type T (cached per Type). */
static LLVMMetadataRef describe(Type *t)
{
    t = type_full(t);
    if (!t)
        return unspecified(NULL);
    if (t->is_classwide && t->specific)
        t = type_full(t->specific);
    if (t->kind == TY_RECORD && t->base && t->base != t)
        t = t->base;            /* a constrained record subtype: its type's layout */
    DiSlot *slot = di_slot(t);
    if (slot->md)
        return slot->md;
    if (slot->busy) {
        /* a cycle: through a record it ends at the record's stand-in;
         * any other is cut here */
        Type *d = t->kind == TY_ACCESS ? type_full(t->designated) : NULL;
        if (!d || d->kind != TY_RECORD)
            return unspecified(t);
    }
    slot->busy = true;
    LLVMMetadataRef md;
    const char *name = di_type_name(t);
    switch (t->kind) {
    case TY_SIGNED: case TY_UNIV_INT:
        md = basic(name, cg_size(t) * 8, 5 /* DW_ATE_signed */);
        break;
    case TY_MODULAR:
        md = basic(name, cg_size(t) * 8, 7 /* DW_ATE_unsigned */);
        break;
    case TY_FLOAT: case TY_UNIV_REAL:
        md = basic(name, cg_size(t) * 8, 4 /* DW_ATE_float */);
        break;
    case TY_ENUM:
        md = describe_enum(t, name, cg_size(t) * 8);
        break;
    case TY_ACCESS: {
        LLVMMetadataRef d = t->designated ? describe(t->designated) : unspecified(NULL);
        slot = di_slot(t);
        md = LLVMDIBuilderCreatePointerType(cg.dib, d, 64, 0, 0, name ? name : "", name ? strlen(name) : 0);
        break;
    }
    case TY_ARRAY:
        md = describe_array(t, name);
        slot = di_slot(t);
        break;
    case TY_RECORD:
        md = describe_record(t, slot);
        slot = di_slot(t);
        break;
    default:
        md = unspecified(t);
        break;
    }
    slot->md = md;
    slot->busy = false;
    return md;
}

LLVMMetadataRef cg_di_type(Type *t)
{
    if (!cg.dib)
        return NULL;
    return describe(t);
}

/* An unconstrained one-dimensional array T, reached through the address
 * of its data and of its bounds, as GNAT describes it and gdb's Ada mode
 * reads it: a "fat pointer" T___XUP { P_ARRAY, P_BOUNDS } whose bounds
 * are a T___XUB { LB0, UB0 }.  NULL if T is not such an array. */
static LLVMMetadataRef fat_pointer_type(Type *t)
{
    if (!t || t->kind != TY_ARRAY || t->constrained || t->indexes.len != 1)
        return NULL;
    Type *ix = type_full(t->indexes.data[0]);
    if (!ix || !type_is_discrete(ix))
        return NULL;
    const char *name = di_type_name(t->base ? t->base : t);
    if (!name)
        name = "array";
    LLVMMetadataRef file = di_file_of((Loc){0});
    uint64_t bbits = LLVMSizeOfTypeInBits(cg.td, cg_type(ix->base));
    LLVMMetadataRef bt = describe(ix->base);
    const char *xub = arena_printf("%s___XUB", name), *xup = arena_printf("%s___XUP", name);
    LLVMMetadataRef bm[2] = {
        LLVMDIBuilderCreateMemberType(cg.dib, NULL, "LB0", 3, file, 0, bbits, 0, 0, LLVMDIFlagZero, bt),
        LLVMDIBuilderCreateMemberType(cg.dib, NULL, "UB0", 3, file, 0, bbits, 0, bbits, LLVMDIFlagZero, bt),
    };
    LLVMMetadataRef bounds = LLVMDIBuilderCreateStructType(cg.dib, cg.di_cu, xub, strlen(xub), file, 0, 2 * bbits, 0,
                                                           LLVMDIFlagZero, NULL, bm, 2, 0, NULL, "", 0);
    LLVMMetadataRef sub = LLVMDIBuilderGetOrCreateSubrange(cg.dib, ix->static_bounds ? ix->lo : 1, -1);
    LLVMMetadataRef data = LLVMDIBuilderCreateArrayType(cg.dib, 0, 0, describe(t->component), &sub, 1);
    LLVMMetadataRef fm[2] = {
        LLVMDIBuilderCreateMemberType(cg.dib, NULL, "P_ARRAY", 7, file, 0, 64, 0, 0, LLVMDIFlagZero,
                                      LLVMDIBuilderCreatePointerType(cg.dib, data, 64, 0, 0, "", 0)),
        LLVMDIBuilderCreateMemberType(cg.dib, NULL, "P_BOUNDS", 8, file, 0, 64, 0, 64, LLVMDIFlagZero,
                                      LLVMDIBuilderCreatePointerType(cg.dib, bounds, 64, 0, 0, "", 0)),
    };
    return LLVMDIBuilderCreateStructType(cg.dib, cg.di_cu, xup, strlen(xup), file, 0, 128, 0, LLVMDIFlagZero, NULL,
                                         fm, 2, 0, NULL, "", 0);
}

/* Declare variable VAR at storage ADDR (EXPR: how to reach it from
 * there) at the end of the current block. */
static void di_declare(LLVMValueRef addr, LLVMMetadataRef var, LLVMMetadataRef expr, Loc loc)
{
    LLVMMetadataRef dl = LLVMDIBuilderCreateDebugLocation(cg.ctx, (unsigned)(loc.line > 0 ? loc.line : 0),
                                                          (unsigned)(loc.col > 0 ? loc.col : 0), cg.di_scope, NULL);
    LLVMBasicBlockRef bb = LLVMGetInsertBlock(cg.b);
    if (!bb)
        return;
    LLVMDIBuilderInsertDeclareRecordAtEnd(cg.dib, addr, var, expr, dl, bb);
}

void cg_di_object(Entity *e, LLVMValueRef addr)
{
    if (!cg.dib || !e || !addr || !e->spelling)
        return;
    unsigned argno = 0;
    if (e->kind == E_PARAM && cg.subp)
        for (int i = 0; i < cg.subp->params.len; i++)
            if (cg.subp->params.data[i] == e)
                argno = (unsigned)i + 1;
    Type *t = e->type;
    if (!t)
        return;
    const char *name = lower(e->spelling);
    LLVMMetadataRef ty = describe(t);
    Loc loc = e->loc;
    unsigned line = (unsigned)(loc.line > 0 ? loc.line : 0);
    if (LLVMIsAGlobalVariable(addr)) {
        /* a main's static object (cg_decl.c): a static of the main's
         * scope, as a C function's static variable */
        bool main_static = cg_obj(e)->is_static && cg.di_scope;
        if (e->depth != 0 && !main_static)
            return;
        const char *link = main_static ? "" : LLVMGetValueName(addr);   /* gdb: "pool", not the link name */
        LLVMMetadataRef ex = LLVMDIBuilderCreateExpression(cg.dib, NULL, 0);
        LLVMMetadataRef gve = LLVMDIBuilderCreateGlobalVariableExpression(
            cg.dib, main_static ? cg.di_scope : cg.di_cu, name, strlen(name), link, strlen(link), di_file_of(loc), line, ty,
            LLVMGetLinkage(addr) == LLVMInternalLinkage, ex, NULL, 0);
        LLVMGlobalSetMetadata(addr, LLVMGetMDKindIDInContext(cg.ctx, "dbg", 3), gve);
        return;
    }
    if (!cg.di_scope || !LLVMGetInsertBlock(cg.b))
        return;
    if (LLVMGetBasicBlockParent(LLVMGetInsertBlock(cg.b)) != cg.fn)
        return;
    LLVMMetadataRef file = di_file_of(loc);
    LLVMValueRef bounds = cg_obj(e)->bounds;
    LLVMMetadataRef fat = bounds && LLVMTypeOf(bounds) == cg.ptr && LLVMTypeOf(addr) == cg.ptr
                        ? fat_pointer_type(type_full(t)) : NULL;
    if (fat)
        ty = fat;
    LLVMMetadataRef var = argno
        ? LLVMDIBuilderCreateParameterVariable(cg.dib, cg.di_scope, name, strlen(name), argno, file, line, ty, 1,
                                               LLVMDIFlagZero)
        : LLVMDIBuilderCreateAutoVariable(cg.dib, cg.di_scope, name, strlen(name), file, line, ty, 1,
                                          LLVMDIFlagZero, 0);
    if (fat) {
        /* its data and bounds, side by side for the debugger */
        LLVMValueRef slot = cg_alloca(cg.fat_t, arena_printf("%s.dbg", e->spelling));
        LLVMBuildStore(cg.b, addr, LLVMBuildStructGEP2(cg.b, cg.fat_t, slot, 0, ""));
        LLVMBuildStore(cg.b, bounds, LLVMBuildStructGEP2(cg.b, cg.fat_t, slot, 1, ""));
        di_declare(slot, var, LLVMDIBuilderCreateExpression(cg.dib, NULL, 0), loc);
        return;
    }
    if (LLVMIsAAllocaInst(addr) && LLVMGetInstructionParent(addr)
        && LLVMGetBasicBlockParent(LLVMGetInstructionParent(addr)) == cg.fn) {
        di_declare(addr, var, LLVMDIBuilderCreateExpression(cg.dib, NULL, 0), loc);
        return;
    }
    if (LLVMIsConstant(addr) || LLVMTypeOf(addr) != cg.ptr)
        return;
    /* reached through a pointer: a slot keeps it, the variable is what it
     * points at */
    LLVMValueRef slot = cg_alloca(cg.ptr, arena_printf("%s.dbg", e->spelling));
    LLVMBuildStore(cg.b, addr, slot);
    uint64_t ops[1] = {0x06 /* DW_OP_deref */};
    di_declare(slot, var, LLVMDIBuilderCreateExpression(cg.dib, ops, 1), loc);
}

/* Before the builder is finalized: every call in a function with debug
 * information needs a location in that function's subprogram (the
 * verifier insists, for the inliner).  Code generated while the builder
 * had no current location, or the location of another function, gets a
 * location in its own function's subprogram (line 0: compiler-generated,
 * or the line it had).  Only debug metadata changes. */
void cg_di_finish(void)
{
    if (!cg.dib)
        return;
    for (LLVMValueRef f = LLVMGetFirstFunction(cg.mod); f; f = LLVMGetNextFunction(f)) {
        LLVMMetadataRef sp = LLVMGetSubprogram(f);
        if (!sp)
            continue;
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
            for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
                LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(i);
                if (loc && LLVMDILocationGetScope(loc) == sp)
                    continue;
                if (!loc && !LLVMIsACallInst(i))
                    continue;
                unsigned line = loc ? LLVMDILocationGetLine(loc) : 0, col = loc ? LLVMDILocationGetColumn(loc) : 0;
                LLVMInstructionSetDebugLoc(i, LLVMDIBuilderCreateDebugLocation(cg.ctx, line, col, sp, NULL));
            }
    }
}
