/*
 * adart_internal.h: declarations shared between the files of the runtime.
 *
 * None of this is part of the ABI with generated code (that is adart.h): these
 * are the few services one runtime file needs from another, such as the column
 * kept by the Text_IO subset, which Report and the last-chance handler must
 * honour.  The names stay under the reserved "__adac_rt_" prefix so they can
 * never collide with the external name of an Ada entity.
 */
#ifndef ADART_INTERNAL_H
#define ADART_INTERNAL_H

#include "adart.h"

/* ---- start.c ----------------------------------------------------------- */

/* The command line given to __adac_init, for Ada.Command_Line. */
extern int __adac_rt_argc;
extern char **__adac_rt_argv;
/* The status Ada.Command_Line.Set_Exit_Status asked for (0 by default). */
int32_t __adac_rt_exit_status(void);

/* ---- textio.c ---------------------------------------------------------- */

/* Ada.Text_IO.Set_Col (Standard_Output, TO): a new line first if the current
 * column is already past TO, then blanks up to column TO. */
void __adac_rt_set_col(int64_t to);
/* Write LEN characters of S to standard output, advancing the column. */
void __adac_rt_put(const char *s, size_t len);
/* End the current line of standard output unless it is empty, as GNAT does
 * when it finalizes Text_IO at program end (normal or by an exception). */
void __adac_rt_terminate_line(void);

/* ---- alloc.c ----------------------------------------------------------- */

/* A String result with bounds FIRST .. LAST and the characters at DATA (its
 * length is LAST - FIRST + 1, or 0 if LAST < FIRST), copied to one block of
 * the secondary stack: the bounds, then the characters. */
__adac_fat_string __adac_rt_ss_string(const char *data, int32_t first,
                                      int32_t last);
/* The default pool's allocation without the raise: NULL when the memory
 * cannot be had (__adac_alloc raises Storage_Error then). */
void *__adac_rt_builtin_alloc(size_t size, size_t align);

/* ---- pool.c ------------------------------------------------------------ */

/* The source position of the allocator or deallocation the installed pool
 * is serving (adac_pool_site): set by __adac_pool_alloc/__adac_pool_free
 * for the length of the pool's call, NULL otherwise. */
extern const char *__adac_rt_pool_file;
extern int32_t __adac_rt_pool_line;

#endif
