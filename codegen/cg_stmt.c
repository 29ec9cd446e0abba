/*
 * cg_stmt.c: statements and exception handlers.
 *
 * A handled sequence of statements with handlers pushes a handler frame of
 * the runtime, calls _setjmp on it, runs the statements and pops the frame;
 * a raise comes back from _setjmp with 1 (the runtime has already popped
 * the frame), and the handlers compare the current exception with their
 * choices.  Statements that leave a handled sequence early (exit, return)
 * pop the frames they leave.  Locals of a subprogram with handlers are
 * accessed with volatile loads and stores, so that their values survive the
 * long jump.
 */
#include "cg.h"

#include <string.h>

/* ---- assertions (11.4.2, 6.1.1) ------------------------------------------------------------ */

bool cg_assertion_on(int policy)
{
    return policy == ASSERT_CHECK || (policy == ASSERT_DEFAULT && cg.opts->assertions);
}

/* Raise Assertion_Error unless COND: with message MSG (an expression),
 * else TEXT (a C string), else "file:line" (11.4.2(10/2)). */
static void assertion(LLVMValueRef cond, Node *msg, const char *text, Loc loc)
{
    Entity *ae = library_loaded("ada.assertions", "assertion_error");
    if (!ae)
        return;
    LLVMBasicBlockRef fail = cg_block("assert.fail"), ok = cg_block("assert.ok");
    LLVMBuildCondBr(cg.b, cond, ok, fail);
    LLVMPositionBuilderAtEnd(cg.b, fail);
    LLVMValueRef m = LLVMConstNull(cg.ptr), len = LLVMConstInt(cg.i32, 0, 0);
    if (msg) {
        CgVal v = cg_expr(msg);
        LLVMValueRef lo, hi;
        cg_bounds_of(std.string, 0, &lo, &hi);
        LLVMValueRef b = cg_bounds_block(v, msg->ty);
        lo = LLVMBuildLoad2(cg.b, cg.i32, LLVMBuildStructGEP2(cg.b, cg.bounds_t, b, 0, ""), "");
        hi = LLVMBuildLoad2(cg.b, cg.i32, LLVMBuildStructGEP2(cg.b, cg.bounds_t, b, 1, ""), "");
        m = v.v;
        len = LLVMBuildAdd(cg.b, LLVMBuildSub(cg.b, hi, lo, ""), LLVMConstInt(cg.i32, 1, 0), "msg.len");
    } else if (text) {
        m = LLVMBuildGlobalStringPtr(cg.b, text, "assert.msg");
        len = LLVMConstInt(cg.i32, (unsigned long long)-1, 1);     /* NUL-terminated */
    }
    LLVMValueRef args[5] = {cg_exception_id(ae), cg_file_name(loc.file), LLVMConstInt(cg.i32, (unsigned)loc.line, 0), m, len};
    cg_call_rt("__adac_raise", args, 5);
    LLVMBuildUnreachable(cg.b);
    LLVMPositionBuilderAtEnd(cg.b, ok);
}

void cg_pragma_assert(Node *p)
{
    if (!p->list.len || !cg_assertion_on(p->op))
        return;
    Node *c = p->list.data[0], *m = p->list.len > 1 ? p->list.data[1] : NULL;
    if (c->kind == N_ASSOC)
        c = c->expr;
    if (m && m->kind == N_ASSOC)
        m = m->expr;
    assertion(cg_cond(c), m, NULL, p->loc);
}

