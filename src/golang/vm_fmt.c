/* vm_fmt.c: Go's fmt formatting for the interpreter: Print, Println and
 * Printf's verbs (%v %+v %d %s %q %x %X %o %b %c %U %e %f %g %t %T %p %%)
 * with width, precision and flags, a value's Error and String methods,
 * Go's float formatting (shortest representation) and the mistakes fmt
 * reports in place ("%!d(string=hi)", "%!d(MISSING)"). */
#include "golang/vm.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct out {
    char **buf;
    size_t *len, *cap;
} out;

void vm_fmt_append(char **buf, size_t *len, size_t *cap, const char *p, size_t n)
{
    if (n == 0 && *buf)
        return; /* (an empty Go string's bytes may be NULL) */
    if (*len + n + 1 > *cap) {
        size_t c = *cap ? *cap * 2 : 128;
        while (c < *len + n + 1)
            c *= 2;
        char *nb = realloc(*buf, c);
        if (!nb) {
            fputs("fatal error: runtime: out of memory\n", stderr);
            exit(2);
        }
        *buf = nb;
        *cap = c;
    }
    if (n)
        memcpy(*buf + *len, p, n);
    *len += n;
    (*buf)[*len] = 0;
}

static void put(out *o, const char *p, size_t n)
{
    vm_fmt_append(o->buf, o->len, o->cap, p, n);
}

static void puts_(out *o, const char *s)
{
    put(o, s, strlen(s));
}

/* The directives of one verb. */
typedef struct spec {
    char verb;
    bool minus, plus, sharp, space, zero;
    int width, prec;     /* -1: none */
    bool plusv;          /* %+v: field names (the + is not a sign) */
    bool hidden;         /* inside an unexported field: no String/Error */
} spec;

static const spec plain_v = {'v', false, false, false, false, false, -1, -1, false, false};

/* %b of a float: the mantissa as an integer and a power of two
 * ("4503599627370496p-52"); %x and %X: a normalized hex mantissa and a
 * decimal exponent of at least two digits ("0x1.cp+01"). */
static void binary_float(char *buf, size_t size, double x, const spec *s, int bits)
{
    if (s->verb == 'b') {
        int64_t mant, exp;
        if (bits == 32) {
            float fx = (float)x;
            uint32_t u;
            memcpy(&u, &fx, sizeof u);
            mant = u & 0x7FFFFF;
            exp = (u >> 23) & 0xFF;
            mant = exp ? mant | 0x800000 : mant;
            exp = (exp ? exp : 1) - 127 - 23;
        } else {
            uint64_t u;
            memcpy(&u, &x, sizeof u);
            mant = (int64_t)(u & 0xFFFFFFFFFFFFFull);
            exp = (int64_t)((u >> 52) & 0x7FF);
            mant = exp ? mant | (1ll << 52) : mant;
            exp = (exp ? exp : 1) - 1023 - 52;
        }
        snprintf(buf, size, "%s%lldp%+lld", signbit(x) ? "-" : "", (long long)mant, (long long)exp);
        return;
    }
    int exp = 0;
    double m = x == 0 ? 0 : frexp(fabs(x), &exp) * 2; /* [1, 2) */
    if (x != 0)
        exp--;
    char hex[64];
    if (s->prec >= 0)
        snprintf(hex, sizeof hex, "%.*a", s->prec > 30 ? 30 : s->prec, m);
    else
        snprintf(hex, sizeof hex, "%a", m);
    char *p = strchr(hex, 'p');
    if (p)
        *p = 0;
    if (hex[2] == '2') { /* rounded up to 2: 0x1 with the next exponent */
        hex[2] = '1';
        exp++;
    }
    snprintf(buf, size, "%s%sp%c%02d", signbit(x) ? "-" : "", hex, exp < 0 ? '-' : '+', abs(exp));
    if (s->verb == 'X')
        for (char *q = buf; *q; q++)
            *q = (char)(*q >= 'a' && *q <= 'z' ? *q - 32 : *q);
}

/* Go's shortest float formatting: %v (fmt 'g' with shortest digits and
 * exponent thresholds -4 and 21), or with a precision %e/%f/%g. */
