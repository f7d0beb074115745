/* coprod-record-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Write-through helpers shared by the model objects: each changes the field in memory,
 * writes it to the store (which commits within half a second) and notifies, in that
 * order, and does nothing at all when the value is unchanged.
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

int          coprod_enum_from_nick      (const GEnumValue   *values,
                                         const char         *nick,
                                         int                 fallback);

char        *coprod_row_dup_text        (GVariant           *row,
                                         const char         *column);
gint64       coprod_row_get_int         (GVariant           *row,
                                         const char         *column);

G_END_DECLS
