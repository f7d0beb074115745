/* coprod-agenda-item.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One item of a meeting's agenda: what it is, how long it takes, whether it must start
 * at a set time, who leads it, and its notes (shared ones the room may see, private
 * ones it never does). Every property writes through to the store.
 */

#include "coprod-agenda-item.h"
#include "coprod-record-private.h"

struct _CoprodAgendaItem
{
  GObject      parent_instance;

  CoprodStore *store;
  gint64       id;
  gint64       meeting_id;
  gint64       position;
  gint64       kind;
  gint64       minutes;
  gint64       fixed_start;
  gint64       lead_person_id;
  char        *title;
  char        *plain_description;
  char        *shared_notes;
  char        *private_notes;
};

G_DEFINE_FINAL_TYPE (CoprodAgendaItem, coprod_agenda_item, G_TYPE_OBJECT)

static const GEnumValue kind_values[] = {
  { COPROD_AGENDA_KIND_ITEM, "COPROD_AGENDA_KIND_ITEM", "item" },
  { COPROD_AGENDA_KIND_BREAK, "COPROD_AGENDA_KIND_BREAK", "break" },
  { COPROD_AGENDA_KIND_INTRODUCTIONS, "COPROD_AGENDA_KIND_INTRODUCTIONS", "introductions" },
  { COPROD_AGENDA_KIND_EXPECTATIONS, "COPROD_AGENDA_KIND_EXPECTATIONS", "expectations" },
  { COPROD_AGENDA_KIND_ACTIONS_REVIEW, "COPROD_AGENDA_KIND_ACTIONS_REVIEW", "actions_review" },
  { COPROD_AGENDA_KIND_ACTIONS_ROUND, "COPROD_AGENDA_KIND_ACTIONS_ROUND", "actions_round" },
  { COPROD_AGENDA_KIND_CLOSE, "COPROD_AGENDA_KIND_CLOSE", "close" },
  { 0, NULL, NULL },
};

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_POSITION,
  PROP_KIND,
  PROP_MINUTES,
  PROP_FIXED_START,
  PROP_LEAD_PERSON_ID,
  PROP_TITLE,
  PROP_PLAIN_DESCRIPTION,
  PROP_SHARED_NOTES,
  PROP_PRIVATE_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CoprodTextColumn text_columns[N_PROPS] = {
  [PROP_TITLE] = { "title", COPROD_AGENDA_ITEM_COL_TITLE },
  [PROP_PLAIN_DESCRIPTION] = { "plain_description", COPROD_AGENDA_ITEM_COL_PLAIN_DESCRIPTION },
  [PROP_SHARED_NOTES] = { "shared_notes", COPROD_AGENDA_ITEM_COL_SHARED_NOTES },
  [PROP_PRIVATE_NOTES] = { "private_notes", COPROD_AGENDA_ITEM_COL_PRIVATE_NOTES },
};

GType
coprod_agenda_kind_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("CoprodAgendaKind", kind_values));
  return type;
}

const char *
coprod_agenda_kind_to_string (CoprodAgendaKind kind)
{
  g_return_val_if_fail (kind <= COPROD_AGENDA_KIND_CLOSE, "item");

  return kind_values[kind].value_nick;
}

CoprodAgendaKind
coprod_agenda_kind_from_string (const char *text)
{
  return coprod_enum_from_nick (kind_values, text, COPROD_AGENDA_KIND_ITEM);
}

/* Helpers */

static char **
text_field (CoprodAgendaItem *self,
            guint             prop_id)
{
  switch (prop_id)
    {
    case PROP_TITLE: return &self->title;
    case PROP_PLAIN_DESCRIPTION: return &self->plain_description;
    case PROP_SHARED_NOTES: return &self->shared_notes;
    case PROP_PRIVATE_NOTES: return &self->private_notes;
    default: return NULL;
    }
}

static CoprodRecord
record_of (CoprodAgendaItem *self)
{
  return (CoprodRecord) { G_OBJECT (self), self->store, COPROD_TABLE_AGENDA_ITEM, self->id };
}

static void
set_text (CoprodAgendaItem *self,
          guint             prop_id,
          const char       *value)
{
  CoprodRecord record = record_of (self);

  coprod_record_set_text (&record, text_columns[prop_id].name, text_field (self, prop_id), value,
                          properties[prop_id]);
}

static void
set_int (CoprodAgendaItem *self,
         guint             prop_id,
         const char       *column,
         gint64           *field,
         gint64            value)
{
  CoprodRecord record = record_of (self);

  coprod_record_set_int (&record, column, field, value, properties[prop_id]);
}

/* Callbacks */

/* What actual_times_row_cb reads of an item's row. */
typedef struct
{
  gint64 start;
  gint64 end;
} ActualTimes;

static void
actual_times_row_cb (const CoprodStoreRow *row,
                     gpointer              user_data)
{
  ActualTimes *times = user_data;

  times->start = coprod_store_row_get_int (row, COPROD_AGENDA_ITEM_COL_ACTUAL_START);
  times->end = coprod_store_row_get_int (row, COPROD_AGENDA_ITEM_COL_ACTUAL_END);
}

