/* test-schedule.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schedule engine, without GTK: times run on, fixed times wait or conflict, and the
 * warnings a facilitator needs. The test environment sets TZ=Europe/London, so the
 * clock changes of 25 October 2026 and 28 March 2027 are real ones.
 */

#include "coprod-schedule.h"

#define I(kind, minutes) { COPROD_AGENDA_KIND_##kind, minutes, COPROD_SCHEDULE_NOT_FIXED }
#define FIXED(kind, minutes, hh, mm) { COPROD_AGENDA_KIND_##kind, minutes, (hh) * 60 + (mm) }

static GDateTime *
local (int year, int month, int day, int hour, int minute)
{
  return g_date_time_new_local (year, month, day, hour, minute, 0);
}

static CoprodSchedule *
compute (GDateTime                *start,
         GDateTime                *end,
         gboolean                  needs_breaks,
         const CoprodScheduleItem *items,
         guint                     n_items)
{
  CoprodScheduleParams params = { start, end, needs_breaks, 90 };

  return coprod_schedule_compute (&params, items, n_items);
}

static void
assert_local (GDateTime *time,
              int        day,
              int        hour,
              int        minute)
{
  g_autoptr(GDateTime) at = g_date_time_to_local (time);

  g_assert_cmpint (g_date_time_get_day_of_month (at), ==, day);
  g_assert_cmpint (g_date_time_get_hour (at), ==, hour);
  g_assert_cmpint (g_date_time_get_minute (at), ==, minute);
}

static void
test_in_order (void)
{
  g_autoptr(GDateTime) start = local (2026, 12, 1, 10, 0);
  g_autoptr(GDateTime) end = local (2026, 12, 1, 12, 30);
  const CoprodScheduleItem items[] = {
    I (INTRODUCTIONS, 15), I (ITEM, 30), I (ITEM, 0), I (BREAK, 15), I (ITEM, 45),
    I (ACTIONS_ROUND, 20), I (CLOSE, 5),
  };
  g_autoptr(CoprodSchedule) s = compute (start, end, FALSE, items, G_N_ELEMENTS (items));

  g_assert_cmpuint (coprod_schedule_get_n_slots (s), ==, 7);
  assert_local (coprod_schedule_get_slot (s, 0)->start, 1, 10, 0);
  assert_local (coprod_schedule_get_slot (s, 1)->start, 1, 10, 15);
  /* A zero-minute item starts and ends at once, and moves nothing on. */
  assert_local (coprod_schedule_get_slot (s, 2)->start, 1, 10, 45);
  assert_local (coprod_schedule_get_slot (s, 2)->end, 1, 10, 45);
  assert_local (coprod_schedule_get_slot (s, 3)->start, 1, 10, 45);
  assert_local (coprod_schedule_get_slot (s, 6)->end, 1, 12, 10);
  assert_local (coprod_schedule_get_finish (s), 1, 12, 10);
  g_assert_cmpint (coprod_schedule_get_total_minutes (s), ==, 130);
  g_assert_cmpint (coprod_schedule_get_planned_minutes (s), ==, 130);
  g_assert_cmpint (coprod_schedule_get_overrun_minutes (s), ==, 0);
  g_assert_cmpint (coprod_schedule_get_warnings (s), ==, COPROD_SCHEDULE_WARNING_NONE);
  g_assert_cmpint (coprod_schedule_get_first_conflict (s), ==, -1);
}

static void
test_overrun (void)
{
  g_autoptr(GDateTime) start = local (2026, 12, 1, 10, 0);
  g_autoptr(GDateTime) end = local (2026, 12, 1, 11, 0);
  const CoprodScheduleItem items[] = { I (ITEM, 75), I (ACTIONS_ROUND, 15) };
  g_autoptr(CoprodSchedule) s = compute (start, end, FALSE, items, G_N_ELEMENTS (items));

  g_assert_cmpint (coprod_schedule_get_overrun_minutes (s), ==, 30);
  g_assert_cmpint (coprod_schedule_get_warnings (s), ==, COPROD_SCHEDULE_WARNING_OVERRUN);
}

