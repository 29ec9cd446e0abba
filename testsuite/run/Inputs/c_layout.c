/* The C side of rmB.3-convention-c-records.adb: reads and writes the
 * fields of a record allocated by Ada, laid out as this struct. */
#include <stddef.h>
#include <stdint.h>

struct rec {
    char c;
    int64_t big;
    short s;
    double d;
    int i;
    unsigned char flags[3];
};

long long rec_sum(struct rec *r)
{
    r->i = 99;
    r->flags[2] = 7;
    return r->c + r->big + r->s + (long long)r->d + r->flags[0];
}

unsigned long rec_size(void) { return sizeof(struct rec); }
unsigned long rec_offset_d(void) { return offsetof(struct rec, d); }
