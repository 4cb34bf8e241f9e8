/* tui.h: what the screens of the ncurses shell share: the screen table
 * (init, draw, key, leave, help), the shell's state, navigation between
 * screens and the key codes. Only src/tui includes curses. */
#ifndef CONCLAB_TUI_H
#define CONCLAB_TUI_H

#include "cli/cli.h"
#include "tui/track.h"

/* Keys: characters are their Unicode code points; function keys are
 * curses' KEY_* codes moved above Unicode so the two never collide. */
#define TUI_FN(k) (0x110000 + (k))
#define TUI_CTRL(c) ((c) & 0x1f)
#define TUI_ESC 27

/* Screen size below which only the "terminal too small" notice is drawn. */
#define TUI_MIN_COLS 40
#define TUI_MIN_ROWS 12

typedef struct tui tui;

/* One line of a screen's help: its keys and what they do. */
typedef struct tui_help {
    const char *keys; /* "j k, Up Down" */
    const char *what; /* "scroll" */
} tui_help;

/* A screen, as a table of functions (htop's and tmux's way). */
typedef struct screen {
    const char *name;                 /* shown in the title bar */
    void (*init)(tui *t, int arg);    /* entered (arg: a section or card) */
    void (*draw)(tui *t);             /* draws the whole screen */
    void (*key)(tui *t, int key);     /* handles one key */
    void (*leave)(tui *t);            /* left or quitting: save (may be NULL) */
    const tui_help *help;             /* the keys, ended by {NULL, NULL} */
} screen;

/* Deepest stack of screens. */
#define TUI_DEPTH 8

/* The shell's state. */
struct tui {
    cli_ctx *ctx;                     /* options and the loaded content */
    const content *content;           /* ctx->content */
    track *track;                     /* reading progress and cards (store) */
    const screen *stack[TUI_DEPTH];   /* screens entered; the top is shown */
    int depth;                        /* screens on the stack */
    int quit;                         /* 1: leave the main loop */
    int timeout_ms;                   /* input poll the top screen wants (-1: block) */
    char message[160];                /* one-line notice for the status bar */
    int typing;                       /* 1: the top screen takes printable keys
                                         as text ('?' is typed; F1 is help) */
    int cursor_y, cursor_x;           /* where to show the cursor (-1: hidden) */
};

/* The screens. */
extern const screen home_screen;
extern const screen reader_screen;
extern const screen help_screen;
extern const screen present_screen;
extern const screen quiz_screen;
extern const screen stats_screen;
extern const screen demo_screen;
extern const screen challenge_screen; /* arg: index in challenge_puzzles */
extern const screen predict_screen;   /* arg: index in challenge_puzzles */
extern const screen gallery_screen;   /* arg: the bug entry to highlight */
extern const screen program_screen;   /* the Go file program_file */
extern const screen srcedit_screen;   /* the built-in editor of srcedit_file */

/* The Go file the program screen opens next (conclab open, a section's e). */
extern const char *program_file;

/* The file the built-in editor edits, and what runs once it is left (the
 * screen under it is shown again then). */
extern const char *srcedit_file;
extern void (*srcedit_closed)(tui *t);

/* The program screen's file changed: compile and run it again. */
void program_reload(tui *t);

/* The index in demos_table of the first demo of section id, or -1. Push
 * demo_screen with that index, or with -(index + 1) to start it playing. */
int demo_for_section(const char *id);

/* Enters s on top of the current screen, calling its init with arg. */
void tui_push(tui *t, const screen *s, int arg);

/* Leaves the top screen (its leave runs); leaving the last one quits. */
void tui_pop(tui *t);

/* The screen under the top one (for help), or NULL. */
const screen *tui_below(const tui *t);

/* Sets the one-line notice shown until the next key. */
void tui_say(tui *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* 1 for keys that move up / down (arrows, k / j). */
int tui_key_up(int key);
int tui_key_down(int key);

/* 1 for keys that go back (q, Esc, Left on some screens is not included). */
int tui_key_back(int key);

/* 1 for Enter. */
int tui_key_enter(int key);

#endif
