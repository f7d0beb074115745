/* coprod-live-state.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "coprod-action.h"
#include "coprod-meeting.h"

G_BEGIN_DECLS

typedef enum
{
  COPROD_LIVE_ALERT_NONE,       /* more than a fifth of the item's time left */
  COPROD_LIVE_ALERT_LOW,        /* a fifth or less left */
  COPROD_LIVE_ALERT_VERY_LOW,   /* a twentieth or less left */
  COPROD_LIVE_ALERT_OVERRUN,    /* past its time */
} CoprodLiveAlert;

/* What the shared screen shows. */
typedef enum
{
  COPROD_SCENE_WELCOME,
  COPROD_SCENE_AGENDA,
  COPROD_SCENE_CURRENT_ITEM,
  COPROD_SCENE_INTRODUCTIONS,
  COPROD_SCENE_REVIEW,          /* "You said, we did" */
  COPROD_SCENE_EXPECTATIONS,
  COPROD_SCENE_ACTIONS,
  COPROD_SCENE_GLOSSARY,
  COPROD_SCENE_BLANK,
} CoprodScene;

#define COPROD_SCENE_LAST COPROD_SCENE_BLANK

#define COPROD_TEXT_SCALE_MIN 0.5
#define COPROD_TEXT_SCALE_MAX 2.0

/* Microseconds now, from the monotonic clock or the wall clock (Unix time). */
typedef gint64 (*CoprodClockFunc) (gpointer user_data);

#define COPROD_TYPE_LIVE_STATE (coprod_live_state_get_type ())
G_DECLARE_FINAL_TYPE (CoprodLiveState, coprod_live_state, COPROD, LIVE_STATE, GObject)

CoprodLiveState  *coprod_live_state_new                (CoprodMeeting    *meeting);
void              coprod_live_state_set_clocks         (CoprodLiveState  *self,
                                                        CoprodClockFunc   monotonic,
                                                        CoprodClockFunc   wall,
                                                        gpointer          user_data);
gboolean          coprod_live_state_resume_if_live     (CoprodLiveState  *self,
                                                        GError          **error);

gboolean          coprod_live_state_start              (CoprodLiveState  *self,
                                                        GError          **error);
gboolean          coprod_live_state_go_to              (CoprodLiveState  *self,
                                                        guint             index,
                                                        GError          **error);
gboolean          coprod_live_state_next               (CoprodLiveState  *self,
                                                        GError          **error);
gboolean          coprod_live_state_previous           (CoprodLiveState  *self,
                                                        GError          **error);
gboolean          coprod_live_state_pause              (CoprodLiveState  *self,
                                                        GError          **error);
gboolean          coprod_live_state_resume             (CoprodLiveState  *self,
                                                        GError          **error);
gboolean          coprod_live_state_add_minutes        (CoprodLiveState  *self,
                                                        int               minutes,
                                                        GError          **error);
gboolean          coprod_live_state_end                (CoprodLiveState  *self,
                                                        GError          **error);

CoprodMeeting    *coprod_live_state_get_meeting        (CoprodLiveState  *self);
gboolean          coprod_live_state_get_running        (CoprodLiveState  *self);
gboolean          coprod_live_state_get_paused         (CoprodLiveState  *self);
guint             coprod_live_state_get_current_index  (CoprodLiveState  *self);
CoprodAgendaItem *coprod_live_state_get_current_item   (CoprodLiveState  *self);
int               coprod_live_state_get_added_minutes  (CoprodLiveState  *self);
gint64            coprod_live_state_get_item_elapsed   (CoprodLiveState  *self);
gint64            coprod_live_state_get_item_remaining (CoprodLiveState  *self);
gint64            coprod_live_state_get_meeting_elapsed (CoprodLiveState *self);
CoprodLiveAlert   coprod_live_state_get_alert          (CoprodLiveState  *self);
GDateTime        *coprod_live_state_dup_projected_finish (CoprodLiveState *self);
int               coprod_live_state_get_late_minutes   (CoprodLiveState  *self);
GPtrArray        *coprod_live_state_dup_late_items     (CoprodLiveState  *self);
gboolean          coprod_live_state_shorten_rest       (CoprodLiveState  *self,
                                                        GError          **error);
guint             coprod_live_state_move_late_items    (CoprodLiveState  *self,
                                                        CoprodMeeting    *next,
                                                        GError          **error);

char             *coprod_live_format_clock             (gint64            us);

/* The shared screen: which scene it shows, and how. None of these is stored. */
CoprodScene       coprod_live_scene_for_kind           (CoprodAgendaKind  kind);
CoprodScene       coprod_live_state_get_scene          (CoprodLiveState  *self);
CoprodScene       coprod_live_state_get_pinned_scene   (CoprodLiveState  *self);
void              coprod_live_state_pin_scene          (CoprodLiveState  *self,
                                                        CoprodScene       scene);
gboolean          coprod_live_state_get_following      (CoprodLiveState  *self);
void              coprod_live_state_follow             (CoprodLiveState  *self);
gboolean          coprod_live_state_get_blanked        (CoprodLiveState  *self);
void              coprod_live_state_set_blanked        (CoprodLiveState  *self,
                                                        gboolean          blanked);
double            coprod_live_state_get_text_scale     (CoprodLiveState  *self);
void              coprod_live_state_set_text_scale     (CoprodLiveState  *self,
                                                        double            scale);
void              coprod_live_state_set_facilitator_view (CoprodLiveState *self,
                                                          CoprodScene      scene);
guint             coprod_live_state_get_card_index     (CoprodLiveState  *self);
void              coprod_live_state_set_card_index     (CoprodLiveState  *self,
                                                        guint             index);

/* "You said, we did": the actions the review steps through, fixed when it begins. */
void              coprod_live_state_set_review         (CoprodLiveState  *self,
                                                        GPtrArray        *actions);
guint             coprod_live_state_get_review_length  (CoprodLiveState  *self);
guint             coprod_live_state_get_review_index   (CoprodLiveState  *self);
void              coprod_live_state_set_review_index   (CoprodLiveState  *self,
                                                        guint             index);
CoprodAction     *coprod_live_state_get_review_action  (CoprodLiveState  *self);

CoprodGroup       coprod_live_state_get_mirror         (CoprodLiveState  *self);
void              coprod_live_state_set_mirror         (CoprodLiveState  *self,
                                                        CoprodGroup       about);
guint             coprod_live_state_get_mirror_start   (CoprodLiveState  *self);
void              coprod_live_state_set_mirror_start   (CoprodLiveState  *self,
                                                        guint             start);

G_END_DECLS
