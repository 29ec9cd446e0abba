/*
 * adac.c: the driver.  It reads the command line the way GCC does, runs the
 * pipeline (load, lex, parse, analyse, generate) on the source files given,
 * and links the object with the runtime library through the system C
 * compiler.
 *
 *   adac [options] file.adb ... [-o out]
 *
 * Exit status: 0 success, 1 errors in the program, 2 usage errors.
 *
 * The runtime (libadart.a) and the compiler's own Ada library specs
 * (adainclude/) are found relative to the driver's own location, so an
 * installed adac works wherever its prefix is, and the adac in the build
 * tree uses the build tree's runtime.
 */
#include "config.h"
#include "frontend.h"
#include "sema.h"
#include "codegen.h"
#include "report.h"
#include "adart.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static const char usage_text[] =
    "usage: adac [options] file.adb|file.ads|file.ada|file.a ... [file.c|file.o ...]\n"
    "\n"
    "Compiles Ada 2012 programs (the part of the language around allocators)\n"
    "to native executables through LLVM.  A file may hold several compilation\n"
    "units in any order; units named in with clauses are looked up among the\n"
    "files given, then in -I directories and adac's own library (GNAT file\n"
    "naming: pkg.ads, pkg.adb, parent-child.ads).  C sources (.c) and objects\n"
    "(.o, .so) given go to the C compiler that links the program, for\n"
    "subprograms imported with Convention C.\n"
    "\n"
    "Options:\n"
    "  -o FILE          write the output to FILE (default: a.out, or the\n"
    "                   source's name with .o/.s/.ll for -c/-S)\n"
    "  -c               compile to an object file, do not link\n"
    "  -S               write assembly (with -emit-llvm: LLVM IR text)\n"
    "  -emit-llvm       with -S, write LLVM IR; with -c, LLVM bitcode\n"
    "  -O0 -O1 -O2 -O3  optimisation level (default -O0)\n"
    "  -g               emit DWARF: lines, objects, types\n"
    "  -gnatp, -fno-checks\n"
    "                   suppress the language-defined run-time checks\n"
    "  -gnata           check pragma Assert, Pre and Post (11.4.2), where no\n"
    "                   pragma Assertion_Policy says otherwise\n"
    "  -fsyntax-only    check the program (syntax and legality), write nothing\n"
    "  -fsanitize=address\n"
    "                   instrument the program with AddressSanitizer (LLVM's\n"
    "                   asan pass; every default-pool object comes from malloc)\n"
    "                   and link it with the sanitizer runtime and the runtime\n"
    "                   library built with ASan and UBSan (libadart-asan.a)\n"
    "  -fpool=POOL      the default storage pool of every access type without\n"
    "                   a Storage_Pool clause (runtime/adac_pool.h):\n"
    "                     builtin    the runtime's size classes, inline (default)\n"
    "                     installed  whatever pool C code installs with\n"
    "                                adac_set_default_pool (else the built-in)\n"
    "                     counting   counts allocations, frees, live blocks and\n"
    "                                bytes, high-water mark; one line at exit\n"
    "                     debug      reports leaked blocks at exit with the line\n"
    "                                of their allocator; a double free or a free\n"
    "                                of a foreign address raises Program_Error\n"
    "  -I DIR           also look for library units in DIR\n"
    "  -v               print the commands the driver runs\n"
    "  --dump-tokens    print the tokens of each file (FILE:LINE:COL: TOKEN [TEXT])\n"
    "  --dump-ast       print the syntax tree of each file, as parsed\n"
    "  --dump-sema      print the analysed tree: the --dump-ast lines with each\n"
    "                   node's type (: T), entity (-> kind Name@file:line:col),\n"
    "                   checks (checks=range|...) and conversion target (=> S)\n"
    "  --dump-ir        print the LLVM IR before the optimisation passes\n"
    "  --dump-ir-opt    print the LLVM IR after them (at -O0: the same IR)\n"
    "  --report=alloc   list every allocator of the program (the units given and\n"
    "                   the units they with), one row each: LOCATION, ALLOCATOR\n"
    "                   as written, ACCESS TYPE, SUBTYPE of the object, POOL\n"
    "                   (default, the Storage_Pool object, or subpool H of P),\n"
    "                   SIZE and ALIGN in bytes when static (+N: bounds or\n"
    "                   collection link in front), FIN (needs finalization),\n"
    "                   CHECKS (the run-time checks it carries; removed ones in\n"
    "                   parentheses); then a summary line and one line per size\n"
    "                   note and per check with its RM paragraph and exception\n"
    "  --report=alloc-json\n"
    "                   the same as one JSON object (docs/inspecting.md)\n"
    "                   The dumps and the report print on stdout and write no\n"
    "                   other output; the report runs after sema, needs no code\n"
    "                   generation, and follows -gnatp and -fpool=\n"
    "  --version        print the version and exit\n"
    "  --help           print this help and exit\n";

