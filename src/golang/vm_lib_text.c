/* vm_lib_text.c: the library's text and ordering functions in C:
 * strings (searching, splitting, joining, trimming, case, Builder),
 * strconv (Itoa, Atoi, FormatInt, ParseInt, Quote) and sort (Ints,
 * Strings, Float64s, Slice, SliceStable, SearchInts), with Go's results
 * and error messages. */
#include "golang/vm.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define STR(i) (*(vm_string *)&a[(i)])
#define SLICE(i) (*(vm_slice *)&a[(i)])

static int64_t index_of(vm_string s, vm_string sub)
{
    if (sub.len == 0)
        return 0;
    for (int64_t i = 0; i + sub.len <= s.len; i++)
        if (memcmp(s.p + i, sub.p, (size_t)sub.len) == 0)
            return i;
    return -1;
}

static void strings_Contains(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = index_of(STR(0), STR(2)) >= 0;
}

static void strings_Index(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = index_of(STR(0), STR(2));
}

static void strings_HasPrefix(vm_thread *t, slot *a)
{
    (void)t;
    vm_string s = STR(0), p = STR(2);
    a[0].i = p.len == 0 || (p.len <= s.len && memcmp(s.p, p.p, (size_t)p.len) == 0);
}

static void strings_HasSuffix(vm_thread *t, slot *a)
{
    (void)t;
    vm_string s = STR(0), p = STR(2);
    a[0].i = p.len == 0 || (p.len <= s.len && memcmp(s.p + s.len - p.len, p.p, (size_t)p.len) == 0);
}

static void strings_Count(vm_thread *t, slot *a)
{
    (void)t;
    vm_string s = STR(0), sub = STR(2);
    if (sub.len == 0) {
        int64_t runes = 0;
        for (int64_t i = 0; i < s.len;) {
            int w;
            vm_utf8_decode(s.p + i, s.len - i, &w);
            i += w;
            runes++;
        }
        a[0].i = runes + 1;
        return;
    }
    int64_t n = 0;
    for (int64_t i = 0; i + sub.len <= s.len;) {
        if (memcmp(s.p + i, sub.p, (size_t)sub.len) == 0) {
            n++;
            i += sub.len;
        } else {
            i++;
        }
    }
    a[0].i = n;
}

/* A []string of n elements. */
static vm_slice new_strings(vm_thread *t, int64_t n)
{
    vm_slice s;
    s.p = vm_alloc(t, sizeof(vm_string) * (size_t)(n + 1));
    s.len = s.cap = n;
    return s;
}

static void strings_Split(vm_thread *t, slot *a)
{
    vm_string s = STR(0), sep = STR(2);
    int64_t n = 1;
    if (sep.len == 0) {
        /* one string per UTF-8 sequence */
        vm_slice out = new_strings(t, s.len);
        int64_t k = 0;
        for (int64_t i = 0; i < s.len;) {
            int w;
            vm_utf8_decode(s.p + i, s.len - i, &w);
            ((vm_string *)out.p)[k++] = (vm_string){s.p + i, w};
            i += w;
        }
        out.len = out.cap = k;
        SLICE(0) = out;
        return;
    }
    for (int64_t i = 0; i + sep.len <= s.len;) {
        if (memcmp(s.p + i, sep.p, (size_t)sep.len) == 0) {
            n++;
            i += sep.len;
        } else {
            i++;
        }
    }
    vm_slice out = new_strings(t, n);
    int64_t k = 0, start = 0;
    for (int64_t i = 0; i + sep.len <= s.len;) {
        if (memcmp(s.p + i, sep.p, (size_t)sep.len) == 0) {
            ((vm_string *)out.p)[k++] = (vm_string){s.p + start, i - start};
            i += sep.len;
            start = i;
        } else {
            i++;
        }
    }
    ((vm_string *)out.p)[k] = (vm_string){s.p + start, s.len - start};
    SLICE(0) = out;
}

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static void strings_Fields(vm_thread *t, slot *a)
{
    vm_string s = STR(0);
    int64_t n = 0;
    for (int64_t i = 0; i < s.len;) {
        while (i < s.len && is_space((unsigned char)s.p[i]))
            i++;
        if (i < s.len)
            n++;
        while (i < s.len && !is_space((unsigned char)s.p[i]))
            i++;
    }
    vm_slice out = new_strings(t, n);
    int64_t k = 0;
    for (int64_t i = 0; i < s.len;) {
        while (i < s.len && is_space((unsigned char)s.p[i]))
            i++;
        int64_t start = i;
        while (i < s.len && !is_space((unsigned char)s.p[i]))
            i++;
        if (i > start)
            ((vm_string *)out.p)[k++] = (vm_string){s.p + start, i - start};
    }
    SLICE(0) = out;
}

