/* coprod-live-state.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What is happening now in a live meeting: which item is under way, for how long,
 * whether the room has paused, and the minutes added. Time is counted on the
 * monotonic clock, read afresh whenever it is asked for, so a countdown never drifts;
 * every event is also written to the store in wall-clock time as it happens, so a
 * meeting whose app was killed is picked up where it was.
 */

#include "coprod-live-state.h"

struct _CoprodLiveState
{
  GObject          parent_instance;

  CoprodMeeting   *meeting;
  CoprodStore     *store;

  CoprodClockFunc  monotonic;
  CoprodClockFunc  wall;
  gpointer         clock_data;

  gboolean         running;
  gboolean         paused;
  guint            index;

  gint64           item_base;       /* µs of the current item counted before mono_mark */
  gint64           mono_mark;       /* monotonic µs when counting last (re)started */
  gint64           paused_seconds;  /* of the current item, as stored */
  gint64           paused_at;       /* wall-clock seconds, while paused */
  gint64           meeting_base;    /* µs of the meeting before meeting_mark */
  gint64           meeting_mark;

  GHashTable      *added;           /* item id → minutes added while live */

  /* The shared screen */
  CoprodScene      pinned;
  gboolean         following;
  gboolean         blanked;
  double           text_scale;
  guint            card_index;      /* the introduction card on show */
  CoprodScene      facilitator_view; /* before the start: what the facilitator looks at */

  GPtrArray       *review;          /* CoprodAction, for "You said, we did" */
  guint            review_index;
  CoprodGroup      mirror;          /* whose side of the exercise's mirror is on show */
  guint            mirror_start;    /* its first line on show */
};

