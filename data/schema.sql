-- Migration 1: learners, cards, the review log, reading progress, demo runs.
-- Times are Unix seconds (UTC).
CREATE TABLE learner (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    created INTEGER NOT NULL
);

-- One learner's FSRS state on one question (no row: never reviewed).
CREATE TABLE card (
    learner     INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    question    TEXT NOT NULL,      -- question id from questions.json
    state       INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
                                    -- 0 new, 1 learning, 2 review, 3 relearning
    step        INTEGER NOT NULL,   -- index into the (re)learning steps
    stability   REAL NOT NULL,      -- days
    difficulty  REAL NOT NULL,      -- 1 .. 10
    due         INTEGER NOT NULL,
    last_review INTEGER NOT NULL,
    reps        INTEGER NOT NULL,
    lapses      INTEGER NOT NULL,
    PRIMARY KEY (learner, question)
) WITHOUT ROWID;
CREATE INDEX card_due ON card (learner, due);

-- Every grade given, with what was typed; before_* is the card as it was,
-- so the last grade can be undone (NULL for imported reviews).
CREATE TABLE review (
    id          INTEGER PRIMARY KEY,
    learner     INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    question    TEXT NOT NULL,
    time        INTEGER NOT NULL,
    grade       INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
    answer      TEXT NOT NULL,      -- what the learner typed
    took_ms     INTEGER NOT NULL,   -- from question to grade
    feedback    TEXT NOT NULL,
    before_state INTEGER, before_step INTEGER, before_stability REAL,
    before_difficulty REAL, before_due INTEGER, before_last_review INTEGER,
    before_reps INTEGER, before_lapses INTEGER,
    UNIQUE (learner, question, time)
);
CREATE INDEX review_time ON review (learner, time);

-- How far each learner has read each section.
CREATE TABLE reading (
    learner  INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    section  TEXT NOT NULL,         -- section id from sections.json
    fraction REAL NOT NULL CHECK (fraction BETWEEN 0 AND 1),
    position INTEGER NOT NULL,      -- where the reader was
    updated  INTEGER NOT NULL,
    PRIMARY KEY (learner, section)
) WITHOUT ROWID;

-- Demonstrations run: which, with what seed, and what they showed.
CREATE TABLE demo_run (
    id      INTEGER PRIMARY KEY,
    learner INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    demo    TEXT NOT NULL,
    seed    INTEGER NOT NULL,
    verdict TEXT NOT NULL,          -- ok, panic, deadlock, race ...
    time    INTEGER NOT NULL,
    UNIQUE (learner, demo, seed, time)
);
-- Migration 2: challenge attempts: "you are the scheduler" games (won: the
-- learner broke the program) and "which outputs can this program print?"
-- answers (won: exactly the outputs the explorer finds).
CREATE TABLE challenge_attempt (
    id          INTEGER PRIMARY KEY,
    learner     INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('scheduler', 'predict')),
    puzzle      TEXT NOT NULL,      -- puzzle name (conclab challenge list)
    won         INTEGER NOT NULL CHECK (won IN (0, 1)),
    moves       TEXT NOT NULL,      -- scheduler: goroutines chosen, "1,2,2";
                                    -- predict: the choices ticked, "1,3"
    preemptions INTEGER,            -- scheduler: preemptions used; NULL for predict
    fewest      INTEGER,            -- fewest preemptions that break it; NULL: none can
    time        INTEGER NOT NULL
);
CREATE INDEX challenge_attempt_time ON challenge_attempt (learner, time);
-- Migration 3: the bug gallery: what the learner did with each bug, a row
-- per step: read its entry, ran its test once, explored its schedules,
-- checked the fix, or looked at the answer; for a test, how it ended.
CREATE TABLE bug_step (
    id      INTEGER PRIMARY KEY,
    learner INTEGER NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    bug     TEXT NOT NULL,      -- the bug's id (conclab bugs list)
    step    TEXT NOT NULL CHECK (step IN ('read', 'run', 'explore', 'fix', 'answer')),
    outcome TEXT NOT NULL CHECK (outcome IN ('', 'failed', 'passed', 'stopped')),
    time    INTEGER NOT NULL,
    UNIQUE (learner, bug, step, outcome, time)
);
