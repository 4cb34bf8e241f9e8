/* when.h: the quiz's clock and its words for time: the current time (which
 * tests set with CONCLAB_NOW), ISO 8601 UTC times, local day boundaries and
 * "in 10 minutes" / "in 4 days". */
#ifndef CONCLAB_WHEN_H
#define CONCLAB_WHEN_H

#include <stddef.h>
#include <stdint.h>

/* Buffer size for when_format_iso: "2026-11-29T10:00:00Z" and the NUL. */
#define WHEN_ISO_LEN 21

/* Parses "YYYY-MM-DDTHH:MM:SSZ" (also without seconds, or with a space for
 * the T) into Unix seconds. Returns 0, or -1 when text is not such a time. */
int when_parse_iso(const char *text, int64_t *out);

/* Writes t as "YYYY-MM-DDTHH:MM:SSZ" into buf (WHEN_ISO_LEN bytes). */
void when_format_iso(int64_t t, char *buf);

/* The current time: $CONCLAB_NOW when set, else the system clock. Returns 0,
 * or -1 when CONCLAB_NOW is set but not an ISO time (*now is then the
 * system clock). Does not block. */
int when_now(int64_t *now);

/* The current time as when_now, with the system clock on a bad CONCLAB_NOW. */
int64_t when_clock(void);

/* The start of the local calendar day holding t (TZ applies). */
int64_t when_day_start(int64_t t);

/* Words for a wait of seconds from now: "now", "in 1 minute",
 * "in 10 minutes", "in 3 hours", "tomorrow", "in 4 days", "in 2 months",
 * "in 1.5 years"; negative waits read "3 days ago"-style ("overdue" words
 * are the caller's). Writes into buf. */
void when_describe(int64_t seconds, char *buf, size_t len);

#endif
