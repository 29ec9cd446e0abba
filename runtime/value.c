/*
 * value.c: the 'Value attribute of integer types (RM 3.5(52)).  The string
 * must hold an integer literal (decimal or based, with underscores and an
 * exponent), optionally signed, with leading and trailing blanks; anything
 * else raises Constraint_Error with GNAT's message, as does a value that
 * does not fit in 64 bits.  The compiler then checks the result against the
 * prefix's subtype.
 */
#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "adart.h"

_Noreturn static void bad_input(const char *s, int32_t n)
{
    char msg[160];
    snprintf(msg, sizeof msg, "bad input for 'Value: \"%.*s\"", n > 100 ? 100 : n, s);
    __adac_raise(&__adac_constraint_error, NULL, 0, msg, -1);
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 99;
}

/* Digits in BASE with single underscores between them, from *p to lim;
 * accumulates into *v (unsigned, saturating to detect overflow). */
static int digits(const char **p, const char *lim, unsigned base, unsigned __int128 *v)
{
    int n = 0;
    const char *q = *p;
    while (q < lim) {
        if (*q == '_') {
            if (n == 0 || q + 1 >= lim || digit_value(q[1]) >= (int)base)
                return -1;
            q++;
            continue;
        }
        int d = digit_value(*q);
        if (d >= (int)base)
            break;
        *v = *v * base + (unsigned)d;
        if (*v > (unsigned __int128)1 << 64)
            *v = (unsigned __int128)1 << 64;
        n++;
        q++;
    }
    *p = q;
    return n;
}

/* S without the blanks around it: *LEN characters from the result. */
static const char *trimmed(const char *s, const __adac_bounds *b, int32_t *len)
{
    int32_t n = b->last >= b->first ? b->last - b->first + 1 : 0;
    const char *p = s, *lim = s + n;
    while (p < lim && (*p == ' ' || *p == '\t'))
        p++;
    while (lim > p && (lim[-1] == ' ' || lim[-1] == '\t'))
        lim--;
    *len = (int32_t)(lim - p);
    return p;
}

int64_t __adac_value_integer(const char *s, const __adac_bounds *b)
{
    int32_t n = b->last >= b->first ? b->last - b->first + 1 : 0, len;
    const char *p = trimmed(s, b, &len), *lim = p + len;
    bool neg = false;
    if (p < lim && (*p == '-' || *p == '+'))
        neg = *p++ == '-';
    unsigned __int128 v = 0;
    if (digits(&p, lim, 10, &v) <= 0)
        bad_input(s, n);
    unsigned base = 10;
    if (p < lim && (*p == '#' || *p == ':')) {
        char delim = *p++;
        if (v < 2 || v > 16)
            bad_input(s, n);
        base = (unsigned)v;
        v = 0;
        if (digits(&p, lim, base, &v) <= 0 || p >= lim || *p != delim)
            bad_input(s, n);
        p++;
    }
    if (p < lim && (*p == 'e' || *p == 'E')) {
        /* the exponent scales by the base (2.4.2(9)), saturating past 2**64 */
        p++;
        if (p < lim && *p == '+')
            p++;
        unsigned __int128 e = 0;
        if (digits(&p, lim, 10, &e) <= 0)
            bad_input(s, n);
        for (unsigned __int128 i = 0; i < e && v; i++) {
            v *= base;
            if (v > (unsigned __int128)1 << 64)
                v = (unsigned __int128)1 << 64;
        }
    }
    if (p != lim)
        bad_input(s, n);
    if (neg ? v > (unsigned __int128)1 << 63 : v > (unsigned __int128)INT64_MAX)
        __adac_raise(&__adac_constraint_error, NULL, 0, "value out of range for 'Value", -1);
    return neg ? (int64_t)(0 - (uint64_t)v) : (int64_t)v;
}

/* T'Value for a floating point type (3.5(44-47)): an optionally signed
 * decimal numeric literal (underscores between digits, an optional
 * fraction and exponent), surrounding blanks ignored; else Constraint_Error.
 * Based literals are refused too (not needed by the programs adac serves). */
