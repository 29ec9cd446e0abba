/*
 * cg_expr.c: expressions, the run-time checks of RM 11.5, calls and
 * allocators (RM 4.8).
 *
 * Each check is a comparison and a conditional branch to a cold block that
 * calls the runtime's __adac_rcheck_* routine with the source position; the
 * normal path falls through.  Checks that sema proved unnecessary were not
 * requested (Node.checks), and a check whose condition folds to false
 * disappears with the folding.
 *
 * Scalars are LLVM integers of their base type's size in registers; a
 * Boolean is an i1 in registers and an i8 in memory.  Composite values are
 * handled by address.
 */
#include "cg.h"
#include "adart.h"

#include <float.h>
#include <stdlib.h>
#include <string.h>

/* ---- scalars in memory ------------------------------------------------------ */

static LLVMValueRef load_scalar(Type *t, LLVMValueRef addr, const char *name)
{
    Type *ft = type_full(t);
    if (ft->kind == TY_ENUM && ft->base->bits == 1) {
        LLVMValueRef b = cg_load(cg.i8, addr, name);
        return LLVMBuildTrunc(cg.b, b, cg.i1, "");
    }
    return cg_load(cg_type(t), addr, name);
}

static void store_scalar(LLVMValueRef v, LLVMValueRef addr)
{
    if (LLVMTypeOf(v) == cg.i1)
        v = LLVMBuildZExt(cg.b, v, cg.i8, "");
    cg_store(v, addr);
}

/* ---- checks ------------------------------------------------------------------- */

void cg_check_fail(const char *check, Loc loc, LLVMValueRef fail)
{
    if (LLVMIsConstant(fail) && LLVMConstIntGetZExtValue(fail) == 0)
        return;
    LLVMBasicBlockRef bad = cg_block(arena_printf("%s.fail", check));
    LLVMBasicBlockRef ok = cg_block(arena_printf("%s.ok", check));
    LLVMValueRef br = LLVMBuildCondBr(cg.b, fail, bad, ok);
    /* checks fail rarely: tell the optimiser (branch weights) */
    LLVMMetadataRef w[3] = {LLVMMDStringInContext2(cg.ctx, "branch_weights", 14),
                         LLVMValueAsMetadata(LLVMConstInt(cg.i32, 1, 0)),
                         LLVMValueAsMetadata(LLVMConstInt(cg.i32, 1048575, 0))};
    LLVMSetMetadata(br, LLVMGetMDKindIDInContext(cg.ctx, "prof", 4),
                    LLVMMetadataAsValue(cg.ctx, LLVMMDNodeInContext2(cg.ctx, w, 3)));
    LLVMPositionBuilderAtEnd(cg.b, bad);
    static const struct { const char *check, *fn; } fns[] = {
        {"overflow", "__adac_rcheck_CE_Overflow_Check"},
        {"access", "__adac_rcheck_CE_Access_Check"},
        {"index", "__adac_rcheck_CE_Index_Check"},
        {"length", "__adac_rcheck_CE_Length_Check"},
        {"divide", "__adac_rcheck_CE_Divide_By_Zero"},
        {"null_exclusion", "__adac_rcheck_CE_Null_Exclusion"},
        {"discriminant", "__adac_rcheck_CE_Discriminant_Check"},
        {"accessibility", "__adac_rcheck_PE_Accessibility_Check"},
        {"elaboration", "__adac_rcheck_PE_Access_Before_Elaboration"},
        {"tag", "__adac_rcheck_CE_Tag_Check"},
        {"foreign_subpool", "__adac_rcheck_PE_Foreign_Subpool"},
        {"subpool_pool", "__adac_rcheck_PE_Subpool_Pool"},
        {"free_zero_storage_size", "__adac_rcheck_PE_Free_Zero_Storage_Size"},
        {"finalize_raised", "__adac_rcheck_PE_Finalize_Raised"},
        {"null_subpool", "__adac_rcheck_CE_Null_Subpool"},
        {"collection_finalized", "__adac_rcheck_PE_Collection_Finalized"},
    };
    const char *fn = "__adac_rcheck_CE_Range_Check";        /* "range" */
    for (size_t k = 0; k < sizeof fns / sizeof fns[0]; k++)
        if (!strcmp(check, fns[k].check))
            fn = fns[k].fn;
    LLVMValueRef args[2] = {cg_file_name(loc.file), LLVMConstInt(cg.i32, (unsigned)loc.line, 0)};
    cg_call_rt(fn, args, 2);
    LLVMBuildUnreachable(cg.b);
    LLVMPositionBuilderAtEnd(cg.b, ok);
}

static bool is_unsigned(Type *t)
{
    t = type_full(t);
    return t->base->kind == TY_MODULAR || (t->base->kind == TY_ENUM);
}

void cg_bounds_of(Type *t, int dim, LLVMValueRef *lo, LLVMValueRef *hi)
{
    t = type_full(t);
    if (t->kind == TY_ARRAY)
        t = t->indexes.data[dim];
    t = type_full(t);
    LLVMTypeRef lt = cg_type(t->base);
    if (t->kind == TY_FLOAT && !t->lo_expr) {
        /* no range constraint: the largest finite values (3.5.7(9)) */
        double m = t->base->bits == 32 ? FLT_MAX : DBL_MAX;
        *lo = LLVMConstReal(lt, -m);
        *hi = LLVMConstReal(lt, m);
        return;
    }
    if (t->static_bounds) {
        *lo = LLVMConstInt(lt, (unsigned long long)t->lo, 1);
        *hi = LLVMConstInt(lt, (unsigned long long)t->hi, 1);
        return;
    }
    if (t->lo_expr && type_depends_on_discriminant(t)) {
        /* bounds that name discriminants: of the record at hand */
        *lo = cg_convert_scalar(cg_scalar(t->lo_expr), t->lo_expr->ty, t->base);
        *hi = cg_convert_scalar(cg_scalar(t->hi_expr), t->hi_expr->ty, t->base);
        return;
    }
    if ((!t->cg || !((CgBounds *)t->cg)->lo) && t->lo_expr)
        cg_elaborate_subtype(t);
    CgBounds *b = t->cg;
    if (b && b->lo) {
        if (!b->fn || b->fn == cg.fn) {
            *lo = cg_load(lt, b->lo, "lo");
            *hi = cg_load(lt, b->hi, "hi");
        } else {
            /* declared in an enclosing subprogram: through its frame */
            LLVMValueRef f = frame_at_depth(b->depth);
            LLVMValueRef i1[1] = {LLVMConstInt(cg.i32, (unsigned)b->slot_lo, 0)};
            LLVMValueRef i2[1] = {LLVMConstInt(cg.i32, (unsigned)b->slot_hi, 0)};
            LLVMValueRef pl = LLVMBuildLoad2(cg.b, cg.ptr, LLVMBuildGEP2(cg.b, cg.ptr, f, i1, 1, ""), "lo.up");
            LLVMValueRef ph = LLVMBuildLoad2(cg.b, cg.ptr, LLVMBuildGEP2(cg.b, cg.ptr, f, i2, 1, ""), "hi.up");
            *lo = LLVMBuildLoad2(cg.b, lt, pl, "lo");
            *hi = LLVMBuildLoad2(cg.b, lt, ph, "hi");
        }
        return;
    }
    *lo = LLVMConstInt(lt, 0, 0);
    *hi = LLVMConstInt(lt, 0, 0);
}

/* Widen or narrow integer V of type FROM to type TO (no check). */
LLVMValueRef cg_convert_scalar(LLVMValueRef v, Type *from, Type *to)
{
    LLVMTypeRef tt = cg_type(to);
    LLVMTypeRef ft = LLVMTypeOf(v);
    if (ft == tt)
        return v;
    LLVMTypeKind fk = LLVMGetTypeKind(ft), tk = LLVMGetTypeKind(tt);
    if (fk == LLVMIntegerTypeKind && tk == LLVMIntegerTypeKind) {
        unsigned fb = LLVMGetIntTypeWidth(ft), tb = LLVMGetIntTypeWidth(tt);
        if (fb > tb)
            return LLVMBuildTrunc(cg.b, v, tt, "");
        return is_unsigned(from) || fb == 1 ? LLVMBuildZExt(cg.b, v, tt, "") : LLVMBuildSExt(cg.b, v, tt, "");
    }
    if (fk == LLVMIntegerTypeKind)
        return is_unsigned(from) ? LLVMBuildUIToFP(cg.b, v, tt, "") : LLVMBuildSIToFP(cg.b, v, tt, "");
    if (tk == LLVMIntegerTypeKind) {
        /* 4.6(33): rounding to the nearest integer, away from zero */
        LLVMTypeRef rt = ft;
        LLVMValueRef half = LLVMConstReal(rt, 0.5);
        LLVMValueRef neg = LLVMBuildFCmp(cg.b, LLVMRealOLT, v, LLVMConstReal(rt, 0.0), "");
        LLVMValueRef adj = LLVMBuildSelect(cg.b, neg, LLVMBuildFSub(cg.b, v, half, ""), LLVMBuildFAdd(cg.b, v, half, ""), "");
        return LLVMBuildFPToSI(cg.b, adj, tt, "");
    }
    if (LLVMABISizeOfType(cg.td, ft) > LLVMABISizeOfType(cg.td, tt))
        return LLVMBuildFPTrunc(cg.b, v, tt, "");
    return LLVMBuildFPExt(cg.b, v, tt, "");
}

/* V, of type FROM, must lie in the range of subtype TO.  Each side is
 * widened by its own type's signedness (Character's 255 is no -1). */
void cg_range_check(LLVMValueRef v, Type *from, Type *to, Loc loc)
{
    to = type_full(to);
    if (to->kind == TY_FLOAT && to->lo_expr) {
        /* a range constraint of a floating point subtype (3.5.7(11)) */
        LLVMValueRef lo, hi;
        cg_bounds_of(to, 0, &lo, &hi);
        LLVMTypeRef ft = LLVMTypeOf(lo);
        if (LLVMGetTypeKind(LLVMTypeOf(v)) != LLVMGetTypeKind(ft))
            v = LLVMGetTypeKind(ft) == LLVMDoubleTypeKind ? LLVMBuildFPExt(cg.b, v, ft, "") : LLVMBuildFPTrunc(cg.b, v, ft, "");
        LLVMValueRef below = LLVMBuildFCmp(cg.b, LLVMRealOLT, v, lo, "below");
        LLVMValueRef above = LLVMBuildFCmp(cg.b, LLVMRealOGT, v, hi, "above");
        cg_check_fail("range", loc, LLVMBuildOr(cg.b, below, above, "out.of.range"));
        return;
    }
    if (!type_is_discrete(to) || to->kind == TY_UNIV_INT)
        return;
    LLVMValueRef lo, hi;
    cg_bounds_of(to, 0, &lo, &hi);
    bool vu = is_unsigned(from) || LLVMGetIntTypeWidth(LLVMTypeOf(v)) == 1;
    bool bu = is_unsigned(to);
    bool uns = vu && bu;
    LLVMTypeRef wt = cg.i64;
    unsigned vw = LLVMGetIntTypeWidth(LLVMTypeOf(v)), bw = LLVMGetIntTypeWidth(LLVMTypeOf(lo));
    if (uns || (vw == 64 && bw == 64 && vu == bu)) {
        wt = vw > bw ? LLVMTypeOf(v) : LLVMTypeOf(lo);
    } else if (vu != bu && (vw == 64 || bw == 64)) {
        /* a signed value against mod 2**64 bounds, or a mod 2**64 value
         * against signed bounds: compared exactly in 128 bits */
        wt = LLVMIntTypeInContext(cg.ctx, 128);
    }
    if (LLVMTypeOf(v) != wt)
        v = vu ? LLVMBuildZExt(cg.b, v, wt, "") : LLVMBuildSExt(cg.b, v, wt, "");
    if (LLVMTypeOf(lo) != wt) {
        lo = bu ? LLVMBuildZExt(cg.b, lo, wt, "") : LLVMBuildSExt(cg.b, lo, wt, "");
        hi = bu ? LLVMBuildZExt(cg.b, hi, wt, "") : LLVMBuildSExt(cg.b, hi, wt, "");
    }
    LLVMValueRef below = LLVMBuildICmp(cg.b, uns ? LLVMIntULT : LLVMIntSLT, v, lo, "below");
    LLVMValueRef above = LLVMBuildICmp(cg.b, uns ? LLVMIntUGT : LLVMIntSGT, v, hi, "above");
    cg_check_fail("range", loc, LLVMBuildOr(cg.b, below, above, "out.of.range"));
}

LLVMValueRef cg_intrinsic(const char *name, LLVMTypeRef t, LLVMTypeRef *ft)
{
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    LLVMValueRef f = LLVMGetIntrinsicDeclaration(cg.mod, id, &t, 1);
    *ft = LLVMGlobalGetValueType(f);
    return f;
}

/* An arithmetic operation with an overflow check. */
static LLVMValueRef checked_arith(const char *op, LLVMValueRef a, LLVMValueRef b, Loc loc, const char *name)
{
    LLVMTypeRef ft;
    LLVMValueRef f = cg_intrinsic(arena_printf("llvm.%s.with.overflow", op), LLVMTypeOf(a), &ft);
    LLVMValueRef args[2] = {a, b};
    LLVMValueRef r = LLVMBuildCall2(cg.b, ft, f, args, 2, "");
    cg_check_fail("overflow", loc, LLVMBuildExtractValue(cg.b, r, 1, "overflow"));
    return LLVMBuildExtractValue(cg.b, r, 0, name);
}

/* ---- arrays ---------------------------------------------------------------------- */

/* Bounds of array value V of type T, dimension DIM. */
/* Bounds of arrays in memory: one {first, last} pair per dimension, each
 * of its index's base type, one after another.  The byte offset of the
 * pair of dimension DIM of array type T, and the size of all of them
 * (rounded up to 8: the data follows a header in allocated arrays). */
static unsigned bounds_offset(Type *t, int dim)
{
    unsigned off = 0;
    for (int j = 0; j < dim; j++) {
        unsigned sz = (unsigned)LLVMABISizeOfType(cg.td, cg_type(type_full(t->indexes.data[j])->base));
        unsigned next = (unsigned)LLVMABISizeOfType(cg.td, cg_type(type_full(t->indexes.data[j + 1])->base));
        off += 2 * sz;
        off = (off + next - 1) / next * next;
    }
    return off;
}

static unsigned bounds_header_size(Type *t)
{
    t = type_full(t);
    int n = t->indexes.len;
    unsigned last = (unsigned)LLVMABISizeOfType(cg.td, cg_type(type_full(t->indexes.data[n - 1])->base));
    unsigned size = bounds_offset(t, n - 1) + 2 * last;
    return (size + 7) / 8 * 8;
}

static LLVMValueRef bounds_pair(LLVMValueRef base, Type *t, int dim, LLVMTypeRef *pair_t)
{
    LLVMTypeRef it = cg_type(type_full(t->indexes.data[dim])->base);
    LLVMTypeRef pair[2] = {it, it};
    *pair_t = LLVMStructTypeInContext(cg.ctx, pair, 2, 0);
    unsigned off = bounds_offset(t, dim);
    if (!off)
        return base;
    LLVMValueRef o[1] = {LLVMConstInt(cg.i64, off, 0)};
    return LLVMBuildGEP2(cg.b, cg.i8, base, o, 1, "");
}

/* Bounds of array value V of type T, dimension DIM. */
static void array_bounds(CgVal v, Type *t, int dim, LLVMValueRef *lo, LLVMValueRef *hi)
{
    t = type_full(t);
    if (v.bounds) {
        LLVMTypeRef bt;
        LLVMValueRef base = bounds_pair(v.bounds, t, dim, &bt);
        LLVMTypeRef it = LLVMStructGetTypeAtIndex(bt, 0);
        *lo = LLVMBuildLoad2(cg.b, it, LLVMBuildStructGEP2(cg.b, bt, base, 0, ""), "first");
        *hi = LLVMBuildLoad2(cg.b, it, LLVMBuildStructGEP2(cg.b, bt, base, 1, ""), "last");
        return;
    }
    cg_bounds_of(t, dim, lo, hi);
}

static LLVMValueRef length_of(LLVMValueRef lo, LLVMValueRef hi)
{
    LLVMValueRef l64 = LLVMBuildSExt(cg.b, lo, cg.i64, ""), h64 = LLVMBuildSExt(cg.b, hi, cg.i64, "");
    if (LLVMGetIntTypeWidth(LLVMTypeOf(lo)) == 64) {
        l64 = lo;
        h64 = hi;
    }
    LLVMValueRef n = LLVMBuildAdd(cg.b, LLVMBuildSub(cg.b, h64, l64, ""), LLVMConstInt(cg.i64, 1, 0), "");
    LLVMValueRef neg = LLVMBuildICmp(cg.b, LLVMIntSLT, n, LLVMConstInt(cg.i64, 0, 0), "");
    return LLVMBuildSelect(cg.b, neg, LLVMConstInt(cg.i64, 0, 0), n, "length");
}

LLVMValueRef cg_array_count(CgVal v, Type *t)
{
    t = type_full(t);
    LLVMValueRef n = LLVMConstInt(cg.i64, 1, 0);
    for (int i = 0; i < t->indexes.len; i++) {
        LLVMValueRef lo, hi;
        array_bounds(v, t, i, &lo, &hi);
        n = LLVMBuildMul(cg.b, n, length_of(lo, hi), "count");
    }
    return n;
}

/* A bounds pair {LO, HI} of type T's index in memory (an alloca). */
LLVMValueRef cg_make_bounds(LLVMValueRef lo, LLVMValueRef hi)
{
    LLVMTypeRef pair[2] = {LLVMTypeOf(lo), LLVMTypeOf(lo)};
    LLVMTypeRef bt = LLVMStructTypeInContext(cg.ctx, pair, 2, 0);
    LLVMValueRef b = cg_alloca(bt, "bounds");
    LLVMBuildStore(cg.b, lo, LLVMBuildStructGEP2(cg.b, bt, b, 0, ""));
    LLVMBuildStore(cg.b, hi, LLVMBuildStructGEP2(cg.b, bt, b, 1, ""));
    return b;
}

/* The bounds of every dimension of array value V of type T, copied into
 * the block at DST laid out as bounds in memory are (bounds_offset). */
void cg_store_bounds(LLVMValueRef dst, CgVal v, Type *t)
{
    t = type_full(t);
    for (int i = 0; i < t->indexes.len; i++) {
        LLVMValueRef lo, hi;
        LLVMTypeRef bt;
        array_bounds(v, t, i, &lo, &hi);
        LLVMValueRef pair = bounds_pair(dst, t, i, &bt);
        LLVMBuildStore(cg.b, lo, LLVMBuildStructGEP2(cg.b, bt, pair, 0, ""));
        LLVMBuildStore(cg.b, hi, LLVMBuildStructGEP2(cg.b, bt, pair, 1, ""));
    }
}

/* The bounds of array value V of type XT converted to array type T, whose
 * index types differ (4.6(38)): each bound converted to T's index type,
 * checked to belong to its index subtype when the range is not null
 * (4.6(51/4)). */
static LLVMValueRef converted_bounds(CgVal v, Type *xt, Type *t, Loc loc)
{
    xt = type_full(xt);
    t = type_full(t);
    LLVMValueRef blk = cg_alloca(LLVMArrayType2(cg.i8, cg_bounds_size(t)), "bounds");
    LLVMSetAlignment(blk, 8);
    for (int i = 0; i < t->indexes.len && i < xt->indexes.len; i++) {
        Type *xi = type_full(xt->indexes.data[i]), *ti = type_full(t->indexes.data[i]);
        LLVMValueRef lo, hi;
        array_bounds(v, xt, i, &lo, &hi);
        if (cg.opts->checks) {
            bool uns = xi->base->kind == TY_MODULAR;
            LLVMBasicBlockRef check = cg_block("bounds.check"), done = cg_block("bounds.ok");
            LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, uns ? LLVMIntULE : LLVMIntSLE, lo, hi, "nonnull"), check, done);
            LLVMPositionBuilderAtEnd(cg.b, check);
            cg_range_check(lo, xi, ti, loc);
            cg_range_check(hi, xi, ti, loc);
            LLVMBuildBr(cg.b, done);
            LLVMPositionBuilderAtEnd(cg.b, done);
        }
        LLVMTypeRef bt;
        LLVMValueRef pair = bounds_pair(blk, t, i, &bt);
        LLVMBuildStore(cg.b, cg_convert_scalar(lo, xi, ti->base), LLVMBuildStructGEP2(cg.b, bt, pair, 0, ""));
        LLVMBuildStore(cg.b, cg_convert_scalar(hi, xi, ti->base), LLVMBuildStructGEP2(cg.b, bt, pair, 1, ""));
    }
    return blk;
}

/* Do array types A and B index by different types (so that their bounds
 * differ in memory or in meaning)? */
static bool index_types_differ(Type *a, Type *b)
{
    a = type_full(a);
    b = type_full(b);
    for (int i = 0; i < a->indexes.len && i < b->indexes.len; i++)
        if (type_full(a->indexes.data[i])->base != type_full(b->indexes.data[i])->base)
            return true;
    return false;
}

/* The bounds of array value V of type T in memory, all its dimensions: V's
 * own, else those of T (constrained) in a new block. */
LLVMValueRef cg_bounds_block(CgVal v, Type *t)
{
    if (v.bounds)
        return v.bounds;
    t = type_full(t);
    LLVMValueRef blk = cg_alloca(LLVMArrayType2(cg.i8, cg_bounds_size(t)), "bounds");
    LLVMSetAlignment(blk, 8);
    cg_store_bounds(blk, v, t);
    return blk;
}

/* The size of the bounds of array type T in memory (a multiple of 8). */
unsigned cg_bounds_size(Type *t)
{
    return bounds_header_size(t);
}

/* The size in bytes of the data of array value V of type T: the product
 * of its lengths times the component's size. */
LLVMValueRef cg_array_value_bytes(CgVal v, Type *t)
{
    t = type_full(t);
    LLVMValueRef bytes = LLVMConstInt(cg.i64, cg_size(t->component), 0);
    for (int i = 0; i < t->indexes.len; i++) {
        LLVMValueRef lo, hi;
        array_bounds(v, t, i, &lo, &hi);
        bytes = LLVMBuildMul(cg.b, bytes, length_of(lo, hi), "");
    }
    return bytes;
}

