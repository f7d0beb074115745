/* coprod-team.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A co-production group. Its people and meetings are read from the store the first
 * time someone asks for them, so opening the app with fifty teams reads fifty rows.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "coprod-action-private.h"
#include "coprod-record-private.h"
#include "coprod-team.h"

struct _CoprodTeam
{
  GObject      parent_instance;

  CoprodStore *store;
  gint64       id;
  char        *name;
  char        *group_a_label;
  char        *group_b_label;
  char        *ground_rules;
  gint64       break_after_minutes;

  GListStore  *people;
  GListStore  *meetings;
  GListStore  *actions;
  GListStore  *glossary;
  CoprodPlainLanguage *plain_language;  /* made from the glossary when first asked for */
};

G_DEFINE_FINAL_TYPE (CoprodTeam, coprod_team, G_TYPE_OBJECT)

/* The glossary that comes with Coprod, from data/glossary.desktop.in with its
 * translations merged in, compiled into the model library. */
#define COPROD_DEFAULT_GLOSSARY_RESOURCE "/com/example/Coprod/glossary.ini"

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_GROUP_A_LABEL,
  PROP_GROUP_B_LABEL,
  PROP_GROUND_RULES,
  PROP_BREAK_AFTER_MINUTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTION_CHANGED,
  GLOSSARY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static char **
text_field (CoprodTeam *self,
            guint       prop_id)
{
  switch (prop_id)
    {
    case PROP_NAME: return &self->name;
    case PROP_GROUP_A_LABEL: return &self->group_a_label;
    case PROP_GROUP_B_LABEL: return &self->group_b_label;
    case PROP_GROUND_RULES: return &self->ground_rules;
    default: return NULL;
    }
}

static void
set_text (CoprodTeam *self,
          guint       prop_id,
          const char *column,
          const char *value)
{
  CoprodRecord record = { G_OBJECT (self), self->store, COPROD_TABLE_TEAM, self->id };

  coprod_record_set_text (&record, column, text_field (self, prop_id), value,
                          properties[prop_id]);
}

static GListStore *
load_children (CoprodTeam           *self,
               CoprodTable           table,
               GType                 type,
               CoprodRowConstructor  construct)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  GListStore *list = g_list_store_new (type);

  items = coprod_record_load_all (self->store, table, self->id, construct, &error);
  if (items == NULL)
    {
      /* Only a file damaged while the app runs gets here; the list stays empty and
       * nothing is written over what could not be read. */
      g_message ("Could not read the %s of team %" G_GINT64_FORMAT ": %s",
                 table == COPROD_TABLE_PERSON ? "people"
                   : table == COPROD_TABLE_MEETING ? "meetings"
                   : table == COPROD_TABLE_GLOSSARY_TERM ? "glossary" : "actions",
                 self->id, error->message);
      return list;
    }

  g_list_store_splice (list, 0, 0, items->pdata, items->len);
  return list;
}

/* Inserts a row into TABLE, commits it and returns the model object made from what
 * the store now holds, appended to LIST. */
static gpointer
insert_child (CoprodTeam            *self,
              CoprodTable            table,
              GVariant              *values,
              CoprodRowConstructor   construct,
              GListModel            *list,
              GError               **error)
{
  gpointer item;
  gint64 id;

  id = coprod_store_insert (self->store, table, values, error);
  if (id == 0 || !coprod_store_flush (self->store, error))
    return NULL;

  item = coprod_record_load (self->store, table, id, construct, error);
  if (item == NULL)
    return NULL;
  g_list_store_append (G_LIST_STORE (list), item);
  g_object_unref (item);
  return item;
}

static gboolean
set_child_deleted (CoprodTeam  *self,
                   CoprodTable  table,
                   GListStore  *list,
                   gpointer     item,
                   gint64       id,
                   gboolean     deleted,
                   GError     **error)
{
  guint position;
  gboolean present;

  if (!coprod_store_set_deleted (self->store, table, id, deleted, error))
    return FALSE;

  present = g_list_store_find (list, item, &position);
  if (deleted && present)
    g_list_store_remove (list, position);
  else if (!deleted && !present)
    g_list_store_append (list, item);
  return TRUE;
}

/* Overrides */

static void
action_changed (CoprodAction *action,
                gpointer      data)
{
  g_signal_emit (data, signals[ACTION_CHANGED], 0, action);
}

/* Any word, meaning or other form added, changed or taken out: the checker made from
 * the glossary is out of date. */
static void
glossary_changed (CoprodTeam *self)
{
  g_clear_pointer (&self->plain_language, coprod_plain_language_unref);
  g_signal_emit (self, signals[GLOSSARY_CHANGED], 0);
}

static void
glossary_items_changed_cb (GListModel *glossary,
                           guint       position,
                           guint       removed,
                           guint       added,
                           CoprodTeam *self)
{
  glossary_changed (self);
}

