/* coprod-action-listing.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Actions view lists, as one flat GListModel: the team's open actions with a
 * heading above each owner's, the history of done and can't-do actions, or one
 * meeting's actions. The actions are sorted once and kept in order; a search then
 * picks out those that match at once, so a keystroke costs one pass over them and no
 * sort. Any change to an action, to the team's people or to their names is gathered
 * into one new sort when the main loop is next idle.
 */

#include "config.h"

#include "coprod-action-listing.h"

/* The heading */

struct _CoprodOwnerHeading
{
  GObject       parent_instance;

  CoprodPerson *person;     /* NULL: nobody owns these yet */
  guint         n_actions;
  guint         n_overdue;
};

G_DEFINE_FINAL_TYPE (CoprodOwnerHeading, coprod_owner_heading, G_TYPE_OBJECT)

static void
coprod_owner_heading_finalize (GObject *object)
{
  g_clear_object (&COPROD_OWNER_HEADING (object)->person);
  G_OBJECT_CLASS (coprod_owner_heading_parent_class)->finalize (object);
}

static void
coprod_owner_heading_class_init (CoprodOwnerHeadingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = coprod_owner_heading_finalize;
}

static void
coprod_owner_heading_init (CoprodOwnerHeading *self)
{
}

/**
 * coprod_owner_heading_get_person:
 *
 * Returns: (transfer none) (nullable): whose actions follow, or %NULL for actions
 *   whose owner has left the team
 */
CoprodPerson *
coprod_owner_heading_get_person (CoprodOwnerHeading *self)
{
  g_return_val_if_fail (COPROD_IS_OWNER_HEADING (self), NULL);
  return self->person;
}

guint
coprod_owner_heading_get_n_actions (CoprodOwnerHeading *self)
{
  g_return_val_if_fail (COPROD_IS_OWNER_HEADING (self), 0);
  return self->n_actions;
}

guint
coprod_owner_heading_get_n_overdue (CoprodOwnerHeading *self)
{
  g_return_val_if_fail (COPROD_IS_OWNER_HEADING (self), 0);
  return self->n_overdue;
}

/* The listing */

typedef struct
{
  CoprodAction *action;
  guint         owner_rank;  /* the owner's place in name order; the last for nobody */
} Entry;

struct _CoprodActionListing
{
  GObject                  parent_instance;

  CoprodTeam              *team;
  CoprodActionListingMode  mode;
  gint64                   meeting_id;
  char                    *needle;          /* folded */
  GDate                    today;
  gboolean                 today_fixed;

  GPtrArray               *items;           /* what the list holds now */
  guint                    n_actions;
  GArray                  *sorted;          /* Entry: every action wanted, in order */
  GHashTable              *owners;          /* person id → Owner, for the sorted */
  gboolean                 sorted_valid;
  guint                    refresh_source;
};

static void coprod_action_listing_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CoprodActionListing, coprod_action_listing, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      coprod_action_listing_list_model_init))

/* Helpers */

typedef struct
{
  gint64        id;          /* the key in the table of owners */
  CoprodPerson *person;
  char         *folded_name;
  char         *sort_key;
  guint         rank;
} Owner;

static void
owner_free (gpointer data)
{
  Owner *owner = data;

  g_free (owner->folded_name);
  g_free (owner->sort_key);
  g_free (owner);
}

static int
compare_owners (gconstpointer a,
                gconstpointer b)
{
  const Owner *x = *(Owner **) a;
  const Owner *y = *(Owner **) b;

  return strcmp (x->sort_key, y->sort_key);
}

/* The team's people by id, each with a folded name for searching and a rank in
 * name order for grouping: once per rebuild, not once per action. */
static GHashTable *
collect_owners (CoprodActionListing *self)
{
  GListModel *people = coprod_team_get_people (self->team);
  GHashTable *owners = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, owner_free);

  /* The people stay alive in the team's list while the table is in use. */
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
      Owner *owner = g_new0 (Owner, 1);

      owner->id = coprod_person_get_id (person);
      owner->person = person;
      owner->folded_name = coprod_action_fold_text (coprod_person_get_name (person));
      owner->sort_key = g_utf8_collate_key (owner->folded_name, -1);
      g_hash_table_insert (owners, &owner->id, owner);
      g_ptr_array_add (sorted, owner);
    }
  g_ptr_array_sort (sorted, compare_owners);
  for (guint i = 0; i < sorted->len; i++)
    ((Owner *) g_ptr_array_index (sorted, i))->rank = i;
  return owners;
}

static gboolean
wanted (CoprodActionListing *self,
        CoprodAction        *action)
{
  CoprodActionStatus status = coprod_action_get_status (action);

  switch (self->mode)
    {
    case COPROD_ACTION_LISTING_OPEN:
      return status == COPROD_ACTION_OPEN;
    case COPROD_ACTION_LISTING_CLOSED:
      return status != COPROD_ACTION_OPEN;
    case COPROD_ACTION_LISTING_MEETING:
    default:
      return coprod_action_get_meeting_id (action) == self->meeting_id;
    }
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const Entry *x = a;
  const Entry *y = b;

  if (x->owner_rank != y->owner_rank)
    return x->owner_rank < y->owner_rank ? -1 : 1;
  return coprod_action_compare (x->action, y->action, user_data);
}


