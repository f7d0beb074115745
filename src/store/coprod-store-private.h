/* coprod-store-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "coprod-store.h"

G_BEGIN_DECLS

typedef gboolean (*CoprodMigration) (sqlite3 *db, GError **error);

/* Forward-only migrations: entry N takes the schema from version N to N + 1. */
extern const CoprodMigration coprod_store_migrations[COPROD_STORE_SCHEMA_VERSION];

gboolean coprod_store_exec (sqlite3     *db,
                            const char  *sql,
                            GError     **error);
void     coprod_store_set_sqlite_error (GError     **error,
                                        sqlite3     *db,
                                        int          rc,
                                        const char  *what);

G_END_DECLS