static void format_float(out *o, double x, const spec *s, int bits)
{
    char buf[512];
    if (isnan(x)) {
        puts_(o, "NaN");
        return;
    }
    if (isinf(x)) {
        puts_(o, x > 0 ? (s->plus ? "+Inf" : "+Inf") : "-Inf");
        return;
    }
    char verb = s->verb;
    if (verb == 'v')
        verb = 'g';
    if (verb == 'x' || verb == 'X' || verb == 'b') {
        binary_float(buf, sizeof buf, x, s, bits);
    } else if ((verb == 'e' || verb == 'E' || verb == 'f' || verb == 'F') && s->prec < 0) {
        snprintf(buf, sizeof buf, verb == 'e' ? "%.6e" : verb == 'E' ? "%.6E" : "%.6f", x);
    } else if (verb == 'e' || verb == 'E') {
        snprintf(buf, sizeof buf, verb == 'e' ? "%.*e" : "%.*E", s->prec, x);
    } else if (verb == 'f' || verb == 'F') {
        snprintf(buf, sizeof buf, "%.*f", s->prec > 400 ? 400 : s->prec, x);
    } else {
        /* g: shortest digits that read back (float32: as a float) */
        int prec = s->prec;
        char digits[64];
        int exp10;
        if (prec < 0) {
            for (int p = 1; p <= 17; p++) {
                snprintf(digits, sizeof digits, "%.*e", p - 1, x);
                double back = strtod(digits, NULL);
                if (bits == 32 ? (float)back == (float)x : back == x)
                    break;
            }
        } else {
            snprintf(digits, sizeof digits, "%.*e", prec > 0 ? prec - 1 : 0, x);
        }
        /* digits: [-]d.ddde[+-]xx */
        char *e = strchr(digits, 'e');
        exp10 = atoi(e + 1);
        *e = 0;
        char mant[64];
        int m = 0;
        bool neg = digits[0] == '-';
        for (char *p = digits + neg; *p; p++)
            if (*p != '.')
                mant[m++] = *p;
        mant[m] = 0;
        /* shortest: strip trailing zeros */
        if (prec < 0 || !s->sharp)
            while (m > 1 && mant[m - 1] == '0')
                mant[--m] = 0;
        /* strconv's rule: %e when the exponent is < -4 or >= the
         * precision, which is 6 for the shortest form */
        int eprec = prec < 0 ? 6 : prec;
        if (prec >= 0 && eprec > m && m >= exp10 + 1)
            eprec = m;
        char *w = buf;
        if (neg)
            *w++ = '-';
        if (exp10 < -4 || exp10 >= eprec) {
            *w++ = mant[0];
            if (m > 1) {
                *w++ = '.';
                memcpy(w, mant + 1, (size_t)m - 1);
                w += m - 1;
            }
            w += sprintf(w, "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
        } else if (exp10 < 0) {
            *w++ = '0';
            *w++ = '.';
            for (int i = 0; i < -exp10 - 1; i++)
                *w++ = '0';
            memcpy(w, mant, (size_t)m);
            w += m;
        } else {
            for (int i = 0; i <= exp10; i++)
                *w++ = i < m ? mant[i] : '0';
            if (m > exp10 + 1) {
                *w++ = '.';
                memcpy(w, mant + exp10 + 1, (size_t)(m - exp10 - 1));
                w += m - exp10 - 1;
            }
        }
        *w = 0;
        if (verb == 'G')
            for (char *p = buf; *p; p++)
                if (*p == 'e')
                    *p = 'E';
    }
    if (s->plus && buf[0] != '-')
        put(o, "+", 1);
    else if (s->space && buf[0] != '-')
        put(o, " ", 1);
    puts_(o, buf);
}

static void format_int(out *o, uint64_t u, bool is_signed, const spec *s)
{
    char buf[80];
    char *end = buf + sizeof buf;
    char *w = end;
    bool neg = is_signed && (int64_t)u < 0;
    uint64_t mag = neg ? 0 - u : u;
    int base = 10;
    const char *dig = "0123456789abcdefx";
    switch (s->verb) {
    case 'x': base = 16; break;
    case 'X': base = 16; dig = "0123456789ABCDEFX"; break;
    case 'o': case 'O': base = 8; break;
    case 'b': base = 2; break;
    default: break;
    }
    do {
        *--w = dig[mag % (uint64_t)base];
        mag /= (uint64_t)base;
    } while (mag);
    int ndig = (int)(end - w);
    if (s->prec >= 0) {
        while (ndig < s->prec) {
            *--w = '0';
            ndig++;
        }
        if (s->prec == 0 && u == 0)
            w = end;
    }
    if (s->sharp) {
        if (base == 16) {
            *--w = dig[16];
            *--w = '0';
        } else if (base == 8 && *w != '0') {
            *--w = '0';
        } else if (base == 2) {
            *--w = 'b';
            *--w = '0';
        }
    }
    if (s->verb == 'O') {
        *--w = 'o';
        *--w = '0';
    }
    char sign = neg ? '-' : s->plus ? '+' : s->space ? ' ' : 0;
    int len = (int)(end - w) + (sign ? 1 : 0);
    if (s->zero && !s->minus && s->width > len && s->prec < 0) {
        if (sign)
            put(o, &sign, 1);
        for (int i = len; i < s->width; i++)
            put(o, "0", 1);
        put(o, w, (size_t)(end - w));
        return;
    }
    if (sign)
        put(o, &sign, 1);
    put(o, w, (size_t)(end - w));
}

/* Runes strconv.IsPrint rejects besides the C0 and C1 controls: the
 * spaces other than U+0020, the line and paragraph separators, the
 * format characters (Cf), surrogates, private use and noncharacters.
 * Unassigned code points are taken as printable, except a few in the
 * Greek and Armenian blocks. */
typedef struct rune_span {
    int32_t lo, hi;
} rune_span;

static const rune_span nonprint[] = {
    {0xA0, 0xA0},       {0xAD, 0xAD},       {0x378, 0x379},     {0x380, 0x383},
    {0x38B, 0x38B},     {0x38D, 0x38D},     {0x3A2, 0x3A2},     {0x530, 0x530},
    {0x557, 0x558},     {0x58B, 0x58C},     {0x590, 0x590},
    {0x600, 0x605},     {0x61C, 0x61C},
    {0x6DD, 0x6DD},     {0x70F, 0x70F},     {0x8E2, 0x8E2},     {0x180E, 0x180E},
    {0x1680, 0x1680},   {0x2000, 0x200F},   {0x2028, 0x202F},   {0x205F, 0x2064},
    {0x2066, 0x206F},   {0x3000, 0x3000},   {0xD800, 0xF8FF},   {0xFDD0, 0xFDEF},
    {0xFEFF, 0xFEFF},   {0xFFF9, 0xFFFB},   {0x110BD, 0x110BD}, {0x110CD, 0x110CD},
    {0x13430, 0x13438}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0001, 0xE0001},
    {0xE0020, 0xE007F}, {0xF0000, 0x10FFFF},
};

