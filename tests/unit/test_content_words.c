/* test_content_words.c: proves the study content keeps the document's words.
 * Every heading, bold term, sentence and code line of content/document.md must
 * appear, in document order, in sections.json or questions.json; every string
 * of the JSON must come from the document; each example's code is
 * byte-identical to the document and to its examples/<id>.go file. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "../tap.h"

#define SEP '\x1f' /* separates JSON strings in a haystack; never in the text */
#define MAX_PARTS 32
#define SECTION_COUNT 12

static const char *const section_ids[SECTION_COUNT] = {
    "goroutines",        "threads-vs-goroutines", "processes",
    "channels",          "synchronization-primitives", "concurrency-vs-parallelism",
    "data-race",         "race-condition",        "deadlock",
    "atomic-operations", "concurrency-patterns",  "scheduler"};

/* A growable byte string. */
typedef struct strbuf {
    char *data; /* NUL-terminated bytes, or NULL while empty */
    size_t len; /* bytes used, not counting the NUL */
    size_t cap; /* bytes allocated */
} strbuf;

/* One piece of the document that must be found in the JSON. */
typedef struct unit {
    char *text; /* normalised words */
    int whole;  /* 1: must equal a whole JSON string (heading, bold term) */
    int line;   /* line of document.md it came from */
} unit;

/* A part of the document: its title, one section, the questions, the answers. */
typedef struct part {
    char name[64];  /* "section 4 (channels)" */
    unit *units;    /* its pieces, in document order */
    size_t count;   /* number of pieces */
    strbuf code;    /* the example's code exactly as printed */
    int code_count; /* number of code blocks seen */
} part;

static part parts[MAX_PARTS]; /* parts[0] is the title; then sections, questions, answers */
static size_t part_count;
static strbuf flat; /* every unit joined by spaces: the document's words */

