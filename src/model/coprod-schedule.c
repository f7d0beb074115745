/* coprod-schedule.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Items run one after another from the meeting's start. An item with a fixed start
 * time (lunch at 12:30) waits for it, leaving a gap, or, when the items before it run
 * past it, starts late and is flagged as a conflict. Lengths are added as real time,
 * so an item across a clock change lasts what it says; fixed times are local clock
 * times on the meeting's day, or the next day for a meeting that runs past midnight.
 */

#include "coprod-schedule.h"

/* A wait of this long for a fixed start time is a pause people can rest in. */
#define GAP_THAT_IS_A_BREAK 10

/* A fixed time more than this long before the meeting starts is on the next day. */
#define NEXT_DAY_AFTER_HOURS 12

struct _CoprodSchedule
{
  gatomicrefcount        ref_count;
  GArray                *slots;           /* CoprodScheduleSlot */
  GDateTime             *finish;
  int                    total_minutes;
  int                    planned_minutes;
  int                    overrun_minutes;
  int                    first_conflict;
  int                    first_without_break;
  CoprodScheduleWarnings warnings;
};

G_DEFINE_BOXED_TYPE (CoprodSchedule, coprod_schedule, coprod_schedule_ref, coprod_schedule_unref)

/* Helpers */

static int
minutes_between (GDateTime *from,
                 GDateTime *to)
{
  return (int) (g_date_time_difference (to, from) / G_TIME_SPAN_MINUTE);
}

static GDateTime *
fixed_instant (GDateTime *meeting_start,
               int        minutes_after_midnight)
{
  g_autoptr(GDateTime) day = g_date_time_to_local (meeting_start);
  GDateTime *at;

  at = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                              g_date_time_get_day_of_month (day),
                              minutes_after_midnight / 60, minutes_after_midnight % 60, 0);
  if (at != NULL &&
      g_date_time_difference (meeting_start, at) > NEXT_DAY_AFTER_HOURS * G_TIME_SPAN_HOUR)
    {
      GDateTime *next = g_date_time_add_days (at, 1);

      g_date_time_unref (at);
      at = next;
    }
  return at;
}

static void
clear_slot (gpointer data)
{
  CoprodScheduleSlot *slot = data;

  g_clear_pointer (&slot->start, g_date_time_unref);
  g_clear_pointer (&slot->end, g_date_time_unref);
}

/* Everyone should leave with action points: an actions round is needed, with nothing
 * after it but breaks, the close and items of no length. */
static gboolean
has_actions_round_at_end (const CoprodScheduleItem *items,
                          guint                     n_items)
{
  for (guint i = n_items; i > 0; i--)
    {
      const CoprodScheduleItem *item = &items[i - 1];

      if (item->kind == COPROD_AGENDA_KIND_ACTIONS_ROUND)
        return TRUE;
      if (item->kind != COPROD_AGENDA_KIND_CLOSE && item->kind != COPROD_AGENDA_KIND_BREAK &&
          item->minutes > 0)
        return FALSE;
    }
  return FALSE;
}

/* Public API */

/**
 * coprod_schedule_compute:
 * @params: the meeting's start and planned end, and the rule for breaks
 * @items: (array length=n_items): the agenda, in order
 *
 * Returns: (transfer full): when each item runs, and what does not fit
 */
