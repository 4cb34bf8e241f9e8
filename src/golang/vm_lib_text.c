/* vm_lib_text.c: the library's text and ordering functions in C:
 * strings (searching, splitting, joining, trimming, case, Builder),
 * unicode's character classes and case mapping (a compact table: ASCII,
 * Latin-1, Latin Extended-A, Greek, Cyrillic, Armenian and the common
 * scripts' letters and digits, not all of Unicode), unicode/utf8's
 * decoding, strconv's number parsing (the Go side in lib/strconv.go
 * builds the *NumError) and sort (Ints, Strings, Float64s, Slice,
 * SliceStable, SearchInts), with Go's results and error messages. The
 * rest of these packages is Go, in src/golang/lib. */
#include "golang/vm.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
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

/* --- unicode: classes and case ------------------------------------------------ */

/* A range of runes [lo, hi]. */
typedef struct rune_range {
    int32_t lo, hi;
} rune_range;

static bool in_ranges(const rune_range *r, size_t n, int32_t c)
{
    for (size_t i = 0; i < n; i++)
        if (c >= r[i].lo && c <= r[i].hi)
            return true;
    return false;
}

#define IN(table, c) in_ranges(table, sizeof table / sizeof table[0], c)

/* unicode.IsSpace: the White_Space property. */
static const rune_range space_runes[] = {
    {'\t', '\r'}, {' ', ' '}, {0x85, 0x85}, {0xA0, 0xA0}, {0x1680, 0x1680},
    {0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000},
};

static bool uni_is_space(int32_t c)
{
    return IN(space_runes, c);
}

/* Upper-case letters and their lower-case partners: lower = upper +
 * delta over [lo, hi], or, with delta 0, alternating pairs from lo
 * (lo upper, lo+1 its lower, lo+2 upper, ...). */
typedef struct case_range {
    int32_t lo, hi, delta;
} case_range;

static const case_range case_ranges[] = {
    {'A', 'Z', 32}, {0xC0, 0xD6, 32}, {0xD8, 0xDE, 32}, {0x100, 0x12F, 0}, {0x132, 0x137, 0},
    {0x139, 0x148, 0}, {0x14A, 0x177, 0}, {0x179, 0x17E, 0}, {0x182, 0x185, 0}, {0x1A0, 0x1A5, 0},
    {0x1CD, 0x1DC, 0}, {0x1DE, 0x1EF, 0}, {0x1F8, 0x21F, 0}, {0x222, 0x233, 0}, {0x370, 0x373, 0},
    {0x388, 0x38A, 37}, {0x38E, 0x38F, 63}, {0x391, 0x3A1, 32}, {0x3A3, 0x3AB, 32},
    {0x3D8, 0x3EF, 0}, {0x400, 0x40F, 80}, {0x410, 0x42F, 32}, {0x460, 0x481, 0},
    {0x48A, 0x4BF, 0}, {0x4C1, 0x4CE, 0}, {0x4D0, 0x52F, 0}, {0x3FD, 0x3FF, -130}, {0x531, 0x556, 48}, {0x10A0, 0x10C5, 7264},
    {0x1E00, 0x1E95, 0}, {0x1EA0, 0x1EFF, 0}, {0x2160, 0x216F, 16}, {0x24B6, 0x24CF, 26},
    {0x2C00, 0x2C2E, 48}, {0xFF21, 0xFF3A, 32}, {0x10400, 0x10427, 40},
};

/* Single pairs outside the ranges; up: only ToUpper(lower) == upper,
 * down: only ToLower(upper) == lower. */
typedef struct case_pair {
    int32_t upper, lower;
    bool up, down;
} case_pair;

