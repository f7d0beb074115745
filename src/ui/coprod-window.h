/* coprod-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-application.h"
#include "coprod-context.h"
#include "coprod-projector-window.h"

G_BEGIN_DECLS

#define COPROD_TYPE_WINDOW (coprod_window_get_type ())
G_DECLARE_FINAL_TYPE (CoprodWindow, coprod_window, COPROD, WINDOW, AdwApplicationWindow)

CoprodWindow *coprod_window_new           (CoprodApplication *application,
                                           CoprodContext     *context,
                                           GSettings         *settings);
CoprodTeam   *coprod_window_get_team      (CoprodWindow      *self);
void          coprod_window_show_read_only (CoprodWindow     *self,
                                           const char       *reason);
const char   *coprod_window_get_read_only_text (CoprodWindow *self);
void          coprod_window_report_error  (CoprodWindow      *self,
                                           const GError      *error);
CoprodLiveState *coprod_window_live_state_for (CoprodWindow  *self,
                                               CoprodMeeting *meeting,
                                               CoprodTeam    *team);
CoprodProjectorWindow *coprod_window_get_projector (CoprodWindow *self);
void          coprod_window_facilitator_view (CoprodWindow  *self,
                                              CoprodMeeting *meeting,
                                              CoprodTeam    *team,
                                              CoprodScene    scene);

gboolean      coprod_window_export_actions_to (CoprodWindow  *self,
                                               GFile         *file,
                                               const char    *format,
                                               GError       **error);

G_END_DECLS
