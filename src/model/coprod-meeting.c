/* coprod-meeting.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times are kept as Unix seconds in the store, which names an instant whatever the
 * zone, and shown as GDateTimes in the local zone, so a clock change moves nothing.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "coprod-meeting.h"
#include "coprod-record-private.h"

struct _CoprodMeeting
{
  GObject      parent_instance;

  CoprodStore *store;
  gint64       id;
  gint64       team_id;
  gint64       starts_at;
  gint64       planned_end;
  CoprodMeetingStatus status;
  char        *title;
  char        *purpose;
  char        *place;
  char        *private_notes;

  /* Local-time views of the two instants above, made when they change. */
  GDateTime   *starts_at_local;
  GDateTime   *planned_end_local;

  GListStore  *agenda;   /* read from the store when first asked for */
  GHashTable  *attendance;  /* person id → CoprodAttendance, read when first asked for */
  CoprodExercise *exercise; /* read when first asked for; NULL until there is one */
  gboolean     exercise_read;
};

G_DEFINE_FINAL_TYPE (CoprodMeeting, coprod_meeting, G_TYPE_OBJECT)

static const GEnumValue status_values[] = {
  { COPROD_MEETING_PLANNED, "COPROD_MEETING_PLANNED", "planned" },
  { COPROD_MEETING_LIVE, "COPROD_MEETING_LIVE", "live" },
  { COPROD_MEETING_ENDED, "COPROD_MEETING_ENDED", "ended" },
  { 0, NULL, NULL },
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TEAM_ID,
  PROP_TITLE,
  PROP_PURPOSE,
  PROP_PLACE,
  PROP_PRIVATE_NOTES,
  PROP_STARTS_AT,
  PROP_STARTS_AT_UNIX,
  PROP_PLANNED_END,
  PROP_STATUS,
  PROP_EXERCISE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CoprodTextColumn text_columns[N_PROPS] = {
  [PROP_TITLE] = { "title", COPROD_MEETING_COL_TITLE },
  [PROP_PURPOSE] = { "purpose", COPROD_MEETING_COL_PURPOSE },
  [PROP_PLACE] = { "place", COPROD_MEETING_COL_PLACE },
  [PROP_PRIVATE_NOTES] = { "private_notes", COPROD_MEETING_COL_PRIVATE_NOTES },
};

GType
coprod_meeting_status_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("CoprodMeetingStatus", status_values));
  return type;
}

/* Helpers */

static char **
text_field (CoprodMeeting *self,
            guint          prop_id)
{
  switch (prop_id)
    {
    case PROP_TITLE: return &self->title;
    case PROP_PURPOSE: return &self->purpose;
    case PROP_PLACE: return &self->place;
    case PROP_PRIVATE_NOTES: return &self->private_notes;
    default: return NULL;
    }
}

static CoprodRecord
record_of (CoprodMeeting *self)
{
  return (CoprodRecord) { G_OBJECT (self), self->store, COPROD_TABLE_MEETING, self->id };
}

static void
set_text (CoprodMeeting *self,
          guint          prop_id,
          const char    *value)
{
  CoprodRecord record = record_of (self);

  coprod_record_set_text (&record, text_columns[prop_id].name, text_field (self, prop_id), value,
                          properties[prop_id]);
}

static void
replace_local (GDateTime **local,
               gint64      unix_time)
{
  g_clear_pointer (local, g_date_time_unref);
  *local = g_date_time_new_from_unix_local (unix_time);
}

static CoprodMeetingStatus
status_from_string (const char *text)
{
  return coprod_enum_from_nick (status_values, text, COPROD_MEETING_PLANNED);
}

/* Overrides */