static const case_pair case_pairs[] = {
    {0x178, 0xFF, true, true},   {0x39C, 0xB5, true, false}, {0x130, 'i', false, true},
    {'I', 0x131, true, false},   {'S', 0x17F, true, false},  {0x386, 0x3AC, true, true},
    {0x38C, 0x3CC, true, true},  {0x3A3, 0x3C2, true, false}, {0x376, 0x377, true, true},
    {0x1E9E, 0xDF, false, true}, {0x187, 0x188, true, true}, {0x18B, 0x18C, true, true},
    {0x191, 0x192, true, true},  {0x198, 0x199, true, true}, {0x1A7, 0x1A8, true, true},
    {0x1AC, 0x1AD, true, true},  {0x1AF, 0x1B0, true, true}, {0x1B3, 0x1B4, true, true},
    {0x1B5, 0x1B6, true, true},  {0x1B8, 0x1B9, true, true}, {0x1BC, 0x1BD, true, true},
    {0x37F, 0x3F3, true, true},  {0x3CF, 0x3D7, true, true}, {0x3F7, 0x3F8, true, true},
    {0x3FA, 0x3FB, true, true},  {0x3F9, 0x3F2, true, true}, {0x3F4, 0x3B8, false, true},
    {0x392, 0x3D0, true, false}, {0x398, 0x3D1, true, false}, {0x3A6, 0x3D5, true, false},
    {0x3A0, 0x3D6, true, false}, {0x39A, 0x3F0, true, false}, {0x3A1, 0x3F1, true, false},
    {0x395, 0x3F5, true, false}, {0x4C0, 0x4CF, true, true},
};

static int32_t uni_to_lower(int32_t c)
{
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    for (size_t i = 0; i < sizeof case_pairs / sizeof case_pairs[0]; i++)
        if (case_pairs[i].upper == c && case_pairs[i].down)
            return case_pairs[i].lower;
    for (size_t i = 0; i < sizeof case_ranges / sizeof case_ranges[0]; i++) {
        const case_range *r = &case_ranges[i];
        if (c >= r->lo && c <= r->hi)
            return r->delta ? c + r->delta : (c - r->lo) % 2 == 0 ? c + 1 : c;
    }
    return c;
}

static int32_t uni_to_upper(int32_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    for (size_t i = 0; i < sizeof case_pairs / sizeof case_pairs[0]; i++)
        if (case_pairs[i].lower == c && case_pairs[i].up)
            return case_pairs[i].upper;
    for (size_t i = 0; i < sizeof case_ranges / sizeof case_ranges[0]; i++) {
        const case_range *r = &case_ranges[i];
        if (r->delta ? c >= r->lo + r->delta && c <= r->hi + r->delta : c >= r->lo && c <= r->hi)
            return r->delta ? c - r->delta : (c - r->lo) % 2 == 1 ? c - 1 : c;
    }
    return c;
}

/* Letters with no case partner that Unicode still calls lower case. */
static const rune_range lower_only[] = {
    {0xDF, 0xDF}, {0x138, 0x138}, {0x149, 0x149}, {0x250, 0x2AF}, {0x390, 0x390},
    {0x3B0, 0x3B0}, {0x3FC, 0x3FC}, {0x1D00, 0x1D2B},
};

static bool uni_is_upper(int32_t c)
{
    return uni_to_lower(c) != c;
}

static bool uni_is_lower(int32_t c)
{
    return uni_to_upper(c) != c || IN(lower_only, c);
}

/* unicode.IsLetter: the letters of the common scripts (Latin, Greek,
 * Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Thai, Georgian,
 * Hangul, kana and CJK ideographs). */
