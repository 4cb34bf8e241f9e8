/* test_content_load.c: the content loader on good and bad files: every kind
 * of damage gets one line naming the file and the line:column or key path,
 * and the loader survives every failed allocation without leaking. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../tap.h"
#include "content/content.h"
#include "content/json_file.h"

static char fixture[4096]; /* tests/fixtures/mini */
static char workdir[4096]; /* a scratch copy of it */

static void copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
    char buf[8192];
    size_t n;
    while (in && out && (n = fread(buf, 1, sizeof buf, in)) > 0)
        fwrite(buf, 1, n, out);
    if (in)
        fclose(in);
    if (out)
        fclose(out);
}

/* Resets the scratch folder to a copy of the good fixture. */
static void reset_workdir(void)
{
    static const char *const files[] = {"sections.json",          "questions.json",
                                        "demos.json",             "bugs.json",
                                        "bugs/one_bug/bug_test.go", "bugs/one_bug/fixed_test.go"};
    char from[8192], to[8192];
    snprintf(to, sizeof to, "%s/bugs", workdir);
    mkdir(to, 0755);
    snprintf(to, sizeof to, "%s/bugs/one_bug", workdir);
    mkdir(to, 0755);
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(from, sizeof from, "%s/%s", fixture, files[i]);
        snprintf(to, sizeof to, "%s/%s", workdir, files[i]);
        copy_file(from, to);
    }
}

static void write_file(const char *name, const char *bytes, size_t len)
{
    char path[8192];
    snprintf(path, sizeof path, "%s/%s", workdir, name);
    FILE *f = fopen(path, "wb");
    fwrite(bytes, 1, len, f);
    fclose(f);
}

static void write_text(const char *name, const char *text)
{
    write_file(name, text, strlen(text));
}

/* Replaces the first occurrence of from with to in file name. */
static void patch_file(const char *name, const char *from, const char *to)
{
    char path[8192];
    static char buf[1 << 16], out[1 << 16];
    snprintf(path, sizeof path, "%s/%s", workdir, name);
    FILE *f = fopen(path, "rb");
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    char *at = strstr(buf, from);
    if (!at) {
        diag("patch: '%s' not found in %s", from, name);
        return;
    }
    size_t pre = (size_t)(at - buf);
    snprintf(out, sizeof out, "%.*s%s%s", (int)pre, buf, to, at + strlen(from));
    write_file(name, out, strlen(out));
}

/* Loads the scratch folder expecting failure with want in the message. */
static void expect_error(const char *what, const char *want)
{
    char err[1024] = "";
    content *c = content_load(workdir, err, sizeof err);
    ok(c == NULL, "%s: refused", what);
    content_free(c);
    if (!ok(strstr(err, want) != NULL, "%s: message says '%s'", what, want))
        diag("message was: %s", err);
    ok(strchr(err, '\n') == NULL && strlen(err) > 0, "%s: one line", what);
    reset_workdir();
}