static LLVMValueRef string_literal(Node *e, LLVMValueRef *bounds)
{
    int len;
    const char *s = eval_static_string(e, &len);
    LLVMValueRef str = LLVMConstStringInContext(cg.ctx, s ? s : "", (unsigned)(s ? len : 0), 1);
    LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(str), ".str");
    LLVMSetInitializer(g, str);
    LLVMSetGlobalConstant(g, 1);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
    int64_t first = 1;
    LLVMTypeRef it = cg.i32;           /* the bounds are of the index type (String's: Positive) */
    Type *t = e->ty ? type_full(e->ty) : NULL;
    if (t && t->kind == TY_ARRAY && t->indexes.len == 1) {
        Type *ix = type_full(t->indexes.data[0]);
        if (ix->static_bounds)
            first = ix->lo;
        it = cg_type(ix->base);
    }
    LLVMValueRef bv[2] = {LLVMConstInt(it, (unsigned long long)first, 1),
                          LLVMConstInt(it, (unsigned long long)(first + len - 1), 1)};
    LLVMValueRef bc = LLVMConstStructInContext(cg.ctx, bv, 2, 0);
    LLVMValueRef bg = LLVMAddGlobal(cg.mod, LLVMTypeOf(bc), ".str.bounds");
    LLVMSetInitializer(bg, bc);
    LLVMSetGlobalConstant(bg, 1);
    LLVMSetLinkage(bg, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(bg, LLVMGlobalUnnamedAddr);
    *bounds = bg;
    return g;
}

/* Left & Right on the secondary stack (4.5.3). */
static CgVal concat(Node *e)
{
    Type *t = type_full(e->ty);
    Type *ct = t->component;
    CgVal side[2];
    LLVMValueRef lo[2], hi[2], len[2];
    Node *ops[2] = {e->left, e->right};
    for (int i = 0; i < 2; i++) {
        Node *o = ops[i];
        Type *ot = o->ty ? type_full(o->ty) : ct;
        if (ot->kind != TY_ARRAY) {
            /* a component: a one-element array */
            if (type_is_scalar(type_full(ct)) || type_full(ct)->kind == TY_ACCESS) {
                LLVMValueRef v = cg_scalar(o);
                LLVMValueRef tmp = cg_alloca(cg_mem_type(ct), "elem");
                store_scalar(v, tmp);
                side[i].v = tmp;
            } else {
                side[i] = cg_expr(o);          /* a composite component: at its address */
                cg_borrow_temp(o, side[i]);
            }
            side[i].bounds = NULL;
            LLVMValueRef first;
            Type *ix = type_full(t->indexes.data[0]);
            cg_bounds_of(ix, 0, &first, &hi[i]);
            lo[i] = first;
            hi[i] = first;
            len[i] = LLVMConstInt(cg.i64, 1, 0);
            continue;
        }
        side[i] = cg_expr(o);
        array_bounds(side[i], ot, 0, &lo[i], &hi[i]);
        len[i] = length_of(lo[i], hi[i]);
        if (cg_needs_finalization(ct))
            cg_borrow_temp(o, (CgVal){side[i].v, side[i].bounds ? side[i].bounds : cg_bounds_block(side[i], ot)});
    }
    LLVMValueRef total = LLVMBuildAdd(cg.b, len[0], len[1], "cat.len");
    LLVMValueRef esize = LLVMConstInt(cg.i64, cg_size(ct), 0);
    LLVMValueRef bytes = LLVMBuildMul(cg.b, total, esize, "");
    unsigned header = cg_bounds_size(t);   /* the bounds, then the data */
    LLVMValueRef args[2] = {LLVMBuildAdd(cg.b, bytes, LLVMConstInt(cg.i64, header, 0), ""), LLVMConstInt(cg.i64, 8, 0)};
    LLVMValueRef mem = cg_call_rt("__adac_ss_alloc", args, 2);
    LLVMValueRef off[1] = {LLVMConstInt(cg.i64, header, 0)};
    LLVMValueRef data = LLVMBuildGEP2(cg.b, cg.i8, mem, off, 1, "cat.data");
    LLVMValueRef b0 = LLVMBuildMul(cg.b, len[0], esize, "");
    LLVMBuildMemCpy(cg.b, data, 1, side[0].v, 1, b0);
    LLVMValueRef off2[1] = {b0};
    LLVMBuildMemCpy(cg.b, LLVMBuildGEP2(cg.b, cg.i8, data, off2, 1, ""), 1, side[1].v, 1,
                    LLVMBuildMul(cg.b, len[1], esize, ""));
    /* 4.5.3(6): the lower bound is the left operand's, unless it is null */
    LLVMValueRef left_null = LLVMBuildICmp(cg.b, LLVMIntEQ, len[0], LLVMConstInt(cg.i64, 0, 0), "");
    LLVMValueRef first = LLVMBuildSelect(cg.b, left_null, lo[1], lo[0], "cat.first");
    LLVMTypeRef it = LLVMTypeOf(first);
    LLVMValueRef last = LLVMBuildSub(cg.b, LLVMBuildAdd(cg.b, first, LLVMBuildTrunc(cg.b, total, it, ""), ""),
                                     LLVMConstInt(it, 1, 0), "cat.last");
    LLVMTypeRef pair[2] = {it, it};
    LLVMTypeRef bt = LLVMStructTypeInContext(cg.ctx, pair, 2, 0);
    LLVMBuildStore(cg.b, first, LLVMBuildStructGEP2(cg.b, bt, mem, 0, ""));
    LLVMBuildStore(cg.b, last, LLVMBuildStructGEP2(cg.b, bt, mem, 1, ""));
    if (cg_needs_finalization(ct))
        cg_adjust_array(data, t, mem);        /* 7.6(17): its components are copies */
    return (CgVal){data, mem};
}

/* ---- record layouts ------------------------------------------------------------------- */

static LLVMValueRef align_up(LLVMValueRef off, unsigned align)
{
    if (align <= 1)
        return off;
    LLVMValueRef a = LLVMConstInt(cg.i64, align - 1, 0);
    return LLVMBuildAnd(cg.b, LLVMBuildAdd(cg.b, off, a, ""), LLVMConstNot(a), "aligned");
}

/* The offset of dynamic component I (or, for I = number of components, the
 * size) of the record of type T at BASE: after the fixed part, each dynamic
 * component in turn, sized from the record's own discriminants. */
static LLVMValueRef dynamic_offset(LLVMValueRef base, Type *t, int upto)
{
    RecLayout *l = cg_record_layout(t);
    Type *bt = type_full(t)->base;
    LLVMValueRef saved = cg.discr_base;
    Type *saved_rec = cg.discr_rec;
    cg.discr_base = base;
    cg.discr_rec = bt;
    LLVMValueRef off = LLVMConstInt(cg.i64, LLVMABISizeOfType(cg.td, l->st), 0);
    unsigned max_align = LLVMABIAlignmentOfType(cg.td, l->st);
    for (int j = 0; j < bt->components.len && j <= upto; j++) {
        if (l->field[j] >= 0)
            continue;
        Type *ct = type_full(((Entity *)bt->components.data[j])->type);
        unsigned a = ct->kind == TY_ARRAY ? cg_align(ct->component) : cg_align(ct);
        if (a > max_align)
            max_align = a;
        off = align_up(off, a);
        if (j == upto)
            break;
        off = LLVMBuildAdd(cg.b, off, cg_object_size(ct), "");
    }
    if (upto >= bt->components.len)
        off = align_up(off, max_align);
    cg.discr_base = saved;
    cg.discr_rec = saved_rec;
    return off;
}

LLVMValueRef cg_component_addr(LLVMValueRef base, Type *rec, int i, const char *name)
{
    RecLayout *l = cg_record_layout(rec);
    if (l->field[i] >= 0)
        return LLVMBuildStructGEP2(cg.b, l->st, base, (unsigned)l->field[i], name);
    LLVMValueRef off[1] = {dynamic_offset(base, rec, i)};
    return LLVMBuildGEP2(cg.b, cg.i8, base, off, 1, name);
}

LLVMValueRef cg_record_size_at(Type *t, LLVMValueRef addr)
{
    Type *bt = type_full(t);
    if (bt->is_classwide)
        return cg_classwide_size(addr);
    if (!cg_record_layout(bt)->n_dynamic)
        return LLVMConstInt(cg.i64, cg_size(bt), 0);
    return dynamic_offset(addr, bt, type_full(bt)->base->components.len);
}

/* The size of an object of record subtype T, from its constraint (or the
 * discriminants' defaults): the discriminants go in a scratch fixed part. */
static LLVMValueRef record_subtype_size(Type *t)
{
    RecLayout *l = cg_record_layout(t);
    if (!l->n_dynamic)
        return LLVMConstInt(cg.i64, cg_size(t), 0);
    LLVMValueRef tmp = cg_alloca(l->st, "discriminants");
    for (int i = 0; i < t->n_discr; i++) {
        Entity *d = t->components.data[i];
        Node *v = i < t->discr_values.len ? t->discr_values.data[i] : d->init;
        if (v)
            store_scalar(cg_scalar(v), cg_component_addr(tmp, t, i, ""));
    }
    return cg_record_size_at(t, tmp);
}

/* ---- names: addresses ---------------------------------------------------------------- */

static int current_depth(void) { return cg.subp ? cg.subp->depth + 1 : 0; }

/* The up-level frame of the subprogram whose locals are at depth K. */
static CgVal object_address(Entity *e);

LLVMValueRef cg_param_level(Entity *p)
{
    if (p->level_var)                /* a stand-alone object: beside it (3.10.2(13.2/3)) */
        return cg_load(cg.i32, object_address(p->level_var).v, "level");
    CgObj *o = cg_obj(p);
    if (o->level && p->scope == cg.subp)
        return cg_load(cg.i32, o->level, "level");
    /* reached from a nested subprogram: at most as deep as the parameter's
     * subprogram (the object outlives the call) */
    return LLVMConstInt(cg.i32, (unsigned)(p->level > 0 ? p->level - 1 : 0), 0);
}

/* Program_Error when TAG's type is deeper than LEVEL (4.8(10.1/3),
 * 6.5(8/4)); not emitted when no tagged type of the program is deeper. */
void cg_tag_level_check(LLVMValueRef tag, int level, Loc loc)
{
    if (!cg.opts->checks || sema_deepest_tagged_level() <= level)
        return;
    LLVMValueRef tl = LLVMBuildLoad2(cg.b, cg.i32, LLVMBuildStructGEP2(cg.b, cg_tag_type(0), tag, 3, ""), "type.level");
    cg_check_fail("accessibility", loc, LLVMBuildICmp(cg.b, LLVMIntSGT, tl, LLVMConstInt(cg.i32, (unsigned)level, 0), "deeper"));
}

/* Before VALUE is assigned to SO, a stand-alone object of an anonymous
 * access type: the level it will keep (3.10.2(13.2/3)), checked not deeper
 * than SO's declaration when sema could not tell (CHECK: Program_Error). */
LLVMValueRef cg_stand_alone_level(Entity *so, Node *value, bool check, Loc loc)
{
    Type *t = type_full(so->type);
    int lv = sema_value_level(value, t);
    Node *v = value;
    while (v->kind == N_PAREN)
        v = v->expr;
    LLVMValueRef level = lv == LEVEL_OF_PARAM ? cg_param_level(v->ent) : LLVMConstInt(cg.i32, (unsigned)lv, 0);
    if (check && cg.opts->checks)
        cg_check_fail("accessibility", loc, LLVMBuildICmp(cg.b, LLVMIntSGT, level,
                                                          LLVMConstInt(cg.i32, (unsigned)t->base->level, 0), "deeper"));
    return level;
}

void cg_keep_stand_alone_level(Entity *so, LLVMValueRef level)
{
    if (so->level_var)
        cg_store(level, object_address(so->level_var).v);
}

LLVMValueRef frame_at_depth(int k)
{
    int c = current_depth();
    if (k == c)
        return cg.frame;
    LLVMValueRef cur = cg.static_link;
    for (int d = c - 1; d > k; d--)
        cur = LLVMBuildLoad2(cg.b, cg.ptr, cur, "up.link");
    return cur;
}

static CgVal object_address(Entity *e)
{
    CgObj *o = cg_obj(e);
    int c = current_depth();
    if (e->depth == 0 || e->depth == c || !e->uplevel || o->is_static) {
        if (!o->addr && e->depth == 0 && e->ext_name) {
            /* a library-level object of another unit */
            o->addr = LLVMGetNamedGlobal(cg.mod, e->ext_name);
            if (!o->addr)
                o->addr = LLVMAddGlobal(cg.mod, cg_mem_type(e->type), e->ext_name);
        }
        return (CgVal){o->addr, o->bounds};
    }
    LLVMValueRef f = frame_at_depth(e->depth);
    LLVMValueRef idx[1] = {LLVMConstInt(cg.i32, (unsigned)o->frame_index, 0)};
    LLVMValueRef slot = LLVMBuildGEP2(cg.b, cg.ptr, f, idx, 1, "");
    LLVMValueRef addr = LLVMBuildLoad2(cg.b, cg.ptr, slot, arena_printf("%s.up", e->spelling));
    LLVMValueRef bounds = o->bounds;
    if (o->bounds_index > 0) {
        /* an unconstrained array of an enclosing subprogram: its bounds
         * are in the frame too (not the outer function's own values) */
        LLVMValueRef bidx[1] = {LLVMConstInt(cg.i32, (unsigned)o->bounds_index, 0)};
        bounds = LLVMBuildLoad2(cg.b, cg.ptr, LLVMBuildGEP2(cg.b, cg.ptr, f, bidx, 1, ""),
                                arena_printf("%s.bounds.up", e->spelling));
    }
    return (CgVal){addr, bounds};
}

/* The value of access expression E, checked not null. */
static LLVMValueRef deref_pointer(Node *d)
{
    LLVMValueRef p = cg_scalar(d->expr);
    if ((d->checks & CHK_ACCESS) && cg.opts->checks)
        cg_check_fail("access", d->loc, LLVMBuildIsNull(cg.b, p, "is.null"));
    return p;
}

static bool has_bounds_header(Type *acc);

static CgVal deref(Node *d)
{
    LLVMValueRef p = deref_pointer(d);
    if (d->expr->ty && has_bounds_header(d->expr->ty)) {
        /* bounds then data, in one block */
        Type *at = type_full(type_full(type_full(d->expr->ty)->base)->designated);
        LLVMValueRef off[1] = {LLVMConstInt(cg.i64, bounds_header_size(at), 0)};
        return (CgVal){LLVMBuildGEP2(cg.b, cg.i8, p, off, 1, "data"), p};
    }
    return (CgVal){p, NULL};
}

static CgVal index_address(Node *n)
{
    Node *pre = n->expr;
    Type *at = type_full(pre->ty);
    CgVal base = cg_address(pre);
    cg_borrow_temp(pre, base);
    LLVMValueRef linear = NULL;
    for (int i = 0; i < n->list.len; i++) {
        Node *x = n->list.data[i];
        LLVMValueRef v = cg_scalar(x), lo, hi;
        array_bounds(base, at, i, &lo, &hi);
        v = cg_convert_scalar(v, x->ty, type_full(at->indexes.data[i])->base);
        if ((n->checks & CHK_RANGE) && cg.opts->checks) {
            bool uns = is_unsigned(at->indexes.data[i]);
            LLVMValueRef bad = LLVMBuildOr(cg.b, LLVMBuildICmp(cg.b, uns ? LLVMIntULT : LLVMIntSLT, v, lo, ""),
                                           LLVMBuildICmp(cg.b, uns ? LLVMIntUGT : LLVMIntSGT, v, hi, ""), "index.bad");
            cg_check_fail("index", n->loc, bad);
        }
        LLVMValueRef off = LLVMBuildSub(cg.b, v, lo, "");
        off = is_unsigned(at->indexes.data[i]) ? LLVMBuildZExt(cg.b, off, cg.i64, "") : LLVMBuildSExt(cg.b, off, cg.i64, "");
        if (LLVMGetIntTypeWidth(LLVMTypeOf(v)) == 64)
            off = LLVMBuildSub(cg.b, v, lo, "");
        if (linear) {
            LLVMValueRef len = length_of(lo, hi);
            linear = LLVMBuildAdd(cg.b, LLVMBuildMul(cg.b, linear, len, ""), off, "");
        } else {
            linear = off;
        }
    }
    LLVMTypeRef et = cg_mem_type(at->component);
    LLVMValueRef idx[1] = {linear};
    return (CgVal){LLVMBuildGEP2(cg.b, et, base.v, idx, 1, "elem"), NULL};
}

/* Is the variant ARM selected by the discriminant value V? (an i1) */
static LLVMValueRef arm_cond(Node *arm, LLVMValueRef v, Type *dt)
{
    LLVMValueRef any = LLVMConstInt(cg.i1, 0, 0);
    for (int k = 0; k < arm->list2.len; k++) {
        Node *ch = arm->list2.data[k];
        LLVMValueRef hit;
        if (ch->kind == N_OTHERS) {
            Node *part = arm->expr;
            LLVMValueRef other = LLVMConstInt(cg.i1, 0, 0);
            for (int a = 0; a < part->list.len; a++)
                if (part->list.data[a] != arm)
                    other = LLVMBuildOr(cg.b, other, arm_cond(part->list.data[a], v, dt), "");
            hit = LLVMBuildNot(cg.b, other, "");
        } else {
            hit = cg_choice_hit(v, dt, ch);
        }
        any = LLVMBuildOr(cg.b, any, hit, "variant");
    }
    return any;
}

/* Component C of the record at ADDR (of type RT) exists only in the
 * variants of its path: else Constraint_Error (4.1.3(15), discriminant check). */
static void variant_check(LLVMValueRef addr, Type *rt, Entity *c, Loc loc)
{
    LLVMValueRef ok = LLVMConstInt(cg.i1, 1, 0);
    for (int k = 0; k < c->variant_path.len; k++) {
        Node *arm = c->variant_path.data[k];
        Entity *d = arm->ent;
        LLVMValueRef da = cg_component_addr(addr, rt, d->pos, "");
        LLVMValueRef v = load_scalar(d->type, da, d->spelling);
        ok = LLVMBuildAnd(cg.b, ok, arm_cond(arm, v, type_full(d->type)), "");
    }
    cg_check_fail("discriminant", loc, LLVMBuildNot(cg.b, ok, "no.such.variant"));
}

/* 4.6(42/3): converting a class-wide object E to a specific tagged type
 * T checks that the object's tag is in T's class (Constraint_Error). */
static void conversion_tag_check(Node *e, LLVMValueRef obj, Type *t)
{
    if (!cg.opts->checks || !(e->checks & CHK_TAG))
        return;
    /* the object is most often of T itself: compare the tags inline, ask
     * the runtime (a walk up the ancestors) only when they differ */
    LLVMValueRef tag = LLVMBuildLoad2(cg.b, cg.ptr, obj, "tag");
    LLVMValueRef want = cg_tag(t);
    LLVMBasicBlockRef slow = cg_block("tag.walk"), done = cg_block("tag.done");
    LLVMBasicBlockRef here = LLVMGetInsertBlock(cg.b);
    LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntEQ, tag, want, "same.tag"), done, slow);
    LLVMPositionBuilderAtEnd(cg.b, slow);
    LLVMValueRef args[2] = {tag, want};
    LLVMValueRef in = LLVMBuildTrunc(cg.b, cg_call_rt("__adac_tag_in_class", args, 2), cg.i1, "");
    LLVMBasicBlockRef slow_end = LLVMGetInsertBlock(cg.b);
    LLVMBuildBr(cg.b, done);
    LLVMPositionBuilderAtEnd(cg.b, done);
    LLVMValueRef ok = LLVMBuildPhi(cg.b, cg.i1, "in.class");
    LLVMValueRef vals[2] = {LLVMConstInt(cg.i1, 1, 0), in};
    LLVMBasicBlockRef bbs[2] = {here, slow_end};
    LLVMAddIncoming(ok, vals, bbs, 2);
    cg_check_fail("tag", e->loc, LLVMBuildNot(cg.b, ok, "not.in.class"));
}

CgVal cg_address(Node *e)
{
    switch (e->kind) {
    case N_PAREN:
        return cg_address(e->expr);
    case N_ATTRIBUTE:
        if (e->id && (!strcmp(e->id->name, "old") || !strcmp(e->id->name, "result"))
            && e->ty && !type_is_scalar(type_full(e->ty)) && type_full(e->ty)->kind != TY_ACCESS)
            return cg_expr(e);          /* a composite X'Old or F'Result: where it is kept */
        if (e->id && !strcmp(e->id->name, "storage_pool") && e->expr->ent && e->expr->ent->type) {
            Type *acc = type_full(e->expr->ent->type)->base;      /* T'Storage_Pool: the pool object */
            if (acc->storage_pool)
                return cg_address(acc->storage_pool);
            Entity *sp = library_loaded("system.storage_pools", "standard_pool");
            if (sp && !acc->storage_size)
                return object_address(sp);                       /* the standard pool (13.11(17)) */
        }
        break;
    case N_IDENT:
    case N_SELECTED:
        if (e->ent && e->ent->kind == E_FUNCTION)
            return cg_expr(e);          /* F.C: a call without parameters, then its component */
        if (e->kind == N_IDENT) {
            if (e->ent)
                return object_address(e->ent);
            break;
        }
        if (e->ent && e->ent->kind == E_COMPONENT) {
            CgVal r = cg_address(e->expr);
            cg_borrow_temp(e->expr, r);
            Type *rt = type_full(e->expr->ty);
            Entity *c = e->ent;
            if (c->variant_path.len && cg.opts->checks)
                variant_check(r.v, rt, c, e->loc);
            LLVMValueRef a = cg_component_addr(r.v, rt, c->pos, c->spelling);
            Type *ct = type_full(c->type);
            if (ct && ct->kind == TY_ARRAY && type_depends_on_discriminant(ct)) {
                /* its bounds come from the discriminants of this record */
                LLVMValueRef saved = cg.discr_base;
                Type *saved_rec = cg.discr_rec;
                cg.discr_base = r.v;
                cg.discr_rec = rt;
                LLVMValueRef lo, hi;
                cg_bounds_of(ct, 0, &lo, &hi);
                cg.discr_base = saved;
                cg.discr_rec = saved_rec;
                return (CgVal){a, cg_make_bounds(lo, hi)};
            }
            return (CgVal){a, NULL};
        }
        if (e->ent)
            return object_address(e->ent);
        break;
    case N_DEREF:
        return deref(e);
    case N_APPLY:
        if (e->op == APPLY_INDEX)
            return index_address(e);
        if (e->op == APPLY_CONVERSION) {
            /* a view conversion: the same object, its tag checked */
            CgVal v = cg_address(e->list.data[0]);
            conversion_tag_check(e, v.v, type_full(e->ty));
            return v;
        }
        return cg_expr(e);
    default:
        return cg_expr(e);
    }
    return (CgVal){LLVMConstNull(cg.ptr), NULL};
}

/* ---- calls ---------------------------------------------------------------------------------- */

