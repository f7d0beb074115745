/* coprod-action-editor.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-team.h"

G_BEGIN_DECLS

#define COPROD_TYPE_ACTION_EDITOR (coprod_action_editor_get_type ())
G_DECLARE_FINAL_TYPE (CoprodActionEditor, coprod_action_editor, COPROD, ACTION_EDITOR, AdwWindow)

GtkWidget    *coprod_action_editor_new             (GtkWindow          *parent,
                                                    CoprodTeam         *team,
                                                    CoprodAction       *action,
                                                    gint64              meeting_id);
GtkWidget    *coprod_action_editor_new_for_meeting (GtkWindow          *parent,
                                                    CoprodTeam         *team,
                                                    CoprodMeeting      *meeting,
                                                    gint64              agenda_item_id,
                                                    gint64              owner_person_id);
CoprodAction *coprod_action_editor_get_action      (CoprodActionEditor *self);
gboolean      coprod_action_editor_add             (CoprodActionEditor *self);
void          coprod_action_editor_prefill         (CoprodActionEditor *self,
                                                    const char         *text,
                                                    gint64              expectation_id);

G_END_DECLS
