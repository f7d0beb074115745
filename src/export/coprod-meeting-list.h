/* coprod-meeting-list.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "coprod-store.h"

G_BEGIN_DECLS

gboolean coprod_meeting_list_write (CoprodStore    *store,
                                    GOutputStream  *output,
                                    GError        **error);

G_END_DECLS