CoprodSchedule *
coprod_schedule_compute (const CoprodScheduleParams *params,
                         const CoprodScheduleItem   *items,
                         guint                       n_items)
{
  CoprodSchedule *self;
  GDateTime *cursor;
  int since_break = 0;

  g_return_val_if_fail (params != NULL, NULL);
  g_return_val_if_fail (params->meeting_start != NULL, NULL);
  g_return_val_if_fail (params->planned_end != NULL, NULL);
  g_return_val_if_fail (items != NULL || n_items == 0, NULL);

  self = g_new0 (CoprodSchedule, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->slots = g_array_sized_new (FALSE, TRUE, sizeof (CoprodScheduleSlot), n_items);
  g_array_set_clear_func (self->slots, clear_slot);
  self->first_conflict = -1;
  self->first_without_break = -1;

  cursor = g_date_time_ref (params->meeting_start);
  for (guint i = 0; i < n_items; i++)
    {
      const CoprodScheduleItem *item = &items[i];
      CoprodScheduleSlot slot = { NULL, NULL, 0, 0, 0 };
      int minutes = MAX (item->minutes, 0);

      slot.start = g_date_time_ref (cursor);
      if (item->fixed_start >= 0 && item->fixed_start < 24 * 60)
        {
          g_autoptr(GDateTime) fixed = fixed_instant (params->meeting_start, item->fixed_start);
          int wait = fixed != NULL ? minutes_between (cursor, fixed) : 0;

          if (wait > 0)
            {
              slot.gap_before = wait;
              g_date_time_unref (slot.start);
              slot.start = g_date_time_ref (fixed);
            }
          else if (wait < 0)
            {
              slot.conflict_minutes = -wait;
              self->warnings |= COPROD_SCHEDULE_WARNING_CONFLICT;
              if (self->first_conflict < 0)
                self->first_conflict = i;
            }
        }
      slot.end = g_date_time_add (slot.start, (GTimeSpan) minutes * G_TIME_SPAN_MINUTE);

      if (slot.gap_before >= GAP_THAT_IS_A_BREAK)
        since_break = 0;
      if (item->kind == COPROD_AGENDA_KIND_BREAK)
        since_break = 0;
      else
        since_break += minutes;
      if (params->needs_breaks)
        {
          slot.minutes_since_break = since_break;
          if (since_break > params->max_minutes_without_break && self->first_without_break < 0)
            {
              self->first_without_break = i;
              self->warnings |= COPROD_SCHEDULE_WARNING_NO_BREAK;
            }
        }

      self->planned_minutes += minutes;
      g_date_time_unref (cursor);
      cursor = g_date_time_ref (slot.end);
      g_array_append_val (self->slots, slot);
    }

  self->finish = cursor;
  self->total_minutes = minutes_between (params->meeting_start, self->finish);
  self->overrun_minutes = MAX (0, minutes_between (params->planned_end, self->finish));
  if (self->overrun_minutes > 0)
    self->warnings |= COPROD_SCHEDULE_WARNING_OVERRUN;
  if (n_items > 0 && !has_actions_round_at_end (items, n_items))
    self->warnings |= COPROD_SCHEDULE_WARNING_NO_ACTIONS_ROUND;

  return self;
}

CoprodSchedule *
coprod_schedule_ref (CoprodSchedule *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
coprod_schedule_unref (CoprodSchedule *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_array_unref (self->slots);
  g_date_time_unref (self->finish);
  g_free (self);
}

guint
coprod_schedule_get_n_slots (CoprodSchedule *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->slots->len;
}

/**
 * coprod_schedule_get_slot:
 *
 * Returns: (transfer none): when item @index runs
 */
const CoprodScheduleSlot *
coprod_schedule_get_slot (CoprodSchedule *self,
                          guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->slots->len, NULL);
  return &g_array_index (self->slots, CoprodScheduleSlot, index);
}

/**
 * coprod_schedule_get_finish:
 *
 * Returns: (transfer none): when the last item ends (the meeting's start if none)
 */
GDateTime *
coprod_schedule_get_finish (CoprodSchedule *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->finish;
}

/* From the meeting's start to the end of the last item, gaps included. */
int
coprod_schedule_get_total_minutes (CoprodSchedule *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->total_minutes;
}

/* The items' lengths added up, without gaps. */
int
coprod_schedule_get_planned_minutes (CoprodSchedule *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->planned_minutes;
}

int
coprod_schedule_get_overrun_minutes (CoprodSchedule *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->overrun_minutes;
}

CoprodScheduleWarnings
coprod_schedule_get_warnings (CoprodSchedule *self)
{
  g_return_val_if_fail (self != NULL, COPROD_SCHEDULE_WARNING_NONE);
  return self->warnings;
}

/* The first item whose fixed start time comes too early, or -1. */
int
coprod_schedule_get_first_conflict (CoprodSchedule *self)
{
  g_return_val_if_fail (self != NULL, -1);
  return self->first_conflict;
}

/* The first item at whose end people have gone too long without a break, or -1. */
int
coprod_schedule_get_first_without_break (CoprodSchedule *self)
{
  g_return_val_if_fail (self != NULL, -1);
  return self->first_without_break;
}
