/* coprod-save-status.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The strip at the foot of every window where editing happens that says, in plain
 * words, that changes are waiting to be saved and why, while the store cannot write
 * them (a full disk), and then that they are all saved. libadwaita 1.2 has no banner,
 * so it is a revealer of our own, announced to screen readers as an alert.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-save-status.h"

struct _CoprodSaveStatus
{
  AdwBin       parent_instance;

  CoprodStore *store;
  GtkRevealer *revealer;
  GtkWidget   *strip;
  GtkImage    *icon;
  GtkLabel    *label;
  guint        hide_source;
};

G_DEFINE_FINAL_TYPE (CoprodSaveStatus, coprod_save_status, ADW_TYPE_BIN)

/* How long "All changes saved." stays once saving works again. */
#define SAVED_SHOWN_S 6

/* Helpers */

static void
show_text (CoprodSaveStatus *self,
           const char       *text,
           gboolean          failing)
{
  gtk_label_set_text (self->label, text);
  gtk_image_set_from_icon_name (self->icon, failing ? "dialog-warning-symbolic"
                                                    : "emblem-ok-symbolic");
  if (failing)
    {
      gtk_widget_add_css_class (self->strip, "failing");
      gtk_widget_remove_css_class (self->strip, "saved");
    }
  else
    {
      gtk_widget_add_css_class (self->strip, "saved");
      gtk_widget_remove_css_class (self->strip, "failing");
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  /* Becoming visible is what makes a screen reader read an alert out. */
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

/* The editors promise "Saved as you type" under their title; while that is not true,
 * the title says so instead, and says it again once it is. */
static void
set_promise (GtkWidget *widget,
             gboolean   failing)
{
  const char *saved = _("Saved as you type");
  const char *not_saved = _("Not saved yet");

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_WINDOW_TITLE (child) || ADW_IS_VIEW_SWITCHER_TITLE (child))
        {
          g_autofree char *subtitle = NULL;

          g_object_get (child, "subtitle", &subtitle, NULL);
          if (failing && g_strcmp0 (subtitle, saved) == 0)
            g_object_set (child, "subtitle", not_saved, NULL);
          else if (!failing && g_strcmp0 (subtitle, not_saved) == 0)
            g_object_set (child, "subtitle", saved, NULL);
          continue;
        }
      set_promise (child, failing);
    }
}

static void
update_promise (CoprodSaveStatus *self,
                gboolean          failing)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (root != NULL)
    set_promise (GTK_WIDGET (root), failing);
}

/* Callbacks */

static gboolean
hide_timeout_cb (gpointer user_data)
{
  CoprodSaveStatus *self = user_data;

  self->hide_source = 0;
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  return G_SOURCE_REMOVE;
}