/* The X'Old nodes under N, each given a local holding X's value now. */
static void capture_olds(Node *n, int depth)
{
    if (!n || depth > 100)
        return;
    if (n->kind == N_ATTRIBUTE && n->id && !strcmp(n->id->name, "old") && n->ty) {
        Type *t = type_full(n->ty);
        LLVMValueRef slot;
        if (type_is_scalar(t) || t->kind == TY_ACCESS) {
            slot = cg_alloca(cg_mem_type(t), "old");
            cg_store(cg_scalar(n->expr), slot);
        } else if (t->kind == TY_RECORD || (t->kind == TY_ARRAY && t->constrained)) {
            CgVal v = cg_expr(n->expr);
            slot = cg_alloca(cg_mem_type(t), "old");
            LLVMBuildMemCpy(cg.b, slot, cg_align(t), v.v, cg_align(t), LLVMConstInt(cg.i64, cg_size(t), 0));
        } else {
            slot = cg_expr(n->expr).v;       /* an unconstrained array: the object itself */
        }
        vec_push(&cg.olds, n);
        vec_push(&cg.olds, slot);
        return;
    }
    Node *kids[] = {n->expr, n->left, n->right, n->cond, n->init};
    for (int i = 0; i < 5; i++)
        capture_olds(kids[i], depth + 1);
    for (int i = 0; i < n->list.len; i++)
        capture_olds(n->list.data[i], depth + 1);
}

void cg_contract_entry(Node *decl, Node *body)
{
    cg.posts = (Vec){0};
    cg.olds = (Vec){0};
    Vec *lists[2] = {decl && decl != body ? &decl->aspects : NULL, &body->aspects};
    for (int l = 0; l < 2; l++)
        for (int i = 0; lists[l] && i < lists[l]->len; i++) {
            Node *a = lists[l]->data[i];
            if (!a->id || !a->expr || !cg_assertion_on(a->op))
                continue;
            if (!strcmp(a->id->name, "pre")) {
                const Source *src = source_get(a->loc.file);
                assertion(cg_cond(a->expr), NULL, arena_printf("failed precondition from %s:%d", src ? src->name : "?",
                                                               a->loc.line), a->loc);
            } else if (!strcmp(a->id->name, "post")) {
                vec_push(&cg.posts, a);
                capture_olds(a->expr, 0);
            }
        }
}

void cg_check_posts(CgVal *result)
{
    if (!cg.posts.len || cg_terminated())
        return;
    CgVal saved = cg.post_result;
    if (result)
        cg.post_result = *result;
    for (int i = 0; i < cg.posts.len; i++) {
        Node *a = cg.posts.data[i];
        const Source *src = source_get(a->loc.file);
        assertion(cg_cond(a->expr), NULL, arena_printf("failed postcondition from %s:%d", src ? src->name : "?",
                                                       a->loc.line), a->loc);
    }
    cg.post_result = saved;
}

static void pop_handlers_to(int depth)
{
    for (int i = cg.n_handlers - 1; i >= depth; i--)
        if (!cg.handlers[i].cleanup)     /* cleanups' guards go with their cleanups */
            cg_call_rt("__adac_pop_handler", &cg.handlers[i].frame, 1);
}

/* The value of condition C, its anonymous objects finalized (7.6.1(13/3)). */
static LLVMValueRef condition(Node *c)
{
    int temps = cg.n_temps;
    LLVMValueRef v = cg_cond(c);
    cg_finalize_temps(temps);
    return v;
}

static void if_stmt(Node *s)
{
    LLVMBasicBlockRef end = cg_block("if.end");
    for (int i = 0; i < s->list.len; i++) {
        Node *arm = s->list.data[i];
        LLVMBasicBlockRef then = cg_block("if.then");
        LLVMBasicBlockRef next = (i + 1 < s->list.len || s->list2.len) ? cg_block(i + 1 < s->list.len ? "if.elsif" : "if.else") : end;
        LLVMBuildCondBr(cg.b, condition(arm->cond), then, next);
        LLVMPositionBuilderAtEnd(cg.b, then);
        cg_stmts(&arm->list);
        if (!cg_terminated())
            LLVMBuildBr(cg.b, end);
        LLVMPositionBuilderAtEnd(cg.b, next);
    }
    if (s->list2.len) {
        cg_stmts(&s->list2);
        if (!cg_terminated())
            LLVMBuildBr(cg.b, end);
        LLVMPositionBuilderAtEnd(cg.b, end);
    }
}

