/*
 * except.c: raising and handling exceptions.
 *
 * Exceptions are set-jump/long-jump based.  Every handled sequence of
 * statements owns an __adac_handler in the frame of its subprogram; the
 * handlers form a singly linked stack whose top is `innermost` (there is no
 * tasking yet, so one global stack is enough).  A raise records the
 * occurrence in the global `current`, pops the innermost handler and
 * long-jumps to it; the handler code then asks __adac_current_exception which
 * exception arrived and may propagate it again with __adac_reraise.  With no
 * handler left, the occurrence is reported on stderr exactly as GNAT's
 * last-chance handler does, and the program exits with status 1.
 *
 * The message of an occurrence is the one Ada.Exceptions.Exception_Message
 * returns under GNAT: the text given by `raise E with Msg`; otherwise
 * "file:line" for an explicit `raise E;` (GNAT appends " explicit raise" for
 * the predefined Constraint_Error, Program_Error and Storage_Error); and
 * "file:line reason" for a failed language-defined check.  Like GNAT, it is
 * truncated to 200 characters.
 *
 * Limitation: there is one current occurrence, the last one raised.  If a
 * handler handles a second exception internally (a nested block with its own
 * handler) and then executes `raise;`, the second occurrence is propagated
 * rather than the first.  Fixing that needs the generated code to tell the
 * runtime which handler is asking, i.e. an occurrence saved per handler and
 * __adac_current_exception/__adac_reraise taking that handler.
 */
#define _DEFAULT_SOURCE /* _longjmp */

#include <setjmp.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "adart.h"
#include "adart_internal.h"

/* A handler frame, allocated by generated code in the frame of the
 * subprogram that owns the handled sequence of statements. */
struct __adac_handler {
    jmp_buf jb;                 /* context saved by _setjmp: MUST be first */
    struct __adac_handler *prev; /* next enclosing handler, NULL if none */
    /* a translator (__adac_push_translator) has no context: an exception
     * reaching it becomes Program_Error raised at FILE:LINE, and goes on */
    int32_t translator, line;
    const char *file;
};

_Static_assert(offsetof(struct __adac_handler, jb) == 0,
               "the jmp_buf must be at offset 0 of __adac_handler");
_Static_assert(sizeof(struct __adac_handler) <= ADART_HANDLER_SIZE,
               "__adac_handler does not fit in ADART_HANDLER_SIZE");
_Static_assert(alignof(struct __adac_handler) <= ADART_HANDLER_ALIGN,
               "__adac_handler needs more than ADART_HANDLER_ALIGN");

/* GNAT's Exception_Msg_Max_Length. */
#define MSG_MAX 200

/* An exception occurrence: what was raised, where, and with which message. */
struct occurrence {
    const __adac_exception *id; /* the exception; NULL before the first raise */
    const char *file;           /* source file of the raise, NULL if unknown */
    int32_t line;               /* source line of the raise */
    int32_t msg_len;            /* number of characters in msg */
    char msg[MSG_MAX];          /* the message (not NUL-terminated) */
};

/* The predefined exceptions of package Standard. */
const __adac_exception __adac_constraint_error = { "CONSTRAINT_ERROR" };
const __adac_exception __adac_program_error = { "PROGRAM_ERROR" };
const __adac_exception __adac_storage_error = { "STORAGE_ERROR" };
const __adac_exception __adac_tasking_error = { "TASKING_ERROR" };

/* Top of the stack of active handlers. */
static __adac_handler *innermost;

/* The last occurrence raised, which is the one being handled. */
static struct occurrence current;

void __adac_push_handler(__adac_handler *h)
{
    h->prev = innermost;
    h->translator = 0;
    innermost = h;
}

void __adac_push_translator(__adac_handler *h, const char *file, int32_t line)
{
    h->prev = innermost;
    h->translator = 1;
    h->file = file;
    h->line = line;
    innermost = h;
}

void __adac_pop_handler(__adac_handler *h)
{
    /* Handlers are strictly nested: popping any but the innermost means the
     * generated code left a handled sequence without popping its handler,
     * and a later raise would jump into a dead frame.  Stop at once. */
    if (h != innermost) {
        fflush(stdout);
        fputs("adac runtime: exception handler stack corrupted\n", stderr);
        abort();
    }
    innermost = h->prev;
}

