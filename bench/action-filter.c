/* action-filter.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model's side of issue 5's target: a team with 20,000 actions, read from the
 * store, sorted the way the Actions view lists them, then filtered as someone types a
 * search, one keystroke at a time. Each keystroke must leave room in a 60 Hz frame
 * (16 ms) for the view to draw.
 *
 *   action-filter [N_ACTIONS]
 */

#include "coprod-context.h"
#include "coprod-test-util.h"

static const char *const verbs[] = { "ask", "send", "book", "phone", "write to", "find",
                                     "check with", "bring", "chase", "print" };
static const char *const things[] = { "the short breaks team", "the school", "Tayo’s social worker",
                                      "the café about the room", "the transport office",
                                      "everyone the minutes", "the GP surgery", "the forum" };

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      today)
{
  return coprod_action_compare (*(CoprodAction **) a, *(CoprodAction **) b, today);
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 20000;
  g_autofree char *dir = coprod_test_make_tmp_dir ("coprod-bench-actions");
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodStore) store = coprod_store_open (dir, &error);
  g_autoptr(CoprodContext) context = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  g_autoptr(GDate) today = g_date_new_dmy (23, 11, 2026);
  const char *typed = "phone the gp";
  CoprodTeam *team;
  GListModel *actions;
  g_autoptr(GHashTable) owners = NULL;
  gint64 start;
  double worst = 0, total = 0;

  if (store == NULL)
    g_error ("%s", error->message);
  context = coprod_context_new (store, &error);
  team = coprod_context_create_team (context, "Benchmark team", &error);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person %u", i);

      g_ptr_array_add (people, coprod_team_add_person (team, name, COPROD_SIDE_FAMILY, &error));
    }

  /* Written straight to the store in one go: the model commits each action it makes. */
  for (guint i = 0; i < n; i++)
    {
      GVariantDict dict;
      g_autofree char *text = g_strdup_printf ("I will %s %s by week %u", verbs[i % G_N_ELEMENTS (verbs)],
                                               things[(i / 7) % G_N_ELEMENTS (things)], i % 52);
      g_autofree char *due = g_strdup_printf ("2026-%02u-%02u", 1 + i % 12, 1 + i % 28);

      g_variant_dict_init (&dict, NULL);
      g_variant_dict_insert (&dict, "team_id", "x", coprod_team_get_id (team));
      g_variant_dict_insert (&dict, "text", "s", text);
      g_variant_dict_insert (&dict, "owner_person_id", "x",
                             coprod_person_get_id (g_ptr_array_index (people, i % people->len)));
      g_variant_dict_insert (&dict, "due", "s", due);
      g_variant_dict_insert (&dict, "status", "s", i % 3 == 0 ? "done" : "open");
      g_variant_dict_insert (&dict, "created", "x", (gint64) 1760000000 + i);
      if (coprod_store_insert (store, COPROD_TABLE_ACTION, g_variant_dict_end (&dict),
                               &error) == 0)
        g_error ("%s", error->message);
    }
  if (!coprod_store_close (store, &error))
    g_error ("%s", error->message);
  g_clear_object (&context);
  g_clear_object (&store);

  /* Opening: the store, the team and its actions, sorted as the view lists them. */
  start = g_get_monotonic_time ();
  store = coprod_store_open (dir, &error);
  context = coprod_context_new (store, &error);
  team = g_list_model_get_item (coprod_context_get_teams (context), 0);
  g_object_unref (team);
  g_print ("open the store (with its daily check and backup): %.1f ms\n", ms_since (start));
  start = g_get_monotonic_time ();
  actions = coprod_team_get_actions (team);
  g_print ("read %u actions: %.1f ms\n", g_list_model_get_n_items (actions), ms_since (start));
  {
    g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

    for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
      g_ptr_array_add (sorted, g_list_model_get_item (actions, i));
    start = g_get_monotonic_time ();
    g_ptr_array_sort_with_data (sorted, compare_cb, today);
    g_print ("sort them as the view lists them: %.1f ms\n", ms_since (start));
    for (guint i = 0; i < sorted->len; i++)
      g_object_unref (sorted->pdata[i]);
  }

  /* The owners' names, folded once, as the view keeps them. */
  owners = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (coprod_team_get_people (team)); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (coprod_team_get_people (team), i);

      g_hash_table_insert (owners, GINT_TO_POINTER (coprod_person_get_id (person)),
                           coprod_action_fold_text (coprod_person_get_name (person)));
    }

  /* Typing, one keystroke at a time; the first pass also folds every action's words. */
  for (gsize len = 1; len <= strlen (typed); len++)
    {
      g_autofree char *prefix = g_strndup (typed, len);
      g_autofree char *needle = NULL;
      guint shown = 0;
      double took;

      start = g_get_monotonic_time ();
      needle = coprod_action_fold_text (prefix);
      for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
        {
          g_autoptr(CoprodAction) action = g_list_model_get_item (actions, i);

          if (coprod_action_get_status (action) == COPROD_ACTION_OPEN &&
              coprod_action_matches (action, needle,
                                     g_hash_table_lookup (owners, GINT_TO_POINTER (
                                       coprod_action_get_owner_person_id (action)))))
            shown++;
        }
      took = ms_since (start);
      worst = MAX (worst, took);
      total += took;
      g_print ("  \"%s\": %u shown, %.2f ms\n", prefix, shown, took);
    }
  g_print ("filter per keystroke: worst %.2f ms, mean %.2f ms (target under 16 ms)\n", worst,
           total / strlen (typed));

  coprod_store_close (store, NULL);
  g_clear_object (&context);
  g_clear_object (&store);
  coprod_test_remove_tmp_dir (dir);
  return 0;
}