static void
test_fixed_gap_and_conflict (void)
{
  g_autoptr(GDateTime) start = local (2026, 12, 1, 10, 0);
  g_autoptr(GDateTime) end = local (2026, 12, 1, 15, 0);
  /* Lunch is fixed at 12:30, after a gap; the visit fixed at 11:00 comes after it, out
   * of order, so it cannot start on time. */
  const CoprodScheduleItem items[] = {
    I (ITEM, 60), FIXED (BREAK, 30, 12, 30), I (ITEM, 20), FIXED (ITEM, 20, 11, 0),
    I (ACTIONS_ROUND, 15), I (CLOSE, 5),
  };
  g_autoptr(CoprodSchedule) s = compute (start, end, FALSE, items, G_N_ELEMENTS (items));
  const CoprodScheduleSlot *lunch = coprod_schedule_get_slot (s, 1);
  const CoprodScheduleSlot *visit = coprod_schedule_get_slot (s, 3);

  g_assert_cmpint (lunch->gap_before, ==, 90);
  g_assert_cmpint (lunch->conflict_minutes, ==, 0);
  assert_local (lunch->start, 1, 12, 30);
  assert_local (lunch->end, 1, 13, 0);

  g_assert_cmpint (visit->gap_before, ==, 0);
  g_assert_cmpint (visit->conflict_minutes, ==, 140);
  assert_local (visit->start, 1, 13, 20);
  g_assert_cmpint (coprod_schedule_get_first_conflict (s), ==, 3);
  g_assert_true (coprod_schedule_get_warnings (s) & COPROD_SCHEDULE_WARNING_CONFLICT);

  /* The total counts the wait for lunch; the planned minutes do not. */
  g_assert_cmpint (coprod_schedule_get_planned_minutes (s), ==, 150);
  g_assert_cmpint (coprod_schedule_get_total_minutes (s), ==, 240);
  g_assert_cmpint (coprod_schedule_get_overrun_minutes (s), ==, 0);
}

static void
test_fixed_first_item_early (void)
{
  g_autoptr(GDateTime) start = local (2026, 12, 1, 10, 0);
  g_autoptr(GDateTime) end = local (2026, 12, 1, 11, 0);
  /* A first item fixed before the meeting even starts is a conflict too. */
  const CoprodScheduleItem items[] = { FIXED (ITEM, 30, 9, 45), I (ACTIONS_ROUND, 10) };
  g_autoptr(CoprodSchedule) s = compute (start, end, FALSE, items, G_N_ELEMENTS (items));

  g_assert_cmpint (coprod_schedule_get_slot (s, 0)->conflict_minutes, ==, 15);
  assert_local (coprod_schedule_get_slot (s, 0)->start, 1, 10, 0);
}

static void
test_empty (void)
{
  g_autoptr(GDateTime) start = local (2026, 12, 1, 10, 0);
  g_autoptr(GDateTime) end = local (2026, 12, 1, 11, 0);
  g_autoptr(CoprodSchedule) s = compute (start, end, TRUE, NULL, 0);

  g_assert_cmpuint (coprod_schedule_get_n_slots (s), ==, 0);
  g_assert_true (g_date_time_equal (coprod_schedule_get_finish (s), start));
  g_assert_cmpint (coprod_schedule_get_total_minutes (s), ==, 0);
  g_assert_cmpint (coprod_schedule_get_warnings (s), ==, COPROD_SCHEDULE_WARNING_NONE);
}

static void
test_many_items (void)
{
  g_autoptr(GDateTime) start = local (2026, 12, 1, 9, 0);
  g_autoptr(GDateTime) end = local (2026, 12, 2, 1, 40);
  g_autofree CoprodScheduleItem *items = g_new0 (CoprodScheduleItem, 200);
  g_autoptr(CoprodSchedule) s = NULL;

  for (guint i = 0; i < 200; i++)
    items[i] = (CoprodScheduleItem) { COPROD_AGENDA_KIND_ITEM, 5, COPROD_SCHEDULE_NOT_FIXED };
  items[199].kind = COPROD_AGENDA_KIND_ACTIONS_ROUND;
  s = compute (start, end, FALSE, items, 200);

  g_assert_cmpuint (coprod_schedule_get_n_slots (s), ==, 200);
  g_assert_cmpint (coprod_schedule_get_total_minutes (s), ==, 1000);
  assert_local (coprod_schedule_get_finish (s), 2, 1, 40);
  assert_local (coprod_schedule_get_slot (s, 199)->start, 2, 1, 35);
  g_assert_cmpint (coprod_schedule_get_warnings (s), ==, COPROD_SCHEDULE_WARNING_NONE);
}

