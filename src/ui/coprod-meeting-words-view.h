/* coprod-meeting-words-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-team.h"

G_BEGIN_DECLS

#define COPROD_TYPE_MEETING_WORDS_VIEW (coprod_meeting_words_view_get_type ())
G_DECLARE_FINAL_TYPE (CoprodMeetingWordsView, coprod_meeting_words_view, COPROD,
                      MEETING_WORDS_VIEW, AdwBin)

GtkWidget *coprod_meeting_words_view_new     (CoprodTeam             *team,
                                              CoprodMeeting          *meeting);
void       coprod_meeting_words_view_refresh (CoprodMeetingWordsView *self);

G_END_DECLS
