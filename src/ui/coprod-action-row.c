/* coprod-action-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One entry of the Actions view: either the heading above an owner's actions, or an
 * action with its owner, when it is due and how late it is, or what became of it.
 * Rows are rebound whenever the listing changes, so a row shows what it is given and
 * keeps no signal of its own.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-action-row.h"

struct _CoprodActionRow
{
  GtkBox     parent_instance;

  GtkLabel  *text;   /* a heading, or an action with its details, in one label */
  GtkLabel  *tag;    /* late, done or can't do */
  int        style;  /* which tag class is on, or -1 */
  gboolean   heading;
};

G_DEFINE_FINAL_TYPE (CoprodActionRow, coprod_action_row, GTK_TYPE_BOX)

static const char *const tag_classes[] = { "late-tag", "done-tag", "cannot-tag" };

/* Helpers */

/**
 * coprod_format_due_date:
 *
 * Returns: (transfer full): a date as the Actions view writes it: "Tue 8 December"
 */
char *
coprod_format_due_date (const GDate *date)
{
  char text[128];

  /* Translators: a due date, see strftime; keep it short */
  if (g_date_strftime (text, sizeof text, _("%a %-d %B"), date) == 0)
    return g_strdup ("");
  return g_strdup (text);
}

/**
 * coprod_action_describe_due:
 * @late: (out) (optional): set to whether it is overdue
 *
 * Returns: (transfer full): when @action is due, in words: "Due Tue 8 December",
 *   "Due today", "9 days late (due Mon 30 November)" or "No date yet"
 */
char *
coprod_action_describe_due (CoprodAction *action,
                            const GDate  *today,
                            gboolean     *late)
{
  g_autofree char *date = NULL;
  GDate due;
  int days;

  if (late != NULL)
    *late = FALSE;
  if (!coprod_action_get_due (action, &due))
    return g_strdup (_("No date yet"));
  date = coprod_format_due_date (&due);
  if (coprod_action_get_status (action) != COPROD_ACTION_OPEN)
    /* Translators: %s is a date */
    return g_strdup_printf (_("Was due %s"), date);
  days = coprod_action_get_days_overdue (action, today);
  if (days > 0)
    {
      if (late != NULL)
        *late = TRUE;
      /* Translators: %d is a number of days, %s a date */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day late (due %s)",
                                           "%d days late (due %s)", days), days, date);
    }
  if (g_date_compare (&due, today) == 0)
    return g_strdup (_("Due today"));
  /* Translators: %s is a date */
  return g_strdup_printf (_("Due %s"), date);
}

/**
 * coprod_action_owner_name:
 *
 * Returns: (transfer none): the name of whoever will do @action, or words saying
 *   nobody does yet
 */
const char *
coprod_action_owner_name (CoprodAction *action,
                          CoprodTeam   *team)
{
  CoprodPerson *owner = coprod_team_find_person (team, coprod_action_get_owner_person_id (action));

  if (owner == NULL)
    return _("Nobody yet");
  if (*coprod_person_get_name (owner) == '\0')
    return _("Someone without a name");
  return coprod_person_get_name (owner);
}

/* Changes only what differs: a changed style class restyles the row, which costs more
 * than the rest of binding it. */
static void
set_tag (CoprodActionRow *self,
         const char      *text,
         int              style)
{
  gtk_widget_set_visible (GTK_WIDGET (self->tag), text != NULL);
  if (text == NULL)
    return;
  gtk_label_set_label (self->tag, text);
  if (self->style == style)
    return;
  if (self->style >= 0)
    gtk_widget_remove_css_class (GTK_WIDGET (self->tag), tag_classes[self->style]);
  gtk_widget_add_css_class (GTK_WIDGET (self->tag), tag_classes[style]);
  self->style = style;
}

static void
set_heading (CoprodActionRow *self,
             gboolean         heading)
{
  if (self->heading == heading)
    return;
  self->heading = heading;
  if (heading)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "card");
      gtk_widget_remove_css_class (GTK_WIDGET (self), "list-card");
      gtk_widget_add_css_class (GTK_WIDGET (self), "owner-heading");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "owner-heading");
      gtk_widget_add_css_class (GTK_WIDGET (self), "card");
      gtk_widget_add_css_class (GTK_WIDGET (self), "list-card");
    }
}