/* The glossary stays in the order of its words when one of them is changed. */
static void
glossary_term_changed_cb (CoprodGlossaryTerm *term,
                          GParamSpec         *pspec,
                          CoprodTeam         *self)
{
  guint position;

  if (self->glossary == NULL || !g_list_store_find (self->glossary, term, &position))
    return;
  if (g_strcmp0 (pspec->name, "term") != 0)
    {
      glossary_changed (self);
      return;
    }
  /* One change, not the two that moving it makes. */
  g_signal_handlers_block_by_func (self->glossary, glossary_items_changed_cb, self);
  g_object_ref (term);
  g_list_store_remove (self->glossary, position);
  g_list_store_insert_sorted (self->glossary, term, coprod_glossary_term_compare, NULL);
  g_object_unref (term);
  g_signal_handlers_unblock_by_func (self->glossary, glossary_items_changed_cb, self);
  glossary_changed (self);
}

static void
watch_glossary_term (CoprodTeam         *self,
                     CoprodGlossaryTerm *term)
{
  g_signal_connect_object (term, "notify::term", G_CALLBACK (glossary_term_changed_cb), self,
                           G_CONNECT_DEFAULT);
  g_signal_connect_object (term, "notify::plain-meaning", G_CALLBACK (glossary_term_changed_cb),
                           self, G_CONNECT_DEFAULT);
  g_signal_connect_object (term, "notify::also-known-as", G_CALLBACK (glossary_term_changed_cb),
                           self, G_CONNECT_DEFAULT);
}

/* Actions held elsewhere may outlive the team: they stop telling it first. */
static void
forget_actions (CoprodTeam *self)
{
  for (guint i = 0; self->actions != NULL &&
                    i < g_list_model_get_n_items (G_LIST_MODEL (self->actions)); i++)
    {
      g_autoptr(CoprodAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions), i);

      coprod_action_set_changed_func (action, NULL, NULL);
    }
}

static void
coprod_team_dispose (GObject *object)
{
  CoprodTeam *self = (CoprodTeam *) object;

  forget_actions (self);
  g_clear_object (&self->people);
  g_clear_object (&self->meetings);
  g_clear_object (&self->actions);
  if (self->glossary != NULL)
    g_signal_handlers_disconnect_by_data (self->glossary, self);
  g_clear_object (&self->glossary);
  g_clear_pointer (&self->plain_language, coprod_plain_language_unref);

  G_OBJECT_CLASS (coprod_team_parent_class)->dispose (object);
}

static void
coprod_team_finalize (GObject *object)
{
  CoprodTeam *self = (CoprodTeam *) object;

  g_clear_object (&self->store);
  g_free (self->name);
  g_free (self->group_a_label);
  g_free (self->group_b_label);
  g_free (self->ground_rules);

  G_OBJECT_CLASS (coprod_team_parent_class)->finalize (object);
}

static void
coprod_team_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CoprodTeam *self = COPROD_TEAM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
    case PROP_GROUP_A_LABEL:
    case PROP_GROUP_B_LABEL:
    case PROP_GROUND_RULES:
      g_value_set_string (value, *text_field (self, prop_id));
      break;

    case PROP_BREAK_AFTER_MINUTES:
      g_value_set_int (value, self->break_after_minutes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_team_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CoprodTeam *self = COPROD_TEAM (object);

  switch (prop_id)
    {
    case PROP_NAME:
      coprod_team_set_name (self, g_value_get_string (value));
      break;

    case PROP_GROUP_A_LABEL:
      coprod_team_set_group_a_label (self, g_value_get_string (value));
      break;

    case PROP_GROUP_B_LABEL:
      coprod_team_set_group_b_label (self, g_value_get_string (value));
      break;

    case PROP_GROUND_RULES:
      coprod_team_set_ground_rules (self, g_value_get_string (value));
      break;

    case PROP_BREAK_AFTER_MINUTES:
      coprod_team_set_break_after_minutes (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_team_class_init (CoprodTeamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = coprod_team_dispose;
  object_class->finalize = coprod_team_finalize;
  object_class->get_property = coprod_team_get_property;
  object_class->set_property = coprod_team_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  /* What the two groups of the expectations exercise are called in this team. */
  properties[PROP_GROUP_A_LABEL] = g_param_spec_string ("group-a-label", NULL, NULL, "", rw);
  properties[PROP_GROUP_B_LABEL] = g_param_spec_string ("group-b-label", NULL, NULL, "", rw);
  properties[PROP_GROUND_RULES] = g_param_spec_string ("ground-rules", NULL, NULL, "", rw);
  /* The longest stretch without a break when someone needs breaks (90 unless changed). */
  properties[PROP_BREAK_AFTER_MINUTES] = g_param_spec_int ("break-after-minutes", NULL, NULL,
                                                           15, 8 * 60, 90, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CoprodTeam::action-changed:
   * @action: the action
   *
   * Any property of any of the team's actions changed: one signal for lists of
   * thousands of actions to listen to.
   */
  signals[ACTION_CHANGED] = g_signal_new ("action-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, COPROD_TYPE_ACTION);

  /**
   * CoprodTeam::glossary-changed:
   *
   * A word of the glossary was added, changed or taken out: what
   * coprod_team_get_plain_language() finds may have changed.
   */
  signals[GLOSSARY_CHANGED] = g_signal_new ("glossary-changed", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 0);
}

static void
coprod_team_init (CoprodTeam *self)
{
}

/* Public API */

CoprodTeam *
coprod_team_new_from_row (CoprodStore          *store,
                          const CoprodStoreRow *row)
{
  CoprodTeam *self;

  g_return_val_if_fail (COPROD_IS_STORE (store), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (COPROD_TYPE_TEAM, NULL);
  self->store = g_object_ref (store);
  self->id = coprod_store_row_get_int (row, COPROD_TEAM_COL_ID);
  self->name = g_strdup (coprod_store_row_get_text (row, COPROD_TEAM_COL_NAME));
  self->group_a_label = g_strdup (coprod_store_row_get_text (row, COPROD_TEAM_COL_GROUP_A_LABEL));
  self->group_b_label = g_strdup (coprod_store_row_get_text (row, COPROD_TEAM_COL_GROUP_B_LABEL));
  self->ground_rules = g_strdup (coprod_store_row_get_text (row, COPROD_TEAM_COL_GROUND_RULES));
  self->break_after_minutes =
    CLAMP (coprod_store_row_get_int (row, COPROD_TEAM_COL_BREAK_AFTER_MINUTES), 15, 8 * 60);
  return self;
}

gint64
coprod_team_get_id (CoprodTeam *self)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), 0);
  return self->id;
}

const char *
coprod_team_get_name (CoprodTeam *self)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);
  return self->name;
}

void
coprod_team_set_name (CoprodTeam *self,
                      const char *name)
{
  g_return_if_fail (COPROD_IS_TEAM (self));
  set_text (self, PROP_NAME, "name", name);
}

const char *
coprod_team_get_group_a_label (CoprodTeam *self)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);
  return self->group_a_label;
}