static const rune_range letter_runes[] = {
    {'A', 'Z'}, {'a', 'z'}, {0xAA, 0xAA}, {0xB5, 0xB5}, {0xBA, 0xBA}, {0xC0, 0xD6},
    {0xD8, 0xF6}, {0xF8, 0x2C1}, {0x2C6, 0x2D1}, {0x2E0, 0x2E4}, {0x370, 0x374},
    {0x376, 0x377}, {0x37A, 0x37D}, {0x37F, 0x37F}, {0x386, 0x386}, {0x388, 0x38A},
    {0x38C, 0x38C}, {0x38E, 0x3A1}, {0x3A3, 0x3F5}, {0x3F7, 0x481}, {0x48A, 0x52F},
    {0x531, 0x556}, {0x560, 0x588}, {0x5D0, 0x5EA}, {0x620, 0x64A}, {0x671, 0x6D3},
    {0x904, 0x939}, {0xE01, 0xE30}, {0x10A0, 0x10C5}, {0x10D0, 0x10FA}, {0x1100, 0x1248},
    {0x1E00, 0x1F15}, {0x1F18, 0x1F1D}, {0x1F20, 0x1F45}, {0x1F48, 0x1F4D}, {0x1F50, 0x1F7D},
    {0x1F80, 0x1FBC}, {0x2C00, 0x2CE4}, {0x3041, 0x3096}, {0x30A1, 0x30FA}, {0x3105, 0x312F},
    {0x3131, 0x318E}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0xF900, 0xFA6D},
    {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A}, {0xFF66, 0xFFBE}, {0x10400, 0x1044F}, {0x20000, 0x2A6DF},
};

/* unicode.IsDigit: decimal digits (Nd) of the common scripts. */
static const rune_range digit_runes[] = {
    {'0', '9'}, {0x660, 0x669}, {0x6F0, 0x6F9}, {0x966, 0x96F}, {0x9E6, 0x9EF},
    {0xE50, 0xE59}, {0xFF10, 0xFF19}, {0x1D7CE, 0x1D7FF},
};

/* unicode.IsNumber adds these (Nl, No) to the digits. */
static const rune_range number_runes[] = {
    {0xB2, 0xB3}, {0xB9, 0xB9}, {0xBC, 0xBE}, {0x2070, 0x2070}, {0x2074, 0x2079},
    {0x2080, 0x2089}, {0x2150, 0x2182}, {0x2185, 0x2189}, {0x2460, 0x249B}, {0x24EA, 0x24FF},
    {0x2776, 0x2793}, {0x3007, 0x3007}, {0x3021, 0x3029},
};

/* unicode.IsPunct (P) and IsSymbol (S). */
static const rune_range punct_runes[] = {
    {'!', '#'}, {'%', '*'}, {',', '/'}, {':', ';'}, {'?', '@'}, {'[', ']'}, {'_', '_'},
    {'{', '{'}, {'}', '}'}, {0xA1, 0xA1}, {0xA7, 0xA7}, {0xAB, 0xAB}, {0xB6, 0xB7},
    {0xBB, 0xBB}, {0xBF, 0xBF}, {0x37E, 0x37E}, {0x387, 0x387}, {0x55A, 0x55F},
    {0x589, 0x58A}, {0x5BE, 0x5BE}, {0x60C, 0x60D}, {0x61B, 0x61B}, {0x61F, 0x61F},
    {0x2010, 0x2027}, {0x2030, 0x2043}, {0x2045, 0x2051}, {0x2053, 0x205E}, {0x3001, 0x3003},
    {0x3008, 0x3011}, {0x3014, 0x301F}, {0xFF01, 0xFF03}, {0xFF05, 0xFF0A}, {0xFF0C, 0xFF0F},
};

static const rune_range symbol_runes[] = {
    {'$', '$'}, {'+', '+'}, {'<', '>'}, {'^', '^'}, {'`', '`'}, {'|', '|'}, {'~', '~'},
    {0xA2, 0xA6}, {0xA8, 0xA9}, {0xAC, 0xAC}, {0xAE, 0xB1}, {0xB4, 0xB4}, {0xB8, 0xB8},
    {0xD7, 0xD7}, {0xF7, 0xF7}, {0x2C2, 0x2C5}, {0x2D2, 0x2DF}, {0x2E5, 0x2EB},
    {0x2ED, 0x2ED}, {0x2EF, 0x2FF}, {0x375, 0x375}, {0x384, 0x385}, {0x3F6, 0x3F6},
    {0x482, 0x482}, {0x20A0, 0x20C0},
    {0x2100, 0x2101}, {0x2103, 0x2106}, {0x2108, 0x2109}, {0x2116, 0x2118}, {0x211E, 0x2123},
    {0x2190, 0x2307}, {0x230C, 0x2328}, {0x232B, 0x23FF}, {0x25A0, 0x2767}, {0x2794, 0x27C4},
    {0x2900, 0x2982}, {0x1F300, 0x1FAFF},
};

