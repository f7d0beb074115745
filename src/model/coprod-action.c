/* coprod-action.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An action point: what someone said they would do, by when, and what became of it.
 * "Do what you say you will do... Be honest. If something you thought you could do
 * turns out to be something you can't do, then tell us" (seed 002): so an action is
 * open, done, or can't do, and can't do always says why. Every change of status and
 * every note is kept as an update, with the meeting it was made in, so the team can
 * see the whole story at the next meeting.
 *
 * The due date is a calendar date, not a moment: "by the 1st of December" means the
 * same day wherever the laptop's clock is set, and an action is overdue once that day
 * is over where the facilitator is.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "coprod-action.h"
#include "coprod-action-private.h"
#include "coprod-record-private.h"

struct _CoprodAction
{
  GObject      parent_instance;

  CoprodStore *store;
  gint64       id;
  gint64       team_id;
  gint64       meeting_id;
  gint64       agenda_item_id;
  gint64       from_expectation_id;
  gint64       owner_person_id;
  gint64       status;
  gint64       closed;
  gint64       created;
  char        *text;
  char        *due;          /* "YYYY-MM-DD", or "", as stored */
  GDate        due_date;     /* the same, read once; cleared when there is none */
  char        *status_note;
  char        *folded_text;  /* for searching; made when first searched */

  CoprodActionChangedFunc changed;       /* the team's, told of every change */
  gpointer                changed_data;
};

G_DEFINE_FINAL_TYPE (CoprodAction, coprod_action, G_TYPE_OBJECT)

G_DEFINE_QUARK (coprod-action-error-quark, coprod_action_error)

static const GEnumValue status_values[] = {
  { COPROD_ACTION_OPEN, "COPROD_ACTION_OPEN", "open" },
  { COPROD_ACTION_DONE, "COPROD_ACTION_DONE", "done" },
  { COPROD_ACTION_CANNOT, "COPROD_ACTION_CANNOT", "cannot" },
  { 0, NULL, NULL },
};

enum {
  PROP_0,
  PROP_TEXT,
  PROP_OWNER_PERSON_ID,
  PROP_DUE,
  PROP_STATUS,
  PROP_STATUS_NOTE,
  PROP_CLOSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
coprod_action_status_to_string (CoprodActionStatus status)
{
  g_return_val_if_fail (status <= COPROD_ACTION_CANNOT, "open");
  return status_values[status].value_nick;
}

void
coprod_action_update_free (CoprodActionUpdate *update)
{
  if (update == NULL)
    return;
  g_free (update->note);
  g_free (update);
}

/* Helpers */

static CoprodRecord
record_of (CoprodAction *self)
{
  return (CoprodRecord) { G_OBJECT (self), self->store, COPROD_TABLE_ACTION, self->id };
}

/* Reads "YYYY-MM-DD" strictly; anything else is no date. */
static gboolean
parse_date (const char *text,
            GDate      *date)
{
  guint year = 0, month = 0, day = 0;

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    {
      int digit = g_ascii_digit_value (text[i]);

      if (i == 4 || i == 7)
        continue;
      if (digit < 0)
        return FALSE;
      if (i < 4)
        year = year * 10 + digit;
      else if (i < 7)
        month = month * 10 + digit;
      else
        day = day * 10 + digit;
    }
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
add_update (CoprodAction        *self,
            CoprodActionStatus   status,
            const char          *note,
            gint64               meeting_id,
            GError             **error)
{
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "action_id", "x", self->id);
  g_variant_dict_insert (&dict, "meeting_id", "x", meeting_id);
  g_variant_dict_insert (&dict, "status", "s", coprod_action_status_to_string (status));
  g_variant_dict_insert (&dict, "note", "s", note != NULL ? note : "");
  g_variant_dict_insert (&dict, "created", "x", g_get_real_time () / G_USEC_PER_SEC);
  return coprod_store_insert (self->store, COPROD_TABLE_ACTION_UPDATE,
                              g_variant_dict_end (&dict), error) != 0;
}

/* Appends LEN bytes of TEXT without case or accents. */
static void
fold_run (GString    *out,
          const char *text,
          gssize      len)
{
  g_autofree char *decomposed = g_utf8_normalize (text, len, G_NORMALIZE_ALL);
  g_autofree char *folded = g_utf8_casefold (decomposed, -1);

  /* Accents come apart from their letters when decomposed; they are left out. */
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }
}

/* Callbacks */

