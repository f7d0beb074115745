/* coprod-context.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one object the application owns and hands to each window, so that nothing in
 * the model ever reaches for the application singleton.
 */

#include "coprod-context.h"
#include "coprod-record-private.h"

struct _CoprodContext
{
  GObject      parent_instance;

  CoprodStore *store;
  GListStore  *teams;
};

G_DEFINE_FINAL_TYPE (CoprodContext, coprod_context, G_TYPE_OBJECT)

/* Helpers */

static gboolean
load_teams (CoprodContext  *self,
            GError        **error)
{
  g_autoptr(GPtrArray) teams = NULL;

  teams = coprod_record_load_all (self->store, COPROD_TABLE_TEAM, 0,
                                  (CoprodRowConstructor) coprod_team_new_from_row, error);
  if (teams == NULL)
    return FALSE;
  g_list_store_splice (self->teams, 0, 0, teams->pdata, teams->len);
  return TRUE;
}

/* Overrides */

static void
coprod_context_dispose (GObject *object)
{
  CoprodContext *self = (CoprodContext *) object;

  g_clear_object (&self->teams);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (coprod_context_parent_class)->dispose (object);
}

static void
coprod_context_class_init (CoprodContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coprod_context_dispose;
}

static void
coprod_context_init (CoprodContext *self)
{
  self->teams = g_list_store_new (COPROD_TYPE_TEAM);
}

/* Public API */

CoprodContext *
coprod_context_new (CoprodStore  *store,
                    GError      **error)
{
  g_autoptr(CoprodContext) self = NULL;

  g_return_val_if_fail (COPROD_IS_STORE (store), NULL);

  self = g_object_new (COPROD_TYPE_CONTEXT, NULL);
  self->store = g_object_ref (store);
  if (!load_teams (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

CoprodStore *
coprod_context_get_store (CoprodContext *self)
{
  g_return_val_if_fail (COPROD_IS_CONTEXT (self), NULL);
  return self->store;
}

/**
 * coprod_context_get_teams:
 *
 * Returns: (transfer none): the #CoprodTeam objects, oldest first
 */
GListModel *
coprod_context_get_teams (CoprodContext *self)
{
  g_return_val_if_fail (COPROD_IS_CONTEXT (self), NULL);
  return G_LIST_MODEL (self->teams);
}

/**
 * coprod_context_find_team:
 *
 * Returns: (transfer none) (nullable): the team with @id
 */
CoprodTeam *
coprod_context_find_team (CoprodContext *self,
                          gint64         id)
{
  guint n;

  g_return_val_if_fail (COPROD_IS_CONTEXT (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->teams));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoprodTeam) team = g_list_model_get_item (G_LIST_MODEL (self->teams), i);

      if (coprod_team_get_id (team) == id)
        return team;
    }
  return NULL;
}

/**
 * coprod_context_create_team:
 *
 * Makes a team with its own copy of the glossary that comes with Coprod.
 *
 * Returns: (transfer none): the new team, already in the list of teams
 */
CoprodTeam *
coprod_context_create_team (CoprodContext  *self,
                            const char     *name,
                            GError        **error)
{
  g_autoptr(CoprodTeam) team = NULL;
  GVariantDict dict;
  gint64 id;

  g_return_val_if_fail (COPROD_IS_CONTEXT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "name", "s", name);
  g_variant_dict_insert (&dict, "created", "x", g_get_real_time () / G_USEC_PER_SEC);
  g_variant_dict_insert (&dict, "break_after_minutes", "x", (gint64) 90);
  id = coprod_store_insert (self->store, COPROD_TABLE_TEAM, g_variant_dict_end (&dict), error);
  if (id == 0 || !coprod_store_flush (self->store, error))
    return NULL;

  team = coprod_record_load (self->store, COPROD_TABLE_TEAM, id,
                             (CoprodRowConstructor) coprod_team_new_from_row, error);
  if (team == NULL)
    return NULL;
  /* Every team starts with the words families most often meet explained; a team
   * without its glossary is still a team, so a failure here is only logged. */
  {
    g_autoptr(GError) glossary_error = NULL;

    if (!coprod_team_add_default_glossary (team, &glossary_error))
      g_message ("Could not give team %" G_GINT64_FORMAT " the glossary: %s", id,
                 glossary_error->message);
  }
  g_list_store_append (self->teams, team);
  return team;
}

/**
 * coprod_context_delete_team:
 *
 * Takes the team out of the list. The store keeps it, undoably, for a day (see
 * coprod_store_open()).
 */
gboolean
coprod_context_delete_team (CoprodContext  *self,
                            CoprodTeam     *team,
                            GError        **error)
{
  guint position;

  g_return_val_if_fail (COPROD_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (COPROD_IS_TEAM (team), FALSE);

  if (!coprod_store_set_deleted (self->store, COPROD_TABLE_TEAM, coprod_team_get_id (team),
                                 TRUE, error))
    return FALSE;
  if (g_list_store_find (self->teams, team, &position))
    g_list_store_remove (self->teams, position);
  return TRUE;
}

gboolean
coprod_context_restore_team (CoprodContext  *self,
                             CoprodTeam     *team,
                             GError        **error)
{
  g_return_val_if_fail (COPROD_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (COPROD_IS_TEAM (team), FALSE);

  if (!coprod_store_set_deleted (self->store, COPROD_TABLE_TEAM, coprod_team_get_id (team),
                                 FALSE, error))
    return FALSE;
  if (!g_list_store_find (self->teams, team, NULL))
    g_list_store_append (self->teams, team);
  return TRUE;
}