static void
show_heading (CoprodActionRow    *self,
              CoprodOwnerHeading *heading)
{
  CoprodPerson *person = coprod_owner_heading_get_person (heading);
  guint n = coprod_owner_heading_get_n_actions (heading);
  guint late = coprod_owner_heading_get_n_overdue (heading);
  g_autofree char *count = NULL;
  g_autofree char *markup = NULL;

  if (late > 0)
    /* Translators: the first %u is a number of actions, the second how many are late */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to do, %u late",
                                          "%u to do, %u late", n), n, late);
  else
    /* Translators: %u is a number of actions */
    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u to do", "%u to do", n), n);
  markup = g_markup_printf_escaped ("<b>%s</b>  <span alpha=\"60%%\">%s</span>",
                                    person == NULL ? _("Nobody yet")
                                      : *coprod_person_get_name (person) != '\0'
                                        ? coprod_person_get_name (person)
                                        : _("Someone without a name"),
                                    count);
  set_heading (self, TRUE);
  gtk_label_set_markup (self->text, markup);
  set_tag (self, NULL, -1);
}

static void
show_action (CoprodActionRow *self,
             CoprodAction    *action,
             CoprodTeam      *team,
             gboolean         show_owner,
             const GDate     *today)
{
  CoprodActionStatus status = coprod_action_get_status (action);
  const char *text = coprod_action_get_text (action);
  const char *note = coprod_action_get_status_note (action);
  g_autofree char *due = NULL;
  g_autofree char *details = NULL;
  g_autofree char *markup = NULL;
  gboolean late;

  due = coprod_action_describe_due (action, today, &late);
  if (show_owner)
    /* Translators: who will do an action, and when it is due */
    details = g_strdup_printf (_("%s · %s"), coprod_action_owner_name (action, team), due);
  if (status != COPROD_ACTION_OPEN && *note != '\0')
    markup = g_markup_printf_escaped ("%s\n<small><span alpha=\"70%%\">%s</span>\n%s</small>",
                                      *text != '\0' ? text : _("Nothing written yet"),
                                      details != NULL ? details : due, note);
  else
    markup = g_markup_printf_escaped ("%s\n<small><span alpha=\"70%%\">%s</span></small>",
                                      *text != '\0' ? text : _("Nothing written yet"),
                                      details != NULL ? details : due);
  set_heading (self, FALSE);
  gtk_label_set_markup (self->text, markup);

  switch (status)
    {
    case COPROD_ACTION_DONE:
      set_tag (self, _("Done"), 1);
      break;
    case COPROD_ACTION_CANNOT:
      set_tag (self, _("Can't do"), 2);
      break;
    case COPROD_ACTION_OPEN:
    default:
      set_tag (self, late ? _("Late") : NULL, 0);
      break;
    }
}

/* Overrides */

static void
coprod_action_row_class_init (CoprodActionRowClass *klass)
{
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "actionrow");
}

/* A row is two labels: a screenful of rows is built and laid out again at each
 * keystroke of a search, so every widget in it counts. Each line of the text is cut
 * short with an ellipsis; the editor shows the whole of an action. */
static void
coprod_action_row_init (CoprodActionRow *self)
{
  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->style = -1;
  self->heading = TRUE;
  set_heading (self, FALSE);

  self->text = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->text, 0);
  gtk_label_set_ellipsize (self->text, PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (GTK_WIDGET (self->text), TRUE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->text));

  self->tag = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->tag), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->tag), "status-tag");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->tag));
}

/* Public API */

GtkWidget *
coprod_action_row_new (void)
{
  return g_object_new (COPROD_TYPE_ACTION_ROW, NULL);
}

/**
 * coprod_action_row_show:
 * @item: a #CoprodAction or a #CoprodOwnerHeading
 * @show_owner: whether an action says who will do it (not under their heading)
 * @today: the day lateness is counted from
 */
void
coprod_action_row_show (CoprodActionRow *self,
                        GObject         *item,
                        CoprodTeam      *team,
                        gboolean         show_owner,
                        const GDate     *today)
{
  g_return_if_fail (COPROD_IS_ACTION_ROW (self));

  if (COPROD_IS_OWNER_HEADING (item))
    show_heading (self, COPROD_OWNER_HEADING (item));
  else if (COPROD_IS_ACTION (item))
    show_action (self, COPROD_ACTION (item), team, show_owner, today);
}