/* unicode.IsMark: the combining marks of the common blocks. */
static const rune_range mark_runes[] = {
    {0x300, 0x36F}, {0x483, 0x489}, {0x591, 0x5BD}, {0x64B, 0x65F}, {0x900, 0x903},
    {0x93A, 0x94F}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x20D0, 0x20F0}, {0x3099, 0x309A},
    {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F},
};

static bool uni_is_letter(int32_t c)
{
    return IN(letter_runes, c);
}

static bool uni_is_digit(int32_t c)
{
    return IN(digit_runes, c);
}

static bool uni_is_control(int32_t c)
{
    return (c >= 0 && c < 0x20) || (c >= 0x7F && c < 0xA0);
}

/* unicode.IsPrint and strconv.IsPrint: what strconv.Quote leaves as it
 * is (vm_quote decides, so %q and IsPrint agree); '\\' and '"' count. */
static bool uni_is_print(int32_t c)
{
    if (c == '"' || c == '\\')
        return true;
    if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return false;
    char enc[4], *buf = NULL;
    size_t len = 0, cap = 0;
    int n = vm_utf8_encode(enc, c);
    vm_quote(&buf, &len, &cap, enc, n, '"');
    bool same = len == (size_t)n + 2 && memcmp(buf + 1, enc, (size_t)n) == 0;
    free(buf);
    return same;
}

#define RUNE_TEST(name, test)                                                                      \
    static void name(vm_thread *t, slot *a)                                                        \
    {                                                                                              \
        (void)t;                                                                                   \
        int32_t c = (int32_t)a[0].i;                                                               \
        a[0].i = (test);                                                                           \
    }

RUNE_TEST(unicode_IsSpace, uni_is_space(c))
RUNE_TEST(unicode_IsUpper, uni_is_upper(c))
RUNE_TEST(unicode_IsLower, uni_is_lower(c))
RUNE_TEST(unicode_IsLetter, uni_is_letter(c))
RUNE_TEST(unicode_IsDigit, uni_is_digit(c))
RUNE_TEST(unicode_IsNumber, uni_is_digit(c) || IN(number_runes, c))
RUNE_TEST(unicode_IsPunct, IN(punct_runes, c))
RUNE_TEST(unicode_IsSymbol, IN(symbol_runes, c))
RUNE_TEST(unicode_IsMark, IN(mark_runes, c))
RUNE_TEST(unicode_IsControl, uni_is_control(c))
RUNE_TEST(unicode_IsPrint, uni_is_print(c))
/* IsGraphic adds the spaces (Zs) to IsPrint */
RUNE_TEST(unicode_IsGraphic,
          uni_is_print(c) || (uni_is_space(c) && !uni_is_control(c) && c != 0x2028 && c != 0x2029))
RUNE_TEST(unicode_ToUpper, uni_to_upper(c))
RUNE_TEST(unicode_ToLower, uni_to_lower(c))

/* --- unicode/utf8 ------------------------------------------------------------ */

static int64_t rune_count(const char *p, int64_t n)
{
    int64_t runes = 0;
    for (int64_t i = 0; i < n; runes++) {
        int w;
        vm_utf8_decode(p + i, n - i, &w);
        i += w;
    }
    return runes;
}

/* The rune at the start of p (n bytes): RuneError and width 0 when
 * empty, 1 when invalid. */
static void decode_first(slot *a, const char *p, int64_t n)
{
    int w = 0;
    int32_t r = n > 0 ? vm_utf8_decode(p, n, &w) : 0xFFFD;
    a[0].i = r;
    a[1].i = w;
}

