/* coprod-test-vfs.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A disk that can be made full: an SQLite VFS, made the default, that passes everything
 * to the usual one but fails every write, sync and growth with SQLITE_FULL while asked.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void     coprod_test_vfs_install    (void);
void     coprod_test_vfs_set_full   (gboolean full);
guint    coprod_test_vfs_get_refused (void);

G_END_DECLS