static void test_good_fixture(void)
{
    char err[1024] = "";
    content *c = content_load(fixture, err, sizeof err);
    ok(c != NULL, "the mini fixture loads (%s)", err);
    if (!c)
        return;
    is_int(c->section_count, 2, "two sections");
    is_int(c->question_count, 2, "two questions");
    is_int(c->demo_count, 1, "one demo");
    is_str(c->sections[0].lists[0].items[0].term, "First Item", "numbered item term");
    is_int(c->sections[0].lists[0].numbered, 1, "details are numbered");
    is_int(c->sections[0].lists[1].numbered, 0, "practices are bullets");
    is_str(c->sections[0].lists[0].items[0].bullets[1].term, "Bold", "bullet term");
    is_str(c->sections[0].lists[0].items[0].bullets[0].text, "A bullet.", "plain-string bullet");
    is_str(c->sections[0].example.go_output, "alpha output\n", "recorded Go output loaded");
    is_str(c->questions[1].answer[0].text, "The second letter.", "string answer point");
    is_int(c->questions[1].number, 2, "questions numbered from 1");
    ok(content_find_section(c, "2") == &c->sections[1], "section by number");
    ok(content_find_section(c, "beta") == &c->sections[1], "section by id");
    ok(content_find_section(c, "3") == NULL && content_find_section(c, "0") == NULL,
       "out-of-range numbers find nothing");
    ok(content_find_question(c, "what-is-alpha") == &c->questions[0], "question by id");
    ok(content_find_demo(c, "alpha-demo") != NULL, "demo notes by name");
    is_str(c->questions[0].section, "alpha", "a question without \"section\" is about its first");
    is_str(c->questions[1].section, "beta", "the second question too");
    is_int(c->bug_count, 1, "one bug gallery entry");
    ok(content_find_bug(c, "one_bug") == &c->bugs[0] && content_find_bug(c, "1") == &c->bugs[0],
       "an entry by id and by number");
    ok(content_find_bug(c, "2") == NULL && content_find_bug(c, "two") == NULL,
       "no entry for a missing id or number");
    is_str(c->bug_question, "Which schedule breaks it?", "the gallery's question");
    ok(c->bugs[0].bug_code && strstr(c->bugs[0].bug_code, "c := make(chan int)\n"),
       "the buggy kernel's code is loaded");
    ok(c->bugs[0].fixed_code && strstr(c->bugs[0].fixed_code, "c := make(chan int, 1)\n"),
       "and the fixed one's");
    ok(c->bugs[0].bug_path && strstr(c->bugs[0].bug_path, "/bugs/one_bug/bug_test.go"),
       "with its path");
    ok(c->bugs[0].kind_count == 1 && strcmp(c->bugs[0].kinds[0], "leak") == 0, "its kinds");
    content_free(c);
}

/* "section": the one section a question is about, given or defaulted. */
static void test_question_section(void)
{
    char err[1024] = "";
    reset_workdir();
    patch_file("questions.json", "\"sections\": [\"beta\", \"alpha\"]",
               "\"section\": \"alpha\", \"sections\": [\"beta\", \"alpha\"]");
    content *c = content_load(workdir, err, sizeof err);
    ok(c != NULL, "a question with \"section\" loads (%s)", err);
    if (c) {
        is_str(c->questions[1].section, "alpha", "its section is the one given");
        ok(c->questions[1].section == c->sections[0].id, "borrowed from the section");
    }
    content_free(c);
    reset_workdir();
    patch_file("questions.json", "\"sections\": [\"beta\", \"alpha\"]",
               "\"section\": \"omega\", \"sections\": [\"beta\", \"alpha\"]");
    expect_error("unknown \"section\"", "questions[1]: section: unknown section \"omega\"");
    patch_file("questions.json", "\"sections\": [\"beta\", \"alpha\"]",
               "\"section\": \"\", \"sections\": [\"beta\", \"alpha\"]");
    expect_error("empty \"section\"", "questions[1]: \"section\" must not be empty");
    patch_file("questions.json", "\"sections\": [\"beta\", \"alpha\"]",
               "\"section\": [\"beta\"], \"sections\": [\"beta\", \"alpha\"]");
    expect_error("\"section\" not a string", "expected a string for \"section\"");
}