/* Temporaries of a loop iteration or a block: secondary stack and stack of
 * a run-time size are taken back at its end, so that a loop runs in
 * constant memory.  The mark (and stack save) go in at the scope's start
 * only if its code turned out to need them. */
typedef struct {
    LLVMBasicBlockRef bb;      /* the fresh block where the scope starts */
    unsigned ss_uses, dyn_allocas;
} TempScope;

static TempScope temp_scope_open(void)
{
    TempScope t = {LLVMGetInsertBlock(cg.b), cg.ss_uses, cg.dyn_allocas};
    return t;
}

static void temp_scope_close(TempScope *t)
{
    bool ss = cg.ss_uses != t->ss_uses, stack = cg.dyn_allocas != t->dyn_allocas;
    if (cg_terminated() || (!ss && !stack))
        return;
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg.ctx);
    LLVMValueRef first = LLVMGetFirstInstruction(t->bb);
    if (first)
        LLVMPositionBuilderBefore(b, first);
    else
        LLVMPositionBuilderAtEnd(b, t->bb);
    if (ss) {
        LLVMValueRef mark = LLVMBuildCall2(b, cg_runtime_type("__adac_ss_mark"), cg_runtime("__adac_ss_mark"), NULL, 0, "ss.mark");
        cg_call_rt("__adac_ss_release", &mark, 1);
    }
    if (stack) {
        LLVMTypeRef ft;
        LLVMValueRef save = cg_intrinsic("llvm.stacksave", cg.ptr, &ft);
        LLVMValueRef sp = LLVMBuildCall2(b, ft, save, NULL, 0, "stack.mark");
        LLVMValueRef restore = cg_intrinsic("llvm.stackrestore", cg.ptr, &ft);
        LLVMBuildCall2(cg.b, ft, restore, &sp, 1, "");
    }
    LLVMDisposeBuilder(b);
}

static void loop_stmt(Node *s)
{
    LLVMBasicBlockRef head = cg_block("loop.head");
    LLVMBasicBlockRef body = cg_block("loop.body");
    LLVMBasicBlockRef end = cg_block("loop.end");
    CgLoop *l = CG_PUSH(loops);
    l->node = s;
    l->exit = end;
    l->handler_depth = cg.n_handlers;
    l->cleanup_depth = cg.n_cleanups;
    if (s->op == T_FOR) {
        int temps = cg.n_temps;
        Node *r = s->constraint;
        Entity *p = s->right->ent;
        Type *t = type_full(p->type);
        LLVMTypeRef lt = cg_type(t->base);
        LLVMValueRef lo, hi;
        if (r->kind == N_RANGE) {
            lo = cg_scalar(r->left);
            hi = cg_scalar(r->right);
        } else if (r->kind == N_ATTRIBUTE && r->id && !strcmp(r->id->name, "range")
                   && cg_array_attribute_bounds(r, &lo, &hi)) {
            /* A'Range of an array object: its own bounds (3.6.2(7)) */
            Type *rt = r->ty ? r->ty : t;
            lo = cg_convert_scalar(lo, rt, t->base);
            hi = cg_convert_scalar(hi, rt, t->base);
        } else {
            Type *rt = r->ty ? r->ty : t;
            cg_elaborate_subtype(rt);
            cg_bounds_of(rt, 0, &lo, &hi);
            lo = cg_convert_scalar(lo, rt, t->base);
            hi = cg_convert_scalar(hi, rt, t->base);
        }
        cg_finalize_temps(temps);
        LLVMValueRef var = cg_alloca(lt, p->spelling);
        CgObj *o = cg_obj(p);
        o->addr = var;
        if (o->frame_index > 0 && cg.frame) {
            LLVMValueRef idx[1] = {LLVMConstInt(cg.i32, (unsigned)o->frame_index, 0)};
            LLVMBuildStore(cg.b, var, LLVMBuildGEP2(cg.b, cg.ptr, cg.frame, idx, 1, ""));
        }
        bool rev = (s->flags & NF_REVERSE) != 0;
        bool is_signed = t->base->kind == TY_SIGNED;
        LLVMIntPredicate gt = is_signed ? LLVMIntSGT : LLVMIntUGT;
        /* an empty range runs no iteration */
        LLVMBasicBlockRef start = cg_block("for.start");
        LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, gt, lo, hi, "for.empty"), end, start);
        LLVMPositionBuilderAtEnd(cg.b, start);
        cg_store(rev ? hi : lo, var);
        LLVMBuildBr(cg.b, body);
        LLVMPositionBuilderAtEnd(cg.b, body);
        TempScope ts = temp_scope_open();
        cg_stmts(&s->list);
        temp_scope_close(&ts);
        if (!cg_terminated()) {
            LLVMValueRef cur = cg_load(lt, var, p->spelling);
            LLVMValueRef last = rev ? lo : hi;
            LLVMBasicBlockRef step = cg_block("for.step");
            LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntEQ, cur, last, "for.last"), end, step);
            LLVMPositionBuilderAtEnd(cg.b, step);
            LLVMValueRef one = LLVMConstInt(lt, 1, 0);
            cg_store(rev ? LLVMBuildSub(cg.b, cur, one, "") : LLVMBuildAdd(cg.b, cur, one, ""), var);
            LLVMBuildBr(cg.b, body);
        }
        LLVMDeleteBasicBlock(head);
    } else {
        LLVMBuildBr(cg.b, head);
        LLVMPositionBuilderAtEnd(cg.b, head);
        if (s->op == T_WHILE)
            LLVMBuildCondBr(cg.b, condition(s->cond), body, end);
        else
            LLVMBuildBr(cg.b, body);
        LLVMPositionBuilderAtEnd(cg.b, body);
        TempScope ts = temp_scope_open();
        cg_stmts(&s->list);
        temp_scope_close(&ts);
        if (!cg_terminated())
            LLVMBuildBr(cg.b, head);
    }
    cg.n_loops--;
    LLVMPositionBuilderAtEnd(cg.b, end);
}

