/* The runtime's own checks under AddressSanitizer (libadart-asan.a), called
 * the way generated code calls them:
 *   ss-release  read a secondary-stack object after its mark was released
 *   ss-past     read past the end of a secondary-stack object
 *   free-size   free a default-pool object with a size of another size class
 *   ok          all of it done right */
#include <stdio.h>
#include <string.h>
#include "adart.h"

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "ok";
    void *mark = __adac_ss_mark();
    char *s = __adac_ss_alloc(10, 1);
    memset(s, 'x', 10);
    volatile char c = s[9];
    if (!strcmp(mode, "ss-past"))
        c = s[10];
    __adac_ss_release(mark);
    if (!strcmp(mode, "ss-release"))
        c = s[0];
    char *big = __adac_ss_alloc(100000, 16);       /* a heap chunk */
    big[99999] = c;
    __adac_ss_release(mark);
    char *p = __adac_alloc(40, 8);
    memset(p, 0, 40);
    __adac_free(p, !strcmp(mode, "free-size") ? 8 : 40, 8);
    p = __adac_alloc(0, 1);
    __adac_free(p, 0, 1);
    puts("ok");
    return 0;
}
