/* workspace.h: the learner's copies of the document's Go examples (see
 * workspace.c). */
#ifndef CONCLAB_TUI_WORKSPACE_H
#define CONCLAB_TUI_WORKSPACE_H

#include <stddef.h>

#include "content/content.h"

/* Writes to path the learner's copy of section s's Go example, copying
 * the document's code there when there is no copy yet. Returns 0, or -1
 * with a one-line reason in err. */
int workspace_example(const content_section *s, char *path, size_t len, char *err, size_t errlen);

#endif