static void
coprod_meeting_finalize (GObject *object)
{
  CoprodMeeting *self = (CoprodMeeting *) object;

  g_clear_object (&self->agenda);
  g_clear_object (&self->exercise);
  g_clear_pointer (&self->attendance, g_hash_table_unref);
  g_clear_object (&self->store);
  for (guint i = 0; i < N_PROPS; i++)
    if (text_columns[i].name != NULL)
      g_free (*text_field (self, i));
  g_clear_pointer (&self->starts_at_local, g_date_time_unref);
  g_clear_pointer (&self->planned_end_local, g_date_time_unref);

  G_OBJECT_CLASS (coprod_meeting_parent_class)->finalize (object);
}

static void
coprod_meeting_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CoprodMeeting *self = COPROD_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TEAM_ID:
      g_value_set_int64 (value, self->team_id);
      break;

    case PROP_STARTS_AT:
      g_value_set_boxed (value, self->starts_at_local);
      break;

    case PROP_STARTS_AT_UNIX:
      g_value_set_int64 (value, self->starts_at);
      break;

    case PROP_PLANNED_END:
      g_value_set_boxed (value, self->planned_end_local);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_EXERCISE:
      g_value_set_object (value, coprod_meeting_get_exercise (self));
      break;

    case PROP_TITLE:
    case PROP_PURPOSE:
    case PROP_PLACE:
    case PROP_PRIVATE_NOTES:
      g_value_set_string (value, *text_field (self, prop_id));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_meeting_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CoprodMeeting *self = COPROD_MEETING (object);

  switch (prop_id)
    {
    case PROP_STARTS_AT:
      coprod_meeting_set_starts_at (self, g_value_get_boxed (value));
      break;

    case PROP_PLANNED_END:
      coprod_meeting_set_planned_end (self, g_value_get_boxed (value));
      break;

    case PROP_TITLE:
    case PROP_PURPOSE:
    case PROP_PLACE:
    case PROP_PRIVATE_NOTES:
      set_text (self, prop_id, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_meeting_class_init (CoprodMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coprod_meeting_finalize;
  object_class->get_property = coprod_meeting_get_property;
  object_class->set_property = coprod_meeting_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TEAM_ID] = g_param_spec_int64 ("team-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_PURPOSE] = g_param_spec_string ("purpose", NULL, NULL, "", rw);
  properties[PROP_PLACE] = g_param_spec_string ("place", NULL, NULL, "", rw);
  properties[PROP_PRIVATE_NOTES] = g_param_spec_string ("private-notes", NULL, NULL, "", rw);
  properties[PROP_STARTS_AT] = g_param_spec_boxed ("starts-at", NULL, NULL,
                                                   G_TYPE_DATE_TIME, rw);
  /* The same instant as a number, for sorting lists by date. */
  properties[PROP_STARTS_AT_UNIX] = g_param_spec_int64 ("starts-at-unix", NULL, NULL,
                                                        G_MININT64, G_MAXINT64, 0,
                                                        ro | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PLANNED_END] = g_param_spec_boxed ("planned-end", NULL, NULL,
                                                     G_TYPE_DATE_TIME, rw);
  properties[PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL,
                                               COPROD_TYPE_MEETING_STATUS,
                                               COPROD_MEETING_PLANNED,
                                               ro | G_PARAM_EXPLICIT_NOTIFY);
  /* Notified when the exercise begins, so that what shows it can start watching it. */
  properties[PROP_EXERCISE] = g_param_spec_object ("exercise", NULL, NULL,
                                                   COPROD_TYPE_EXERCISE,
                                                   ro | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_meeting_init (CoprodMeeting *self)
{
}

/* Public API */

CoprodMeeting *
coprod_meeting_new_from_row (CoprodStore          *store,
                             const CoprodStoreRow *row)
{
  CoprodMeeting *self;

  g_return_val_if_fail (COPROD_IS_STORE (store), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (COPROD_TYPE_MEETING, NULL);
  self->store = g_object_ref (store);
  self->id = coprod_store_row_get_int (row, COPROD_MEETING_COL_ID);
  self->team_id = coprod_store_row_get_int (row, COPROD_MEETING_COL_TEAM_ID);
  self->starts_at = coprod_store_row_get_int (row, COPROD_MEETING_COL_STARTS_AT);
  self->planned_end = coprod_store_row_get_int (row, COPROD_MEETING_COL_PLANNED_END);
  self->status = status_from_string (coprod_store_row_get_text (row, COPROD_MEETING_COL_STATUS));
  for (guint i = 0; i < N_PROPS; i++)
    if (text_columns[i].name != NULL)
      *text_field (self, i) = g_strdup (coprod_store_row_get_text (row, text_columns[i].index));
  replace_local (&self->starts_at_local, self->starts_at);
  replace_local (&self->planned_end_local, self->planned_end);
  return self;
}

gint64
coprod_meeting_get_id (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), 0);
  return self->id;
}

gint64
coprod_meeting_get_team_id (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), 0);
  return self->team_id;
}

GDateTime *
coprod_meeting_get_starts_at (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);
  return self->starts_at_local;
}

