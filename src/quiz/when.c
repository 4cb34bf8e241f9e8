/* when.c: the clock (real, or fixed by CONCLAB_NOW for tests), ISO 8601
 * times in UTC, local day starts, and human words for waits. */
#include "quiz/when.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Days from 1970-01-01 to the civil date y-m-d (proleptic Gregorian). */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

int when_parse_iso(const char *text, int64_t *out)
{
    int y, mo, d, h, mi, s = 0, n = 0;
    char sep;
    if (!text)
        return -1;
    if (sscanf(text, "%4d-%2d-%2d%c%2d:%2d:%2d%n", &y, &mo, &d, &sep, &h, &mi, &s, &n) != 7) {
        s = 0;
        if (sscanf(text, "%4d-%2d-%2d%c%2d:%2d%n", &y, &mo, &d, &sep, &h, &mi, &n) != 6)
            return -1;
    }
    if ((sep != 'T' && sep != ' ') || strcmp(text + n, "Z") != 0)
        return -1;
    if (y < 1970 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 ||
        s > 60 || h < 0 || mi < 0 || s < 0)
        return -1;
    *out = days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s;
    return 0;
}

void when_format_iso(int64_t t, char *buf)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm)) {
        snprintf(buf, WHEN_ISO_LEN, "1970-01-01T00:00:00Z");
        return;
    }
    if (strftime(buf, WHEN_ISO_LEN, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
        snprintf(buf, WHEN_ISO_LEN, "9999-12-31T23:59:59Z");
}

int when_now(int64_t *now)
{
    const char *fixed = getenv("CONCLAB_NOW");
    *now = (int64_t)time(NULL);
    if (!fixed || !*fixed)
        return 0;
    return when_parse_iso(fixed, now);
}

int64_t when_clock(void)
{
    int64_t now;
    when_now(&now);
    return now;
}

int64_t when_day_start(int64_t t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (!localtime_r(&tt, &tm))
        return t - t % 86400;
    tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
    tm.tm_isdst = -1;
    time_t start = mktime(&tm);
    return start == (time_t)-1 ? t - t % 86400 : (int64_t)start;
}

/* "N unit" or "N units", as words for a count. */
static void amount(char *buf, size_t len, const char *pre, double n, const char *unit,
                   const char *post)
{
    if (fabs(n - round(n)) < 0.05)
        snprintf(buf, len, "%s%.0f %s%s%s", pre, round(n), unit, round(n) == 1 ? "" : "s", post);
    else
        snprintf(buf, len, "%s%.1f %ss%s", pre, n, unit, post);
}

void when_describe(int64_t seconds, char *buf, size_t len)
{
    int ago = seconds < 0;
    double s = fabs((double)seconds);
    const char *pre = ago ? "" : "in ", *post = ago ? " ago" : "";
    if (s < 30)
        snprintf(buf, len, "now");
    else if (s < 3600)
        amount(buf, len, pre, round(s / 60), "minute", post);
    else if (s < 86400)
        amount(buf, len, pre, round(s / 3600), "hour", post);
    else if (!ago && s < 2 * 86400 && fmod(s, 86400) == 0)
        snprintf(buf, len, "tomorrow");
    else if (s < 60 * 86400)
        amount(buf, len, pre, round(s / 86400), "day", post);
    else if (s < 365 * 86400)
        amount(buf, len, pre, round(s / (30.44 * 86400)), "month", post);
    else
        amount(buf, len, pre, round(s / (365.25 * 86400) * 10) / 10, "year", post);
}
