/*
 * source.c: the table of source files.  Files are read whole into memory
 * once; positions (Loc) refer to them by index so that a diagnostic can show
 * the line it points into.
 */
#include "frontend.h"

#include <stdlib.h>
#include <string.h>

static Vec sources;    /* Source*, index 0 unused */

int source_load(const char *path, bool predefined)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf)
            fatal("out of memory reading %s", path);
        size_t n = fread(buf + len, 1, cap - len - 1, f);
        len += n;
        if (n == 0)
            break;
        if (len + 1 >= cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
    }
    fclose(f);
    buf[len] = 0;
    return source_add(path, buf, len, predefined);
}

/* TEXT (LEN bytes, malloc'd, NUL at TEXT[LEN]) becomes the contents of a
 * source named PATH; the table owns it.  The fuzzers (fuzz/) hand the
 * compiler their inputs this way, without a file. */
int source_add(const char *path, char *buf, size_t len, bool predefined)
{
    if (sources.len == 0)
        vec_push(&sources, NULL);
    Source *s = arena_alloc(sizeof *s);
    s->path = arena_strdup(path);
    const char *slash = strrchr(path, '/');
    s->name = slash ? s->path + (slash + 1 - path) : s->path;
    s->text = buf;
    s->len = len;
    s->predefined = predefined;
    vec_push(&sources, s);
    return sources.len - 1;
}

const Source *source_get(int file)
{
    return file > 0 && file < sources.len ? sources.data[file] : NULL;
}