void
coprod_team_set_group_a_label (CoprodTeam *self,
                               const char *label)
{
  g_return_if_fail (COPROD_IS_TEAM (self));
  set_text (self, PROP_GROUP_A_LABEL, "group_a_label", label);
}

const char *
coprod_team_get_group_b_label (CoprodTeam *self)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);
  return self->group_b_label;
}

void
coprod_team_set_group_b_label (CoprodTeam *self,
                               const char *label)
{
  g_return_if_fail (COPROD_IS_TEAM (self));
  set_text (self, PROP_GROUP_B_LABEL, "group_b_label", label);
}

/**
 * coprod_team_get_ground_rules:
 *
 * The ground rules the team has agreed, one to a line, shown to the room on the
 * shared screen's welcome.
 */
const char *
coprod_team_get_ground_rules (CoprodTeam *self)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);
  return self->ground_rules;
}

void
coprod_team_set_ground_rules (CoprodTeam *self,
                              const char *rules)
{
  g_return_if_fail (COPROD_IS_TEAM (self));
  set_text (self, PROP_GROUND_RULES, "ground_rules", rules);
}

int
coprod_team_get_break_after_minutes (CoprodTeam *self)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), 90);
  return self->break_after_minutes;
}

void
coprod_team_set_break_after_minutes (CoprodTeam *self,
                                     int         minutes)
{
  CoprodRecord record = { G_OBJECT (self), self->store, COPROD_TABLE_TEAM, self->id };

  g_return_if_fail (COPROD_IS_TEAM (self));
  coprod_record_set_int (&record, "break_after_minutes", &self->break_after_minutes,
                         CLAMP (minutes, 15, 8 * 60), properties[PROP_BREAK_AFTER_MINUTES]);
}

/**
 * coprod_team_needs_breaks:
 *
 * Whether anyone in the team has said they need breaks, which is when the schedule
 * warns of long stretches without one.
 */
gboolean
coprod_team_needs_breaks (CoprodTeam *self)
{
  GListModel *people;
  guint n;

  g_return_val_if_fail (COPROD_IS_TEAM (self), FALSE);

  people = coprod_team_get_people (self);
  n = g_list_model_get_n_items (people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      if (coprod_person_get_needs_breaks (person))
        return TRUE;
    }
  return FALSE;
}

/**
 * coprod_team_get_people:
 *
 * Returns: (transfer none): the team's #CoprodPerson objects
 */
GListModel *
coprod_team_get_people (CoprodTeam *self)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);

  if (self->people == NULL)
    self->people = load_children (self, COPROD_TABLE_PERSON, COPROD_TYPE_PERSON,
                                  (CoprodRowConstructor) coprod_person_new_from_row);
  return G_LIST_MODEL (self->people);
}

/**
 * coprod_team_add_person:
 *
 * Returns: (transfer none): the new person, already in the list of people
 */