G_DEFINE_FINAL_TYPE (CoprodLiveState, coprod_live_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RUNNING,
  PROP_PAUSED,
  PROP_CURRENT_INDEX,
  PROP_SCENE,
  PROP_FOLLOWING,
  PROP_BLANKED,
  PROP_TEXT_SCALE,
  PROP_CARD_INDEX,
  PROP_REVIEW_INDEX,
  PROP_MIRROR,
  PROP_MIRROR_START,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static gint64
default_monotonic (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gint64
default_wall (gpointer user_data)
{
  return g_get_real_time ();
}

static gint64
now_mono (CoprodLiveState *self)
{
  return self->monotonic (self->clock_data);
}

static gint64
now_seconds (CoprodLiveState *self)
{
  return self->wall (self->clock_data) / G_USEC_PER_SEC;
}

static GListModel *
agenda (CoprodLiveState *self)
{
  return coprod_meeting_get_agenda (self->meeting);
}

static CoprodAgendaItem *
item_at (CoprodLiveState *self,
         guint            index)
{
  g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda (self), index);

  return item;
}

static int
added_to (CoprodLiveState  *self,
          CoprodAgendaItem *item)
{
  gint64 id = coprod_agenda_item_get_id (item);

  return GPOINTER_TO_INT (g_hash_table_lookup (self->added, &id));
}

static gboolean
write_int (CoprodLiveState  *self,
           CoprodTable       table,
           gint64            id,
           const char       *column,
           gint64            value,
           GError          **error)
{
  return coprod_store_update (self->store, table, id, column, g_variant_new_int64 (value), error);
}

static gboolean
not_running (CoprodLiveState  *self,
             GError          **error)
{
  if (self->running)
    return FALSE;
  g_set_error_literal (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                       "The meeting is not under way");
  return TRUE;
}

/* Starts counting item INDEX from now, and says so in the store. */
static gboolean
begin_item (CoprodLiveState  *self,
            guint             index,
            GError          **error)
{
  CoprodAgendaItem *item = item_at (self, index);
  gint64 id = coprod_agenda_item_get_id (item);
  gint64 now = now_seconds (self);

  if (!write_int (self, COPROD_TABLE_AGENDA_ITEM, id, "actual_start", now, error) ||
      !write_int (self, COPROD_TABLE_AGENDA_ITEM, id, "actual_end", 0, error) ||
      !write_int (self, COPROD_TABLE_AGENDA_ITEM, id, "paused_seconds", 0, error) ||
      !write_int (self, COPROD_TABLE_MEETING, coprod_meeting_get_id (self->meeting),
                  "current_item_id", id, error) ||
      !write_int (self, COPROD_TABLE_MEETING, coprod_meeting_get_id (self->meeting),
                  "paused_at", 0, error))
    return FALSE;

  self->index = index;
  self->item_base = 0;
  self->mono_mark = now_mono (self);
  self->paused_seconds = 0;
  self->paused_at = 0;
  if (self->paused)
    {
      self->paused = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_INDEX]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
  return TRUE;
}

static gboolean
end_current_item (CoprodLiveState  *self,
                  GError          **error)
{
  CoprodAgendaItem *item = item_at (self, self->index);

  if (item == NULL)
    return TRUE;
  if (self->paused &&
      !write_int (self, COPROD_TABLE_AGENDA_ITEM, coprod_agenda_item_get_id (item),
                  "paused_seconds",
                  self->paused_seconds + MAX (0, now_seconds (self) - self->paused_at), error))
    return FALSE;
  return write_int (self, COPROD_TABLE_AGENDA_ITEM, coprod_agenda_item_get_id (item),
                    "actual_end", now_seconds (self), error);
}

/* What the live state reads back of a row that the model objects do not hold. */
typedef struct
{
  guint  columns[3];
  gint64 values[3];
} Numbers;

static void
numbers_row_cb (const CoprodStoreRow *row,
                gpointer              user_data)
{
  Numbers *numbers = user_data;

  for (guint i = 0; i < G_N_ELEMENTS (numbers->columns); i++)
    numbers->values[i] = coprod_store_row_get_int (row, numbers->columns[i]);
}

/* Overrides */

static void
coprod_live_state_finalize (GObject *object)
{
  CoprodLiveState *self = (CoprodLiveState *) object;

  g_clear_object (&self->meeting);
  g_clear_pointer (&self->added, g_hash_table_unref);
  g_clear_pointer (&self->review, g_ptr_array_unref);

  G_OBJECT_CLASS (coprod_live_state_parent_class)->finalize (object);
}

static void
coprod_live_state_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CoprodLiveState *self = COPROD_LIVE_STATE (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    case PROP_PAUSED:
      g_value_set_boolean (value, self->paused);
      break;

    case PROP_CURRENT_INDEX:
      g_value_set_uint (value, self->index);
      break;

    case PROP_SCENE:
      g_value_set_int (value, coprod_live_state_get_scene (self));
      break;

    case PROP_FOLLOWING:
      g_value_set_boolean (value, self->following);
      break;

    case PROP_BLANKED:
      g_value_set_boolean (value, self->blanked);
      break;

    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
      break;

    case PROP_CARD_INDEX:
      g_value_set_uint (value, self->card_index);
      break;

    case PROP_REVIEW_INDEX:
      g_value_set_uint (value, self->review_index);
      break;

    case PROP_MIRROR:
      g_value_set_int (value, self->mirror);
      break;

    case PROP_MIRROR_START:
      g_value_set_uint (value, self->mirror_start);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_live_state_class_init (CoprodLiveStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coprod_live_state_finalize;
  object_class->get_property = coprod_live_state_get_property;

  properties[PROP_RUNNING] = g_param_spec_boolean ("running", NULL, NULL, FALSE, ro);
  properties[PROP_PAUSED] = g_param_spec_boolean ("paused", NULL, NULL, FALSE, ro);
  properties[PROP_CURRENT_INDEX] = g_param_spec_uint ("current-index", NULL, NULL,
                                                      0, G_MAXUINT, 0, ro);
  /* The scene the shared screen shows now; it changes with the item under way while
   * the screen follows the meeting, so it is notified with "current-index" too. */
  properties[PROP_SCENE] = g_param_spec_int ("scene", NULL, NULL, 0, COPROD_SCENE_LAST,
                                             COPROD_SCENE_WELCOME, ro);
  properties[PROP_FOLLOWING] = g_param_spec_boolean ("following", NULL, NULL, TRUE, ro);
  properties[PROP_BLANKED] = g_param_spec_boolean ("blanked", NULL, NULL, FALSE, ro);
  properties[PROP_TEXT_SCALE] = g_param_spec_double ("text-scale", NULL, NULL,
                                                     COPROD_TEXT_SCALE_MIN,
                                                     COPROD_TEXT_SCALE_MAX, 1.0, ro);
  properties[PROP_CARD_INDEX] = g_param_spec_uint ("card-index", NULL, NULL,
                                                   0, G_MAXUINT, 0, ro);
  /* Notified too when a new review begins, even at the same index. */
  properties[PROP_REVIEW_INDEX] = g_param_spec_uint ("review-index", NULL, NULL,
                                                     0, G_MAXUINT, 0, ro);
  /* In the expectations exercise: the group whose side is compared and answered. */
  properties[PROP_MIRROR] = g_param_spec_int ("mirror", NULL, NULL, COPROD_GROUP_A,
                                              COPROD_GROUP_B, COPROD_GROUP_A, ro);
  /* The first line of that side the room sees: the one the facilitator is on. */
  properties[PROP_MIRROR_START] = g_param_spec_uint ("mirror-start", NULL, NULL, 0, G_MAXUINT, 0,
                                                     ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_live_state_init (CoprodLiveState *self)
{
  self->monotonic = default_monotonic;
  self->wall = default_wall;
  self->added = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->following = TRUE;
  self->text_scale = 1.0;
  self->review = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

CoprodLiveState *
coprod_live_state_new (CoprodMeeting *meeting)
{
  CoprodLiveState *self;

  g_return_val_if_fail (COPROD_IS_MEETING (meeting), NULL);

  self = g_object_new (COPROD_TYPE_LIVE_STATE, NULL);
  self->meeting = g_object_ref (meeting);
  self->store = coprod_meeting_get_store (meeting);
  return self;
}

/**
 * coprod_live_state_set_clocks:
 *
 * Replaces the monotonic and wall clocks, for tests that move time on by hand.
 */
void
coprod_live_state_set_clocks (CoprodLiveState *self,
                              CoprodClockFunc  monotonic,
                              CoprodClockFunc  wall,
                              gpointer         user_data)
{
  g_return_if_fail (COPROD_IS_LIVE_STATE (self));
  g_return_if_fail (monotonic != NULL && wall != NULL);

  self->monotonic = monotonic;
  self->wall = wall;
  self->clock_data = user_data;
}

/**
 * coprod_live_state_resume_if_live:
 *
 * Picks up a meeting the store says is live, as after the app was killed: the item
 * under way, how long it has run (less its pauses), whether it is paused, and the
 * minutes added. Does nothing for a meeting that is not live.
 */
gboolean
coprod_live_state_resume_if_live (CoprodLiveState  *self,
                                  GError          **error)
{
  Numbers meeting = {
    { COPROD_MEETING_COL_CURRENT_ITEM_ID, COPROD_MEETING_COL_STARTED_AT,
      COPROD_MEETING_COL_PAUSED_AT }
  };
  GListModel *items;
  gint64 now, current_id, started_at;
  guint n;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), FALSE);

  if (coprod_meeting_get_status (self->meeting) != COPROD_MEETING_LIVE || self->running)
    return TRUE;

  if (!coprod_store_read_row (self->store, COPROD_TABLE_MEETING,
                              coprod_meeting_get_id (self->meeting), numbers_row_cb, &meeting,
                              error))
    return FALSE;
  now = now_seconds (self);
  current_id = meeting.values[0];
  started_at = meeting.values[1];
  self->paused_at = meeting.values[2];

  items = agenda (self);
  n = g_list_model_get_n_items (items);
  self->index = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (items, i);
      gint64 id = coprod_agenda_item_get_id (item);
      Numbers row = {
        { COPROD_AGENDA_ITEM_COL_ADDED_MINUTES, COPROD_AGENDA_ITEM_COL_PAUSED_SECONDS,
          COPROD_AGENDA_ITEM_COL_ACTUAL_START }
      };
      gint64 added;

      if (!coprod_store_read_row (self->store, COPROD_TABLE_AGENDA_ITEM, id, numbers_row_cb, &row,
                                  error))
        return FALSE;
      added = row.values[0];
      if (added != 0)
        g_hash_table_insert (self->added, g_memdup2 (&id, sizeof id), GINT_TO_POINTER (added));
      if (id == current_id)
        {
          gint64 paused_now = self->paused_at > 0 ? MAX (0, now - self->paused_at) : 0;

          self->index = i;
          self->paused_seconds = row.values[1];
          self->item_base = MAX (0, now - row.values[2] - self->paused_seconds - paused_now)
                            * G_USEC_PER_SEC;
        }
    }

  self->running = TRUE;
  self->paused = self->paused_at > 0;
  self->mono_mark = now_mono (self);
  self->meeting_base = MAX (0, now - started_at) * G_USEC_PER_SEC;
  self->meeting_mark = self->mono_mark;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_INDEX]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
  return TRUE;
}

gboolean
coprod_live_state_start (CoprodLiveState  *self,
                         GError          **error)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), FALSE);

  if (self->running)
    return TRUE;
  if (g_list_model_get_n_items (agenda (self)) == 0)
    {
      g_set_error_literal (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                           "The meeting has no agenda to run");
      return FALSE;
    }

  coprod_meeting_set_status (self->meeting, COPROD_MEETING_LIVE);
  if (!write_int (self, COPROD_TABLE_MEETING, coprod_meeting_get_id (self->meeting),
                  "started_at", now_seconds (self), error) ||
      !begin_item (self, 0, error))
    return FALSE;

  self->running = TRUE;
  self->meeting_base = 0;
  self->meeting_mark = now_mono (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
  return coprod_store_flush (self->store, error);
}

