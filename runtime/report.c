/*
 * report.c: the ACATS Report package (support/report.a), in C.
 *
 * This is a transcription of the body of Report, keeping every detail that
 * shows in a test's output: the 15-character test name ("NO_NAME" before Test
 * and after Result), the status that starts as Fail and is set to Pass by
 * Test, the message prefixes, the folding of messages longer than 72 columns
 * at blanks with continuation lines indented by the name length plus 9 (done
 * with Set_Col, so it depends on the column Text_IO is at), and the time stamp
 * "YY-MM-DD HH:MM:SS" in local time.  The event trace file is not written
 * (Generate_Event_Trace_File is False in the reference body).
 *
 * Messages are assembled on the secondary stack and released after output.
 * Functions returning String leave their result there, bounds first.
 */
#define _POSIX_C_SOURCE 200809L /* localtime_r, clock_gettime */

#include <string.h>
#include <time.h>

#include "adart.h"
#include "adart_internal.h"

/* Version.ACATS_Version. */
#define ACATS_VERSION "4.2A"

/* Max_Name_Len: the test name is truncated to this many characters. */
#define MAX_NAME_LEN 15

/* Max_Len of Put_Msg: the width at which messages are folded. */
#define MAX_LINE_LEN 72

/* Report.Status. */
enum status { PASS, FAIL, DOES_NOT_APPLY, ACTION_REQUIRED, UNKNOWN };

/* Test_Status. */
static enum status test_status = FAIL;

/* Test_Name: only the first test_name_len characters are meaningful, but
 * Legal_File_Name reads characters 3 .. 7 whatever the length. */
static char test_name[MAX_NAME_LEN] = "NO_NAME";

/* Test_Name_Len. */
static size_t test_name_len = 7;

/* The length of a String with bounds B. */
static size_t length(const __adac_bounds *b)
{
    return b->last >= b->first ? (size_t)((int64_t)b->last - b->first + 1) : 0;
}

/* Put_Msg: write MSG (LEN characters) on standard output, folded. */
static void put_msg(const char *msg, size_t len)
{
    const long max_len = MAX_LINE_LEN;
    const long indent = (long)test_name_len + 9;
    const long last = (long)len - 1;    /* Msg'Last, with Msg'First = 0 */
    long i = 0;                         /* current indentation */
    long m = 0;                         /* start of the message slice */
    long n;                             /* end of the message slice */

    for (;;) {
        if (i + (last - m + 1) > max_len) {
            n = m + (max_len - i) - 1;
            if (msg[n] != ' ') {
                while (n >= m && msg[n + 1] != ' ')
                    n--;
                if (n < m)
                    n = m + (max_len - i) - 1;
            }
        } else {
            n = last;
        }
        __adac_rt_set_col(i + 1);
        __adac_rt_put(msg + m, n >= m ? (size_t)(n - m + 1) : 0);
        ada__text_io__new_line(1);
        i = indent;
        m = n + 1;
        while (m <= last && msg[m] == ' ')
            m++;
        if (m > last)
            break;
    }
}

/* One operand of a concatenation. */
struct piece {
    const char *s;          /* its characters */
    size_t len;             /* their number */
};

/* Put_Msg of the concatenation of the COUNT strings of P. */
static void put_msg_cat(const struct piece *p, size_t count)
{
    void *mark = __adac_ss_mark();
    size_t total = 0, k;
    char *buf, *dst;

    for (k = 0; k < count; k++)
        total += p[k].len;
    buf = dst = __adac_ss_alloc(total, 1);
    for (k = 0; k < count; k++) {
        if (p[k].len > 0)
            memcpy(dst, p[k].s, p[k].len);
        dst += p[k].len;
    }
    put_msg(buf, total);
    __adac_ss_release(mark);
}

/* Put_Msg (PREFIX & Test_Name (1 .. Test_Name_Len) & " " & Descr & "."),
 * the form of every message but Result's. */
static void put_event(const char *prefix, const char *descr,
                      const __adac_bounds *db)
{
    const struct piece p[] = {
        { prefix, strlen(prefix) },
        { test_name, test_name_len },
        { " ", 1 },
        { descr, length(db) },
        { ".", 1 },
    };

    put_msg_cat(p, sizeof p / sizeof p[0]);
}

/* Put_Msg (PREFIX & Test_Name (1 .. Test_Name_Len) & SUFFIX), for Result. */
static void put_result(const char *prefix, const char *suffix)
{
    const struct piece p[] = {
        { prefix, strlen(prefix) },
        { test_name, test_name_len },
        { suffix, strlen(suffix) },
    };

    put_msg_cat(p, sizeof p / sizeof p[0]);
}

/* Convert of Inner_Time_Stamp: the last two decimal digits of X. */
static void convert(char *dst, long x)
{
    x %= 100;
    dst[0] = (char)('0' + x / 10);
    dst[1] = (char)('0' + x % 10);
}

/* Inner_Time_Stamp (Full => False): "YY-MM-DD HH:MM:SS" in BUF (17
 * characters, not NUL-terminated), the local time now. */