CoprodPerson *
coprod_team_add_person (CoprodTeam  *self,
                        const char  *name,
                        CoprodSide   side,
                        GError     **error)
{
  GVariantDict dict;

  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "team_id", "x", self->id);
  g_variant_dict_insert (&dict, "name", "s", name);
  g_variant_dict_insert (&dict, "side", "s", coprod_side_to_string (side));
  g_variant_dict_insert (&dict, "show_on_shared_screen", "x", (gint64) 1);
  g_variant_dict_insert (&dict, "created", "x", g_get_real_time () / G_USEC_PER_SEC);
  /* The list is read before the row exists: read after, it would already hold the
   * new row, and the append would add it a second time. */
  return insert_child (self, COPROD_TABLE_PERSON, g_variant_dict_end (&dict),
                       (CoprodRowConstructor) coprod_person_new_from_row,
                       coprod_team_get_people (self), error);
}

gboolean
coprod_team_delete_person (CoprodTeam    *self,
                           CoprodPerson  *person,
                           GError       **error)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), FALSE);
  g_return_val_if_fail (COPROD_IS_PERSON (person), FALSE);

  return set_child_deleted (self, COPROD_TABLE_PERSON,
                            G_LIST_STORE (coprod_team_get_people (self)),
                            person, coprod_person_get_id (person), TRUE, error);
}

gboolean
coprod_team_restore_person (CoprodTeam    *self,
                            CoprodPerson  *person,
                            GError       **error)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), FALSE);
  g_return_val_if_fail (COPROD_IS_PERSON (person), FALSE);

  return set_child_deleted (self, COPROD_TABLE_PERSON,
                            G_LIST_STORE (coprod_team_get_people (self)),
                            person, coprod_person_get_id (person), FALSE, error);
}

/**
 * coprod_team_find_person:
 *
 * Returns: (transfer none) (nullable): the person with @id
 */
CoprodPerson *
coprod_team_find_person (CoprodTeam *self,
                         gint64      id)
{
  GListModel *people;
  guint n;

  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);

  people = coprod_team_get_people (self);
  n = g_list_model_get_n_items (people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      if (coprod_person_get_id (person) == id)
        return person;
    }
  return NULL;
}

/**
 * coprod_team_get_meetings:
 *
 * Returns: (transfer none): the team's #CoprodMeeting objects, as read in date order;
 *   views sort them by #CoprodMeeting:starts-at-unix to follow later changes
 */
GListModel *
coprod_team_get_meetings (CoprodTeam *self)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);

  if (self->meetings == NULL)
    self->meetings = load_children (self, COPROD_TABLE_MEETING, COPROD_TYPE_MEETING,
                                    (CoprodRowConstructor) coprod_meeting_new_from_row);
  return G_LIST_MODEL (self->meetings);
}

/**
 * coprod_team_add_meeting:
 *
 * Returns: (transfer none): the new meeting, already in the list of meetings
 */
CoprodMeeting *
coprod_team_add_meeting (CoprodTeam  *self,
                         const char  *title,
                         GDateTime   *starts_at,
                         GDateTime   *planned_end,
                         GError     **error)
{
  GVariantDict dict;

  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (starts_at != NULL, NULL);
  g_return_val_if_fail (planned_end != NULL, NULL);

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "team_id", "x", self->id);
  g_variant_dict_insert (&dict, "title", "s", title);
  g_variant_dict_insert (&dict, "starts_at", "x", g_date_time_to_unix (starts_at));
  g_variant_dict_insert (&dict, "planned_end", "x", g_date_time_to_unix (planned_end));
  g_variant_dict_insert (&dict, "status", "s", "planned");
  g_variant_dict_insert (&dict, "created", "x", g_get_real_time () / G_USEC_PER_SEC);
  /* The list is read before the row exists: read after, it would already hold the
   * new row, and the append would add it a second time. */
  return insert_child (self, COPROD_TABLE_MEETING, g_variant_dict_end (&dict),
                       (CoprodRowConstructor) coprod_meeting_new_from_row,
                       coprod_team_get_meetings (self), error);
}

gboolean
coprod_team_delete_meeting (CoprodTeam     *self,
                            CoprodMeeting  *meeting,
                            GError        **error)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), FALSE);
  g_return_val_if_fail (COPROD_IS_MEETING (meeting), FALSE);

  return set_child_deleted (self, COPROD_TABLE_MEETING,
                            G_LIST_STORE (coprod_team_get_meetings (self)),
                            meeting, coprod_meeting_get_id (meeting), TRUE, error);
}

gboolean
coprod_team_restore_meeting (CoprodTeam     *self,
                             CoprodMeeting  *meeting,
                             GError        **error)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), FALSE);
  g_return_val_if_fail (COPROD_IS_MEETING (meeting), FALSE);

  return set_child_deleted (self, COPROD_TABLE_MEETING,
                            G_LIST_STORE (coprod_team_get_meetings (self)),
                            meeting, coprod_meeting_get_id (meeting), FALSE, error);
}

/**
 * coprod_team_get_group_label:
 *
 * Returns: (transfer none): what the team calls @group in the expectations exercise,
 *   "Families" and "Professionals" until it names them
 */
const char *
coprod_team_get_group_label (CoprodTeam  *self,
                             CoprodGroup  group)
{
  const char *label;

  g_return_val_if_fail (COPROD_IS_TEAM (self), "");

  label = group == COPROD_GROUP_A ? self->group_a_label : self->group_b_label;
  if (label != NULL && *label != '\0')
    return label;
  return group == COPROD_GROUP_A ? _("Families") : _("Professionals");
}

