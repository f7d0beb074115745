/* coprod-actions-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-action-listing.h"

G_BEGIN_DECLS

#define COPROD_TYPE_ACTIONS_VIEW (coprod_actions_view_get_type ())
G_DECLARE_FINAL_TYPE (CoprodActionsView, coprod_actions_view, COPROD, ACTIONS_VIEW, GtkBox)

GtkWidget           *coprod_actions_view_new         (CoprodTeam        *team,
                                                      CoprodMeeting     *meeting);
CoprodActionListing *coprod_actions_view_get_listing (CoprodActionsView *self);
void                 coprod_actions_view_new_action  (CoprodActionsView *self);
void                 coprod_actions_view_focus_search (CoprodActionsView *self);
void                 coprod_actions_view_show_history (CoprodActionsView *self,
                                                       gboolean           history);
void                 coprod_actions_view_search      (CoprodActionsView *self,
                                                      const char        *text);

G_END_DECLS
