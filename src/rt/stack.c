/* stack.c: goroutine stacks, pooled and reused. Each block holds a stack
 * with the goroutine's struct at its top. Guard mode maps every block on its
 * own with a PROT_NONE page below (an overflow faults, and the SIGSEGV
 * handler ends the run naming the goroutine); arena mode carves blocks from large shared
 * mappings with a canary at each stack's low end, checked at every switch,
 * so a million goroutines fit under vm.max_map_count. */
#include "rt/rt_int.h"

#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define RT_HAVE_VALGRIND 1
#endif
#endif

#ifdef RT_ASAN
#include <sanitizer/asan_interface.h>
#endif

#define AUTO_GUARD_MAX 16384         /* guard stacks before AUTO uses arenas */
#define GSZ ((sizeof(rt_g) + 63) & ~(size_t)63) /* rt_g rounded */

static size_t round_up(size_t n, size_t to)
{
    return (n + to - 1) / to * to;
}

/* Bytes of one arena block (stack, canary and goroutine struct): a
 * multiple of 64 (cache lines), with at least 512 bytes for the stack. */
static size_t arena_block(const rt *r)
{
    size_t bsz = round_up(r->cfg.stack_size, 64);
    return bsz < GSZ + 512 ? round_up(GSZ + 512, 64) : bsz;
}

/* Bytes of one arena chunk: at least 256 blocks or 32 MiB (several huge
 * pages). */
static size_t arena_chunk(const rt *r)
{
    size_t b = arena_block(r) * 256;
    return round_up(b > (32u << 20) ? b : (32u << 20), r->page);
}

/* Sets up the goroutine struct at the top of a fresh block [base, base+n). */
static rt_g *block_init(char *base, size_t n, int kind)
{
    rt_g *g = (rt_g *)(base + n - GSZ);
    memset(g, 0, sizeof *g);
    g->lo = base;
    g->size = n - GSZ;
    g->kind = kind;
    if (kind == STK_ARENA) {
        memcpy(base, &(uint64_t){RT_CANARY}, 8);
        g->lo += 16;
        g->size -= 16;
    }
#ifdef RT_HAVE_VALGRIND
    g->vg_id = VALGRIND_STACK_REGISTER(g->lo, g->lo + g->size);
#endif
    return g;
}

/* --- the process-wide cache of guard blocks ---------------------------------- */
/* Blocks of finished runs wait here for the next run of the process (the
 * explorer and the seed loops run thousands), sparing it an mmap, an
 * mprotect and a munmap per goroutine, and the page faults of fresh pages.
 * Bounded; rt_release_cache (also run at exit) unmaps them. */

#define CACHE_MAX 1024 /* blocks kept at most */

static struct {
    rt_g *head;        /* cached blocks, linked by pnext */
    size_t count;      /* how many */
    bool atexit_set;   /* rt_release_cache is registered with atexit */
    char lock;         /* spin lock: runs may live on several threads */
} cache;

static void cache_lock(void)
{
    while (__atomic_test_and_set(&cache.lock, __ATOMIC_ACQUIRE))
        ;
}

static void cache_unlock(void)
{
    __atomic_clear(&cache.lock, __ATOMIC_RELEASE);
}

/* Takes a cached block of n bytes (stack and struct), or NULL. */
static rt_g *cache_take(size_t n)
{
    rt_g *g = NULL;
    cache_lock();
    for (rt_g **p = &cache.head; *p; p = &(*p)->pnext)
        if ((*p)->size + GSZ == n) {
            g = *p;
            *p = g->pnext;
            cache.count--;
            break;
        }
    cache_unlock();
    return g;
}

/* Keeps g's block for a later run; false when the cache is full. */
static bool cache_keep(rt_g *g)
{
    bool kept = false;
    cache_lock();
    if (cache.count < CACHE_MAX) {
        if (!cache.atexit_set)
            cache.atexit_set = atexit(rt_release_cache) == 0;
        g->pnext = cache.head;
        cache.head = g;
        cache.count++;
        kept = true;
    }
    cache_unlock();
    return kept;
}