gint64
coprod_meeting_get_starts_at_unix (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), 0);
  return self->starts_at;
}

/**
 * coprod_meeting_set_starts_at:
 *
 * Moves the meeting, keeping its length: the planned end moves with it.
 */
void
coprod_meeting_set_starts_at (CoprodMeeting *self,
                              GDateTime     *starts_at)
{
  CoprodRecord record;
  gint64 value, length;

  g_return_if_fail (COPROD_IS_MEETING (self));
  g_return_if_fail (starts_at != NULL);

  record = record_of (self);
  value = g_date_time_to_unix (starts_at);
  if (value == self->starts_at)
    return;

  /* The local view changes first, so whoever is notified reads the new time. */
  length = MAX (0, self->planned_end - self->starts_at);
  replace_local (&self->starts_at_local, value);
  coprod_record_set_int (&record, "starts_at", &self->starts_at, value,
                         properties[PROP_STARTS_AT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_AT_UNIX]);
  replace_local (&self->planned_end_local, value + length);
  coprod_record_set_int (&record, "planned_end", &self->planned_end, value + length,
                         properties[PROP_PLANNED_END]);
}

GDateTime *
coprod_meeting_get_planned_end (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);
  return self->planned_end_local;
}

void
coprod_meeting_set_planned_end (CoprodMeeting *self,
                                GDateTime     *planned_end)
{
  CoprodRecord record;
  gint64 value;

  g_return_if_fail (COPROD_IS_MEETING (self));
  g_return_if_fail (planned_end != NULL);

  record = record_of (self);
  value = g_date_time_to_unix (planned_end);
  if (value == self->planned_end)
    return;
  replace_local (&self->planned_end_local, value);
  coprod_record_set_int (&record, "planned_end", &self->planned_end, value,
                         properties[PROP_PLANNED_END]);
}

CoprodMeetingStatus
coprod_meeting_get_status (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), COPROD_MEETING_PLANNED);
  return self->status;
}

/* Planned, live or ended: set by the live state as the meeting starts and ends. */
void
coprod_meeting_set_status (CoprodMeeting       *self,
                           CoprodMeetingStatus  status)
{
  g_return_if_fail (COPROD_IS_MEETING (self));
  g_return_if_fail (status <= COPROD_MEETING_ENDED);

  if (self->status == status)
    return;
  self->status = status;
  coprod_store_update (self->store, COPROD_TABLE_MEETING, self->id, "status",
                       g_variant_new_string (status_values[status].value_nick), NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

#define TEXT_ACCESSORS(field, PROP) \
  const char * \
  coprod_meeting_get_##field (CoprodMeeting *self) \
  { \
    g_return_val_if_fail (COPROD_IS_MEETING (self), NULL); \
    return self->field; \
  } \
  void \
  coprod_meeting_set_##field (CoprodMeeting *self, \
                              const char    *value) \
  { \
    g_return_if_fail (COPROD_IS_MEETING (self)); \
    set_text (self, PROP, value); \
  }

TEXT_ACCESSORS (title, PROP_TITLE)
TEXT_ACCESSORS (purpose, PROP_PURPOSE)
TEXT_ACCESSORS (place, PROP_PLACE)
TEXT_ACCESSORS (private_notes, PROP_PRIVATE_NOTES)

/* The agenda */

/* Gives every item its place in the list as its position, writing only the ones that
 * moved, and commits: a reorder is one deliberate act. */
static gboolean
renumber_agenda (CoprodMeeting  *self,
                 GError        **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (G_LIST_MODEL (self->agenda), i);

      coprod_agenda_item_set_position (item, i);
    }
  return coprod_store_flush (self->store, error);
}

