/*
 * lexer.re: the lexical grammar of RM chapter 2, as an re2c scanner.
 *
 * The scanner works on the whole file in memory (the source table keeps it
 * NUL-terminated, and the NUL is the sentinel re2c stops at).  Identifiers are
 * matched case-insensitively against the 73 reserved words of Ada 2012
 * (RM 2.9); numeric literals follow RM 2.4 (underscores between digits,
 * exponents, based literals such as 16#FF# and 2#1.1#E4); strings double
 * their quotes (RM 2.6).
 *
 * The one context-sensitive decision of Ada's lexis is the apostrophe: in
 * T'('A') the first ' is a tick (attribute or qualification) and 'A' is a
 * character literal.  A ' that follows an identifier, a closing parenthesis,
 * `all`, a string literal or a character literal is a tick (RM 4.1.4: only
 * names have attributes); anywhere else x' is tried as a character literal.
 *
 * Every lexical error is a diagnostic with its position; the lexer skips the
 * offending text and goes on, so a file reports all its errors at once.
 */
#include "frontend.h"
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void lexer_init(Lexer *lx, int file)
{
    const Source *s = source_get(file);
    memset(lx, 0, sizeof *lx);
    lx->file = file;
    lx->start = lx->cur = lx->line_start = s->text;
    lx->lim = s->text + s->len;
    lx->line = 1;
}

static Loc loc_of(const Lexer *lx, const char *p)
{
    return (Loc){lx->file, lx->line, (int)(p - lx->line_start) + 1};
}

/* A lexical error diagnostic kept until the parser takes its token (the
 * parser reads ahead; see lexer_flush). */
typedef struct LexDiag {
    int seq;                   /* the token being scanned */
    Loc loc;
    char *msg;
} LexDiag;