/* Moves to item INDEX (next, previous, or any other), ending the one under way. */
gboolean
coprod_live_state_go_to (CoprodLiveState  *self,
                         guint             index,
                         GError          **error)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), FALSE);

  if (not_running (self, error))
    return FALSE;
  if (index >= g_list_model_get_n_items (agenda (self)) || index == self->index)
    return TRUE;
  if (!end_current_item (self, error) || !begin_item (self, index, error))
    return FALSE;
  return coprod_store_flush (self->store, error);
}

gboolean
coprod_live_state_next (CoprodLiveState  *self,
                        GError          **error)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), FALSE);
  return coprod_live_state_go_to (self, self->index + 1, error);
}

gboolean
coprod_live_state_previous (CoprodLiveState  *self,
                            GError          **error)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), FALSE);
  return self->index == 0 || coprod_live_state_go_to (self, self->index - 1, error);
}

gboolean
coprod_live_state_pause (CoprodLiveState  *self,
                         GError          **error)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), FALSE);

  if (not_running (self, error))
    return FALSE;
  if (self->paused)
    return TRUE;

  self->paused_at = now_seconds (self);
  if (!write_int (self, COPROD_TABLE_MEETING, coprod_meeting_get_id (self->meeting),
                  "paused_at", self->paused_at, error))
    return FALSE;
  self->item_base += now_mono (self) - self->mono_mark;
  self->paused = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
  return coprod_store_flush (self->store, error);
}

