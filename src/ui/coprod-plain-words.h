/* coprod-plain-words.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-team.h"

G_BEGIN_DECLS

/* The names of the text view's tags, for tests. */
#define COPROD_PLAIN_TAG_EXPLAINED   "coprod-plain-explained"
#define COPROD_PLAIN_TAG_UNEXPLAINED "coprod-plain-unexplained"
#define COPROD_PLAIN_TAG_DEFICIT     "coprod-plain-deficit"

void        coprod_plain_words_attach       (GtkWidget             *widget,
                                             CoprodTeam            *team,
                                             CoprodPlainCheckFlags  flags);
gboolean    coprod_plain_words_explain      (GtkWidget             *widget);
GtkPopover *coprod_plain_words_get_popover  (GtkWidget             *widget);

G_END_DECLS