static CoprodAgendaItem *
insert_agenda_row (CoprodMeeting  *self,
                   GVariantDict   *dict,
                   guint           position,
                   GError        **error)
{
  g_autoptr(CoprodAgendaItem) item = NULL;
  GListModel *agenda = coprod_meeting_get_agenda (self);
  gint64 id;

  g_variant_dict_insert (dict, "meeting_id", "x", self->id);
  g_variant_dict_insert (dict, "position", "x", (gint64) g_list_model_get_n_items (agenda));
  id = coprod_store_insert (self->store, COPROD_TABLE_AGENDA_ITEM, g_variant_dict_end (dict),
                            error);
  if (id == 0)
    return NULL;
  item = coprod_record_load (self->store, COPROD_TABLE_AGENDA_ITEM, id,
                             (CoprodRowConstructor) coprod_agenda_item_new_from_row, error);
  if (item == NULL)
    return NULL;
  g_list_store_insert (self->agenda, MIN (position, g_list_model_get_n_items (agenda)), item);
  if (!renumber_agenda (self, error))
    return NULL;
  return item;
}

/**
 * coprod_meeting_get_store:
 *
 * Returns: (transfer none): the store the meeting writes to, for committing at once
 */
CoprodStore *
coprod_meeting_get_store (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);
  return self->store;
}

/**
 * coprod_meeting_get_agenda:
 *
 * Returns: (transfer none): the meeting's #CoprodAgendaItem objects, in order
 */
GListModel *
coprod_meeting_get_agenda (CoprodMeeting *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);

  if (self->agenda == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) items = NULL;

      self->agenda = g_list_store_new (COPROD_TYPE_AGENDA_ITEM);
      items = coprod_record_load_all (self->store, COPROD_TABLE_AGENDA_ITEM, self->id,
                                      (CoprodRowConstructor) coprod_agenda_item_new_from_row,
                                      &error);
      if (items == NULL)
        g_message ("Could not read the agenda of meeting %" G_GINT64_FORMAT ": %s",
                   self->id, error->message);
      else
        g_list_store_splice (self->agenda, 0, 0, items->pdata, items->len);
    }
  return G_LIST_MODEL (self->agenda);
}

/**
 * coprod_meeting_add_agenda_item:
 *
 * Returns: (transfer none): the new item, at the end of the agenda
 */
CoprodAgendaItem *
coprod_meeting_add_agenda_item (CoprodMeeting     *self,
                                CoprodAgendaKind   kind,
                                const char        *title,
                                int                minutes,
                                GError           **error)
{
  GVariantDict dict;

  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);
  g_return_val_if_fail (kind <= COPROD_AGENDA_KIND_CLOSE, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "kind", "s", coprod_agenda_kind_to_string (kind));
  g_variant_dict_insert (&dict, "title", "s", title);
  g_variant_dict_insert (&dict, "minutes", "x", (gint64) CLAMP (minutes, 0, 24 * 60));
  g_variant_dict_insert (&dict, "fixed_start", "x", (gint64) COPROD_SCHEDULE_NOT_FIXED);
  return insert_agenda_row (self, &dict, G_MAXUINT, error);
}