gboolean
coprod_live_state_resume (CoprodLiveState  *self,
                          GError          **error)
{
  CoprodAgendaItem *item;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), FALSE);

  if (not_running (self, error))
    return FALSE;
  if (!self->paused)
    return TRUE;

  item = item_at (self, self->index);
  self->paused_seconds += MAX (0, now_seconds (self) - self->paused_at);
  if (!write_int (self, COPROD_TABLE_AGENDA_ITEM, coprod_agenda_item_get_id (item),
                  "paused_seconds", self->paused_seconds, error) ||
      !write_int (self, COPROD_TABLE_MEETING, coprod_meeting_get_id (self->meeting),
                  "paused_at", 0, error))
    return FALSE;
  self->paused_at = 0;
  self->mono_mark = now_mono (self);
  self->paused = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
  return coprod_store_flush (self->store, error);
}

/* Gives the item under way MINUTES more (or fewer, down to none added). */
gboolean
coprod_live_state_add_minutes (CoprodLiveState  *self,
                               int               minutes,
                               GError          **error)
{
  CoprodAgendaItem *item;
  gint64 id;
  int added;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), FALSE);

  if (not_running (self, error))
    return FALSE;
  item = item_at (self, self->index);
  id = coprod_agenda_item_get_id (item);
  added = MAX (0, added_to (self, item) + minutes);
  if (!write_int (self, COPROD_TABLE_AGENDA_ITEM, id, "added_minutes", added, error))
    return FALSE;
  g_hash_table_insert (self->added, g_memdup2 (&id, sizeof id), GINT_TO_POINTER (added));
  return coprod_store_flush (self->store, error);
}

gboolean
coprod_live_state_end (CoprodLiveState  *self,
                       GError          **error)
{
  gint64 meeting_id;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), FALSE);

  if (not_running (self, error))
    return FALSE;
  meeting_id = coprod_meeting_get_id (self->meeting);
  if (!end_current_item (self, error) ||
      !write_int (self, COPROD_TABLE_MEETING, meeting_id, "ended_at", now_seconds (self), error) ||
      !write_int (self, COPROD_TABLE_MEETING, meeting_id, "current_item_id", 0, error) ||
      !write_int (self, COPROD_TABLE_MEETING, meeting_id, "paused_at", 0, error))
    return FALSE;
  coprod_meeting_set_status (self->meeting, COPROD_MEETING_ENDED);

  self->running = FALSE;
  self->paused = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAUSED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
  return coprod_store_flush (self->store, error);
}

