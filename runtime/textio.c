/*
 * textio.c: the subset of Ada.Text_IO used by the tests, on standard output.
 *
 * Output goes through C stdio.  Text_IO semantics that are visible in the
 * output are kept: the current column (Set_Col, used by Report, depends on
 * it) and the line terminator GNAT adds at program end when the last line was
 * left unfinished.  Lines and pages are unbounded, as for GNAT's standard
 * output, so no terminator is ever inserted on the way.  Write errors, which
 * would raise Device_Error, are ignored for now.
 *
 * Integer'Image is here too: it yields " 42" or "-42" on the secondary
 * stack.
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>

#include "adart.h"
#include "adart_internal.h"

/* The position of standard output, as Text_IO counts it. */
static struct {
    int64_t col;            /* current column, from 1 */
    int64_t line;           /* current line, from 1 */
} out = { 1, 1 };

/* The length of a String with bounds B. */
static size_t length(const __adac_bounds *b)
{
    return b->last >= b->first ? (size_t)((int64_t)b->last - b->first + 1) : 0;
}

static void new_line(void);

void __adac_rt_put(const char *s, size_t len)
{
    if (len > 0)
        fwrite(s, 1, len, stdout);
    out.col += (int64_t)len;
}

void __adac_rt_set_col(int64_t to)
{
    if (to < out.col)
        new_line();
    while (out.col < to)
        ada__text_io__put__2(' ');
}

void __adac_rt_terminate_line(void)
{
    if (out.col != 1)
        new_line();
}

void ada__text_io__put(const char *s, const __adac_bounds *b)
{
    __adac_rt_put(s, length(b));
}

void ada__text_io__put_line(const char *s, const __adac_bounds *b)
{
    __adac_rt_put(s, length(b));
    new_line();
}

void ada__text_io__put__2(char c)
{
    putchar((unsigned char)c);
    out.col++;
}

static void new_line(void)
{
    putchar('\n');
    out.line++;
    out.col = 1;
}

/* New_Line (Spacing) (A.10.5(13)): Spacing line terminators */
void ada__text_io__new_line(int32_t spacing)
{
    for (int32_t i = 0; i < spacing; i++)
        new_line();
}

__adac_fat_string __adac_image_integer(int64_t x)
{
    char buf[24];
    int n = snprintf(buf, sizeof buf, "% " PRId64, x);

    return __adac_rt_ss_string(buf, 1, n);
}

/* Character'Image (RM 3.5(27.1/2)): 'x' for a graphic character, else the
 * name of the control character as Ada.Characters.Latin_1 spells it. */
__adac_fat_string __adac_image_character(char c)
{
    static const char *const names[32] = {
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF",
        "VT", "FF", "CR", "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
        "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"};
    /* 128 .. 159: Ada.Characters.Latin_1's names, upper case, as GNAT */
    static const char *const names2[32] = {
        "RESERVED_128", "RESERVED_129", "BPH", "NBH", "RESERVED_132", "NEL", "SSA", "ESA", "HTS", "HTJ",
        "VTS", "PLD", "PLU", "RI", "SS2", "SS3", "DCS", "PU1", "PU2", "STS", "CCH", "MW", "SPA", "EPA",
        "SOS", "RESERVED_153", "SCI", "CSI", "ST", "OSC", "PM", "APC"};
    unsigned char u = (unsigned char)c;
    char buf[16];
    int n;
    if (u < 32)
        n = snprintf(buf, sizeof buf, "%s", names[u]);
    else if (u == 127)
        n = snprintf(buf, sizeof buf, "DEL");
    else if (u >= 128 && u < 160)
        n = snprintf(buf, sizeof buf, "%s", names2[u - 128]);
    else {
        buf[0] = '\'';
        buf[1] = (char)u;
        buf[2] = '\'';
        n = 3;
    }
    return __adac_rt_ss_string(buf, 1, n);
}

/* 'Image of a floating point value (3.5(32)-(35)): a space or a minus, one
 * digit, a point, Digits - 1 digits, then the exponent with its sign and at
 * least two digits: " 1.03200E+03" for Float (Digits 6), as GNAT prints. */
__adac_fat_string __adac_image_float(double x, int digits)
{
    char buf[64];
    int n;
    if (isnan(x))
        n = snprintf(buf, sizeof buf, "NaN");
    else if (isinf(x))
        n = snprintf(buf, sizeof buf, "%sInf", x < 0 ? "-" : "+");
    else
        n = snprintf(buf, sizeof buf, "%s%.*E", signbit(x) ? "" : " ", digits > 1 ? digits - 1 : 1, x);
    return __adac_rt_ss_string(buf, 1, n);
}

/* 'Image of a modular value up to 2 ** 64 - 1 (always non-negative). */
__adac_fat_string __adac_image_unsigned(uint64_t x)
{
    char buf[24];
    int n = snprintf(buf, sizeof buf, " %" PRIu64, x);
    return __adac_rt_ss_string(buf, 1, n);
}
