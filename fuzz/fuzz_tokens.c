/*
 * fuzz_tokens.c: the second fuzz target: mutations of real Ada programs at
 * the level of tokens, so that most inputs still lex and parse and the
 * fuzzer spends its time in sema and code generation.
 *
 * A custom mutator (LLVMFuzzerCustomMutator) cuts the input into tokens
 * with a small Ada tokenizer of its own (identifiers and reserved words,
 * numeric, string and character literals, comments, delimiters, white
 * space) and applies one to three of:
 *   - delete a token; duplicate a token; swap two tokens;
 *   - replace an identifier with another identifier of the same file;
 *   - replace a delimiter or operator with another;
 *   - replace a numeric literal with an interesting one (0, -1, 2**31,
 *     2**63, 2**64, 16#FFFF_FFFF_FFFF_FFFF#, a huge literal, 1.0E308);
 *   - insert a reserved word or a delimiter between two tokens;
 *   - copy a run of tokens to another place of the file;
 * and, one time in ten, one of libFuzzer's byte-level mutations.  The
 * crossover (LLVMFuzzerCustomCrossOver) splices a run of tokens of one
 * input into another.  Each input is compiled at -O0 or -O2 (chosen by a
 * hash of the input, so a crash reproduces).
 *
 *   fuzz-tokens CORPUS_DIR SEED_DIR... [libFuzzer options]
 *
 * make fuzz builds and runs it; seeds: the test suite's programs and the
 * ACATS tests of chapter 4 when ../shared/acats is there.
 */
#include "fuzz_run.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t max_size);
size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed);
size_t LLVMFuzzerCustomCrossOver(const uint8_t *d1, size_t s1, const uint8_t *d2, size_t s2, uint8_t *out,
                                 size_t max_out, unsigned int seed);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < size; i++)
        h = (h ^ data[i]) * 16777619u;
    adac_fuzz_compile(data, size, (h >> 7) & 1 ? 2 : 0);
    return 0;
}

/* ---- tokens ---------------------------------------------------------------- */

enum Kind { K_SPACE, K_COMMENT, K_IDENT, K_NUMBER, K_STRING, K_CHAR, K_DELIM, K_OTHER };

typedef struct Tok {
    size_t start, len;
    enum Kind kind;
} Tok;

static bool is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }
static bool is_digit(int c) { return c >= '0' && c <= '9'; }