/* The images of the literals of enumeration type T: an array of
 * {data, bounds} pairs, built once per type. */
static LLVMValueRef enum_image_table(Type *t)
{
    static Vec tables;          /* pairs: Type*, LLVMValueRef */
    for (int i = 0; i + 1 < tables.len; i += 2)
        if (tables.data[i] == t && LLVMGetGlobalParent(tables.data[i + 1]) == cg.mod)
            return tables.data[i + 1];
    int n = t->lits.len;
    LLVMValueRef *entries = arena_alloc(sizeof(LLVMValueRef) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) {
        Entity *lit = t->lits.data[i];
        char *img = arena_strdup(lit->spelling);
        if (img[0] != '\'')
            for (char *p = img; *p; p++)
                if (*p >= 'a' && *p <= 'z')
                    *p = (char)(*p - 32);
        int len = (int)strlen(img);
        LLVMValueRef str = LLVMConstStringInContext(cg.ctx, img, (unsigned)len, 1);
        LLVMValueRef g = LLVMAddGlobal(cg.mod, LLVMTypeOf(str), ".image");
        LLVMSetInitializer(g, str);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetLinkage(g, LLVMPrivateLinkage);
        LLVMValueRef bv[2] = {LLVMConstInt(cg.i32, 1, 0), LLVMConstInt(cg.i32, (unsigned)len, 0)};
        LLVMValueRef bc = LLVMConstStructInContext(cg.ctx, bv, 2, 0);
        LLVMValueRef bg = LLVMAddGlobal(cg.mod, LLVMTypeOf(bc), ".image.bounds");
        LLVMSetInitializer(bg, bc);
        LLVMSetGlobalConstant(bg, 1);
        LLVMSetLinkage(bg, LLVMPrivateLinkage);
        LLVMValueRef pair[2] = {g, bg};
        entries[i] = LLVMConstNamedStruct(cg.fat_t, pair, 2);
    }
    LLVMValueRef arr = LLVMConstArray2(cg.fat_t, entries, (uint64_t)n);
    LLVMValueRef table = LLVMAddGlobal(cg.mod, LLVMTypeOf(arr), arena_printf("%s.images", type_name(t)));
    LLVMSetInitializer(table, arr);
    LLVMSetGlobalConstant(table, 1);
    LLVMSetLinkage(table, LLVMPrivateLinkage);
    vec_push(&tables, t);
    vec_push(&tables, table);
    return table;
}

/* T'Image (X), and X'Image of a scalar object X of subtype T (3.5(55.1/4)) */
static LLVMValueRef image_of(Type *t, Node *x, CgVal *result)
{
    t = type_full(t);
    if (t->base->kind == TY_ENUM && t->base->is_character && !t->base->lits.len) {
        LLVMValueRef v = cg_scalar(x);
        LLVMValueRef r = cg_call_rt("__adac_image_character", &v, 1);
        result->v = LLVMBuildExtractValue(cg.b, r, 0, "image");
        result->bounds = LLVMBuildExtractValue(cg.b, r, 1, "image.bounds");
        return result->v;
    }
    if (t->base->kind == TY_ENUM) {
        /* a table of the literals' images, indexed by position (3.5(32)) */
        LLVMValueRef table = enum_image_table(t->base);
        LLVMValueRef pos = cg_convert_scalar(cg_scalar(x), x->ty, std.long_integer);
        LLVMValueRef idx[2] = {LLVMConstInt(cg.i64, 0, 0), pos};
        LLVMTypeRef tt = LLVMGlobalGetValueType(table);
        LLVMValueRef entry = LLVMBuildGEP2(cg.b, tt, table, idx, 2, "");
        result->v = LLVMBuildLoad2(cg.b, cg.ptr, LLVMBuildStructGEP2(cg.b, cg.fat_t, entry, 0, ""), "image");
        result->bounds = LLVMBuildLoad2(cg.b, cg.ptr, LLVMBuildStructGEP2(cg.b, cg.fat_t, entry, 1, ""), "image.bounds");
        return result->v;
    }
    if (t->base->kind == TY_FLOAT) {
        /* 3.5(32)-(35): -d.dddE+ee with Digits - 1 decimals, as GNAT */
        LLVMValueRef args[2] = {cg_scalar(x), NULL};
        if (LLVMTypeOf(args[0]) != LLVMDoubleTypeInContext(cg.ctx))
            args[0] = LLVMBuildFPExt(cg.b, args[0], LLVMDoubleTypeInContext(cg.ctx), "");
        int digits = t->base->digits ? t->base->digits : t->base->bits == 32 ? 6 : 15;
        args[1] = LLVMConstInt(cg.i32, (unsigned)digits, 0);
        LLVMValueRef r = cg_call_rt("__adac_image_float", args, 2);
        result->v = LLVMBuildExtractValue(cg.b, r, 0, "image");
        result->bounds = LLVMBuildExtractValue(cg.b, r, 1, "image.bounds");
        return result->v;
    }
    LLVMValueRef v = cg_scalar(x);
    v = cg_convert_scalar(v, x->ty, std.long_integer);
    bool uns = t->base->kind == TY_MODULAR;
    LLVMValueRef r = cg_call_rt(uns ? "__adac_image_unsigned" : "__adac_image_integer", &v, 1);
    result->v = LLVMBuildExtractValue(cg.b, r, 0, "image");
    result->bounds = LLVMBuildExtractValue(cg.b, r, 1, "image.bounds");
    return result->v;
}

static LLVMValueRef attribute_call(Node *call, CallInfo *ci, CgVal *result)
{
    Node *a = call->expr;
    const char *name = a->id->name;
    Type *t = type_full(a->ty);
    Node *x = ci->actuals.data[0];
    if (!strcmp(name, "image"))
        return image_of(t, x, result);
    if (!strcmp(name, "value")) {
        /* the runtime parses; the result must be in the prefix's subtype */
        CgVal sv = cg_expr(x);
        if (!sv.bounds) {
            LLVMValueRef lo, hi;
            cg_bounds_of(type_full(x->ty), 0, &lo, &hi);
            sv.bounds = cg_make_bounds(lo, hi);
        }
        LLVMValueRef args[2] = {sv.v, sv.bounds};
        if (t->base->kind == TY_FLOAT) {
            /* 3.5(44-47): a numeric literal, converted to T and checked */
            LLVMValueRef d = cg_call_rt("__adac_value_float", args, 2);
            LLVMValueRef v = t->base->bits == 32 ? LLVMBuildFPTrunc(cg.b, d, cg_type(t->base), "") : d;
            if (cg.opts->checks && t->lo_expr)
                cg_range_check(v, t->base, t, call->loc);
            return result->v = v;
        }
        LLVMValueRef v;
        if (t->base->kind == TY_ENUM && t->base->is_character && !t->base->lits.len) {
            v = cg_call_rt("__adac_value_character", args, 2);
        } else if (t->base->kind == TY_ENUM) {
            /* 3.5(52): a literal's image, in any case, blanks around; the
             * position of the literal it names */
            LLVMValueRef eargs[4] = {sv.v, sv.bounds, enum_image_table(t->base),
                                     LLVMConstInt(cg.i32, (unsigned)t->base->lits.len, 0)};
            v = cg_call_rt("__adac_value_enum", eargs, 4);
        } else {
            v = cg_call_rt("__adac_value_integer", args, 2);
        }
        if (cg.opts->checks)
            cg_range_check(v, std.long_integer, t, call->loc);
        return result->v = cg_convert_scalar(v, std.long_integer, t->base);
    }
    if (!strcmp(name, "mod")) {
        /* T'Mod (X): X reduced modulo T'Modulus (3.5.4(16.2/2)) */
        LLVMValueRef v = cg_convert_scalar(cg_scalar(x), x->ty, std.long_integer);
        if (t->base->modulus == 0)
            return result->v = v;            /* mod 2 ** 64: the bits as they are */
        LLVMValueRef m = LLVMConstInt(cg.i64, (unsigned long long)t->base->modulus, 0);
        LLVMValueRef r = LLVMBuildSRem(cg.b, v, m, "");
        LLVMValueRef neg = LLVMBuildICmp(cg.b, LLVMIntSLT, r, LLVMConstInt(cg.i64, 0, 0), "");
        r = LLVMBuildSelect(cg.b, neg, LLVMBuildAdd(cg.b, r, m, ""), r, "mod");
        return result->v = LLVMBuildTrunc(cg.b, r, cg_type(t->base), "");
    }
    if (!strcmp(name, "pos")) {
        LLVMValueRef v = cg_scalar(x);
        return result->v = cg_convert_scalar(v, x->ty, std.univ_int);
    }
    if (!strcmp(name, "val")) {
        LLVMValueRef v = cg_scalar(x);
        if (cg.opts->checks)
            cg_range_check(v, x->ty, t, call->loc);
        return result->v = cg_convert_scalar(v, x->ty, t->base);
    }
    if (!strcmp(name, "floor") || !strcmp(name, "ceiling") || !strcmp(name, "truncation") || !strcmp(name, "rounding")) {
        /* A.5.3(31-37): to an integral value; Rounding away from zero */
        const char *in = !strcmp(name, "floor") ? "llvm.floor" : !strcmp(name, "ceiling") ? "llvm.ceil"
                       : !strcmp(name, "truncation") ? "llvm.trunc" : "llvm.round";
        LLVMValueRef v = cg_scalar(x);
        LLVMTypeRef ft;
        LLVMValueRef f = cg_intrinsic(in, LLVMTypeOf(v), &ft);
        return result->v = LLVMBuildCall2(cg.b, ft, f, &v, 1, name);
    }
    if (!strcmp(name, "succ") || !strcmp(name, "pred")) {
        LLVMValueRef v = cg_scalar(x);
        LLVMValueRef lo, hi;
        cg_bounds_of(t->base, 0, &lo, &hi);
        bool succ = !strcmp(name, "succ");
        if (cg.opts->checks)
            cg_check_fail("range", call->loc, LLVMBuildICmp(cg.b, LLVMIntEQ, v, succ ? hi : lo, ""));
        LLVMValueRef one = LLVMConstInt(LLVMTypeOf(v), 1, 0);
        return result->v = succ ? LLVMBuildAdd(cg.b, v, one, name) : LLVMBuildSub(cg.b, v, one, name);
    }
    if (!strcmp(name, "min") || !strcmp(name, "max")) {
        LLVMValueRef l = cg_scalar(x), r = cg_scalar(ci->actuals.data[1]);
        bool uns = is_unsigned(t);
        LLVMValueRef lt = LLVMBuildICmp(cg.b, uns ? LLVMIntULT : LLVMIntSLT, l, r, "");
        return result->v = !strcmp(name, "min") ? LLVMBuildSelect(cg.b, lt, l, r, name) : LLVMBuildSelect(cg.b, lt, r, l, name);
    }
    return result->v = LLVMConstNull(cg.i32);
}

static LLVMValueRef finish_call(Entity *s, LLVMTypeRef ft, LLVMValueRef r, CgVal *result);
static LLVMValueRef binary(Node *e);
static CgVal if_expr(Node *e);
static CgVal case_expr(Node *e);
static void designated_constraint_check(LLVMValueRef p, Type *to, Loc loc);

void cg_free_block(Type *acc, LLVMValueRef block, LLVMValueRef p)
{
    cg_free_block_at(acc, block, p, (Loc){0});
}

/* The position LOC as the (file, line) arguments of the runtime: a null
 * file when there is none. */
/* Does access type A (a base type) have a pool of its Storage_Size? */
static bool bounded_pool(Type *a)
{
    return a->storage_size && !a->storage_size_zero && !a->storage_pool;
}

/* The state of A's bounded pool: { ptr memory, i64 capacity, i64 used }. */
static LLVMValueRef bounded_state(Type *a)
{
    LLVMTypeRef f[3] = {cg.ptr, cg.i64, cg.i64};
    return cg_internal_global(arena_printf("%s.bounded.pool", a->ent && a->ent->ext_name ? a->ent->ext_name
                                           : a->ent ? a->ent->spelling : "anon"),
                              LLVMStructTypeInContext(cg.ctx, f, 3, 0));
}

static void pool_site(Loc loc, LLVMValueRef *file, LLVMValueRef *line)
{
    *file = loc.file ? cg_file_name(loc.file) : LLVMConstNull(cg.ptr);
    *line = LLVMConstInt(cg.i32, loc.file ? (unsigned)loc.line : 0, 0);
}

/* cg_free_block for a deallocation at LOC: with -fpool=..., the default
 * pool is told where the free is. */
void cg_free_block_at(Type *acc, LLVMValueRef block, LLVMValueRef p, Loc loc)
{
    acc = type_full(acc);
    Type *d = type_full(type_full(acc->base)->designated);
    LLVMValueRef size, align;
    if (has_bounds_header(acc)) {
        LLVMValueRef bytes = LLVMConstInt(cg.i64, cg_size(d->component), 0);
        for (int i = 0; i < d->indexes.len; i++) {
            LLVMValueRef lo, hi;
            array_bounds((CgVal){NULL, p}, d, i, &lo, &hi);
            bytes = LLVMBuildMul(cg.b, bytes, length_of(lo, hi), "");
        }
        size = LLVMBuildAdd(cg.b, bytes, LLVMConstInt(cg.i64, bounds_header_size(d), 0), "free.size");
        align = LLVMConstInt(cg.i64, 8, 0);
    } else if (d->kind == TY_RECORD) {
        size = cg_record_size_at(d, p);
        align = LLVMConstInt(cg.i64, d->is_classwide ? 8 : cg_align(d), 0);
    } else {
        size = cg_object_size(d);
        align = LLVMConstInt(cg.i64, cg_align(d), 0);
    }
    if (block != p)      /* a collection's header in front */
        size = LLVMBuildAdd(cg.b, size, LLVMConstInt(cg.i64, CG_COLLECTION_HEADER, 0), "free.size");
    Type *ab = acc->base;
    if (bounded_pool(ab)) {
        /* storage of a bounded pool is not reused */
    } else if (ab->storage_pool && ab->pool_deallocate) {
        /* 13.11.2(9/3): Deallocate of the access type's pool */
        LLVMValueRef rest[3] = {LLVMBuildPtrToInt(cg.b, block, cg.i64, "address"), size, align};
        cg_prim_call(ab->pool_deallocate, ab->pool_dispatching, cg_address(ab->storage_pool).v, rest, 3);
    } else if (cg.opts->pool) {
        /* -fpool=...: the installed pool, told where the free is */
        LLVMValueRef args[5] = {block, size, align, NULL, NULL};
        pool_site(loc, &args[3], &args[4]);
        cg_call_rt("__adac_pool_free", args, 5);
    } else if (cg.opts->opt_level > 0 && !cg.opts->sanitize_address && LLVMIsConstant(size) && LLVMConstIntGetZExtValue(size) <= ADART_SMALL_MAX
        && LLVMConstIntGetZExtValue(align) <= ADART_SMALL_STEP) {
        /* push on the size class's free list, inline */
        unsigned long long sz = LLVMConstIntGetZExtValue(size);
        unsigned cls = sz == 0 ? 0 : (unsigned)((sz + ADART_SMALL_STEP - 1) / ADART_SMALL_STEP) - 1;
        LLVMValueRef lists = cg_free_lists();
        LLVMValueRef idx[2] = {LLVMConstInt(cg.i32, 0, 0), LLVMConstInt(cg.i32, cls, 0)};
        LLVMValueRef slot = LLVMBuildGEP2(cg.b, LLVMGlobalGetValueType(lists), lists, idx, 2, "pool.slot");
        LLVMBuildStore(cg.b, LLVMBuildLoad2(cg.b, cg.ptr, slot, "pool.head"), block);
        LLVMBuildStore(cg.b, block, slot);
    } else {
        LLVMValueRef args[3] = {block, size, align};
        cg_call_rt("__adac_free", args, 3);
    }
}


/* Whether the value of an out or in out formal of elementary subtype F can
 * fall outside the subtype A of its actual (6.4.1(17)): not when F's range
 * is statically within A's. */
static bool copy_back_needs_check(Type *f, Type *a)
{
    if (!(type_is_discrete(a) || (a->kind == TY_FLOAT && a->lo_expr)))
        return false;
    if (a->kind == TY_FLOAT)
        return f != a;
    if (!a->static_bounds)
        return true;
    if (a->lo == a->base->lo && a->hi == a->base->hi)
        return false;                 /* the actual is unconstrained: anything fits */
    return !(f->static_bounds && f->lo >= a->lo && f->hi <= a->hi);
}

/* After a call: the temporaries of POST (see cg_call) checked against
 * their actuals' subtypes and stored into the actuals. */
static void checked_copy_back(Vec *post)
{
    for (int i = 0; i + 2 < post->len; i += 3) {
        Node *a = post->data[i + 2];
        Type *at = type_full(a->ty);
        LLVMValueRef v = LLVMBuildLoad2(cg.b, cg_mem_type(at), post->data[i], "copied.back");
        LLVMValueRef sv = v;
        if (LLVMTypeOf(v) == cg.i8 && at->base->is_boolean)
            sv = LLVMBuildTrunc(cg.b, v, cg.i1, "");
        cg_range_check(sv, at, at, a->loc);
        LLVMBuildStore(cg.b, v, post->data[i + 1]);
    }
}

/* A call of an instance of Ada.Unchecked_Deallocation (13.11.2(7-9)): a
 * non-null X is finalized if it needs to be, its storage goes back to its
 * pool, and X becomes null. */
static void free_object(Node *x)
{
    Type *acc = type_full(x->ty);
    Type *d = type_full(type_full(acc->base)->designated);
    LLVMValueRef addr = cg_address(x).v;
    LLVMValueRef p = LLVMBuildLoad2(cg.b, cg.ptr, addr, "free.ptr");
    LLVMValueRef failed = NULL;
    bool one_call = cg_needs_finalization(d) && cg_finalize_is_one_call(d);
    if (cg_needs_finalization(d) && !one_call) {
        failed = cg_alloca(cg.i8, "fin.failed");
        LLVMBuildStore(cg.b, LLVMConstInt(cg.i8, 0, 0), failed);
    }
    LLVMBasicBlockRef doit = cg_block("free.object"), done = cg_block("free.done");
    LLVMBuildCondBr(cg.b, LLVMBuildIsNull(cg.b, p, ""), done, doit);
    LLVMPositionBuilderAtEnd(cg.b, doit);
    Type *ab = type_full(acc->base);
    if (bounded_pool(ab)) {
        /* 13.11.2(17.1/3): a Storage_Size that is zero (not statically: then
         * the call is illegal, 13.11.2(3.1/3)) allocated nothing: a nonnull
         * value was not allocated by the type, Program_Error */
        LLVMValueRef cap = cg_scalar(ab->storage_size);
        cg_check_fail("free_zero_storage_size", x->loc,
                      LLVMBuildICmp(cg.b, LLVMIntEQ, cap, LLVMConstNull(LLVMTypeOf(cap)), "zero.storage"));
    }
    LLVMValueRef block = p;
    if (cg_needs_finalization(d)) {
        /* 13.11.2(9/3): finalized first, out of its collection */
        LLVMValueRef back[1] = {LLVMConstInt(cg.i64, (unsigned long long)-CG_COLLECTION_HEADER, 1)};
        block = LLVMBuildGEP2(cg.b, cg.i8, p, back, 1, "free.block");
        cg_collection_unlink(block);
        if (one_call)
            LLVMBuildStore(cg.b, LLVMConstNull(cg.ptr), addr);   /* null even if Finalize fails */
        cg_finalize_all(p, d, failed, x->loc);
    }
    cg_free_block_at(acc, block, p, x->loc);
    LLVMBuildBr(cg.b, done);
    LLVMPositionBuilderAtEnd(cg.b, done);
    LLVMBuildStore(cg.b, LLVMConstNull(cg.ptr), addr);
    if (failed)
        /* 7.6.1(17): a Finalize propagated an exception: once the other
         * finalizations and the deallocation are done, Program_Error */
        cg_check_fail("finalize_raised", x->loc, LLVMBuildICmp(cg.b, LLVMIntNE, LLVMBuildLoad2(cg.b, cg.i8, failed, ""),
                                                                LLVMConstInt(cg.i8, 0, 0), "finalize.raised"));
}