static void strings_Join(vm_thread *t, slot *a)
{
    vm_slice elems = SLICE(0);
    vm_string sep = STR(3);
    const vm_string *e = (const vm_string *)elems.p;
    int64_t len = 0;
    for (int64_t i = 0; i < elems.len; i++)
        len += e[i].len + (i ? sep.len : 0);
    char *p = vm_alloc(t, (size_t)len + 1);
    int64_t w = 0;
    for (int64_t i = 0; i < elems.len; i++) {
        if (i && sep.len) {
            memcpy(p + w, sep.p, (size_t)sep.len);
            w += sep.len;
        }
        if (e[i].len)
            memcpy(p + w, e[i].p, (size_t)e[i].len);
        w += e[i].len;
    }
    STR(0) = (vm_string){p, len};
}

static void map_case(vm_thread *t, slot *a, int (*conv)(int))
{
    vm_string s = STR(0);
    char *p = vm_alloc(t, (size_t)s.len + 1);
    for (int64_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.p[i];
        p[i] = c < 0x80 ? (char)conv(c) : (char)c;
    }
    STR(0) = (vm_string){p, s.len};
}

static void strings_ToUpper(vm_thread *t, slot *a)
{
    map_case(t, a, toupper);
}

static void strings_ToLower(vm_thread *t, slot *a)
{
    map_case(t, a, tolower);
}

static void strings_TrimSpace(vm_thread *t, slot *a)
{
    (void)t;
    vm_string s = STR(0);
    while (s.len && is_space((unsigned char)s.p[0])) {
        s.p++;
        s.len--;
    }
    while (s.len && is_space((unsigned char)s.p[s.len - 1]))
        s.len--;
    STR(0) = s;
}

static void strings_TrimPrefix(vm_thread *t, slot *a)
{
    (void)t;
    vm_string s = STR(0), p = STR(2);
    if (p.len && p.len <= s.len && memcmp(s.p, p.p, (size_t)p.len) == 0) {
        s.p += p.len;
        s.len -= p.len;
    }
    STR(0) = s;
}

static void strings_TrimSuffix(vm_thread *t, slot *a)
{
    (void)t;
    vm_string s = STR(0), p = STR(2);
    if (p.len && p.len <= s.len && memcmp(s.p + s.len - p.len, p.p, (size_t)p.len) == 0)
        s.len -= p.len;
    STR(0) = s;
}

static void replace(vm_thread *t, slot *a, vm_string s, vm_string old, vm_string new_, int64_t n)
{
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int64_t done = 0;
    for (int64_t i = 0; i <= s.len;) {
        bool hit = (n < 0 || done < n) &&
                   (old.len == 0 ? true : i + old.len <= s.len && memcmp(s.p + i, old.p, (size_t)old.len) == 0);
        if (hit) {
            vm_fmt_append(&buf, &len, &cap, new_.p, (size_t)new_.len);
            done++;
            if (old.len == 0) {
                if (i < s.len) {
                    int w;
                    vm_utf8_decode(s.p + i, s.len - i, &w);
                    vm_fmt_append(&buf, &len, &cap, s.p + i, (size_t)w);
                    i += w;
                } else {
                    break;
                }
            } else {
                i += old.len;
            }
        } else {
            if (i < s.len)
                vm_fmt_append(&buf, &len, &cap, s.p + i, 1);
            i++;
        }
    }
    STR(0) = vm_str_new(t, buf ? buf : "", len);
    free(buf);
}

static void strings_Replace(vm_thread *t, slot *a)
{
    replace(t, a, STR(0), STR(2), STR(4), a[6].i);
}

static void strings_ReplaceAll(vm_thread *t, slot *a)
{
    replace(t, a, STR(0), STR(2), STR(4), -1);
}

/* --- strings.Builder: struct { buf []byte } ------------------------------ */

static vm_slice *builder(vm_thread *t, slot *a)
{
    if (!a[0].p)
        vm_throw(t, "invalid memory address or nil pointer dereference");
    return a[0].p;
}

static void builder_append(vm_thread *t, vm_slice *b, const char *p, int64_t n)
{
    if (b->len + n > b->cap) {
        int64_t cap = b->cap * 2 + n + 8;
        char *np = vm_alloc(t, (size_t)cap);
        if (b->len)
            memcpy(np, b->p, (size_t)b->len);
        b->p = np;
        b->cap = cap;
    }
    if (n)
        memcpy(b->p + b->len, p, (size_t)n);
    b->len += n;
}

static void Builder_WriteString(vm_thread *t, slot *a)
{
    vm_string s = STR(1);
    builder_append(t, builder(t, a), s.p, s.len);
    a[0].i = s.len;
    a[1].p = a[2].p = NULL;
}