static void
history_row_cb (const CoprodStoreRow *row,
                gpointer              user_data)
{
  GPtrArray *history = user_data;
  CoprodActionUpdate *update = g_new0 (CoprodActionUpdate, 1);
  const char *status = coprod_store_row_get_text (row, COPROD_ACTION_UPDATE_COL_STATUS);

  update->meeting_id = coprod_store_row_get_int (row, COPROD_ACTION_UPDATE_COL_MEETING_ID);
  update->status = coprod_enum_from_nick (status_values, status, COPROD_ACTION_OPEN);
  update->note = g_strdup (coprod_store_row_get_text (row, COPROD_ACTION_UPDATE_COL_NOTE));
  update->created = coprod_store_row_get_int (row, COPROD_ACTION_UPDATE_COL_CREATED);
  g_ptr_array_add (history, update);
}

/* Overrides */

static void
coprod_action_finalize (GObject *object)
{
  CoprodAction *self = (CoprodAction *) object;

  g_clear_object (&self->store);
  g_free (self->text);
  g_free (self->due);
  g_free (self->status_note);
  g_free (self->folded_text);

  G_OBJECT_CLASS (coprod_action_parent_class)->finalize (object);
}

static void
coprod_action_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CoprodAction *self = COPROD_ACTION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_OWNER_PERSON_ID:
      g_value_set_int64 (value, self->owner_person_id);
      break;

    case PROP_DUE:
      g_value_set_string (value, self->due);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_STATUS_NOTE:
      g_value_set_string (value, self->status_note);
      break;

    case PROP_CLOSED:
      g_value_set_int64 (value, self->closed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_action_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CoprodAction *self = COPROD_ACTION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      coprod_action_set_text (self, g_value_get_string (value));
      break;

    case PROP_OWNER_PERSON_ID:
      coprod_action_set_owner_person_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Every notification also tells the team, which passes it on to its lists: one
 * pointer here costs less than a signal handler on each of 20,000 actions. */
static void
coprod_action_notify (GObject    *object,
                      GParamSpec *pspec)
{
  CoprodAction *self = COPROD_ACTION (object);

  if (self->changed != NULL)
    self->changed (self, self->changed_data);
  if (G_OBJECT_CLASS (coprod_action_parent_class)->notify != NULL)
    G_OBJECT_CLASS (coprod_action_parent_class)->notify (object, pspec);
}

static void
coprod_action_class_init (CoprodActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coprod_action_finalize;
  object_class->get_property = coprod_action_get_property;
  object_class->set_property = coprod_action_set_property;
  object_class->notify = coprod_action_notify;

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", rw);
  properties[PROP_OWNER_PERSON_ID] = g_param_spec_int64 ("owner-person-id", NULL, NULL,
                                                         0, G_MAXINT64, 0, rw);
  /* "YYYY-MM-DD", or "" for none; set it with coprod_action_set_due(). */
  properties[PROP_DUE] = g_param_spec_string ("due", NULL, NULL, "", ro);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, COPROD_ACTION_OPEN,
                                              COPROD_ACTION_CANNOT, COPROD_ACTION_OPEN, ro);
  properties[PROP_STATUS_NOTE] = g_param_spec_string ("status-note", NULL, NULL, "", ro);
  properties[PROP_CLOSED] = g_param_spec_int64 ("closed", NULL, NULL, 0, G_MAXINT64, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_action_init (CoprodAction *self)
{
  g_date_clear (&self->due_date, 1);
}

/* Public API */

CoprodAction *
coprod_action_new_from_row (CoprodStore          *store,
                            const CoprodStoreRow *row)
{
  CoprodAction *self;
  const char *due;
  const char *status;

  g_return_val_if_fail (COPROD_IS_STORE (store), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (COPROD_TYPE_ACTION, NULL);
  self->store = g_object_ref (store);
  self->id = coprod_store_row_get_int (row, COPROD_ACTION_COL_ID);
  self->team_id = coprod_store_row_get_int (row, COPROD_ACTION_COL_TEAM_ID);
  self->meeting_id = coprod_store_row_get_int (row, COPROD_ACTION_COL_MEETING_ID);
  self->agenda_item_id = coprod_store_row_get_int (row, COPROD_ACTION_COL_AGENDA_ITEM_ID);
  self->from_expectation_id = coprod_store_row_get_int (row,
                                                        COPROD_ACTION_COL_FROM_EXPECTATION_ID);
  self->owner_person_id = coprod_store_row_get_int (row, COPROD_ACTION_COL_OWNER_PERSON_ID);
  self->closed = coprod_store_row_get_int (row, COPROD_ACTION_COL_CLOSED);
  self->created = coprod_store_row_get_int (row, COPROD_ACTION_COL_CREATED);
  self->text = g_strdup (coprod_store_row_get_text (row, COPROD_ACTION_COL_TEXT));
  due = coprod_store_row_get_text (row, COPROD_ACTION_COL_DUE);
  /* A due date that is not a date reads as none; the file keeps it until one is set. */
  self->due = g_strdup (parse_date (due, &self->due_date) ? due : "");
  self->status_note = g_strdup (coprod_store_row_get_text (row, COPROD_ACTION_COL_STATUS_NOTE));
  status = coprod_store_row_get_text (row, COPROD_ACTION_COL_STATUS);
  self->status = coprod_enum_from_nick (status_values, status, COPROD_ACTION_OPEN);
  return self;
}

gint64
coprod_action_get_id (CoprodAction *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), 0);
  return self->id;
}

gint64
coprod_action_get_team_id (CoprodAction *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), 0);
  return self->team_id;
}