double __adac_value_float(const char *s, const __adac_bounds *b)
{
    int32_t n = b->last >= b->first ? b->last - b->first + 1 : 0, len;
    const char *p = trimmed(s, b, &len), *lim = p + len;
    char buf[256];
    int k = 0;
    if (p < lim && (*p == '-' || *p == '+'))
        buf[k++] = *p++;
    int mantissa = 0;
    bool point = false, exponent = false;
    for (; p < lim && k < (int)sizeof buf - 1; p++) {
        char c = *p;
        if (c >= '0' && c <= '9') {
            buf[k++] = c;
            mantissa++;
        } else if (c == '_' && k > 0 && buf[k - 1] >= '0' && buf[k - 1] <= '9' && p + 1 < lim && p[1] >= '0' && p[1] <= '9') {
            continue;
        } else if (c == '.' && !point && !exponent && mantissa && p + 1 < lim && p[1] >= '0' && p[1] <= '9') {
            buf[k++] = c;
            point = true;
        } else if ((c == 'e' || c == 'E') && !exponent && mantissa) {
            buf[k++] = 'e';
            exponent = true;
            if (p + 1 < lim && (p[1] == '+' || p[1] == '-'))
                buf[k++] = *++p;
            if (!(p + 1 < lim && p[1] >= '0' && p[1] <= '9'))
                bad_input(s, n);
        } else {
            bad_input(s, n);
        }
    }
    if (!mantissa || p < lim)
        bad_input(s, n);
    buf[k] = 0;
    return strtod(buf, NULL);
}


/* T'Value for an enumeration type (3.5(52)): the position of the literal
 * whose image (IMAGES, upper case, as 'Image gives it) S spells, in any
 * case for an identifier, exactly for a character literal. */
int64_t __adac_value_enum(const char *s, const __adac_bounds *b, const __adac_fat_string *images, int32_t n)
{
    int32_t len;
    const char *p = trimmed(s, b, &len);
    for (int32_t i = 0; i < n; i++) {
        const __adac_bounds *ib = images[i].bounds;
        int32_t il = ib->last >= ib->first ? ib->last - ib->first + 1 : 0;
        if (il != len)
            continue;
        int32_t k = 0;
        if (images[i].data[0] == '\'')
            k = memcmp(p, images[i].data, (size_t)len) ? -1 : len;
        else
            while (k < len && toupper((unsigned char)p[k]) == images[i].data[k])
                k++;
        if (k == len)
            return i;
    }
    bad_input(s, b->last >= b->first ? b->last - b->first + 1 : 0);
}

/* Character'Value (3.5(52)): a character literal 'x'. */
int64_t __adac_value_character(const char *s, const __adac_bounds *b)
{
    int32_t len;
    const char *p = trimmed(s, b, &len);
    if (len != 3 || p[0] != '\'' || p[2] != '\'')
        bad_input(s, b->last >= b->first ? b->last - b->first + 1 : 0);
    return (unsigned char)p[1];
}

static int64_t element(const unsigned char *p, int32_t size, int32_t is_signed)
{
    switch (size) {
    case 1: return is_signed ? (int64_t)*(const int8_t *)p : (int64_t)*p;
    case 2: return is_signed ? (int64_t)*(const int16_t *)p : (int64_t)*(const uint16_t *)p;
    case 4: return is_signed ? (int64_t)*(const int32_t *)p : (int64_t)*(const uint32_t *)p;
    default: return *(const int64_t *)p;
    }
}

/* "<" and its kin for one-dimensional arrays of discrete components
 * (4.5.2(26/3)): lexicographic, on the components' values (SIZE bytes
 * each, signed or not); a prefix is less than the longer array.
 * Negative, zero or positive. */
int32_t __adac_compare_arrays(const void *l, int64_t ln, const void *r, int64_t rn, int32_t size, int32_t is_signed)
{
    const unsigned char *a = l, *b = r;
    int64_t n = ln < rn ? ln : rn;
    for (int64_t i = 0; i < n; i++) {
        int64_t x = element(a + i * size, size, is_signed), y = element(b + i * size, size, is_signed);
        if (size == 8 && !is_signed) {
            uint64_t ux = (uint64_t)x, uy = (uint64_t)y;
            if (ux != uy)
                return ux < uy ? -1 : 1;
        } else if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    return ln < rn ? -1 : ln > rn ? 1 : 0;
}
