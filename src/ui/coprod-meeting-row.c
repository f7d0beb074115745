/* coprod-meeting-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One meeting in a team's list: its title, when and where, and whether it is still to
 * come. Like the person row, it is bound to the meeting by expressions in its template.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-meeting-row.h"

struct _CoprodMeetingRow
{
  GtkWidget     parent_instance;

  CoprodMeeting *meeting;
};

G_DEFINE_FINAL_TYPE (CoprodMeetingRow, coprod_meeting_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MEETING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Template callbacks */

static char *
meeting_title_cb (gpointer    user_data,
                  const char *title)
{
  return g_strdup ((title != NULL && *title != '\0') ? title : _("Untitled meeting"));
}

static char *
meeting_when_cb (gpointer   user_data,
                 GDateTime *starts,
                 GDateTime *ends)
{
  g_autofree char *day = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (starts == NULL || ends == NULL)
    return g_strdup ("");

  /* Translators: a meeting's date, see the GDateTime format documentation */
  day = g_date_time_format (starts, _("%A %-d %B %Y"));
  /* Translators: a time of day, see the GDateTime format documentation */
  from = g_date_time_format (starts, _("%H:%M"));
  to = g_date_time_format (ends, _("%H:%M"));
  /* Translators: a meeting's day, start and end, as in "Tuesday 1 December 2026, 10:00 to 12:30" */
  return g_strdup_printf (_("%s, %s to %s"), day, from, to);
}

static gboolean
not_empty_cb (gpointer    user_data,
              const char *text)
{
  return text != NULL && *text != '\0';
}

/* A meeting is "coming up" until its planned end has passed. */
static gboolean
is_upcoming_cb (gpointer   user_data,
                GDateTime *ends)
{
  return ends != NULL && g_date_time_to_unix (ends) >= g_get_real_time () / G_USEC_PER_SEC;
}

/* Overrides */

static void
coprod_meeting_row_dispose (GObject *object)
{
  CoprodMeetingRow *self = COPROD_MEETING_ROW (object);
  GtkWidget *child;

  /* The template's one child is not bound to a field, so it is unparented by hand. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (coprod_meeting_row_parent_class)->dispose (object);
}

static void
coprod_meeting_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CoprodMeetingRow *self = COPROD_MEETING_ROW (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_meeting_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CoprodMeetingRow *self = COPROD_MEETING_ROW (object);

  switch (prop_id)
    {
    case PROP_MEETING:
      coprod_meeting_row_set_meeting (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_meeting_row_class_init (CoprodMeetingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = coprod_meeting_row_dispose;
  object_class->get_property = coprod_meeting_row_get_property;
  object_class->set_property = coprod_meeting_row_set_property;

  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL, COPROD_TYPE_MEETING,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Coprod/coprod-meeting-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, meeting_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, meeting_when_cb);
  gtk_widget_class_bind_template_callback (widget_class, not_empty_cb);
  gtk_widget_class_bind_template_callback (widget_class, is_upcoming_cb);
}

static void
coprod_meeting_row_init (CoprodMeetingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

CoprodMeetingRow *
coprod_meeting_row_new (void)
{
  return g_object_new (COPROD_TYPE_MEETING_ROW, NULL);
}

/**
 * coprod_meeting_row_get_meeting:
 *
 * Returns: (transfer none) (nullable): the meeting shown
 */
CoprodMeeting *
coprod_meeting_row_get_meeting (CoprodMeetingRow *self)
{
  g_return_val_if_fail (COPROD_IS_MEETING_ROW (self), NULL);
  return self->meeting;
}

void
coprod_meeting_row_set_meeting (CoprodMeetingRow *self,
                              CoprodMeeting    *meeting)
{
  g_return_if_fail (COPROD_IS_MEETING_ROW (self));
  g_return_if_fail (meeting == NULL || COPROD_IS_MEETING (meeting));

  if (g_set_object (&self->meeting, meeting))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING]);
}
