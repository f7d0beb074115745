/* coprod-action.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "coprod-store.h"

G_BEGIN_DECLS

#define COPROD_ACTION_ERROR (coprod_action_error_quark ())

typedef enum
{
  COPROD_ACTION_ERROR_REASON_NEEDED,  /* "can't do" says why */
  COPROD_ACTION_ERROR_EMPTY_NOTE,     /* an update with nothing in it */
} CoprodActionError;

typedef enum
{
  COPROD_ACTION_OPEN,
  COPROD_ACTION_DONE,
  COPROD_ACTION_CANNOT,
} CoprodActionStatus;

/* One entry of an action's history. */
typedef struct
{
  gint64              meeting_id;  /* 0 when made between meetings */
  CoprodActionStatus  status;      /* the status it left the action in */
  char               *note;
  gint64              created;     /* Unix time */
} CoprodActionUpdate;

void coprod_action_update_free (CoprodActionUpdate *update);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoprodActionUpdate, coprod_action_update_free)

#define COPROD_TYPE_ACTION (coprod_action_get_type ())
G_DECLARE_FINAL_TYPE (CoprodAction, coprod_action, COPROD, ACTION, GObject)

GQuark              coprod_action_error_quark          (void);
const char         *coprod_action_status_to_string     (CoprodActionStatus  status);

CoprodAction       *coprod_action_new_from_row         (CoprodStore        *store,
                                                        const CoprodStoreRow *row);

gint64              coprod_action_get_id               (CoprodAction       *self);
gint64              coprod_action_get_team_id          (CoprodAction       *self);
gint64              coprod_action_get_meeting_id       (CoprodAction       *self);
gint64              coprod_action_get_agenda_item_id   (CoprodAction       *self);
gint64              coprod_action_get_from_expectation_id (CoprodAction    *self);
void                coprod_action_set_from_expectation_id (CoprodAction    *self,
                                                           gint64           expectation_id);
const char         *coprod_action_get_text             (CoprodAction       *self);
void                coprod_action_set_text             (CoprodAction       *self,
                                                        const char         *text);
gint64              coprod_action_get_owner_person_id  (CoprodAction       *self);
void                coprod_action_set_owner_person_id  (CoprodAction       *self,
                                                        gint64              person_id);
gboolean            coprod_action_get_due              (CoprodAction       *self,
                                                        GDate              *due);
void                coprod_action_set_due              (CoprodAction       *self,
                                                        const GDate        *due);
const char         *coprod_action_get_due_iso          (CoprodAction       *self);
CoprodActionStatus  coprod_action_get_status           (CoprodAction       *self);
const char         *coprod_action_get_status_note      (CoprodAction       *self);
gint64              coprod_action_get_created          (CoprodAction       *self);
gint64              coprod_action_get_closed           (CoprodAction       *self);
gboolean            coprod_action_set_status           (CoprodAction       *self,
                                                        CoprodActionStatus  status,
                                                        const char         *note,
                                                        gint64              meeting_id,
                                                        GError            **error);
gboolean            coprod_action_add_note             (CoprodAction       *self,
                                                        const char         *note,
                                                        gint64              meeting_id,
                                                        GError            **error);
GPtrArray          *coprod_action_dup_history          (CoprodAction       *self,
                                                        GError            **error);
int                 coprod_action_get_days_overdue     (CoprodAction       *self,
                                                        const GDate        *today);

int                 coprod_action_compare              (CoprodAction       *a,
                                                        CoprodAction       *b,
                                                        const GDate        *today);
char               *coprod_action_fold_text            (const char         *text);
gboolean            coprod_text_is_blank               (const char         *text);
gboolean            coprod_action_matches              (CoprodAction       *self,
                                                        const char         *folded_needle,
                                                        const char         *folded_owner);

char               *coprod_date_to_iso                 (const GDate        *date);
void                coprod_date_today                  (GTimeZone          *zone,
                                                        gint64              unix_time,
                                                        GDate              *today);

G_END_DECLS