/**
 * coprod_live_state_get_meeting:
 *
 * Returns: (transfer none): the meeting
 */
CoprodMeeting *
coprod_live_state_get_meeting (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), NULL);
  return self->meeting;
}

gboolean
coprod_live_state_get_running (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), FALSE);
  return self->running;
}

gboolean
coprod_live_state_get_paused (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), FALSE);
  return self->paused;
}

guint
coprod_live_state_get_current_index (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), 0);
  return self->index;
}

/**
 * coprod_live_state_get_current_item:
 *
 * Returns: (transfer none) (nullable): the item under way
 */
CoprodAgendaItem *
coprod_live_state_get_current_item (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), NULL);
  return self->running ? item_at (self, self->index) : NULL;
}

/* The minutes added to the item under way. */
int
coprod_live_state_get_added_minutes (CoprodLiveState *self)
{
  CoprodAgendaItem *item;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), 0);

  item = coprod_live_state_get_current_item (self);
  return item != NULL ? added_to (self, item) : 0;
}

/* Microseconds the item under way has run, pauses not counted. */
gint64
coprod_live_state_get_item_elapsed (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), 0);

  if (!self->running)
    return 0;
  return self->item_base + (self->paused ? 0 : now_mono (self) - self->mono_mark);
}

/* Microseconds left of the item under way; below zero once it runs over. */
gint64
coprod_live_state_get_item_remaining (CoprodLiveState *self)
{
  CoprodAgendaItem *item;
  gint64 allowed;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), 0);

  item = coprod_live_state_get_current_item (self);
  if (item == NULL)
    return 0;
  allowed = (gint64) (coprod_agenda_item_get_minutes (item) + added_to (self, item)) *
            60 * G_USEC_PER_SEC;
  return allowed - coprod_live_state_get_item_elapsed (self);
}

/* Microseconds since the meeting started, pauses included. */
gint64
coprod_live_state_get_meeting_elapsed (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), 0);

  if (!self->running)
    return 0;
  return self->meeting_base + now_mono (self) - self->meeting_mark;
}

/* How the countdown should look: it changes at a fifth and a twentieth left. */
CoprodLiveAlert
coprod_live_state_get_alert (CoprodLiveState *self)
{
  CoprodAgendaItem *item;
  gint64 allowed, remaining;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), COPROD_LIVE_ALERT_NONE);

  item = coprod_live_state_get_current_item (self);
  if (item == NULL)
    return COPROD_LIVE_ALERT_NONE;
  allowed = (gint64) (coprod_agenda_item_get_minutes (item) + added_to (self, item)) *
            60 * G_USEC_PER_SEC;
  remaining = allowed - coprod_live_state_get_item_elapsed (self);
  if (remaining < 0)
    return COPROD_LIVE_ALERT_OVERRUN;
  if (remaining * 20 <= allowed)
    return COPROD_LIVE_ALERT_VERY_LOW;
  if (remaining * 5 <= allowed)
    return COPROD_LIVE_ALERT_LOW;
  return COPROD_LIVE_ALERT_NONE;
}

/* The rest of the agenda, from the end of the item under way (or now, when it has run
 * over), with set start times and the minutes added. Its slot I is item INDEX + 1 + I. */
static CoprodSchedule *
schedule_rest (CoprodLiveState *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (now_seconds (self));
  g_autoptr(GDateTime) from = g_date_time_add (now,
                                               MAX (0, coprod_live_state_get_item_remaining (self)));
  g_autoptr(GArray) rest = g_array_new (FALSE, FALSE, sizeof (CoprodScheduleItem));
  GListModel *items = agenda (self);
  guint n = g_list_model_get_n_items (items);
  CoprodScheduleParams params;

  for (guint i = self->index + 1; i < n; i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (items, i);
      CoprodScheduleItem entry = coprod_agenda_item_to_schedule_item (item);

      entry.minutes += added_to (self, item);
      g_array_append_val (rest, entry);
    }

  params.meeting_start = from;
  params.planned_end = coprod_meeting_get_planned_end (self->meeting);
  params.needs_breaks = FALSE;
  params.max_minutes_without_break = G_MAXINT;
  return coprod_schedule_compute (&params, (CoprodScheduleItem *) (gpointer) rest->data,
                                  rest->len);
}

/* Items that must keep their time when the meeting runs late: everyone should leave
 * with action points, and the close and the breaks are for the people in the room. */
