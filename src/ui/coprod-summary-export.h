/* coprod-summary-export.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-summary.h"

G_BEGIN_DECLS

void     coprod_summary_export_choose (GtkWindow          *parent,
                                       AdwToastOverlay    *toasts,
                                       CoprodTeam         *team,
                                       CoprodMeeting      *meeting);
gboolean coprod_summary_export_to     (AdwToastOverlay    *toasts,
                                       CoprodTeam         *team,
                                       CoprodMeeting      *meeting,
                                       GFile              *file,
                                       CoprodSummaryFlags  flags);

G_END_DECLS