static void sb_put(strbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (b->len + n + 1 > cap)
            cap *= 2;
        char *grown = realloc(b->data, cap);
        if (!grown) {
            perror("realloc");
            exit(2);
        }
        b->data = grown;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

/* Appends s[0..n) with every run of whitespace made one space, trimmed. */
static void sb_put_normal(strbuf *b, const char *s, size_t n)
{
    int pending = 0, started = 0;
    for (size_t i = 0; i < n; i++) {
        if (isspace((unsigned char)s[i])) {
            pending = started;
            continue;
        }
        if (pending)
            sb_put(b, " ", 1);
        sb_put(b, s + i, 1);
        pending = 0;
        started = 1;
    }
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    strbuf b = {0};
    char chunk[8192];
    size_t n;
    if (!f)
        return NULL;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        sb_put(&b, chunk, n);
    fclose(f);
    if (!b.data)
        sb_put(&b, "", 0);
    if (len)
        *len = b.len;
    return b.data;
}

static void add_unit(part *p, const char *s, size_t n, int whole, int line)
{
    strbuf b = {0};
    sb_put_normal(&b, s, n);
    if (!b.data)
        return;
    p->units = realloc(p->units, (p->count + 1) * sizeof *p->units);
    if (!p->units) {
        perror("realloc");
        exit(2);
    }
    p->units[p->count++] = (unit){b.data, whole, line};
    if (flat.len)
        sb_put(&flat, " ", 1);
    sb_put(&flat, b.data, b.len);
}

/* Adds prose: a leading **term** becomes a whole unit, the rest sentences. */
static void add_prose(part *p, const char *s, int line)
{
    strbuf rest = {0};
    if (strncmp(s, "**", 2) == 0 && strstr(s + 2, "**")) {
        const char *end = strstr(s + 2, "**");
        add_unit(p, s + 2, (size_t)(end - s - 2), 1, line);
        s = end + 2;
        if (*s == ':')
            s++;
    }
    for (; *s; s++) /* bold in mid-text only loses its markers */
        if (strncmp(s, "**", 2) == 0)
            s++;
        else
            sb_put(&rest, s, 1);
    if (!rest.data)
        return;
    const char *start = rest.data;
    for (const char *c = rest.data; *c; c++)
        if (strchr(".?!", *c) && c[1] == ' ') {
            add_unit(p, start, (size_t)(c + 1 - start), 0, line);
            start = c + 2;
        }
    add_unit(p, start, strlen(start), 0, line);
    free(rest.data);
}

/* Starts the next part; NULL when the document has too many. */
static part *new_part(const char *name)
{
    if (part_count == MAX_PARTS)
        return NULL;
    part *p = &parts[part_count++];
    snprintf(p->name, sizeof p->name, "%s", name);
    return p;
}

/* Splits document.md into parts and units; returns 0, or -1 on an
 * unexpected layout (reported as a failed check). */
static int read_document(char *doc)
{
    part *p = NULL;
    int in_code = 0, line = 0, sections = 0, in_sections = 1, answers = 0;
    for (char *s = doc, *next; s && *s; s = next) {
        next = strchr(s, '\n');
        if (next)
            *next++ = '\0';
        line++;
        if (in_code) {
            if (strncmp(s, "```", 3) == 0) {
                in_code = 0;
                continue;
            }
            sb_put(&p->code, s, strlen(s));
            sb_put(&p->code, "\n", 1);
            add_unit(p, s, strlen(s), 0, line);
            continue;
        }
        if (strncmp(s, "```", 3) == 0) {
            if (!p)
                return -1;
            in_code = 1;
            p->code_count++;
            continue;
        }
        if (strncmp(s, "# ", 2) == 0) { /* the title, then "# Questions", "# Answers" */
            if (part_count == 0) {
                p = new_part("the title");
                add_unit(p, s + 2, strlen(s + 2), 1, line);
            } else if (strcmp(s, "# Questions") == 0 || strcmp(s, "# Answers") == 0) {
                p = new_part(s + 2); /* structure only: the files have no field for it */
                answers = strcmp(s, "# Answers") == 0;
                in_sections = 0;
            } else {
                return -1;
            }
            if (!p)
                return -1;
            continue;
        }
        if (strncmp(s, "## ", 3) == 0 && in_sections) {
            char name[64];
            if (sections == SECTION_COUNT)
                return -1;
            snprintf(name, sizeof name, "section %d (%s)", sections + 1, section_ids[sections]);
            p = new_part(name);
            sections++;
        }
        if (!p)
            return -1;
        while (*s == ' ')
            s++;
        if (*s == '#') {
            while (*s == '#')
                s++;
            while (*s == ' ')
                s++;
            if (answers) /* "## 1. Goroutine and Its Use Cases" */
                s += strspn(s, "0123456789"), s += strncmp(s, ". ", 2) == 0 ? 2 : 0;
            add_unit(p, s, strlen(s), 1, line);
            continue;
        }
        if (strncmp(s, "- ", 2) == 0)
            s += 2;
        else if (isdigit((unsigned char)*s) && strncmp(s + strspn(s, "0123456789"), ". ", 2) == 0)
            s += strspn(s, "0123456789") + 2;
        add_prose(p, s, line);
    }
    return sections == SECTION_COUNT && part_count == SECTION_COUNT + 3 ? 0 : -1;
}

/* Appends every string under item, in file order, skipping keys that hold
 * words not from the document (ids, notes, key terms, file names, and a
 * question's section id and list of section ids, not to be confused with
 * the sections). */
static void collect(const cJSON *item, strbuf *hay)
{
    static const char *const skip[] = {"id", "notes", "key_terms", "go_file"};
    if (item->string) {
        for (size_t i = 0; i < sizeof skip / sizeof *skip; i++)
            if (strcmp(item->string, skip[i]) == 0)
                return;
        if (strcmp(item->string, "sections") == 0 && cJSON_IsString(item->child))
            return;
        if (strcmp(item->string, "section") == 0 && cJSON_IsString(item))
            return;
    }
    if (cJSON_IsString(item)) {
        sb_put_normal(hay, item->valuestring, strlen(item->valuestring));
        sb_put(hay, (char[]){SEP}, 1);
    }
    for (const cJSON *c = item->child; c; c = c->next)
        collect(c, hay);
}

/* Finds the units of p in hay in order; one check, a diagnostic per miss. */
static void check_part(const part *p, const char *hay, const char *file)
{
    size_t at = 0, missing = 0;
    strbuf want = {0};
    for (size_t i = 0; i < p->count; i++) {
        const unit *u = &p->units[i];
        want.len = 0;
        if (u->whole)
            sb_put(&want, (char[]){SEP}, 1);
        sb_put(&want, u->text, strlen(u->text));
        if (u->whole)
            sb_put(&want, (char[]){SEP}, 1);
        const char *found = strstr(hay + at, want.data);
        if (found) {
            at = (size_t)(found - hay) + want.len - (u->whole ? 1 : 0);
        } else if (missing++ < 10) {
            diag("%s: missing %s from document.md line %d: %s", p->name,
                 u->whole ? "heading/term" : "text", u->line, u->text);
        }
    }
    ok(missing == 0 && p->count > 0, "%s: all %zu headings, terms, sentences and code lines in %s",
       p->name, p->count, file);
    free(want.data);
}

/* Every string of the JSON (outside notes, ids, key terms) is the document's. */
static size_t check_reverse(const cJSON *item, const char *file)
{
    strbuf hay = {0};
    size_t bad = 0;
    collect(item, &hay);
    for (char *s = hay.data, *end; s && *s; s = end + 1) {
        end = strchr(s, SEP);
        *end = '\0';
        if (*s && !strstr(flat.data, s) && bad++ < 5)
            diag("%s: not in the document: %s", file, s);
    }
    free(hay.data);
    return bad;
}

static cJSON *load_json(const char *dir, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *text = read_file(path, NULL);
    cJSON *json = text ? cJSON_Parse(text) : NULL;
    free(text);
    if (!ok(json != NULL, "%s parses", name))
        diag("cannot read or parse %s", path);
    return json;
}

/* The example of each section against the document and examples/<id>.go,
 * and its recorded output examples/<id>.out; one check each, all sections. */
static void check_examples(const char *dir, const cJSON *sections)
{
    int same_doc = 1, same_file = 1, has_out = 1;
    for (int i = 0; i < SECTION_COUNT; i++) {
        const cJSON *ex = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(sections, i), "example");
        const char *code = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ex, "code"));
        const char *go_file = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(ex, "go_file"));
        const part *p = &parts[1 + i];
        char want[256], path[4096];
        snprintf(want, sizeof want, "examples/%s.go", section_ids[i]);
        snprintf(path, sizeof path, "%s/examples/%s.go", dir, section_ids[i]);
        char *file = read_file(path, NULL);
        if (!(p->code_count == 1 && code && p->code.data && strcmp(code, p->code.data) == 0)) {
            diag("%s: the example code differs from the document's one code block", p->name);
            same_doc = 0;
        }
        if (!(go_file && strcmp(go_file, want) == 0 && file && code && strcmp(file, code) == 0)) {
            diag("%s: go_file is not %s, or that file differs from the code", p->name, want);
            same_file = 0;
        }
        free(file);
        snprintf(path, sizeof path, "%s/examples/%s.out", dir, section_ids[i]);
        file = read_file(path, NULL);
        if (!file || !*file) {
            diag("%s: %s is missing or empty", p->name, path);
            has_out = 0;
        }
        free(file);
    }
    ok(same_doc, "every example's code is byte-identical to the document's code block");
    ok(same_file, "every example names examples/<id>.go, and that file equals its code");
    ok(has_out, "every example's real output is recorded in examples/<id>.out");
}