static void Builder_Write(vm_thread *t, slot *a)
{
    vm_slice p = SLICE(1);
    builder_append(t, builder(t, a), p.p, p.len);
    a[0].i = p.len;
    a[1].p = a[2].p = NULL;
}

static void Builder_WriteByte(vm_thread *t, slot *a)
{
    char c = (char)a[1].u;
    builder_append(t, builder(t, a), &c, 1);
    a[0].p = a[1].p = NULL;
}

static void Builder_WriteRune(vm_thread *t, slot *a)
{
    char b[4];
    int n = vm_utf8_encode(b, a[1].i);
    builder_append(t, builder(t, a), b, n);
    a[0].i = n;
    a[1].p = a[2].p = NULL;
}

static void Builder_String(vm_thread *t, slot *a)
{
    vm_slice *b = builder(t, a);
    STR(0) = (vm_string){b->p ? b->p : "", b->len};
}

static void Builder_Len(vm_thread *t, slot *a)
{
    a[0].i = builder(t, a)->len;
}

static void Builder_Reset(vm_thread *t, slot *a)
{
    vm_slice *b = builder(t, a);
    b->p = NULL;
    b->len = b->cap = 0;
}

/* --- strconv ----------------------------------------------------------------- */

static void strconv_Itoa(vm_thread *t, slot *a)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)a[0].i);
    STR(0) = vm_str_new(t, buf, (size_t)n);
}

static void strconv_FormatInt(vm_thread *t, slot *a)
{
    int64_t v = a[0].i;
    int base = (int)a[1].i;
    if (base < 2 || base > 36)
        vm_throw_plain(t, "strconv: illegal AppendInt/FormatInt base");
    char buf[80];
    char *w = buf + sizeof buf;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        *--w = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    if (v < 0)
        *--w = '-';
    STR(0) = vm_str_new(t, w, (size_t)(buf + sizeof buf - w));
}

/* Go's *strconv.NumError text: strconv.Atoi: parsing "x": invalid syntax. */
static vm_iface num_error(vm_thread *t, const char *fn, vm_string s, const char *why)
{
    char *buf = NULL;
    size_t len = 0, cap = 0;
    vm_fmt_append(&buf, &len, &cap, "strconv.", 8);
    vm_fmt_append(&buf, &len, &cap, fn, strlen(fn));
    vm_fmt_append(&buf, &len, &cap, ": parsing ", 10);
    vm_quote(&buf, &len, &cap, s.p, s.len, '"');
    vm_fmt_append(&buf, &len, &cap, ": ", 2);
    vm_fmt_append(&buf, &len, &cap, why, strlen(why));
    vm_iface e = vm_error_new(t, vm_str_new(t, buf, len));
    free(buf);
    return e;
}

static void parse_int(vm_thread *t, slot *a, const char *fn, int base, int bits)
{
    vm_string s = STR(0);
    char buf[80];
    bool ok = s.len > 0 && s.len < (int64_t)sizeof buf;
    int64_t v = 0;
    if (ok) {
        memcpy(buf, s.p, (size_t)s.len);
        buf[s.len] = 0;
        char *end;
        errno = 0;
        bool sign = buf[0] == '+' || buf[0] == '-';
        ok = !isspace((unsigned char)buf[0]) && !(sign && !isalnum((unsigned char)buf[1]));
        long long x = strtoll(buf, &end, base);
        ok = ok && *end == 0 && end != buf;
        if (ok && (errno == ERANGE || (bits < 64 && (x < -(1LL << (bits - 1)) || x >= (1LL << (bits - 1)))))) {
            a[0].i = x < 0 ? (bits == 64 ? INT64_MIN : -(1LL << (bits - 1))) : (bits == 64 ? INT64_MAX : (1LL << (bits - 1)) - 1);
            *(vm_iface *)&a[1] = num_error(t, fn, s, "value out of range");
            return;
        }
        v = x;
    }
    if (!ok) {
        a[0].i = 0;
        *(vm_iface *)&a[1] = num_error(t, fn, s, "invalid syntax");
        return;
    }
    a[0].i = v;
    a[1].p = a[2].p = NULL;
}

static void strconv_Atoi(vm_thread *t, slot *a)
{
    parse_int(t, a, "Atoi", 10, 64);
}

static void strconv_ParseInt(vm_thread *t, slot *a)
{
    int bits = a[3].i == 0 ? 64 : (int)a[3].i;
    parse_int(t, a, "ParseInt", (int)a[2].i, bits);
}

static void strconv_Quote(vm_thread *t, slot *a)
{
    char *buf = NULL;
    size_t len = 0, cap = 0;
    vm_quote(&buf, &len, &cap, STR(0).p, STR(0).len, '"');
    STR(0) = vm_str_new(t, buf, len);
    free(buf);
}