static void usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "adac: error: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nTry 'adac --help' for more information.\n");
    exit(2);
}

/* ---- where the runtime is ------------------------------------------------ */

static bool file_exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

typedef struct Install {
    char runtime[PATH_MAX];    /* libadart.a */
    char runtime_asan[PATH_MAX]; /* libadart-asan.a, beside it: -fsanitize=address */
    char adainclude[PATH_MAX]; /* the predefined specs */
} Install;

/* DST = A followed by B, or a fatal error if the path is too long. */
static void path_join(char *dst, const char *a, const char *b)
{
    if (snprintf(dst, PATH_MAX, "%s%s", a, b) >= PATH_MAX)
        fatal("path too long: %s%s", a, b);
}

static void find_runtime(Install *in);

/* libadart-asan.a lives wherever libadart.a was found (the build tree
 * builds both, make install installs both). */
static void find_install(Install *in)
{
    find_runtime(in);
    char *slash = strrchr(in->runtime, '/');
    *slash = 0;
    path_join(in->runtime_asan, in->runtime, "/libadart-asan.a");
    *slash = '/';
}

static void find_runtime(Install *in)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n < 0)
        fatal("cannot find the adac executable: %s", strerror(errno));
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    *slash = 0;
    /* the build tree: the runtime sits beside the driver */
    path_join(in->runtime, exe, "/libadart.a");
    if (file_exists(in->runtime) && strcmp(ADAC_BUILD_RUNTIME, in->runtime) == 0) {
        path_join(in->adainclude, ADAC_BUILD_ADAINCLUDE, "");
        return;
    }
    /* installed: the configured pkglibdir, or the same layout relative to bin/ */
    if (strcmp(exe, ADAC_BINDIR) == 0 && file_exists(ADAC_PKGLIBDIR_REL "/libadart.a")) {
        path_join(in->runtime, ADAC_PKGLIBDIR_REL, "/libadart.a");
        path_join(in->adainclude, ADAC_PKGLIBDIR_REL, "/adainclude");
        return;
    }
    path_join(in->runtime, exe, "/../lib/adac/libadart.a");
    path_join(in->adainclude, exe, "/../lib/adac/adainclude");
    if (!file_exists(in->runtime)) {
        path_join(in->runtime, exe, "/libadart.a");
        path_join(in->adainclude, ADAC_BUILD_ADAINCLUDE, "");
    }
}

/* ---- running the linker --------------------------------------------------- */

static bool verbose;

