/* coprod-agenda-item-editor.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-team.h"

G_BEGIN_DECLS

#define COPROD_TYPE_AGENDA_ITEM_EDITOR (coprod_agenda_item_editor_get_type ())
G_DECLARE_FINAL_TYPE (CoprodAgendaItemEditor, coprod_agenda_item_editor, COPROD,
                      AGENDA_ITEM_EDITOR, AdwWindow)

CoprodAgendaItemEditor *coprod_agenda_item_editor_new      (GtkWindow              *parent,
                                                            CoprodAgendaItem       *item,
                                                            CoprodTeam             *team,
                                                            CoprodMeeting          *meeting);
CoprodAgendaItem       *coprod_agenda_item_editor_get_item (CoprodAgendaItemEditor *self);

G_END_DECLS
