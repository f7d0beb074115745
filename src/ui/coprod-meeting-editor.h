/* coprod-meeting-editor.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-meeting.h"
#include "coprod-team.h"

G_BEGIN_DECLS

#define COPROD_TYPE_MEETING_EDITOR (coprod_meeting_editor_get_type ())
G_DECLARE_FINAL_TYPE (CoprodMeetingEditor, coprod_meeting_editor, COPROD, MEETING_EDITOR,
                      AdwWindow)

CoprodMeetingEditor *coprod_meeting_editor_new         (GtkWindow           *parent,
                                                        CoprodMeeting       *meeting,
                                                        CoprodTeam          *team);
CoprodMeeting       *coprod_meeting_editor_get_meeting (CoprodMeetingEditor *self);
void                 coprod_meeting_editor_show_agenda (CoprodMeetingEditor *self);
void                 coprod_meeting_editor_show_page   (CoprodMeetingEditor *self,
                                                        const char          *page);

G_END_DECLS
