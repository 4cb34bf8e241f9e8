/* tap.h: the tiny Test Anything Protocol harness every unit test program
 * uses. Each check prints "ok N - name" or "not ok N - name"; tap_done()
 * prints the plan and returns the exit status, so prove can read the run. */
#ifndef CONCLAB_TAP_H
#define CONCLAB_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_count;  /* checks run so far */
static int tap_failed; /* checks that failed */

/* Records one check; prints its result and, when it failed, where. */
static inline int tap_check(int passed, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static inline int tap_check(int passed, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    tap_count++;
    if (!passed)
        tap_failed++;
    printf("%sok %d - ", passed ? "" : "not ", tap_count);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    if (!passed)
        printf("#   failed at %s:%d\n", file, line);
    fflush(stdout);
    return passed;
}

#define ok(cond, ...) tap_check(!!(cond), __FILE__, __LINE__, __VA_ARGS__)

#define is_int(got, want, ...)                                                          \
    do {                                                                                \
        long long tap_g_ = (long long)(got), tap_w_ = (long long)(want);                \
        if (!tap_check(tap_g_ == tap_w_, __FILE__, __LINE__, __VA_ARGS__))               \
            printf("#   got %lld, want %lld\n", tap_g_, tap_w_);                        \
    } while (0)

#define is_str(got, want, ...)                                                          \
    do {                                                                                \
        const char *tap_g_ = (got), *tap_w_ = (want);                                   \
        int tap_same_ = tap_g_ && tap_w_ ? strcmp(tap_g_, tap_w_) == 0 : tap_g_ == tap_w_; \
        if (!tap_check(tap_same_, __FILE__, __LINE__, __VA_ARGS__))                      \
            printf("#   got  \"%s\"\n#   want \"%s\"\n", tap_g_ ? tap_g_ : "(null)",    \
                   tap_w_ ? tap_w_ : "(null)");                                         \
    } while (0)

/* Prints a diagnostic line that prove shows with -v. */
#define diag(...) (printf("# "), printf(__VA_ARGS__), printf("\n"))

/* Prints the plan; returns the process exit status (0 when all passed). */
static inline int tap_done(void)
{
    printf("1..%d\n", tap_count);
    return tap_failed ? 1 : 0;
}

#endif