/* The actions the mode wants, in the order they are listed, with their owners. */
static void
sort_entries (CoprodActionListing *self)
{
  GListModel *actions = coprod_team_get_actions (self->team);
  guint n = g_list_model_get_n_items (actions);
  guint nobody;
  GDate today;

  g_clear_pointer (&self->owners, g_hash_table_unref);
  self->owners = collect_owners (self);
  nobody = g_hash_table_size (self->owners);
  g_array_set_size (self->sorted, 0);
  coprod_action_listing_get_today (self, &today);
  for (guint i = 0; i < n; i++)
    {
      /* The store holds a reference, so the action outlives the sort; any change to
       * the list makes the sort invalid before anything else reads it. */
      g_autoptr(CoprodAction) action = g_list_model_get_item (actions, i);
      gint64 owner_id = coprod_action_get_owner_person_id (action);
      Owner *owner = g_hash_table_lookup (self->owners, &owner_id);
      Entry entry = { action, owner != NULL ? owner->rank : nobody };

      if (!wanted (self, action))
        continue;
      if (self->mode != COPROD_ACTION_LISTING_OPEN)
        entry.owner_rank = 0;
      g_array_append_val (self->sorted, entry);
    }
  if (self->mode != COPROD_ACTION_LISTING_MEETING)
    g_array_sort_with_data (self->sorted, compare_entries, &today);
  self->sorted_valid = TRUE;
}

/* Builds the list afresh from the sorted actions that match the search, and tells
 * whoever shows it that all of it changed: a view rebinds only the rows on screen,
 * so that is cheaper than working out a difference. */
static void
rebuild (CoprodActionListing *self)
{
  GPtrArray *items;
  guint old_length = self->items->len;
  CoprodOwnerHeading *heading = NULL;
  guint last_rank = G_MAXUINT;
  guint n_actions = 0;
  GDate today;

  if (!self->sorted_valid)
    sort_entries (self);
  coprod_action_listing_get_today (self, &today);
  items = g_ptr_array_new_full (self->sorted->len, g_object_unref);
  for (guint i = 0; i < self->sorted->len; i++)
    {
      Entry *entry = &g_array_index (self->sorted, Entry, i);
      gint64 owner_id = coprod_action_get_owner_person_id (entry->action);
      Owner *owner = g_hash_table_lookup (self->owners, &owner_id);

      if (!coprod_action_matches (entry->action, self->needle,
                                  owner != NULL ? owner->folded_name : NULL))
        continue;
      if (self->mode == COPROD_ACTION_LISTING_OPEN && entry->owner_rank != last_rank)
        {
          heading = g_object_new (COPROD_TYPE_OWNER_HEADING, NULL);
          heading->person = owner != NULL ? g_object_ref (owner->person) : NULL;
          g_ptr_array_add (items, heading);
          last_rank = entry->owner_rank;
        }
      if (heading != NULL)
        {
          heading->n_actions++;
          if (coprod_action_get_days_overdue (entry->action, &today) > 0)
            heading->n_overdue++;
        }
      g_ptr_array_add (items, g_object_ref (entry->action));
      n_actions++;
    }

  g_ptr_array_unref (self->items);
  self->items = items;
  self->n_actions = n_actions;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_length, items->len);
}