static void exit_stmt(Node *s)
{
    CgLoop *l = NULL;
    for (int i = cg.n_loops - 1; i >= 0; i--)
        if (cg.loops[i].node == s->sem) {
            l = &cg.loops[i];
            break;
        }
    if (!l)
        return;
    LLVMBasicBlockRef cont = NULL;
    if (s->cond) {
        LLVMBasicBlockRef go = cg_block("exit.when");
        cont = cg_block("exit.cont");
        LLVMBuildCondBr(cg.b, condition(s->cond), go, cont);
        LLVMPositionBuilderAtEnd(cg.b, go);
    }
    cg_run_cleanups(l->cleanup_depth);
    pop_handlers_to(l->handler_depth);
    LLVMBuildBr(cg.b, l->exit);
    if (cont)
        LLVMPositionBuilderAtEnd(cg.b, cont);
}

/* 6.5(21/3)-ish, 3.10.2(10.1/3): the access value a function with an
 * anonymous access result returns must not designate an object deeper
 * than the master of its call, which the caller passed: Program_Error.
 * An allocator's object is created at that level: nothing to check. */
static void return_level_check(Node *s, Type *r)
{
    Node *v = s->expr;
    while (v->kind == N_PAREN || v->kind == N_QUALIFIED)
        v = v->expr;
    if (v->kind == N_ALLOCATOR || v->kind == N_NULL_LIT)
        return;
    int lv = sema_value_level(v, r);
    LLVMValueRef level = lv == LEVEL_OF_PARAM ? cg_param_level(v->ent) : LLVMConstInt(cg.i32, (unsigned)lv, 0);
    LLVMValueRef master = cg_load(cg.i32, cg.result_level, "call.master");
    cg_check_fail("accessibility", s->loc, LLVMBuildICmp(cg.b, LLVMIntSGT, level, master, "result.deeper"));
}

/* Is the result of a return of X a copy of an existing object of a
 * nonlimited type needing finalization, to be adjusted (7.6(17))?  An
 * aggregate or a function call builds the result itself. */