/* Unmaps a guard-page block. */
static void guard_unmap(rt_g *g)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
#ifdef RT_HAVE_VALGRIND
    VALGRIND_STACK_DEREGISTER(g->vg_id);
#endif
    stack_unpoison(g);
    munmap(g->lo - page, g->size + GSZ + page);
}

void rt_release_cache(void)
{
    cache_lock();
    rt_g *g = cache.head;
    cache.head = NULL;
    cache.count = 0;
    cache_unlock();
    for (rt_g *n; g; g = n) {
        n = g->pnext;
        guard_unmap(g);
    }
}

/* Maps a guard-page block of `size` stack bytes, or takes one from the
 * cache; NULL when the kernel refuses. */
static rt_g *guard_new(rt *r, size_t size, int kind)
{
    size_t n = round_up(size + GSZ, r->page);
    rt_g *g = cache_take(n);
    if (g) {
        unsigned vg = g->vg_id;
        memset(g, 0, sizeof *g);
        g->lo = (char *)g + GSZ - n;
        g->size = n - GSZ;
        g->kind = kind;
        g->vg_id = vg;
        return g;
    }
    char *m = mmap(NULL, n + r->page, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED)
        return NULL;
    if (mprotect(m, r->page, PROT_NONE) != 0) {
        munmap(m, n + r->page);
        return NULL;
    }
    return block_init(m + r->page, n, kind);
}

/* Carves an arena block, mapping a new chunk when the current one is
 * used up; NULL when out of memory. */