static void lex_error(Lexer *lx, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void lex_error(Lexer *lx, Loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = arena_alloc((size_t)(n > 0 ? n : 0) + 1);
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
    va_end(ap);
    if (!lx->defer) {
        error_at(loc, NULL, "%s", msg);
        return;
    }
    if (lx->ndiags == lx->capdiags) {
        int cap = lx->capdiags ? lx->capdiags * 2 : 16;
        LexDiag *d = arena_alloc(sizeof *d * (size_t)cap);
        if (lx->ndiags)
            memcpy(d, lx->diags, sizeof *d * (size_t)lx->ndiags);
        lx->diags = d;
        lx->capdiags = cap;
    }
    lx->diags[lx->ndiags++] = (LexDiag){lx->ntok, loc, msg};
}

void lexer_flush(Lexer *lx, int upto)
{
    int i = 0;
    for (; i < lx->ndiags && lx->diags[i].seq <= upto; i++)
        error_at(lx->diags[i].loc, NULL, "%s", lx->diags[i].msg);
    if (i) {
        memmove(lx->diags, lx->diags + i, sizeof *lx->diags * (size_t)(lx->ndiags - i));
        lx->ndiags -= i;
    }
}

static const struct { const char *word; int tok; } reserved[] = {
    {"abort", T_ABORT}, {"abs", T_ABS}, {"abstract", T_ABSTRACT}, {"accept", T_ACCEPT},
    {"access", T_ACCESS}, {"aliased", T_ALIASED}, {"all", T_ALL}, {"and", T_AND},
    {"array", T_ARRAY}, {"at", T_AT}, {"begin", T_BEGIN_}, {"body", T_BODY},
    {"case", T_CASE}, {"constant", T_CONSTANT}, {"declare", T_DECLARE},
    {"delay", T_DELAY}, {"delta", T_DELTA}, {"digits", T_DIGITS}, {"do", T_DO},
    {"else", T_ELSE}, {"elsif", T_ELSIF}, {"end", T_END}, {"entry", T_ENTRY},
    {"exception", T_EXCEPTION}, {"exit", T_EXIT}, {"for", T_FOR},
    {"function", T_FUNCTION}, {"generic", T_GENERIC}, {"goto", T_GOTO}, {"if", T_IF},
    {"in", T_IN}, {"interface", T_INTERFACE}, {"is", T_IS}, {"limited", T_LIMITED},
    {"loop", T_LOOP}, {"mod", T_MOD}, {"new", T_NEW}, {"not", T_NOT}, {"null", T_NULL_},
    {"of", T_OF}, {"or", T_OR}, {"others", T_OTHERS}, {"out", T_OUT},
    {"overriding", T_OVERRIDING}, {"package", T_PACKAGE}, {"pragma", T_PRAGMA},
    {"private", T_PRIVATE}, {"procedure", T_PROCEDURE}, {"protected", T_PROTECTED},
    {"raise", T_RAISE}, {"range", T_RANGE}, {"record", T_RECORD}, {"rem", T_REM},
    {"renames", T_RENAMES}, {"requeue", T_REQUEUE}, {"return", T_RETURN},
    {"reverse", T_REVERSE}, {"select", T_SELECT}, {"separate", T_SEPARATE},
    {"some", T_SOME}, {"subtype", T_SUBTYPE}, {"synchronized", T_SYNCHRONIZED},
    {"tagged", T_TAGGED}, {"task", T_TASK}, {"terminate", T_TERMINATE},
    {"then", T_THEN}, {"type", T_TYPE}, {"until", T_UNTIL}, {"use", T_USE},
    {"when", T_WHEN}, {"while", T_WHILE}, {"with", T_WITH}, {"xor", T_XOR},
};

/* The reserved word spelled by [p, p+n), case-insensitively, or IDENT. */
static int keyword(const char *p, size_t n)
{
    char buf[16];
    if (n >= sizeof buf)
        return T_IDENT;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
    buf[n] = 0;
    size_t lo = 0, hi = sizeof reserved / sizeof reserved[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(buf, reserved[mid].word);
        if (c == 0)
            return reserved[mid].tok;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return T_IDENT;
}

/* Checks the parts of a numeric literal that the regular expressions
 * accept loosely: the base is 2..16 and every extended digit is below it. */
static void check_based(Lexer *lx, const char *tok, const char *end)
{
    const char *hash = memchr(tok, '#', (size_t)(end - tok));
    if (!hash)
        hash = memchr(tok, ':', (size_t)(end - tok));
    if (!hash)
        return;
    long base = 0;
    for (const char *q = tok; q < hash; q++)
        if (*q != '_' && base <= 16)       /* past 16 it is wrong anyway: no overflow */
            base = base * 10 + (*q - '0');
    if (base < 2 || base > 16) {
        int n = (int)(hash - tok);
        lex_error(lx, loc_of(lx, tok), "the base of a based literal must be from 2 to 16, not %.*s%s [RM 2.4.2(6)]",
                  n > 20 ? 20 : n, tok, n > 20 ? "..." : "");
        lx->errors++;
        return;
    }
    for (const char *q = hash + 1; q < end && *q != '#' && *q != ':'; q++) {
        int c = *q, d;
        if (c == '_' || c == '.')
            continue;
        d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c - 'A' + 10;
        if (d >= base) {
            lex_error(lx, loc_of(lx, q), "digit '%c' is not allowed in a based literal of base %ld [RM 2.4.2(7)]", c, base);
            lx->errors++;
            return;
        }
    }
}

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:yyfill:enable = 0;
    re2c:flags:input = custom;
    re2c:api:style = free-form;
    re2c:define:YYPEEK = "*cur";
    re2c:define:YYSKIP = "++cur;";
    re2c:define:YYBACKUP = "mar = cur;";
    re2c:define:YYRESTORE = "cur = mar;";

    letter     = [a-zA-Z];
    digit      = [0-9];
    ext_digit  = [0-9a-fA-F];
    numeral    = digit ("_"? digit)*;
    exponent   = [eE] [+-]? numeral;
    based_num  = ext_digit ("_"? ext_digit)*;
    decimal    = numeral ("." numeral)? exponent?;
    based      = numeral "#" based_num ("." based_num)? "#" exponent?;
    ident      = letter ("_"? (letter | digit))*;
    utf8_cont  = [\x80-\xbf];
    utf8       = [\xc2-\xdf] utf8_cont | [\xe0-\xef] utf8_cont utf8_cont
               | [\xf0-\xf4] utf8_cont utf8_cont utf8_cont;
*/

Token lexer_next(Lexer *lx)
{
    const char *cur, *mar, *tok;
    Token t;
    lx->ntok++;
again:
    cur = lx->cur;
    tok = cur;
    t.kind = 0;
    /*!re2c
        "\x00" {
            if (cur - 1 < lx->lim) {
                lex_error(lx, loc_of(lx, tok), "NUL character in source [RM 2.1]");
                lx->errors++;
                lx->cur = cur;
                goto again;
            }
            cur--;             /* stay on the NUL: every later call is at the end too */
            t.kind = T_YYEOF;
            goto done;
        }
        [ \t\f\v\r]+ { lx->cur = cur; goto again; }
        "\n" { lx->cur = cur; lx->line++; lx->line_start = cur; goto again; }
        "--" [^\n\x00]* { lx->cur = cur; goto again; }

        ident {
            t.kind = keyword(tok, (size_t)(cur - tok));
            goto done;
        }
        (letter | digit) ("_"? (letter | digit))* "_"+ | letter ("_"? (letter | digit))* "__" [a-zA-Z0-9_]* {
            lex_error(lx, loc_of(lx, tok), "an identifier may not end with an underscore or contain two in a row [RM 2.3(3)]");
            lx->errors++;
            t.kind = T_IDENT;
            goto done;
        }

        numeral exponent? { t.kind = T_INT_LIT; goto done; }
        numeral "." numeral exponent? { t.kind = T_REAL_LIT; goto done; }
        numeral "#" based_num "#" exponent? { check_based(lx, tok, cur); t.kind = T_INT_LIT; goto done; }
        numeral "#" based_num "." based_num "#" exponent? { check_based(lx, tok, cur); t.kind = T_REAL_LIT; goto done; }
        numeral ":" based_num ":" exponent? { check_based(lx, tok, cur); t.kind = T_INT_LIT; goto done; }
        numeral ":" based_num "." based_num ":" exponent? { check_based(lx, tok, cur); t.kind = T_REAL_LIT; goto done; }
        numeral "#" [0-9a-zA-Z_.#]* | digit [0-9a-zA-Z_]* {
            lex_error(lx, loc_of(lx, tok), "malformed numeric literal '%.*s' [RM 2.4]", (int)(cur - tok), tok);
            lx->errors++;
            t.kind = T_INT_LIT;
            goto done;
        }

        "'" [^\x00-\x1f\x7f] "'" | "'" utf8 "'" {
            if (lx->prev == T_IDENT || lx->prev == ')' || lx->prev == T_ALL
                || lx->prev == T_STRING_LIT || lx->prev == T_CHAR_LIT) {
                cur = tok + 1;
                t.kind = T_TICK;
            } else
                t.kind = T_CHAR_LIT;
            goto done;
        }
        "'" { t.kind = T_TICK; goto done; }

        "\"" ([^"\n\x00] | "\"\"")* "\"" { t.kind = T_STRING_LIT; goto done; }
        "\"" ([^"\n\x00] | "\"\"")* {
            lex_error(lx, loc_of(lx, tok), "string literal is not terminated before the end of the line [RM 2.6(3)]");
            lx->errors++;
            t.kind = T_STRING_LIT;
            lx->cur = cur;
            t.loc = loc_of(lx, tok);
            t.text = arena_printf("%.*s\"", (int)(cur - tok), tok);
            t.len = (int)(cur - tok) + 1;
            t.seq = lx->ntok;
            lx->prev = t.kind;
            return t;
        }
        "%" ([^%"\n\x00])* "%" { t.kind = T_STRING_LIT; goto done; }

        "=>" { t.kind = T_ARROW; goto done; }
        ".." { t.kind = T_DOTDOT; goto done; }
        "**" { t.kind = T_EXPON; goto done; }
        ":=" { t.kind = T_ASSIGN; goto done; }
        "/=" { t.kind = T_NE; goto done; }
        ">=" { t.kind = T_GE; goto done; }
        "<=" { t.kind = T_LE; goto done; }
        "<<" { t.kind = T_LLABEL; goto done; }
        ">>" { t.kind = T_RLABEL; goto done; }
        "<>" { t.kind = T_BOX; goto done; }
        [&()*+,\-./:;<=>|] { t.kind = (unsigned char)*tok; goto done; }
        "!" { t.kind = '|'; goto done; }

        utf8 {
            lex_error(lx, loc_of(lx, tok), "character '%.*s' is not allowed here: outside comments and literals Ada 2012 source is letters, digits and delimiters [RM 2.1]", (int)(cur - tok), tok);
            lx->errors++;
            lx->cur = cur;
            goto again;
        }
        * {
            unsigned char c = (unsigned char)*tok;
            if (c >= 0x80)
                lex_error(lx, loc_of(lx, tok), "invalid UTF-8 byte 0x%02X in source [RM 2.1]", c);
            else if (c < ' ' || c == 0x7f)
                lex_error(lx, loc_of(lx, tok), "control character 0x%02X is not allowed in source [RM 2.1]", c);
            else
                lex_error(lx, loc_of(lx, tok), "character '%c' is not a delimiter of Ada [RM 2.2]", c);
            lx->errors++;
            lx->cur = cur;
            goto again;
        }
    */
done:
    lx->cur = cur;
    t.loc = loc_of(lx, tok);
    t.len = (int)(cur - tok);
    t.text = arena_strndup(tok, (size_t)t.len);
    t.seq = lx->ntok;
    lx->prev = t.kind;
    return t;
}

void lexer_dump(int file, FILE *out)
{
    Lexer lx;
    lexer_init(&lx, file);
    const Source *s = source_get(file);
    for (;;) {
        Token t = lexer_next(&lx);
        if (t.kind == T_YYEOF)
            break;
        fprintf(out, "%s:%d:%d: %s", s->name, t.loc.line, t.loc.col, token_name(t.kind));
        if (t.kind == T_IDENT || t.kind == T_INT_LIT || t.kind == T_REAL_LIT || t.kind == T_CHAR_LIT
            || t.kind == T_STRING_LIT)
            fprintf(out, " %s", t.text);
        fputc('\n', out);
    }
}