LLVMValueRef cg_call(Node *call, CallInfo *ci, Entity *s, CgVal *result)
{
    result->bounds = NULL;
    if (!s)
        return attribute_call(call, ci, result);
    if (s->builtin == BI_FREE) {
        free_object(ci->actuals.data[0]);
        return NULL;
    }
    if (s->builtin == BI_INTRINSIC_OP) {
        /* an operator on addresses: the predefined one of the full types */
        if (s->op == 0)
            return result->v = cg_scalar(ci->actuals.data[0]);
        Node *op = node_new(N_BINARY, call->loc);
        op->op = s->op;
        op->left = ci->actuals.data[0];
        op->right = ci->actuals.data[1];
        op->ty = s->result;
        return result->v = binary(op);
    }
    if (s->builtin == BI_SHIFT) {
        /* B.2(9): shifts by Amount bits; shifting by the size or more gives
         * 0 (or the sign for arithmetic shifts), rotations go round */
        LLVMValueRef v = cg_scalar(ci->actuals.data[0]);
        Node *an = ci->actuals.data[1];
        LLVMTypeRef vt = LLVMTypeOf(v);
        unsigned w = LLVMGetIntTypeWidth(vt);
        LLVMValueRef amt = cg_convert_scalar(cg_scalar(an), an->ty, std.long_integer);
        LLVMValueRef big = LLVMBuildICmp(cg.b, LLVMIntUGE, amt, LLVMConstInt(cg.i64, w, 0), "");
        LLVMValueRef a = LLVMBuildTrunc(cg.b, LLVMBuildURem(cg.b, amt, LLVMConstInt(cg.i64, w, 0), ""), vt, "");
        LLVMValueRef r;
        switch (s->op) {
        case 0: r = LLVMBuildSelect(cg.b, big, LLVMConstNull(vt), LLVMBuildShl(cg.b, v, a, ""), "shl"); break;
        case 1: r = LLVMBuildSelect(cg.b, big, LLVMConstNull(vt), LLVMBuildLShr(cg.b, v, a, ""), "shr"); break;
        case 2: r = LLVMBuildAShr(cg.b, v, LLVMBuildSelect(cg.b, big, LLVMConstInt(vt, w - 1, 0), a, ""), "sra"); break;
        default: {
            LLVMTypeRef ft;
            LLVMValueRef f = cg_intrinsic(s->op == 3 ? "llvm.fshl" : "llvm.fshr", vt, &ft);
            LLVMValueRef args[3] = {v, v, a};
            r = LLVMBuildCall2(cg.b, ft, f, args, 3, "rot");
        }
        }
        return result->v = r;
    }
    if (s->inherited_from && !(ci && ci->controlling >= 0))
        s = s->inherited_from;      /* the parent's body, on a view of the object */
    /* at most three arguments per formal (data, bounds, level), the static
     * link, and one more for the dispatching copy below */
    LLVMValueRef *args = arena_alloc(sizeof(LLVMValueRef) * (3 * (size_t)s->params.len + 2));
    Vec post = {0};                  /* triples: temporary, actual's address, actual */
    unsigned n = 0;
    if (s->depth > 0 && !s->imported)
        args[n++] = frame_at_depth(s->depth);
    for (int i = 0; i < s->params.len; i++) {
        Entity *f = s->params.data[i];
        Node *a = i < ci->actuals.len ? ci->actuals.data[i] : NULL;
        if (!a)
            a = f->init;
        Type *t = type_full(f->type);
        if (t && t->kind == TY_ARRAY && !t->constrained) {
            CgVal v = f->mode == MODE_IN ? cg_expr(a) : cg_address(a);
            v.bounds = cg_bounds_block(v, a->ty);
            if (f->mode == MODE_IN)
                cg_borrow_temp(a, v);
            args[n++] = v.v;
            args[n++] = v.bounds;
        } else if (t && (t->kind == TY_ARRAY || t->kind == TY_RECORD)) {
            args[n++] = f->mode == MODE_IN ? cg_expr(a).v : cg_address(a).v;
            if (f->mode == MODE_IN)
                cg_borrow_temp(a, (CgVal){args[n - 1], NULL});
        } else if (f->mode != MODE_IN) {
            CgVal addr = cg_address(a);
            Type *at = a->ty ? type_full(a->ty) : NULL;
            if (t && at && cg.opts->checks && copy_back_needs_check(t, at)) {
                /* 6.4.1(17): the formal's value is converted to the actual's
                 * subtype on the way back: through a temporary, checked */
                LLVMTypeRef mt = cg_mem_type(at);
                LLVMValueRef tmp = cg_alloca(mt, "actual.copy");
                LLVMBuildStore(cg.b, LLVMBuildLoad2(cg.b, mt, addr.v, ""), tmp);
                vec_push(&post, tmp);
                vec_push(&post, addr.v);
                vec_push(&post, a);
                args[n++] = tmp;
            } else {
                args[n++] = addr.v;
            }
        } else {
            args[n++] = cg_scalar(a);
        }
        if (sema_passes_level(s, f)) {
            /* 3.10.2(13/3): the level of what the actual designates */
            int lv = ci->levels ? ci->levels[i] : 0;
            Node *an = a;
            while (an && (an->kind == N_PAREN || an->kind == N_QUALIFIED))
                an = an->expr;
            if (lv == LEVEL_OF_PARAM && an && an->ent)
                args[n++] = cg_param_level(an->ent);
            else
                args[n++] = LLVMConstInt(cg.i32, (unsigned)(lv < 0 ? 0 : lv), 0);
        }
    }
    if (sema_result_level(s)) {
        /* 3.10.2(10.1/3): the master of the call, or our own caller's */
        if (ci && ci->result_level == LEVEL_OF_PARAM)
            args[n++] = cg.result_level ? cg_load(cg.i32, cg.result_level, "result.level")
                                        : LLVMConstInt(cg.i32, 0, 0);
        else
            args[n++] = LLVMConstInt(cg.i32, (unsigned)(ci ? ci->result_level : 0), 0);
    }
    bool dispatching = ci && ci->controlling >= 0;
    if (!dispatching && cg.opts->checks) {
        /* 3.11(14): the body must be elaborated (cg_elab_flag says when
         * that is not known) */
        LLVMValueRef flag = cg_elab_flag(s, &call->loc);
        if (flag)
            cg_check_fail("elaboration", call->loc,
                          LLVMBuildICmp(cg.b, LLVMIntEQ, LLVMBuildLoad2(cg.b, cg.i8, flag, "elaborated"),
                                        LLVMConstInt(cg.i8, 0, 0), "not.elaborated"));
    }
    LLVMValueRef fn = dispatching ? NULL : cg_function(s);   /* an abstract S has no body */
    LLVMTypeRef ft = cg_function_type(s);
    if (dispatching) {
        /* a dispatching call (3.9.2(20)): the tag of the controlling
         * operand selects the body; a slot holds {function, static link} */
        int skip = (s->depth > 0 && !s->imported) ? 1 : 0;
        unsigned ai = (unsigned)skip;
        for (int i = 0; i < ci->controlling; i++) {
            Type *pt = type_full(((Entity *)s->params.data[i])->type);
            ai += (pt && pt->kind == TY_ARRAY && !pt->constrained) ? 2 : 1;
        }
        LLVMValueRef obj = args[ai];
        LLVMValueRef tag = LLVMBuildLoad2(cg.b, cg.ptr, obj, "tag");
        LLVMValueRef idx[3] = {LLVMConstInt(cg.i32, 0, 0), LLVMConstInt(cg.i32, 4, 0), LLVMConstInt(cg.i32, (unsigned)s->slot, 0)};
        LLVMTypeRef tt = cg_tag_type(0);
        LLVMValueRef slot = LLVMBuildGEP2(cg.b, tt, tag, idx, 3, "slot");
        LLVMValueRef target = LLVMBuildLoad2(cg.b, cg.ptr, LLVMBuildStructGEP2(cg.b, cg.fat_t, slot, 0, ""), "dispatch.fn");
        LLVMValueRef link = LLVMBuildLoad2(cg.b, cg.ptr, LLVMBuildStructGEP2(cg.b, cg.fat_t, slot, 1, ""), "dispatch.link");
        LLVMValueRef *dargs = arena_alloc(sizeof(LLVMValueRef) * (n + 1));
        unsigned dn = 0;
        dargs[dn++] = link;
        for (unsigned i = (unsigned)skip; i < n; i++)
            dargs[dn++] = args[i];
        LLVMTypeRef dft = cg_dispatch_type(s);
        bool dvoid = LLVMGetReturnType(dft) == cg.void_t;
        LLVMValueRef r = LLVMBuildCall2(cg.b, dft, target, dargs, dn, dvoid ? "" : "dispatch.result");
        checked_copy_back(&post);
        return finish_call(s, dft, r, result);
    }
    bool is_void = LLVMGetReturnType(ft) == cg.void_t;
    LLVMValueRef r = LLVMBuildCall2(cg.b, ft, fn, args, n, is_void ? "" : arena_printf("%s.result", s->spelling));
    checked_copy_back(&post);
    return finish_call(s, ft, r, result);
}

/* The result of call R of S (of type FT), as a value or an address. */
static LLVMValueRef finish_call(Entity *s, LLVMTypeRef ft, LLVMValueRef r, CgVal *result)
{
    bool is_void = LLVMGetReturnType(ft) == cg.void_t;
    if (s->kind == E_FUNCTION && s->result
        && (LLVMGetReturnType(ft) == cg.fat_t || cg_result_on_ss(s->result)))
        cg.ss_uses++;
    if (!is_void && LLVMGetReturnType(ft) == cg.fat_t) {
        result->v = LLVMBuildExtractValue(cg.b, r, 0, "result.data");
        result->bounds = LLVMBuildExtractValue(cg.b, r, 1, "result.bounds");
        return result->v;
    }
    if (!is_void) {
        LLVMTypeKind k = LLVMGetTypeKind(LLVMGetReturnType(ft));
        if (k == LLVMStructTypeKind || k == LLVMArrayTypeKind) {
            /* a composite result: keep it in a temporary, reached by address */
            LLVMValueRef tmp = cg_alloca(LLVMGetReturnType(ft), arena_printf("%s.tmp", s->spelling));
            LLVMBuildStore(cg.b, r, tmp);
            r = tmp;
        }
    }
    result->v = r;
    return r;
}

/* ---- default initialisation (3.3.1(10-13)) -------------------------------------------- */

/* The condition "LO .. HI is a non-null range not within FIRST .. LAST",
 * compared as the index type's values (unsigned for a modular type, whose
 * mod 2**64 values do not fit a signed compare). */
static LLVMValueRef range_outside(LLVMValueRef lo, LLVMValueRef hi, LLVMValueRef first, LLVMValueRef last,
                                  Type *ix, const char *name)
{
    bool uns = ix && type_full(ix)->base && type_full(ix)->base->kind == TY_MODULAR;
    LLVMValueRef nonnull = LLVMBuildICmp(cg.b, uns ? LLVMIntULE : LLVMIntSLE, lo, hi, "");
    LLVMValueRef out = LLVMBuildOr(cg.b, LLVMBuildICmp(cg.b, uns ? LLVMIntULT : LLVMIntSLT, lo, first, ""),
                                   LLVMBuildICmp(cg.b, uns ? LLVMIntUGT : LLVMIntSGT, hi, last, ""), "");
    return LLVMBuildAnd(cg.b, nonnull, out, name);
}

/* The constraint of a component subtype that depends on discriminants,
 * elaborated with this record's values, must be compatible with its parent
 * subtype (3.6.1(7), 3.2.2(11)): for an array, each non-null index range. */
static void check_dependent_constraint(Type *ct, Loc loc)
{
    if (!cg.opts->checks || ct->kind != TY_ARRAY || !ct->constrained)
        return;
    for (int i = 0; i < ct->indexes.len; i++) {
        Type *ix = type_full(ct->indexes.data[i]);
        if (!ix->range_parent)
            continue;
        LLVMValueRef lo, hi, plo, phi;
        cg_bounds_of(ct, i, &lo, &hi);
        cg_bounds_of(ix->range_parent, 0, &plo, &phi);
        plo = cg_convert_scalar(plo, ix->range_parent, ix->base);
        phi = cg_convert_scalar(phi, ix->range_parent, ix->base);
        cg_check_fail("range", loc, range_outside(lo, hi, plo, phi, ix, "component.constraint"));
    }
}

void cg_init_default(LLVMValueRef addr, Type *t)
{
    t = type_full(t);
    switch (t->kind) {
    case TY_ACCESS:
        LLVMBuildStore(cg.b, LLVMConstNull(cg.ptr), addr);   /* 4.8(9): null */
        break;
    case TY_RECORD: {
        if (t->tagged && !t->is_classwide)
            LLVMBuildStore(cg.b, cg_tag(t), addr);    /* the tag: field 0 */
        /* the discriminants first: the constraint's values, evaluated where
         * the subtype is (3.3.1(12)), or their defaults */
        for (int i = 0; i < t->n_discr; i++) {
            Entity *c = t->components.data[i];
            LLVMValueRef ca = cg_component_addr(addr, t, i, c->spelling);
            if (i < t->discr_values.len)
                store_scalar(cg_scalar(t->discr_values.data[i]), ca);
            else if (c->init)
                store_scalar(cg_scalar(c->init), ca);
        }
        LLVMValueRef saved = cg.discr_base;
        Type *saved_rec = cg.discr_rec;
        cg.discr_base = addr;
        cg.discr_rec = t;
        for (int i = t->n_discr; i < t->components.len; i++) {
            Entity *c = t->components.data[i];
            LLVMValueRef ca = cg_component_addr(addr, t, i, c->spelling);
            if (type_depends_on_discriminant(c->type))
                check_dependent_constraint(type_full(c->type), c->loc);
            if (c->init) {
                if (type_is_scalar(type_full(c->type)) || type_full(c->type)->kind == TY_ACCESS)
                    store_scalar(cg_scalar(c->init), ca);
                else {
                    CgVal v = cg_expr(c->init);
                    LLVMBuildMemCpy(cg.b, ca, cg_align(c->type), v.v, 1, cg_object_size(c->type));
                }
            } else {
                cg_init_default(ca, c->type);
            }
        }
        cg.discr_base = saved;
        cg.discr_rec = saved_rec;
        break;
    }
    case TY_ARRAY: {
        Type *ct = type_full(t->component);
        if (t->constrained && (ct->kind == TY_ACCESS))
            LLVMBuildMemSet(cg.b, addr, LLVMConstInt(cg.i8, 0, 0), LLVMConstInt(cg.i64, cg_size(t), 0), cg_align(t));
        else if (t->constrained && ct->kind == TY_RECORD) {
            /* each component's defaults: a loop over the elements */
            LLVMValueRef n = LLVMConstInt(cg.i64, cg_size(t) / (cg_size(ct) ? cg_size(ct) : 1), 0);
            LLVMValueRef i = cg_alloca(cg.i64, "init.i");
            LLVMBuildStore(cg.b, LLVMConstInt(cg.i64, 0, 0), i);
            LLVMBasicBlockRef head = cg_block("init.head"), body = cg_block("init.body"), end = cg_block("init.end");
            LLVMBuildBr(cg.b, head);
            LLVMPositionBuilderAtEnd(cg.b, head);
            LLVMValueRef iv = LLVMBuildLoad2(cg.b, cg.i64, i, "");
            LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntULT, iv, n, ""), body, end);
            LLVMPositionBuilderAtEnd(cg.b, body);
            LLVMValueRef idx[1] = {iv};
            cg_init_default(LLVMBuildGEP2(cg.b, cg_mem_type(ct), addr, idx, 1, ""), ct);
            LLVMBuildStore(cg.b, LLVMBuildAdd(cg.b, iv, LLVMConstInt(cg.i64, 1, 0), ""), i);
            LLVMBuildBr(cg.b, head);
            LLVMPositionBuilderAtEnd(cg.b, end);
        }
        break;
    }
    default:
        break;
    }
}

/* The discriminants of the record at ADDR must equal those of the
 * constrained subtype TO (4.6(43), 3.7.2). */
static void discriminant_check(LLVMValueRef addr, Type *to, Loc loc)
{
    to = type_full(to);
    if (!to->discr_values.len || !cg.opts->checks)
        return;
    LLVMValueRef bad = NULL;
    for (int i = 0; i < to->discr_values.len; i++) {
        Entity *d = to->components.data[i];
        LLVMValueRef da = cg_component_addr(addr, to, i, "");
        LLVMValueRef have = load_scalar(d->type, da, d->spelling);
        LLVMValueRef want = cg_scalar(to->discr_values.data[i]);
        LLVMValueRef ne = LLVMGetTypeKind(LLVMTypeOf(have)) == LLVMPointerTypeKind
            ? LLVMBuildICmp(cg.b, LLVMIntNE, have, want, "") : LLVMBuildICmp(cg.b, LLVMIntNE, have, want, "");
        bad = bad ? LLVMBuildOr(cg.b, bad, ne, "") : ne;
    }
    cg_check_fail("discriminant", loc, bad);
}

/* Does a value of access type ACC designate an array with its bounds in a
 * header (an access-to-unconstrained-array type, whatever the subtype)? */
static bool has_bounds_header(Type *acc)
{
    acc = type_full(acc);
    Type *d = type_full(type_full(acc->base)->designated);
    return d && d->kind == TY_ARRAY && !d->constrained;
}

/* Converting access value P to access subtype TO whose designated subtype is
 * constrained: a non-null P must designate an object satisfying it (4.6(51/3)). */
static void designated_constraint_check(LLVMValueRef p, Type *to, Loc loc)
{
    Type *d = type_full(to->designated);
    LLVMBasicBlockRef check = cg_block("designated.check"), done = cg_block("designated.done");
    LLVMBuildCondBr(cg.b, LLVMBuildIsNull(cg.b, p, ""), done, check);
    LLVMPositionBuilderAtEnd(cg.b, check);
    if (d->kind == TY_RECORD && d->discr_values.len) {
        discriminant_check(p, d, loc);
    } else if (d->kind == TY_ARRAY && d->constrained && has_bounds_header(to)) {
        CgVal obj = {NULL, p};
        LLVMValueRef bad = NULL;
        for (int i = 0; i < d->indexes.len; i++) {
            LLVMValueRef lo, hi, tlo, thi;
            array_bounds(obj, d, i, &lo, &hi);
            cg_bounds_of(d, i, &tlo, &thi);
            LLVMValueRef ne = LLVMBuildOr(cg.b, LLVMBuildICmp(cg.b, LLVMIntNE, lo, tlo, ""),
                                          LLVMBuildICmp(cg.b, LLVMIntNE, hi, thi, ""), "");
            bad = bad ? LLVMBuildOr(cg.b, bad, ne, "") : ne;
        }
        if (bad)
            cg_check_fail("range", loc, bad);
    }
    LLVMBuildBr(cg.b, done);
    LLVMPositionBuilderAtEnd(cg.b, done);
}

/* ---- allocators (4.8) ------------------------------------------------------------------------ */

/* The size in bytes of an object of subtype T; computed at run time for
 * arrays with dynamic bounds. */
LLVMValueRef cg_object_size(Type *t)
{
    t = type_full(t);
    if (t->kind == TY_RECORD && !t->is_classwide)
        return record_subtype_size(t);
    if (t->kind != TY_ARRAY || !t->constrained)
        return LLVMConstInt(cg.i64, cg_size(t), 0);
    LLVMValueRef n = LLVMConstInt(cg.i64, cg_size(t->component), 0);
    for (int i = 0; i < t->indexes.len; i++) {
        LLVMValueRef lo, hi;
        cg_bounds_of(t, i, &lo, &hi);
        n = LLVMBuildMul(cg.b, n, length_of(lo, hi), "");
    }
    return n;
}

/* An object of SIZE bytes aligned to ALIGN from the default pool.  When
 * optimising, a small object of a size known here is popped from its size
 * class's free list inline, and the runtime is called only to refill an
 * empty list (or for big, very aligned or dynamically sized objects). */
LLVMValueRef cg_pool_alloc(LLVMValueRef size, LLVMValueRef align)
{
    /* at -O0 the IR stays one runtime call per allocator, as written;
     * under -fsanitize=address too, so that ASan sees every object */
    if (cg.opts->opt_level == 0 || cg.opts->sanitize_address || !LLVMIsConstant(size) || !LLVMIsConstant(align))
        return cg_call_rt_pair("__adac_alloc", size, align);
    unsigned long long sz = LLVMConstIntGetZExtValue(size), al = LLVMConstIntGetZExtValue(align);
    if (sz > ADART_SMALL_MAX || al > ADART_SMALL_STEP)
        return cg_call_rt_pair("__adac_alloc", size, align);
    unsigned cls = sz == 0 ? 0 : (unsigned)((sz + ADART_SMALL_STEP - 1) / ADART_SMALL_STEP) - 1;
    LLVMValueRef lists = cg_free_lists();
    LLVMValueRef idx[2] = {LLVMConstInt(cg.i32, 0, 0), LLVMConstInt(cg.i32, cls, 0)};
    LLVMValueRef slot = LLVMBuildGEP2(cg.b, LLVMGlobalGetValueType(lists), lists, idx, 2, "pool.slot");
    LLVMValueRef head = LLVMBuildLoad2(cg.b, cg.ptr, slot, "pool.head");
    LLVMBasicBlockRef pop = cg_block("pool.pop"), refill = cg_block("pool.refill"), done = cg_block("pool.done");
    LLVMBuildCondBr(cg.b, LLVMBuildIsNull(cg.b, head, ""), refill, pop);
    LLVMPositionBuilderAtEnd(cg.b, pop);
    LLVMValueRef next = LLVMBuildLoad2(cg.b, cg.ptr, head, "pool.next");
    LLVMBuildStore(cg.b, next, slot);
    LLVMBuildBr(cg.b, done);
    LLVMPositionBuilderAtEnd(cg.b, refill);
    LLVMValueRef c = LLVMConstInt(cg.i32, cls, 0);
    LLVMValueRef fresh = cg_call_rt("__adac_alloc_refill", &c, 1);
    LLVMBuildBr(cg.b, done);
    LLVMPositionBuilderAtEnd(cg.b, done);
    return cg_phi2(cg.ptr, head, pop, fresh, refill, "new");
}

/* An allocator's object from the default pool: with -fpool=..., a call of
 * the installed pool giving the allocator's position LOC; else
 * cg_pool_alloc. */
static LLVMValueRef pool_alloc_at(LLVMValueRef size, LLVMValueRef align, Loc loc)
{
    if (!cg.opts->pool)
        return cg_pool_alloc(size, align);
    LLVMValueRef args[4] = {size, align, NULL, NULL};
    pool_site(loc, &args[2], &args[3]);
    return cg_call_rt("__adac_pool_alloc", args, 4);
}

/* ---- user-defined storage pools (13.11) and subpools (13.11.4) ------------------------------------ */

/* A call of pool operation S (Allocate, Deallocate, Allocate_From_Subpool)
 * on the pool object at POOL with the other arguments ARGS: a direct call
 * when the pool's type is known (LLVM can inline it), else dispatching on
 * the pool's tag (13.11(17)). */
LLVMValueRef cg_prim_call(Entity *s, bool dispatching, LLVMValueRef pool, LLVMValueRef *rest, unsigned n_rest)
{
    LLVMValueRef args[8];
    unsigned n = 0;
    if (dispatching) {
        LLVMValueRef tag = LLVMBuildLoad2(cg.b, cg.ptr, pool, "pool.tag");
        LLVMValueRef idx[3] = {LLVMConstInt(cg.i32, 0, 0), LLVMConstInt(cg.i32, 4, 0), LLVMConstInt(cg.i32, (unsigned)s->slot, 0)};
        LLVMValueRef slot = LLVMBuildGEP2(cg.b, cg_tag_type(0), tag, idx, 3, "pool.slot");
        LLVMValueRef target = LLVMBuildLoad2(cg.b, cg.ptr, LLVMBuildStructGEP2(cg.b, cg.fat_t, slot, 0, ""), "pool.fn");
        args[n++] = LLVMBuildLoad2(cg.b, cg.ptr, LLVMBuildStructGEP2(cg.b, cg.fat_t, slot, 1, ""), "pool.link");
        args[n++] = pool;
        for (unsigned i = 0; i < n_rest; i++)
            args[n++] = rest[i];
        return LLVMBuildCall2(cg.b, cg_dispatch_type(s), target, args, n, "");
    }
    Entity *body = s->inherited_from ? s->inherited_from : s;
    if (body->depth > 0 && !body->imported)
        args[n++] = frame_at_depth(body->depth);
    args[n++] = pool;
    for (unsigned i = 0; i < n_rest; i++)
        args[n++] = rest[i];
    LLVMValueRef call = LLVMBuildCall2(cg.b, cg_function_type(body), cg_function(body), args, n, "");
    if (cg.opts->opt_level > 1 && body != cg.subp) {
        /* a pool's operation called with constant sizes: inlined, its
         * arithmetic on the size and alignment folds away (issue 9) */
        unsigned kind = LLVMGetEnumAttributeKindForName("alwaysinline", 12);
        LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg.ctx, kind, 0));
    }
    return call;
}