static bool printable(int32_t r)
{
    if (r < 0x20 || (r >= 0x7F && r < 0xA0) || r > 0x10FFFF || (r & 0xFFFE) == 0xFFFE)
        return false;
    for (size_t i = 0; i < sizeof nonprint / sizeof nonprint[0]; i++)
        if (r >= nonprint[i].lo && r <= nonprint[i].hi)
            return false;
    return true;
}

/* Go's strconv.Quote of n bytes between q quotes; ascii: QuoteToASCII
 * (%+q), every rune from U+0080 on escaped. */
static void quote_to(out *o, const char *p, int64_t n, char q, bool ascii)
{
    put(o, &q, 1);
    for (int64_t i = 0; i < n;) {
        int w;
        int32_t r = vm_utf8_decode(p + i, n - i, &w);
        char tmp[16];
        const char *esc = NULL;
        switch (r) {
        case '\a': esc = "\\a"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\v': esc = "\\v"; break;
        default: break;
        }
        if (r == 0xFFFD && w == 1) {
            snprintf(tmp, sizeof tmp, "\\x%02x", (unsigned char)p[i]);
            puts_(o, tmp);
        } else if (r == q || r == '\\') {
            tmp[0] = '\\';
            tmp[1] = (char)r;
            put(o, tmp, 2);
        } else if (printable(r) && (!ascii || r < 0x80)) {
            put(o, p + i, (size_t)w);
        } else if (esc) {
            puts_(o, esc);
        } else {
            const char *form = r < 0x80 ? "\\x%02x" : r < 0x10000 ? "\\u%04x" : "\\U%08x";
            snprintf(tmp, sizeof tmp, form, (unsigned)r);
            puts_(o, tmp);
        }
        i += w;
    }
    put(o, &q, 1);
}

void vm_quote(char **buf, size_t *len, size_t *cap, const char *p, int64_t n, char q)
{
    out o = {buf, len, cap};
    quote_to(&o, p, n, q, false);
}

/* strconv.CanBackquote: %#q prints such a string raw, in back quotes. */
static bool can_backquote(const char *p, int64_t n)
{
    for (int64_t i = 0; i < n;) {
        int w;
        int32_t r = vm_utf8_decode(p + i, n - i, &w);
        bool control = (r < 0x20 && r != '\t') || r == 0x7F;
        if ((r == 0xFFFD && w == 1) || r == '`' || r == 0xFEFF || control)
            return false;
        i += w;
    }
    return true;
}

static void format_value(vm_thread *t, out *o, gtype *ty, const void *p, const spec *s, int depth);

/* Calls the value's Error or String method when it has one (for %v %s
 * %q %x %X); true when it printed. */
static bool handle_methods(vm_thread *t, out *o, gtype *ty, const void *p, const spec *s)
{
    if (s->verb != 'v' && s->verb != 's' && s->verb != 'q' && s->verb != 'x' && s->verb != 'X')
        return false;
    if (s->sharp && s->verb == 'v')
        return false;
    vm_itab *tab = vm_mtab(ty);
    if (!tab)
        return false;
    vm_func *fn = NULL;
    for (int i = 0; i < tab->n && !fn; i++)
        if (strcmp(tab->m[i].name, "Error") == 0)
            fn = tab->m[i].fn;
    for (int i = 0; i < tab->n && !fn; i++)
        if (strcmp(tab->m[i].name, "String") == 0)
            fn = tab->m[i].fn;
    if (!fn || fn->nresults != 2)
        return false;
    slot args[8] = {{0}};
    slot reg[3];
    vm_load(ty, p, reg, false);
    slot data = vm_box(t, ty, reg);
    vm_unbox(fn->recv ? fn->recv : ty, data, args);
    if (under(ty)->kind == K_POINTER && !args[0].p && fn->recv && under(fn->recv)->kind != K_POINTER) {
        puts_(o, "<nil>");
        return true;
    }
    vm_closure cl = {fn, 0, 0};
    vm_call(t, &cl, args, fn->nparams);
    vm_string str;
    memcpy(&str, args, sizeof str);
    spec ss = *s;
    if (ss.verb == 'v')
        ss.verb = 's';
    gtype st = {.kind = K_STRING, .size = 16};
    format_value(t, o, &st, &str, &ss, 1);
    return true;
}

static void type_name(vm_thread *t, out *o, gtype *ty)
{
    if (!ty) {
        puts_(o, "<nil>");
        return;
    }
    arena tmp = {0};
    puts_(o, type_string(&tmp, ty, 1));
    arena_free(&tmp);
    (void)t;
}

/* A verb that does not fit the operand: "%!d(string=hi)", the value
 * printed with the verb's flags and width as %v. */