static bool returns_a_copy(Type *r, Node *x)
{
    return !r->limited && cg_needs_finalization(r) && cg_built_by_copy(x);
}

static void return_stmt(Node *s)
{
    Entity *f = s->ent;
    if (s->expr && f && f->result) {
        Type *r = type_full(f->result);
        LLVMValueRef v;
        if (r->kind == TY_ARRAY && !r->constrained) {
            /* the result goes on the secondary stack: the bounds of every
             * dimension (of a constrained value: its subtype's), then the data */
            CgVal val = cg_expr(s->expr);
            Type *vt = type_full(s->expr->ty);
            unsigned hsize = cg_bounds_size(r);
            LLVMValueRef bytes = cg_array_value_bytes(val, vt);
            LLVMValueRef total = LLVMBuildAdd(cg.b, bytes, LLVMConstInt(cg.i64, hsize, 0), "");
            LLVMValueRef args[2] = {total, LLVMConstInt(cg.i64, 8, 0)};
            LLVMValueRef mem = cg_call_rt("__adac_ss_alloc", args, 2);
            cg_store_bounds(mem, val, vt);
            LLVMValueRef off[1] = {LLVMConstInt(cg.i64, hsize, 0)};
            LLVMValueRef data = LLVMBuildGEP2(cg.b, cg.i8, mem, off, 1, "result.data");
            LLVMBuildMemCpy(cg.b, data, 1, val.v, 1, bytes);
            if (returns_a_copy(r, s->expr))
                cg_adjust_array(data, r, mem);    /* 7.6(17): its components are copies */
            LLVMValueRef fat = LLVMGetUndef(cg.fat_t);
            fat = LLVMBuildInsertValue(cg.b, fat, data, 0, "");
            fat = LLVMBuildInsertValue(cg.b, fat, mem, 1, "");
            v = fat;
        } else if (cg_result_on_ss(r)) {
            /* a record sized by its discriminants or by its tag: a copy on the secondary stack */
            CgVal val = cg_expr(s->expr);
            if ((s->checks & CHK_ACCESSIBILITY) && r->is_classwide)
                cg_tag_level_check(LLVMBuildLoad2(cg.b, cg.ptr, val.v, "tag"), f->level, s->loc);
            LLVMValueRef size = cg_record_size_at(type_full(s->expr->ty), val.v);
            LLVMValueRef args[2] = {size, LLVMConstInt(cg.i64, 16, 0)};
            v = cg_call_rt("__adac_ss_alloc", args, 2);
            LLVMBuildMemCpy(cg.b, v, 8, val.v, 8, size);
            if (returns_a_copy(r, s->expr))
                cg_adjust(v, r);
        } else if (r->kind == TY_ARRAY || r->kind == TY_RECORD) {
            CgVal val = cg_expr(s->expr);
            if (returns_a_copy(r, s->expr)) {
                /* 7.6(17): the result is a copy of an object, adjusted before
                 * the object is finalized with the function's other locals */
                LLVMValueRef tmp = cg_alloca(cg_mem_type(r), "result.copy");
                LLVMBuildMemCpy(cg.b, tmp, cg_align(r), val.v, cg_align(r), LLVMConstInt(cg.i64, cg_size(r), 0));
                cg_adjust(tmp, r);
                val.v = tmp;
            }
            v = LLVMBuildLoad2(cg.b, cg_mem_type(r), val.v, "result");
        } else {
            if ((s->checks & CHK_ACCESSIBILITY) && cg.result_level && cg.opts->checks)
                return_level_check(s, r);
            v = cg_scalar(s->expr);
        }
        if (cg.posts.len) {
            /* 6.1.1(35/3): the postconditions, F'Result being the result */
            CgVal res = {v, NULL};
            if (LLVMGetTypeKind(LLVMTypeOf(v)) == LLVMStructTypeKind && !(r->kind == TY_ARRAY && !r->constrained)) {
                LLVMValueRef tmp = cg_alloca(LLVMTypeOf(v), "result.post");
                LLVMBuildStore(cg.b, v, tmp);
                res.v = tmp;
            } else if (r->kind == TY_ARRAY && !r->constrained) {
                res.v = LLVMBuildExtractValue(cg.b, v, 0, "");
                res.bounds = LLVMBuildExtractValue(cg.b, v, 1, "");
            }
            cg_check_posts(&res);
        }
        cg_finalize_temps(0);
        cg_run_cleanups(0);
        pop_handlers_to(0);
        cg_copy_back();
        LLVMBuildRet(cg.b, v);
    } else {
        cg_check_posts(NULL);
        cg_run_cleanups(0);
        pop_handlers_to(0);
        cg_copy_back();
        LLVMBuildRetVoid(cg.b);
    }
}