/* Storage for an object of SIZE bytes aligned to ALIGN, for an allocator
 * of access type ACC, from the subpool SUBPOOL (NULL: none given): from the
 * access type's pool if it has one (13.11(16)), else from the default pool. */
static LLVMValueRef alloc_raw(Type *acc, LLVMValueRef subpool, Loc loc, LLVMValueRef size, LLVMValueRef align);

static LLVMValueRef alloc_for(Type *acc, Node *subpool, Loc loc, LLVMValueRef size, LLVMValueRef align)
{
    Type *a = acc ? type_full(acc)->base : NULL;
    LLVMValueRef h = subpool && a && a->storage_pool && a->pool_allocate_from_subpool ? cg_scalar(subpool) : NULL;
    Type *d = a ? type_full(a->designated) : NULL;
    if (!d || !cg_needs_finalization(d))
        return alloc_raw(acc, h, loc, size, align);
    /* an object that needs finalization joins its subpool's objects, or
     * else its access type's collection */
    if (!h && cg.opts->checks) {
        /* 4.8(10.2/2): not once the collection's finalization has started */
        LLVMValueRef closing = LLVMBuildLoad2(cg.b, cg.i8, cg_collection_closing(acc), "coll.closing");
        cg_check_fail("collection_finalized", loc, LLVMBuildICmp(cg.b, LLVMIntNE, closing, LLVMConstNull(cg.i8), ""));
    }
    size = LLVMBuildAdd(cg.b, size, LLVMConstInt(cg.i64, CG_COLLECTION_HEADER, 0), "with.header");
    LLVMValueRef block = alloc_raw(acc, h, loc, size, align);
    cg_collection_link(acc, h, block);
    LLVMValueRef off[1] = {LLVMConstInt(cg.i64, CG_COLLECTION_HEADER, 0)};
    return LLVMBuildGEP2(cg.b, cg.i8, block, off, 1, "new");
}

static LLVMValueRef alloc_raw(Type *acc, LLVMValueRef h, Loc loc, LLVMValueRef size, LLVMValueRef align)
{
    Type *a = acc ? type_full(acc)->base : NULL;
    if (a && bounded_pool(a)) {
        /* 13.11(18): Storage_Size bytes for the type, Storage_Error beyond */
        LLVMValueRef cap = cg_scalar(a->storage_size);
        unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(cap));
        cap = w < 64 ? LLVMBuildSExt(cg.b, cap, cg.i64, "") : w > 64 ? LLVMBuildTrunc(cg.b, cap, cg.i64, "") : cap;
        LLVMValueRef args[6] = {bounded_state(a), cap, size, align, NULL, NULL};
        pool_site(loc, &args[4], &args[5]);
        return cg_call_rt("__adac_bounded_alloc", args, 6);
    }
    if (!a || !a->storage_pool || !a->pool_allocate)
        return pool_alloc_at(size, align, loc);
    LLVMValueRef pool = cg_address(a->storage_pool).v;
    LLVMValueRef slot = cg_alloca(cg.i64, "pool.address");
    if (h) {
        /* 4.8(10.3/3): Constraint_Error for a null handle, Program_Error
         * for a subpool of another pool */
        if (cg.opts->checks) {
            cg_check_fail("null_subpool", loc, LLVMBuildIsNull(cg.b, h, ""));
            /* Root_Subpool: { tag, Owner } */
            LLVMValueRef owner = LLVMBuildLoad2(cg.b, cg.ptr, LLVMBuildGEP2(cg.b, cg.i8, h,
                                                (LLVMValueRef[]){LLVMConstInt(cg.i64, 8, 0)}, 1, ""), "subpool.owner");
            cg_check_fail("foreign_subpool", loc, LLVMBuildICmp(cg.b, LLVMIntNE, owner, pool, "foreign.subpool"));
        }
        LLVMValueRef rest[4] = {slot, size, align, h};
        cg_prim_call(a->pool_allocate_from_subpool, a->pool_dispatching, pool, rest, 4);
    } else if (a->pool_allocate_from_subpool && a->pool_default_subpool && !a->pool_dispatching) {
        /* 13.11.4(21/3): a pool that supports subpools, without a
         * subpool_specification: Allocate_From_Subpool with the pool's
         * Default_Subpool_for_Pool, not through Allocate, which the pool's
         * type may override (a class-wide pool calls Allocate, as
         * 13.11.4(32/3) permits) */
        LLVMValueRef dh = cg_prim_call(a->pool_default_subpool, false, pool, NULL, 0);
        LLVMValueRef rest[4] = {slot, size, align, dh};
        cg_prim_call(a->pool_allocate_from_subpool, false, pool, rest, 4);
    } else {
        LLVMValueRef rest[3] = {slot, size, align};
        cg_prim_call(a->pool_allocate, a->pool_dispatching, pool, rest, 3);
    }
    return LLVMBuildIntToPtr(cg.b, LLVMBuildLoad2(cg.b, cg.i64, slot, ""), cg.ptr, "new");
}

/* Allocate from the default pool an array of subtype ST designated by an
 * access-to-unconstrained-array value: its bounds, then its data, in one
 * block (the access value designates the block).  Returns the block;
 * *DATA gets the address of the data. */
static LLVMValueRef alloc_with_bounds(Node *e, Type *st, CgVal src, LLVMValueRef bytes, LLVMValueRef *data)
{
    st = type_full(st);
    unsigned hsize = bounds_header_size(st);
    LLVMValueRef args[2] = {LLVMBuildAdd(cg.b, bytes, LLVMConstInt(cg.i64, hsize, 0), ""), LLVMConstInt(cg.i64, 8, 0)};
    LLVMValueRef p = alloc_for(e->ty, e->left, e->loc, args[0], args[1]);
    LLVMSetValueName2(p, "new", 3);
    cg_store_bounds(p, src, st);
    LLVMValueRef off[1] = {LLVMConstInt(cg.i64, hsize, 0)};
    *data = LLVMBuildGEP2(cg.b, cg.i8, p, off, 1, "new.data");
    return p;
}

/* Is the value of X a copy of an existing object (adjusted, 7.6(17)) rather
 * than built in place: an aggregate or a function result (7.6(17.2/3))? */
bool cg_built_by_copy(Node *x)
{
    while (x->kind == N_PAREN || x->kind == N_QUALIFIED)
        x = x->expr;
    if (x->kind == N_AGGREGATE)
        return false;
    if (x->kind == N_APPLY && x->op == APPLY_CALL)
        return false;
    if ((x->kind == N_BINARY || x->kind == N_UNARY) && x->ent && x->sem)
        return false;           /* a user-defined operator: a function call */
    if (x->kind == N_BINARY && x->op == '&' && x->ty && type_full(x->ty)->kind == TY_ARRAY)
        return false;           /* a concatenation: a new array (its copies adjusted) */
    if ((x->kind == N_IDENT || x->kind == N_SELECTED) && x->ent && x->ent->kind == E_FUNCTION)
        return false;
    return true;
}

/* 4.8(10.1/3): an access discriminant of the allocated object given by an
 * access parameter or a stand-alone object of anonymous type (the ones
 * sema marks) must not designate an object deeper than the allocator's
 * type: Program_Error. */
static void discriminant_level_check(Node *e, Type *acc)
{
    if (!(e->checks & CHK_ACCESSIBILITY) || !cg.opts->checks)
        return;
    Vec vals = {0};
    if (e->expr) {
        Node *agg = e->expr;
        while (agg->kind == N_QUALIFIED || agg->kind == N_PAREN)
            agg = agg->expr;
        Type *at = e->expr->ty ? type_full(e->expr->ty) : NULL;
        if (agg->kind == N_AGGREGATE && agg->sem && at && at->kind == TY_RECORD)
            for (int i = 0; i < at->n_discr; i++)
                vec_push(&vals, ((Node **)agg->sem)[i]);
    } else if (e->type && e->type->expr && e->type->expr->kind == N_APPLY) {
        vals = e->type->expr->list;
    }
    for (int i = 0; i < vals.len; i++) {
        Node *v = vals.data[i];
        if (v && v->kind == N_ASSOC)
            v = v->expr;
        while (v && v->kind == N_PAREN)
            v = v->expr;
        if (!v || !sema_dynamic_level(v))
            continue;
        LLVMValueRef level = cg_param_level(v->ent);
        cg_check_fail("accessibility", v->loc, LLVMBuildICmp(cg.b, LLVMIntSGT, level,
                      LLVMConstInt(cg.i32, (unsigned)acc->base->level, 0), "discriminant.deeper"));
    }
}

static CgVal allocator(Node *e)
{
    Type *acc = type_full(e->ty);
    Type *d = type_full(acc->designated);
    discriminant_level_check(e, acc);
    if (e->expr) {
        /* new T'(X): evaluate X (converted to the designated subtype,
         * with its checks), allocate, copy (4.8(7/2), (10/2)) */
        Node *q = e->expr;
        Type *qt = type_full(q->ty);
        if (type_is_scalar(qt) || qt->kind == TY_ACCESS) {
            LLVMValueRef v = cg_scalar(q);
            LLVMValueRef args[2] = {LLVMConstInt(cg.i64, cg_size(d), 0), LLVMConstInt(cg.i64, cg_align(d), 0)};
            LLVMValueRef p = alloc_for(e->ty, e->left, e->loc, args[0], args[1]);
            LLVMSetValueName2(p, "new", 3);
            store_scalar(v, p);
            return (CgVal){p, NULL};
        }
        CgVal v = cg_expr(q);
        if (d->is_classwide) {
            /* new T'Class'(X): the size and the level come with X's tag;
             * 4.8(10.1/3): Program_Error if X's type is deeper than the
             * access type */
            LLVMValueRef tag = LLVMBuildLoad2(cg.b, cg.ptr, v.v, "tag");
            /* of a specific type, the value's own size (its discriminants may
             * size it); of a class-wide one, its tag's */
            LLVMValueRef size = !qt->is_classwide && qt->kind == TY_RECORD ? cg_record_size_at(qt, v.v)
                                                                           : cg_classwide_size(v.v);
            cg_tag_level_check(tag, acc->base->level, e->loc);
            LLVMValueRef args[2] = {size, LLVMConstInt(cg.i64, 8, 0)};
            LLVMValueRef p = alloc_for(e->ty, e->left, e->loc, args[0], args[1]);
            LLVMSetValueName2(p, "new", 3);
            LLVMBuildMemCpy(cg.b, p, 8, v.v, 8, size);
            if (cg_built_by_copy(q) && cg_needs_finalization(d))
                cg_adjust(p, d);                      /* 7.6(17): a copy is adjusted */
            return (CgVal){p, NULL};
        }
        if (has_bounds_header(acc)) {
            LLVMValueRef data;
            LLVMValueRef bytes = cg_array_value_bytes(v, qt);
            LLVMValueRef p = alloc_with_bounds(e, qt, v, bytes, &data);
            LLVMBuildMemCpy(cg.b, data, 1, v.v, 1, bytes);
            if (cg_built_by_copy(q) && cg_needs_finalization(d))
                cg_adjust_array(data, d, p);          /* 7.6(17): a copy is adjusted */
            return (CgVal){p, NULL};
        }
        Type *ot = d->kind == TY_ARRAY ? d : qt;   /* a constrained array slides into d */
        LLVMValueRef bytes = ot->kind == TY_RECORD ? cg_record_size_at(ot, v.v) : cg_object_size(ot);
        LLVMValueRef args[2] = {bytes, LLVMConstInt(cg.i64, cg_align(ot), 0)};
        LLVMValueRef p = alloc_for(e->ty, e->left, e->loc, args[0], args[1]);
        LLVMSetValueName2(p, "new", 3);
        LLVMBuildMemCpy(cg.b, p, cg_align(ot), v.v, 1, bytes);
        if (cg_built_by_copy(q) && cg_needs_finalization(ot))
            cg_adjust(p, ot);                         /* 7.6(17): a copy is adjusted */
        return (CgVal){p, NULL};
    }
    /* new T: allocate and default-initialise (4.8(9/2)) */
    Type *st = e->type && e->type->ty ? type_full(e->type->ty) : d;   /* the allocator's subtype */
    cg_elaborate_subtype(st);
    LLVMValueRef p, obj;
    if (has_bounds_header(acc)) {
        p = alloc_with_bounds(e, st, (CgVal){NULL, NULL}, cg_object_size(st), &obj);
    } else {
        LLVMValueRef args[2] = {cg_object_size(st), LLVMConstInt(cg.i64, cg_align(st), 0)};
        p = obj = alloc_for(e->ty, e->left, e->loc, args[0], args[1]);
        LLVMSetValueName2(p, "new", 3);
    }
    cg_init_default(obj, st);
    if (cg_needs_finalization(st))
        cg_initialize(obj, st);                       /* 7.6(10/2) */
    if (st->kind == TY_ACCESS && (st->aflags & AF_NOT_NULL) && cg.opts->checks)
        /* its default value null does not belong to the subtype (3.10(14.1/2)) */
        cg_check_fail("null_exclusion", e->loc, LLVMConstInt(cg.i1, 1, 0));
    /* 4.8(10/2): the object must belong to the designated subtype */
    Type *ds = type_full(acc->designated);
    if (ds->kind == TY_RECORD && ds->discr_values.len && ds != st)
        discriminant_check(obj, ds, e->loc);
    if (ds->kind == TY_ARRAY && ds->constrained && ds != st && cg.opts->checks) {
        LLVMValueRef bad = NULL;
        for (int i = 0; i < ds->indexes.len; i++) {
            LLVMValueRef alo, ahi, dlo, dhi;
            cg_bounds_of(st, i, &alo, &ahi);
            cg_bounds_of(ds, i, &dlo, &dhi);
            LLVMValueRef ne = LLVMBuildOr(cg.b, LLVMBuildICmp(cg.b, LLVMIntNE, alo, dlo, ""),
                                          LLVMBuildICmp(cg.b, LLVMIntNE, ahi, dhi, ""), "");
            bad = bad ? LLVMBuildOr(cg.b, bad, ne, "") : ne;
        }
        if (bad)
            cg_check_fail("range", e->loc, bad);
    }
    return (CgVal){p, NULL};
}

/* ---- aggregates (4.3) -------------------------------------------------------------------------- */

static void store_component(Node *v, Type *ct, LLVMValueRef a)
{
    ct = type_full(ct);
    if (!v || v->kind == N_OTHERS || (v->flags & NF_BOX)) {
        cg_init_default(a, ct);
        return;
    }
    if (type_is_scalar(ct) || ct->kind == TY_ACCESS)
        store_scalar(cg_scalar(v), a);
    else {
        CgVal cv = cg_expr(v);
        LLVMBuildMemCpy(cg.b, a, cg_align(ct), cv.v, 1, cg_object_size(ct));
        if (cg_needs_finalization(ct) && cg_built_by_copy(v))
            cg_adjust(a, ct);          /* 7.6(17): a component copied from an object */
    }
}

/* A loop over LO .. HI (of one integer type): cg_loop_begin leaves the
 * builder in the body and returns the current value; cg_loop_end closes
 * it, stopping at HI without stepping past the type's last value. */
typedef struct CgCount {
    LLVMValueRef var;          /* the alloca of the loop variable */
    LLVMValueRef cur, hi;      /* the current value, the last value */
    LLVMBasicBlockRef head, end;
} CgCount;

static CgCount cg_loop_begin(LLVMValueRef lo, LLVMValueRef hi, const char *name)
{
    CgCount c = {.hi = hi};
    LLVMTypeRef it = LLVMTypeOf(lo);
    c.var = cg_alloca(it, name);
    LLVMBuildStore(cg.b, lo, c.var);
    c.head = cg_block(arena_printf("%s.head", name));
    LLVMBasicBlockRef body = cg_block(arena_printf("%s.body", name));
    c.end = cg_block(arena_printf("%s.end", name));
    LLVMBuildBr(cg.b, c.head);
    LLVMPositionBuilderAtEnd(cg.b, c.head);
    c.cur = LLVMBuildLoad2(cg.b, it, c.var, "");
    LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntSLE, c.cur, hi, ""), body, c.end);
    LLVMPositionBuilderAtEnd(cg.b, body);
    return c;
}

static void cg_loop_end(CgCount *c)
{
    LLVMBasicBlockRef step = cg_block("step");
    LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntEQ, c->cur, c->hi, ""), c->end, step);
    LLVMPositionBuilderAtEnd(cg.b, step);
    LLVMBuildStore(cg.b, LLVMBuildAdd(cg.b, c->cur, LLVMConstInt(LLVMTypeOf(c->cur), 1, 0), ""), c->var);
    LLVMBuildBr(cg.b, c->head);
    LLVMPositionBuilderAtEnd(cg.b, c->end);
}

/* A loop storing the value of V into the components LO .. HI (offsets from
 * FIRST) of the array data at DATA. */
static void fill_range(LLVMValueRef data, Type *ct, LLVMValueRef first, LLVMValueRef lo, LLVMValueRef hi, Node *v)
{
    CgCount c = cg_loop_begin(lo, hi, "agg.i");
    LLVMValueRef off = LLVMBuildSub(cg.b, c.cur, first, "");
    if (LLVMGetIntTypeWidth(LLVMTypeOf(off)) != 64)
        off = LLVMBuildSExt(cg.b, off, cg.i64, "");
    LLVMValueRef idx[1] = {off};
    store_component(v, ct, LLVMBuildGEP2(cg.b, cg_mem_type(ct), data, idx, 1, ""));
    cg_loop_end(&c);
}

static LLVMValueRef smin(LLVMValueRef a, LLVMValueRef b)
{
    return LLVMBuildSelect(cg.b, LLVMBuildICmp(cg.b, LLVMIntSLT, a, b, ""), a, b, "min");
}

static LLVMValueRef smax(LLVMValueRef a, LLVMValueRef b)
{
    return LLVMBuildSelect(cg.b, LLVMBuildICmp(cg.b, LLVMIntSGT, a, b, ""), a, b, "max");
}

/* A one-dimensional array aggregate (4.3.3): its bounds (24-27), the checks
 * that they belong to the index subtype (29), and its components. */
/* The bounds of array aggregate E of type T along dimension DIM (4.3.3(24-27)),
 * with the checks of (26) and (29). */
/* The bounds of dimension DIM of aggregate E (a sub-aggregate when DIM >
 * 0); TARGET: the whole aggregate takes the bounds of the variable it is
 * assigned to (4.3.3(16)), so do its sub-aggregates with others. */
static void agg_bounds(Node *e, Type *t, int dim, bool target, LLVMValueRef *lo_out, LLVMValueRef *hi_out)
{
    t = type_full(t);
    Type *ixs = type_full(type_full(t->base)->indexes.data[dim]);  /* the index subtype */
    LLVMTypeRef it = cg_type(ixs->base);
    int npos = 0;
    Node *others = NULL;
    bool named = false;
    for (int i = 0; i < e->list.len; i++) {
        Node *a = e->list.data[i];
        if (a->kind != N_ASSOC)
            npos++;
        else if (a->list.len == 1 && ((Node *)a->list.data[0])->kind == N_OTHERS)
            others = a;
        else
            named = true;
    }
    LLVMValueRef lo, hi;
    if (others && target && cg.agg_target.bounds) {
        /* 4.3.3(16): the bounds of the array variable assigned */
        array_bounds(cg.agg_target, t, dim, &lo, &hi);
        lo = cg_convert_scalar(lo, t->indexes.data[dim], ixs->base);
        hi = cg_convert_scalar(hi, t->indexes.data[dim], ixs->base);
    } else if (others || (t->constrained && !named)) {
        cg_elaborate_subtype(t);
        cg_bounds_of(t, dim, &lo, &hi);
        lo = cg_convert_scalar(lo, t->indexes.data[dim], ixs->base);
        hi = cg_convert_scalar(hi, t->indexes.data[dim], ixs->base);
        if (!others && npos) {
            /* 4.3.3(26): a positional aggregate has exactly its own length */
            LLVMValueRef n = length_of(lo, hi);
            if (cg.opts->checks)
                cg_check_fail("length", e->loc, LLVMBuildICmp(cg.b, LLVMIntNE, n, LLVMConstInt(cg.i64, (unsigned)npos, 0), ""));
        }
        if (cg.opts->checks && type_depends_on_discriminant(t)) {
            /* 4.3.3(29): the bounds of a non-null aggregate belong to the
             * index subtype (the constraint comes from discriminants) */
            LLVMValueRef first, last;
            cg_bounds_of(ixs, 0, &first, &last);
            cg_check_fail("range", e->loc, range_outside(lo, hi, first, last, ixs, "agg.out"));
        }
    } else if (!named) {
        LLVMValueRef first, last;
        cg_bounds_of(ixs, 0, &first, &last);
        lo = first;
        hi = LLVMBuildAdd(cg.b, lo, LLVMConstInt(it, (unsigned long long)(npos - 1), 1), "agg.last");
        if (npos > 0 && cg.opts->checks) {
            /* 4.3.3(29): the upper bound must belong to the index subtype;
             * computed without overflow in 64 bits */
            LLVMValueRef lo64 = cg_convert_scalar(lo, ixs, std.long_integer);
            LLVMValueRef hi64 = LLVMBuildAdd(cg.b, lo64, LLVMConstInt(cg.i64, (unsigned long long)(npos - 1), 0), "");
            LLVMValueRef last64 = cg_convert_scalar(last, ixs, std.long_integer);
            cg_check_fail("range", e->loc, LLVMBuildICmp(cg.b, LLVMIntSGT, hi64, last64, "agg.too.long"));
        }
    } else {
        /* named: the smallest and largest choices (4.3.3(27)) */
        lo = hi = NULL;
        for (int i = 0; i < e->list.len; i++) {
            Node *a = e->list.data[i];
            if (a->kind != N_ASSOC)
                continue;
            for (int k = 0; k < a->list.len; k++) {
                Node *c = a->list.data[k];
                LLVMValueRef clo, chi;
                if (c->kind == N_RANGE) {
                    clo = cg_scalar(c->left);
                    chi = cg_scalar(c->right);
                } else if (c->kind == N_OTHERS) {
                    continue;
                } else if (c->ty && c->ent && c->ent->kind == E_TYPE) {
                    cg_bounds_of(c->ent->type, 0, &clo, &chi);
                } else {
                    clo = chi = cg_scalar(c);
                }
                clo = cg_convert_scalar(clo, c->kind == N_RANGE ? c->left->ty : c->ty, ixs->base);
                chi = cg_convert_scalar(chi, c->kind == N_RANGE ? c->right->ty : c->ty, ixs->base);
                lo = lo ? smin(lo, clo) : clo;
                hi = hi ? smax(hi, chi) : chi;
            }
        }
        if (!lo) {
            lo = LLVMConstInt(it, 1, 0);
            hi = LLVMConstInt(it, 0, 0);
        }
        if (cg.opts->checks) {
            /* 4.3.3(29): each choice of a non-null aggregate in the index subtype */
            LLVMValueRef first, last;
            cg_bounds_of(ixs, 0, &first, &last);
            cg_check_fail("range", e->loc, range_outside(lo, hi, first, last, ixs, "agg.out"));
        }
    }
    *lo_out = lo;
    *hi_out = hi;
}

