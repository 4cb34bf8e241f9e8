/* content.h: the study text in memory: sections, questions and demo notes,
 * loaded from the JSON files of a content folder and validated. Read-only
 * after loading; every view draws from these structs. The file format is
 * documented in content/SCHEMA.md. */
#ifndef CONCLAB_CONTENT_H
#define CONCLAB_CONTENT_H

#include <stddef.h>

/* A bullet or a numbered item: an optional bold term and its text. Inline
 * code inside any text is marked with `backticks`; nothing else is markup. */
typedef struct content_point {
    char *term;                      /* "Unbuffered Channels", or NULL */
    char *text;                      /* the words after the term ("" if none) */
    struct content_point *bullets;   /* sub-bullets of a numbered item */
    size_t bullet_count;             /* number of sub-bullets */
} content_point;

/* A titled list: "Technical Details", "Best Practices", ... */
typedef struct content_list {
    char *title;                     /* heading as in the document */
    int numbered;                    /* 1: items are numbered 1., 2., ... */
    content_point *items;            /* the items, in order */
    size_t item_count;               /* number of items */
} content_list;

/* An accuracy note: where the document is wrong, outdated or imprecise. */
typedef struct content_note {
    char *title;                     /* one line: what the note is about */
    char *text;                      /* what is wrong and what real Go does */
    char *checked;                   /* how it was checked (Go version, spec) */
} content_note;

/* The Go example of a section. */
typedef struct content_example {
    char *title;                     /* "Example: Using Unbuffered Channels" */
    char **lead;                     /* paragraphs before the code */
    size_t lead_count;
    char *code;                      /* the Go source, exactly as printed */
    char **explanation;              /* paragraphs after the code */
    size_t explanation_count;
    char *go_file;                   /* "examples/channels.go" or NULL */
    char *go_output;                 /* recorded real output, loaded, or NULL */
} content_example;

/* One section of the document. */
typedef struct content_section {
    char *id;                        /* "channels" */
    char *title;                     /* "Channels" */
    char *heading;                   /* "Channels in GoLang" */
    char **intro;                    /* introduction paragraphs */
    size_t intro_count;
    content_list *lists;             /* details, scenarios/patterns, practices */
    size_t list_count;
    content_example example;         /* example.code NULL when there is none */
    char **conclusion;               /* conclusion paragraphs */
    size_t conclusion_count;
    char *conclusion_title;          /* "Conclusion" */
    content_note *notes;             /* accuracy notes */
    size_t note_count;
} content_section;

/* One question with its reference answer. */
typedef struct content_question {
    int number;                      /* 1-based, as in the document */
    char *id;                        /* stable id, e.g. "buffered-channel" */
    char *question;                  /* "What is buffered channel?" */
    char *title;                     /* the answer's heading */
    content_point *answer;           /* the answer's bullets */
    size_t answer_count;
    char **sections;                 /* ids of the sections it draws on */
    size_t section_count;
    const char *section;             /* id of the one section it is about: its
                                        quiz and its "known" (borrowed from that
                                        section; NULL: none) */
    char **key_terms;                /* terms a good answer mentions */
    size_t key_term_count;
    content_note *notes;             /* accuracy notes */
    size_t note_count;
} content_question;

/* The words that go with a demonstration (its code lives in src/demos). */
typedef struct content_demo {
    char *name;                      /* "data-race" */
    char *section;                   /* section id it belongs to */
    int *questions;                  /* question numbers it illustrates */
    size_t question_count;
    char *summary;                   /* one line for `demo list` */
    char *notice;                    /* "what to notice" */
} content_demo;

/* A bug gallery entry: a kernel of a real-world concurrency bug, with the
 * buggy and the fixed Go test file (bugs/ID/bug_test.go, fixed_test.go). */
typedef struct content_bug {
    char *id;                        /* "timeout_watch_cache": its folder */
    char *title;                     /* one line */
    char *bug_class;                 /* "lock held across a channel send" */
    char *modelled_on;               /* "kubernetes#38669", or "class: ..." */
    char *story;                     /* what the real system did */
    char *schedule;                  /* the answer: the schedule that breaks it */
    char *shows_as;                  /* how the failure shows */
    char **kinds;                    /* of fail, panic, crash, deadlock, leak, race */
    size_t kind_count;
    char *timing;                    /* always, sched or tie (content/SCHEMA.md) */
    char *fix;                       /* what the fix changes */
    char *bug_path;                  /* DIR/bugs/ID/bug_test.go */
    char *fixed_path;                /* DIR/bugs/ID/fixed_test.go */
    char *bug_code;                  /* their text */
    char *fixed_code;
} content_bug;

/* Everything loaded from one content folder. */
typedef struct content {
    char *dir;                       /* the folder it was loaded from */
    char *title;                     /* the document's title */
    content_section *sections;
    size_t section_count;
    content_question *questions;
    size_t question_count;
    content_demo *demos;             /* from demos.json; may be empty */
    size_t demo_count;
    content_bug *bugs;               /* from bugs.json; may be empty */
    size_t bug_count;
    char *bug_question;              /* "Which schedule breaks it?" */
} content;

/* Largest content file accepted, in bytes. */
#define CONTENT_MAX_FILE_BYTES (4u * 1024u * 1024u)

/* Loads and validates sections.json, questions.json and (if present)
 * demos.json and bugs.json, with the bugs' Go files, from dir. Returns the content, owned by the caller (free it with
 * content_free), or NULL with a one-line message in err ("FILE:LINE:COL: what"
 * or "FILE: key path: what"). Does not block on anything but file reads. */
content *content_load(const char *dir, char *err, size_t errlen);

/* Frees everything content_load returned; NULL is accepted. */
void content_free(content *c);

/* Finds a section by id or by 1-based number written as text ("4").
 * Returns NULL when there is none. */
const content_section *content_find_section(const content *c, const char *key);

/* Finds a question by id or 1-based number written as text. */
const content_question *content_find_question(const content *c, const char *key);

/* Returns the section's index, or -1. */
int content_section_index(const content *c, const char *id);

/* Finds the demo notes by name, or NULL. */
const content_demo *content_find_demo(const content *c, const char *name);

/* Finds a bug gallery entry by id or 1-based number written as text. */
const content_bug *content_find_bug(const content *c, const char *key);

/* Loads the optional bugs.json of c->dir and each entry's two Go files
 * (bugs.c); 0, or -1 with the message in err. */
int content_load_bugs(content *c, char *err, size_t errlen);

/* Frees what content_load_bugs loaded. */
void content_free_bugs(content *c);

#endif
