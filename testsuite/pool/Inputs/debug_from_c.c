/* The debug pool used from a C program alone (testsuite/pool/debug-pool-from-c.test):
 * no Ada code, so the sites are "<C>:0" and a bad free, raising
 * Program_Error with no Ada handler active, ends the program with the
 * runtime's report.  argv[1] picks the bad free. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adac_pool.h"

int main(int argc, char **argv)
{
    adac_pool *d = adac_debug_pool();
    const char *mode = argc > 1 ? argv[1] : "leak";
    char *a = d->allocate(d, 10, 1);
    char *b = d->allocate(d, 100, 64);
    int32_t line;

    printf("aligned %d, site %s\n", ((size_t)b & 63) == 0,
           adac_pool_site(&line) ? "set" : "none");
    if (!strcmp(mode, "size"))
        d->deallocate(d, b, 50, 64);
    if (!strcmp(mode, "double")) {
        d->deallocate(d, a, 10, 1);
        d->deallocate(d, a, 10, 1);
    }
    if (!strcmp(mode, "foreign"))
        d->deallocate(d, &line, sizeof line, 4);
    d->deallocate(d, b, 100, 64);
    printf("end\n");
    return 0;
}