/* ---- multi-dimensional array aggregates ---- */

/* The sub-aggregate giving the first component along dimension DIM+1 of
 * aggregate E (positional first, else the first association). */
static Node *first_sub(Node *e)
{
    for (int i = 0; i < e->list.len; i++) {
        Node *a = e->list.data[i];
        Node *v = a->kind == N_ASSOC ? a->expr : a;
        while (v && v->kind == N_PAREN)
            v = v->expr;
        if (v)
            return v;
    }
    return NULL;
}

typedef struct MdAgg {
    Type *t;                   /* the array type */
    int n;                     /* its dimensions */
    LLVMValueRef lo[8], hi[8]; /* the bounds of each dimension */
    LLVMValueRef stride[8];    /* components per step of each dimension */
    LLVMValueRef data;         /* where the components go */
    bool target_bounds;        /* others takes the assigned variable's bounds */
} MdAgg;

static void md_fill(MdAgg *m, Node *e, int dim, LLVMValueRef base);

/* Store the value of association value V at linear offset OFF along DIM. */
static void md_put(MdAgg *m, Node *v, int dim, LLVMValueRef off)
{
    if (dim + 1 < m->n) {
        while (v->kind == N_PAREN)
            v = v->expr;
        md_fill(m, v, dim + 1, off);
        return;
    }
    LLVMValueRef idx[1] = {off};
    Type *ct = type_full(m->t->component);
    store_component(v, ct, LLVMBuildGEP2(cg.b, cg_mem_type(ct), m->data, idx, 1, ""));
}

static void md_fill(MdAgg *m, Node *e, int dim, LLVMValueRef base)
{
    Type *ixs = type_full(type_full(m->t->base)->indexes.data[dim]);
    LLVMValueRef lo, hi;
    if (e->kind == N_STRING_LIT) {
        /* the last dimension of a character array, as a string literal */
        int len;
        const char *str = eval_static_string(e, &len);
        for (int k = 0; k < len; k++) {
            LLVMValueRef off = LLVMBuildAdd(cg.b, base, LLVMConstInt(cg.i64, (unsigned)k, 0), "");
            LLVMValueRef idx[1] = {off};
            LLVMBuildStore(cg.b, LLVMConstInt(cg.i8, (unsigned char)str[k], 0),
                           LLVMBuildGEP2(cg.b, cg.i8, m->data, idx, 1, ""));
        }
        return;
    }
    agg_bounds(e, m->t, dim, m->target_bounds, &lo, &hi);
    if (dim > 0 && cg.opts->checks) {
        /* 4.3.3(30): all sub-aggregates of a dimension have the same bounds */
        LLVMValueRef ne = LLVMBuildOr(cg.b, LLVMBuildICmp(cg.b, LLVMIntNE, lo, m->lo[dim], ""),
                                      LLVMBuildICmp(cg.b, LLVMIntNE, hi, m->hi[dim], ""), "");
        cg_check_fail("range", e->loc, ne);
    }
    Node *others = NULL;
    int pos = 0;
    for (int i = 0; i < e->list.len; i++) {
        Node *a = e->list.data[i];
        if (a->kind == N_ASSOC && a->list.len == 1 && ((Node *)a->list.data[0])->kind == N_OTHERS)
            others = a;
    }
    /* a loop over LO .. HI (in the index type) for each range choice and others */
    for (int i = -1; i < e->list.len; i++) {
        Node *a = i < 0 ? others : e->list.data[i];
        if (!a || (i >= 0 && a == others))
            continue;
        if (a->kind != N_ASSOC) {
            LLVMValueRef off = LLVMBuildAdd(cg.b, base, LLVMBuildMul(cg.b, LLVMConstInt(cg.i64, (unsigned)pos++, 0),
                                                                     m->stride[dim], ""), "");
            md_put(m, a, dim, off);
            continue;
        }
        for (int k = 0; k < a->list.len; k++) {
            Node *c = a->list.data[k];
            LLVMValueRef clo, chi;
            if (c->kind == N_OTHERS) {
                clo = lo;
                chi = hi;
            } else if (c->kind == N_RANGE) {
                clo = cg_convert_scalar(cg_scalar(c->left), c->left->ty, ixs->base);
                chi = cg_convert_scalar(cg_scalar(c->right), c->right->ty, ixs->base);
            } else {
                clo = chi = cg_convert_scalar(cg_scalar(c), c->ty, ixs->base);
            }
            CgCount loop = cg_loop_begin(clo, chi, "md.i");
            LLVMValueRef rel = LLVMBuildSExt(cg.b, LLVMBuildSub(cg.b, loop.cur, lo, ""), cg.i64, "");
            LLVMValueRef off = LLVMBuildAdd(cg.b, base, LLVMBuildMul(cg.b, rel, m->stride[dim], ""), "");
            md_put(m, a->expr ? a->expr : c, dim, off);
            cg_loop_end(&loop);
        }
    }
}

/* A multi-dimensional array aggregate: the bounds of each dimension come
 * from the first sub-aggregate along it; the components go row-major. */
static CgVal md_aggregate(Node *e, Type *t)
{
    MdAgg m = {.t = t, .n = t->indexes.len, .target_bounds = (e->flags & NF_TARGET_BOUNDS) != 0};
    if (m.n > 8) {
        fatal("array aggregates of more than 8 dimensions are not supported");
    }
    Node *cur = e;
    for (int d = 0; d < m.n; d++) {
        if (!cur || (cur->kind != N_AGGREGATE && cur->kind != N_STRING_LIT)) {
            LLVMValueRef lo, hi;
            cg_bounds_of(t, d, &lo, &hi);
            m.lo[d] = lo;
            m.hi[d] = hi;
        } else if (cur->kind == N_STRING_LIT) {
            int len;
            eval_static_string(cur, &len);
            Type *ixs = type_full(type_full(t->base)->indexes.data[d]);
            LLVMValueRef first, last;
            cg_bounds_of(ixs, 0, &first, &last);
            m.lo[d] = first;
            m.hi[d] = LLVMBuildAdd(cg.b, first, LLVMConstInt(LLVMTypeOf(first), (unsigned long long)(len - 1), 1), "");
        } else {
            agg_bounds(cur, t, d, m.target_bounds, &m.lo[d], &m.hi[d]);
        }
        cur = cur && cur->kind == N_AGGREGATE ? first_sub(cur) : NULL;
    }
    LLVMValueRef total = LLVMConstInt(cg.i64, 1, 0);
    for (int d = m.n - 1; d >= 0; d--) {
        m.stride[d] = total;
        total = LLVMBuildMul(cg.b, total, length_of(m.lo[d], m.hi[d]), "");
    }
    Type *ct = type_full(t->component);
    LLVMValueRef bytes = LLVMBuildMul(cg.b, total, LLVMConstInt(cg.i64, cg_size(ct), 0), "agg.bytes");
    LLVMValueRef args[2] = {bytes, LLVMConstInt(cg.i64, 16, 0)};
    m.data = cg_call_rt("__adac_ss_alloc", args, 2);
    LLVMSetValueName2(m.data, "aggregate", 9);
    md_fill(&m, e, 0, LLVMConstInt(cg.i64, 0, 0));
    /* the bounds of every dimension, one pair after another */
    unsigned hsize = bounds_header_size(t);
    LLVMValueRef bounds = cg_alloca(LLVMArrayType2(cg.i8, hsize), "agg.bounds");
    for (int d = 0; d < m.n; d++) {
        LLVMTypeRef bt;
        LLVMValueRef pair = bounds_pair(bounds, t, d, &bt);
        LLVMBuildStore(cg.b, m.lo[d], LLVMBuildStructGEP2(cg.b, bt, pair, 0, ""));
        LLVMBuildStore(cg.b, m.hi[d], LLVMBuildStructGEP2(cg.b, bt, pair, 1, ""));
    }
    return (CgVal){m.data, bounds};
}

static CgVal array_aggregate(Node *e, Type *t)
{
    t = type_full(t);
    if (t->indexes.len > 1)
        return md_aggregate(e, t);
    Type *ct = type_full(t->component);
    Type *ixs = type_full(type_full(t->base)->indexes.data[0]);
    LLVMValueRef lo, hi;
    Node *others = NULL;
    for (int i = 0; i < e->list.len; i++) {
        Node *a = e->list.data[i];
        if (a->kind == N_ASSOC && a->list.len == 1 && ((Node *)a->list.data[0])->kind == N_OTHERS)
            others = a;
    }
    agg_bounds(e, t, 0, (e->flags & NF_TARGET_BOUNDS) != 0, &lo, &hi);
    if (t->constrained && !others && cg.opts->checks) {
        /* a named aggregate has its choices' bounds: its subtype (the
         * context's constrained one) must have as many components (4.6(37)) */
        bool named = false;
        for (int i = 0; i < e->list.len; i++)
            named |= ((Node *)e->list.data[i])->kind == N_ASSOC;
        if (named) {
            LLVMValueRef tlo, thi;
            cg_bounds_of(t, 0, &tlo, &thi);
            cg_check_fail("length", e->loc, LLVMBuildICmp(cg.b, LLVMIntNE, length_of(lo, hi), length_of(tlo, thi), "agg.length"));
        }
    }
    LLVMValueRef len = length_of(lo, hi);
    LLVMValueRef bytes = LLVMBuildMul(cg.b, len, LLVMConstInt(cg.i64, cg_size(ct), 0), "agg.bytes");
    LLVMValueRef data;
    if (LLVMIsConstant(len) && t->constrained && t->indexes.len == 1) {
        data = cg_alloca(LLVMArrayType2(cg_mem_type(ct), LLVMConstIntGetZExtValue(len)), "aggregate");
    } else {
        LLVMValueRef args[2] = {bytes, LLVMConstInt(cg.i64, cg_align(ct) > 8 ? cg_align(ct) : 8, 0)};
        data = cg_call_rt("__adac_ss_alloc", args, 2);
        LLVMSetValueName2(data, "aggregate", 9);
    }
    LLVMTypeRef et = cg_mem_type(ct);
    if (others)
        fill_range(data, ct, lo, lo, hi, others->expr ? others->expr : others);
    int pos = 0;
    for (int i = 0; i < e->list.len; i++) {
        Node *a = e->list.data[i];
        if (a->kind != N_ASSOC) {
            LLVMValueRef idx[1] = {LLVMConstInt(cg.i64, (unsigned)pos++, 0)};
            store_component(a, ct, LLVMBuildGEP2(cg.b, et, data, idx, 1, ""));
            continue;
        }
        if (a == others)
            continue;
        for (int k = 0; k < a->list.len; k++) {
            Node *c = a->list.data[k];
            LLVMValueRef clo, chi;
            if (c->kind == N_RANGE) {
                clo = cg_convert_scalar(cg_scalar(c->left), c->left->ty, ixs->base);
                chi = cg_convert_scalar(cg_scalar(c->right), c->right->ty, ixs->base);
            } else if (c->ent && c->ent->kind == E_TYPE) {
                cg_bounds_of(c->ent->type, 0, &clo, &chi);
            } else {
                clo = chi = cg_convert_scalar(cg_scalar(c), c->ty, ixs->base);
            }
            fill_range(data, ct, lo, clo, chi, (a->flags & NF_BOX) ? NULL : a->expr);
        }
    }
    return (CgVal){data, cg_make_bounds(lo, hi)};
}

static CgVal aggregate(Node *e)
{
    Type *t = type_full(e->ty);
    if (t->kind == TY_ARRAY)
        return array_aggregate(e, t);
    LLVMValueRef tmp = cg_alloca(cg_mem_type(t), "aggregate");
    if (t->kind == TY_RECORD && cg_record_layout(t)->n_dynamic) {
        /* the discriminants decide the size: store them in a fixed part,
         * then make room for the whole aggregate */
        Node **given = e->sem;
        for (int i = 0; i < t->n_discr; i++)
            if (given && given[i])
                store_component(given[i], ((Entity *)t->components.data[i])->type, cg_component_addr(tmp, t, i, ""));
        LLVMValueRef size = cg_record_size_at(t, tmp);
        LLVMValueRef full = cg_dynamic_alloca(size, "aggregate.full");
        LLVMBuildMemCpy(cg.b, full, 8, tmp, 8, LLVMConstInt(cg.i64, LLVMABISizeOfType(cg.td, cg_mem_type(t)), 0));
        tmp = full;
    }
    if (t->kind == TY_RECORD) {
        Node **given = e->sem;
        LLVMValueRef saved = cg.discr_base;
        Type *saved_rec = cg.discr_rec;
        Type *anc = NULL;
        if (e->expr) {
            /* an extension aggregate: the ancestor part first (4.3.2(7)),
             * at the start of the object (an ancestor's layout is a prefix) */
            Type *at = type_full(e->expr->ty ? e->expr->ty : e->expr->ent ? e->expr->ent->type : NULL);
            anc = at;
            if (e->expr->ent && e->expr->ent->kind == E_TYPE)
                cg_init_default(tmp, at);
            else {
                CgVal av = cg_expr(e->expr);
                LLVMBuildMemCpy(cg.b, tmp, 8, av.v, 8, LLVMConstInt(cg.i64, cg_size(at), 0));
            }
        }
        if (t->tagged)
            LLVMBuildStore(cg.b, cg_tag(t), tmp);
        for (int i = 0; i < t->components.len; i++) {
            Entity *c = t->components.data[i];
            if (anc && sema_from_ancestor(t, i, anc))
                continue;          /* the ancestor part gave it */
            if (i == t->n_discr) {
                /* the other components see this aggregate's discriminants */
                cg.discr_base = tmp;
                cg.discr_rec = t;
            }
            LLVMValueRef ca = cg_component_addr(tmp, t, i, c->spelling);
            Node *v = given ? given[i] : NULL;
            if (!v && c->variant_path.len)
                continue;      /* not in the selected variant */
            if (v && (v->kind == N_OTHERS || (v->flags & NF_BOX)) && c->init)
                v = c->init;   /* Comp => <>: its default expression (4.3.1(19.1/2)) */
            store_component(v, c->type, ca);
        }
        cg.discr_base = saved;
        cg.discr_rec = saved_rec;
        return (CgVal){tmp, NULL};
    }
    return (CgVal){tmp, NULL};
}

/* ---- operators ------------------------------------------------------------------------------------- */

/* not, and, or, xor of one-dimensional Boolean arrays (4.5.1(3),
 * 4.5.6(3)): component by component into a new array (on the secondary
 * stack) with the left operand's bounds; the operands' lengths must be
 * equal (4.5.1(8)). */
static CgVal bool_array_op(Node *e)
{
    Type *t = type_full(e->ty), *ct = type_full(t->component);
    Type *lt = type_full(e->left->ty);
    CgVal l = cg_expr(e->left), r = {0};
    LLVMValueRef lo, hi;
    array_bounds(l, lt, 0, &lo, &hi);
    LLVMValueRef n = length_of(lo, hi);
    if (e->right) {
        r = cg_expr(e->right);
        LLVMValueRef rlo, rhi;
        array_bounds(r, type_full(e->right->ty), 0, &rlo, &rhi);
        if (cg.opts->checks)
            cg_check_fail("length", e->loc, LLVMBuildICmp(cg.b, LLVMIntNE, n, length_of(rlo, rhi), "length.differ"));
    }
    unsigned header = cg_bounds_size(t);
    LLVMValueRef esize = LLVMConstInt(cg.i64, cg_size(ct), 0);
    LLVMValueRef args[2] = {LLVMBuildAdd(cg.b, LLVMBuildMul(cg.b, n, esize, ""), LLVMConstInt(cg.i64, header, 0), ""),
                            LLVMConstInt(cg.i64, 8, 0)};
    LLVMValueRef mem = cg_call_rt("__adac_ss_alloc", args, 2);
    LLVMTypeRef bt;
    LLVMValueRef pair = bounds_pair(mem, t, 0, &bt);
    LLVMBuildStore(cg.b, lo, LLVMBuildStructGEP2(cg.b, bt, pair, 0, ""));
    LLVMBuildStore(cg.b, hi, LLVMBuildStructGEP2(cg.b, bt, pair, 1, ""));
    LLVMValueRef off[1] = {LLVMConstInt(cg.i64, header, 0)};
    LLVMValueRef data = LLVMBuildGEP2(cg.b, cg.i8, mem, off, 1, "bool.data");
    LLVMTypeRef mt = cg_mem_type(ct);
    CgCount c = cg_loop_begin(LLVMConstInt(cg.i64, 0, 0), LLVMBuildSub(cg.b, n, LLVMConstInt(cg.i64, 1, 0), ""), "bool.i");
    LLVMValueRef idx[1] = {c.cur};
    LLVMValueRef a = load_scalar(ct, LLVMBuildGEP2(cg.b, mt, l.v, idx, 1, ""), "");
    LLVMValueRef v;
    if (!e->right) {
        v = LLVMBuildNot(cg.b, a, "not");
    } else {
        LLVMValueRef b = load_scalar(ct, LLVMBuildGEP2(cg.b, mt, r.v, idx, 1, ""), "");
        v = e->op == T_AND ? LLVMBuildAnd(cg.b, a, b, "and") : e->op == T_OR ? LLVMBuildOr(cg.b, a, b, "or")
                                                                  : LLVMBuildXor(cg.b, a, b, "xor");
    }
    store_scalar(v, LLVMBuildGEP2(cg.b, mt, data, idx, 1, ""));
    cg_loop_end(&c);
    return (CgVal){data, mem};
}

/* memcmp (A, B, BYTES): equality of arrays and records by their bytes */
static LLVMValueRef call_memcmp(LLVMValueRef a, LLVMValueRef b, LLVMValueRef bytes)
{
    LLVMTypeRef pt[3] = {cg.ptr, cg.ptr, cg.i64};
    LLVMTypeRef mt = LLVMFunctionType(cg.i32, pt, 3, 0);
    LLVMValueRef fn = LLVMGetNamedFunction(cg.mod, "memcmp");
    if (!fn)
        fn = LLVMAddFunction(cg.mod, "memcmp", mt);
    LLVMValueRef args[3] = {a, b, bytes};
    return LLVMBuildCall2(cg.b, mt, fn, args, 3, "");
}

static LLVMValueRef compare(int op, Node *e)
{
    Type *t = type_full(e->left->ty ? e->left->ty : e->right->ty);
    if (e->left->target)
        t = type_full(e->left->target);
    if (t->kind == TY_ARRAY) {
        /* one-dimensional arrays of discrete components: lexicographic */
        CgVal l = cg_expr(e->left), r = cg_expr(e->right);
        cg_borrow_temp(e->left, l);
        cg_borrow_temp(e->right, r);
        LLVMValueRef llo, lhi, rlo, rhi;
        array_bounds(l, type_full(e->left->ty), 0, &llo, &lhi);
        array_bounds(r, type_full(e->right->ty), 0, &rlo, &rhi);
        LLVMValueRef ln = length_of(llo, lhi), rn = length_of(rlo, rhi);
        if (op == '=' || op == T_NE) {
            /* equal lengths and equal bytes (discrete components) */
            LLVMBasicBlockRef cmp = cg_block("arr.cmp"), done = cg_block("arr.done");
            LLVMBasicBlockRef here = LLVMGetInsertBlock(cg.b);
            LLVMValueRef same_len = LLVMBuildICmp(cg.b, LLVMIntEQ, ln, rn, "");
            LLVMBuildCondBr(cg.b, same_len, cmp, done);
            LLVMPositionBuilderAtEnd(cg.b, cmp);
            LLVMValueRef bytes = LLVMBuildMul(cg.b, ln, LLVMConstInt(cg.i64, cg_size(t->component), 0), "");
            LLVMValueRef c = call_memcmp(l.v, r.v, bytes);
            LLVMValueRef eq = LLVMBuildICmp(cg.b, LLVMIntEQ, c, LLVMConstInt(cg.i32, 0, 0), "");
            LLVMBasicBlockRef cmp_end = LLVMGetInsertBlock(cg.b);
            LLVMBuildBr(cg.b, done);
            LLVMPositionBuilderAtEnd(cg.b, done);
            LLVMValueRef phi = LLVMBuildPhi(cg.b, cg.i1, "arr.eq");
            LLVMValueRef vals[2] = {LLVMConstInt(cg.i1, 0, 0), eq};
            LLVMBasicBlockRef bbs[2] = {here, cmp_end};
            LLVMAddIncoming(phi, vals, bbs, 2);
            return op == '=' ? phi : LLVMBuildNot(cg.b, phi, "");
        }
        /* 4.5.2(26/3): lexicographic order of the components' values */
        Type *ct = type_full(t->component);
        LLVMValueRef args[6] = {l.v, ln, r.v, rn, LLVMConstInt(cg.i32, cg_size(ct), 0),
                                LLVMConstInt(cg.i32, ct->base->kind == TY_SIGNED, 0)};
        LLVMValueRef c = cg_call_rt("__adac_compare_arrays", args, 6);
        LLVMIntPredicate p = op == '<' ? LLVMIntSLT : op == T_LE ? LLVMIntSLE : op == '>' ? LLVMIntSGT : LLVMIntSGE;
        return LLVMBuildICmp(cg.b, p, c, LLVMConstInt(cg.i32, 0, 0), "arr.order");
    }
    if (t->kind == TY_RECORD) {
        CgVal l = cg_expr(e->left), r = cg_expr(e->right);
        cg_borrow_temp(e->left, l);
        cg_borrow_temp(e->right, r);
        LLVMValueRef c = call_memcmp(l.v, r.v, LLVMConstInt(cg.i64, cg_size(t), 0));
        return LLVMBuildICmp(cg.b, op == '=' ? LLVMIntEQ : LLVMIntNE, c, LLVMConstInt(cg.i32, 0, 0), "");
    }
    LLVMValueRef l = cg_scalar(e->left), r = cg_scalar(e->right);
    if (t->kind == TY_FLOAT || t->kind == TY_UNIV_REAL) {
        LLVMRealPredicate p = op == '=' ? LLVMRealOEQ : op == T_NE ? LLVMRealUNE : op == '<' ? LLVMRealOLT
                            : op == T_LE ? LLVMRealOLE : op == '>' ? LLVMRealOGT : LLVMRealOGE;
        return LLVMBuildFCmp(cg.b, p, l, r, "cmp");
    }
    if (LLVMGetTypeKind(LLVMTypeOf(l)) == LLVMPointerTypeKind || LLVMGetTypeKind(LLVMTypeOf(r)) == LLVMPointerTypeKind)
        return LLVMBuildICmp(cg.b, op == '=' ? LLVMIntEQ : LLVMIntNE, l, r, "cmp");
    bool uns = is_unsigned(t);
    LLVMIntPredicate p = op == '=' ? LLVMIntEQ : op == T_NE ? LLVMIntNE
                       : op == '<' ? (uns ? LLVMIntULT : LLVMIntSLT) : op == T_LE ? (uns ? LLVMIntULE : LLVMIntSLE)
                       : op == '>' ? (uns ? LLVMIntUGT : LLVMIntSGT) : (uns ? LLVMIntUGE : LLVMIntSGE);
    return LLVMBuildICmp(cg.b, p, l, r, "cmp");
}