static void time_stamp(char buf[17])
{
    struct timespec ts;
    struct tm tm;
    long secs;

    if (clock_gettime(CLOCK_REALTIME, &ts) != 0) {
        ts.tv_sec = time(NULL);
        ts.tv_nsec = 0;
    }
    localtime_r(&ts.tv_sec, &tm);
    /* Ada.Calendar.Split gives the seconds of the day as a Duration, which
     * Time_Integer (Dur_Second) rounds to the nearest second. */
    secs = tm.tm_hour * 3600L + tm.tm_min * 60L + tm.tm_sec
           + (ts.tv_nsec >= 500000000L);
    convert(buf, tm.tm_year + 1900L);
    buf[2] = '-';
    convert(buf + 3, tm.tm_mon + 1L);
    buf[5] = '-';
    convert(buf + 6, tm.tm_mday);
    buf[8] = ' ';
    convert(buf + 9, secs / 3600);
    buf[11] = ':';
    convert(buf + 12, secs % 3600 / 60);
    buf[14] = ':';
    convert(buf + 15, secs % 60);
}

/* ---- The Report routines ----------------------------------------------- */

void report__test(const char *name, const __adac_bounds *nb,
                  const char *descr, const __adac_bounds *db)
{
    size_t len = length(nb);
    char stamp[17];

    test_status = PASS;
    test_name_len = len <= MAX_NAME_LEN ? len : MAX_NAME_LEN;
    if (test_name_len > 0)
        memcpy(test_name, name, test_name_len);

    put_msg("", 0);

    time_stamp(stamp);
    {
        const struct piece p[] = {
            { ",.,. ", 5 },
            { test_name, test_name_len },
            { " ACATS " ACATS_VERSION " ", sizeof " ACATS " ACATS_VERSION " " - 1 },
            { stamp, sizeof stamp },
        };

        put_msg_cat(p, sizeof p / sizeof p[0]);
    }
    put_event("---- ", descr, db);
}

void report__comment(const char *descr, const __adac_bounds *db)
{
    put_event("   - ", descr, db);
}

void report__failed(const char *descr, const __adac_bounds *db)
{
    test_status = FAIL;
    put_event("   * ", descr, db);
}

void report__not_applicable(const char *descr, const __adac_bounds *db)
{
    if (test_status == PASS || test_status == ACTION_REQUIRED)
        test_status = DOES_NOT_APPLY;
    put_event("   + ", descr, db);
}

void report__special_action(const char *descr, const __adac_bounds *db)
{
    if (test_status == PASS)
        test_status = ACTION_REQUIRED;
    put_event("   ! ", descr, db);
}

void report__result(void)
{
    switch (test_status) {
    case PASS:
        put_result("==== ", " PASSED ============================.");
        break;
    case DOES_NOT_APPLY:
        put_result("++++ ", " NOT-APPLICABLE ++++++++++++++++++++.");
        break;
    case ACTION_REQUIRED: {
        char blanks[MAX_NAME_LEN];
        const struct piece p[] = {
            { "!!!! ", 5 },
            { blanks, test_name_len },
            { " SEE '!' COMMENTS FOR SPECIAL NOTES!!",
              sizeof " SEE '!' COMMENTS FOR SPECIAL NOTES!!" - 1 },
        };

        memset(blanks, ' ', sizeof blanks);
        put_result("!!!! ", " TENTATIVELY PASSED !!!!!!!!!!!!!!!!.");
        put_msg_cat(p, sizeof p / sizeof p[0]);
        break;
    }
    default:
        put_result("**** ", " FAILED ****************************.");
        break;
    }
    test_status = FAIL;
    test_name_len = 7;
    memcpy(test_name, "NO_NAME", 7);
}

/* ---- The dynamic value routines ----------------------------------------- */

/* These are identities; being compiled apart from the tests is what keeps
 * their results from being known at compile time. */

int32_t report__ident_int(int32_t x)
{
    return x;
}

char report__ident_char(char x)
{
    return x;
}

bool report__ident_bool(bool x)
{
    return x;
}

/* `return X;` keeps the bounds of X. */
__adac_fat_string report__ident_str(const char *s, const __adac_bounds *b)
{
    return __adac_rt_ss_string(s, b->first, b->last);
}

/* The reference body recurses down to a comparison with 0 (and falls back
 * on X = Y on overflow); the result is always X = Y. */
bool report__equal(int32_t x, int32_t y)
{
    return x == y;
}

/* ---- Other utility routines -------------------------------------------- */

__adac_fat_string report__legal_file_name(int32_t x, const char *nam,
                                          const __adac_bounds *nb)
{
    static const char first_char[] = "XYZVW";
    char name[6];

    /* X : File_Num is checked by the caller, as for any subtype; this only
     * guards the table below. */
    if (x < 1 || x > 5)
        __adac_rcheck_CE_Range_Check(NULL, 0);
    if (length(nb) == 0) {
        memcpy(name + 1, test_name + 2, 5);     /* Test_Name (3 .. 7) */
    } else {
        /* Nam (3 .. 7) uses absolute indices; GNAT reports a slice outside
         * Nam at this place of the separate body (report-legal_file_name.adb
         * as gnatchop names it). */
        if (nb->first > 3 || nb->last < 7)
            __adac_rcheck_CE_Range_Check("report-legal_file_name.adb", 12);
        memcpy(name + 1, nam + (3 - nb->first), 5);
    }
    name[0] = first_char[x - 1];
    return __adac_rt_ss_string(name, 1, 6);
}

__adac_fat_string report__time_stamp(void)
{
    char stamp[17];

    time_stamp(stamp);
    return __adac_rt_ss_string(stamp, 1, 17);
}
