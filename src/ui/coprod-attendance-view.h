/* coprod-attendance-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-team.h"

G_BEGIN_DECLS

#define COPROD_TYPE_ATTENDANCE_VIEW (coprod_attendance_view_get_type ())
G_DECLARE_FINAL_TYPE (CoprodAttendanceView, coprod_attendance_view, COPROD, ATTENDANCE_VIEW,
                      AdwBin)

GtkWidget *coprod_attendance_view_new (CoprodTeam    *team,
                                       CoprodMeeting *meeting);
GtkWidget *coprod_attendance_window_new (GtkWindow     *parent,
                                         CoprodTeam    *team,
                                         CoprodMeeting *meeting);

G_END_DECLS