/* Overrides */

static void
coprod_agenda_item_finalize (GObject *object)
{
  CoprodAgendaItem *self = (CoprodAgendaItem *) object;

  g_clear_object (&self->store);
  for (guint i = 0; i < N_PROPS; i++)
    if (text_columns[i].name != NULL)
      g_free (*text_field (self, i));

  G_OBJECT_CLASS (coprod_agenda_item_parent_class)->finalize (object);
}

static void
coprod_agenda_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CoprodAgendaItem *self = COPROD_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_MINUTES:
      g_value_set_int (value, self->minutes);
      break;

    case PROP_FIXED_START:
      g_value_set_int (value, self->fixed_start);
      break;

    case PROP_LEAD_PERSON_ID:
      g_value_set_int64 (value, self->lead_person_id);
      break;

    case PROP_TITLE:
    case PROP_PLAIN_DESCRIPTION:
    case PROP_SHARED_NOTES:
    case PROP_PRIVATE_NOTES:
      g_value_set_string (value, *text_field (self, prop_id));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_agenda_item_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CoprodAgendaItem *self = COPROD_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      coprod_agenda_item_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_MINUTES:
      coprod_agenda_item_set_minutes (self, g_value_get_int (value));
      break;

    case PROP_FIXED_START:
      coprod_agenda_item_set_fixed_start (self, g_value_get_int (value));
      break;

    case PROP_LEAD_PERSON_ID:
      coprod_agenda_item_set_lead_person_id (self, g_value_get_int64 (value));
      break;

    case PROP_TITLE:
    case PROP_PLAIN_DESCRIPTION:
    case PROP_SHARED_NOTES:
    case PROP_PRIVATE_NOTES:
      set_text (self, prop_id, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_agenda_item_class_init (CoprodAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coprod_agenda_item_finalize;
  object_class->get_property = coprod_agenda_item_get_property;
  object_class->set_property = coprod_agenda_item_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_MEETING_ID] = g_param_spec_int64 ("meeting-id", NULL, NULL,
                                                    0, G_MAXINT64, 0, ro);
  properties[PROP_POSITION] = g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, ro);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, COPROD_TYPE_AGENDA_KIND,
                                             COPROD_AGENDA_KIND_ITEM, rw);
  properties[PROP_MINUTES] = g_param_spec_int ("minutes", NULL, NULL, 0, 24 * 60, 0, rw);
  /* Minutes after local midnight, or -1 when the item simply follows the one before. */
  properties[PROP_FIXED_START] = g_param_spec_int ("fixed-start", NULL, NULL,
                                                   -1, 24 * 60 - 1, -1, rw);
  properties[PROP_LEAD_PERSON_ID] = g_param_spec_int64 ("lead-person-id", NULL, NULL,
                                                        0, G_MAXINT64, 0, rw);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_PLAIN_DESCRIPTION] = g_param_spec_string ("plain-description", NULL, NULL,
                                                            "", rw);
  properties[PROP_SHARED_NOTES] = g_param_spec_string ("shared-notes", NULL, NULL, "", rw);
  properties[PROP_PRIVATE_NOTES] = g_param_spec_string ("private-notes", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_agenda_item_init (CoprodAgendaItem *self)
{
  self->fixed_start = -1;
}

/* Public API */

CoprodAgendaItem *
coprod_agenda_item_new_from_row (CoprodStore          *store,
                                 const CoprodStoreRow *row)
{
  CoprodAgendaItem *self;
  const char *kind;

  g_return_val_if_fail (COPROD_IS_STORE (store), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (COPROD_TYPE_AGENDA_ITEM, NULL);
  self->store = g_object_ref (store);
  self->id = coprod_store_row_get_int (row, COPROD_AGENDA_ITEM_COL_ID);
  self->meeting_id = coprod_store_row_get_int (row, COPROD_AGENDA_ITEM_COL_MEETING_ID);
  self->position = coprod_store_row_get_int (row, COPROD_AGENDA_ITEM_COL_POSITION);
  kind = coprod_store_row_get_text (row, COPROD_AGENDA_ITEM_COL_KIND);
  self->kind = coprod_agenda_kind_from_string (kind);
  self->minutes = CLAMP (coprod_store_row_get_int (row, COPROD_AGENDA_ITEM_COL_MINUTES),
                         0, 24 * 60);
  self->fixed_start = CLAMP (coprod_store_row_get_int (row, COPROD_AGENDA_ITEM_COL_FIXED_START),
                             -1, 24 * 60 - 1);
  self->lead_person_id = coprod_store_row_get_int (row, COPROD_AGENDA_ITEM_COL_LEAD_PERSON_ID);
  for (guint i = 0; i < N_PROPS; i++)
    if (text_columns[i].name != NULL)
      *text_field (self, i) = g_strdup (coprod_store_row_get_text (row, text_columns[i].index));
  return self;
}

gint64
coprod_agenda_item_get_id (CoprodAgendaItem *self)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (self), 0);
  return self->id;
}