static gboolean
is_protected (CoprodAgendaItem *item)
{
  CoprodAgendaKind kind = coprod_agenda_item_get_kind (item);

  return kind == COPROD_AGENDA_KIND_ACTIONS_ROUND || kind == COPROD_AGENDA_KIND_CLOSE ||
         kind == COPROD_AGENDA_KIND_BREAK;
}

/**
 * coprod_live_state_dup_projected_finish:
 *
 * When the meeting will end if the item under way ends on time (or now, when it is
 * over) and the rest take what is planned for them, set start times included.
 *
 * Returns: (transfer full) (nullable): the projected finish, or %NULL when not live
 */
GDateTime *
coprod_live_state_dup_projected_finish (CoprodLiveState *self)
{
  g_autoptr(CoprodSchedule) schedule = NULL;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), NULL);

  if (!self->running)
    return NULL;
  schedule = schedule_rest (self);
  return g_date_time_ref (coprod_schedule_get_finish (schedule));
}

/* Minutes the meeting is likely to run past its planned end; 0 when on time. */
int
coprod_live_state_get_late_minutes (CoprodLiveState *self)
{
  g_autoptr(CoprodSchedule) schedule = NULL;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), 0);

  if (!self->running)
    return 0;
  schedule = schedule_rest (self);
  return coprod_schedule_get_overrun_minutes (schedule);
}

/**
 * coprod_live_state_dup_late_items:
 *
 * The items still to come that no longer fit: taken from the end of the agenda, as
 * many as it takes for the rest to end by the planned end. The actions round, the
 * close and breaks are never among them.
 *
 * Returns: (transfer container) (element-type CoprodAgendaItem): those items, in
 *   agenda order
 */
GPtrArray *
coprod_live_state_dup_late_items (CoprodLiveState *self)
{
  GPtrArray *late = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *items;
  int minutes;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), late);

  minutes = coprod_live_state_get_late_minutes (self);
  items = agenda (self);
  for (guint i = g_list_model_get_n_items (items); minutes > 0 && i > self->index + 1; i--)
    {
      CoprodAgendaItem *item = g_list_model_get_item (items, i - 1);

      if (is_protected (item))
        {
          g_object_unref (item);
          continue;
        }
      minutes -= coprod_agenda_item_get_minutes (item) + added_to (self, item);
      g_ptr_array_insert (late, 0, item);
    }
  return late;
}

/**
 * coprod_live_state_shorten_rest:
 *
 * Takes the time the meeting is running late from the items still to come, five
 * minutes at a time from the longest, leaving each at least five minutes and never
 * touching the actions round, the close or the breaks.
 */
gboolean
coprod_live_state_shorten_rest (CoprodLiveState  *self,
                                GError          **error)
{
  GListModel *items;
  guint n;
  int late;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), FALSE);

  if (not_running (self, error))
    return FALSE;
  items = agenda (self);
  n = g_list_model_get_n_items (items);
  late = coprod_live_state_get_late_minutes (self);
  while (late > 0)
    {
      g_autoptr(CoprodAgendaItem) longest = NULL;
      int cut;

      for (guint i = self->index + 1; i < n; i++)
        {
          g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (items, i);

          if (!is_protected (item) && coprod_agenda_item_get_minutes (item) > 5 &&
              (longest == NULL ||
               coprod_agenda_item_get_minutes (item) > coprod_agenda_item_get_minutes (longest)))
            g_set_object (&longest, item);
        }
      if (longest == NULL)
        break;
      cut = MIN (MIN (5, late), coprod_agenda_item_get_minutes (longest) - 5);
      coprod_agenda_item_set_minutes (longest, coprod_agenda_item_get_minutes (longest) - cut);
      late -= cut;
    }
  return coprod_store_flush (self->store, error);
}

/**
 * coprod_live_state_move_late_items:
 * @next: the team's next meeting
 *
 * Moves the items that no longer fit (see coprod_live_state_dup_late_items()) to the
 * end of @next's agenda.
 *
 * Returns: how many items moved
 */