static void test_bad_files(void)
{
    char big[8192];
    reset_workdir();

    snprintf(big, sizeof big, "%s/questions.json", workdir);
    unlink(big);
    expect_error("missing file", "questions.json: cannot open");

    write_file("sections.json", "", 0);
    expect_error("empty file", "sections.json:1:1: the file is empty");

    write_text("sections.json", "{\"format\": 1, \"sections\": [");
    expect_error("truncated JSON", "unexpected end of file");

    patch_file("questions.json", "\"key_terms\": [\"second\"]", "\"key_terms\": [\"second\",]");
    expect_error("trailing comma", "questions.json:17:29: trailing comma before ']'");

    write_text("sections.json", "{\"format\": 1}\n@@garbage");
    expect_error("garbage after the value", "sections.json:2:1: syntax error");

    write_file("sections.json", "{\"format\":\0 1}", 14);
    expect_error("NUL byte", "sections.json:1:11: NUL byte");

    write_file("sections.json", "{\"title\": \"caf\xC3\x28\"}", 17);
    expect_error("invalid UTF-8", "sections.json:1:15: invalid UTF-8");

    write_file("sections.json", "{\"t\": \"\xE0\x80\xAF\"}", 12);
    expect_error("overlong UTF-8", "invalid UTF-8");

    {
        char deep[300];
        memset(deep, '[', 200);
        memcpy(deep + 200, "]", 2);
        write_file("sections.json", deep, 201);
        expect_error("nesting too deep", "nested deeper than 64 levels");
    }

    write_text("sections.json", "42");
    expect_error("top-level scalar", "sections.json: (top level): expected an object");

    patch_file("sections.json", "\"format\": 1", "\"format\": 2");
    expect_error("unknown format", "this conclab reads format 1");

    patch_file("questions.json", "\"question\": \"What is alpha?\",", "");
    expect_error("missing required key", "questions[0]: missing required key \"question\"");

    patch_file("questions.json", "\"question\": \"What is beta?\"", "\"question\": 7");
    expect_error("wrong type", "questions[1]: expected a string for \"question\", found a number");

    patch_file("sections.json", "\"id\": \"beta\"", "\"id\": \"alpha\"");
    expect_error("duplicate id", "sections[1]: duplicate id \"alpha\"");

    patch_file("questions.json", "[\"beta\", \"alpha\"]", "[\"beta\", \"gamma\"]");
    expect_error("unknown section", "questions[1]: sections[1]: unknown section \"gamma\"");

    patch_file("sections.json", "\"heading\"", "\"headline\"");
    expect_error("unknown key", "sections[0]: unknown key \"headline\"");

    /* Regression (found by the fuzzer): a key with a newline in it made a
     * two-line message. */
    patch_file("sections.json", "\"heading\"", "\"head\\ning\"");
    expect_error("control character in a key", "unknown key \"head\\x0Aing\"");

    patch_file("sections.json", "\"title\": \"Beta\",", "\"title\": \"Beta\", \"title\": \"B\",");
    expect_error("duplicate key", "sections[1]: duplicate key \"title\"");

    patch_file("sections.json", "\"Be Careful\", \"text\": \"Always.\"", "\"Be Careful\"");
    expect_error("point without text",
                 "sections[0].lists[1].items[0]: missing required key \"text\"");

    patch_file("sections.json", "\"id\": \"beta\"", "\"id\": \"Beta Two\"");
    expect_error("malformed id", "must use only a-z, 0-9 and '-'");

    patch_file("demos.json", "\"questions\": [1]", "\"questions\": [9]");
    expect_error("demo names a missing question", "demos[0]: questions[0]");

    patch_file("demos.json", "\"section\": \"alpha\"", "\"section\": \"zeta\"");
    expect_error("demo names a missing section", "demos[0]: unknown section \"zeta\"");

    patch_file("bugs.json", "\"kinds\": [\"leak\"]", "\"kinds\": [\"leak\", \"slow\"]");
    expect_error("a bug of an unknown kind", "bugs.json: bugs[0]: kinds[1]: \"slow\" is not one of");
    patch_file("bugs.json", "\"kinds\": [\"leak\"]", "\"kinds\": [\"leak\", \"leak\"]");
    expect_error("a kind twice", "bugs[0]: kinds[1]: \"leak\" twice");
    patch_file("bugs.json", "\"kinds\": [\"leak\"]", "\"kinds\": []");
    expect_error("no kind", "bugs[0]");
    patch_file("bugs.json", "\"timing\": \"always\"", "\"timing\": \"often\"");
    expect_error("an unknown timing", "bugs[0]: \"timing\" must be always, sched or tie");
    patch_file("bugs.json", "\"id\": \"one_bug\"", "\"id\": \"../one\"");
    expect_error("an id that is not a folder name", "bugs[0]: \"id\" must start with a-z");
    patch_file("bugs.json", "\"id\": \"one_bug\"", "\"id\": \"two_bug\"");
    expect_error("an entry without its kernel", "bugs[0]: its kernel: ");
    patch_file("bugs.json", "\"fix\": \"A buffer of one.\"", "\"fix\": \"\"");
    expect_error("an empty fix", "bugs[0]");
    patch_file("bugs.json", "\"story\"", "\"tale\"");
    expect_error("an unknown key in an entry", "bugs[0]");
    patch_file("bugs.json", "\"question\": \"Which schedule breaks it?\",", "");
    expect_error("the gallery without its question", "bugs.json");
    patch_file("bugs.json", "    }\n  ]", "    },\n    {\"id\": \"one_bug\", \"title\": \"t\", \"class\": \"c\", "
               "\"modelled_on\": \"m\", \"story\": \"s\", \"schedule\": \"s\", \"shows_as\": \"s\", "
               "\"kinds\": [\"leak\"], \"timing\": \"tie\", \"fix\": \"f\"}\n  ]");
    expect_error("an id twice", "bugs[1]: duplicate id \"one_bug\" (also bugs[0])");
    {
        char path[8192];
        snprintf(path, sizeof path, "%s/bugs.json", workdir);
        unlink(path);
        char err[1024] = "";
        content *c = content_load(workdir, err, sizeof err);
        ok(c && c->bug_count == 0, "an absent bugs.json is fine: no gallery (%s)", err);
        content_free(c);
        reset_workdir();
    }

    {
        size_t len = CONTENT_MAX_FILE_BYTES + 10;
        char *huge = malloc(len);
        memset(huge, ' ', len);
        huge[0] = '{';
        huge[len - 1] = '}';
        write_file("sections.json", huge, len);
        free(huge);
        expect_error("file over the size limit", "more than the limit");
    }

    {
        char path[8192];
        snprintf(path, sizeof path, "%s/demos.json", workdir);
        unlink(path);
        char err[1024] = "";
        content *c = content_load(workdir, err, sizeof err);
        ok(c && c->demo_count == 0, "an absent demos.json is fine (%s)", err);
        content_free(c);
        reset_workdir();
    }
}