static int run(char **argv)
{
    if (verbose) {
        for (char **a = argv; *a; a++)
            fprintf(stderr, "%s%s", a == argv ? "" : " ", *a);
        fputc('\n', stderr);
    }
    pid_t pid = fork();
    if (pid < 0)
        fatal("cannot run %s: %s", argv[0], strerror(errno));
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "adac: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0)
        fatal("waiting for %s: %s", argv[0], strerror(errno));
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

/* Files the driver hands to the system C compiler when it links: C
 * sources (compiled by it), objects and libraries, so that an Ada program
 * can call C functions imported with Convention C (B.1). */
static Vec link_inputs;

static bool is_link_input(const char *path)
{
    static const char *const ext[] = {".c", ".o", ".so"};   /* .a is an ACATS Ada source */
    size_t n = strlen(path);
    for (size_t k = 0; k < sizeof ext / sizeof ext[0]; k++) {
        size_t e = strlen(ext[k]);
        if (n > e && !strcmp(path + n - e, ext[k]))
            return true;
    }
    return false;
}

static int link_program(const char *obj, const char *out, const Install *in, bool sanitize)
{
    Vec args = {0};
    char *linker = arena_strdup(ADAC_LINKER);
    for (char *tok = strtok(linker, " "); tok; tok = strtok(NULL, " "))
        vec_push(&args, tok);
    /* -fsanitize=address: the C compiler that links (configure's CC, GCC on
     * Debian) brings its sanitizer runtimes.  GCC 12's libasan resolves
     * everything LLVM 19's asan pass emits (__asan_version_mismatch_check_v8,
     * __asan_register_elf_globals, __asan_stack_malloc_N, ...), and it is
     * the libasan that libadart-asan.a was compiled for, so no second
     * toolchain is needed.  UBSan's runtime too: libadart-asan.a is built
     * with -fsanitize=address,undefined. */
    if (sanitize)
        vec_push(&args, "-fsanitize=address,undefined");
    vec_push(&args, "-o");
    vec_push(&args, (void *)out);
    vec_push(&args, (void *)obj);
    for (int i = 0; i < link_inputs.len; i++)
        vec_push(&args, link_inputs.data[i]);
    vec_push(&args, (void *)(sanitize ? in->runtime_asan : in->runtime));
    vec_push(&args, "-lm");       /* 'Floor and kin become floorf & co. (A.5.3) */
    vec_push(&args, NULL);
    return run((char **)args.data);
}

/* "dir/name.adb" -> "name" + SUFFIX */
static char *output_name(const char *src, const char *suffix)
{
    const char *base = strrchr(src, '/');
    base = base ? base + 1 : src;
    const char *dot = strrchr(base, '.');
    size_t n = dot ? (size_t)(dot - base) : strlen(base);
    return arena_printf("%.*s%s", (int)n, base, suffix);
}

int main(int argc, char **argv)
{
    Vec files = {0}, includes = {0};
    const char *out = NULL;
    bool opt_c = false, opt_S = false, emit_llvm = false, syntax_only = false;
    bool dump_tokens = false, dump_ast = false, dump_sema_tree = false;
    int report = 0, dump_ir = 0;       /* report: 1 table, 2 JSON; dump_ir: 1 before, 2 after the passes */
    const char *pool_name = "builtin";
    CgOptions cg = {.opt_level = 0, .checks = true};

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((a[0] != '-' || a[1] == 0) && is_link_input(a)) {
            vec_push(&link_inputs, (void *)a);    /* C sources and objects go to the linker */
        } else if (a[0] != '-' || a[1] == 0) {
            vec_push(&files, (void *)a);
        } else if (!strcmp(a, "-o")) {
            if (++i == argc)
                usage_error("missing file name after '%s'", a);
            out = argv[i];
        } else if (!strcmp(a, "-c")) {
            opt_c = true;
        } else if (!strcmp(a, "-S")) {
            opt_S = true;
        } else if (!strcmp(a, "-emit-llvm")) {
            emit_llvm = true;
        } else if (a[1] == 'O') {
            if (a[2] == 0)
                cg.opt_level = 1;
            else if (a[2] >= '0' && a[2] <= '3' && a[3] == 0)
                cg.opt_level = a[2] - '0';
            else if (!strcmp(a, "-Os") || !strcmp(a, "-Oz"))
                cg.opt_level = 2;
            else
                usage_error("unknown optimisation level '%s'", a);
        } else if (!strcmp(a, "-g")) {
            cg.debug_info = true;
        } else if (!strcmp(a, "-gnatp") || !strcmp(a, "-fno-checks")) {
            cg.checks = false;
        } else if (!strcmp(a, "-gnata")) {
            cg.assertions = true;
        } else if (!strcmp(a, "-fsyntax-only")) {
            syntax_only = true;
        } else if (!strncmp(a, "-fsanitize=", 11)) {
            if (strcmp(a + 11, "address"))
                usage_error("unknown sanitizer '%s' (-fsanitize=address)", a + 11);
            cg.sanitize_address = true;
        } else if (!strncmp(a, "-fpool=", 7)) {
            const char *p = a + 7;
            if (!strcmp(p, "builtin"))
                cg.pool = 0;
            else if (!strcmp(p, "installed"))
                cg.pool = ADART_POOL_INSTALLED;
            else if (!strcmp(p, "counting"))
                cg.pool = ADART_POOL_COUNTING;
            else if (!strcmp(p, "debug"))
                cg.pool = ADART_POOL_DEBUG;
            else
                usage_error("unknown pool '%s' (builtin, installed, counting or debug)", p);
            pool_name = p;
        } else if (!strncmp(a, "-I", 2)) {
            const char *dir = a[2] ? a + 2 : (++i < argc ? argv[i] : NULL);
            if (!dir)
                usage_error("missing directory after '%s'", a);
            vec_push(&includes, (void *)dir);
        } else if (!strcmp(a, "-v")) {
            verbose = true;
        } else if (!strcmp(a, "--dump-tokens")) {
            dump_tokens = true;
        } else if (!strcmp(a, "--dump-ast")) {
            dump_ast = true;
        } else if (!strcmp(a, "--dump-sema")) {
            dump_sema_tree = true;
        } else if (!strcmp(a, "--dump-ir")) {
            dump_ir = 1;
        } else if (!strcmp(a, "--dump-ir-opt")) {
            dump_ir = 2;
        } else if (!strcmp(a, "--report=alloc")) {
            report = 1;
        } else if (!strcmp(a, "--report=alloc-json")) {
            report = 2;
        } else if (!strncmp(a, "--report", 8)) {
            usage_error("unknown report '%s' (--report=alloc or --report=alloc-json)", a);
        } else if (!strcmp(a, "--version")) {
            printf("adac %s (LLVM 19)\n", PACKAGE_VERSION);
            return 0;
        } else if (!strcmp(a, "--help")) {
            fputs(usage_text, stdout);
            return 0;
        } else if (!strcmp(a, "-gnat2012") || !strncmp(a, "-gnatw", 6) || !strcmp(a, "-W") || !strncmp(a, "-W", 2)) {
            /* accepted for compatibility; adac speaks Ada 2012 */
        } else {
            usage_error("unknown option '%s'", a);
        }
    }
    if (files.len == 0)
        usage_error("%s", "no input files");
    if (out && (opt_c || opt_S) && files.len > 1 && false)
        usage_error("%s", "-o with -c or -S takes one input file");

    Install inst;
    find_install(&inst);
    if (verbose)
        fprintf(stderr, "adac: runtime %s, library %s\n", inst.runtime, inst.adainclude);

    /* load and lex/parse every file */
    Vec units = {0};
    bool ok = true;
    for (int i = 0; i < files.len; i++) {
        const char *path = files.data[i];
        int f = source_load(path, false);
        if (f < 0) {
            fprintf(stderr, "adac: error: %s: %s\n", path, strerror(errno));
            return 1;
        }
        if (dump_tokens) {
            lexer_dump(f, stdout);
            continue;
        }
        int before = units.len;
        ok &= parse_file(f, &units);
        if (dump_ast)
            for (int k = before; k < units.len; k++)
                ast_dump(units.data[k], stdout, 0);
    }
    if (dump_tokens)
        return diag_error_count() ? 1 : 0;
    if (!ok || dump_ast)
        return diag_error_count() ? 1 : 0;

    const char *dirs[64];
    int nd = 0;
    for (int i = 0; i < includes.len && nd < 63; i++)
        dirs[nd++] = includes.data[i];
    dirs[nd++] = inst.adainclude;
    library_init(dirs, nd);

    Program prog = {0};
    if (!sema_program(&units, &prog) || diag_error_count())
        return 1;
    if (report || dump_sema_tree) {
        if (dump_sema_tree)
            dump_sema(&prog, stdout);
        if (report) {
            ReportOptions ro = {.json = report == 2, .checks = cg.checks, .default_pool = pool_name};
            report_allocators(&prog, &ro, stdout);
        }
        return 0;
    }
    if (syntax_only)
        return 0;
    if (dump_ir) {
        cg.source_name = files.data[0];
        cg.dump_ir = dump_ir;
        return codegen_program(&prog, &cg, CG_LLVM_IR, "-") ? 0 : 1;
    }

    cg.source_name = files.data[0];
    if (opt_S || opt_c) {
        CgOutput kind = opt_S ? (emit_llvm ? CG_LLVM_IR : CG_ASSEMBLY)
                              : (emit_llvm ? CG_BITCODE : CG_OBJECT);
        const char *suffix = opt_S ? (emit_llvm ? ".ll" : ".s") : (emit_llvm ? ".bc" : ".o");
        const char *path = out ? out : output_name(files.data[0], suffix);
        return codegen_program(&prog, &cg, kind, path) ? 0 : 1;
    }

    if (!prog.main) {
        fprintf(stderr, "adac: error: no main subprogram: a program needs a library-level "
                        "parameterless procedure body [RM 10.2(29)]\n");
        return 1;
    }
    if (cg.sanitize_address && !file_exists(inst.runtime_asan)) {
        fprintf(stderr, "adac: error: -fsanitize=address needs %s (make libadart-asan.a)\n",
                inst.runtime_asan);
        return 1;
    }
    char obj[] = "/tmp/adac-XXXXXX.o";
    int fd = mkstemps(obj, 2);
    if (fd < 0)
        fatal("cannot create a temporary file: %s", strerror(errno));
    close(fd);
    int rc = 1;
    if (codegen_program(&prog, &cg, CG_OBJECT, obj))
        rc = link_program(obj, out ? out : "a.out", &inst, cg.sanitize_address) ? 1 : 0;
    unlink(obj);
    return rc;
}
