/* arena.c: the front end's bump allocator (see arena.h): blocks of 64 KiB
 * or more, carved front to back, freed together when a compile ends. */
#include "golang/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
    arena_block *prev; /* the block filled before this one */
    size_t size;       /* usable bytes after this header */
};

#define ARENA_BLOCK (64 * 1024)
#define ARENA_ALIGN 16

static _Noreturn void arena_fail(arena *a)
{
    if (a->oom)
        longjmp(*a->oom, 1);
    fputs("conclab: out of memory\n", stderr);
    abort();
}

void *arena_alloc(arena *a, size_t n)
{
    n = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (n == 0)
        n = ARENA_ALIGN;
    if ((size_t)(a->end - a->next) < n) {
        if (n > SIZE_MAX / 2)
            arena_fail(a);
        size_t size = n > ARENA_BLOCK / 2 ? n : ARENA_BLOCK;
        size_t hdr = (sizeof(arena_block) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
        if (a->limit && a->total + size + hdr > a->limit)
            arena_fail(a);
        arena_block *b = malloc(hdr + size);
        if (!b)
            arena_fail(a);
        a->total += hdr + size;
        b->size = size;
        char *start = (char *)b + hdr;
        if (size == n && a->head) {
            /* a large allocation gets a block of its own behind head, so
             * the free room in head stays usable */
            b->prev = a->head->prev;
            a->head->prev = b;
            memset(start, 0, n);
            return start;
        }
        b->prev = a->head;
        a->head = b;
        a->next = start;
        a->end = start + size;
    }
    void *p = a->next;
    a->next += n;
    memset(p, 0, n);
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (n)
        memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_printf(arena *a, const char *fmt, ...)
{
    va_list ap;
    char small[256];
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    char *p = arena_alloc(a, (size_t)n + 1);
    if ((size_t)n < sizeof small) {
        memcpy(p, small, (size_t)n + 1);
    } else {
        va_start(ap, fmt);
        vsnprintf(p, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    return p;
}

void *arena_grow(arena *a, const void *old, size_t n, size_t cap, size_t sz)
{
    if (cap && sz > SIZE_MAX / cap)
        arena_fail(a);
    void *p = arena_alloc(a, cap * sz);
    if (n)
        memcpy(p, old, n * sz);
    return p;
}

void arena_free(arena *a)
{
    arena_block *b = a->head;
    while (b) {
        arena_block *prev = b->prev;
        free(b);
        b = prev;
    }
    jmp_buf *oom = a->oom;
    size_t limit = a->limit;
    memset(a, 0, sizeof *a);
    a->oom = oom;
    a->limit = limit;
}

void ptrvec_push(arena *a, ptrvec *pv, void *p)
{
    if (pv->n == pv->cap) {
        int cap = pv->cap ? pv->cap * 2 : 4;
        pv->v = arena_grow(a, pv->v, (size_t)pv->n, (size_t)cap, sizeof(void *));
        pv->cap = cap;
    }
    pv->v[pv->n++] = p;
}