static gboolean
refresh_cb (gpointer user_data)
{
  CoprodActionListing *self = user_data;

  self->refresh_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (CoprodActionListing *self)
{
  self->sorted_valid = FALSE;
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
}

/* An owner's name orders the headings and is searched, so a new one sorts again. Once a
 * person: someone taken off the team and put back is the same object. */
static void
watch_names (CoprodActionListing *self,
             guint                position,
             guint                n)
{
  GListModel *people = coprod_team_get_people (self->team);

  for (guint i = position; i < position + n; i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      g_signal_handlers_disconnect_by_func (person, queue_rebuild, self);
      g_signal_connect_object (person, "notify::name", G_CALLBACK (queue_rebuild), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
people_changed_cb (GListModel          *people,
                   guint                position,
                   guint                removed,
                   guint                added,
                   CoprodActionListing *self)
{
  watch_names (self, position, added);
  queue_rebuild (self);
}


/* GListModel */

static GType
coprod_action_listing_get_item_type (GListModel *list)
{
  return G_TYPE_OBJECT;
}

static guint
coprod_action_listing_get_n_items (GListModel *list)
{
  return COPROD_ACTION_LISTING (list)->items->len;
}

static gpointer
coprod_action_listing_get_item (GListModel *list,
                                guint       position)
{
  CoprodActionListing *self = COPROD_ACTION_LISTING (list);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
coprod_action_listing_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = coprod_action_listing_get_item_type;
  iface->get_n_items = coprod_action_listing_get_n_items;
  iface->get_item = coprod_action_listing_get_item;
}

/* Overrides */

static void
coprod_action_listing_dispose (GObject *object)
{
  CoprodActionListing *self = COPROD_ACTION_LISTING (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->team != NULL)
    {
      g_signal_handlers_disconnect_by_data (coprod_team_get_actions (self->team), self);
      g_signal_handlers_disconnect_by_data (coprod_team_get_people (self->team), self);
    }
  g_clear_object (&self->team);

  G_OBJECT_CLASS (coprod_action_listing_parent_class)->dispose (object);
}

static void
coprod_action_listing_finalize (GObject *object)
{
  CoprodActionListing *self = COPROD_ACTION_LISTING (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->sorted, g_array_unref);
  g_clear_pointer (&self->owners, g_hash_table_unref);
  g_free (self->needle);

  G_OBJECT_CLASS (coprod_action_listing_parent_class)->finalize (object);
}

static void
coprod_action_listing_class_init (CoprodActionListingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coprod_action_listing_dispose;
  object_class->finalize = coprod_action_listing_finalize;
}

static void
coprod_action_listing_init (CoprodActionListing *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->sorted = g_array_new (FALSE, FALSE, sizeof (Entry));
  self->needle = g_strdup ("");
}

/* Public API */

/**
 * coprod_action_listing_new:
 * @meeting_id: the meeting whose actions %COPROD_ACTION_LISTING_MEETING lists
 *
 * Returns: (transfer full): a listing of @team's actions, already filled
 */
CoprodActionListing *
coprod_action_listing_new (CoprodTeam              *team,
                           CoprodActionListingMode  mode,
                           gint64                   meeting_id)
{
  CoprodActionListing *self;

  g_return_val_if_fail (COPROD_IS_TEAM (team), NULL);

  self = g_object_new (COPROD_TYPE_ACTION_LISTING, NULL);
  self->team = g_object_ref (team);
  self->mode = mode;
  self->meeting_id = meeting_id;
  g_signal_connect_object (coprod_team_get_actions (team), "items-changed",
                           G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (coprod_team_get_people (team), "items-changed",
                           G_CALLBACK (people_changed_cb), self, 0);
  watch_names (self, 0, g_list_model_get_n_items (coprod_team_get_people (team)));
  g_signal_connect_object (team, "action-changed", G_CALLBACK (queue_rebuild), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
  return self;
}

CoprodActionListingMode
coprod_action_listing_get_mode (CoprodActionListing *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION_LISTING (self), COPROD_ACTION_LISTING_OPEN);
  return self->mode;
}

void
coprod_action_listing_set_mode (CoprodActionListing     *self,
                                CoprodActionListingMode  mode)
{
  g_return_if_fail (COPROD_IS_ACTION_LISTING (self));

  if (self->mode == mode)
    return;
  self->mode = mode;
  self->sorted_valid = FALSE;
  rebuild (self);
}

/**
 * coprod_action_listing_set_search:
 * @search: (nullable): words to look for in the actions and their owners' names
 *
 * Lists only what matches, at once.
 */
void
coprod_action_listing_set_search (CoprodActionListing *self,
                                  const char          *search)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (COPROD_IS_ACTION_LISTING (self));

  folded = coprod_action_fold_text (search);
  g_strstrip (folded);
  if (g_str_equal (folded, self->needle))
    return;
  g_free (self->needle);
  self->needle = g_steal_pointer (&folded);
  rebuild (self);
}

/**
 * coprod_action_listing_set_today:
 * @today: (nullable): the day overdue is counted from, or %NULL for the local today
 */
void
coprod_action_listing_set_today (CoprodActionListing *self,
                                 const GDate         *today)
{
  g_return_if_fail (COPROD_IS_ACTION_LISTING (self));

  self->today_fixed = today != NULL && g_date_valid (today);
  if (self->today_fixed)
    self->today = *today;
  self->sorted_valid = FALSE;
  rebuild (self);
}

void
coprod_action_listing_get_today (CoprodActionListing *self,
                                 GDate               *today)
{
  g_return_if_fail (COPROD_IS_ACTION_LISTING (self));

  if (self->today_fixed)
    *today = self->today;
  else
    coprod_date_today (NULL, g_get_real_time () / G_USEC_PER_SEC, today);
}

/* How many actions are listed, leaving out the headings. */
guint
coprod_action_listing_get_n_actions (CoprodActionListing *self)
{
  g_return_val_if_fail (COPROD_IS_ACTION_LISTING (self), 0);
  return self->n_actions;
}

/* Builds the list again now, as when the day has changed. */
void
coprod_action_listing_refresh (CoprodActionListing *self)
{
  g_return_if_fail (COPROD_IS_ACTION_LISTING (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->sorted_valid = FALSE;
  rebuild (self);
}