static rt_g *arena_new(rt *r)
{
    size_t bsz = arena_block(r);
    if (r->arena_next == NULL || r->arena_next + bsz > r->arena_end) {
        size_t chunk = arena_chunk(r);
        if (r->narenas == r->arenacap) {
            size_t nc = r->arenacap ? r->arenacap * 2 : 16;
            void **na = realloc(r->arenas, nc * sizeof *na);
            if (!na)
                return NULL;
            r->arenas = na;
            r->arenacap = nc;
        }
        char *m = mmap(NULL, chunk, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (m == MAP_FAILED)
            return NULL;
#ifdef MADV_HUGEPAGE
        /* blocks of a page or less are dense and all touched: huge pages
         * spare a page fault per few goroutines (a hint; ignored where
         * unsupported). Larger blocks are touched only at their top, and a
         * huge page would make all of them resident. */
        if (bsz <= r->page)
            madvise(m, chunk, MADV_HUGEPAGE);
#endif
        r->arenas[r->narenas++] = m;
        r->arena_next = m;
        r->arena_end = m + chunk;
    }
    char *b = r->arena_next;
    r->arena_next += bsz;
    return block_init(b, bsz, STK_ARENA);
}

/* Returns a goroutine block (struct zeroed except its stack fields), from
 * a pool when one is free; NULL when out of memory. Does not block. */
rt_g *stack_get(rt *r)
{
    bool arena = r->cfg.stack_mode == RT_STACK_ARENA ||
                 (r->cfg.stack_mode == RT_STACK_AUTO && r->pool_guard.live >= AUTO_GUARD_MAX);
    rt_pool *p = arena ? &r->pool_arena : &r->pool_guard;
    rt_g *g = p->free;
    if (g) {
        p->free = g->pnext;
        char *lo = g->lo;
        size_t size = g->size;
        int kind = g->kind;
        unsigned vg = g->vg_id;
        memset(g, 0, sizeof *g);
        g->lo = lo;
        g->size = size;
        g->kind = kind;
        g->vg_id = vg;
    } else {
        g = arena ? arena_new(r) : guard_new(r, r->cfg.stack_size, STK_GUARD);
        if (!g)
            return NULL;
    }
    p->live++;
    return g;
}

/* Maps the main goroutine's block: a guard page and at least
 * RT_DEFAULT_STACK bytes whatever the configured size, since main does the
 * printing and the setting up. NULL when out of memory. */
rt_g *stack_get_main(rt *r)
{
    size_t size = r->cfg.stack_size > RT_DEFAULT_STACK ? r->cfg.stack_size : RT_DEFAULT_STACK;
    return guard_new(r, size, STK_MAIN);
}

/* Gives a guard block back for good: to the cache, or unmapped. */
static void guard_release(rt_g *g)
{
    stack_unpoison(g);
    if (!cache_keep(g))
        guard_unmap(g);
}

/* Gives a block back to its pool (the main goroutine's is unmapped). The
 * caller may still be running on a pooled block until its next switch
 * (nothing reuses it before then). */
void stack_put(rt *r, rt_g *g)
{
    if (g->kind == STK_MAIN) {
        guard_release(g);
        return;
    }
    rt_pool *p = g->kind == STK_ARENA ? &r->pool_arena : &r->pool_guard;
    p->live--;
    g->state = 0;
    g->pnext = p->free;
    p->free = g;
}

/* Clears ASan's poison left by frames of a goroutine that will never run
 * again (its stack is reused or unmapped). */
void stack_unpoison(rt_g *g)
{
#ifdef RT_ASAN
    ASAN_UNPOISON_MEMORY_REGION(g->lo, g->size);
#else
    (void)g;
#endif
}


/* Unmaps every block of the run: live ones (discarded goroutines) and
 * pooled ones. The caller has returned live blocks to the pools first. */
void stack_free_all(rt *r)
{
    for (rt_g *g = r->pool_guard.free, *n; g; g = n) {
        n = g->pnext;
        guard_release(g);
    }
    r->pool_guard.free = NULL;
#ifdef RT_HAVE_VALGRIND
    for (rt_g *g = r->pool_arena.free; g; g = g->pnext)
        VALGRIND_STACK_DEREGISTER(g->vg_id);
#endif
    for (rt_g *g = r->pool_arena.free; g; g = g->pnext)
        stack_unpoison(g);
    r->pool_arena.free = NULL;
    for (size_t i = 0; i < r->narenas; i++)
        munmap(r->arenas[i], arena_chunk(r));
    free(r->arenas);
    r->arenas = NULL;
    r->narenas = r->arenacap = 0;
    r->arena_next = r->arena_end = NULL;
}

#ifndef RT_ASAN
static struct sigaction old_segv; /* the action before ours */
static bool segv_installed;       /* ours is in place */

/* The interrupted code's stack pointer from the handler's context, or 0
 * where this file does not know the machine's register layout. */
static uintptr_t fault_sp(const void *uctx)
{
    const ucontext_t *uc = uctx;
#if defined(__x86_64__)
    return (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
#elif defined(__aarch64__)
    return (uintptr_t)uc->uc_mcontext.sp;
#else
    (void)uc;
    return 0;
#endif
}

/* True when address a is in g's guard page (arena stacks have none). */
static bool in_guard(const rt *r, const rt_g *g, uintptr_t a)
{
    uintptr_t lo = (uintptr_t)g->lo;
    return g->kind != STK_ARENA && a >= lo - r->page && a < lo;
}

/* The goroutine of run r that overflowed into its guard page at fault
 * address a with stack pointer sp, or NULL when the fault is something
 * else. The running goroutine is tried first, then every live one: while
 * sched_switch_to finishes a switch (its trace call, rt_ctx_swap's pushes)
 * r->cur already names the next goroutine, or NULL when the run is ending,
 * yet the code still runs on the old one's stack. The stack pointer (when
 * known) must lie in the same block, so that the host, or a stray pointer
 * into another goroutine's guard page, is never taken for an overflow;
 * where it is not known, only the running goroutine counts. A goroutine
 * exiting (already off the live list) is not found: it is at the top of
 * its stack, where it cannot overflow unless the stack is tiny. */
static rt_g *segv_owner(const rt *r, uintptr_t a, uintptr_t sp)
{
    rt_g *g = r->cur && in_guard(r, r->cur, a) ? r->cur : NULL;
    if (!g && sp)
        for (rt_g *l = r->all_head; l && !g; l = l->anext)
            if (in_guard(r, l, a))
                g = l;
    if (!g)
        return NULL;
    if (!sp)
        return g;
    uintptr_t lo = (uintptr_t)g->lo;
    return sp >= lo - r->page && sp <= lo + g->size ? g : NULL;
}

/* SIGSEGV on the alternate stack. A fault in a goroutine's guard page is
 * a stack overflow: it ends the run as a broken arena canary does
 * (sched_switch_to): r->overflowed names the goroutine and rt_run writes
 * "fatal error: stack overflow" on the host's stack, which the handler
 * switches to; the goroutine is never resumed and rt_run returns its block to the pool like
 * any other (its guard page untouched, still PROT_NONE). Any other fault
 * goes to the old action, and ours is installed again at the next run.
 *
 * Leaving a handler by a switch rather than by returning (libsigsegv's
 * stack overflow recovery does the same with longjmp):
 * - the signal mask: the kernel blocked SIGSEGV for the handler and only
 *   sigreturn would unblock it, so the mask of the interrupted code
 *   (uc_sigmask) is set back first, or the next overflow, in this run's
 *   successor, would kill the process. The ucontext switch also sets the
 *   host's saved mask, the same one.
 * - the alternate stack: Linux takes "on the alternate stack" from the
 *   stack pointer (on_sig_stack), not from a flag, and we do not ask for
 *   SS_AUTODISARM; once on the host's stack, the next signal starts at the
 *   alternate stack's top again. This handler's frame there is abandoned.
 * - r->cur is already NULL when a goroutine faults on its last switch to
 *   the host (sched_end): the verdict is set, so it only finishes that
 *   switch. A fault of the host itself is never in a goroutine's block.
 * - state: the goroutine stops where it faulted. The usual overflow is a
 *   demo's own recursion; one deep inside malloc or stdio could leave
 *   their state half updated, which no handler can repair. */
static void segv_handler(int sig, siginfo_t *si, void *uctx)
{
    rt *r = rt_cur_rt;
    rt_g *g = r ? segv_owner(r, (uintptr_t)si->si_addr, fault_sp(uctx)) : NULL;
    if (!g) {
        sigaction(sig, &old_segv, NULL); /* the fault recurs under it */
        segv_installed = false;
        return;
    }
    if (!r->ended) {
        r->overflowed = g;
        if (r->verdict == RT_NOT_RUN)
            r->verdict = RT_PANIC;
        r->ended = true;
    }
    r->cur = NULL;
    pthread_sigmask(SIG_SETMASK, &((const ucontext_t *)uctx)->uc_sigmask, NULL);
    rt_ctx here; /* saved and never resumed */
    rt_ctx_switch(&here, &r->host);
    abort(); /* not reached: the host never switches back here */
}
#endif

/* Installs the stack overflow handler (once per process) with an alternate
 * signal stack for the calling thread. Not under ASan, which reports
 * overflows itself. */
void stack_guard_handler(void)
{
#ifndef RT_ASAN
    static _Thread_local char *altstack;
    if (!altstack) {
        size_t n = 64 * 1024;
        altstack = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (altstack == MAP_FAILED) {
            altstack = NULL;
            return;
        }
        stack_t ss = {.ss_sp = altstack, .ss_size = n, .ss_flags = 0};
        sigaltstack(&ss, NULL);
    }
    if (!segv_installed) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = segv_handler;
        sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&sa.sa_mask);
        if (sigaction(SIGSEGV, &sa, &old_segv) == 0)
            segv_installed = true;
    }
#endif
}