static LLVMValueRef modular_wrap(LLVMValueRef v, Type *t)
{
    t = type_full(t)->base;
    if (t->kind != TY_MODULAR || t->modulus == 0)
        return v;                   /* mod 2 ** 64 wraps by itself */
    unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(v));
    if (w < 64 && (uint64_t)t->modulus == (1ULL << w))
        return v;
    return LLVMBuildURem(cg.b, v, LLVMConstInt(LLVMTypeOf(v), (unsigned long long)t->modulus, 0), "mod.wrap");
}

static LLVMValueRef binary(Node *e)
{
    int op = e->op;
    if (op == '=' || op == T_NE || op == '<' || op == T_LE || op == '>' || op == T_GE)
        return compare(op, e);
    LLVMValueRef l = cg_scalar(e->left), r = cg_scalar(e->right);
    Type *t = type_full(e->ty);
    bool chk = (e->checks & CHK_OVERFLOW) && cg.opts->checks;
    bool is_float = t->kind == TY_FLOAT || t->kind == TY_UNIV_REAL;
    switch (op) {
    case T_AND: return LLVMBuildAnd(cg.b, l, r, "and");
    case T_OR: return LLVMBuildOr(cg.b, l, r, "or");
    case T_XOR: return LLVMBuildXor(cg.b, l, r, "xor");
    case '+':
        if (is_float) return LLVMBuildFAdd(cg.b, l, r, "add");
        if (chk) return checked_arith("sadd", l, r, e->loc, "add");
        return modular_wrap(LLVMBuildAdd(cg.b, l, r, "add"), t);
    case '-':
        if (is_float) return LLVMBuildFSub(cg.b, l, r, "sub");
        if (chk) return checked_arith("ssub", l, r, e->loc, "sub");
        if (t->base->kind == TY_MODULAR) {
            LLVMValueRef d = LLVMBuildSub(cg.b, l, r, "sub");
            LLVMValueRef neg = LLVMBuildICmp(cg.b, LLVMIntULT, l, r, "");
            unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(d));
            if (t->base->modulus == 0 || (w < 64 && (uint64_t)t->base->modulus == (1ULL << w)))
                return d;
            return LLVMBuildSelect(cg.b, neg, LLVMBuildAdd(cg.b, d, LLVMConstInt(LLVMTypeOf(d), (unsigned long long)t->base->modulus, 0), ""), d, "sub.wrap");
        }
        return LLVMBuildSub(cg.b, l, r, "sub");
    case '*':
        if (is_float) return LLVMBuildFMul(cg.b, l, r, "mul");
        if (chk) return checked_arith("smul", l, r, e->loc, "mul");
        return modular_wrap(LLVMBuildMul(cg.b, l, r, "mul"), t);
    case '/': case T_MOD: case T_REM: {
        if (is_float)
            return LLVMBuildFDiv(cg.b, l, r, "div");
        bool uns = is_unsigned(t);
        if ((e->checks & CHK_DIVIDE) && cg.opts->checks)
            cg_check_fail("divide", e->loc, LLVMBuildICmp(cg.b, LLVMIntEQ, r, LLVMConstNull(LLVMTypeOf(r)), "div.zero"));
        if (chk && !uns && op == '/') {
            unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(l));
            LLVMValueRef min = LLVMConstInt(LLVMTypeOf(l), 1ULL << (w - 1), 0);
            LLVMValueRef m1 = LLVMConstAllOnes(LLVMTypeOf(r));
            cg_check_fail("overflow", e->loc, LLVMBuildAnd(cg.b, LLVMBuildICmp(cg.b, LLVMIntEQ, l, min, ""),
                                                           LLVMBuildICmp(cg.b, LLVMIntEQ, r, m1, ""), ""));
        }
        if (op == '/')
            return uns ? LLVMBuildUDiv(cg.b, l, r, "div") : LLVMBuildSDiv(cg.b, l, r, "div");
        if (uns)
            return LLVMBuildURem(cg.b, l, r, op == T_MOD ? "mod" : "rem");
        /* rem takes the sign of the dividend; guard MIN rem -1 */
        LLVMValueRef m1 = LLVMConstAllOnes(LLVMTypeOf(r));
        LLVMValueRef is_m1 = LLVMBuildICmp(cg.b, LLVMIntEQ, r, m1, "");
        LLVMValueRef safe_r = LLVMBuildSelect(cg.b, is_m1, LLVMConstInt(LLVMTypeOf(r), 1, 0), r, "");
        LLVMValueRef rem = LLVMBuildSRem(cg.b, l, safe_r, "rem");
        if (op == T_REM)
            return rem;
        /* mod takes the sign of the divisor (4.5.5(5)) */
        LLVMValueRef zero = LLVMConstNull(LLVMTypeOf(r));
        LLVMValueRef nz = LLVMBuildICmp(cg.b, LLVMIntNE, rem, zero, "");
        LLVMValueRef diff = LLVMBuildICmp(cg.b, LLVMIntSLT, LLVMBuildXor(cg.b, rem, r, ""), zero, "");
        LLVMValueRef adj = LLVMBuildAnd(cg.b, nz, diff, "");
        return LLVMBuildSelect(cg.b, adj, LLVMBuildAdd(cg.b, rem, r, ""), rem, "mod");
    }
    case T_EXPON: {
        /* repeated multiplication, checked */
        LLVMTypeRef lt = LLVMTypeOf(l);
        LLVMValueRef res = cg_alloca(lt, "pow.acc"), cnt = cg_alloca(LLVMTypeOf(r), "pow.n");
        cg_store(is_float ? LLVMConstReal(lt, 1.0) : LLVMConstInt(lt, 1, 0), res);
        cg_store(r, cnt);
        LLVMBasicBlockRef head = cg_block("pow.head"), body = cg_block("pow.body"), end = cg_block("pow.end");
        LLVMBuildBr(cg.b, head);
        LLVMPositionBuilderAtEnd(cg.b, head);
        LLVMValueRef n = cg_load(LLVMTypeOf(r), cnt, "");
        LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntSGT, n, LLVMConstNull(LLVMTypeOf(r)), ""), body, end);
        LLVMPositionBuilderAtEnd(cg.b, body);
        LLVMValueRef acc = cg_load(lt, res, "");
        LLVMValueRef m = is_float ? LLVMBuildFMul(cg.b, acc, l, "") : chk ? checked_arith("smul", acc, l, e->loc, "")
                       : modular_wrap(LLVMBuildMul(cg.b, acc, l, ""), t);
        cg_store(m, res);
        cg_store(LLVMBuildSub(cg.b, n, LLVMConstInt(LLVMTypeOf(r), 1, 0), ""), cnt);
        LLVMBuildBr(cg.b, head);
        LLVMPositionBuilderAtEnd(cg.b, end);
        return cg_load(lt, res, "pow");
    }
    default:
        return LLVMConstNull(cg_type(t));
    }
}

static LLVMValueRef unary(Node *e)
{
    LLVMValueRef v = cg_scalar(e->left);
    Type *t = type_full(e->ty);
    bool is_float = t->kind == TY_FLOAT || t->kind == TY_UNIV_REAL;
    bool chk = (e->checks & CHK_OVERFLOW) && cg.opts->checks;
    switch (e->op) {
    case '+':
        return v;
    case '-':
        if (is_float) return LLVMBuildFNeg(cg.b, v, "neg");
        if (chk) return checked_arith("ssub", LLVMConstNull(LLVMTypeOf(v)), v, e->loc, "neg");
        if (t->base->kind == TY_MODULAR) {
            LLVMValueRef zero = LLVMConstNull(LLVMTypeOf(v));
            LLVMValueRef d = LLVMBuildSub(cg.b, LLVMConstInt(LLVMTypeOf(v), (unsigned long long)t->base->modulus, 0), v, "");
            return LLVMBuildSelect(cg.b, LLVMBuildICmp(cg.b, LLVMIntEQ, v, zero, ""), zero, modular_wrap(d, t), "neg");
        }
        return LLVMBuildNeg(cg.b, v, "neg");
    case T_ABS: {
        if (is_float) {
            LLVMValueRef neg = LLVMBuildFCmp(cg.b, LLVMRealOLT, v, LLVMConstReal(LLVMTypeOf(v), 0.0), "");
            return LLVMBuildSelect(cg.b, neg, LLVMBuildFNeg(cg.b, v, ""), v, "abs");
        }
        LLVMValueRef neg = LLVMBuildICmp(cg.b, LLVMIntSLT, v, LLVMConstNull(LLVMTypeOf(v)), "");
        LLVMValueRef n = chk ? checked_arith("ssub", LLVMConstNull(LLVMTypeOf(v)), v, e->loc, "") : LLVMBuildNeg(cg.b, v, "");
        return LLVMBuildSelect(cg.b, neg, n, v, "abs");
    }
    case T_NOT:
        if (t->base->kind == TY_MODULAR)
            return LLVMBuildSub(cg.b, LLVMConstInt(LLVMTypeOf(v), (unsigned long long)(t->base->modulus - 1), 0), v, "not");
        return LLVMBuildNot(cg.b, v, "not");
    default:
        return v;
    }
}