/* Report the current occurrence as GNAT's last-chance handler does, after
 * finalizing standard output, and end the program. */
static _Noreturn void unhandled(void)
{
    __adac_rt_terminate_line();
    fflush(stdout);
    fputs("\nraised ", stderr);
    fputs(current.id->name, stderr);
    if (current.msg_len > 0) {
        fputs(" : ", stderr);
        fwrite(current.msg, 1, (size_t)current.msg_len, stderr);
    }
    fputc('\n', stderr);
    fflush(stderr);
    exit(1);
}

static void msg_append(const char *s, size_t len);
static void msg_append_location(const char *file, int32_t line);

/* Transfer control to the innermost handler, popping it, or end the program
 * when there is none. */
static _Noreturn void propagate(void)
{
    __adac_handler *h = innermost;

    while (h != NULL && h->translator) {
        /* 7.6.1(17): a Finalize called by Unchecked_Deallocation (of an
         * object with no other part to finalize) propagated an exception:
         * Program_Error instead, at the call */
        static const char reason[] = "finalize/adjust raised exception";
        innermost = h->prev;
        current.id = &__adac_program_error;
        current.file = h->file;
        current.line = h->line;
        current.msg_len = 0;
        msg_append_location(h->file, h->line);
        msg_append(" ", 1);
        msg_append(reason, sizeof reason - 1);
        h = innermost;
    }
    if (h == NULL)
        unhandled();
    innermost = h->prev;
    _longjmp(h->jb, 1);
}

/* Append LEN characters of S to the message of `current`, as far as room
 * remains.  S may point into the message itself. */
static void msg_append(const char *s, size_t len)
{
    size_t room = MSG_MAX - (size_t)current.msg_len;

    if (len > room)
        len = room;
    memmove(current.msg + current.msg_len, s, len);
    current.msg_len += (int32_t)len;
}

/* Append "file:line" to the message of `current`. */
static void msg_append_location(const char *file, int32_t line)
{
    char buf[32];
    int n;

    msg_append(file, strlen(file));
    n = snprintf(buf, sizeof buf, ":%ld", (long)line);
    msg_append(buf, (size_t)n);
}

_Noreturn void __adac_raise(const __adac_exception *id, const char *file,
                            int32_t line, const char *msg, int32_t msg_len)
{
    /* Raise_Exception (Null_Id) raises Constraint_Error (RM 11.4.1(14/2)). */
    if (id == NULL) {
        id = &__adac_constraint_error;
        msg = "null Exception_Id";
        msg_len = -1;
    }

    if (msg != NULL) {
        size_t len = msg_len < 0 ? strlen(msg) : (size_t)msg_len;

        /* Copy first: MSG may be the message of the current occurrence. */
        if (len > MSG_MAX)
            len = MSG_MAX;
        memmove(current.msg, msg, len);
        current.msg_len = (int32_t)len;
    } else {
        current.msg_len = 0;
        if (file != NULL) {
            msg_append_location(file, line);
            if (id == &__adac_constraint_error || id == &__adac_program_error
                || id == &__adac_storage_error)
                msg_append(" explicit raise", 15);
        }
    }
    current.id = id;
    current.file = file;
    current.line = line;
    propagate();
}

_Noreturn void __adac_reraise(void)
{
    /* `raise;` is only legal in a handler, so there is always an occurrence;
     * be defensive all the same. */
    if (current.id == NULL)
        __adac_raise(&__adac_program_error, NULL, 0,
                     "re-raise with no exception being handled", -1);
    propagate();
}

const __adac_exception *__adac_current_exception(void)
{
    return current.id;
}

/* ---- Ada.Exceptions (RM 11.4.1) ------------------------------------------ */

/* A handler's choice parameter: a copy of the occurrence being handled. */
void __adac_save_occurrence(struct occurrence *x)
{
    *x = current;
}

__adac_fat_string ada__exceptions__exception_message(const struct occurrence *x)
{
    return __adac_rt_ss_string(x->msg, 1, x->msg_len);
}

