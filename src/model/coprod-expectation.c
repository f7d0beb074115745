/* coprod-expectation.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One line of one of the four lists of the expectations exercise (seed 004): what a
 * group expects of the other, or what it thinks the other expects of it. Its words and
 * category write through like every model object's; pairing and answering go through
 * the exercise, which knows the phase and the other lists.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "coprod-expectation-private.h"
#include "coprod-record-private.h"

struct _CoprodExpectation
{
  GObject      parent_instance;

  CoprodStore *store;
  gint64       id;
  gint64       exercise_id;
  gint64       author;       /* CoprodGroup */
  gint64       list;         /* CoprodExpectationList */
  gint64       category;     /* CoprodExpectationCategory */
  gint64       position;
  gint64       matched_id;
  gint64       response;     /* CoprodResponse */
  gint64       agreed;
  char        *text;
  char        *response_note;
};

G_DEFINE_FINAL_TYPE (CoprodExpectation, coprod_expectation, G_TYPE_OBJECT)

G_DEFINE_QUARK (coprod-expectation-error-quark, coprod_expectation_error)

static const GEnumValue group_values[] = {
  { COPROD_GROUP_A, "COPROD_GROUP_A", "a" },
  { COPROD_GROUP_B, "COPROD_GROUP_B", "b" },
  { 0, NULL, NULL },
};

static const GEnumValue list_values[] = {
  { COPROD_LIST_WE_EXPECT, "COPROD_LIST_WE_EXPECT", "we_expect" },
  { COPROD_LIST_WE_THINK_THEY_EXPECT, "COPROD_LIST_WE_THINK_THEY_EXPECT",
    "we_think_they_expect" },
  { 0, NULL, NULL },
};

static const GEnumValue category_values[] = {
  { COPROD_CATEGORY_TASK, "COPROD_CATEGORY_TASK", "task" },
  { COPROD_CATEGORY_BEHAVIOUR, "COPROD_CATEGORY_BEHAVIOUR", "behaviour" },
  { COPROD_CATEGORY_SKILL, "COPROD_CATEGORY_SKILL", "skill" },
  { 0, NULL, NULL },
};

static const GEnumValue response_values[] = {
  { COPROD_RESPONSE_NONE, "COPROD_RESPONSE_NONE", "" },
  { COPROD_RESPONSE_CAN, "COPROD_RESPONSE_CAN", "can" },
  { COPROD_RESPONSE_PARTLY, "COPROD_RESPONSE_PARTLY", "partly" },
  { COPROD_RESPONSE_CANNOT, "COPROD_RESPONSE_CANNOT", "cannot" },
  { COPROD_RESPONSE_FIND_OUT, "COPROD_RESPONSE_FIND_OUT", "find_out" },
  { 0, NULL, NULL },
};

enum {
  PROP_0,
  PROP_TEXT,
  PROP_CATEGORY,
  PROP_POSITION,
  PROP_MATCHED_ID,
  PROP_RESPONSE,
  PROP_RESPONSE_NOTE,
  PROP_AGREED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static CoprodRecord
record_of (CoprodExpectation *self)
{
  CoprodRecord record = { G_OBJECT (self), self->store, COPROD_TABLE_EXPECTATION, self->id };

  return record;
}

static const char *
nick_of (const GEnumValue *values,
         int               value)
{
  for (guint i = 0; values[i].value_nick != NULL; i++)
    if (values[i].value == value)
      return values[i].value_nick;
  return values[0].value_nick;
}

/* Writes an enum column as its word in the file, then notifies. */
static gboolean
write_enum (CoprodExpectation  *self,
            const GEnumValue   *values,
            const char         *column,
            gint64             *field,
            int                 value,
            guint               prop_id,
            GError            **error)
{
  if (*field == value)
    return TRUE;
  if (!coprod_store_update (self->store, COPROD_TABLE_EXPECTATION, self->id, column,
                            g_variant_new_string (nick_of (values, value)), error))
    return FALSE;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  return TRUE;
}

/* Overrides */

static void
coprod_expectation_finalize (GObject *object)
{
  CoprodExpectation *self = COPROD_EXPECTATION (object);

  g_clear_object (&self->store);
  g_free (self->text);
  g_free (self->response_note);

  G_OBJECT_CLASS (coprod_expectation_parent_class)->finalize (object);
}

static void
coprod_expectation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CoprodExpectation *self = COPROD_EXPECTATION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_CATEGORY:
      g_value_set_int (value, (int) self->category);
      break;

    case PROP_POSITION:
      g_value_set_int (value, (int) self->position);
      break;

    case PROP_MATCHED_ID:
      g_value_set_int64 (value, self->matched_id);
      break;

    case PROP_RESPONSE:
      g_value_set_int (value, (int) self->response);
      break;