static void
test_midnight (void)
{
  g_autoptr(GDateTime) start = local (2026, 12, 31, 22, 30);
  g_autoptr(GDateTime) end = local (2027, 1, 1, 1, 0);
  /* A fixed time after midnight belongs to the next day, not to the morning before. */
  const CoprodScheduleItem items[] = {
    I (ITEM, 60), FIXED (BREAK, 15, 0, 15), I (ACTIONS_ROUND, 30), I (CLOSE, 5),
  };
  g_autoptr(CoprodSchedule) s = compute (start, end, FALSE, items, G_N_ELEMENTS (items));
  const CoprodScheduleSlot *toast = coprod_schedule_get_slot (s, 1);

  g_assert_cmpint (toast->gap_before, ==, 45);
  g_assert_cmpint (toast->conflict_minutes, ==, 0);
  assert_local (toast->start, 1, 0, 15);
  assert_local (coprod_schedule_get_finish (s), 1, 1, 5);
  g_assert_cmpint (g_date_time_get_year (coprod_schedule_get_finish (s)), ==, 2027);
  g_assert_cmpint (coprod_schedule_get_overrun_minutes (s), ==, 5);
}

static void
test_clock_goes_back (void)
{
  /* 25 October 2026: 02:00 BST becomes 01:00 GMT. Three hour-long items from 00:30
   * take three real hours and end at 02:30 GMT, though the clock shows 2 hours on. */
  g_autoptr(GDateTime) start = local (2026, 10, 25, 0, 30);
  g_autoptr(GDateTime) end = g_date_time_add_hours (start, 3);
  const CoprodScheduleItem items[] = { I (ITEM, 60), I (ITEM, 60), I (ACTIONS_ROUND, 60) };
  g_autoptr(CoprodSchedule) s = compute (start, end, FALSE, items, G_N_ELEMENTS (items));

  g_assert_cmpint (coprod_schedule_get_total_minutes (s), ==, 180);
  assert_local (coprod_schedule_get_finish (s), 25, 2, 30);
  g_assert_cmpint (coprod_schedule_get_overrun_minutes (s), ==, 0);
}

static void
test_clock_goes_forward (void)
{
  /* 28 March 2027: 01:00 GMT becomes 02:00 BST. Lunch fixed at 03:00 local time is
   * 2 real hours after a 00:00 start, not 3. */
  g_autoptr(GDateTime) start = local (2027, 3, 28, 0, 0);
  g_autoptr(GDateTime) end = local (2027, 3, 28, 4, 0);
  const CoprodScheduleItem items[] = {
    I (ITEM, 60), FIXED (BREAK, 30, 3, 0), I (ACTIONS_ROUND, 20),
  };
  g_autoptr(CoprodSchedule) s = compute (start, end, FALSE, items, G_N_ELEMENTS (items));
  const CoprodScheduleSlot *lunch = coprod_schedule_get_slot (s, 1);

  assert_local (coprod_schedule_get_slot (s, 0)->end, 28, 2, 0);
  g_assert_cmpint (lunch->gap_before, ==, 60);
  assert_local (lunch->start, 28, 3, 0);
  assert_local (coprod_schedule_get_finish (s), 28, 3, 50);
  g_assert_cmpint (coprod_schedule_get_total_minutes (s), ==, 170);
}

static void
test_breaks (void)
{
  g_autoptr(GDateTime) start = local (2026, 12, 1, 10, 0);
  g_autoptr(GDateTime) end = local (2026, 12, 1, 14, 0);
  const CoprodScheduleItem long_stretch[] = {
    I (ITEM, 60), I (ITEM, 45), I (ACTIONS_ROUND, 15),
  };
  const CoprodScheduleItem with_break[] = {
    I (ITEM, 60), I (BREAK, 15), I (ITEM, 45), I (ACTIONS_ROUND, 15),
  };
  /* Waiting 20 minutes for a fixed start time is a rest too. */
  const CoprodScheduleItem with_gap[] = {
    I (ITEM, 60), FIXED (ITEM, 45, 11, 20), I (ACTIONS_ROUND, 15),
  };
  g_autoptr(CoprodSchedule) a = compute (start, end, TRUE, long_stretch, 3);
  g_autoptr(CoprodSchedule) b = compute (start, end, FALSE, long_stretch, 3);
  g_autoptr(CoprodSchedule) c = compute (start, end, TRUE, with_break, 4);
  g_autoptr(CoprodSchedule) d = compute (start, end, TRUE, with_gap, 3);

  g_assert_cmpint (coprod_schedule_get_warnings (a), ==, COPROD_SCHEDULE_WARNING_NO_BREAK);
  g_assert_cmpint (coprod_schedule_get_first_without_break (a), ==, 1);
  g_assert_cmpint (coprod_schedule_get_slot (a, 2)->minutes_since_break, ==, 120);

  /* Nobody has asked for breaks: the team's own pace is theirs to set. */
  g_assert_cmpint (coprod_schedule_get_warnings (b), ==, COPROD_SCHEDULE_WARNING_NONE);
  g_assert_cmpint (coprod_schedule_get_slot (b, 2)->minutes_since_break, ==, 0);

  g_assert_cmpint (coprod_schedule_get_warnings (c), ==, COPROD_SCHEDULE_WARNING_NONE);
  g_assert_cmpint (coprod_schedule_get_slot (c, 3)->minutes_since_break, ==, 60);

  g_assert_cmpint (coprod_schedule_get_slot (d, 1)->gap_before, ==, 20);
  g_assert_cmpint (coprod_schedule_get_warnings (d), ==, COPROD_SCHEDULE_WARNING_NONE);
}

