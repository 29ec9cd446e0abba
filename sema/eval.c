/*
 * eval.c: static expressions (RM 4.9), evaluated exactly with GMP.
 *
 * A static expression is evaluated on the analysed tree: literals, named
 * numbers, static constants, enumeration literals, the predefined operators,
 * qualifications and conversions, and the scalar attributes of static
 * subtypes.  Integer arithmetic is exact (4.9(33)): universal_integer has no
 * bounds at compile time, so `2**100 / 2**98` is 4.
 */
#include "sema.h"

#include <stdlib.h>
#include <string.h>

/* The value of an integer literal (2.4.1, 2.4.2): decimal or based, with
 * underscores and an exponent. */
static bool int_literal(const char *s, mpz_t out)
{
    char *digits = arena_alloc(strlen(s) + 1);
    int n = 0;
    const char *p = s;
    long base = 10;
    const char *hash = strpbrk(s, "#:");
    if (hash) {
        base = 0;
        for (; p < hash; p++)
            if (*p != '_' && base <= 16)   /* past 16 the lexer refused it: no overflow */
                base = base * 10 + (*p - '0');
        p = hash + 1;
    }
    for (; *p && *p != '#' && *p != ':' && !(base == 10 && (*p == 'e' || *p == 'E')); p++) {
        if (*p == '_')
            continue;
        digits[n++] = *p;
    }
    digits[n] = 0;
    if (base < 2 || base > 16 || mpz_set_str(out, digits, (int)base) != 0)
        return false;
    if (*p == '#' || *p == ':')
        p++;
    if (*p == 'e' || *p == 'E') {
        long e = strtol(p + 1, NULL, 10);
        if (e < 0)
            return false;          /* 2.4.1(5): no negative exponent for an integer */
        if (e > LITERAL_MAX_EXPONENT)
            return false;          /* refused by sema_literal_capacity */
        mpz_t m;
        mpz_init(m);
        mpz_ui_pow_ui(m, (unsigned long)base, (unsigned long)e);
        mpz_mul(out, out, m);
        mpz_clear(m);
    }
    return true;
}

/* Static values are exact (4.9(33)) up to adac's capacity (1.1.3(2)): a
 * product or power that would have more than STATIC_MAX_BITS bits is
 * refused, once, at the operator (a million decimal digits fit). */
#define STATIC_MAX_BITS (1ul << 22)
static bool beyond_capacity(Node *e, double bits)
{
    if (bits <= STATIC_MAX_BITS)
        return false;
    if (!(e->flags & NF_CAPACITY_REPORTED)) {
        e->flags |= NF_CAPACITY_REPORTED;
        error_at(e->loc, "1.1.3(2)", "the value of this static expression would have more than %lu bits, "
                 "adac's capacity for exact static values", STATIC_MAX_BITS);
    }
    return true;
}

static bool attr_is(const Node *n, const char *name)
{
    return n->kind == N_ATTRIBUTE && n->id && !strcmp(n->id->name, name);
}