static void raise_stmt(Node *s)
{
    LLVMValueRef file = cg_file_name(s->loc.file);
    LLVMValueRef line = LLVMConstInt(cg.i32, (unsigned)s->loc.line, 0);
    if (!s->expr) {
        cg_call_rt("__adac_reraise", NULL, 0);
        LLVMBuildUnreachable(cg.b);
        return;
    }
    LLVMValueRef id = cg_exception_id(s->expr->ent);
    LLVMValueRef msg = LLVMConstNull(cg.ptr), len = LLVMConstInt(cg.i32, 0, 0);
    if (s->init) {
        CgVal m = cg_expr(s->init);
        msg = m.v;
        LLVMValueRef first = LLVMBuildLoad2(cg.b, cg.i32, LLVMBuildStructGEP2(cg.b, cg.bounds_t, m.bounds, 0, ""), "");
        LLVMValueRef last = LLVMBuildLoad2(cg.b, cg.i32, LLVMBuildStructGEP2(cg.b, cg.bounds_t, m.bounds, 1, ""), "");
        len = LLVMBuildAdd(cg.b, LLVMBuildSub(cg.b, last, first, ""), LLVMConstInt(cg.i32, 1, 0), "msg.len");
    }
    LLVMValueRef args[5] = {id, file, line, msg, len};
    cg_call_rt("__adac_raise", args, 5);
    LLVMBuildUnreachable(cg.b);
}

/* Does the selector's value V (of type T) satisfy case choice C? */
LLVMValueRef cg_choice_hit(LLVMValueRef v, Type *t, Node *c)
{
    bool sgn = t->base->kind == TY_SIGNED;
    if (c->kind == N_RANGE || c->kind == N_SUBTYPE_IND || (c->ty && c->kind != N_INT_LIT && c->ent && c->ent->kind == E_TYPE)) {
        LLVMValueRef lo, hi;
        if (c->kind == N_RANGE) {
            lo = cg_scalar(c->left);
            hi = cg_scalar(c->right);
        } else {
            cg_bounds_of(c->ty, 0, &lo, &hi);
            lo = cg_convert_scalar(lo, c->ty, t);
            hi = cg_convert_scalar(hi, c->ty, t);
        }
        LLVMValueRef a = LLVMBuildICmp(cg.b, sgn ? LLVMIntSGE : LLVMIntUGE, v, lo, "");
        LLVMValueRef b = LLVMBuildICmp(cg.b, sgn ? LLVMIntSLE : LLVMIntULE, v, hi, "");
        return LLVMBuildAnd(cg.b, a, b, "case.in");
    }
    return LLVMBuildICmp(cg.b, LLVMIntEQ, v, cg_scalar(c), "case.eq");
}