gint64
coprod_agenda_item_get_meeting_id (CoprodAgendaItem *self)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (self), 0);
  return self->meeting_id;
}

guint
coprod_agenda_item_get_position (CoprodAgendaItem *self)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (self), 0);
  return self->position;
}

void
coprod_agenda_item_set_position (CoprodAgendaItem *self,
                                 guint             position)
{
  g_return_if_fail (COPROD_IS_AGENDA_ITEM (self));
  set_int (self, PROP_POSITION, "position", &self->position, position);
}

CoprodAgendaKind
coprod_agenda_item_get_kind (CoprodAgendaItem *self)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (self), COPROD_AGENDA_KIND_ITEM);
  return self->kind;
}

void
coprod_agenda_item_set_kind (CoprodAgendaItem *self,
                             CoprodAgendaKind  kind)
{
  g_return_if_fail (COPROD_IS_AGENDA_ITEM (self));
  g_return_if_fail (kind <= COPROD_AGENDA_KIND_CLOSE);

  /* The column holds the nick, so this write goes by hand rather than as an integer. */
  if (self->kind == (gint64) kind)
    return;
  self->kind = kind;
  coprod_store_update (self->store, COPROD_TABLE_AGENDA_ITEM, self->id, "kind",
                       g_variant_new_string (coprod_agenda_kind_to_string (kind)), NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

int
coprod_agenda_item_get_minutes (CoprodAgendaItem *self)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (self), 0);
  return self->minutes;
}

void
coprod_agenda_item_set_minutes (CoprodAgendaItem *self,
                                int               minutes)
{
  g_return_if_fail (COPROD_IS_AGENDA_ITEM (self));
  set_int (self, PROP_MINUTES, "minutes", &self->minutes, CLAMP (minutes, 0, 24 * 60));
}

int
coprod_agenda_item_get_fixed_start (CoprodAgendaItem *self)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (self), -1);
  return self->fixed_start;
}

void
coprod_agenda_item_set_fixed_start (CoprodAgendaItem *self,
                                    int               minutes_after_midnight)
{
  g_return_if_fail (COPROD_IS_AGENDA_ITEM (self));
  g_return_if_fail (minutes_after_midnight >= -1 && minutes_after_midnight < 24 * 60);
  set_int (self, PROP_FIXED_START, "fixed_start", &self->fixed_start, minutes_after_midnight);
}

gint64
coprod_agenda_item_get_lead_person_id (CoprodAgendaItem *self)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (self), 0);
  return self->lead_person_id;
}

void
coprod_agenda_item_set_lead_person_id (CoprodAgendaItem *self,
                                       gint64            person_id)
{
  g_return_if_fail (COPROD_IS_AGENDA_ITEM (self));
  set_int (self, PROP_LEAD_PERSON_ID, "lead_person_id", &self->lead_person_id,
           MAX (person_id, 0));
}

/* Text accessors: one getter and setter pair per column. */
#define TEXT_ACCESSORS(field, PROP) \
  const char * \
  coprod_agenda_item_get_##field (CoprodAgendaItem *self) \
  { \
    g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (self), NULL); \
    return self->field; \
  } \
  void \
  coprod_agenda_item_set_##field (CoprodAgendaItem *self, \
                                  const char       *value) \
  { \
    g_return_if_fail (COPROD_IS_AGENDA_ITEM (self)); \
    set_text (self, PROP, value); \
  }

TEXT_ACCESSORS (title, PROP_TITLE)
TEXT_ACCESSORS (plain_description, PROP_PLAIN_DESCRIPTION)
TEXT_ACCESSORS (shared_notes, PROP_SHARED_NOTES)
TEXT_ACCESSORS (private_notes, PROP_PRIVATE_NOTES)

/* What the schedule engine needs to know of this item. */
CoprodScheduleItem
coprod_agenda_item_to_schedule_item (CoprodAgendaItem *self)
{
  CoprodScheduleItem item = { COPROD_AGENDA_KIND_ITEM, 0, COPROD_SCHEDULE_NOT_FIXED };

  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (self), item);

  item.kind = self->kind;
  item.minutes = self->minutes;
  item.fixed_start = self->fixed_start;
  return item;
}

/**
 * coprod_agenda_item_read_actual_times:
 * @start: (out): when the item really started (Unix time), 0 if it never ran
 * @end: (out): when it really ended, 0 if it never ended
 *
 * The live state writes these straight to the store as the meeting runs, so they are
 * read from there, not from the object.
 */
gboolean
coprod_agenda_item_read_actual_times (CoprodAgendaItem  *self,
                                      gint64            *start,
                                      gint64            *end,
                                      GError           **error)
{
  ActualTimes times = { 0, 0 };

  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (self), FALSE);
  g_return_val_if_fail (start != NULL && end != NULL, FALSE);

  *start = *end = 0;
  if (!coprod_store_read_row (self->store, COPROD_TABLE_AGENDA_ITEM, self->id,
                              actual_times_row_cb, &times, error))
    return FALSE;
  *start = MAX (times.start, 0);
  *end = MAX (times.end, 0);
  return TRUE;
}