static void check_shape(const cJSON *sections, const cJSON *questions)
{
    int same = cJSON_GetArraySize(sections) == SECTION_COUNT;
    for (int i = 0; same && i < SECTION_COUNT; i++) {
        const char *id = cJSON_GetStringValue(
            cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(sections, i), "id"));
        same = id && strcmp(id, section_ids[i]) == 0;
    }
    ok(same, "sections.json has the 12 sections with the expected ids in order");
    is_int(cJSON_GetArraySize(questions), 16, "questions.json has the 16 questions");
    int linked = 1, terms = 1;
    const cJSON *q, *s;
    cJSON_ArrayForEach(q, questions) {
        const cJSON *keys = cJSON_GetObjectItemCaseSensitive(q, "key_terms");
        int n = cJSON_GetArraySize(keys);
        terms &= n >= 3 && n <= 8;
        cJSON_ArrayForEach(s, cJSON_GetObjectItemCaseSensitive(q, "sections")) {
            int found = 0;
            for (int i = 0; i < SECTION_COUNT; i++)
                found |= cJSON_IsString(s) && strcmp(s->valuestring, section_ids[i]) == 0;
            if (!found)
                diag("question %s: unknown section", cJSON_GetStringValue(
                         cJSON_GetObjectItemCaseSensitive(q, "id")));
            linked &= found;
        }
    }
    ok(linked, "every section a question draws on exists");
    /* each question names the one section it is about, among those it
     * draws on: a section's quiz and "known" count it there only */
    int about = 1;
    char quiz_of_goroutines[64] = "", quiz_of_channels[64] = "";
    int number = 0;
    cJSON_ArrayForEach(q, questions) {
        number++;
        const char *sec = cJSON_GetStringValue(cJSON_GetObjectItemCaseSensitive(q, "section"));
        int drawn = 0;
        cJSON_ArrayForEach(s, cJSON_GetObjectItemCaseSensitive(q, "sections"))
            drawn |= sec && cJSON_IsString(s) && strcmp(s->valuestring, sec) == 0;
        if (!drawn)
            diag("question %d: no \"section\" among its \"sections\"", number);
        about &= drawn;
        char *list = sec && strcmp(sec, "goroutines") == 0  ? quiz_of_goroutines
                     : sec && strcmp(sec, "channels") == 0 ? quiz_of_channels
                                                            : NULL;
        if (list)
            snprintf(list + strlen(list), 64 - strlen(list), "%d ", number);
    }
    ok(about, "every question names its \"section\", one it draws on");
    is_str(quiz_of_goroutines, "1 2 ", "the goroutines section is about questions 1 and 2 only");
    is_str(quiz_of_channels, "3 4 5 7 12 ", "channel-use-cases (3) is about channels");
    ok(terms, "every question has 3 to 8 key terms");
}

