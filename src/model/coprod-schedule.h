/* coprod-schedule.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schedule engine: a pure function from a meeting's start, planned end and agenda
 * items to when each item runs, what does not fit, and what the facilitator should know.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  COPROD_AGENDA_KIND_ITEM,
  COPROD_AGENDA_KIND_BREAK,
  COPROD_AGENDA_KIND_INTRODUCTIONS,
  COPROD_AGENDA_KIND_EXPECTATIONS,
  COPROD_AGENDA_KIND_ACTIONS_REVIEW,
  COPROD_AGENDA_KIND_ACTIONS_ROUND,
  COPROD_AGENDA_KIND_CLOSE,
} CoprodAgendaKind;

/* No fixed start time. */
#define COPROD_SCHEDULE_NOT_FIXED (-1)

typedef struct
{
  CoprodAgendaKind kind;
  int              minutes;        /* planned length, 0 or more */
  int              fixed_start;    /* minutes after local midnight, or COPROD_SCHEDULE_NOT_FIXED */
} CoprodScheduleItem;

typedef struct
{
  GDateTime *meeting_start;            /* when the first item starts */
  GDateTime *planned_end;              /* when the meeting should be over */
  gboolean   needs_breaks;             /* someone in the team has said they need breaks */
  int        max_minutes_without_break;
} CoprodScheduleParams;

typedef enum
{
  COPROD_SCHEDULE_WARNING_NONE              = 0,
  COPROD_SCHEDULE_WARNING_OVERRUN           = 1 << 0,  /* finishes after the planned end */
  COPROD_SCHEDULE_WARNING_CONFLICT          = 1 << 1,  /* a fixed time comes too early */
  COPROD_SCHEDULE_WARNING_NO_BREAK          = 1 << 2,  /* too long without a break */
  COPROD_SCHEDULE_WARNING_NO_ACTIONS_ROUND  = 1 << 3,  /* no actions round near the end */
} CoprodScheduleWarnings;

typedef struct
{
  GDateTime *start;
  GDateTime *end;
  int        gap_before;         /* minutes of waiting for a fixed start time */
  int        conflict_minutes;   /* how late a fixed item starts, 0 when it fits */
  int        minutes_since_break; /* at its end, when breaks are needed; else 0 */
} CoprodScheduleSlot;

typedef struct _CoprodSchedule CoprodSchedule;

#define COPROD_TYPE_SCHEDULE (coprod_schedule_get_type ())
GType                    coprod_schedule_get_type        (void);

CoprodSchedule          *coprod_schedule_compute         (const CoprodScheduleParams *params,
                                                          const CoprodScheduleItem   *items,
                                                          guint                       n_items);
CoprodSchedule          *coprod_schedule_ref             (CoprodSchedule *self);
void                     coprod_schedule_unref           (CoprodSchedule *self);

guint                    coprod_schedule_get_n_slots     (CoprodSchedule *self);
const CoprodScheduleSlot *coprod_schedule_get_slot       (CoprodSchedule *self,
                                                          guint           index);
GDateTime               *coprod_schedule_get_finish      (CoprodSchedule *self);
int                      coprod_schedule_get_total_minutes (CoprodSchedule *self);
int                      coprod_schedule_get_planned_minutes (CoprodSchedule *self);
int                      coprod_schedule_get_overrun_minutes (CoprodSchedule *self);
CoprodScheduleWarnings   coprod_schedule_get_warnings    (CoprodSchedule *self);
int                      coprod_schedule_get_first_conflict (CoprodSchedule *self);
int                      coprod_schedule_get_first_without_break (CoprodSchedule *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoprodSchedule, coprod_schedule_unref)

G_END_DECLS