static void
child_revealed_cb (CoprodSaveStatus *self,
                   GParamSpec       *pspec,
                   GtkRevealer      *revealer)
{
  /* Hidden, it must not stay in what a screen reader can find. */
  if (!gtk_revealer_get_reveal_child (revealer) && !gtk_revealer_get_child_revealed (revealer))
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

static void
save_failing_cb (CoprodSaveStatus *self,
                 GParamSpec       *pspec,
                 CoprodStore      *store)
{
  g_clear_handle_id (&self->hide_source, g_source_remove);
  if (coprod_store_get_save_failing (store))
    {
      g_autofree char *why = coprod_save_status_describe_failure (store);
      g_autofree char *text =
        /* Translators: the reason is “this computer’s disk is full” or another. */
        g_strdup_printf (_("Your changes are not saved yet: %s. Coprod keeps trying, and "
                           "will save them as soon as it can."), why);

      show_text (self, text, TRUE);
      update_promise (self, TRUE);
    }
  else if (gtk_widget_get_visible (GTK_WIDGET (self)))
    {
      show_text (self, _("All changes saved."), FALSE);
      update_promise (self, FALSE);
      self->hide_source = g_timeout_add_seconds (SAVED_SHOWN_S, hide_timeout_cb, self);
    }
}

/* Overrides */

static void
coprod_save_status_dispose (GObject *object)
{
  CoprodSaveStatus *self = COPROD_SAVE_STATUS (object);

  g_clear_handle_id (&self->hide_source, g_source_remove);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (coprod_save_status_parent_class)->dispose (object);
}

static void
coprod_save_status_class_init (CoprodSaveStatusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = coprod_save_status_dispose;

  gtk_widget_class_set_css_name (widget_class, "save-status");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
coprod_save_status_init (CoprodSaveStatus *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  self->strip = box;
  gtk_widget_add_css_class (box, "save-status-strip");

  self->icon = GTK_IMAGE (gtk_image_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->icon));

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_xalign (self->label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->label));

  gtk_revealer_set_child (self->revealer, box);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->revealer));
  g_signal_connect_object (self->revealer, "notify::child-revealed",
                           G_CALLBACK (child_revealed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/* Public API */

CoprodSaveStatus *
coprod_save_status_new (CoprodStore *store)
{
  CoprodSaveStatus *self;

  g_return_val_if_fail (COPROD_IS_STORE (store), NULL);

  self = g_object_new (COPROD_TYPE_SAVE_STATUS, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "notify::save-failing", G_CALLBACK (save_failing_cb), self,
                           G_CONNECT_SWAPPED);
  if (coprod_store_get_save_failing (store))
    save_failing_cb (self, NULL, store);
  return self;
}

/**
 * coprod_save_status_attach:
 *
 * Puts a #CoprodSaveStatus for @store at the foot of @window, below what it shows. A
 * window that has one already, or no content yet, is left as it is.
 */
void
coprod_save_status_attach (GtkWindow   *window,
                           CoprodStore *store)
{
  g_autoptr(GtkWidget) content = NULL;
  CoprodSaveStatus *status;
  GtkWidget *box;

  g_return_if_fail (ADW_IS_WINDOW (window) || ADW_IS_APPLICATION_WINDOW (window));
  g_return_if_fail (COPROD_IS_STORE (store));

  if (coprod_save_status_find (window) != NULL)
    return;
  if (ADW_IS_APPLICATION_WINDOW (window))
    content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  else
    content = adw_window_get_content (ADW_WINDOW (window));
  if (content == NULL)
    return;

  g_object_ref (content);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  if (ADW_IS_APPLICATION_WINDOW (window))
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  else
    adw_window_set_content (ADW_WINDOW (window), box);
  gtk_widget_set_vexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);

  status = coprod_save_status_new (store);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (status));
  g_object_set_data (G_OBJECT (window), "coprod-save-status", status);
  if (coprod_store_get_save_failing (store))
    update_promise (status, TRUE);
}

/**
 * coprod_save_status_find:
 *
 * Returns: (nullable) (transfer none): the strip coprod_save_status_attach() put in
 *   @window
 */
CoprodSaveStatus *
coprod_save_status_find (GtkWindow *window)
{
  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  return g_object_get_data (G_OBJECT (window), "coprod-save-status");
}

/* What the strip says, or says last, for the tests. */
const char *
coprod_save_status_get_text (CoprodSaveStatus *self)
{
  g_return_val_if_fail (COPROD_IS_SAVE_STATUS (self), NULL);

  return gtk_label_get_text (self->label);
}

/* Whether the strip is, or is on its way to being, on screen. */
gboolean
coprod_save_status_get_shown (CoprodSaveStatus *self)
{
  g_return_val_if_fail (COPROD_IS_SAVE_STATUS (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self)) &&
         gtk_revealer_get_reveal_child (self->revealer);
}

/**
 * coprod_save_status_describe_failure:
 *
 * Returns: (transfer full): why @store cannot save, in words that go after “because”
 *   or a colon: “this computer’s disk is full”
 */
char *
coprod_save_status_describe_failure (CoprodStore *store)
{
  const GError *error;

  g_return_val_if_fail (COPROD_IS_STORE (store), NULL);

  error = coprod_store_get_save_error (store);
  if (error != NULL && g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_DISK_FULL))
    return g_strdup (_("this computer’s disk is full; free some space"));
  return g_strdup (_("Coprod cannot write to its file just now"));
}