guint
coprod_live_state_move_late_items (CoprodLiveState  *self,
                                   CoprodMeeting    *next,
                                   GError          **error)
{
  g_autoptr(GPtrArray) late = NULL;

  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), 0);
  g_return_val_if_fail (COPROD_IS_MEETING (next), 0);

  late = coprod_live_state_dup_late_items (self);
  for (guint i = 0; i < late->len; i++)
    {
      CoprodAgendaItem *item = g_ptr_array_index (late, i);
      CoprodAgendaItem *copy;

      copy = coprod_meeting_add_agenda_item (next, coprod_agenda_item_get_kind (item),
                                             coprod_agenda_item_get_title (item),
                                             coprod_agenda_item_get_minutes (item), error);
      if (copy == NULL)
        return i;
      coprod_agenda_item_set_plain_description (copy,
                                                coprod_agenda_item_get_plain_description (item));
      coprod_agenda_item_set_lead_person_id (copy, coprod_agenda_item_get_lead_person_id (item));
      coprod_agenda_item_set_shared_notes (copy, coprod_agenda_item_get_shared_notes (item));
      if (!coprod_meeting_delete_agenda_item (self->meeting, item, error))
        return i;
    }
  return late->len;
}

/* The shared screen */

/* The scene that goes with the item under way: what a room following the meeting
 * expects to see. */
static CoprodScene
scene_for_item (CoprodLiveState *self)
{
  CoprodAgendaItem *item;

  if (!self->running)
    return self->facilitator_view;
  item = coprod_live_state_get_current_item (self);
  if (item == NULL)
    return COPROD_SCENE_WELCOME;
  return coprod_live_scene_for_kind (coprod_agenda_item_get_kind (item));
}

/**
 * coprod_live_scene_for_kind:
 *
 * Returns: what a shared screen following the meeting shows while an agenda item of
 *   @kind is under way
 */
CoprodScene
coprod_live_scene_for_kind (CoprodAgendaKind kind)
{
  switch (kind)
    {
    case COPROD_AGENDA_KIND_INTRODUCTIONS:
      return COPROD_SCENE_INTRODUCTIONS;
    case COPROD_AGENDA_KIND_ACTIONS_REVIEW:
      return COPROD_SCENE_REVIEW;
    case COPROD_AGENDA_KIND_ACTIONS_ROUND:
      return COPROD_SCENE_ACTIONS;
    case COPROD_AGENDA_KIND_EXPECTATIONS:
      return COPROD_SCENE_EXPECTATIONS;
    default:
      return COPROD_SCENE_CURRENT_ITEM;
    }
}

/**
 * coprod_live_state_get_scene:
 *
 * What the shared screen shows now: blank when blanked, else the pinned scene, else
 * the scene for the item under way (the welcome before the meeting starts).
 */
CoprodScene
coprod_live_state_get_scene (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), COPROD_SCENE_BLANK);

  if (self->blanked)
    return COPROD_SCENE_BLANK;
  if (!self->following)
    return self->pinned;
  return scene_for_item (self);
}

CoprodScene
coprod_live_state_get_pinned_scene (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), COPROD_SCENE_WELCOME);
  return self->following ? scene_for_item (self) : self->pinned;
}

/**
 * coprod_live_state_pin_scene:
 *
 * Shows @scene on the shared screen whatever the item under way, until
 * coprod_live_state_follow().
 */
void
coprod_live_state_pin_scene (CoprodLiveState *self,
                             CoprodScene      scene)
{
  g_return_if_fail (COPROD_IS_LIVE_STATE (self));
  g_return_if_fail (scene <= COPROD_SCENE_LAST);

  if (!self->following && self->pinned == scene)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  self->pinned = scene;
  if (self->following)
    {
      self->following = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOWING]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
coprod_live_state_get_following (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), TRUE);
  return self->following;
}

/* The shared screen goes back to following the meeting. */
void
coprod_live_state_follow (CoprodLiveState *self)
{
  g_return_if_fail (COPROD_IS_LIVE_STATE (self));

  if (self->following)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  self->following = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOWING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
coprod_live_state_get_blanked (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), FALSE);
  return self->blanked;
}

/* A blanked shared screen shows only the meeting's title; unblanking brings back
 * what was there. */
void
coprod_live_state_set_blanked (CoprodLiveState *self,
                               gboolean         blanked)
{
  g_return_if_fail (COPROD_IS_LIVE_STATE (self));

  if (self->blanked == !!blanked)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  self->blanked = !!blanked;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANKED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
  g_object_thaw_notify (G_OBJECT (self));
}

double
coprod_live_state_get_text_scale (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), 1.0);
  return self->text_scale;
}

void
coprod_live_state_set_text_scale (CoprodLiveState *self,
                                  double           scale)
{
  g_return_if_fail (COPROD_IS_LIVE_STATE (self));

  scale = CLAMP (scale, COPROD_TEXT_SCALE_MIN, COPROD_TEXT_SCALE_MAX);
  if (G_APPROX_VALUE (scale, self->text_scale, 0.001))
    return;
  self->text_scale = scale;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

guint
coprod_live_state_get_card_index (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), 0);
  return self->card_index;
}