/* The rune that ends p. */
static void decode_last(slot *a, const char *p, int64_t n)
{
    if (n <= 0) {
        a[0].i = 0xFFFD;
        a[1].i = 0;
        return;
    }
    int64_t start = n - 1;
    while (start > 0 && start > n - 4 && ((unsigned char)p[start] & 0xC0) == 0x80)
        start--;
    int w;
    int32_t r = vm_utf8_decode(p + start, n - start, &w);
    if (start + w != n) {
        r = 0xFFFD;
        w = 1;
    }
    a[0].i = r;
    a[1].i = w;
}

static bool valid_utf8(const char *p, int64_t n)
{
    for (int64_t i = 0; i < n;) {
        int w;
        if (vm_utf8_decode(p + i, n - i, &w) == 0xFFFD && w == 1)
            return false;
        i += w;
    }
    return true;
}

static void utf8_RuneCountInString(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = rune_count(STR(0).p, STR(0).len);
}

static void utf8_RuneCount(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = rune_count(SLICE(0).p, SLICE(0).len);
}

static void utf8_DecodeRuneInString(vm_thread *t, slot *a)
{
    (void)t;
    vm_string s = STR(0);
    decode_first(a, s.p, s.len);
}

static void utf8_DecodeRune(vm_thread *t, slot *a)
{
    (void)t;
    vm_slice s = SLICE(0);
    decode_first(a, s.p, s.len);
}

static void utf8_DecodeLastRuneInString(vm_thread *t, slot *a)
{
    (void)t;
    vm_string s = STR(0);
    decode_last(a, s.p, s.len);
}

static void utf8_DecodeLastRune(vm_thread *t, slot *a)
{
    (void)t;
    vm_slice s = SLICE(0);
    decode_last(a, s.p, s.len);
}

static void utf8_ValidString(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = valid_utf8(STR(0).p, STR(0).len);
}

static void utf8_Valid(vm_thread *t, slot *a)
{
    (void)t;
    a[0].i = valid_utf8(SLICE(0).p, SLICE(0).len);
}

/* utf8.EncodeRune(p []byte, r rune) int: panics as Go's does when p is
 * too short. */