/**
 * coprod_meeting_duplicate_agenda_item:
 *
 * Returns: (transfer none): a copy of @item, just after it (private notes and what
 *   actually happened are not copied)
 */
CoprodAgendaItem *
coprod_meeting_duplicate_agenda_item (CoprodMeeting     *self,
                                      CoprodAgendaItem  *item,
                                      GError           **error)
{
  GVariantDict dict;
  guint position;

  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (item), NULL);

  if (!g_list_store_find (G_LIST_STORE (coprod_meeting_get_agenda (self)), item, &position))
    {
      g_set_error_literal (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND,
                           "The item is not in this meeting's agenda");
      return NULL;
    }

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "kind", "s",
                         coprod_agenda_kind_to_string (coprod_agenda_item_get_kind (item)));
  g_variant_dict_insert (&dict, "title", "s", coprod_agenda_item_get_title (item));
  g_variant_dict_insert (&dict, "plain_description", "s",
                         coprod_agenda_item_get_plain_description (item));
  g_variant_dict_insert (&dict, "minutes", "x", (gint64) coprod_agenda_item_get_minutes (item));
  g_variant_dict_insert (&dict, "fixed_start", "x", (gint64) COPROD_SCHEDULE_NOT_FIXED);
  g_variant_dict_insert (&dict, "lead_person_id", "x",
                         coprod_agenda_item_get_lead_person_id (item));
  g_variant_dict_insert (&dict, "shared_notes", "s", coprod_agenda_item_get_shared_notes (item));
  return insert_agenda_row (self, &dict, position + 1, error);
}

/**
 * coprod_meeting_delete_agenda_item:
 *
 * Takes @item out of the agenda; coprod_meeting_restore_agenda_item() puts it back
 * while the store keeps it (a day, see coprod_store_open()).
 */
gboolean
coprod_meeting_delete_agenda_item (CoprodMeeting     *self,
                                   CoprodAgendaItem  *item,
                                   GError           **error)
{
  guint position;

  g_return_val_if_fail (COPROD_IS_MEETING (self), FALSE);
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (item), FALSE);

  if (!coprod_store_set_deleted (self->store, COPROD_TABLE_AGENDA_ITEM,
                                 coprod_agenda_item_get_id (item), TRUE, error))
    return FALSE;
  if (g_list_store_find (G_LIST_STORE (coprod_meeting_get_agenda (self)), item, &position))
    g_list_store_remove (self->agenda, position);
  return renumber_agenda (self, error);
}

gboolean
coprod_meeting_restore_agenda_item (CoprodMeeting     *self,
                                    CoprodAgendaItem  *item,
                                    GError           **error)
{
  GListModel *agenda;

  g_return_val_if_fail (COPROD_IS_MEETING (self), FALSE);
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (item), FALSE);

  agenda = coprod_meeting_get_agenda (self);
  if (!coprod_store_set_deleted (self->store, COPROD_TABLE_AGENDA_ITEM,
                                 coprod_agenda_item_get_id (item), FALSE, error))
    return FALSE;
  /* Its position still says where it was. */
  if (!g_list_store_find (self->agenda, item, NULL))
    g_list_store_insert (self->agenda,
                         MIN (coprod_agenda_item_get_position (item),
                              g_list_model_get_n_items (agenda)),
                         item);
  return renumber_agenda (self, error);
}

/**
 * coprod_meeting_move_agenda_item:
 * @position: where @item goes, counted in the agenda as it is before the move
 */