/* The failing allocator: fails the fail_at-th allocation from now on. */
static long alloc_count, fail_at;
static void *failing_alloc(size_t size)
{
    if (++alloc_count == fail_at)
        return NULL;
    return malloc(size);
}

static void test_failing_allocator(void)
{
    char err[1024];
    int crashes = 0, successes = 0;
    long needed = 0;
    json_file_set_allocator(failing_alloc, free);
    for (fail_at = 1; fail_at < 100000; fail_at++) {
        alloc_count = 0;
        err[0] = '\0';
        content *c = content_load(fixture, err, sizeof err);
        if (c) {
            successes++;
            needed = fail_at;
            content_free(c);
            break;
        }
        if (!err[0])
            crashes++;
    }
    json_file_set_allocator(NULL, NULL);
    ok(successes == 1, "loading succeeds once no allocation fails (after %ld tries)", needed);
    ok(needed > 50, "every one of the %ld allocations before it was made to fail", needed - 1);
    is_int(crashes, 0, "each failed allocation gave an error message");
}

int main(void)
{
    const char *src = getenv("CONCLAB_SRC");
    snprintf(fixture, sizeof fixture, "%s/tests/fixtures/mini", src ? src : ".");
    char tmpl[] = "/tmp/conclab-content-XXXXXX";
    if (!mkdtemp(tmpl)) {
        perror("mkdtemp");
        return 1;
    }
    snprintf(workdir, sizeof workdir, "%s", tmpl);
    test_good_fixture();
    test_question_section();
    test_bad_files();
    test_failing_allocator();
    char cmd[8300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", workdir);
    if (system(cmd) != 0)
        diag("could not remove %s", workdir);
    return tap_done();
}