static LLVMValueRef short_circuit(Node *e)
{
    LLVMValueRef l = cg_cond(e->left);
    LLVMBasicBlockRef from = LLVMGetInsertBlock(cg.b);
    LLVMBasicBlockRef rhs = cg_block(e->op == T_AND ? "and.then" : "or.else");
    LLVMBasicBlockRef end = cg_block("sc.end");
    if (e->op == T_AND)
        LLVMBuildCondBr(cg.b, l, rhs, end);
    else
        LLVMBuildCondBr(cg.b, l, end, rhs);
    LLVMPositionBuilderAtEnd(cg.b, rhs);
    LLVMValueRef r = cg_cond(e->right);
    LLVMBasicBlockRef rhs_end = LLVMGetInsertBlock(cg.b);
    LLVMBuildBr(cg.b, end);
    LLVMPositionBuilderAtEnd(cg.b, end);
    LLVMValueRef phi = LLVMBuildPhi(cg.b, cg.i1, e->op == T_AND ? "and" : "or");
    LLVMValueRef vals[2] = {LLVMConstInt(cg.i1, e->op == T_OR, 0), r};
    LLVMBasicBlockRef bbs[2] = {from, rhs_end};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

static LLVMValueRef membership(Node *e)
{
    LLVMValueRef v = cg_scalar(e->left);
    Type *t = type_full(e->left->ty);
    bool uns = is_unsigned(t);
    LLVMValueRef any = LLVMConstInt(cg.i1, 0, 0);
    for (int i = 0; i < e->list.len; i++) {
        Node *c = e->list.data[i];
        LLVMValueRef hit;
        Type *ctag = c->ty ? type_full(c->ty) : NULL;
        if (ctag && ctag->tagged && (c->kind == N_ATTRIBUTE || (c->ent && c->ent->kind == E_TYPE))) {
            /* 4.5.2(30/3): a tagged value is in T if its tag is T's, in
             * T'Class if its tag is of a descendant of T */
            LLVMValueRef tag = LLVMBuildLoad2(cg.b, cg.ptr, v, "tag");
            if (ctag->is_classwide) {
                LLVMValueRef args[2] = {tag, cg_tag(ctag)};
                hit = LLVMBuildTrunc(cg.b, cg_call_rt("__adac_tag_in_class", args, 2), cg.i1, "in.class");
            } else {
                hit = LLVMBuildICmp(cg.b, LLVMIntEQ, tag, cg_tag(ctag), "in.type");
            }
        } else if (c->kind == N_RANGE || (c->ent && c->ent->kind == E_TYPE) || c->kind == N_ATTRIBUTE) {
            LLVMValueRef lo, hi;
            if (c->kind == N_RANGE) {
                lo = cg_scalar(c->left);
                hi = cg_scalar(c->right);
            } else {
                Type *ct = c->kind == N_ATTRIBUTE ? c->ty : c->ent->type;
                if (type_full(ct)->kind == TY_ACCESS) {
                    hit = LLVMConstInt(cg.i1, 1, 0);
                    any = LLVMBuildOr(cg.b, any, hit, "");
                    continue;
                }
                cg_bounds_of(ct, 0, &lo, &hi);
                lo = cg_convert_scalar(lo, ct, t);
                hi = cg_convert_scalar(hi, ct, t);
            }
            hit = LLVMBuildAnd(cg.b, LLVMBuildICmp(cg.b, uns ? LLVMIntUGE : LLVMIntSGE, v, lo, ""),
                               LLVMBuildICmp(cg.b, uns ? LLVMIntULE : LLVMIntSLE, v, hi, ""), "in.range");
        } else {
            hit = LLVMBuildICmp(cg.b, LLVMIntEQ, v, cg_scalar(c), "in.eq");
        }
        any = LLVMBuildOr(cg.b, any, hit, "");
    }
    return (e->flags & NF_NOT) ? LLVMBuildNot(cg.b, any, "not.in") : any;
}

/* The bounds of dimension N of the array (object or type) that array
 * attribute E (A'First (N), A'Range (N), ...) names: an object's own
 * bounds when its subtype is unconstrained.  False if E's prefix is no
 * array. */
bool cg_array_attribute_bounds(Node *e, LLVMValueRef *lo, LLVMValueRef *hi)
{
    Node *p = e->expr;
    Type *pt = type_full(p->ent && p->ent->kind == E_TYPE ? p->ent->type : p->ty);
    if (!pt || !(pt->kind == TY_ARRAY || (pt->kind == TY_ACCESS && p->ent && p->ent->kind != E_TYPE)))
        return false;
    Type *at = pt->kind == TY_ACCESS ? type_full(pt->designated) : pt;
    int dim = e->op > 0 ? e->op - 1 : 0;
    if (p->ent && p->ent->kind == E_TYPE)
        cg_bounds_of(at, dim, lo, hi);
    else
        array_bounds(cg_address(p), at, dim, lo, hi);
    return true;
}

static CgVal attribute(Node *e)
{
    const char *name = e->id->name;
    Node *p = e->expr;
    if (!strcmp(name, "result"))
        return cg.post_result;                  /* F'Result, in a postcondition */
    if (!strcmp(name, "old")) {
        /* X'Old: the value cg_contract_entry kept at the subprogram's start */
        for (int i = 0; i + 1 < cg.olds.len; i += 2)
            if (cg.olds.data[i] == e) {
                Type *t = type_full(e->ty);
                LLVMValueRef slot = cg.olds.data[i + 1];
                if (type_is_scalar(t) || t->kind == TY_ACCESS)
                    return (CgVal){load_scalar(t, slot, "old"), NULL};
                return (CgVal){slot, NULL};
            }
        return cg_expr(p);
    }
    if (!strcmp(name, "access") || !strcmp(name, "unchecked_access")) {
        /* 3.10.2(24/1): the object's address; for an access type to an
         * unconstrained array, where its bounds begin (the data follows) */
        CgVal a = cg_address(p);
        if (e->ty && has_bounds_header(e->ty) && a.bounds)
            return (CgVal){a.bounds, NULL};
        return (CgVal){a.v, NULL};
    }
    if (!strcmp(name, "address"))
        return (CgVal){LLVMBuildPtrToInt(cg.b, cg_address(p).v, cg.i64, "address"), NULL};
    if (!strcmp(name, "image") && e->op == ATTR_OBJECT_IMAGE) {
        CgVal r;
        image_of(p->ty, p, &r);
        return r;
    }
    if (!strcmp(name, "identity") && p->ent && p->ent->kind == E_EXCEPTION)
        return (CgVal){LLVMBuildPtrToInt(cg.b, cg_exception_id(p->ent), cg.i64, "identity"), NULL};
    Type *pt = p->ent && p->ent->kind == E_TYPE ? p->ent->type : p->ty;
    pt = type_full(pt);
    LLVMValueRef lo, hi;
    if (cg_array_attribute_bounds(e, &lo, &hi)) {
        if (!strcmp(name, "first"))
            return (CgVal){lo, NULL};
        if (!strcmp(name, "last"))
            return (CgVal){hi, NULL};
        if (!strcmp(name, "length"))
            return (CgVal){length_of(lo, hi), NULL};
    }
    if (!strcmp(name, "first") || !strcmp(name, "last")) {
        LLVMValueRef lo, hi;
        cg_bounds_of(pt, 0, &lo, &hi);
        return (CgVal){!strcmp(name, "first") ? lo : hi, NULL};
    }
    if (!strcmp(name, "width")) {
        int64_t w = 0;
        if (pt->lo <= pt->hi) {
            if (pt->base->kind == TY_ENUM && pt->base->lits.len) {
                for (int64_t i = pt->lo; i <= pt->hi && i < pt->base->lits.len; i++) {
                    int64_t n = (int64_t)strlen(((Entity *)pt->base->lits.data[i])->spelling);
                    w = n > w ? n : w;
                }
            } else if (pt->base->kind == TY_ENUM && pt->base->is_character) {
                /* 'x' is 3 long, so are NUL .. US and DEL but for 2-letter
                 * names; 128 .. 159 reach RESERVED_128's 12 */
                w = pt->lo < 160 && pt->hi >= 128 ? 12 : 3;
            } else {
                char buf[32];
                int a = snprintf(buf, sizeof buf, "% lld", (long long)pt->lo);
                int b = pt->base->kind == TY_MODULAR ? snprintf(buf, sizeof buf, " %llu", (unsigned long long)pt->hi)
                                                     : snprintf(buf, sizeof buf, "% lld", (long long)pt->hi);
                w = a > b ? a : b;
            }
        }
        return (CgVal){LLVMConstInt(cg.i64, (unsigned long long)w, 0), NULL};
    }
    if (!strcmp(name, "digits"))
        return (CgVal){LLVMConstInt(cg.i64, (unsigned)(pt->base->digits ? pt->base->digits : pt->base->bits == 32 ? 6 : 15), 0), NULL};
    if (!strcmp(name, "valid")) {
        /* 13.9.2(3/4): in the object's subtype (a NaN is not valid) */
        LLVMValueRef v = cg_scalar(p), lo, hi;
        Type *ot = type_full(p->ty);
        if (ot->kind == TY_FLOAT) {
            LLVMValueRef ok = LLVMBuildFCmp(cg.b, LLVMRealORD, v, v, "");
            if (ot->lo_expr) {
                cg_bounds_of(ot, 0, &lo, &hi);
                ok = LLVMBuildAnd(cg.b, ok, LLVMBuildAnd(cg.b, LLVMBuildFCmp(cg.b, LLVMRealOGE, v, lo, ""),
                                                         LLVMBuildFCmp(cg.b, LLVMRealOLE, v, hi, ""), ""), "");
            }
            return (CgVal){ok, NULL};
        }
        cg_bounds_of(ot, 0, &lo, &hi);
        bool uns = is_unsigned(ot);
        if (LLVMTypeOf(lo) != LLVMTypeOf(v)) {
            lo = uns ? LLVMBuildZExt(cg.b, lo, LLVMTypeOf(v), "") : LLVMBuildSExt(cg.b, lo, LLVMTypeOf(v), "");
            hi = uns ? LLVMBuildZExt(cg.b, hi, LLVMTypeOf(v), "") : LLVMBuildSExt(cg.b, hi, LLVMTypeOf(v), "");
        }
        LLVMValueRef ok = LLVMBuildAnd(cg.b, LLVMBuildICmp(cg.b, uns ? LLVMIntUGE : LLVMIntSGE, v, lo, ""),
                                       LLVMBuildICmp(cg.b, uns ? LLVMIntULE : LLVMIntSLE, v, hi, ""), "valid");
        return (CgVal){ok, NULL};
    }
    if (!strcmp(name, "size"))
        return (CgVal){LLVMConstInt(cg.i64, cg_size(pt) * 8, 0), NULL};
    if (!strcmp(name, "alignment"))
        return (CgVal){LLVMConstInt(cg.i64, cg_align(pt), 0), NULL};
    if (!strcmp(name, "storage_size") && pt->kind == TY_ACCESS) {
        /* 13.11(14): the clause's value, the pool's Storage_Size, or 0 for
         * the default pool (unbounded) */
        Type *a = pt->base;
        if (a->storage_pool && a->pool_storage_size) {
            /* 13.11(14): the pool's Storage_Size function */
            LLVMValueRef v = cg_prim_call(a->pool_storage_size, a->pool_dispatching, cg_address(a->storage_pool).v, NULL, 0);
            LLVMSetValueName2(v, "storage.size", 12);
            return (CgVal){v, NULL};
        }
        if (a->storage_size) {
            LLVMValueRef v = cg_scalar(a->storage_size);
            unsigned w = LLVMGetIntTypeWidth(LLVMTypeOf(v));
            return (CgVal){w < 64 ? LLVMBuildSExt(cg.b, v, cg.i64, "") : v, NULL};
        }
        return (CgVal){LLVMConstInt(cg.i64, 0, 0), NULL};
    }
    return (CgVal){LLVMConstNull(cg_type(e->ty)), NULL};
}

/* ---- the dispatcher ------------------------------------------------------------------------------------ */

static CgVal raw(Node *e)
{
    Type *t = e->ty ? type_full(e->ty) : NULL;
    /* static scalar values are constants */
    if (t && type_is_discrete(t) && e->kind != N_ALLOCATOR) {
        mpz_t v;
        mpz_init(v);
        bool st = eval_static_int(e, v) && mpz_sizeinbase(v, 2) <= 64;
        CgVal c = {NULL, NULL};
        if (st) {
            /* the low 64 bits: values of mod 2 ** 64 types go above INT64_MAX */
            mpz_t low;
            mpz_init(low);
            mpz_fdiv_r_2exp(low, v, 64);
            unsigned long long bits = (unsigned long long)mpz_get_ui(low);
            if (sizeof(unsigned long) < 8) {
                mpz_fdiv_q_2exp(low, low, 32);
                bits = (bits & 0xffffffffULL) | ((unsigned long long)mpz_get_ui(low) << 32);
            }
            mpz_clear(low);
            c.v = LLVMConstInt(cg_type(t), bits, 0);
        }
        mpz_clear(v);
        if (st)
            return c;
    }
    switch (e->kind) {
    case N_PAREN:
        return cg_expr(e->expr);
    case N_INT_LIT: case N_CHAR_LIT:
        return (CgVal){LLVMConstInt(cg_type(t), 0, 0), NULL};
    case N_REAL_LIT: {
        double d = strtod(e->text, NULL);
        return (CgVal){LLVMConstReal(cg_type(t), d), NULL};
    }
    case N_STRING_LIT: {
        LLVMValueRef b;
        LLVMValueRef s = string_literal(e, &b);
        return (CgVal){s, b};
    }
    case N_NULL_LIT:
        return (CgVal){LLVMConstNull(cg.ptr), NULL};
    case N_IDENT:
    case N_SELECTED: {
        Entity *en = e->ent;
        if (!en)
            break;
        if (en->kind == E_FUNCTION && e->sem) {
            CgVal r;
            cg_call(e, e->sem, en, &r);
            return r;
        }
        if (en->kind == E_ENUM_LIT)
            return (CgVal){LLVMConstInt(cg_type(en->type), (unsigned long long)en->pos, 0), NULL};
        if (en->kind == E_NUMBER && en->init && t && (t->kind == TY_FLOAT || t->kind == TY_UNIV_REAL)) {
            /* a real named number (3.3.2): its static expression, in the
             * floating point type the context converts it to */
            LLVMValueRef v = cg_scalar(en->init);
            LLVMTypeRef ft = cg_type(t);
            if (LLVMTypeOf(v) != ft)
                v = LLVMGetTypeKind(ft) == LLVMDoubleTypeKind ? LLVMBuildFPExt(cg.b, v, ft, "") : LLVMBuildFPTrunc(cg.b, v, ft, "");
            return (CgVal){v, NULL};
        }
        if (en->kind == E_COMPONENT && en->is_discriminant && e->kind == N_IDENT && cg.discr_base) {
            LLVMValueRef da = cg_component_addr(cg.discr_base, cg.discr_rec, en->pos, "");
            return (CgVal){load_scalar(en->type, da, en->spelling), NULL};
        }
        CgVal a = cg_address(e);
        if (t && (type_is_scalar(t) || t->kind == TY_ACCESS))
            return (CgVal){load_scalar(t, a.v, en->spelling), NULL};
        return a;
    }
    case N_DEREF: {
        CgVal a = deref(e);
        if (t && (type_is_scalar(t) || t->kind == TY_ACCESS))
            return (CgVal){load_scalar(t, a.v, "all"), NULL};
        return a;
    }
    case N_APPLY:
        switch (e->op) {
        case APPLY_CALL: {
            CgVal r;
            cg_call(e, e->sem, ((CallInfo *)e->sem)->subp, &r);
            return r;
        }
        case APPLY_CONVERSION: {
            Node *x = e->list.data[0];
            if (t && type_is_scalar(t)) {
                LLVMValueRef v = cg_scalar(x);
                Type *xt = type_full(x->ty);
                if ((e->checks & CHK_RANGE) && cg.opts->checks && type_is_discrete(xt) && t->kind != TY_FLOAT)
                    cg_range_check(v, xt, t, e->loc);
                v = cg_convert_scalar(v, xt, t);
                if ((e->checks & CHK_RANGE) && cg.opts->checks && type_full(t)->kind == TY_FLOAT)
                    cg_range_check(v, t, t, e->loc);
                return (CgVal){v, NULL};
            }
            CgVal v = cg_expr(x);
            if (t && t->kind == TY_ARRAY && !t->constrained && x->ty && type_full(x->ty)->kind == TY_ARRAY
                && index_types_differ(t, x->ty))
                v.bounds = converted_bounds(v, x->ty, t, e->loc);
            else if (t && t->kind == TY_ARRAY && !t->constrained && !v.bounds && x->ty)
                v.bounds = cg_bounds_block(v, x->ty);   /* String (X): X's bounds (4.6(37)) */
            if (cg.opts->checks && t && t->kind == TY_ACCESS) {
                if (e->checks & CHK_ACCESSIBILITY) {
                    /* 4.6(48/3): an access parameter designating an object
                     * deeper than the target type: Program_Error */
                    Node *xn = x;
                    while (xn->kind == N_PAREN)
                        xn = xn->expr;
                    LLVMValueRef level = cg_param_level(xn->ent);
                    LLVMValueRef deeper = LLVMBuildICmp(cg.b, LLVMIntSGT, level,
                                                        LLVMConstInt(cg.i32, (unsigned)t->base->level, 0), "deeper");
                    cg_check_fail("accessibility", e->loc, LLVMBuildAnd(cg.b, deeper,
                                  LLVMBuildIsNotNull(cg.b, v.v, ""), ""));
                }
                if (e->checks & CHK_NULL_EXCL)
                    cg_check_fail("null_exclusion", e->loc, LLVMBuildIsNull(cg.b, v.v, "is.null"));
                if (e->checks & CHK_DISCRIMINANT)
                    designated_constraint_check(v.v, t, e->loc);
            }
            if (t && t->kind == TY_ACCESS) {
                if (cg.opts->checks && (e->checks & CHK_TAG)) {
                    /* 4.6(42): a non-null value designates an object of
                     * the target's designated type or a descendant */
                    Type *td = type_full(t->designated);
                    LLVMBasicBlockRef check = cg_block("tag.check"), done = cg_block("tag.checked");
                    LLVMBuildCondBr(cg.b, LLVMBuildIsNull(cg.b, v.v, ""), done, check);
                    LLVMPositionBuilderAtEnd(cg.b, check);
                    conversion_tag_check(e, v.v, td->is_classwide ? type_full(td->specific) : td);
                    LLVMBuildBr(cg.b, done);
                    LLVMPositionBuilderAtEnd(cg.b, done);
                }
                return v;
            }
            conversion_tag_check(e, v.v, t);
            return v;
        }
        case APPLY_INDEX: {
            CgVal a = index_address(e);
            if (t && (type_is_scalar(t) || t->kind == TY_ACCESS))
                return (CgVal){load_scalar(t, a.v, "elem"), NULL};
            return a;
        }
        case APPLY_SLICE: {
            Node *pre = e->expr;
            Type *at = type_full(pre->ty);
            CgVal base = cg_address(pre);
            Node *r = e->list.data[0];
            LLVMValueRef lo = cg_scalar(r->left), hi = cg_scalar(r->right), alo, ahi;
            array_bounds(base, at, 0, &alo, &ahi);
            if (cg.opts->checks) {
                /* 4.1.2(7): a non-null slice must lie within the array */
                cg_check_fail("range", e->loc, range_outside(lo, hi, alo, ahi, at->indexes.data[0], "slice.bad"));
            }
            LLVMValueRef off = LLVMBuildSExt(cg.b, LLVMBuildSub(cg.b, lo, alo, ""), cg.i64, "");
            LLVMValueRef idx[1] = {off};
            LLVMValueRef data = LLVMBuildGEP2(cg.b, cg_mem_type(at->component), base.v, idx, 1, "slice");
            return (CgVal){data, cg_make_bounds(lo, hi)};
        }
        default:
            break;
        }
        break;
    case N_ATTRIBUTE:
        return attribute(e);
    case N_QUALIFIED: {
        CgVal v = cg_expr(e->expr);
        Type *qt = type_full(e->ty);
        if (qt->kind == TY_ARRAY && qt->constrained && v.bounds && cg.opts->checks) {
            /* 4.7(4/3): the value must belong to the subtype: for an array,
             * the same bounds (qualification does not slide) */
            LLVMValueRef bad = NULL;
            for (int i = 0; i < qt->indexes.len; i++) {
                LLVMValueRef vlo, vhi, tlo, thi;
                array_bounds(v, type_full(e->expr->ty), i, &vlo, &vhi);
                cg_bounds_of(qt, i, &tlo, &thi);
                LLVMValueRef ne = LLVMBuildOr(cg.b, LLVMBuildICmp(cg.b, LLVMIntNE, vlo, tlo, ""),
                                              LLVMBuildICmp(cg.b, LLVMIntNE, vhi, thi, ""), "");
                bad = bad ? LLVMBuildOr(cg.b, bad, ne, "") : ne;
            }
            cg_check_fail("range", e->loc, bad);
            v.bounds = NULL;       /* the value now has the subtype's bounds */
        }
        if (qt->kind == TY_ARRAY && !qt->constrained && !v.bounds && e->expr->ty)
            /* T'(A), T unconstrained: the value keeps A's bounds, which
             * A's constrained subtype gives (those of T's index subtypes
             * would be taken otherwise: new Vector'(A) asked for 8 GB) */
            v.bounds = cg_bounds_block(v, e->expr->ty);
        return v;
    }
    case N_ALLOCATOR:
        return allocator(e);
    case N_AGGREGATE:
        return aggregate(e);
    case N_IF_EXPR:
        return if_expr(e);
    case N_CASE_EXPR:
        return case_expr(e);
    case N_QUANTIFIED: {
        /* 4.5.8: the loop sema built, around a hidden Boolean */
        QuantInfo *q = e->sem;
        LLVMValueRef r = cg_alloca(cg_mem_type(std.boolean), "quantified");
        cg_obj(q->result)->addr = r;
        store_scalar(LLVMConstInt(cg.i1, q->all ? 1 : 0, 0), r);
        cg_stmts(&q->stmts);
        return (CgVal){load_scalar(std.boolean, r, "quantified"), NULL};
    }
    case N_BINARY:
        if (e->ent && e->sem) {
            CgVal r;
            cg_call(e, e->sem, e->ent, &r);
            return r;
        }
        if (e->op == '&')
            return concat(e);
        if (e->ty && type_full(e->ty)->kind == TY_ARRAY)
            return bool_array_op(e);
        return (CgVal){binary(e), NULL};
    case N_UNARY:
        if (e->ent && e->sem) {
            CgVal r;
            cg_call(e, e->sem, e->ent, &r);
            return r;
        }
        if (e->ty && type_full(e->ty)->kind == TY_ARRAY)
            return bool_array_op(e);
        return (CgVal){unary(e), NULL};
    case N_SHORT_CIRCUIT:
        return (CgVal){short_circuit(e), NULL};
    case N_MEMBERSHIP:
        return (CgVal){membership(e), NULL};
    default:
        break;
    }
    return (CgVal){LLVMGetUndef(t ? cg_type(t) : cg.i32), NULL};
}

CgVal cg_expr(Node *e)
{
    CgVal v = raw(e);
    Type *to = e->target;
    if (!to || !e->ty)
        return v;
    Type *from = type_full(e->ty);
    to = type_full(to);
    if (type_is_scalar(to) && type_is_scalar(from)) {
        if ((e->checks & CHK_RANGE) && cg.opts->checks && type_is_discrete(from))
            cg_range_check(v.v, from, to, e->loc);
        v.v = cg_convert_scalar(v.v, from, to);
        if ((e->checks & CHK_RANGE) && cg.opts->checks && to->kind == TY_FLOAT)
            cg_range_check(v.v, to, to, e->loc);     /* floats: on the converted value */
    } else if (to->kind == TY_ACCESS) {
        if ((e->checks & CHK_NULL_EXCL) && cg.opts->checks)
            cg_check_fail("null_exclusion", e->loc, LLVMBuildIsNull(cg.b, v.v, "is.null"));
    } else if (to->kind == TY_RECORD && (e->checks & CHK_DISCRIMINANT)) {
        discriminant_check(v.v, to, e->loc);
    } else if (to->kind == TY_ARRAY && to->constrained && from->kind == TY_ARRAY && cg.opts->checks
               && (v.bounds || from != to)) {
        /* 4.6(37): the length must match the constrained target (the
         * value then slides to the target's bounds) */
        LLVMValueRef bad = NULL;
        for (int i = 0; i < to->indexes.len; i++) {
            LLVMValueRef lo, hi, tlo, thi;
            array_bounds(v, from, i, &lo, &hi);
            cg_bounds_of(to, i, &tlo, &thi);
            LLVMValueRef ne = LLVMBuildICmp(cg.b, LLVMIntNE, length_of(lo, hi), length_of(tlo, thi), "length.bad");
            bad = bad ? LLVMBuildOr(cg.b, bad, ne, "") : ne;
        }
        cg_check_fail("length", e->loc, bad);
    }
    if (to->kind == TY_ACCESS && (e->checks & CHK_DISCRIMINANT) && cg.opts->checks)
        designated_constraint_check(v.v, to, e->loc);
    return v;
}

LLVMValueRef cg_scalar(Node *e)
{
    return cg_expr(e).v;
}

/* Conditional expressions (4.5.7): the value of dependent expression X
 * of result type T in the current branch, which then goes to END; the
 * branches' values are joined by join_values. */
typedef struct Branches {
    LLVMValueRef *vals, *bnds;
    LLVMBasicBlockRef *from;
    int n;
} Branches;

static void branch_value(Branches *b, Node *x, Type *t, LLVMBasicBlockRef end)
{
    CgVal v;
    if (!x)
        v = (CgVal){LLVMConstInt(cg_type(t), 1, 0), NULL};        /* if with no else: True */
    else if (type_is_scalar(t) || t->kind == TY_ACCESS)
        v = (CgVal){cg_scalar(x), NULL};
    else
        v = cg_expr(x);
    if (t->kind == TY_ARRAY && !t->constrained)
        v.bounds = cg_bounds_block(v, x->ty);
    b->vals[b->n] = v.v;
    b->bnds[b->n] = v.bounds;
    b->from[b->n++] = LLVMGetInsertBlock(cg.b);
    LLVMBuildBr(cg.b, end);
}

static Branches branches_new(int n)
{
    Branches b = {arena_alloc(sizeof(LLVMValueRef) * (size_t)n), arena_alloc(sizeof(LLVMValueRef) * (size_t)n),
                  arena_alloc(sizeof(LLVMBasicBlockRef) * (size_t)n), 0};
    return b;
}

static CgVal join_values(Branches *b, Type *t, const char *name)
{
    if (!b->n)
        return (CgVal){LLVMGetUndef(type_is_scalar(t) || t->kind == TY_ACCESS ? cg_type(t) : cg.ptr), NULL};
    LLVMValueRef phi = LLVMBuildPhi(cg.b, LLVMTypeOf(b->vals[0]), name);
    LLVMAddIncoming(phi, b->vals, b->from, (unsigned)b->n);
    LLVMValueRef bphi = NULL;
    if (t->kind == TY_ARRAY && !t->constrained) {
        bphi = LLVMBuildPhi(cg.b, cg.ptr, arena_printf("%s.bounds", name));
        LLVMAddIncoming(bphi, b->bnds, b->from, (unsigned)b->n);
    }
    return (CgVal){phi, bphi};
}

/* 4.5.7: if C1 then E1 elsif ... else E: one value from the branch taken
 * (scalars and access values as values, others by address, with bounds
 * for unconstrained arrays) */
static CgVal if_expr(Node *e)
{
    Type *t = type_full(e->ty);
    int n = e->list.len + 1;
    Branches b = branches_new(n);
    LLVMBasicBlockRef end = cg_block("ifx.end");
    for (int i = 0; i < n; i++) {
        LLVMBasicBlockRef next = NULL;
        if (i < e->list.len) {
            LLVMBasicBlockRef then = cg_block("ifx.then");
            next = cg_block("ifx.next");
            LLVMBuildCondBr(cg.b, cg_cond(((Node *)e->list.data[i])->cond), then, next);
            LLVMPositionBuilderAtEnd(cg.b, then);
        }
        branch_value(&b, i < e->list.len ? ((Node *)e->list.data[i])->expr : e->expr, t, end);
        if (next)
            LLVMPositionBuilderAtEnd(cg.b, next);
    }
    LLVMPositionBuilderAtEnd(cg.b, end);
    return join_values(&b, t, "ifx");
}

/* 4.5.7: case S is when C => E, ...: the value of the arm whose choice
 * covers S (Constraint_Error when none does, 4.5.7(21/3)) */
static CgVal case_expr(Node *e)
{
    Type *t = type_full(e->ty), *st = type_full(e->expr->ty);
    LLVMValueRef sel = cg_scalar(e->expr);
    Branches b = branches_new(e->list.len + 1);
    LLVMBasicBlockRef end = cg_block("casex.end");
    bool others = false;
    for (int i = 0; i < e->list.len; i++) {
        Node *arm = e->list.data[i];
        LLVMBasicBlockRef body = cg_block("casex.when"), next = cg_block("casex.next");
        if (arm->list2.len == 1 && ((Node *)arm->list2.data[0])->kind == N_OTHERS) {
            others = true;
            LLVMBuildBr(cg.b, body);
        } else {
            for (int c = 0; c < arm->list2.len; c++) {
                LLVMBasicBlockRef more = cg_block("casex.choice");
                LLVMBuildCondBr(cg.b, cg_choice_hit(sel, st, arm->list2.data[c]), body, more);
                LLVMPositionBuilderAtEnd(cg.b, more);
            }
            LLVMBuildBr(cg.b, next);
        }
        LLVMPositionBuilderAtEnd(cg.b, body);
        branch_value(&b, arm->expr, t, end);
        LLVMPositionBuilderAtEnd(cg.b, next);
    }
    if (!others) {
        LLVMValueRef args[2] = {cg_file_name(e->loc.file), LLVMConstInt(cg.i32, (unsigned)e->loc.line, 0)};
        cg_call_rt("__adac_rcheck_CE_Range_Check", args, 2);
    }
    LLVMBuildUnreachable(cg.b);
    LLVMPositionBuilderAtEnd(cg.b, end);
    return join_values(&b, t, "casex");
}

LLVMValueRef cg_cond(Node *e)
{
    LLVMValueRef v = cg_scalar(e);
    if (LLVMTypeOf(v) != cg.i1)
        v = LLVMBuildTrunc(cg.b, v, cg.i1, "");
    return v;
}

static bool initializing;

/* The initialization of an object declaration by VALUE: a copy, without
 * the finalization of the (not yet existing) old value. */
/* 7.6(17-19): the target is finalized, overwritten and adjusted; nothing
 * happens when an object is assigned to itself.  A VALUE that is an
 * aggregate or a function result is an anonymous object moved into the
 * target: neither adjusted nor finalized (the pair 7.6(21/3) lets an
 * implementation omit). */
static void controlled_assign(LLVMValueRef dst, LLVMValueRef src, Type *t, LLVMValueRef bytes, Node *value,
                              LLVMValueRef bounds)
{
    LLVMBasicBlockRef go = cg_block("assign.controlled"), done = cg_block("assign.done");
    LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntEQ, dst, src, "self"), done, go);
    LLVMPositionBuilderAtEnd(cg.b, go);
    cg_finalize_array(dst, t, bounds);
    LLVMBuildMemMove(cg.b, dst, cg_align(t), src, cg_align(t), bytes);
    if (cg_built_by_copy(value))
        cg_adjust_array(dst, t, bounds);
    LLVMBuildBr(cg.b, done);
    LLVMPositionBuilderAtEnd(cg.b, done);
}

void cg_assign_init(Node *target, Node *value)
{
    initializing = true;
    cg_assign(target, value);
    initializing = false;
}

void cg_assign(Node *target, Node *value)
{
    Type *t = type_full(target->ty ? target->ty : target->ent->type);
    if (type_is_scalar(t) || t->kind == TY_ACCESS) {
        LLVMValueRef v = cg_scalar(value);
        CgVal a = cg_address(target);
        store_scalar(v, a.v);
        return;
    }
    CgVal src, dst;
    Node *vn = value;
    while (vn->kind == N_PAREN)
        vn = vn->expr;
    if (vn->kind == N_AGGREGATE && (vn->flags & NF_TARGET_BOUNDS)) {
        /* the aggregate takes the target's bounds (4.3.3(16)): the target first */
        dst = cg_address(target);
        CgVal saved = cg.agg_target;
        cg.agg_target = dst;
        src = cg_expr(value);
        cg.agg_target = saved;
    } else {
        src = cg_expr(value);
        dst = cg_address(target);
    }
    LLVMValueRef bytes;
    if (t->kind == TY_RECORD && t->n_discr && !t->is_classwide && cg.opts->checks) {
        /* an object created by an allocator is constrained by its initial
         * value (4.8(6/3)); so is any constrained view: the discriminants
         * of the value must be the object's */
        Node *tn = target;
        while (tn->kind == N_PAREN)
            tn = tn->expr;
        if (tn->kind == N_DEREF) {
            LLVMValueRef bad = NULL;
            for (int i = 0; i < t->n_discr; i++) {
                Entity *d = t->components.data[i];
                LLVMValueRef have = load_scalar(d->type, cg_component_addr(dst.v, t, i, ""), "");
                LLVMValueRef want = load_scalar(d->type, cg_component_addr(src.v, t, i, ""), "");
                LLVMValueRef ne = LLVMBuildICmp(cg.b, LLVMIntNE, have, want, "");
                bad = bad ? LLVMBuildOr(cg.b, bad, ne, "") : ne;
            }
            cg_check_fail("discriminant", value->loc, bad);
        }
    }
    if (t->kind == TY_ARRAY) {
        LLVMValueRef lo, hi, slo, shi;
        array_bounds(dst, t, 0, &lo, &hi);
        array_bounds(src, type_full(value->ty), 0, &slo, &shi);
        LLVMValueRef n = length_of(lo, hi);
        if (cg.opts->checks)
            cg_check_fail("length", value->loc, LLVMBuildICmp(cg.b, LLVMIntNE, n, length_of(slo, shi), "length.bad"));
        bytes = LLVMBuildMul(cg.b, n, LLVMConstInt(cg.i64, cg_size(t->component), 0), "");
        for (int i = 1; i < t->indexes.len; i++) {
            array_bounds(dst, t, i, &lo, &hi);
            bytes = LLVMBuildMul(cg.b, bytes, length_of(lo, hi), "");
        }
        if (!initializing && (t->constrained || dst.bounds) && cg_needs_finalization(t)) {
            /* 7.6(17-19) for each controlled component */
            controlled_assign(dst.v, src.v, t, bytes, value, t->constrained ? NULL : dst.bounds);
            return;
        }
        LLVMBuildMemMove(cg.b, dst.v, 1, src.v, 1, bytes);
        return;
    }
    bytes = t->kind == TY_RECORD ? cg_record_size_at(type_full(value->ty ? value->ty : t), src.v)
                                 : LLVMConstInt(cg.i64, cg_size(t), 0);
    if (!initializing && cg_needs_finalization(t)) {
        controlled_assign(dst.v, src.v, t, bytes, value, NULL);
        return;
    }
    LLVMBuildMemMove(cg.b, dst.v, cg_align(t), src.v, cg_align(t), bytes);
}
