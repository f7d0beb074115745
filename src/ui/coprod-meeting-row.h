/* coprod-meeting-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-meeting.h"

G_BEGIN_DECLS

#define COPROD_TYPE_MEETING_ROW (coprod_meeting_row_get_type ())
G_DECLARE_FINAL_TYPE (CoprodMeetingRow, coprod_meeting_row, COPROD, MEETING_ROW, GtkWidget)

CoprodMeetingRow *coprod_meeting_row_new        (void);
CoprodMeeting    *coprod_meeting_row_get_meeting (CoprodMeetingRow *self);
void             coprod_meeting_row_set_meeting (CoprodMeetingRow *self,
                                               CoprodMeeting    *meeting);

G_END_DECLS
