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
#define _DEFAULT_SOURCE /* sigaltstack, SA_ONSTACK */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adart.h"
#include "adart_internal.h"

int __adac_rt_argc;
char **__adac_rt_argv;

/* A fault of the program's own memory accesses: in practice, running off
 * the end of the stack (the generated code checks null dereferences,
 * indexes and lengths itself).  As GNAT does, it raises Storage_Error
 * ("stack overflow or erroneous memory access"), which a handler can handle
 * and go on from.  The handler runs on an alternate stack (the normal one is
 * exhausted) and leaves it by the exception's long jump; SA_NODEFER keeps
 * SIGSEGV unblocked after that jump, so a second overflow is caught too.
 *
 * Under AddressSanitizer (-fsanitize=address) the same holds: this handler
 * replaces ASan's own SIGSEGV handler (allow_user_segv_handler, on by
 * default), and the long jump off the alternate stack goes through ASan's
 * longjmp, which unpoisons the whole normal stack when it starts on the
 * alternate one, so the frames the overflow left behind raise no false
 * reports afterwards (run/rm11.1-stack-overflow-storage-error.adb runs so
 * in make check-asan).  A wild access of the program becomes Storage_Error
 * there too, rather than ASan's SEGV report. */
static void memory_fault(int sig)
{
    (void)sig;
    static const char msg[] = "stack overflow or erroneous memory access";
    __adac_raise(&__adac_storage_error, NULL, 0, msg, (int32_t)(sizeof msg - 1));
}

/* The alternate stack, kept here so that LeakSanitizer (-fsanitize=address)
 * sees it is still in use: the kernel's pointer to it is not one it sees.
 * (Not static: a static that is never read would be optimised away.) */
void *__adac_rt_alt_stack;

static void catch_memory_faults(void)
{
    size_t size = 64 * 1024;
    stack_t ss;
    ss.ss_sp = __adac_rt_alt_stack = malloc(size);
    ss.ss_size = size;
    ss.ss_flags = 0;
    if (ss.ss_sp == NULL || sigaltstack(&ss, NULL) != 0)
        return;                                  /* then the default action stands */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = memory_fault;
    sa.sa_flags = SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
}

void __adac_init(int argc, char **argv)
{
    __adac_rt_argc = argc;
    __adac_rt_argv = argv;
    catch_memory_faults();
}

int __adac_finish(void)
{
    __adac_rt_terminate_line();
    fflush(stdout);
    return __adac_rt_exit_status();
}