/* --- sort ------------------------------------------------------------------- */

static int cmp_int(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

static int cmp_float(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return a < b ? -1 : a > b;
}

static int cmp_string(const void *x, const void *y)
{
    const vm_string *a = x, *b = y;
    int64_t n = a->len < b->len ? a->len : b->len;
    int c = n ? memcmp(a->p, b->p, (size_t)n) : 0;
    return c ? c : (a->len < b->len ? -1 : a->len > b->len);
}

static void sort_Ints(vm_thread *t, slot *a)
{
    (void)t;
    vm_slice s = SLICE(0);
    if (s.len > 1)
        qsort(s.p, (size_t)s.len, 8, cmp_int);
}

static void sort_Float64s(vm_thread *t, slot *a)
{
    (void)t;
    vm_slice s = SLICE(0);
    if (s.len > 1)
        qsort(s.p, (size_t)s.len, 8, cmp_float);
}

static void sort_Strings(vm_thread *t, slot *a)
{
    (void)t;
    vm_slice s = SLICE(0);
    if (s.len > 1)
        qsort(s.p, (size_t)s.len, sizeof(vm_string), cmp_string);
}

/* sort.Slice(x any, less func(i, j int) bool): a stable insertion merge
 * sort over the slice's elements, calling less back in Go. */
static bool call_less(vm_thread *t, vm_closure *less, int64_t i, int64_t j)
{
    slot args[4];
    args[0].i = i;
    args[1].i = j;
    vm_call(t, less, args, 2);
    return args[0].i != 0;
}

static void sort_Slice(vm_thread *t, slot *a)
{
    vm_iface x = *(vm_iface *)a;
    vm_closure *less = a[2].p;
    if (!x.t || under(x.t)->kind != K_SLICE)
        vm_throw_plain(t, "reflect: call of Swapper on non-slice value");
    vm_slice *s = x.data.p;
    int es = gtype_elem_size(under(x.t)->elem);
    char *tmp = vm_alloc(t, (size_t)es);
    /* insertion sort: less may look at the slice as it is being sorted,
     * as it does in Go, so elements move in place */
    for (int64_t i = 1; i < s->len; i++) {
        for (int64_t j = i; j > 0 && call_less(t, less, j, j - 1); j--) {
            memcpy(tmp, s->p + j * es, (size_t)es);
            memcpy(s->p + j * es, s->p + (j - 1) * es, (size_t)es);
            memcpy(s->p + (j - 1) * es, tmp, (size_t)es);
        }
    }
}

static void sort_SearchInts(vm_thread *t, slot *a)
{
    (void)t;
    vm_slice s = SLICE(0);
    int64_t x = a[3].i, lo = 0, hi = s.len;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        if (((int64_t *)s.p)[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    a[0].i = lo;
}

const vm_binding vm_lib_text[] = {
    {"strings.Contains", strings_Contains},
    {"strings.Index", strings_Index},
    {"strings.HasPrefix", strings_HasPrefix},
    {"strings.HasSuffix", strings_HasSuffix},
    {"strings.Count", strings_Count},
    {"strings.Split", strings_Split},
    {"strings.Fields", strings_Fields},
    {"strings.Join", strings_Join},
    {"strings.ToUpper", strings_ToUpper},
    {"strings.ToLower", strings_ToLower},
    {"strings.TrimSpace", strings_TrimSpace},
    {"strings.TrimPrefix", strings_TrimPrefix},
    {"strings.TrimSuffix", strings_TrimSuffix},
    {"strings.Replace", strings_Replace},
    {"strings.ReplaceAll", strings_ReplaceAll},
    {"strings.(*Builder).WriteString", Builder_WriteString},
    {"strings.(*Builder).Write", Builder_Write},
    {"strings.(*Builder).WriteByte", Builder_WriteByte},
    {"strings.(*Builder).WriteRune", Builder_WriteRune},
    {"strings.(*Builder).String", Builder_String},
    {"strings.(*Builder).Len", Builder_Len},
    {"strings.(*Builder).Reset", Builder_Reset},
    {"strconv.Itoa", strconv_Itoa},
    {"strconv.FormatInt", strconv_FormatInt},
    {"strconv.Atoi", strconv_Atoi},
    {"strconv.ParseInt", strconv_ParseInt},
    {"strconv.Quote", strconv_Quote},
    {"sort.Ints", sort_Ints},
    {"sort.Float64s", sort_Float64s},
    {"sort.Strings", sort_Strings},
    {"sort.Slice", sort_Slice},
    {"sort.SliceStable", sort_Slice},
    {"sort.SearchInts", sort_SearchInts},
    {NULL, NULL},
};