    case PROP_RESPONSE_NOTE:
      g_value_set_string (value, self->response_note);
      break;

    case PROP_AGREED:
      g_value_set_boolean (value, self->agreed != 0);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_expectation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CoprodExpectation *self = COPROD_EXPECTATION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      coprod_expectation_set_text (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      coprod_expectation_set_category (self, g_value_get_int (value));
      break;

    case PROP_AGREED:
      coprod_expectation_set_agreed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_expectation_class_init (CoprodExpectationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coprod_expectation_finalize;
  object_class->get_property = coprod_expectation_get_property;
  object_class->set_property = coprod_expectation_set_property;

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", rw);
  properties[PROP_CATEGORY] = g_param_spec_int ("category", NULL, NULL, COPROD_CATEGORY_TASK,
                                                COPROD_CATEGORY_SKILL, COPROD_CATEGORY_TASK, rw);
  properties[PROP_POSITION] = g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_MATCHED_ID] = g_param_spec_int64 ("matched-id", NULL, NULL, 0, G_MAXINT64, 0,
                                                    ro);
  properties[PROP_RESPONSE] = g_param_spec_int ("response", NULL, NULL, COPROD_RESPONSE_NONE,
                                                COPROD_RESPONSE_FIND_OUT, COPROD_RESPONSE_NONE,
                                                ro);
  properties[PROP_RESPONSE_NOTE] = g_param_spec_string ("response-note", NULL, NULL, "", ro);
  properties[PROP_AGREED] = g_param_spec_boolean ("agreed", NULL, NULL, FALSE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_expectation_init (CoprodExpectation *self)
{
}

/* Public API */

CoprodExpectation *
coprod_expectation_new_from_row (CoprodStore          *store,
                                 const CoprodStoreRow *row)
{
  CoprodExpectation *self;

  g_return_val_if_fail (COPROD_IS_STORE (store), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (COPROD_TYPE_EXPECTATION, NULL);
  self->store = g_object_ref (store);
  self->id = coprod_store_row_get_int (row, COPROD_EXPECTATION_COL_ID);
  self->exercise_id = coprod_store_row_get_int (row, COPROD_EXPECTATION_COL_EXERCISE_ID);
  self->author = coprod_enum_from_nick (group_values,
                                        coprod_store_row_get_text (row,
                                                                   COPROD_EXPECTATION_COL_AUTHOR_SIDE),
                                        COPROD_GROUP_A);
  self->list = coprod_enum_from_nick (list_values,
                                      coprod_store_row_get_text (row, COPROD_EXPECTATION_COL_LIST),
                                      COPROD_LIST_WE_EXPECT);
  self->category = coprod_enum_from_nick (category_values,
                                          coprod_store_row_get_text (row,
                                                                     COPROD_EXPECTATION_COL_CATEGORY),
                                          COPROD_CATEGORY_TASK);
  self->text = g_strdup (coprod_store_row_get_text (row, COPROD_EXPECTATION_COL_TEXT));
  self->position = coprod_store_row_get_int (row, COPROD_EXPECTATION_COL_POSITION);
  self->matched_id = coprod_store_row_get_int (row, COPROD_EXPECTATION_COL_MATCHED_ID);
  self->response = coprod_enum_from_nick (response_values,
                                          coprod_store_row_get_text (row,
                                                                     COPROD_EXPECTATION_COL_RESPONSE),
                                          COPROD_RESPONSE_NONE);
  self->response_note = g_strdup (coprod_store_row_get_text (row,
                                                             COPROD_EXPECTATION_COL_RESPONSE_NOTE));
  self->agreed = coprod_store_row_get_int (row, COPROD_EXPECTATION_COL_AGREED) != 0;
  return self;
}

gint64
coprod_expectation_get_id (CoprodExpectation *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTATION (self), 0);
  return self->id;
}

gint64
coprod_expectation_get_exercise_id (CoprodExpectation *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTATION (self), 0);
  return self->exercise_id;
}

/* The group that wrote it. */
CoprodGroup
coprod_expectation_get_author (CoprodExpectation *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTATION (self), COPROD_GROUP_A);
  return self->author;
}

/* The group it is about, who would meet it: the other group for what a group expects,
 * the group itself for what it thinks the other expects of it. */
CoprodGroup
coprod_expectation_get_about (CoprodExpectation *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTATION (self), COPROD_GROUP_A);
  return self->list == COPROD_LIST_WE_EXPECT ? COPROD_OTHER_GROUP (self->author) : self->author;
}

CoprodExpectationList
coprod_expectation_get_list (CoprodExpectation *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTATION (self), COPROD_LIST_WE_EXPECT);
  return self->list;
}

/* Whether it is what a group thought the other expects of it, not an expectation. */
gboolean
coprod_expectation_is_guess (CoprodExpectation *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTATION (self), FALSE);
  return self->list == COPROD_LIST_WE_THINK_THEY_EXPECT;
}