static void utf8_EncodeRune(vm_thread *t, slot *a)
{
    vm_slice p = SLICE(0);
    char enc[4];
    int n = vm_utf8_encode(enc, a[3].i);
    if (p.len < n)
        vm_throw(t, "index out of range [%d] with length %lld", n - 1, (long long)p.len);
    memcpy(p.p, enc, (size_t)n);
    a[0].i = n;
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

/* The width of the space rune at p (n bytes left), or 0. */
static int space_at(const char *p, int64_t n)
{
    int w;
    return uni_is_space(vm_utf8_decode(p, n, &w)) ? w : 0;
}

/* The width of the space rune that ends p, or 0. */
static int space_before(const char *p, int64_t n)
{
    slot r[2];
    decode_last(r, p, n);
    return uni_is_space((int32_t)r[0].i) ? (int)r[1].i : 0;
}

/* Fields: the runs of non-space runes; counted, then stored. */
static void strings_Fields(vm_thread *t, slot *a)
{
    vm_string s = STR(0);
    vm_slice out = {0};
    for (int pass = 0; pass < 2; pass++) {
        int64_t k = 0;
        for (int64_t i = 0; i < s.len;) {
            int w;
            while (i < s.len && (w = space_at(s.p + i, s.len - i)) > 0)
                i += w;
            int64_t start = i;
            while (i < s.len && space_at(s.p + i, s.len - i) == 0) {
                vm_utf8_decode(s.p + i, s.len - i, &w);
                i += w;
            }
            if (i > start) {
                if (pass)
                    ((vm_string *)out.p)[k] = (vm_string){s.p + start, i - start};
                k++;
            }
        }
        if (!pass)
            out = new_strings(t, k);
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

/* ToUpper and ToLower: rune by rune (an invalid byte becomes U+FFFD, as
 * in Go when the string is not all ASCII). */
static void map_case(vm_thread *t, slot *a, int32_t (*conv)(int32_t))
{
    vm_string s = STR(0);
    char *p = vm_alloc(t, (size_t)s.len * 3 + 1);
    int64_t n = 0;
    for (int64_t i = 0; i < s.len;) {
        int w;
        int32_t r = vm_utf8_decode(s.p + i, s.len - i, &w);
        n += vm_utf8_encode(p + n, conv(r));
        i += w;
    }
    STR(0) = (vm_string){p, n};
}

static void strings_ToUpper(vm_thread *t, slot *a)
{
    map_case(t, a, uni_to_upper);
}

static void strings_ToLower(vm_thread *t, slot *a)
{
    map_case(t, a, uni_to_lower);
}

static void strings_TrimSpace(vm_thread *t, slot *a)
{
    (void)t;
    vm_string s = STR(0);
    int w;
    while (s.len && (w = space_at(s.p, s.len)) > 0) {
        s.p += w;
        s.len -= w;
    }
    while (s.len && (w = space_before(s.p, s.len)) > 0)
        s.len -= w;
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

static void Builder_Cap(vm_thread *t, slot *a)
{
    a[0].i = builder(t, a)->cap;
}

/* Grow(n): room for n more bytes without another allocation. */
static void Builder_Grow(vm_thread *t, slot *a)
{
    vm_slice *b = builder(t, a);
    int64_t n = a[1].i;
    if (n < 0)
        vm_throw_plain(t, "strings.Builder.Grow: negative count");
    if (b->cap - b->len < n) {
        int64_t len = b->len;
        int64_t cap = b->cap * 2 + n;
        char *np = vm_alloc(t, (size_t)cap);
        if (len)
            memcpy(np, b->p, (size_t)len);
        b->p = np;
        b->cap = cap;
    }
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

/* --- strconv: parsing (the Go side, lib/strconv.go, makes the errors) ------- */

/* The statuses parseInt and parseFloat return to the Go side. */
enum { PARSE_OK, PARSE_SYNTAX, PARSE_RANGE, PARSE_BASE, PARSE_BITS };

/* Go's rule for '_' in a number: each one sits between digits, or
 * between a base prefix and a digit. */
static bool underscores_ok(const char *s, int64_t n)
{
    int64_t i = 0;
    char saw = '^';
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    bool hex = false;
    if (n - i >= 2 && s[i] == '0' && strchr("bBoOxX", s[i + 1])) {
        hex = s[i + 1] == 'x' || s[i + 1] == 'X';
        saw = '0';
        i += 2;
    }
    for (; i < n; i++) {
        char c = s[i];
        if ((c >= '0' && c <= '9') || (hex && isxdigit((unsigned char)c))) {
            saw = '0';
        } else if (c == '_') {
            if (saw != '0')
                return false;
            saw = '_';
        } else {
            if (saw == '_')
                return false;
            saw = '!';
        }
    }
    return saw != '_';
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* The magnitude of s's digits in base (0: from the prefix), at most max;
 * sets *status. */
static uint64_t parse_digits(vm_string s, int base, uint64_t max, int *status)
{
    const char *p = s.p;
    int64_t n = s.len;
    bool prefixed = base == 0;
    if (base == 0) {
        base = 10;
        if (n >= 2 && p[0] == '0') {
            /* 0x 0b 0o, or a leading 0 alone: octal */
            char c = (char)tolower((unsigned char)p[1]);
            base = c == 'x' ? 16 : c == 'b' ? 2 : 8;
            int skip = c == 'x' || c == 'b' || c == 'o' ? 2 : 1;
            p += skip;
            n -= skip;
        }
    } else if (base < 2 || base > 36) {
        *status = PARSE_BASE;
        return 0;
    }
    uint64_t v = 0;
    bool any = false;
    for (int64_t i = 0; i < n; i++) {
        if (p[i] == '_' && prefixed)
            continue;
        int d = digit_value(p[i]);
        if (d >= base) {
            *status = PARSE_SYNTAX;
            return 0;
        }
        any = true;
        if (v > (max - (uint64_t)d) / (uint64_t)base) {
            *status = PARSE_RANGE;
            return max;
        }
        v = v * (uint64_t)base + (uint64_t)d;
    }
    /* "0x" alone; a lone "0" of base 0 had its digit counted above */
    if (!any && !(prefixed && s.len == 1)) {
        *status = PARSE_SYNTAX;
        return 0;
    }
    if (prefixed && !underscores_ok(s.p, s.len)) {
        *status = PARSE_SYNTAX;
        return 0;
    }
    *status = PARSE_OK;
    return v;
}

/* parseInt(s string, base, bitSize int, unsigned bool) (v uint64,
 * status int): ParseInt's and ParseUint's value (two's complement for a
 * negative one) and status. */
static void strconv_parseInt(vm_thread *t, slot *a)
{
    (void)t;
    vm_string s = STR(0);
    int base = (int)a[2].i, bits = a[3].i == 0 ? 64 : (int)a[3].i;
    bool is_unsigned = a[4].i != 0;
    int status = PARSE_OK;
    uint64_t v = 0;
    if (s.len == 0) {
        status = PARSE_SYNTAX;
    } else if (base != 0 && (base < 2 || base > 36)) {
        status = PARSE_BASE;
    } else if (bits < 0 || bits > 64) {
        status = PARSE_BITS;
    } else {
        bool neg = false;
        if (!is_unsigned && (s.p[0] == '+' || s.p[0] == '-')) {
            neg = s.p[0] == '-';
            s.p++;
            s.len--;
        }
        uint64_t limit = is_unsigned ? (bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1)
                                     : (UINT64_C(1) << (bits - 1)) - (neg ? 0 : 1);
        v = s.len ? parse_digits(s, base, limit, &status) : (status = PARSE_SYNTAX, 0);
        if (neg)
            v = 0 - v;
    }
    a[0].u = v;
    a[1].i = status;
}

/* Whether the n bytes at p spell word (lower case) in any case. */
static bool is_word(const char *p, int64_t n, const char *word)
{
    if (n != (int64_t)strlen(word))
        return false;
    for (int64_t i = 0; i < n; i++)
        if (tolower((unsigned char)p[i]) != word[i])
            return false;
    return true;
}

/* parseFloat(s string, bitSize int) (float64, int): Go's float syntax
 * (decimal or hex with a p exponent, '_' between digits, inf, infinity,
 * nan), the value rounded once to bitSize bits. */
static void strconv_parseFloat(vm_thread *t, slot *a)
{
    (void)t;
    vm_string s = STR(0);
    bool f32 = a[2].i == 32;
    char buf[128];
    a[0].f = 0;
    a[1].i = PARSE_SYNTAX;
    if (s.len == 0 || s.len >= (int64_t)sizeof buf)
        return;
    int64_t i = 0, n = 0;
    bool sign = s.p[0] == '+' || s.p[0] == '-';
    const char *body = s.p + sign;
    int64_t blen = s.len - sign;
    if (is_word(body, blen, "inf") || is_word(body, blen, "infinity")) {
        a[0].f = s.p[0] == '-' ? -INFINITY : INFINITY;
        a[1].i = PARSE_OK;
        return;
    }
    if (!sign && is_word(body, blen, "nan")) {
        a[0].f = NAN;
        a[1].i = PARSE_OK;
        return;
    }
    bool hex = blen >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X');
    bool digits = false, dot = false, exp = false, underscore = false;
    for (i = 0; i < s.len; i++) {
        char c = s.p[i];
        if (c == '_') {
            underscore = true;
            continue;
        }
        bool is_exp = hex ? c == 'p' || c == 'P' : c == 'e' || c == 'E';
        if (i < sign) {
        } else if (hex && i - sign < 2) {
        } else if (!exp && (c >= '0' && c <= '9' ? true : hex && isxdigit((unsigned char)c))) {
            digits = true;
        } else if (!exp && !dot && c == '.') {
            dot = true;
        } else if (!exp && digits && is_exp) {
            exp = true;
            buf[n++] = c;
            if (i + 1 < s.len && (s.p[i + 1] == '+' || s.p[i + 1] == '-'))
                buf[n++] = s.p[++i];
            if (i + 1 >= s.len)
                return;
            continue;
        } else if (exp && c >= '0' && c <= '9') {
        } else {
            return;
        }
        buf[n++] = c;
    }
    buf[n] = 0;
    if (!digits || (hex && !exp) || (underscore && !underscores_ok(s.p, s.len)))
        return;
    errno = 0;
    double v = f32 ? (double)strtof(buf, NULL) : strtod(buf, NULL);
    a[0].f = v;
    a[1].i = isinf(v) ? PARSE_RANGE : PARSE_OK;
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

static void sort_SliceIsSorted(vm_thread *t, slot *a)
{
    vm_iface x = *(vm_iface *)a;
    vm_closure *less = a[2].p;
    if (!x.t || under(x.t)->kind != K_SLICE)
        vm_throw_plain(t, "reflect: call of Swapper on non-slice value");
    vm_slice *s = x.data.p;
    a[0].i = 1;
    for (int64_t i = s->len - 1; i > 0; i--)
        if (call_less(t, less, i, i - 1)) {
            a[0].i = 0;
            return;
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
    {"strings.(*Builder).Cap", Builder_Cap},
    {"strings.(*Builder).Grow", Builder_Grow},
    {"strconv.Itoa", strconv_Itoa},
    {"strconv.FormatInt", strconv_FormatInt},
    {"strconv.parseInt", strconv_parseInt},
    {"strconv.parseFloat", strconv_parseFloat},
    {"strconv.IsPrint", unicode_IsPrint},
    {"unicode.IsSpace", unicode_IsSpace},
    {"unicode.IsUpper", unicode_IsUpper},
    {"unicode.IsLower", unicode_IsLower},
    {"unicode.IsLetter", unicode_IsLetter},
    {"unicode.IsDigit", unicode_IsDigit},
    {"unicode.IsNumber", unicode_IsNumber},
    {"unicode.IsPunct", unicode_IsPunct},
    {"unicode.IsSymbol", unicode_IsSymbol},
    {"unicode.IsMark", unicode_IsMark},
    {"unicode.IsControl", unicode_IsControl},
    {"unicode.IsPrint", unicode_IsPrint},
    {"unicode.IsGraphic", unicode_IsGraphic},
    {"unicode.ToUpper", unicode_ToUpper},
    {"unicode.ToLower", unicode_ToLower},
    {"unicode.ToTitle", unicode_ToUpper},
    {"utf8.RuneCountInString", utf8_RuneCountInString},
    {"utf8.RuneCount", utf8_RuneCount},
    {"utf8.DecodeRuneInString", utf8_DecodeRuneInString},
    {"utf8.DecodeRune", utf8_DecodeRune},
    {"utf8.DecodeLastRuneInString", utf8_DecodeLastRuneInString},
    {"utf8.DecodeLastRune", utf8_DecodeLastRune},
    {"utf8.ValidString", utf8_ValidString},
    {"utf8.Valid", utf8_Valid},
    {"utf8.EncodeRune", utf8_EncodeRune},
    {"strconv.Quote", strconv_Quote},
    {"sort.Ints", sort_Ints},
    {"sort.Float64s", sort_Float64s},
    {"sort.Strings", sort_Strings},
    {"sort.Slice", sort_Slice},
    {"sort.SliceStable", sort_Slice},
    {"sort.SearchInts", sort_SearchInts},
    {"sort.SliceIsSorted", sort_SliceIsSorted},
    {NULL, NULL},
};