/**
 * coprod_team_get_actions:
 *
 * Returns: (transfer none): the team's actions (#CoprodAction), oldest first, whatever
 *   their status
 */
GListModel *
coprod_team_get_actions (CoprodTeam *self)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);

  if (self->actions == NULL)
    {
      self->actions = load_children (self, COPROD_TABLE_ACTION, COPROD_TYPE_ACTION,
                                     (CoprodRowConstructor) coprod_action_new_from_row);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->actions)); i++)
        {
          g_autoptr(CoprodAction) action = g_list_model_get_item (G_LIST_MODEL (self->actions),
                                                                  i);

          coprod_action_set_changed_func (action, action_changed, self);
        }
    }
  return G_LIST_MODEL (self->actions);
}

/**
 * coprod_team_add_action:
 * @owner_person_id: who will do it, or 0 for nobody yet
 * @due: (nullable): by when
 * @meeting_id: the meeting it was made in, or 0
 * @agenda_item_id: the agenda item it came out of, or 0
 *
 * Returns: (transfer none): the new action, open, already in the list of actions
 */
CoprodAction *
coprod_team_add_action (CoprodTeam   *self,
                        const char   *text,
                        gint64        owner_person_id,
                        const GDate  *due,
                        gint64        meeting_id,
                        gint64        agenda_item_id,
                        GError      **error)
{
  GVariantDict dict;
  GListModel *actions;
  CoprodAction *action;
  g_autofree char *due_iso = coprod_date_to_iso (due);

  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  actions = coprod_team_get_actions (self);
  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "team_id", "x", self->id);
  g_variant_dict_insert (&dict, "text", "s", text);
  g_variant_dict_insert (&dict, "owner_person_id", "x", MAX (owner_person_id, 0));
  g_variant_dict_insert (&dict, "meeting_id", "x", MAX (meeting_id, 0));
  g_variant_dict_insert (&dict, "agenda_item_id", "x", MAX (agenda_item_id, 0));
  g_variant_dict_insert (&dict, "due", "s", due_iso);
  g_variant_dict_insert (&dict, "status", "s", "open");
  g_variant_dict_insert (&dict, "created", "x", g_get_real_time () / G_USEC_PER_SEC);
  action = insert_child (self, COPROD_TABLE_ACTION, g_variant_dict_end (&dict),
                         (CoprodRowConstructor) coprod_action_new_from_row, actions, error);
  if (action != NULL)
    coprod_action_set_changed_func (action, action_changed, self);
  return action;
}

gboolean
coprod_team_delete_action (CoprodTeam    *self,
                           CoprodAction  *action,
                           GError       **error)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), FALSE);
  g_return_val_if_fail (COPROD_IS_ACTION (action), FALSE);

  return set_child_deleted (self, COPROD_TABLE_ACTION,
                            G_LIST_STORE (coprod_team_get_actions (self)),
                            action, coprod_action_get_id (action), TRUE, error);
}

gboolean
coprod_team_restore_action (CoprodTeam    *self,
                            CoprodAction  *action,
                            GError       **error)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), FALSE);
  g_return_val_if_fail (COPROD_IS_ACTION (action), FALSE);

  return set_child_deleted (self, COPROD_TABLE_ACTION,
                            G_LIST_STORE (coprod_team_get_actions (self)),
                            action, coprod_action_get_id (action), FALSE, error);
}

/**
 * coprod_team_find_next_meeting:
 * @after: a Unix time
 *
 * Returns: (transfer none) (nullable): the first meeting to start after @after
 */
CoprodMeeting *
coprod_team_find_next_meeting (CoprodTeam *self,
                               gint64      after)
{
  GListModel *meetings;
  CoprodMeeting *next = NULL;

  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);

  meetings = coprod_team_get_meetings (self);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CoprodMeeting) meeting = g_list_model_get_item (meetings, i);
      gint64 starts = coprod_meeting_get_starts_at_unix (meeting);

      if (starts > after && (next == NULL || starts < coprod_meeting_get_starts_at_unix (next)))
        next = meeting;
    }
  return next;
}

/**
 * coprod_team_find_previous_meeting:
 * @before: a Unix time
 *
 * Returns: (transfer none) (nullable): the last meeting to start before @before
 */
CoprodMeeting *
coprod_team_find_previous_meeting (CoprodTeam *self,
                                   gint64      before)
{
  GListModel *meetings;
  CoprodMeeting *previous = NULL;

  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);

  meetings = coprod_team_get_meetings (self);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CoprodMeeting) meeting = g_list_model_get_item (meetings, i);
      gint64 starts = coprod_meeting_get_starts_at_unix (meeting);

      if (starts < before &&
          (previous == NULL || starts > coprod_meeting_get_starts_at_unix (previous)))
        previous = meeting;
    }
  return previous;
}