static void bad_verb(vm_thread *t, out *o, gtype *ty, const void *p, const spec *s)
{
    char b[4] = {'%', '!', s->verb, 0};
    puts_(o, b);
    put(o, "(", 1);
    if (!ty) {
        puts_(o, "<nil>");
    } else {
        type_name(t, o, ty);
        put(o, "=", 1);
        spec vs = *s;
        vs.verb = 'v';
        vs.sharp = false;
        format_value(t, o, ty, p, &vs, 1);
    }
    put(o, ")", 1);
}

/* Whether pointer type u points to a struct, array, slice or map: fmt
 * prints such a pointer, when it is the operand itself, as & and the
 * value. */
static bool points_to_composite(gtype *u)
{
    int k = under(u->elem)->kind;
    return k == K_STRUCT || k == K_ARRAY || k == K_SLICE || k == K_MAP;
}

/* The value without padding (format_value pads the leaves). */
static void format_plain(vm_thread *t, out *o, gtype *ty, const void *p, const spec *s, int depth)
{
    gtype *u = under(ty);
    char v = s->verb;
    switch (u->kind) {
    case K_BOOL: {
        slot bv;
        vm_load(ty, p, &bv, true);
        bool b = bv.u != 0;
        if (v != 'v' && v != 't') {
            bad_verb(t, o, ty, p, s);
            return;
        }
        puts_(o, b ? "true" : "false");
        return;
    }
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR: {
        slot xv;
        vm_load(ty, p, &xv, true);
        uint64_t x = xv.u;
        bool sg = !type_is_unsigned(u);
        if (v == 'c') {
            char b[4];
            put(o, b, (size_t)vm_utf8_encode(b, (int64_t)x));
            return;
        }
        if (v == 'q') {
            char b[4];
            int n = vm_utf8_encode(b, (int64_t)x);
            quote_to(o, b, n, '\'', s->plus);
            return;
        }
        if (v == 'U') {
            char b[32];
            snprintf(b, sizeof b, "U+%04llX", (unsigned long long)x);
            puts_(o, b);
            if (s->sharp && x <= 0x10FFFF && printable((int32_t)x)) {
                int n = vm_utf8_encode(b, (int64_t)x);
                put(o, " '", 2);
                put(o, b, (size_t)n);
                put(o, "'", 1);
            }
            return;
        }
        if (v == 'v' || v == 'd' || v == 'x' || v == 'X' || v == 'o' || v == 'O' || v == 'b') {
            spec ss = *s;
            if (v == 'v')
                ss.verb = 'd';
            format_int(o, x, sg, &ss);
            return;
        }
        if (v == 'e' || v == 'f' || v == 'g' || v == 'E' || v == 'F' || v == 'G') {
            bad_verb(t, o, ty, p, s);
            return;
        }
        bad_verb(t, o, ty, p, s);
        return;
    }
    case K_FLOAT32: case K_FLOAT64: {
        slot xv;
        vm_load(ty, p, &xv, true);
        double x = xv.f;
        if (strchr("veEfFgGxXb", v)) {
            format_float(o, x, s, u->kind == K_FLOAT32 ? 32 : 64);
            return;
        }
        bad_verb(t, o, ty, p, s);
        return;
    }
    case K_STRING: {
        const vm_string *str = p;
        if (v == 'v' || v == 's') {
            int64_t n = str->len;
            if (s->prec >= 0) {
                /* precision counts runes */
                int64_t i = 0, r = 0;
                while (i < n && r < s->prec) {
                    int w;
                    vm_utf8_decode(str->p + i, n - i, &w);
                    i += w;
                    r++;
                }
                n = i;
            }
            put(o, str->p, (size_t)n);
        } else if (v == 'q') {
            if (s->sharp && can_backquote(str->p, str->len)) {
                put(o, "`", 1);
                put(o, str->p, (size_t)str->len);
                put(o, "`", 1);
            } else {
                quote_to(o, str->p, str->len, '"', s->plus);
            }
        } else if (v == 'x' || v == 'X') {
            /* "% x": bytes apart; "%#x": 0x before them (each, with the space) */
            for (int64_t i = 0; i < str->len; i++) {
                if (i && s->space)
                    put(o, " ", 1);
                if (s->sharp && (i == 0 || s->space))
                    puts_(o, v == 'x' ? "0x" : "0X");
                char b[4];
                snprintf(b, sizeof b, v == 'x' ? "%02x" : "%02X", (unsigned char)str->p[i]);
                puts_(o, b);
            }
        } else {
            bad_verb(t, o, ty, p, s);
        }
        return;
    }
    case K_INTERFACE: {
        const vm_iface *x = p;
        if (!x->t) {
            if (v == 'v' || depth > 0) /* (a nil element prints <nil>) */
                puts_(o, "<nil>");
            else
                bad_verb(t, o, NULL, NULL, s);
            return;
        }
        if (vm_is_runtime_error(x->t)) {
            const vm_string *rs = x->data.p;
            put(o, rs->p, (size_t)rs->len);
            return;
        }
        format_value(t, o, x->t, vm_iface_data(x), s, depth + 1);
        return;
    }
    case K_POINTER: {
        const void *q = *(void *const *)p;
        if (depth <= 1 && q && v != 'p' && points_to_composite(u)) {
            put(o, "&", 1);
            format_value(t, o, u->elem, q, s, depth + 1);
            return;
        }
        goto pointer;
    }
    case K_CHAN: case K_FUNC: case K_MAP: case K_UNSAFEPTR:
        if (u->kind == K_MAP && v != 'p') {
            vm_map *m = *(vm_map *const *)p;
            puts_(o, "map[");
            if (m) {
                void **keys, **vals;
                int n = vm_map_sorted(t, m, &keys, &vals);
                for (int i = 0; i < n; i++) {
                    if (i)
                        put(o, " ", 1);
                    format_value(t, o, u->key, keys[i], s, depth + 1);
                    put(o, ":", 1);
                    format_value(t, o, u->elem, vals[i], s, depth + 1);
                }
            }
            put(o, "]", 1);
            return;
        }
    pointer: {
        const void *q = *(void *const *)p;
        if (!q && v == 'v') {
            puts_(o, "<nil>");
            return;
        }
        if (v == 'b' || v == 'o' || v == 'd' || v == 'x' || v == 'X') {
            format_int(o, (uint64_t)(uintptr_t)q, false, s); /* the address as a number */
            return;
        }
        if (v != 'v' && v != 'p') {
            bad_verb(t, o, ty, p, s);
            return;
        }
        char b[32];
        snprintf(b, sizeof b, s->sharp ? "%llx" : "0x%llx", (unsigned long long)(uintptr_t)q);
        puts_(o, b);
        return;
    }
    case K_STRUCT: {
        put(o, "{", 1);
        for (int i = 0; i < u->nfields; i++) {
            if (i)
                put(o, " ", 1);
            const char *name = u->fields[i].name;
            if (s->plusv) {
                puts_(o, name);
                put(o, ":", 1);
            }
            /* fmt cannot reach an unexported field's methods */
            spec fs = *s;
            fs.hidden |= !(name[0] >= 'A' && name[0] <= 'Z');
            const char *fp = (const char *)p + u->fields[i].offset;
            format_value(t, o, u->fields[i].type, fp, &fs, depth + 1);
        }
        put(o, "}", 1);
        return;
    }
    case K_SLICE: case K_ARRAY: {
        const char *base;
        int64_t n;
        if (u->kind == K_SLICE) {
            const vm_slice *sl = p;
            base = sl->p;
            n = sl->len;
        } else {
            base = p;
            n = u->len;
        }
        gtype *eu = under(u->elem);
        if ((v == 's' || v == 'q' || v == 'x' || v == 'X') && eu->kind == K_UINT8) {
            vm_string str = {base, n};
            gtype st = {.kind = K_STRING, .size = 16};
            format_value(t, o, &st, &str, s, depth + 1);
            return;
        }
        put(o, "[", 1);
        /* (elements are in memory form, as format_value takes them) */
        int es = gtype_elem_size(u->elem);
        for (int64_t i = 0; i < n; i++) {
            if (i)
                put(o, " ", 1);
            format_value(t, o, u->elem, base + i * es, s, depth + 1);
        }
        put(o, "]", 1);
        return;
    }
    default:
        puts_(o, "?");
    }
}