/* The meeting the action was made in, or 0. */
gint64
coprod_action_get_meeting_id (CoprodAction *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), 0);
  return self->meeting_id;
}

/* The agenda item it came out of, or 0. */
gint64
coprod_action_get_agenda_item_id (CoprodAction *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), 0);
  return self->agenda_item_id;
}

/* The expectation it answers, or 0. */
gint64
coprod_action_get_from_expectation_id (CoprodAction *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), 0);
  return self->from_expectation_id;
}

/* Links the action to the expectation it answers, as made in the exercise. */
void
coprod_action_set_from_expectation_id (CoprodAction *self,
                                       gint64        expectation_id)
{
  CoprodRecord record;

  g_return_if_fail (COPROD_IS_ACTION (self));
  record = record_of (self);
  coprod_record_set_int (&record, "from_expectation_id", &self->from_expectation_id,
                         MAX (expectation_id, 0), NULL);
}

const char *
coprod_action_get_text (CoprodAction *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), NULL);
  return self->text;
}

void
coprod_action_set_text (CoprodAction *self,
                        const char   *text)
{
  CoprodRecord record;

  g_return_if_fail (COPROD_IS_ACTION (self));
  record = record_of (self);
  if (coprod_record_set_text (&record, "text", &self->text, text, properties[PROP_TEXT]))
    g_clear_pointer (&self->folded_text, g_free);
}

/* Who said they would do it: a person of the team, or 0 while nobody is chosen. */
gint64
coprod_action_get_owner_person_id (CoprodAction *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), 0);
  return self->owner_person_id;
}

void
coprod_action_set_owner_person_id (CoprodAction *self,
                                   gint64        person_id)
{
  CoprodRecord record;

  g_return_if_fail (COPROD_IS_ACTION (self));
  record = record_of (self);
  coprod_record_set_int (&record, "owner_person_id", &self->owner_person_id, MAX (person_id, 0),
                         properties[PROP_OWNER_PERSON_ID]);
}

/**
 * coprod_action_get_due:
 * @due: (out): the due date, or a cleared date when there is none
 *
 * Returns: whether the action has a due date
 */
gboolean
coprod_action_get_due (CoprodAction *self,
                       GDate        *due)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), FALSE);
  g_return_val_if_fail (due != NULL, FALSE);
  *due = self->due_date;
  return g_date_valid (due);
}

/* The due date as stored, "YYYY-MM-DD", or "" when there is none. */
const char *
coprod_action_get_due_iso (CoprodAction *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), NULL);
  return self->due;
}

/**
 * coprod_date_to_iso:
 *
 * Returns: (transfer full): @date as "YYYY-MM-DD", or "" for %NULL or an invalid date
 */
char *
coprod_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

/* Sets the due date; %NULL or an invalid date takes it away. */
void
coprod_action_set_due (CoprodAction *self,
                       const GDate  *due)
{
  CoprodRecord record;
  g_autofree char *text = NULL;

  g_return_if_fail (COPROD_IS_ACTION (self));

  text = coprod_date_to_iso (due);
  g_date_clear (&self->due_date, 1);
  if (*text != '\0')
    self->due_date = *due;
  record = record_of (self);
  coprod_record_set_text (&record, "due", &self->due, text, properties[PROP_DUE]);
}