int main(void)
{
    const char *dir = getenv("CONCLAB_CONTENT");
    char path[4096];
    if (!dir || !*dir)
        dir = "content";
    snprintf(path, sizeof path, "%s/document.md", dir);
    char *doc = read_file(path, NULL);
    if (!ok(doc != NULL, "read %s", path))
        return tap_done();
    ok(strstr(doc, "\xC3\xA2\xE2\x82\xAC") == NULL, "document.md has no mojibake left");
    ok(read_document(doc) == 0, "document.md has a title, 12 sections, questions and answers");
    cJSON *sec_json = load_json(dir, "sections.json");
    cJSON *q_json = load_json(dir, "questions.json");
    const cJSON *sections = cJSON_GetObjectItemCaseSensitive(sec_json, "sections");
    const cJSON *questions = cJSON_GetObjectItemCaseSensitive(q_json, "questions");
    if (sec_json && q_json && part_count == SECTION_COUNT + 3) {
        strbuf hay = {0};
        char seps[2] = {SEP, 0};
        sb_put(&hay, seps, 1);
        collect(cJSON_GetObjectItemCaseSensitive(sec_json, "title"), &hay);
        check_part(&parts[0], hay.data, "sections.json");
        for (int i = 0; i < SECTION_COUNT; i++) {
            hay.len = 0;
            sb_put(&hay, seps, 1);
            collect(cJSON_GetArrayItem(sections, i), &hay);
            check_part(&parts[1 + i], hay.data, "sections.json");
        }
        hay.len = 0;
        sb_put(&hay, seps, 1);
        collect(questions, &hay);
        check_part(&parts[SECTION_COUNT + 1], hay.data, "questions.json");
        check_part(&parts[SECTION_COUNT + 2], hay.data, "questions.json");
        free(hay.data);
        ok(check_reverse(sec_json, "sections.json") == 0, "every string of sections.json is the document's");
        ok(check_reverse(q_json, "questions.json") == 0, "every string of questions.json is the document's");
        check_shape(sections, questions);
        check_examples(dir, sections);
    }
    cJSON_Delete(sec_json);
    cJSON_Delete(q_json);
    for (size_t i = 0; i < part_count; i++) {
        for (size_t j = 0; j < parts[i].count; j++)
            free(parts[i].units[j].text);
        free(parts[i].units);
        free(parts[i].code.data);
    }
    free(flat.data);
    free(doc);
    return tap_done();
}
