/*
 * cmdline.c: Ada.Command_Line (RM A.15), the part programs use: the number
 * of arguments, each argument, the command name, and the exit status.
 * Strings are returned on the secondary stack, as every String result is.
 */
#include <string.h>

#include "adart.h"
#include "adart_internal.h"

static int exit_status;

int32_t ada__command_line__argument_count(void)
{
    return __adac_rt_argc > 0 ? __adac_rt_argc - 1 : 0;
}

__adac_fat_string ada__command_line__argument(int32_t number)
{
    /* A.15(14): Constraint_Error when Number is outside 1 .. Argument_Count */
    if (number < 1 || number > ada__command_line__argument_count())
        __adac_raise(&__adac_constraint_error, NULL, 0, "Ada.Command_Line.Argument: index out of range", -1);
    const char *a = __adac_rt_argv[number];
    return __adac_rt_ss_string(a, 1, (int32_t)strlen(a));
}

__adac_fat_string ada__command_line__command_name(void)
{
    const char *a = __adac_rt_argc > 0 ? __adac_rt_argv[0] : "";
    return __adac_rt_ss_string(a, 1, (int32_t)strlen(a));
}

void ada__command_line__set_exit_status(int32_t code)
{
    exit_status = code;
}

int32_t __adac_rt_exit_status(void)
{
    return exit_status;
}
