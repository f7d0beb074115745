/* coprod-action-outcome.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-action.h"

G_BEGIN_DECLS

#define COPROD_TYPE_ACTION_OUTCOME (coprod_action_outcome_get_type ())
G_DECLARE_FINAL_TYPE (CoprodActionOutcome, coprod_action_outcome, COPROD, ACTION_OUTCOME, GtkBox)

GtkWidget    *coprod_action_outcome_new        (gint64               meeting_id);
void          coprod_action_outcome_set_action (CoprodActionOutcome *self,
                                                CoprodAction        *action);
void          coprod_action_outcome_set_meeting_id (CoprodActionOutcome *self,
                                                    gint64               meeting_id);
CoprodAction *coprod_action_outcome_get_action (CoprodActionOutcome *self);
gboolean      coprod_action_outcome_record     (CoprodActionOutcome *self,
                                                CoprodActionStatus   status);
char         *coprod_action_describe_status    (CoprodAction        *action);

G_END_DECLS