__adac_fat_string ada__exceptions__exception_name(const struct occurrence *x)
{
    const char *n = x->id ? x->id->name : "";
    return __adac_rt_ss_string(n, 1, (int32_t)strlen(n));
}

__adac_fat_string ada__exceptions__exception_name__2(uint64_t id)
{
    const __adac_exception *e = (const __adac_exception *)(uintptr_t)id;
    const char *n = e ? e->name : "";
    return __adac_rt_ss_string(n, 1, (int32_t)strlen(n));
}

uint64_t ada__exceptions__exception_identity(const struct occurrence *x)
{
    return (uint64_t)(uintptr_t)x->id;
}

/* GNAT's first line: "NAME: message", or the name alone */
__adac_fat_string ada__exceptions__exception_information(const struct occurrence *x)
{
    char buf[MSG_MAX + 128];
    const char *n = x->id ? x->id->name : "";
    int len = x->msg_len > 0 ? snprintf(buf, sizeof buf, "%s: %.*s", n, (int)x->msg_len, x->msg)
                             : snprintf(buf, sizeof buf, "%s", n);
    if (len > (int)sizeof buf - 1)
        len = (int)sizeof buf - 1;
    return __adac_rt_ss_string(buf, 1, len);
}

/* 11.4.1(14/2): Null_Id raises Constraint_Error (__adac_raise does) */
_Noreturn void ada__exceptions__raise_exception(uint64_t id, const char *msg, const __adac_bounds *b)
{
    int32_t len = b->last >= b->first ? b->last - b->first + 1 : 0;
    __adac_raise((const __adac_exception *)(uintptr_t)id, NULL, 0, len ? msg : NULL, len);
}

/* 11.4.1(15): the occurrence raised again; Null_Occurrence: nothing */
void ada__exceptions__reraise_occurrence(const struct occurrence *x)
{
    if (x->id == NULL)
        return;
    current = *x;
    propagate();
}

void ada__exceptions__save_occurrence(struct occurrence *target, const struct occurrence *source)
{
    *target = *source;
}

/* ---- Language-defined checks ------------------------------------------- */

/* Raise ID for a failed check at FILE:LINE with GNAT's REASON text, giving
 * the message "file:line reason" (just "reason" when FILE is NULL). */
static _Noreturn void check_failed(const __adac_exception *id,
                                   const char *file, int32_t line,
                                   const char *reason)
{
    char buf[MSG_MAX];
    int n;

    if (file != NULL)
        n = snprintf(buf, sizeof buf, "%s:%ld %s", file, (long)line, reason);
    else
        n = snprintf(buf, sizeof buf, "%s", reason);
    if (n < 0)
        n = 0;
    else if (n >= (int)sizeof buf)
        n = (int)sizeof buf - 1;
    __adac_raise(id, file, line, buf, n);
}

/* The texts are those of GNAT's Rmsg_NN strings in a-except.adb, checked
 * against the output of GNAT 12 programs. */

_Noreturn void __adac_rcheck_CE_Range_Check(const char *file, int32_t line)
{
    check_failed(&__adac_constraint_error, file, line, "range check failed");
}

_Noreturn void __adac_rcheck_CE_Overflow_Check(const char *file, int32_t line)
{
    check_failed(&__adac_constraint_error, file, line,
                 "overflow check failed");
}

_Noreturn void __adac_rcheck_CE_Access_Check(const char *file, int32_t line)
{
    check_failed(&__adac_constraint_error, file, line, "access check failed");
}

_Noreturn void __adac_rcheck_CE_Index_Check(const char *file, int32_t line)
{
    check_failed(&__adac_constraint_error, file, line, "index check failed");
}

_Noreturn void __adac_rcheck_CE_Length_Check(const char *file, int32_t line)
{
    check_failed(&__adac_constraint_error, file, line, "length check failed");
}

_Noreturn void __adac_rcheck_CE_Discriminant_Check(const char *file,
                                                   int32_t line)
{
    check_failed(&__adac_constraint_error, file, line,
                 "discriminant check failed");
}

