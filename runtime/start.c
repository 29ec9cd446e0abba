/*
 * start.c: program start and end.
 *
 * The main() emitted by the compiler calls __adac_init with its arguments,
 * elaborates the library units, calls the main subprogram and returns the
 * value of __adac_finish.  Initialization records the command line for
 * Ada.Command_Line; finalization ends the last line of standard output the
 * way GNAT's Text_IO does and flushes it.  (An unhandled exception does the
 * same finalization in except.c before reporting.)
 */
#include <stdio.h>

#include "adart.h"
#include "adart_internal.h"

int __adac_rt_argc;
char **__adac_rt_argv;

void __adac_init(int argc, char **argv)
{
    __adac_rt_argc = argc;
    __adac_rt_argv = argv;

    /* Signals mapped to exceptions go here once the runtime raises from a
     * signal handler: SIGSEGV/SIGBUS on an alternate stack to Storage_Error
     * ("stack overflow or erroneous memory access"), SIGFPE to
     * Constraint_Error.  Until then the default actions stand. */
}

int __adac_finish(void)
{
    __adac_rt_terminate_line();
    fflush(stdout);
    return __adac_rt_exit_status();
}
