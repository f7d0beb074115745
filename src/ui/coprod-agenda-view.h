/* coprod-agenda-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-meeting.h"
#include "coprod-team.h"

G_BEGIN_DECLS

#define COPROD_TYPE_AGENDA_VIEW (coprod_agenda_view_get_type ())
G_DECLARE_FINAL_TYPE (CoprodAgendaView, coprod_agenda_view, COPROD, AGENDA_VIEW, GtkWidget)

CoprodAgendaView *coprod_agenda_view_new (CoprodMeeting *meeting,
                                          CoprodTeam    *team);

G_END_DECLS
