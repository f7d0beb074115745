/* coprod-test-util.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared by the tests of the layers below the UI (GLib and SQLite only).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *coprod_test_make_tmp_dir   (const char *prefix);
void  coprod_test_remove_tmp_dir (const char *path);
void  coprod_test_age_deleted_rows (const char *data_dir,
                                    gint64      seconds);

G_END_DECLS