static void case_stmt(Node *s)
{
    int temps = cg.n_temps;
    LLVMValueRef v = cg_scalar(s->expr);
    cg_finalize_temps(temps);
    Type *t = type_full(s->expr->ty);
    LLVMBasicBlockRef end = cg_block("case.end");
    LLVMBasicBlockRef other = NULL;
    /* others, or else Constraint_Error for a value no choice covers */
    for (int i = 0; i < s->list.len; i++) {
        Node *arm = s->list.data[i];
        if (arm->list2.len == 1 && ((Node *)arm->list2.data[0])->kind == N_OTHERS)
            other = cg_block("case.others");
    }
    LLVMBasicBlockRef fail = other ? other : cg_block("case.invalid");
    /* a chain of comparisons: simple and correct for ranges too */
    for (int i = 0; i < s->list.len; i++) {
        Node *arm = s->list.data[i];
        if (arm->list2.len == 1 && ((Node *)arm->list2.data[0])->kind == N_OTHERS)
            continue;
        LLVMBasicBlockRef body = cg_block("case.when");
        for (int k = 0; k < arm->list2.len; k++) {
            Node *c = arm->list2.data[k];
            LLVMValueRef hit = cg_choice_hit(v, t, c);
            LLVMBasicBlockRef next = cg_block("case.next");
            LLVMBuildCondBr(cg.b, hit, body, next);
            LLVMPositionBuilderAtEnd(cg.b, next);
        }
        LLVMBasicBlockRef after_tests = LLVMGetInsertBlock(cg.b);
        LLVMPositionBuilderAtEnd(cg.b, body);
        cg_stmts(&arm->list);
        if (!cg_terminated())
            LLVMBuildBr(cg.b, end);
        LLVMPositionBuilderAtEnd(cg.b, after_tests);
    }
    LLVMBuildBr(cg.b, fail);
    if (other) {
        LLVMPositionBuilderAtEnd(cg.b, other);
        Node *arm = s->list.data[s->list.len - 1];
        cg_stmts(&arm->list);
        if (!cg_terminated())
            LLVMBuildBr(cg.b, end);
    } else {
        LLVMPositionBuilderAtEnd(cg.b, fail);
        LLVMValueRef args[2] = {cg_file_name(s->loc.file), LLVMConstInt(cg.i32, (unsigned)s->loc.line, 0)};
        cg_call_rt("__adac_rcheck_CE_Range_Check", args, 2);
        LLVMBuildUnreachable(cg.b);
    }
    LLVMPositionBuilderAtEnd(cg.b, end);
}

static void block_stmt(Node *s)
{
    LLVMBasicBlockRef start = cg_block("block");
    LLVMBuildBr(cg.b, start);
    LLVMPositionBuilderAtEnd(cg.b, start);
    TempScope ts = temp_scope_open();
    int cleanups = cg.n_cleanups, handlers = cg.n_handlers;
    cg_decls(&s->list);
    cg_handled(&s->list2, &s->list3);
    if (!cg_terminated())
        cg_run_cleanups(cleanups);          /* the block is a master (7.6.1(3/2)) */
    cg.n_cleanups = cleanups;
    cg.n_handlers = handlers;
    temp_scope_close(&ts);
}

void cg_stmts(Vec *stmts)
{
    for (int i = 0; i < stmts->len; i++) {
        Node *s = stmts->data[i];
        if (cg_terminated()) {
            /* code after a raise, return or exit: unreachable but legal */
            LLVMPositionBuilderAtEnd(cg.b, cg_block("dead"));
        }
        cg_set_loc(s->loc);
        int temps = cg.n_temps;
        switch (s->kind) {
        case N_NULL_STMT:
            break;
        case N_PRAGMA:
            if (s->id && !strcmp(s->id->name, "assert"))
                cg_pragma_assert(s);
            break;
        case N_ASSIGN: {
            Node *l = s->left;
            while (l->kind == N_PAREN)
                l = l->expr;
            if (l->kind == N_IDENT && l->ent && sema_stand_alone_anonymous(l->ent)) {
                LLVMValueRef level = cg_stand_alone_level(l->ent, s->right, s->checks & CHK_ACCESSIBILITY, s->loc);
                cg_assign(s->left, s->right);
                cg_keep_stand_alone_level(l->ent, level);
            } else {
                cg_assign(s->left, s->right);
            }
            break;
        }
        case N_CALL_STMT: {
            Node *c = s->expr;
            if (c->sem) {
                CgVal r;
                cg_call(c, c->sem, ((CallInfo *)c->sem)->subp, &r);
            }
            break;
        }
        case N_IF:
            if_stmt(s);
            break;
        case N_CASE:
            case_stmt(s);
            break;
        case N_LOOP:
            loop_stmt(s);
            break;
        case N_BLOCK:
            block_stmt(s);
            break;
        case N_EXIT:
            exit_stmt(s);
            break;
        case N_RETURN:
            return_stmt(s);
            break;
        case N_RAISE:
            raise_stmt(s);
            break;
        default:
            break;
        }
        cg_finalize_temps(temps);
    }
}