/* Pads what was written from start to the spec's width. */
static void pad(out *o, size_t start, const spec *s)
{
    if (s->width < 0)
        return;
    size_t n = *o->len - start;
    /* width counts runes */
    int64_t runes = 0;
    for (size_t i = 0; i < n;) {
        int w;
        vm_utf8_decode(*o->buf + start + i, (int64_t)(n - i), &w);
        i += (size_t)w;
        runes++;
    }
    if (runes >= s->width)
        return;
    size_t add = (size_t)(s->width - runes);
    char fill = s->zero && !s->minus ? '0' : ' ';
    char *spaces = malloc(add);
    if (!spaces)
        return;
    memset(spaces, fill, add);
    if (s->minus) {
        put(o, spaces, add);
    } else {
        put(o, spaces, add); /* grow, then move */
        memmove(*o->buf + start + add, *o->buf + start, n);
        memset(*o->buf + start, fill, add);
        /* a zero-padded number keeps its sign first */
        if (fill == '0' && n && ((*o->buf)[start + add] == '-' || (*o->buf)[start + add] == '+')) {
            (*o->buf)[start] = (*o->buf)[start + add];
            (*o->buf)[start + add] = '0';
        }
    }
    free(spaces);
}

/* Whether format_plain prints ty's value as one piece that the width
 * pads, rather than elements that each get the width (Go pads the
 * elements of slices, arrays, structs and maps). */
static bool is_leaf(gtype *ty, const void *p, const spec *s, int depth)
{
    gtype *u = under(ty);
    char v = s->verb;
    switch (u->kind) {
    case K_STRUCT:
        return false;
    case K_MAP:
        return v == 'p';
    case K_SLICE: case K_ARRAY:
        return under(u->elem)->kind == K_UINT8 && (v == 's' || v == 'q' || v == 'x' || v == 'X');
    case K_INTERFACE: {
        const vm_iface *x = p;
        return !x->t || vm_is_runtime_error(x->t);
    }
    case K_POINTER:
        return !(depth <= 1 && *(void *const *)p && v != 'p' && points_to_composite(u));
    default:
        return true;
    }
}

