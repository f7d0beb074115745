/* coprod-record-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Write-through helpers shared by the model objects: each changes the field in memory,
 * writes it to the store (which commits within half a second) and notifies, in that
 * order, and does nothing at all when the value is unchanged. And the two ways the
 * model objects are made from what the store holds.
 */
#pragma once

#include "coprod-store.h"

G_BEGIN_DECLS

typedef struct
{
  GObject     *object;
  CoprodStore *store;
  CoprodTable  table;
  gint64       id;
} CoprodRecord;

/* Makes a model object from one row of the store (coprod_team_new_from_row()...). */
typedef gpointer (*CoprodRowConstructor) (CoprodStore          *store,
                                          const CoprodStoreRow *row);

/* A text property's column: by name to write it, by index to read it from a row. */
typedef struct
{
  const char *name;
  guint       index;
} CoprodTextColumn;

gboolean     coprod_record_set_text     (const CoprodRecord *record,
                                         const char         *column,
                                         char              **field,
                                         const char         *value,
                                         GParamSpec         *pspec);
gboolean     coprod_record_set_int      (const CoprodRecord *record,
                                         const char         *column,
                                         gint64             *field,
                                         gint64              value,
                                         GParamSpec         *pspec);

GPtrArray   *coprod_record_load_all     (CoprodStore          *store,
                                         CoprodTable           table,
                                         gint64                parent_id,
                                         CoprodRowConstructor  construct,
                                         GError              **error);
gpointer     coprod_record_load         (CoprodStore          *store,
                                         CoprodTable           table,
                                         gint64                id,
                                         CoprodRowConstructor  construct,
                                         GError              **error);

int          coprod_enum_from_nick      (const GEnumValue   *values,
                                         const char         *nick,
                                         int                 fallback);

gint64       coprod_row_get_int         (GVariant           *row,
                                         const char         *column);

G_END_DECLS
