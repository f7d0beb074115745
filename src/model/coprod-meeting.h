/* coprod-meeting.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "coprod-agenda-item.h"
#include "coprod-exercise.h"
#include "coprod-schedule.h"
#include "coprod-store.h"

G_BEGIN_DECLS

typedef enum
{
  COPROD_MEETING_PLANNED,
  COPROD_MEETING_LIVE,
  COPROD_MEETING_ENDED,
} CoprodMeetingStatus;

#define COPROD_TYPE_MEETING_STATUS (coprod_meeting_status_get_type ())
GType coprod_meeting_status_get_type (void);

#define COPROD_TYPE_MEETING (coprod_meeting_get_type ())
G_DECLARE_FINAL_TYPE (CoprodMeeting, coprod_meeting, COPROD, MEETING, GObject)

CoprodMeeting      *coprod_meeting_new_from_row      (CoprodStore   *store,
                                                      const CoprodStoreRow *row);
gint64              coprod_meeting_get_id            (CoprodMeeting *self);
gint64              coprod_meeting_get_team_id       (CoprodMeeting *self);
const char         *coprod_meeting_get_title         (CoprodMeeting *self);
void                coprod_meeting_set_title         (CoprodMeeting *self,
                                                      const char    *title);
const char         *coprod_meeting_get_purpose       (CoprodMeeting *self);
void                coprod_meeting_set_purpose       (CoprodMeeting *self,
                                                      const char    *purpose);
const char         *coprod_meeting_get_place         (CoprodMeeting *self);
void                coprod_meeting_set_place         (CoprodMeeting *self,
                                                      const char    *place);
GDateTime          *coprod_meeting_get_starts_at     (CoprodMeeting *self);
void                coprod_meeting_set_starts_at     (CoprodMeeting *self,
                                                      GDateTime     *starts_at);
GDateTime          *coprod_meeting_get_planned_end   (CoprodMeeting *self);
void                coprod_meeting_set_planned_end   (CoprodMeeting *self,
                                                      GDateTime     *planned_end);
gint64              coprod_meeting_get_starts_at_unix (CoprodMeeting *self);
CoprodMeetingStatus coprod_meeting_get_status        (CoprodMeeting *self);
void                coprod_meeting_set_status        (CoprodMeeting       *self,
                                                      CoprodMeetingStatus  status);
const char         *coprod_meeting_get_private_notes (CoprodMeeting *self);
void                coprod_meeting_set_private_notes (CoprodMeeting *self,
                                                      const char    *notes);

CoprodStore        *coprod_meeting_get_store         (CoprodMeeting *self);
GListModel         *coprod_meeting_get_agenda        (CoprodMeeting *self);
CoprodAgendaItem   *coprod_meeting_add_agenda_item   (CoprodMeeting    *self,
                                                      CoprodAgendaKind  kind,
                                                      const char       *title,
                                                      int               minutes,
                                                      GError          **error);
CoprodAgendaItem   *coprod_meeting_duplicate_agenda_item (CoprodMeeting    *self,
                                                          CoprodAgendaItem *item,
                                                          GError          **error);
gboolean            coprod_meeting_delete_agenda_item (CoprodMeeting    *self,
                                                       CoprodAgendaItem *item,
                                                       GError          **error);
gboolean            coprod_meeting_restore_agenda_item (CoprodMeeting    *self,
                                                        CoprodAgendaItem *item,
                                                        GError          **error);
gboolean            coprod_meeting_move_agenda_item  (CoprodMeeting    *self,
                                                      CoprodAgendaItem *item,
                                                      guint             position,
                                                      GError          **error);
CoprodSchedule     *coprod_meeting_compute_schedule  (CoprodMeeting    *self,
                                                      gboolean          needs_breaks,
                                                      int               break_after_minutes);

/* Who came to a meeting, and what they are owed for it. */
typedef struct
{
  gboolean attended;
  int      minutes;          /* time given, with preparation */
  gint64   expenses_pence;
  gboolean no_action;        /* "no action this time", answered at the end */
} CoprodAttendance;

#define COPROD_ATTENDANCE_MAX_MINUTES (24 * 60)
#define COPROD_ATTENDANCE_MAX_PENCE ((gint64) 1000000)

gboolean            coprod_meeting_get_attendance    (CoprodMeeting           *self,
                                                      gint64                   person_id,
                                                      CoprodAttendance        *attendance);
gboolean            coprod_meeting_set_attendance    (CoprodMeeting           *self,
                                                      gint64                   person_id,
                                                      const CoprodAttendance  *attendance,
                                                      GError                 **error);

CoprodExercise     *coprod_meeting_get_exercise      (CoprodMeeting           *self);
CoprodExercise     *coprod_meeting_ensure_exercise   (CoprodMeeting           *self,
                                                      GError                 **error);

G_END_DECLS
