/* Leaving native code early: a runtime function called from compiled code (an allocation
 * that cannot be made) jumps back to the call's entry instead of returning into code that
 * would write through a null or undersized buffer. Rust has no setjmp, hence this file.
 *
 * Between kiln_call_guarded and kiln_trap there are only frames of compiled code (no
 * destructors) and of Rust runtime functions that hold nothing to drop when they trap. */
#include <setjmp.h>
#include <stdlib.h>

static _Thread_local jmp_buf *kiln_env;

/* Calls f(args); returns 0 when it returned, 1 when it trapped. */
int kiln_call_guarded(void (*f)(void **), void **args) {
    jmp_buf env;
    jmp_buf *volatile prev = kiln_env;
    kiln_env = &env;
    if (setjmp(env) != 0) {
        kiln_env = prev;
        return 1;
    }
    f(args);
    kiln_env = prev;
    return 0;
}

/* Unwinds to the innermost kiln_call_guarded of this thread; outside one there is nothing
 * safe to return to. */
void kiln_trap(void) {
    if (kiln_env != NULL) {
        longjmp(*kiln_env, 1);
    }
    abort();
}
