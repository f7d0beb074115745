/* coprod-monitors.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the shared screen goes. Kept apart from GDK's monitors so that the choice can
 * be tested against any list of screens: the caller passes the monitors' geometry and
 * which of them shows the facilitator's window.
 */

#include "coprod-monitors.h"

/**
 * coprod_monitors_choose_shared:
 * @monitors: the geometry of every monitor, in GDK's order
 * @facilitator: the index of the monitor with the facilitator's window, or -1
 *
 * Returns: the monitor the shared screen opens fullscreen on: the largest one that
 *   is not the facilitator's (the first of equals); or -1, to open it as a normal
 *   window, when there is only one monitor
 */
int
coprod_monitors_choose_shared (const GdkRectangle *monitors,
                               guint               n_monitors,
                               int                 facilitator)
{
  int best = -1;
  gint64 best_area = -1;

  if (n_monitors < 2)
    return -1;
  /* Not knowing where the facilitator is, assume the laptop's own screen comes first. */
  if (facilitator < 0 || (guint) facilitator >= n_monitors)
    facilitator = 0;

  for (guint i = 0; i < n_monitors; i++)
    {
      gint64 area = (gint64) MAX (monitors[i].width, 0) * MAX (monitors[i].height, 0);

      if ((int) i != facilitator && area > best_area)
        {
          best = i;
          best_area = area;
        }
    }
  return best;
}

/**
 * coprod_monitors_next:
 *
 * Returns: the monitor after @current, round to the first; -1 with no monitors
 */
int
coprod_monitors_next (guint n_monitors,
                      int   current)
{
  if (n_monitors == 0)
    return -1;
  if (current < 0 || (guint) current >= n_monitors)
    return 0;
  return (current + 1) % n_monitors;
}

/**
 * coprod_monitors_fullscreen_on:
 *
 * Whether the shared screen fills @target: yes on any monitor but the facilitator's,
 * where it would hide the console; a window the facilitator can drag there.
 */
gboolean
coprod_monitors_fullscreen_on (guint n_monitors,
                               int   facilitator,
                               int   target)
{
  if (n_monitors < 2 || target < 0 || (guint) target >= n_monitors)
    return FALSE;
  if (facilitator < 0 || (guint) facilitator >= n_monitors)
    facilitator = 0;
  return target != facilitator;
}
