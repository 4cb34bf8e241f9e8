/* ctx.c: preparing a fresh goroutine context for the assembly switch, and
 * the portable ucontext fallback (-DRT_CTX_UCONTEXT), which costs a system
 * call per switch but runs anywhere. */
#include "rt/rt_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef RT_CTX_UCONTEXT

void rt_ctx_make(rt_ctx *c, char *lo, size_t size, void (*entry)(void))
{
    memset(c, 0, sizeof *c);
    if (getcontext(&c->uc) != 0)
        abort();
    c->uc.uc_stack.ss_sp = lo;
    c->uc.uc_stack.ss_size = size;
    c->uc.uc_link = NULL;
    makecontext(&c->uc, entry, 0);
}

void rt_ctx_switch(rt_ctx *from, rt_ctx *to)
{
    if (swapcontext(&from->uc, &to->uc) != 0)
        abort();
}

#elif defined(__x86_64__)

/* Frame popped by rt_ctx_swap, lowest address first. */
void rt_ctx_make(rt_ctx *c, char *lo, size_t size, void (*entry)(void))
{
    uintptr_t top = ((uintptr_t)lo + size) & ~(uintptr_t)15;
    uint64_t *sp = (uint64_t *)top;
    *--sp = 0;                        /* fake return address of entry */
    *--sp = (uint64_t)(uintptr_t)entry; /* popped and jumped to */
    for (int i = 0; i < 6; i++)
        *--sp = 0;                    /* rbp rbx r12 r13 r14 r15 */
    *--sp = 0x037F00001F80ull;        /* x87 control word : MXCSR defaults */
    c->sp = sp;
}

#elif defined(__aarch64__)

void rt_ctx_make(rt_ctx *c, char *lo, size_t size, void (*entry)(void))
{
    uintptr_t top = ((uintptr_t)lo + size) & ~(uintptr_t)15;
    uint64_t *sp = (uint64_t *)(top - 176);
    memset(sp, 0, 176);
    sp[11] = (uint64_t)(uintptr_t)entry; /* x30: where ret goes */
    c->sp = sp;
}

#endif