static void
test_actions_round (void)
{
  g_autoptr(GDateTime) start = local (2026, 12, 1, 10, 0);
  g_autoptr(GDateTime) end = local (2026, 12, 1, 14, 0);
  const CoprodScheduleItem none[] = { I (ITEM, 60), I (CLOSE, 5) };
  const CoprodScheduleItem too_early[] = { I (ACTIONS_ROUND, 15), I (ITEM, 60), I (CLOSE, 5) };
  const CoprodScheduleItem at_end[] = {
    I (ITEM, 60), I (ACTIONS_ROUND, 15), I (BREAK, 0), I (ITEM, 0), I (CLOSE, 5),
  };
  g_autoptr(CoprodSchedule) a = compute (start, end, FALSE, none, 2);
  g_autoptr(CoprodSchedule) b = compute (start, end, FALSE, too_early, 3);
  g_autoptr(CoprodSchedule) c = compute (start, end, FALSE, at_end, 5);

  g_assert_cmpint (coprod_schedule_get_warnings (a), ==,
                   COPROD_SCHEDULE_WARNING_NO_ACTIONS_ROUND);
  g_assert_cmpint (coprod_schedule_get_warnings (b), ==,
                   COPROD_SCHEDULE_WARNING_NO_ACTIONS_ROUND);
  g_assert_cmpint (coprod_schedule_get_warnings (c), ==, COPROD_SCHEDULE_WARNING_NONE);
}

static void
test_bad_values (void)
{
  g_autoptr(GDateTime) start = local (2026, 12, 1, 10, 0);
  g_autoptr(GDateTime) end = local (2026, 12, 1, 11, 0);
  /* A negative length counts as none, and a fixed time past midnight's end is ignored. */
  const CoprodScheduleItem items[] = {
    { COPROD_AGENDA_KIND_ITEM, -30, COPROD_SCHEDULE_NOT_FIXED },
    { COPROD_AGENDA_KIND_ACTIONS_ROUND, 10, 24 * 60 + 5 },
  };
  g_autoptr(CoprodSchedule) s = compute (start, end, FALSE, items, 2);

  g_assert_cmpint (coprod_schedule_get_total_minutes (s), ==, 10);
  g_assert_cmpint (coprod_schedule_get_slot (s, 1)->gap_before, ==, 0);
  g_assert_cmpint (coprod_schedule_get_warnings (s), ==, COPROD_SCHEDULE_WARNING_NONE);
}

int
main (int   argc,
      char *argv[])
{
  /* The clock-change cases need a zone with clock changes, however the test is run. */
  g_setenv ("TZ", "Europe/London", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule/in-order", test_in_order);
  g_test_add_func ("/schedule/overrun", test_overrun);
  g_test_add_func ("/schedule/fixed-gap-and-conflict", test_fixed_gap_and_conflict);
  g_test_add_func ("/schedule/fixed-first-item-early", test_fixed_first_item_early);
  g_test_add_func ("/schedule/empty", test_empty);
  g_test_add_func ("/schedule/200-items", test_many_items);
  g_test_add_func ("/schedule/midnight", test_midnight);
  g_test_add_func ("/schedule/clock-goes-back", test_clock_goes_back);
  g_test_add_func ("/schedule/clock-goes-forward", test_clock_goes_forward);
  g_test_add_func ("/schedule/breaks", test_breaks);
  g_test_add_func ("/schedule/actions-round", test_actions_round);
  g_test_add_func ("/schedule/bad-values", test_bad_values);

  return g_test_run ();
}