/* Which introduction card the room sees; the shared screen wraps it round the cards
 * it has, so any number will do. */
void
coprod_live_state_set_card_index (CoprodLiveState *self,
                                  guint            index)
{
  g_return_if_fail (COPROD_IS_LIVE_STATE (self));

  if (self->card_index == index)
    return;
  self->card_index = index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARD_INDEX]);
}

/**
 * coprod_live_format_clock:
 * @us: a length of time in microseconds; its sign is ignored
 *
 * Returns: (transfer full): the time as a clock shows it: "04:05", or "1:02:03"
 */
char *
coprod_live_format_clock (gint64 us)
{
  gint64 seconds = ABS (us) / G_USEC_PER_SEC;

  if (seconds >= 3600)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d:%02d", seconds / 3600,
                            (int) (seconds / 60 % 60), (int) (seconds % 60));
  return g_strdup_printf ("%02d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}

/**
 * coprod_live_state_set_facilitator_view:
 *
 * What the facilitator is looking at before the meeting starts (the welcome, or the
 * agenda): a shared screen that follows the meeting shows the same.
 */
void
coprod_live_state_set_facilitator_view (CoprodLiveState *self,
                                        CoprodScene      scene)
{
  g_return_if_fail (COPROD_IS_LIVE_STATE (self));
  g_return_if_fail (scene <= COPROD_SCENE_LAST);

  if (self->facilitator_view == scene)
    return;
  self->facilitator_view = scene;
  if (!self->running)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCENE]);
}

/**
 * coprod_live_state_set_review:
 * @actions: (element-type CoprodAction): what the review steps through
 *
 * Begins "You said, we did" at the first of @actions. The list is kept as it is given,
 * so recording an outcome does not move the others along under the facilitator.
 */
void
coprod_live_state_set_review (CoprodLiveState *self,
                              GPtrArray       *actions)
{
  g_return_if_fail (COPROD_IS_LIVE_STATE (self));
  g_return_if_fail (actions != NULL);

  g_ptr_array_set_size (self->review, 0);
  for (guint i = 0; i < actions->len; i++)
    g_ptr_array_add (self->review, g_object_ref (g_ptr_array_index (actions, i)));
  self->review_index = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_INDEX]);
}

guint
coprod_live_state_get_review_length (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), 0);
  return self->review->len;
}

guint
coprod_live_state_get_review_index (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), 0);
  return self->review_index;
}

/* Moves to the @index'th action of the review, or to the last when there are fewer. */
void
coprod_live_state_set_review_index (CoprodLiveState *self,
                                    guint            index)
{
  g_return_if_fail (COPROD_IS_LIVE_STATE (self));

  index = MIN (index, MAX (self->review->len, 1) - 1);
  if (self->review_index == index)
    return;
  self->review_index = index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_INDEX]);
}

/**
 * coprod_live_state_get_review_action:
 *
 * Returns: (transfer none) (nullable): the action under review, or %NULL when there
 *   is nothing to review
 */
CoprodAction *
coprod_live_state_get_review_action (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), NULL);

  if (self->review_index >= self->review->len)
    return NULL;
  return g_ptr_array_index (self->review, self->review_index);
}

CoprodGroup
coprod_live_state_get_mirror (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), COPROD_GROUP_A);
  return self->mirror;
}

/* Which group's side of the expectations exercise the room compares and answers: what
 * the other group expects of @about beside what @about thought it expects. */
void
coprod_live_state_set_mirror (CoprodLiveState *self,
                              CoprodGroup      about)
{
  g_return_if_fail (COPROD_IS_LIVE_STATE (self));
  g_return_if_fail (about <= COPROD_GROUP_B);

  if (self->mirror == about)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  self->mirror = about;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRROR]);
  coprod_live_state_set_mirror_start (self, 0);
  g_object_thaw_notify (G_OBJECT (self));
}

guint
coprod_live_state_get_mirror_start (CoprodLiveState *self)
{
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (self), 0);
  return self->mirror_start;
}

/* A long side of the exercise does not fit on the shared screen at once: it shows the
 * lines from @start, the one the facilitator is comparing or answering. */
void
coprod_live_state_set_mirror_start (CoprodLiveState *self,
                                    guint            start)
{
  g_return_if_fail (COPROD_IS_LIVE_STATE (self));

  if (self->mirror_start == start)
    return;
  self->mirror_start = start;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIRROR_START]);
}