gboolean
coprod_meeting_move_agenda_item (CoprodMeeting     *self,
                                 CoprodAgendaItem  *item,
                                 guint              position,
                                 GError           **error)
{
  g_autoptr(CoprodAgendaItem) held = NULL;
  guint from, n;

  g_return_val_if_fail (COPROD_IS_MEETING (self), FALSE);
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (item), FALSE);

  if (!g_list_store_find (G_LIST_STORE (coprod_meeting_get_agenda (self)), item, &from))
    {
      g_set_error_literal (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND,
                           "The item is not in this meeting's agenda");
      return FALSE;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (self->agenda));
  position = MIN (position, n - 1);
  if (position == from)
    return TRUE;

  held = g_object_ref (item);
  g_list_store_remove (self->agenda, from);
  g_list_store_insert (self->agenda, position, held);
  return renumber_agenda (self, error);
}

/**
 * coprod_meeting_compute_schedule:
 * @needs_breaks: whether anyone in the team has said they need breaks
 * @break_after_minutes: the team's longest stretch without a break
 *
 * Returns: (transfer full): when each agenda item runs, from the meeting's start
 */
CoprodSchedule *
coprod_meeting_compute_schedule (CoprodMeeting *self,
                                 gboolean       needs_breaks,
                                 int            break_after_minutes)
{
  GListModel *agenda;
  g_autoptr(GArray) items = NULL;
  CoprodScheduleParams params;
  guint n;

  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);

  agenda = coprod_meeting_get_agenda (self);
  n = g_list_model_get_n_items (agenda);
  items = g_array_sized_new (FALSE, FALSE, sizeof (CoprodScheduleItem), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, i);
      CoprodScheduleItem schedule_item = coprod_agenda_item_to_schedule_item (item);

      g_array_append_val (items, schedule_item);
    }

  params.meeting_start = self->starts_at_local;
  params.planned_end = self->planned_end_local;
  params.needs_breaks = needs_breaks;
  params.max_minutes_without_break = break_after_minutes;
  return coprod_schedule_compute (&params, (CoprodScheduleItem *) (gpointer) items->data, n);
}

/* Attendance */

static GHashTable *
attendance (CoprodMeeting *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  if (self->attendance != NULL)
    return self->attendance;

  self->attendance = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  rows = coprod_store_list_attendance (self->store, self->id, &error);
  if (rows == NULL)
    {
      g_message ("Could not read who came to meeting %" G_GINT64_FORMAT ": %s", self->id,
                 error->message);
      return self->attendance;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      GVariant *row = g_ptr_array_index (rows, i);
      CoprodAttendance *a = g_new0 (CoprodAttendance, 1);
      gint64 person_id = coprod_row_get_int (row, "person_id");

      a->attended = coprod_row_get_int (row, "attended") != 0;
      a->minutes = CLAMP (coprod_row_get_int (row, "minutes"), 0, COPROD_ATTENDANCE_MAX_MINUTES);
      a->expenses_pence = CLAMP (coprod_row_get_int (row, "expenses_pence"), 0,
                                 COPROD_ATTENDANCE_MAX_PENCE);
      a->no_action = coprod_row_get_int (row, "no_action") != 0;
      g_hash_table_insert (self->attendance, g_memdup2 (&person_id, sizeof person_id), a);
    }
  return self->attendance;
}

/**
 * coprod_meeting_get_attendance:
 * @attendance: (out): who came, the time they gave and their expenses; all zero for
 *   someone with nothing recorded
 *
 * Returns: whether anything is recorded for @person_id at this meeting
 */
