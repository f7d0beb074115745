/* coprod-action-export.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "coprod-team.h"

G_BEGIN_DECLS

gboolean coprod_actions_write_csv (CoprodTeam     *team,
                                   GOutputStream  *output,
                                   GError        **error);
gboolean coprod_actions_write_ics (CoprodTeam     *team,
                                   gint64          now,
                                   GOutputStream  *output,
                                   GError        **error);
gboolean coprod_actions_export_to_file (CoprodTeam     *team,
                                       GFile          *file,
                                       const char     *format,
                                       gint64          now,
                                       GError        **error);

G_END_DECLS
