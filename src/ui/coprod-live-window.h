/* coprod-live-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-live-state.h"
#include "coprod-team.h"

G_BEGIN_DECLS

#define COPROD_TYPE_LIVE_WINDOW (coprod_live_window_get_type ())
G_DECLARE_FINAL_TYPE (CoprodLiveWindow, coprod_live_window, COPROD, LIVE_WINDOW, AdwWindow)

CoprodLiveWindow *coprod_live_window_new            (GtkWindow        *parent,
                                                     CoprodLiveState  *live,
                                                     CoprodTeam       *team,
                                                     GError          **error);
CoprodLiveState  *coprod_live_window_get_live_state (CoprodLiveWindow *self);

G_END_DECLS