CoprodActionStatus
coprod_action_get_status (CoprodAction *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), COPROD_ACTION_OPEN);
  return self->status;
}

/* What was said when it was last marked done or can't do: for can't do, the reason. */
const char *
coprod_action_get_status_note (CoprodAction *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), NULL);
  return self->status_note;
}

/* When it was made (Unix time). */
gint64
coprod_action_get_created (CoprodAction *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), 0);
  return self->created;
}

/* When it was marked done or can't do (Unix time), or 0 while it is open. */
gint64
coprod_action_get_closed (CoprodAction *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), 0);
  return self->closed;
}

/**
 * coprod_action_set_status:
 * @note: what happened; for %COPROD_ACTION_CANNOT, why, which is required
 * @meeting_id: the meeting it was said in, or 0
 *
 * Marks the action open, done or can't do, and keeps the change in its history.
 *
 * Returns: %FALSE, changing nothing, when can't do comes without a reason or the
 *   store refuses
 */
gboolean
coprod_action_set_status (CoprodAction        *self,
                          CoprodActionStatus   status,
                          const char          *note,
                          gint64               meeting_id,
                          GError             **error)
{
  CoprodRecord record;
  gint64 closed;

  g_return_val_if_fail (COPROD_IS_ACTION (self), FALSE);
  g_return_val_if_fail (status <= COPROD_ACTION_CANNOT, FALSE);

  if (status == COPROD_ACTION_CANNOT && coprod_text_is_blank (note))
    {
      g_set_error_literal (error, COPROD_ACTION_ERROR, COPROD_ACTION_ERROR_REASON_NEEDED,
                           _("Say why it can’t be done, so the team knows what happened"));
      return FALSE;
    }
  if (!add_update (self, status, note, meeting_id, error))
    return FALSE;

  record = record_of (self);
  closed = status == COPROD_ACTION_OPEN ? 0 : g_get_real_time () / G_USEC_PER_SEC;
  coprod_record_set_int (&record, "closed", &self->closed, closed, properties[PROP_CLOSED]);
  if (self->status != (gint64) status)
    {
      self->status = status;
      coprod_store_update (self->store, COPROD_TABLE_ACTION, self->id, "status",
                           g_variant_new_string (coprod_action_status_to_string (status)),
                           NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
    }
  coprod_record_set_text (&record, "status_note", &self->status_note,
                          status == COPROD_ACTION_OPEN ? "" : note,
                          properties[PROP_STATUS_NOTE]);
  return TRUE;
}

/**
 * coprod_action_add_note:
 * @meeting_id: the meeting it was said in, or 0
 *
 * Adds a note on how the action is going to its history, leaving its status as it is.
 */
gboolean
coprod_action_add_note (CoprodAction  *self,
                        const char    *note,
                        gint64         meeting_id,
                        GError       **error)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), FALSE);

  if (coprod_text_is_blank (note))
    {
      g_set_error_literal (error, COPROD_ACTION_ERROR, COPROD_ACTION_ERROR_EMPTY_NOTE,
                           _("Write a note first"));
      return FALSE;
    }
  return add_update (self, self->status, note, meeting_id, error);
}

/**
 * coprod_action_dup_history:
 *
 * Returns: (transfer container) (element-type CoprodActionUpdate): every update,
 *   oldest first, or %NULL if the store could not be read
 */
GPtrArray *
coprod_action_dup_history (CoprodAction  *self,
                           GError       **error)
{
  g_autoptr(GPtrArray) history = NULL;

  g_return_val_if_fail (COPROD_IS_ACTION (self), NULL);

  history = g_ptr_array_new_with_free_func ((GDestroyNotify) coprod_action_update_free);
  if (!coprod_store_foreach_row (self->store, COPROD_TABLE_ACTION_UPDATE, self->id,
                                 history_row_cb, history, error))
    return NULL;
  return g_steal_pointer (&history);
}

/**
 * coprod_action_get_days_overdue:
 * @today: the date where the facilitator is (see coprod_date_today())
 *
 * Returns: how many whole days past its due date an open action is; 0 when it is
 *   not overdue, has no date, or is done or can't be done
 */
int
coprod_action_get_days_overdue (CoprodAction *self,
                                const GDate  *today)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  if (self->status != COPROD_ACTION_OPEN || !g_date_valid (&self->due_date))
    return 0;
  return MAX (0, g_date_days_between (&self->due_date, today));
}