gboolean
coprod_meeting_get_attendance (CoprodMeeting    *self,
                               gint64            person_id,
                               CoprodAttendance *out)
{
  CoprodAttendance *a;

  g_return_val_if_fail (COPROD_IS_MEETING (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  a = g_hash_table_lookup (attendance (self), &person_id);
  *out = a != NULL ? *a : (CoprodAttendance) { 0 };
  return a != NULL;
}

/**
 * coprod_meeting_set_attendance:
 *
 * Records whether @person_id came, the minutes they gave (with preparation, up to a
 * day) and their expenses (in pence, up to £10,000), so that families can be paid for
 * their time. Out-of-range amounts are refused.
 */
gboolean
coprod_meeting_set_attendance (CoprodMeeting           *self,
                               gint64                   person_id,
                               const CoprodAttendance  *value,
                               GError                 **error)
{
  GVariantDict dict;
  CoprodAttendance *a;

  g_return_val_if_fail (COPROD_IS_MEETING (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (value->minutes < 0 || value->minutes > COPROD_ATTENDANCE_MAX_MINUTES ||
      value->expenses_pence < 0 || value->expenses_pence > COPROD_ATTENDANCE_MAX_PENCE)
    {
      g_set_error_literal (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                           _("Time given is up to a day, and expenses up to £10,000"));
      return FALSE;
    }

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "attended", "x", (gint64) !!value->attended);
  g_variant_dict_insert (&dict, "minutes", "x", (gint64) value->minutes);
  g_variant_dict_insert (&dict, "expenses_pence", "x", value->expenses_pence);
  g_variant_dict_insert (&dict, "no_action", "x", (gint64) !!value->no_action);
  if (!coprod_store_set_attendance (self->store, self->id, person_id, g_variant_dict_end (&dict),
                                    error))
    return FALSE;

  a = g_new (CoprodAttendance, 1);
  *a = *value;
  a->attended = !!a->attended;
  a->no_action = !!a->no_action;
  g_hash_table_insert (attendance (self), g_memdup2 (&person_id, sizeof person_id), a);
  return TRUE;
}

/* The exercise, once read; the first caller reads it. */
static CoprodExercise *
read_exercise (CoprodMeeting  *self,
               GError        **error)
{
  g_autoptr(GPtrArray) found = NULL;

  if (self->exercise_read)
    return self->exercise;
  found = coprod_record_load_all (self->store, COPROD_TABLE_EXERCISE, self->id,
                                  (CoprodRowConstructor) coprod_exercise_new_from_row, error);
  if (found == NULL)
    return NULL;
  self->exercise_read = TRUE;
  if (found->len > 0)
    self->exercise = g_object_ref (g_ptr_array_index (found, 0));
  return self->exercise;
}

/**
 * coprod_meeting_get_exercise:
 *
 * Returns: (transfer none) (nullable): the meeting's expectations exercise, or %NULL
 *   when it has none yet
 */
CoprodExercise *
coprod_meeting_get_exercise (CoprodMeeting *self)
{
  g_autoptr(GError) error = NULL;
  CoprodExercise *exercise;

  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);

  exercise = read_exercise (self, &error);
  if (error != NULL)
    g_message ("Could not read the exercise of meeting %" G_GINT64_FORMAT ": %s", self->id,
               error->message);
  return exercise;
}

/**
 * coprod_meeting_ensure_exercise:
 *
 * Returns: (transfer none) (nullable): the meeting's expectations exercise, begun now
 *   if it had none
 */
CoprodExercise *
coprod_meeting_ensure_exercise (CoprodMeeting  *self,
                                GError        **error)
{
  GVariantDict dict;
  gint64 id;

  g_return_val_if_fail (COPROD_IS_MEETING (self), NULL);

  if (read_exercise (self, error) != NULL)
    return self->exercise;
  if (!self->exercise_read)
    return NULL;
  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "meeting_id", "x", self->id);
  g_variant_dict_insert (&dict, "phase", "s", "drafting");
  g_variant_dict_insert (&dict, "created", "x", g_get_real_time () / G_USEC_PER_SEC);
  id = coprod_store_insert (self->store, COPROD_TABLE_EXERCISE, g_variant_dict_end (&dict),
                            error);
  if (id == 0 || !coprod_store_flush (self->store, error))
    return NULL;
  self->exercise = coprod_record_load (self->store, COPROD_TABLE_EXERCISE, id,
                                       (CoprodRowConstructor) coprod_exercise_new_from_row,
                                       error);
  if (self->exercise != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
  return self->exercise;
}