/* %#v: the value as Go source. */
static void go_syntax(vm_thread *t, out *o, gtype *ty, const void *p, int depth)
{
    gtype *u = under(ty);
    char b[48];
    switch (u->kind) {
    case K_INTERFACE: {
        const vm_iface *x = p;
        if (x->t && !vm_is_runtime_error(x->t)) {
            go_syntax(t, o, x->t, vm_iface_data(x), depth + 1);
        } else if (x->t) {
            const vm_string *rs = x->data.p;
            quote_to(o, rs->p, rs->len, '"', false);
        } else if (depth == 0) {
            puts_(o, "<nil>");
        } else {
            type_name(t, o, ty);
            puts_(o, "(nil)");
        }
        return;
    }
    case K_STRING: {
        const vm_string *str = p;
        quote_to(o, str->p, str->len, '"', false);
        return;
    }
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR: {
        slot xv;
        vm_load(ty, p, &xv, true);
        snprintf(b, sizeof b, "0x%llx", (unsigned long long)xv.u);
        puts_(o, b);
        return;
    }
    case K_STRUCT:
        type_name(t, o, ty);
        put(o, "{", 1);
        for (int i = 0; i < u->nfields; i++) {
            if (i)
                puts_(o, ", ");
            puts_(o, u->fields[i].name);
            put(o, ":", 1);
            go_syntax(t, o, u->fields[i].type, (const char *)p + u->fields[i].offset, depth + 1);
        }
        put(o, "}", 1);
        return;
    case K_SLICE: case K_ARRAY: {
        const char *base = p;
        int64_t n = u->len;
        type_name(t, o, ty);
        if (u->kind == K_SLICE) {
            const vm_slice *sl = p;
            if (!sl->p) {
                puts_(o, "(nil)");
                return;
            }
            base = sl->p;
            n = sl->len;
        }
        put(o, "{", 1);
        int es = gtype_elem_size(u->elem);
        for (int64_t i = 0; i < n; i++) {
            if (i)
                puts_(o, ", ");
            go_syntax(t, o, u->elem, base + i * es, depth + 1);
        }
        put(o, "}", 1);
        return;
    }
    case K_MAP: {
        vm_map *m = *(vm_map *const *)p;
        type_name(t, o, ty);
        if (!m) {
            puts_(o, "(nil)");
            return;
        }
        put(o, "{", 1);
        void **keys, **vals;
        int n = vm_map_sorted(t, m, &keys, &vals);
        for (int i = 0; i < n; i++) {
            if (i)
                puts_(o, ", ");
            go_syntax(t, o, u->key, keys[i], depth + 1);
            put(o, ":", 1);
            go_syntax(t, o, u->elem, vals[i], depth + 1);
        }
        put(o, "}", 1);
        return;
    }
    case K_POINTER: case K_CHAN: case K_FUNC: case K_UNSAFEPTR: {
        const void *q = *(void *const *)p;
        if (u->kind == K_POINTER && q && depth <= 1 && points_to_composite(u)) {
            put(o, "&", 1);
            go_syntax(t, o, u->elem, q, depth + 1);
            return;
        }
        put(o, "(", 1);
        type_name(t, o, ty);
        put(o, ")(", 2);
        if (q)
            snprintf(b, sizeof b, "0x%llx", (unsigned long long)(uintptr_t)q);
        else
            snprintf(b, sizeof b, "nil");
        puts_(o, b);
        put(o, ")", 1);
        return;
    }
    default:
        format_plain(t, o, ty, p, &plain_v, depth);
    }
}

static void format_value(vm_thread *t, out *o, gtype *ty, const void *p, const spec *s, int depth)
{
    if (s->verb == 'v' && s->sharp) {
        go_syntax(t, o, ty, p, depth);
        return;
    }
    if (depth > 0 && !s->hidden && under(ty)->kind != K_INTERFACE && handle_methods(t, o, ty, p, s))
        return;
    size_t start = *o->len;
    format_plain(t, o, ty, p, s, depth);
    if (is_leaf(ty, p, s, depth)) {
        /* a precision on an integer turns the 0 flag off */
        spec ps = *s;
        if (type_is_integer(under(ty)) && ps.prec >= 0)
            ps.zero = false;
        pad(o, start, &ps);
    }
}

static bool is_string_arg(const vm_iface *a)
{
    return a->t && under(a->t)->kind == K_STRING && !vm_is_runtime_error(a->t);
}

/* An explicit argument index "[n]" at f[*i]: makes argument n (from 1)
 * the next one; false when it is malformed or out of range. */
static bool arg_index(const char *f, int64_t fl, int64_t *i, int64_t *argi, int64_t n,
                      bool *reordered)
{
    if (*i >= fl || f[*i] != '[')
        return true;
    *reordered = true;
    int64_t j = *i + 1, num = 0;
    while (j < fl && f[j] >= '0' && f[j] <= '9' && num < 1000000)
        num = num * 10 + (f[j++] - '0');
    if (j >= fl || f[j] != ']' || j == *i + 1) {
        int64_t close = *i + 1;
        while (close < fl && f[close] != ']')
            close++;
        *i = close < fl ? close + 1 : *i + 1;
        return false;
    }
    *i = j + 1;
    if (num < 1 || num > n)
        return false;
    *argi = num - 1;
    return true;
}