bool eval_static_int(Node *e, mpz_t out)
{
    if (!e)
        return false;
    switch (e->kind) {
    case N_INT_LIT:
        return int_literal(e->text, out);
    case N_CHAR_LIT:
        if (e->ent && e->ent->kind == E_ENUM_LIT) {
            mpz_set_si(out, e->ent->pos);
            return true;
        }
        if (e->ty && e->ty->base->is_character && !e->ty->base->lits.len) {
            mpz_set_ui(out, (unsigned char)e->text[1]);
            return true;
        }
        return false;
    case N_PAREN:
        return eval_static_int(e->expr, out);
    case N_QUALIFIED:
        return eval_static_int(e->expr, out);
    case N_IDENT:
    case N_SELECTED:
        if (!e->ent)
            return false;
        if (e->ent->kind == E_ENUM_LIT) {
            mpz_set_si(out, e->ent->pos);
            return true;
        }
        if ((e->ent->kind == E_NUMBER || e->ent->kind == E_CONSTANT) && e->ent->has_static_value) {
            mpz_set(out, e->ent->ival);
            return true;
        }
        return false;
    case N_UNARY: {
        if (!eval_static_int(e->left, out))
            return false;
        if (e->op == '-')
            mpz_neg(out, out);
        else if (e->op == T_ABS)
            mpz_abs(out, out);
        else if (e->op == T_NOT && e->ty && e->ty->base->is_boolean)
            mpz_set_ui(out, mpz_sgn(out) == 0);
        else if (e->op != '+')
            return false;
        return true;
    }
    case N_BINARY: {
        if (e->ent)                 /* a user-defined operator */
            return false;
        mpz_t r;
        mpz_init(r);
        bool ok = eval_static_int(e->left, out) && eval_static_int(e->right, r);
        if (ok) {
            switch (e->op) {
            case '+': mpz_add(out, out, r); break;
            case '-': mpz_sub(out, out, r); break;
            case '*':
                if (mpz_sgn(out) && mpz_sgn(r) && beyond_capacity(e, (double)mpz_sizeinbase(out, 2) + (double)mpz_sizeinbase(r, 2)))
                    ok = false;
                else
                    mpz_mul(out, out, r);
                break;
            case '/':
                if (mpz_sgn(r) == 0) ok = false;
                else mpz_tdiv_q(out, out, r);
                break;
            case T_REM:
                if (mpz_sgn(r) == 0) ok = false;
                else mpz_tdiv_r(out, out, r);
                break;
            case T_MOD:
                if (mpz_sgn(r) == 0) ok = false;
                else {
                    mpz_fdiv_r(out, out, r);      /* sign of the divisor */
                    if (mpz_sgn(out) != 0 && mpz_sgn(out) != mpz_sgn(r))
                        mpz_add(out, out, r);
                }
                break;
            case T_EXPON:
                if (mpz_sgn(r) < 0) {
                    ok = false;                  /* 4.5.6(10): Constraint_Error */
                } else if (mpz_cmpabs_ui(out, 1) <= 0) {
                    if (mpz_sgn(out) < 0 && mpz_even_p(r))
                        mpz_set_ui(out, 1);      /* 0, 1 and -1 to any power */
                    else if (mpz_sgn(out) == 0 && mpz_sgn(r) == 0)
                        mpz_set_ui(out, 1);
                } else if (!mpz_fits_ulong_p(r) || mpz_get_ui(r) > STATIC_MAX_BITS) {
                    ok = !beyond_capacity(e, (double)STATIC_MAX_BITS + 1);
                } else if (beyond_capacity(e, (double)(mpz_sizeinbase(out, 2) - 1) * (double)mpz_get_ui(r) + 1)) {
                    ok = false;
                } else {
                    mpz_pow_ui(out, out, mpz_get_ui(r));
                }
                break;
            case '=': mpz_set_ui(out, mpz_cmp(out, r) == 0); break;
            case T_NE: mpz_set_ui(out, mpz_cmp(out, r) != 0); break;
            case '<': mpz_set_ui(out, mpz_cmp(out, r) < 0); break;
            case T_LE: mpz_set_ui(out, mpz_cmp(out, r) <= 0); break;
            case '>': mpz_set_ui(out, mpz_cmp(out, r) > 0); break;
            case T_GE: mpz_set_ui(out, mpz_cmp(out, r) >= 0); break;
            case T_AND: mpz_and(out, out, r); break;
            case T_OR: mpz_ior(out, out, r); break;
            case T_XOR: mpz_xor(out, out, r); break;
            default: ok = false;
            }
        }
        mpz_clear(r);
        if (ok && e->ty && e->ty->base->kind == TY_MODULAR) {
            if (e->ty->base->modulus == 0)
                mpz_fdiv_r_2exp(out, out, 64);           /* mod 2 ** 64 */
            else
                mpz_fdiv_r_ui(out, out, (unsigned long)e->ty->base->modulus);
        }
        return ok;
    }
    case N_SHORT_CIRCUIT: {
        if (!eval_static_int(e->left, out))
            return false;
        bool l = mpz_sgn(out) != 0;
        if (e->op == T_AND && !l)
            return true;
        if (e->op == T_OR && l)
            return true;
        return eval_static_int(e->right, out);
    }
    case N_APPLY:
        if (e->op == APPLY_CONVERSION && e->ty && type_is_discrete(e->ty) && e->list.len == 1)
            return eval_static_int(e->list.data[0], out);
        if (e->op == APPLY_CALL && e->sem && e->expr->kind == N_ATTRIBUTE) {
            Node *a = e->expr;
            if ((attr_is(a, "pos") || attr_is(a, "val")) && e->list.len == 1)
                return eval_static_int(e->list.data[0], out);
            if ((attr_is(a, "succ") || attr_is(a, "pred")) && e->list.len == 1) {
                if (!eval_static_int(e->list.data[0], out))
                    return false;
                if (attr_is(a, "succ"))
                    mpz_add_ui(out, out, 1);
                else
                    mpz_sub_ui(out, out, 1);
                return true;
            }
        }
        return false;
    case N_ATTRIBUTE: {
        if (attr_is(e, "maximum_alignment") && e->expr->kind == N_IDENT && !strcmp(e->expr->id->name, "standard")) {
            mpz_set_ui(out, 16);
            return true;
        }
        Type *t = e->expr->ent && e->expr->ent->kind == E_TYPE ? e->expr->ent->type : e->expr->ty;
        if (e->expr->kind == N_ATTRIBUTE && attr_is(e->expr, "base") && e->expr->ty)
            t = e->expr->ty;
        if (!t || !(e->expr->ent && e->expr->ent->kind == E_TYPE) || !type_is_scalar(t) || !t->static_bounds)
            return false;
        bool u64 = type_is_mod64(t);
        if (attr_is(e, "first")) {
            if (u64)
                mpz_set_ui(out, (unsigned long)(uint64_t)t->lo);
            else
                mpz_set_si(out, t->lo);
            return true;
        }
        if (attr_is(e, "last")) {
            if (u64)
                mpz_set_ui(out, (unsigned long)(uint64_t)t->hi);
            else
                mpz_set_si(out, t->hi);
            return true;
        }
        if (attr_is(e, "modulus") && t->kind == TY_MODULAR) {
            if (t->base->modulus == 0)
                mpz_ui_pow_ui(out, 2, 64);
            else
                mpz_set_si(out, t->base->modulus);
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

bool eval_static_int64(Node *e, int64_t *out)
{
    mpz_t v;
    mpz_init(v);
    bool ok = eval_static_int(e, v);
    if (ok && mpz_fits_slong_p(v))
        *out = mpz_get_si(v);
    else if (ok && e->ty && type_is_mod64(e->ty) && mpz_sgn(v) >= 0 && mpz_fits_ulong_p(v))
        *out = (int64_t)(uint64_t)mpz_get_ui(v);   /* mod 2 ** 64, kept wrapped */
    else
        ok = false;
    mpz_clear(v);
    return ok;
}

const char *eval_static_string(Node *e, int *len)
{
    if (!e)
        return NULL;
    switch (e->kind) {
    case N_STRING_LIT: {
        const char *t = e->text;
        size_t n = strlen(t);
        char *out = arena_alloc(n);
        int k = 0;
        for (size_t i = 1; i + 1 < n; i++) {
            out[k++] = t[i];
            if (t[i] == t[0] && t[i + 1] == t[0])
                i++;
        }
        *len = k;
        return out;
    }
    case N_PAREN:
    case N_QUALIFIED:
        return eval_static_string(e->expr, len);
    case N_CHAR_LIT: {
        char *out = arena_alloc(1);
        out[0] = e->text[1];
        *len = 1;
        return out;
    }
    case N_BINARY: {
        if (e->op != '&' || e->ent)
            return NULL;
        int l1, l2;
        const char *a = eval_static_string(e->left, &l1);
        const char *b = a ? eval_static_string(e->right, &l2) : NULL;
        if (!b)
            return NULL;
        char *out = arena_alloc((size_t)(l1 + l2) + 1);
        memcpy(out, a, (size_t)l1);
        memcpy(out + l1, b, (size_t)l2);
        *len = l1 + l2;
        return out;
    }
    default:
        return NULL;
    }
}

/* The extremes of bound expression E: a static value, or a discriminant
 * (within the static range of its subtype). */
bool eval_bound_range(Node *e, int64_t *mn, int64_t *mx)
{
    int64_t v;
    if (eval_static_int64(e, &v)) {
        *mn = *mx = v;
        return true;
    }
    while (e->kind == N_PAREN || e->kind == N_QUALIFIED)
        e = e->expr;
    if (e->kind == N_APPLY && e->op == APPLY_CONVERSION)
        return eval_bound_range(e->list.data[0], mn, mx);
    if ((e->kind == N_IDENT || e->kind == N_SELECTED) && e->ent && e->ent->is_discriminant) {
        Type *dt = type_full(e->ent->type);
        if (dt && dt->static_bounds) {
            *mn = dt->lo;
            *mx = dt->hi;
            return true;
        }
    }
    return false;
}
