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
char *coprod_test_database_sums  (const char *path);
void  coprod_test_copy_database  (const char *from,
                                  const char *to);
guint coprod_test_file_mode      (const char *path);
gboolean coprod_test_make_export_traps (const char *fifo,
                                        const char *device,
                                        const char *folder,
                                        const char *link,
                                        const char *target,
                                        const char *target_contents);
void  coprod_test_age_deleted_rows (const char *data_dir,
                                    gint64      seconds);

G_END_DECLS