void vm_fmt(vm_thread *t, int mode, vm_string format, const vm_iface *a, int64_t n, char **buf,
            size_t *len, size_t *cap)
{
    out o = {buf, len, cap};
    if (mode != 2) {
        for (int64_t i = 0; i < n; i++) {
            if (i > 0 && (mode == 1 || (!is_string_arg(&a[i - 1]) && !is_string_arg(&a[i]))))
                put(&o, " ", 1);
            gtype it = {.kind = K_INTERFACE, .size = 16};
            format_value(t, &o, &it, &a[i], &plain_v, 0);
        }
        if (mode == 1)
            put(&o, "\n", 1);
        return;
    }
    int64_t argi = 0;
    bool reordered = false;
    const char *f = format.p;
    int64_t fl = format.len;
    for (int64_t i = 0; i < fl;) {
        if (f[i] != '%') {
            int64_t j = i;
            while (j < fl && f[j] != '%')
                j++;
            put(&o, f + i, (size_t)(j - i));
            i = j;
            continue;
        }
        i++;
        spec s = {0, false, false, false, false, false, -1, -1, false, false};
        for (; i < fl; i++) {
            char c = f[i];
            if (c == '-') s.minus = true;
            else if (c == '+') s.plus = true;
            else if (c == '#') s.sharp = true;
            else if (c == ' ') s.space = true;
            else if (c == '0') s.zero = !s.minus;
            else break;
        }
        bool good_index = arg_index(f, fl, &i, &argi, n, &reordered);
        if (i < fl && f[i] == '*') {
            i++;
            if (argi < n && a[argi].t && type_is_integer(under(a[argi].t))) {
                s.width = (int)a[argi].data.i;
                if (s.width < 0) {
                    s.minus = true;
                    s.width = -s.width;
                }
            } else {
                puts_(&o, "%!(BADWIDTH)");
            }
            argi++;
        } else {
            while (i < fl && f[i] >= '0' && f[i] <= '9') {
                s.width = (s.width < 0 ? 0 : s.width) * 10 + (f[i] - '0');
                if (s.width > 1000000)
                    s.width = 1000000;
                i++;
            }
        }
        if (i < fl && f[i] == '.') {
            i++;
            s.prec = 0;
            good_index &= arg_index(f, fl, &i, &argi, n, &reordered);
            if (i < fl && f[i] == '*') {
                i++;
                if (argi < n && a[argi].t && type_is_integer(under(a[argi].t)))
                    s.prec = (int)a[argi].data.i;
                else
                    puts_(&o, "%!(BADPREC)");
                argi++;
            } else {
                while (i < fl && f[i] >= '0' && f[i] <= '9') {
                    s.prec = s.prec * 10 + (f[i] - '0');
                    if (s.prec > 1000000)
                        s.prec = 1000000;
                    i++;
                }
            }
        }
        good_index &= arg_index(f, fl, &i, &argi, n, &reordered);
        if (i >= fl) {
            puts_(&o, "%!(NOVERB)");
            break;
        }
        int w;
        int32_t verb = vm_utf8_decode(f + i, fl - i, &w);
        i += w;
        if (verb == '%') {
            put(&o, "%", 1);
            continue;
        }
        if (!good_index || argi >= n) {
            char b[8];
            int k = vm_utf8_encode(b, verb);
            puts_(&o, "%!");
            put(&o, b, (size_t)k);
            puts_(&o, good_index ? "(MISSING)" : "(BADINDEX)");
            continue;
        }
        const vm_iface *x = &a[argi++];
        s.verb = (char)verb;
        if (verb == 'v' && s.plus) {
            s.plusv = true;
            s.plus = false;
        }
        gtype it = {.kind = K_INTERFACE, .size = 16};
        if (verb == 'T') {
            size_t start = *o.len;
            type_name(t, &o, x->t);
            pad(&o, start, &s);
        } else if (verb == 'w') {
            /* (Errorf's) %w takes an error */
            vm_func *m = x->t ? vm_method_find(x->t, "Error") : NULL;
            if (!m || m->nresults != 2) {
                bad_verb(t, &o, x->t, x->t ? vm_iface_data(x) : NULL, &s);
                continue;
            }
            s.verb = 'v';
            format_value(t, &o, &it, x, &s, 0);
        } else {
            format_value(t, &o, &it, x, &s, 0);
        }
    }
    if (argi < n && !reordered) {
        puts_(&o, "%!(EXTRA ");
        for (int64_t k = argi; k < n; k++) {
            if (k > argi)
                puts_(&o, ", ");
            type_name(t, &o, a[k].t);
            put(&o, "=", 1);
            gtype it = {.kind = K_INTERFACE, .size = 16};
            format_value(t, &o, &it, &a[k], &plain_v, 0);
        }
        put(&o, ")", 1);
    }
}

