/*
 * report.h: reports on the analysed program (sema's output), for people and
 * tools.  They read the decorated tree and nothing else: they run after
 * sema, never need codegen, and never change the tree.
 *
 *   --report=alloc, --report=alloc-json   every allocator (report.c;
 *                                         format: docs/inspecting.md)
 *   --dump-sema                           the analysed tree (dump.c)
 */
#ifndef ADAC_REPORT_H
#define ADAC_REPORT_H

#include "sema.h"

typedef struct ReportOptions {
    bool json;                 /* JSON for tools, else a table for people */
    bool checks;               /* the language-defined checks are on (not -gnatp) */
    const char *default_pool;  /* -fpool=: "builtin", "installed", "counting", "debug" */
} ReportOptions;

/* Write the allocation report of PROG (every allocator of every unit that
 * is not one of adac's own predefined units) to OUT. */
void report_allocators(Program *prog, const ReportOptions *opts, FILE *out);

/* Write the analysed trees of PROG's units (not the predefined ones) to
 * OUT: the --dump-ast format, with each node's type, entity, the checks
 * sema asked for and the subtype the value is converted to. */
void dump_sema(Program *prog, FILE *out);

#endif
