/* narrate.h: the runtime's trace events in plain words, for the challenge's
 * "what just happened" and the story of a finished game. */
#ifndef CONCLAB_CHALLENGE_NARRATE_H
#define CONCLAB_CHALLENGE_NARRATE_H

#include <stddef.h>

#include "challenge/game.h"
#include "rt/rt.h"

/* One event as a short sentence, "g2 read counter = 0 (line 12)", into buf;
 * "" for events not worth telling (a goroutine being switched to). */
void narrate_event(const rt_event *ev, char *buf, size_t len);

/* Events [from, to) of r's trace, one sentence per line. With marks, the
 * game's preemptions are told where they happened ("-- you preempted g2
 * ... --"). Returns a new string (free it), or NULL when out of memory. */
char *narrate_events(const challenge_game *g, const rt *r, size_t from, size_t to, int marks);

#endif