void vm_fmt_panic_value(vm_thread *t, const vm_iface *x, char **buf, size_t *len, size_t *cap)
{
    out o = {buf, len, cap};
    gtype *u = under(x->t);
    bool has_methods = vm_mtab(x->t) && vm_mtab(x->t)->n;
    if (has_methods) {
        gtype it = {.kind = K_INTERFACE, .size = 16};
        size_t before = *len;
        format_value(t, &o, &it, x, &plain_v, 0);
        (void)before;
        if (u->kind != K_STRING && x->t->kind == K_NAMED) {
            /* an error or Stringer prints its text alone */
        }
        return;
    }
    if (x->t->kind == K_NAMED && u->kind <= K_STRING) {
        /* panic(T(v)) of a named basic type: main.T(v) */
        type_name(t, &o, x->t);
        put(&o, "(", 1);
        if (u->kind == K_STRING)
            vm_quote(buf, len, cap, ((vm_string *)x->data.p)->p, ((vm_string *)x->data.p)->len, '"');
        else
            format_value(t, &o, x->t, vm_iface_data(x), &plain_v, 1);
        put(&o, ")", 1);
        return;
    }
    if (u->kind <= K_STRING) {
        gtype it = {.kind = K_INTERFACE, .size = 16};
        format_value(t, &o, &it, x, &plain_v, 0);
        if (u->kind == K_STRING)
            return;
        return;
    }
    put(&o, "(", 1);
    type_name(t, &o, x->t);
    put(&o, ") ", 2);
    char b[32];
    snprintf(b, sizeof b, "%p", vm_iface_data(x));
    puts_(&o, b);
}

bool vm_key_less(gtype *t, const void *a, const void *b)
{
    gtype *u = under(t);
    slot x, y;
    switch (u->kind) {
    case K_STRING: {
        const vm_string *s = a, *r = b;
        int64_t n = s->len < r->len ? s->len : r->len;
        int c = n ? memcmp(s->p, r->p, (size_t)n) : 0;
        return c < 0 || (c == 0 && s->len < r->len);
    }
    case K_FLOAT32: case K_FLOAT64:
        vm_load(t, a, &x, true);
        vm_load(t, b, &y, true);
        return x.f < y.f;
    case K_INTERFACE: {
        const vm_iface *p = a, *q = b;
        if (p->t != q->t)
            return (p->t ? p->t->id : -1) < (q->t ? q->t->id : -1);
        return p->t && vm_key_less(p->t, vm_iface_data(p), vm_iface_data(q));
    }
    case K_STRUCT:
        for (int i = 0; i < u->nfields; i++) {
            const char *fa = (const char *)a + u->fields[i].offset;
            const char *fb = (const char *)b + u->fields[i].offset;
            if (vm_key_less(u->fields[i].type, fa, fb))
                return true;
            if (vm_key_less(u->fields[i].type, fb, fa))
                return false;
        }
        return false;
    case K_ARRAY: {
        int es = gtype_elem_size(u->elem);
        for (int64_t i = 0; i < u->len; i++) {
            if (vm_key_less(u->elem, (const char *)a + i * es, (const char *)b + i * es))
                return true;
            if (vm_key_less(u->elem, (const char *)b + i * es, (const char *)a + i * es))
                return false;
        }
        return false;
    }
    case K_BOOL:
        vm_load(t, a, &x, true);
        vm_load(t, b, &y, true);
        return !x.u && y.u;
    default:
        vm_load(t, a, &x, true);
        vm_load(t, b, &y, true);
        return type_is_unsigned(u) || u->kind == K_POINTER || u->kind == K_CHAN ? x.u < y.u : x.i < y.i;
    }
}

/* The builtin print writes to stderr in the runtime's own formats. */
/* The builtin print's float: +1.500000e+000 (a three-digit exponent),
 * NaN, +Inf, -Inf. */
static int print_float(char *buf, size_t size, double x)
{
    if (isnan(x) || isinf(x))
        return snprintf(buf, size, "%s", isnan(x) ? "NaN" : x > 0 ? "+Inf" : "-Inf");
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%+.6e", x);
    char *e = strchr(tmp, 'e');
    int exp = atoi(e + 1);
    *e = 0;
    return snprintf(buf, size, "%se%c%03d", tmp, exp < 0 ? '-' : '+', abs(exp));
}

void vm_builtin_print(vm_thread *t, int flags, gtype *ty, const slot *r)
{
    char buf[64];
    if (flags & 1)
        vm_write(t, 2, " ", 1);
    if (ty) {
        gtype *u = under(ty);
        int n = 0;
        switch (u->kind) {
        case K_BOOL: vm_write(t, 2, r->i ? "true" : "false", r->i ? 4 : 5); break;
        case K_STRING: vm_write(t, 2, ((const vm_string *)r)->p, (size_t)((const vm_string *)r)->len); break;
        case K_FLOAT32: case K_FLOAT64:
            n = print_float(buf, sizeof buf, r->f);
            vm_write(t, 2, buf, (size_t)n);
            break;
        case K_INTERFACE:
            n = snprintf(buf, sizeof buf, "(%p,%p)", (void *)((const vm_iface *)r)->t, ((const vm_iface *)r)->data.p);
            vm_write(t, 2, buf, (size_t)n);
            break;
        default:
            if (type_is_integer(u))
                n = type_is_unsigned(u) ? snprintf(buf, sizeof buf, "%llu", (unsigned long long)r->u)
                                        : snprintf(buf, sizeof buf, "%lld", (long long)r->i);
            else
                n = snprintf(buf, sizeof buf, "%p", r->p);
            vm_write(t, 2, buf, (size_t)n);
        }
    }
    if (flags & 2)
        vm_write(t, 2, "\n", 1);
}