static void
local_date_of (CoprodMeeting *meeting,
               GDate         *date)
{
  GDateTime *starts = coprod_meeting_get_starts_at (meeting);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (starts), g_date_time_get_month (starts),
                  g_date_time_get_year (starts));
}

static int
compare_for_review (gconstpointer a,
                    gconstpointer b,
                    gpointer      today)
{
  return coprod_action_compare (*(CoprodAction **) a, *(CoprodAction **) b, today);
}

/**
 * coprod_team_dup_actions_to_review:
 * @meeting: the meeting that reviews them
 *
 * What "You said, we did" steps through in @meeting: the actions made before it that
 * were due since the team's previous meeting, whatever became of them, and every
 * action still open from before that is now due, however old. Actions made in @meeting
 * itself are not reviewed in it. Most overdue first.
 *
 * Returns: (transfer container) (element-type CoprodAction): the actions
 */
GPtrArray *
coprod_team_dup_actions_to_review (CoprodTeam    *self,
                                   CoprodMeeting *meeting)
{
  GListModel *actions;
  GPtrArray *review = g_ptr_array_new_with_free_func (g_object_unref);
  CoprodMeeting *previous;
  GDate this_day, previous_day;

  g_return_val_if_fail (COPROD_IS_TEAM (self), review);
  g_return_val_if_fail (COPROD_IS_MEETING (meeting), review);

  previous = coprod_team_find_previous_meeting (self, coprod_meeting_get_starts_at_unix (meeting));
  local_date_of (meeting, &this_day);
  if (previous != NULL)
    local_date_of (previous, &previous_day);

  actions = coprod_team_get_actions (self);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CoprodAction) action = g_list_model_get_item (actions, i);
      gboolean open = coprod_action_get_status (action) == COPROD_ACTION_OPEN;
      GDate due;

      if (coprod_action_get_meeting_id (action) == coprod_meeting_get_id (meeting))
        continue;
      if (!coprod_action_get_due (action, &due))
        {
          /* Undated, it comes up at the meeting after the one it was made in. */
          if (open && previous != NULL &&
              coprod_action_get_meeting_id (action) == coprod_meeting_get_id (previous))
            g_ptr_array_add (review, g_steal_pointer (&action));
          continue;
        }
      if (g_date_compare (&due, &this_day) > 0)
        continue;
      if (open || previous == NULL || g_date_compare (&due, &previous_day) > 0)
        g_ptr_array_add (review, g_steal_pointer (&action));
    }
  g_ptr_array_sort_with_data (review, compare_for_review, &this_day);
  return review;
}

/**
 * coprod_team_count_attended:
 *
 * Returns: how many of the team's people are marked as having come to @meeting
 */
guint
coprod_team_count_attended (CoprodTeam    *self,
                            CoprodMeeting *meeting)
{
  GListModel *people;
  guint came = 0;

  g_return_val_if_fail (COPROD_IS_TEAM (self), 0);
  g_return_val_if_fail (COPROD_IS_MEETING (meeting), 0);

  people = coprod_team_get_people (self);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
      CoprodAttendance attendance;

      if (coprod_meeting_get_attendance (meeting, coprod_person_get_id (person), &attendance) &&
          attendance.attended)
        came++;
    }
  return came;
}

/**
 * coprod_team_dup_people_without_actions:
 * @meeting: the meeting about to end
 *
 * "Don't have a meeting without everyone walking away with some action points"
 * (seed 002): the people who came to @meeting and have no action from it, leaving out
 * those the facilitator has marked "no action this time".
 *
 * Returns: (transfer container) (element-type CoprodPerson): the people, in the
 *   team's order
 */
GPtrArray *
coprod_team_dup_people_without_actions (CoprodTeam    *self,
                                        CoprodMeeting *meeting)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) owners = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        NULL);
  GListModel *actions;
  GListModel *members;

  g_return_val_if_fail (COPROD_IS_TEAM (self), people);
  g_return_val_if_fail (COPROD_IS_MEETING (meeting), people);

  actions = coprod_team_get_actions (self);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CoprodAction) action = g_list_model_get_item (actions, i);
      gint64 owner = coprod_action_get_owner_person_id (action);

      if (owner != 0 && coprod_action_get_meeting_id (action) == coprod_meeting_get_id (meeting))
        g_hash_table_add (owners, g_memdup2 (&owner, sizeof owner));
    }

  members = coprod_team_get_people (self);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (members, i);
      gint64 id = coprod_person_get_id (person);
      CoprodAttendance attendance;

      coprod_meeting_get_attendance (meeting, id, &attendance);
      if (attendance.attended && !attendance.no_action && !g_hash_table_contains (owners, &id))
        g_ptr_array_add (people, g_steal_pointer (&person));
    }
  return people;
}

/**
 * coprod_team_get_glossary:
 *
 * Returns: (transfer none): the team's #CoprodGlossaryTerm objects, in the order of
 *   their words (see coprod_glossary_term_compare()), kept so as words change
 */
