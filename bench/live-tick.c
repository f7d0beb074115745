/* live-tick.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cost of one tick of a live meeting's console: everything the console asks the
 * live state once a second (time left, alert, meeting time, projected finish, how late
 * and what no longer fits). Makes the example team in DATA_DIR and leaves its next
 * meeting live, so that live-idle.py can then measure the app idling on it.
 *   live-tick DATA_DIR [TICKS]
 */

#include <stdlib.h>

#include "coprod-context.h"
#include "coprod-live-state.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodStore) store = NULL;
  g_autoptr(CoprodContext) context = NULL;
  g_autoptr(CoprodLiveState) live = NULL;
  CoprodMeeting *meeting = NULL;
  CoprodTeam *team;
  GListModel *meetings;
  int ticks = argc > 2 ? atoi (argv[2]) : 20000;
  gint64 started, spent;
  guint sink = 0;

  if (argc < 2)
    {
      g_printerr ("usage: live-tick DATA_DIR [TICKS]\n");
      return 2;
    }

  store = coprod_store_open (argv[1], &error);
  if (store != NULL)
    context = coprod_context_new (store, &error);
  team = context != NULL ? coprod_context_add_example (context, &error) : NULL;
  if (team == NULL)
    {
      g_printerr ("live-tick: %s\n", error->message);
      return 1;
    }

  meetings = coprod_team_get_meetings (team);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CoprodMeeting) candidate = g_list_model_get_item (meetings, i);

      if (g_list_model_get_n_items (coprod_meeting_get_agenda (candidate)) > 0)
        meeting = candidate;
    }
  live = coprod_live_state_new (meeting);
  if (!coprod_live_state_start (live, &error))
    {
      g_printerr ("live-tick: %s\n", error->message);
      return 1;
    }

  started = g_get_monotonic_time ();
  for (int i = 0; i < ticks; i++)
    {
      g_autoptr(GDateTime) finish = coprod_live_state_dup_projected_finish (live);
      g_autoptr(GPtrArray) late = coprod_live_state_dup_late_items (live);

      sink += coprod_live_state_get_alert (live);
      sink += coprod_live_state_get_item_remaining (live) > 0;
      sink += coprod_live_state_get_meeting_elapsed (live) > 0;
      sink += coprod_live_state_get_late_minutes (live) > 0;
      sink += late->len + (finish != NULL);
    }
  spent = g_get_monotonic_time () - started;

  g_print ("%d ticks in %.1f ms: %.2f µs per tick (agenda of %u items; %u)\n", ticks,
           spent / 1000.0, (double) spent / ticks,
           g_list_model_get_n_items (coprod_meeting_get_agenda (meeting)), sink % 2);
  g_print ("The meeting “%s” is left live in %s\n", coprod_meeting_get_title (meeting),
           argv[1]);
  return 0;
}