const char *
coprod_expectation_get_text (CoprodExpectation *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTATION (self), NULL);
  return self->text;
}

void
coprod_expectation_set_text (CoprodExpectation *self,
                             const char        *text)
{
  CoprodRecord record;

  g_return_if_fail (COPROD_IS_EXPECTATION (self));
  record = record_of (self);
  coprod_record_set_text (&record, "text", &self->text, text, properties[PROP_TEXT]);
}

CoprodExpectationCategory
coprod_expectation_get_category (CoprodExpectation *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTATION (self), COPROD_CATEGORY_TASK);
  return self->category;
}

void
coprod_expectation_set_category (CoprodExpectation         *self,
                                 CoprodExpectationCategory  category)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (COPROD_IS_EXPECTATION (self));
  g_return_if_fail (category <= COPROD_CATEGORY_SKILL);

  if (!write_enum (self, category_values, "category", &self->category, category, PROP_CATEGORY,
                   &error))
    g_message ("Could not change an expectation's category: %s", error->message);
}

int
coprod_expectation_get_position (CoprodExpectation *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTATION (self), 0);
  return (int) self->position;
}

/* For a guess: the expectation it was paired with, or 0. */
gint64
coprod_expectation_get_matched_id (CoprodExpectation *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTATION (self), 0);
  return self->matched_id;
}

CoprodResponse
coprod_expectation_get_response (CoprodExpectation *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTATION (self), COPROD_RESPONSE_NONE);
  return self->response;
}

const char *
coprod_expectation_get_response_note (CoprodExpectation *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTATION (self), NULL);
  return self->response_note;
}

/* Whether the room agreed on it: it goes into the summary as an agreement. */
gboolean
coprod_expectation_get_agreed (CoprodExpectation *self)
{
  g_return_val_if_fail (COPROD_IS_EXPECTATION (self), FALSE);
  return self->agreed != 0;
}

void
coprod_expectation_set_agreed (CoprodExpectation *self,
                               gboolean           agreed)
{
  CoprodRecord record;

  g_return_if_fail (COPROD_IS_EXPECTATION (self));
  record = record_of (self);
  coprod_record_set_int (&record, "agreed", &self->agreed, agreed ? 1 : 0,
                         properties[PROP_AGREED]);
}

const char *
coprod_expectation_category_to_string (CoprodExpectationCategory category)
{
  switch (category)
    {
    case COPROD_CATEGORY_BEHAVIOUR:
      return _("Behaviour");
    case COPROD_CATEGORY_SKILL:
      return _("Skills and knowledge");
    case COPROD_CATEGORY_TASK:
    default:
      return _("Tasks and outputs");
    }
}

const char *
coprod_response_to_string (CoprodResponse response)
{
  switch (response)
    {
    case COPROD_RESPONSE_CAN:
      return _("We can meet this");
    case COPROD_RESPONSE_PARTLY:
      return _("We can meet this in part");
    case COPROD_RESPONSE_CANNOT:
      return _("We can't meet this");
    case COPROD_RESPONSE_FIND_OUT:
      return _("We need to find out");
    case COPROD_RESPONSE_NONE:
    default:
      return _("Not answered yet");
    }
}

/* Private API, for the exercise */

const char *
coprod_group_to_nick (CoprodGroup group)
{
  return nick_of (group_values, group);
}

const char *
coprod_expectation_list_to_nick (CoprodExpectationList list)
{
  return nick_of (list_values, list);
}

const char *
coprod_expectation_category_to_nick (CoprodExpectationCategory category)
{
  return nick_of (category_values, category);
}

void
coprod_expectation_set_position (CoprodExpectation *self,
                                 int                position)
{
  CoprodRecord record = record_of (self);

  coprod_record_set_int (&record, "position", &self->position, position,
                         properties[PROP_POSITION]);
}

void
coprod_expectation_set_matched_id (CoprodExpectation *self,
                                   gint64             matched_id)
{
  CoprodRecord record = record_of (self);

  coprod_record_set_int (&record, "matched_id", &self->matched_id, MAX (matched_id, 0),
                         properties[PROP_MATCHED_ID]);
}

/* Writes an answer as it is: the exercise has checked it. */
gboolean
coprod_expectation_write_response (CoprodExpectation  *self,
                                   CoprodResponse      response,
                                   const char         *note,
                                   GError            **error)
{
  CoprodRecord record = record_of (self);

  if (!write_enum (self, response_values, "response", &self->response, response, PROP_RESPONSE,
                   error))
    return FALSE;
  coprod_record_set_text (&record, "response_note", &self->response_note, note,
                          properties[PROP_RESPONSE_NOTE]);
  return TRUE;
}