GListModel *
coprod_team_get_glossary (CoprodTeam *self)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);

  if (self->glossary == NULL)
    {
      self->glossary = load_children (self, COPROD_TABLE_GLOSSARY_TERM, COPROD_TYPE_GLOSSARY_TERM,
                                      (CoprodRowConstructor) coprod_glossary_term_new_from_row);
      /* The store sorts as SQLite does, by ASCII case alone; this is the user's order. */
      g_list_store_sort (self->glossary, coprod_glossary_term_compare, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->glossary)); i++)
        {
          g_autoptr(CoprodGlossaryTerm) term =
            g_list_model_get_item (G_LIST_MODEL (self->glossary), i);

          watch_glossary_term (self, term);
        }
      g_signal_connect (self->glossary, "items-changed",
                        G_CALLBACK (glossary_items_changed_cb), self);
    }
  return G_LIST_MODEL (self->glossary);
}

/**
 * coprod_team_get_plain_language:
 *
 * Returns: (transfer none): a checker that knows the team's glossary as it is now; it
 *   is made again after #CoprodTeam::glossary-changed, so callers that keep it take a
 *   reference and ask again when that signal comes
 */
CoprodPlainLanguage *
coprod_team_get_plain_language (CoprodTeam *self)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);

  if (self->plain_language == NULL)
    self->plain_language =
      coprod_plain_language_new_for_glossary (coprod_team_get_glossary (self));
  return self->plain_language;
}

static gboolean
insert_glossary_row (CoprodTeam  *self,
                     const char  *term,
                     const char  *plain_meaning,
                     const char  *also_known_as,
                     gint64      *id,
                     GError     **error)
{
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "team_id", "x", self->id);
  g_variant_dict_insert (&dict, "term", "s", term);
  g_variant_dict_insert (&dict, "plain_meaning", "s", plain_meaning != NULL ? plain_meaning : "");
  g_variant_dict_insert (&dict, "also_known_as", "s", also_known_as != NULL ? also_known_as : "");
  g_variant_dict_insert (&dict, "created", "x", g_get_real_time () / G_USEC_PER_SEC);
  *id = coprod_store_insert (self->store, COPROD_TABLE_GLOSSARY_TERM, g_variant_dict_end (&dict),
                             error);
  return *id != 0;
}

/**
 * coprod_team_add_glossary_term:
 * @plain_meaning: (nullable): what it means, in plain words; empty until someone adds it
 * @also_known_as: (nullable): other ways it is written, one to a line
 *
 * Returns: (transfer none): the new term, already in its place in the glossary
 */
CoprodGlossaryTerm *
coprod_team_add_glossary_term (CoprodTeam  *self,
                               const char  *term,
                               const char  *plain_meaning,
                               const char  *also_known_as,
                               GError     **error)
{
  CoprodGlossaryTerm *item;
  GListModel *glossary;
  gint64 id;

  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);
  g_return_val_if_fail (term != NULL, NULL);

  /* Read before the row exists, or the new row would come in twice. */
  glossary = coprod_team_get_glossary (self);
  if (!insert_glossary_row (self, term, plain_meaning, also_known_as, &id, error) ||
      !coprod_store_flush (self->store, error))
    return NULL;
  item = coprod_record_load (self->store, COPROD_TABLE_GLOSSARY_TERM, id,
                             (CoprodRowConstructor) coprod_glossary_term_new_from_row, error);
  if (item == NULL)
    return NULL;
  g_list_store_insert_sorted (G_LIST_STORE (glossary), item, coprod_glossary_term_compare, NULL);
  watch_glossary_term (self, item);
  g_object_unref (item);
  return item;
}

static gboolean
set_glossary_term_deleted (CoprodTeam          *self,
                           CoprodGlossaryTerm  *term,
                           gboolean             deleted,
                           GError             **error)
{
  GListStore *glossary = G_LIST_STORE (coprod_team_get_glossary (self));
  guint position;
  gboolean present;

  if (!coprod_store_set_deleted (self->store, COPROD_TABLE_GLOSSARY_TERM,
                                 coprod_glossary_term_get_id (term), deleted, error))
    return FALSE;

  present = g_list_store_find (glossary, term, &position);
  if (deleted && present)
    g_list_store_remove (glossary, position);
  else if (!deleted && !present)
    g_list_store_insert_sorted (glossary, term, coprod_glossary_term_compare, NULL);
  return TRUE;
}

/**
 * coprod_team_delete_glossary_term:
 *
 * Takes @term out of the glossary; coprod_team_restore_glossary_term() puts it back
 * while the store keeps it (a day, see coprod_store_open()).
 */
gboolean
coprod_team_delete_glossary_term (CoprodTeam          *self,
                                  CoprodGlossaryTerm  *term,
                                  GError             **error)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), FALSE);
  g_return_val_if_fail (COPROD_IS_GLOSSARY_TERM (term), FALSE);

  return set_glossary_term_deleted (self, term, TRUE, error);
}

gboolean
coprod_team_restore_glossary_term (CoprodTeam          *self,
                                   CoprodGlossaryTerm  *term,
                                   GError             **error)
{
  g_return_val_if_fail (COPROD_IS_TEAM (self), FALSE);
  g_return_val_if_fail (COPROD_IS_GLOSSARY_TERM (term), FALSE);

  return set_glossary_term_deleted (self, term, FALSE, error);
}