/* Does exception E match the handler choice C? */
static LLVMValueRef choice_matches(LLVMValueRef cur, Node *c)
{
    return LLVMBuildICmp(cg.b, LLVMIntEQ, cur, cg_exception_id(c->ent), "exc.is");
}

void cg_handled(Vec *stmts, Vec *handlers)
{
    if (!handlers->len) {
        cg_stmts(stmts);
        return;
    }
    LLVMTypeRef ht = LLVMArrayType2(cg.i8, 256);
    LLVMValueRef frame = cg_alloca(ht, "handler");
    LLVMSetAlignment(frame, 16);
    cg_call_rt("__adac_push_handler", &frame, 1);
    LLVMValueRef r = cg_call_rt("_setjmp", &frame, 1);
    LLVMBasicBlockRef body = cg_block("handled.body");
    LLVMBasicBlockRef caught = cg_block("exception.caught");
    LLVMBasicBlockRef end = cg_block("handled.end");
    LLVMBuildCondBr(cg.b, LLVMBuildICmp(cg.b, LLVMIntEQ, r, LLVMConstInt(cg.i32, 0, 0), "normal"), body, caught);

    LLVMPositionBuilderAtEnd(cg.b, body);
    CgHandler *h = CG_PUSH(handlers);
    h->cleanup = false;
    h->frame = frame;
    cg_stmts(stmts);
    cg.n_handlers--;
    if (!cg_terminated()) {
        cg_call_rt("__adac_pop_handler", &frame, 1);
        LLVMBuildBr(cg.b, end);
    }

    LLVMPositionBuilderAtEnd(cg.b, caught);
    LLVMValueRef cur = cg_call_rt("__adac_current_exception", NULL, 0);
    for (int i = 0; i < handlers->len; i++) {
        Node *h = handlers->data[i];
        LLVMBasicBlockRef hb = cg_block("handler");
        bool others = false;
        LLVMValueRef any = NULL;
        for (int k = 0; k < h->list2.len; k++) {
            Node *c = h->list2.data[k];
            if (c->kind == N_OTHERS) {
                others = true;
                continue;
            }
            if (!c->ent)
                continue;
            LLVMValueRef m = choice_matches(cur, c);
            any = any ? LLVMBuildOr(cg.b, any, m, "") : m;
        }
        LLVMBasicBlockRef next = cg_block("handler.next");
        if (others)
            LLVMBuildBr(cg.b, hb);
        else
            LLVMBuildCondBr(cg.b, any ? any : LLVMConstInt(cg.i1, 0, 0), hb, next);
        LLVMPositionBuilderAtEnd(cg.b, hb);
        if (h->ent) {
            /* 11.2(4): the choice parameter, a copy of the occurrence */
            LLVMValueRef occ = cg_alloca(cg_mem_type(h->ent->type), h->ent->spelling);
            LLVMSetAlignment(occ, 8);
            cg_call_rt("__adac_save_occurrence", &occ, 1);
            cg_obj(h->ent)->addr = occ;
        }
        cg_stmts(&h->list);
        if (!cg_terminated())
            LLVMBuildBr(cg.b, end);
        LLVMPositionBuilderAtEnd(cg.b, next);
    }
    /* no handler matched: propagate */
    cg_call_rt("__adac_reraise", NULL, 0);
    LLVMBuildUnreachable(cg.b);
    LLVMPositionBuilderAtEnd(cg.b, end);
}
