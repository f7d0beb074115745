/* coprod-export-file.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean coprod_export_check_target (const char  *path,
                                     guint       *mode,
                                     GError     **error);

G_END_DECLS