/**
 * coprod_team_find_glossary_term:
 * @word: a word or abbreviation, as someone wrote it
 *
 * The glossary's entry for @word, whether @word is the term or one of its other forms,
 * without regard to case or accents: what "is this already in the glossary?" asks.
 *
 * Returns: (transfer none) (nullable): the term
 */
CoprodGlossaryTerm *
coprod_team_find_glossary_term (CoprodTeam *self,
                                const char *word)
{
  g_autofree char *folded = NULL;
  GListModel *glossary;

  g_return_val_if_fail (COPROD_IS_TEAM (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  folded = coprod_action_fold_text (word);
  g_strstrip (folded);
  glossary = coprod_team_get_glossary (self);
  for (guint i = 0; i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(CoprodGlossaryTerm) term = g_list_model_get_item (glossary, i);
      g_autofree char *folded_term = coprod_action_fold_text (coprod_glossary_term_get_term (term));
      g_auto(GStrv) forms = NULL;

      if (strcmp (g_strstrip (folded_term), folded) == 0)
        return term;
      forms = coprod_glossary_term_dup_other_forms (term);
      for (guint j = 0; forms[j] != NULL; j++)
        {
          g_autofree char *folded_form = coprod_action_fold_text (forms[j]);

          if (strcmp (folded_form, folded) == 0)
            return term;
        }
    }
  return NULL;
}

/**
 * coprod_team_search_glossary:
 * @text: what was typed into a search
 *
 * Returns: (transfer container) (element-type CoprodGlossaryTerm): the terms whose
 *   word, other forms or meaning contain @text, without regard to case or accents, in
 *   the glossary's order; all of them for an empty @text
 */
GPtrArray *
coprod_team_search_glossary (CoprodTeam *self,
                             const char *text)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *needle = NULL;
  GListModel *glossary;

  g_return_val_if_fail (COPROD_IS_TEAM (self), found);

  needle = coprod_action_fold_text (text);
  glossary = coprod_team_get_glossary (self);
  for (guint i = 0; i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(CoprodGlossaryTerm) term = g_list_model_get_item (glossary, i);

      if (coprod_glossary_term_matches (term, needle))
        g_ptr_array_add (found, g_steal_pointer (&term));
    }
  return found;
}

/**
 * coprod_team_add_default_glossary:
 *
 * Gives the team its own copy of the glossary that comes with Coprod (data/glossary),
 * the words of social care, health and special educational needs in plain English,
 * in the user's language where a translation has them. The team changes its copy as
 * it likes; a term it already has is not added twice.
 */
gboolean
coprod_team_add_default_glossary (CoprodTeam  *self,
                                  GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_auto(GStrv) terms = NULL;
  GListModel *glossary;
  gint64 last_id = 0;

  g_return_val_if_fail (COPROD_IS_TEAM (self), FALSE);

  bytes = g_resources_lookup_data (COPROD_DEFAULT_GLOSSARY_RESOURCE,
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL || !g_key_file_load_from_bytes (file, bytes, G_KEY_FILE_NONE, error))
    return FALSE;

  glossary = coprod_team_get_glossary (self);
  for (guint i = 0; i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(CoprodGlossaryTerm) term = g_list_model_get_item (glossary, i);

      last_id = MAX (last_id, coprod_glossary_term_get_id (term));
    }
  terms = g_key_file_get_groups (file, NULL);
  for (guint i = 0; terms[i] != NULL; i++)
    {
      g_autofree char *meaning = g_key_file_get_locale_string (file, terms[i], "Meaning", NULL,
                                                               NULL);
      g_auto(GStrv) forms = g_key_file_get_locale_string_list (file, terms[i], "AlsoKnownAs",
                                                               NULL, NULL, NULL);
      g_autofree char *also_known_as = forms != NULL ? g_strjoinv ("\n", forms) : NULL;
      gint64 id;

      if (coprod_team_find_glossary_term (self, terms[i]) != NULL)
        continue;
      if (!insert_glossary_row (self, terms[i], meaning, also_known_as, &id, error))
        return FALSE;
    }
  /* One commit for the lot, then the glossary read again in one go. */
  if (!coprod_store_flush (self->store, error))
    return FALSE;
  items = coprod_record_load_all (self->store, COPROD_TABLE_GLOSSARY_TERM, self->id,
                                  (CoprodRowConstructor) coprod_glossary_term_new_from_row,
                                  error);
  if (items == NULL)
    return FALSE;
  /* Terms already read stay the objects they are: views may hold them. */
  for (guint i = 0; i < items->len; i++)
    {
      CoprodGlossaryTerm *term = g_ptr_array_index (items, i);

      if (coprod_glossary_term_get_id (term) > last_id)
        {
          g_list_store_insert_sorted (G_LIST_STORE (glossary), term, coprod_glossary_term_compare,
                                      NULL);
          watch_glossary_term (self, term);
        }
    }
  return TRUE;
}
