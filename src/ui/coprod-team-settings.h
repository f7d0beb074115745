/* coprod-team-settings.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-team.h"

G_BEGIN_DECLS

#define COPROD_TYPE_TEAM_SETTINGS (coprod_team_settings_get_type ())
G_DECLARE_FINAL_TYPE (CoprodTeamSettings, coprod_team_settings, COPROD, TEAM_SETTINGS,
                      AdwPreferencesWindow)

CoprodTeamSettings *coprod_team_settings_new (GtkWindow  *parent,
                                              CoprodTeam *team);

G_END_DECLS
