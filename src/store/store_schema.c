/* store_schema.c: the schema of the progress database as numbered
 * migrations (PRAGMA user_version). These strings are the one source of the
 * schema; data/schema.sql is their concatenation for readers, and a test
 * checks the two are identical byte for byte. Never edit a migration that
 * has shipped: add the next one. */
#include <stddef.h>

#include "store/store_int.h"

static const char *const migrations[] = {
    NULL, /* version 0: the empty database */
    "-- Migration 1: learners, cards, the review log, reading progress, demo runs.\n"
    "-- Times are Unix seconds (UTC).\n"
    "CREATE TABLE learner (\n"
    "    id      INTEGER PRIMARY KEY,\n"
    "    name    TEXT NOT NULL UNIQUE,\n"
    "    created INTEGER NOT NULL\n"
    ");\n"
    "\n"
    "-- One learner's FSRS state on one question (no row: never reviewed).\n"
    "CREATE TABLE card (\n"
    "    learner     INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,\n"
    "    question    TEXT NOT NULL,      -- question id from questions.json\n"
    "    state       INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),\n"
    "                                    -- 0 new, 1 learning, 2 review, 3 relearning\n"
    "    step        INTEGER NOT NULL,   -- index into the (re)learning steps\n"
    "    stability   REAL NOT NULL,      -- days\n"
    "    difficulty  REAL NOT NULL,      -- 1 .. 10\n"
    "    due         INTEGER NOT NULL,\n"
    "    last_review INTEGER NOT NULL,\n"
    "    reps        INTEGER NOT NULL,\n"
    "    lapses      INTEGER NOT NULL,\n"
    "    PRIMARY KEY (learner, question)\n"
    ") WITHOUT ROWID;\n"
    "CREATE INDEX card_due ON card (learner, due);\n"
    "\n"
    "-- Every grade given, with what was typed; before_* is the card as it was,\n"
    "-- so the last grade can be undone (NULL for imported reviews).\n"
    "CREATE TABLE review (\n"
    "    id          INTEGER PRIMARY KEY,\n"
    "    learner     INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,\n"
    "    question    TEXT NOT NULL,\n"
    "    time        INTEGER NOT NULL,\n"
    "    grade       INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),\n"
    "    answer      TEXT NOT NULL,      -- what the learner typed\n"
    "    took_ms     INTEGER NOT NULL,   -- from question to grade\n"
    "    feedback    TEXT NOT NULL,\n"
    "    before_state INTEGER, before_step INTEGER, before_stability REAL,\n"
    "    before_difficulty REAL, before_due INTEGER, before_last_review INTEGER,\n"
    "    before_reps INTEGER, before_lapses INTEGER,\n"
    "    UNIQUE (learner, question, time)\n"
    ");\n"
    "CREATE INDEX review_time ON review (learner, time);\n"
    "\n"
    "-- How far each learner has read each section.\n"
    "CREATE TABLE reading (\n"
    "    learner  INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,\n"
    "    section  TEXT NOT NULL,         -- section id from sections.json\n"
    "    fraction REAL NOT NULL CHECK (fraction BETWEEN 0 AND 1),\n"
    "    position INTEGER NOT NULL,      -- where the reader was\n"
    "    updated  INTEGER NOT NULL,\n"
    "    PRIMARY KEY (learner, section)\n"
    ") WITHOUT ROWID;\n"
    "\n"
    "-- Demonstrations run: which, with what seed, and what they showed.\n"
    "CREATE TABLE demo_run (\n"
    "    id      INTEGER PRIMARY KEY,\n"
    "    learner INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,\n"
    "    demo    TEXT NOT NULL,\n"
    "    seed    INTEGER NOT NULL,\n"
    "    verdict TEXT NOT NULL,          -- ok, panic, deadlock, race ...\n"
    "    time    INTEGER NOT NULL,\n"
    "    UNIQUE (learner, demo, seed, time)\n"
    ");\n",
    "-- Migration 2: challenge attempts: \"you are the scheduler\" games (won: the\n"
    "-- learner broke the program) and \"which outputs can this program print?\"\n"
    "-- answers (won: exactly the outputs the explorer finds).\n"
    "CREATE TABLE challenge_attempt (\n"
    "    id          INTEGER PRIMARY KEY,\n"
    "    learner     INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,\n"
    "    kind        TEXT NOT NULL CHECK (kind IN ('scheduler', 'predict')),\n"
    "    puzzle      TEXT NOT NULL,      -- puzzle name (conclab challenge list)\n"
    "    won         INTEGER NOT NULL CHECK (won IN (0, 1)),\n"
    "    moves       TEXT NOT NULL,      -- scheduler: goroutines chosen, \"1,2,2\";\n"
    "                                    -- predict: the choices ticked, \"1,3\"\n"
    "    preemptions INTEGER,            -- scheduler: preemptions used; NULL for predict\n"
    "    fewest      INTEGER,            -- fewest preemptions that break it; NULL: none can\n"
    "    time        INTEGER NOT NULL\n"
    ");\n"
    "CREATE INDEX challenge_attempt_time ON challenge_attempt (learner, time);\n",
    "-- Migration 3: the bug gallery: what the learner did with each bug, a row\n"
    "-- per step: read its entry, ran its test once, explored its schedules,\n"
    "-- checked the fix, or looked at the answer; for a test, how it ended.\n"
    "CREATE TABLE bug_step (\n"
    "    id      INTEGER PRIMARY KEY,\n"
    "    learner INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,\n"
    "    bug     TEXT NOT NULL,      -- the bug's id (conclab bugs list)\n"
    "    step    TEXT NOT NULL CHECK (step IN ('read', 'run', 'explore', 'fix', 'answer')),\n"
    "    outcome TEXT NOT NULL CHECK (outcome IN ('', 'failed', 'passed', 'stopped')),\n"
    "    time    INTEGER NOT NULL,\n"
    "    UNIQUE (learner, bug, step, outcome, time)\n"
    ");\n",
};

int store_schema_version(void)
{
    return (int)(sizeof migrations / sizeof migrations[0]) - 1;
}

const char *store_schema_migration(int version)
{
    if (version < 1 || version > store_schema_version())
        return NULL;
    return migrations[version];
}
