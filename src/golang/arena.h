/* arena.h: the Go front end's memory: a bump allocator whose blocks are
 * freed all at once, and the one way the front end gives up when memory
 * runs out (a longjmp back to the compile entry point, like Lua's
 * luaD_throw), so that no stage has to test every allocation. */
#ifndef CONCLAB_GOLANG_ARENA_H
#define CONCLAB_GOLANG_ARENA_H

#include <setjmp.h>
#include <stddef.h>

typedef struct arena_block arena_block;

/* An arena. Zero-initialise it and set oom before the first allocation. */
typedef struct arena {
    arena_block *head; /* the block being filled, then older ones */
    char *next;        /* next free byte in head */
    char *end;         /* end of head */
    size_t total;      /* bytes obtained from malloc so far */
    size_t limit;      /* most bytes it may obtain (0: no limit) */
    jmp_buf *oom;      /* where to jump when malloc fails or the limit is
                          reached; NULL aborts the process */
} arena;

/* Returns n zeroed bytes aligned to 16, owned by a. Never returns NULL: on
 * failure it longjmps to *a->oom (with value 1). Does not block. */
void *arena_alloc(arena *a, size_t n);

/* Returns a NUL-terminated copy of the n bytes at s, owned by a. */
char *arena_strndup(arena *a, const char *s, size_t n);

/* Returns a copy of the formatted text, owned by a. */
char *arena_printf(arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Grows an arena-owned array: returns a copy of the n elements of size sz
 * at old with room for cap elements (the old copy is left in the arena). */
void *arena_grow(arena *a, const void *old, size_t n, size_t cap, size_t sz);

/* Frees every block; a is zeroed and may be reused (oom is kept). */
void arena_free(arena *a);

/* A growable array of pointers in an arena (syntax lists, scopes). */
typedef struct ptrvec {
    void **v;   /* the elements */
    int n;      /* how many */
    int cap;    /* room */
} ptrvec;

/* Appends p to *pv, growing it in a. */
void ptrvec_push(arena *a, ptrvec *pv, void *p);

#endif