/**
 * coprod_date_today:
 * @zone: where the facilitator is; %NULL for the local time zone
 * @unix_time: the moment
 * @today: (out): the calendar date at that moment in @zone
 */
void
coprod_date_today (GTimeZone *zone,
                   gint64     unix_time,
                   GDate     *today)
{
  g_autoptr(GTimeZone) local = zone == NULL ? g_time_zone_new_local () : NULL;
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GDateTime) there = g_date_time_to_timezone (utc, zone != NULL ? zone : local);

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (there), g_date_time_get_month (there),
                  g_date_time_get_year (there));
}

/**
 * coprod_action_compare:
 * @today: the date where the facilitator is
 *
 * The order of a list of actions that nobody should have to chase: open ones first,
 * the most overdue first, then by due date, those without a date last; then done and
 * can't do, the most recently closed first.
 *
 * Returns: negative, 0 or positive, as for qsort()
 */
int
coprod_action_compare (CoprodAction *a,
                       CoprodAction *b,
                       const GDate  *today)
{
  gboolean a_open, b_open, a_dated, b_dated;
  int days;

  g_return_val_if_fail (COPROD_IS_ACTION (a) && COPROD_IS_ACTION (b), 0);

  a_open = a->status == COPROD_ACTION_OPEN;
  b_open = b->status == COPROD_ACTION_OPEN;
  if (a_open != b_open)
    return a_open ? -1 : 1;
  if (!a_open)
    return a->closed != b->closed ? (a->closed > b->closed ? -1 : 1)
                                  : (a->id < b->id ? -1 : a->id > b->id);

  days = coprod_action_get_days_overdue (b, today) - coprod_action_get_days_overdue (a, today);
  if (days != 0)
    return days;
  a_dated = g_date_valid (&a->due_date);
  b_dated = g_date_valid (&b->due_date);
  if (a_dated != b_dated)
    return a_dated ? -1 : 1;
  if (a_dated && g_date_compare (&a->due_date, &b->due_date) != 0)
    return g_date_compare (&a->due_date, &b->due_date);
  return a->id < b->id ? -1 : a->id > b->id;
}

/**
 * coprod_text_is_blank:
 * @text: (nullable): any text
 *
 * Returns: whether @text has nothing but spaces, or nothing at all
 */
gboolean
coprod_text_is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/**
 * coprod_action_fold_text:
 *
 * Returns: (transfer full): @text as searching compares it: without case or accents,
 *   and with compatible characters made the same ("ﬁ" as "fi", "Ａ" as "a")
 */
char *
coprod_action_fold_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));
  const char *p = valid;

  /* Most words are ASCII, where folding is lowering the case: only the runs of other
   * characters go through normalising and case folding, which cost ten times as much
   * and made the first search of 20,000 actions take longer than a frame. Folding run
   * by run gives the same text, as decomposing and folding work character by
   * character, and the marks whose order decomposing might change are left out. */
  while (*p != '\0')
    {
      const char *run = p;

      if ((guchar) *p < 0x80)
        {
          g_string_append_c (out, g_ascii_tolower (*p++));
          continue;
        }
      while ((guchar) *p >= 0x80)
        p++;
      fold_run (out, run, p - run);
    }
  return g_string_free (out, FALSE);
}

/**
 * coprod_action_matches:
 * @folded_needle: what was typed, through coprod_action_fold_text()
 * @folded_owner: (nullable): the name of whoever will do it, folded the same way
 *   (once per person, not once per action)
 *
 * Whether the action's words, or its owner's name, contain @folded_needle.
 */
gboolean
coprod_action_matches (CoprodAction *self,
                       const char   *folded_needle,
                       const char   *folded_owner)
{
  g_return_val_if_fail (COPROD_IS_ACTION (self), FALSE);

  if (folded_needle == NULL || *folded_needle == '\0')
    return TRUE;
  if (self->folded_text == NULL)
    self->folded_text = coprod_action_fold_text (self->text);
  if (strstr (self->folded_text, folded_needle) != NULL)
    return TRUE;
  return folded_owner != NULL && strstr (folded_owner, folded_needle) != NULL;
}

/* Whom to tell of every change to @self: its team. %NULL stops it. */
void
coprod_action_set_changed_func (CoprodAction            *self,
                                CoprodActionChangedFunc  func,
                                gpointer                 data)
{
  g_return_if_fail (COPROD_IS_ACTION (self));

  self->changed = func;
  self->changed_data = data;
}
