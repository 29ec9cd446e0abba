/*
 * diag.c: diagnostics.  A diagnostic is printed at once, in the GCC form that
 * editors and the ACATS grader read,
 *     file:line:col: error: message [RM 4.8(5.3)]
 * then the source line it points into and a caret under the column.  All
 * errors of a compilation are reported; the driver stops before code
 * generation when there was any.
 */
#include "frontend.h"

#include <stdint.h>
#include <string.h>

static int n_errors;
bool diag_show_source = true;

/* While an instance of a generic unit is analysed: where the
 * instantiation is; its errors are reported there (12.3(11)), each with a
 * note pointing into the generic unit. */
typedef struct Instance {
    Loc loc;
    const char *generic;
} Instance;
static Instance *instances;   /* innermost last; grows in the arena */
static int n_instances, cap_instances;

void diag_push_instance(Loc loc, const char *generic)
{
    if (n_instances == cap_instances) {
        int ncap = cap_instances ? 2 * cap_instances : 32;
        Instance *n = arena_alloc(sizeof *n * (size_t)ncap);
        if (n_instances)
            memcpy(n, instances, sizeof *n * (size_t)n_instances);
        instances = n;
        cap_instances = ncap;
    }
    instances[n_instances++] = (Instance){loc, generic};
}

void diag_pop_instance(void)
{
    n_instances--;
}

bool diag_in_instance(void)
{
    return n_instances > 0;
}

/* While a generic template's body is analysed again with its spec, the
 * spec's own errors (already reported) are not repeated. */
static int n_quiet;
void diag_quiet(bool on) { n_quiet += on ? 1 : -1; }

int diag_error_count(void) { return n_errors; }

static void show_line(const Source *s, Loc loc)
{
    const char *p = s->text, *end = s->text + s->len;
    for (int l = 1; l < loc.line && p < end; p++)
        if (*p == '\n')
            l++;
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r')
        e++;
    int width = (int)(e - p);
    if (width > 200)
        width = 200;
    fprintf(stderr, "%5d | ", loc.line);
    for (int i = 0; i < width; i++)
        fputc((unsigned char)p[i] < ' ' && p[i] != '\t' ? '?' : p[i], stderr);
    fputs("\n      | ", stderr);
    for (int i = 1; i < loc.col && i <= width; i++)
        fputc(p[i - 1] == '\t' ? '\t' : ' ', stderr);
    fputs("^\n", stderr);
}

/* A diagnostic already given, at the same place with the same words, is
 * not repeated (a name analysed again by another interpretation); nor
 * are the notes that follow it.  The last REPEAT_WINDOW are compared. */
#define REPEAT_WINDOW 64
static uint64_t recent[REPEAT_WINDOW];
static int n_recent;
static bool repeating;

static bool repeated(Severity sev, Loc loc, const char *msg)
{
    if (sev == SEV_NOTE)
        return repeating;
    uint64_t h = 1469598103934665603ull;        /* FNV-1a */
    uint64_t key[4] = {(uint64_t)sev, (uint64_t)loc.file, (uint64_t)loc.line, (uint64_t)loc.col};
    for (int i = 0; i < 4; i++)
        h = (h ^ key[i]) * 1099511628211ull;
    for (const char *p = msg; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ull;
    int n = n_recent < REPEAT_WINDOW ? n_recent : REPEAT_WINDOW;
    for (int i = 0; i < n; i++)
        if (recent[i] == h)
            return repeating = true;
    recent[n_recent++ % REPEAT_WINDOW] = h;
    return repeating = false;
}

void diag(Severity sev, Loc loc, const char *rm, const char *fmt, ...)
{
    static const char *const names[] = {"error", "warning", "note"};
    if (n_quiet > 0)
        return;
    Loc in_generic = loc;
    if (n_instances > 0 && sev != SEV_NOTE) {
        loc = instances[n_instances - 1].loc;
    }
    const Source *s = source_get(loc.file);
    if (sev == SEV_ERROR)
        n_errors++;              /* counted even when not repeated: callers compare counts */
    char small[512], *msg = small;
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int len = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (len >= (int)sizeof small) {
        msg = arena_alloc((size_t)len + 1);     /* a rare long one: kept */
        vsnprintf(msg, (size_t)len + 1, fmt, again);
    }
    va_end(again);
    if (repeated(sev, loc, msg))
        return;
    if (s)
        fprintf(stderr, "%s:%d:%d: ", s->name, loc.line, loc.col);
    else
        fputs("adac: ", stderr);
    fprintf(stderr, "%s: %s", names[sev], msg);
    if (rm)
        fprintf(stderr, " [RM %s]", rm);
    fputc('\n', stderr);
    if (s && diag_show_source && loc.line > 0)
        show_line(s, loc);
    if (n_instances > 0 && sev != SEV_NOTE && in_generic.file) {
        int k = n_instances - 1;
        int saved = n_instances;
        n_instances = 0;
        diag(SEV_NOTE, in_generic, NULL, "in this instance of generic '%s', here", instances[k].generic);
        n_instances = saved;
    }
}
