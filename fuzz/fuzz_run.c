/*
 * fuzz_run.c: runs adac on one fuzzer input, in a forked child.
 *
 * Why a child.  adac is a batch compiler: its state is global (the arena,
 * which never frees, the interned identifiers, the source table, the
 * library of units, the scopes, the code generator's tables) and it ends
 * with exit() on a fatal error.  Running it in the libFuzzer process would
 * need every one of those reset between inputs, and the first one
 * forgotten would make the fuzzer report state left by an earlier input
 * rather than the bug of this one.  A fork per input starts each
 * compilation from the same clean state, exactly as the real driver does,
 * and whatever the compiler does to end (return, fatal error, crash,
 * sanitizer report, endless loop) is seen by the parent as the child's
 * exit status, at the cost of a fork (about a millisecond).
 *
 * What the fork would lose is coverage: libFuzzer reads the inline 8-bit
 * counters of the instrumented code (the __sancov_cntrs section) in its own
 * process.  The child copies its counters into a shared mapping when it
 * ends (adac_fuzz_exit, also reached from fatal(): frontend/util.c), and
 * the parent folds them into its own before libFuzzer looks, so the search
 * is guided by what the compiler did in the child.  (The comparison traces
 * of -fsanitize=fuzzer are lost; a crashing child's coverage too, which
 * does not matter: the crash is reported.)
 *
 * The child's verdict: exit 0 compiled or rejected with diagnostics; 1 a
 * fatal error that is a limit ("declarative regions nested too deeply"):
 * both fine.  CHILD_BUG (a sanitizer report, through the death callback,
 * an internal error, a module the verifier rejects), any other status, or
 * a signal (SIGALRM: it ran longer than ADAC_FUZZ_TIMEOUT seconds, 10 by
 * default) is a bug: the parent compiles the input again with the child's
 * stderr shown, so that the report names the failure, then aborts, and
 * libFuzzer writes the input out as a crash.
 */
#include "frontend.h"
#include "sema.h"
#include "codegen.h"
#include "fuzz_run.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

enum { CHILD_BUG = 86 };

/* The inline 8-bit counters of -fsanitize=fuzzer (ELF: the linker defines
 * these bounds of the __sancov_cntrs section). */
extern uint8_t __start___sancov_cntrs[] __attribute__((weak));
extern uint8_t __stop___sancov_cntrs[] __attribute__((weak));
void __sanitizer_set_death_callback(void (*callback)(void));

static uint8_t *shared_cov;    /* the child's counters, MAP_SHARED */
static size_t cov_len;

static void publish_coverage(void)
{
    if (shared_cov)
        memcpy(shared_cov, __start___sancov_cntrs, cov_len);
}

_Noreturn void adac_fuzz_exit(int status, const char *why)
{
    fflush(stdout);
    fflush(stderr);
    publish_coverage();
    if (why && !strncmp(why, "internal error", 14))
        status = CHILD_BUG;
    _exit(status);
}

static void child_died(void)   /* a sanitizer's report has been printed */
{
    fflush(stderr);
    _exit(CHILD_BUG);
}

static void compile_in_child(const uint8_t *data, size_t size, int opt_level)
{
    char *text = malloc(size + 1);
    memcpy(text, data, size);
    text[size] = 0;
    int f = source_add("fuzz.adb", text, size, false);
    Vec units = {0};
    if (!parse_file(f, &units) || diag_error_count())
        return;
    const char *dirs[] = {ADAC_FUZZ_ADAINCLUDE};
    library_init(dirs, 1);
    Program prog = {0};
    if (!sema_program(&units, &prog) || diag_error_count())
        return;
    CgOptions cg = {.opt_level = opt_level, .checks = true, .source_name = "fuzz.adb"};
    if (!codegen_program(&prog, &cg, CG_OBJECT, "/dev/null"))
        adac_fuzz_exit(CHILD_BUG, "internal error: code generation failed after sema accepted the program");
}

/* Runs the compiler in a child; returns its wait status. */
static int run_child(const uint8_t *data, size_t size, int opt_level, bool quiet)
{
    static int timeout = -1;
    if (timeout < 0) {
        const char *t = getenv("ADAC_FUZZ_TIMEOUT");
        timeout = t && atoi(t) > 0 ? atoi(t) : 10;
    }
    if (shared_cov)
        memset(shared_cov, 0, cov_len);
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        perror("adac-fuzz: fork");
        abort();
    }
    if (pid == 0) {
        /* libFuzzer's handlers are the parent's business */
        static const int sigs[] = {SIGALRM, SIGABRT, SIGILL, SIGINT, SIGTERM, SIGUSR1, SIGUSR2, SIGXFSZ};
        for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
            signal(sigs[i], SIG_DFL);
        __sanitizer_set_death_callback(child_died);
        alarm((unsigned)timeout);
        if (quiet) {
            int null = open("/dev/null", O_WRONLY);
            dup2(null, 1);
            dup2(null, 2);
        }
        compile_in_child(data, size, opt_level);
        adac_fuzz_exit(0, NULL);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        ;
    if (shared_cov)
        for (size_t i = 0; i < cov_len; i++)
            if (shared_cov[i] > __start___sancov_cntrs[i])
                __start___sancov_cntrs[i] = shared_cov[i];
    return status;
}

static bool status_ok(int status)
{
    return WIFEXITED(status) && (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 1);
}

void adac_fuzz_compile(const uint8_t *data, size_t size, int opt_level)
{
    if (!shared_cov && __start___sancov_cntrs && __stop___sancov_cntrs > __start___sancov_cntrs) {
        cov_len = (size_t)(__stop___sancov_cntrs - __start___sancov_cntrs);
        void *m = mmap(NULL, cov_len, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (m != MAP_FAILED)
            shared_cov = m;
    }
    /* ADAC_FUZZ_VERBOSE=1: show the compiler's messages for every input
     * (for running the target by hand on one file) */
    const char *v = getenv("ADAC_FUZZ_VERBOSE");
    bool verbose = v && *v && *v != '0';
    int status = run_child(data, size, opt_level, !verbose);
    if (status_ok(status))
        return;
    if (WIFSIGNALED(status))
        fprintf(stderr, "adac-fuzz: the compiler (-O%d) was killed by signal %d (%s)%s\n", opt_level,
                WTERMSIG(status), strsignal(WTERMSIG(status)),
                WTERMSIG(status) == SIGALRM ? ": it ran past ADAC_FUZZ_TIMEOUT, a hang" : "");
    else
        fprintf(stderr, "adac-fuzz: the compiler (-O%d) exited with status %d%s\n", opt_level,
                WEXITSTATUS(status),
                WEXITSTATUS(status) == CHILD_BUG ? " (sanitizer report or internal error)" : "");
    if (!verbose) {
        fprintf(stderr, "adac-fuzz: compiling it again with the compiler's messages:\n");
        run_child(data, size, opt_level, false);
    }
    abort();
}