_Noreturn void __adac_rcheck_CE_Divide_By_Zero(const char *file, int32_t line)
{
    check_failed(&__adac_constraint_error, file, line, "divide by zero");
}

/* A null value where the subtype excludes null.  GNAT reports every such
 * check made at run time (object initialization, assignment, conversion,
 * parameter passing, function result) as an access check; only a literal
 * `null` passed to a `not null` parameter, caught at compile time, gives
 * "null-exclusion check failed". */
_Noreturn void __adac_rcheck_CE_Null_Exclusion(const char *file, int32_t line)
{
    check_failed(&__adac_constraint_error, file, line, "access check failed");
}

_Noreturn void __adac_rcheck_PE_Accessibility_Check(const char *file,
                                                    int32_t line)
{
    check_failed(&__adac_program_error, file, line,
                 "accessibility check failed");
}

/* 3.11(14): a subprogram called before its body is elaborated. */
_Noreturn void __adac_rcheck_PE_Access_Before_Elaboration(const char *file, int32_t line)
{
    check_failed(&__adac_program_error, file, line, "access before elaboration");
}

/* 4.8(10.3/3): the subpool of an allocator must belong to the access
 * type's pool, and must not be null. */
_Noreturn void __adac_rcheck_PE_Foreign_Subpool(const char *file, int32_t line)
{
    check_failed(&__adac_program_error, file, line,
                 "subpool does not belong to the pool of the access type");
}

/* 13.11.4(24/3 - 27/3): a class-wide storage pool that supports subpools,
 * for an access type deeper than the pool, or named by part of a formal
 * parameter or of a dereference of a non-library-level access value. */
_Noreturn void __adac_rcheck_PE_Subpool_Pool(const char *file, int32_t line)
{
    check_failed(&__adac_program_error, file, line,
                 "storage pool with subpools: access type deeper than the pool, or pool named by a formal parameter or dereference");
}

/* 13.11.2(17.1/3): Free of a nonnull value of an access type whose
 * Storage_Size is zero (no object of the type can have been allocated). */
_Noreturn void __adac_rcheck_PE_Free_Zero_Storage_Size(const char *file, int32_t line)
{
    check_failed(&__adac_program_error, file, line,
                 "deallocation of an object of an access type whose Storage_Size is zero");
}

/* 7.6.1(17): a Finalize called by Unchecked_Deallocation propagated an
 * exception (the other finalizations were done). */
_Noreturn void __adac_rcheck_PE_Finalize_Raised(const char *file, int32_t line)
{
    check_failed(&__adac_program_error, file, line, "finalize/adjust raised exception");
}

_Noreturn void __adac_rcheck_CE_Null_Subpool(const char *file, int32_t line)
{
    check_failed(&__adac_constraint_error, file, line, "null subpool handle");
}

/* 4.8(10.2/2): an allocator of an object that needs finalization, once the
 * finalization of its access type's collection has started. */
_Noreturn void __adac_rcheck_PE_Collection_Finalized(const char *file, int32_t line)
{
    check_failed(&__adac_program_error, file, line,
                 "allocation after the finalization of the collection started");
}

_Noreturn void __adac_rcheck_CE_Tag_Check(const char *file, int32_t line)
{
    check_failed(&__adac_constraint_error, file, line, "tag check failed");
}

_Noreturn void __adac_rcheck_PE_Missing_Return(const char *file, int32_t line)
{
    check_failed(&__adac_program_error, file, line, "missing return");
}

/* GNAT has no "storage exhausted" check; its nearest, raised when the size of
 * an object cannot be represented, is SE_Object_Too_Large. */
_Noreturn void __adac_rcheck_SE_Storage_Exhausted(const char *file,
                                                  int32_t line)
{
    check_failed(&__adac_storage_error, file, line, "object too large");
}

/* Is TAG that of the type ANCESTOR or of a descendant of it?  A tag points
 * to a dispatch table whose first word is the parent type's tag. */
bool __adac_tag_in_class(const void *tag, const void *ancestor)
{
    while (tag) {
        if (tag == ancestor)
            return true;
        tag = *(const void *const *)tag;
    }
    return false;
}