/* Cut DATA into tokens; returns their number (at most MAX). */
static size_t tokenize(const uint8_t *d, size_t n, Tok *toks, size_t max)
{
    static const char *const two[] = {"=>", "..", "**", ":=", "/=", ">=", "<=", "<<", ">>", "<>"};
    size_t i = 0, nt = 0, prev_kind = K_SPACE;
    while (i < n && nt < max) {
        size_t s = i;
        enum Kind k;
        int c = d[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            while (i < n && (d[i] == ' ' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r'))
                i++;
            k = K_SPACE;
        } else if (c == '-' && i + 1 < n && d[i + 1] == '-') {
            while (i < n && d[i] != '\n')
                i++;
            k = K_COMMENT;
        } else if (is_alpha(c)) {
            while (i < n && (is_alpha(d[i]) || is_digit(d[i]) || d[i] == '_'))
                i++;
            k = K_IDENT;
        } else if (is_digit(c)) {
            while (i < n && (is_digit(d[i]) || is_alpha(d[i]) || d[i] == '_' || d[i] == '#' ||
                             (d[i] == '.' && i + 1 < n && d[i + 1] != '.') ||
                             ((d[i] == '+' || d[i] == '-') && (d[i - 1] == 'e' || d[i - 1] == 'E'))))
                i++;
            k = K_NUMBER;
        } else if (c == '"') {
            i++;
            while (i < n && d[i] != '\n') {
                if (d[i] == '"') {
                    if (i + 1 < n && d[i + 1] == '"') {
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                i++;
            }
            k = K_STRING;
        } else if (c == '\'' && prev_kind != K_IDENT && i + 2 < n && d[i + 2] == '\'') {
            i += 3;
            k = K_CHAR;
        } else {
            k = K_DELIM;
            i++;
            for (size_t t = 0; t < sizeof two / sizeof two[0]; t++)
                if (c == two[t][0] && s + 1 < n && d[s + 1] == two[t][1]) {
                    i = s + 2;
                    break;
                }
            if (!strchr("&'()*+,-./:;<=>|[]", c) && i == s + 1)
                k = K_OTHER;
        }
        toks[nt++] = (Tok){s, i - s, k};
        if (k != K_SPACE && k != K_COMMENT)
            prev_kind = k;
    }
    return nt;
}

/* ---- the mutator ---------------------------------------------------------- */

static unsigned rnd(unsigned *state, unsigned n)
{
    *state = *state * 1103515245u + 12345u;
    return n ? (*state >> 8) % n : 0;
}

static const char *const delims[] = {
    "+", "-", "*", "/", "**", "&", "=", "/=", "<", "<=", ">", ">=", ":=", "=>", "..", "'", "(", ")",
    ",", ";", ":", "|", "<>", ".", " and ", " or ", " xor ", " mod ", " rem ", " not ", " abs ",
    " and then ", " or else ", " in ", " not in "};
static const char *const words[] = {
    " abs ", " access ", " aliased ", " all ", " array ", " begin ", " body ", " case ", " constant ",
    " declare ", " delta ", " digits ", " else ", " elsif ", " end ", " exception ", " exit ", " for ",
    " function ", " generic ", " if ", " in ", " is ", " limited ", " loop ", " new ", " null ",
    " of ", " others ", " out ", " package ", " private ", " procedure ", " range ", " record ",
    " renames ", " return ", " reverse ", " subtype ", " tagged ", " then ", " type ", " use ",
    " when ", " while ", " with ", " interface ", " overriding ", " some ", " Integer ", " Boolean ",
    " String ", " Character ", " Natural ", " Positive ", " Storage_Error ", " Constraint_Error ",
    "'Access", "'Unchecked_Access", "'First", "'Last", "'Range", "'Length", "'Size", "'Class",
    "'Image", "'Val", "'Pos", "'Storage_Pool", "'Storage_Size", " .all", "(others => <>)"};
static const char *const numbers[] = {
    "0", "1", "-1", "2", "255", "256", "2**31", "2**31-1", "2**63", "2**64", "-2**63",
    "16#FFFF_FFFF_FFFF_FFFF#", "16#7FFF_FFFF_FFFF_FFFF#", "1.0E308", "1.0E-308", "0.0",
    "340282366920938463463374607431768211457", "2#1#E1000", "10E20", "1E999999999",
    "Integer'Last", "Integer'First", "Long_Integer'Last"};

typedef struct Buf {
    uint8_t *d;
    size_t n, max;
    bool overflow;
} Buf;

static void put(Buf *b, const void *p, size_t n)
{
    if (b->n + n > b->max) {
        b->overflow = true;
        return;
    }
    memcpy(b->d + b->n, p, n);
    b->n += n;
}

static void puts_(Buf *b, const char *s) { put(b, s, strlen(s)); }

enum { MAX_TOKS = 1 << 16 };

/* One token-level mutation of IN into OUT; false when it made nothing. */
static bool mutate_once(const uint8_t *in, size_t n, Buf *out, unsigned *st)
{
    static Tok toks[MAX_TOKS];
    size_t nt = tokenize(in, n, toks, MAX_TOKS);
    size_t real[MAX_TOKS / 4], nr = 0, idents[MAX_TOKS / 4], ni = 0;
    for (size_t i = 0; i < nt && nr < MAX_TOKS / 4; i++)
        if (toks[i].kind != K_SPACE && toks[i].kind != K_COMMENT) {
            real[nr++] = i;
            if (toks[i].kind == K_IDENT && ni < MAX_TOKS / 4)
                idents[ni++] = i;
        }
    if (nr == 0)
        return false;
    size_t a = real[rnd(st, (unsigned)nr)], b = real[rnd(st, (unsigned)nr)];
    unsigned op = rnd(st, 8);
    /* the numbers: prefer a numeric literal */
    if (op == 5) {
        size_t nums[64], nn = 0;
        for (size_t i = 0; i < nr && nn < 64; i++)
            if (toks[real[i]].kind == K_NUMBER)
                nums[nn++] = real[i];
        if (nn)
            a = nums[rnd(st, (unsigned)nn)];
    }
    if (op == 3 || op == 4) {     /* an identifier, an operator */
        size_t pick[64], np = 0;
        for (unsigned t = 0; t < 64 && np < 16; t++) {
            size_t c = real[rnd(st, (unsigned)nr)];
            if (toks[c].kind == (op == 3 ? K_IDENT : K_DELIM))
                pick[np++] = c;
        }
        if (!np)
            return false;
        a = pick[0];
    }
    if (a > b) {
        size_t t = a;
        a = b;
        b = t;
    }
    for (size_t i = 0; i < nt; i++) {
        const uint8_t *p = in + toks[i].start;
        size_t len = toks[i].len;
        switch (op) {
        case 0:                   /* delete A */
            if (i == a)
                continue;
            break;
        case 1:                   /* duplicate A */
            if (i == a) {
                put(out, p, len);
                puts_(out, " ");
            }
            break;
        case 2:                   /* swap A and B */
            if (i == a) {
                p = in + toks[b].start;
                len = toks[b].len;
            } else if (i == b) {
                p = in + toks[a].start;
                len = toks[a].len;
            }
            break;
        case 3:                   /* another identifier of the file */
            if (i == a && ni) {
                size_t o = idents[rnd(st, (unsigned)ni)];
                p = in + toks[o].start;
                len = toks[o].len;
            }
            break;
        case 4:                   /* another delimiter or operator */
            if (i == a) {
                puts_(out, delims[rnd(st, sizeof delims / sizeof delims[0])]);
                continue;
            }
            break;
        case 5:                   /* an interesting number */
            if (i == a) {
                puts_(out, numbers[rnd(st, sizeof numbers / sizeof numbers[0])]);
                continue;
            }
            break;
        case 6:                   /* insert a word or a delimiter before A */
            if (i == a)
                puts_(out, rnd(st, 3) ? words[rnd(st, sizeof words / sizeof words[0])]
                                      : delims[rnd(st, sizeof delims / sizeof delims[0])]);
            break;
        case 7:                   /* copy the tokens A..B (at most 40) before a third */
            if (i == real[rnd(st, (unsigned)nr)] || (i == nt - 1 && rnd(st, 2))) {
                size_t last = b - a > 40 ? a + 40 : b;
                put(out, in + toks[a].start, toks[last].start + toks[last].len - toks[a].start);
                puts_(out, " ");
                op = 99;          /* once */
            }
            break;
        }
        put(out, p, len);
    }
    return !out->overflow;
}

static uint8_t scratch[2][1 << 20];

size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t max_size, unsigned int seed)
{
    unsigned st = seed;
    if (rnd(&st, 10) == 0 || size == 0)
        return LLVMFuzzerMutate(data, size, max_size);
    size_t cap = max_size < sizeof scratch[0] ? max_size : sizeof scratch[0];
    if (size > cap)
        size = cap;
    memcpy(scratch[0], data, size);
    size_t n = size;
    unsigned rounds = 1 + rnd(&st, 3);
    for (unsigned r = 0; r < rounds; r++) {
        Buf out = {scratch[1], 0, cap, false};
        if (!mutate_once(scratch[0], n, &out, &st))
            continue;
        memcpy(scratch[0], scratch[1], out.n);
        n = out.n;
    }
    if (n == size && !memcmp(scratch[0], data, size))
        return LLVMFuzzerMutate(data, size, max_size);
    memcpy(data, scratch[0], n);
    return n;
}

/* A run of tokens of D2 put in place of a run of tokens of D1. */
size_t LLVMFuzzerCustomCrossOver(const uint8_t *d1, size_t s1, const uint8_t *d2, size_t s2, uint8_t *out,
                                 size_t max_out, unsigned int seed)
{
    static Tok t1[MAX_TOKS], t2[MAX_TOKS];
    unsigned st = seed;
    size_t n1 = tokenize(d1, s1, t1, MAX_TOKS), n2 = tokenize(d2, s2, t2, MAX_TOKS);
    if (!n1 || !n2)
        return 0;
    size_t a1 = rnd(&st, (unsigned)n1), b1 = a1 + rnd(&st, 20);
    size_t a2 = rnd(&st, (unsigned)n2), b2 = a2 + 1 + rnd(&st, 60);
    if (b1 > n1)
        b1 = n1;
    if (b2 > n2)
        b2 = n2;
    Buf o = {out, 0, max_out, false};
    put(&o, d1, t1[a1].start);
    put(&o, d2 + t2[a2].start, t2[b2 - 1].start + t2[b2 - 1].len - t2[a2].start);
    if (b1 < n1)
        put(&o, d1 + t1[b1].start, s1 - t1[b1].start);
    return o.overflow ? 0 : o.n;
}
