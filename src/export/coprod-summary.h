/* coprod-summary.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "coprod-team.h"

G_BEGIN_DECLS

typedef enum
{
  COPROD_SUMMARY_LARGE_PRINT = 1 << 0,  /* body text 16 pt or more, headings 22 pt or more */
  COPROD_SUMMARY_HANDOUTS    = 1 << 1,  /* then one page per person with their own actions */
  COPROD_SUMMARY_PRIVATE     = 1 << 2,  /* private notes and attendance money: off unless ticked */
  COPROD_SUMMARY_LEAVE_OUT_UNSHOWN_NAMES = 1 << 3,  /* people not shown on the shared screen
                                                     * are named by their side only */
} CoprodSummaryFlags;

gboolean  coprod_summary_write_pdf          (CoprodTeam          *team,
                                             CoprodMeeting       *meeting,
                                             CoprodSummaryFlags   flags,
                                             const char          *path,
                                             GError             **error);
char     *coprod_summary_default_file_name  (CoprodMeeting       *meeting);

G_END_DECLS
