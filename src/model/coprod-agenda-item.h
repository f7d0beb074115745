/* coprod-agenda-item.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "coprod-schedule.h"
#include "coprod-store.h"

G_BEGIN_DECLS

#define COPROD_TYPE_AGENDA_KIND (coprod_agenda_kind_get_type ())
GType             coprod_agenda_kind_get_type    (void);
const char       *coprod_agenda_kind_to_string   (CoprodAgendaKind  kind);
CoprodAgendaKind  coprod_agenda_kind_from_string (const char       *text);

#define COPROD_TYPE_AGENDA_ITEM (coprod_agenda_item_get_type ())
G_DECLARE_FINAL_TYPE (CoprodAgendaItem, coprod_agenda_item, COPROD, AGENDA_ITEM, GObject)

CoprodAgendaItem *coprod_agenda_item_new_from_row         (CoprodStore      *store,
                                                           const CoprodStoreRow *row);
gint64            coprod_agenda_item_get_id               (CoprodAgendaItem *self);
gint64            coprod_agenda_item_get_meeting_id       (CoprodAgendaItem *self);
guint             coprod_agenda_item_get_position         (CoprodAgendaItem *self);
CoprodAgendaKind  coprod_agenda_item_get_kind             (CoprodAgendaItem *self);
void              coprod_agenda_item_set_kind             (CoprodAgendaItem *self,
                                                           CoprodAgendaKind  kind);
const char       *coprod_agenda_item_get_title            (CoprodAgendaItem *self);
void              coprod_agenda_item_set_title            (CoprodAgendaItem *self,
                                                           const char       *title);
const char       *coprod_agenda_item_get_plain_description (CoprodAgendaItem *self);
void              coprod_agenda_item_set_plain_description (CoprodAgendaItem *self,
                                                            const char       *text);
int               coprod_agenda_item_get_minutes          (CoprodAgendaItem *self);
void              coprod_agenda_item_set_minutes          (CoprodAgendaItem *self,
                                                           int               minutes);
int               coprod_agenda_item_get_fixed_start      (CoprodAgendaItem *self);
void              coprod_agenda_item_set_fixed_start      (CoprodAgendaItem *self,
                                                           int               minutes_after_midnight);
gint64            coprod_agenda_item_get_lead_person_id   (CoprodAgendaItem *self);
void              coprod_agenda_item_set_lead_person_id   (CoprodAgendaItem *self,
                                                           gint64            person_id);
const char       *coprod_agenda_item_get_shared_notes     (CoprodAgendaItem *self);
void              coprod_agenda_item_set_shared_notes     (CoprodAgendaItem *self,
                                                           const char       *notes);
const char       *coprod_agenda_item_get_private_notes    (CoprodAgendaItem *self);
void              coprod_agenda_item_set_private_notes    (CoprodAgendaItem *self,
                                                           const char       *notes);
CoprodScheduleItem coprod_agenda_item_to_schedule_item    (CoprodAgendaItem *self);
gboolean          coprod_agenda_item_read_actual_times    (CoprodAgendaItem *self,
                                                           gint64           *start,
                                                           gint64           *end,
                                                           GError          **error);

/* For the meeting that owns the item: where it stands in the agenda. */
void              coprod_agenda_item_set_position         (CoprodAgendaItem *self,
                                                           guint             position);

G_END_DECLS
