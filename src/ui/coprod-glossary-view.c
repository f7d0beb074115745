/* coprod-glossary-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The team's glossary: the words that may need explaining to someone new, each with
 * what it means in plain words and the other forms it is written in ("EHC plan",
 * "EHCP"). A search box finds a word by any of them or by its meaning; each word opens
 * to edit it in place; a deletion can be undone.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-bindings.h"
#include "coprod-glossary-view.h"
#include "coprod-window.h"

struct _CoprodGlossaryView
{
  GtkBox              parent_instance;

  CoprodTeam         *team;
  GtkFilterListModel *shown;
  GtkCustomFilter    *filter;
  char               *needle;      /* folded */
  CoprodGlossaryTerm *deleted;     /* for Undo */

  GtkSearchEntry     *search_entry;
  GtkListBox         *list;
  GtkStack           *stack;
  GtkLabel           *count_label;
};

G_DEFINE_FINAL_TYPE (CoprodGlossaryView, coprod_glossary_view, GTK_TYPE_BOX)

/* Helpers */

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  CoprodGlossaryView *self = user_data;

  return coprod_glossary_term_matches (item, self->needle);
}

static void
show_state (CoprodGlossaryView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  g_autofree char *count = NULL;

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "none");
  /* Translators: %u is a number of words in the team's glossary */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u word", "%u words", n), n);
  gtk_label_set_label (self->count_label, count);
}

static AdwToastOverlay *
toasts (CoprodGlossaryView *self)
{
  return ADW_TOAST_OVERLAY (gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY));
}

/* Tells the facilitator what failed, through the window. An Undo that found its word
 * removed for good says so in GONE_TEXT. */
static void
report (CoprodGlossaryView *self,
        const GError       *error,
        const char         *gone_text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (gone_text != NULL && toasts (self) != NULL &&
      g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND))
    {
      g_message ("%s", error->message);
      adw_toast_overlay_add_toast (toasts (self), adw_toast_new (gone_text));
    }
  else if (COPROD_IS_WINDOW (root))
    coprod_window_report_error (COPROD_WINDOW (root), error);
  else
    g_message ("%s", error->message);
}

/* Callbacks */

static void
undo_clicked_cb (CoprodGlossaryView *self)
{
  coprod_glossary_view_undo (self);
}

static void
delete_clicked_cb (GtkButton          *button,
                   CoprodGlossaryView *self)
{
  CoprodGlossaryTerm *term = g_object_get_data (G_OBJECT (button), "term");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AdwToast *toast;

  g_object_ref (term);
  if (!coprod_team_delete_glossary_term (self->team, term, &error))
    {
      report (self, error, NULL);
      g_object_unref (term);
      return;
    }
  g_clear_object (&self->deleted);
  self->deleted = term;
  /* Translators: %s is a word from the glossary */
  text = g_strdup_printf (_("“%s” deleted"), coprod_glossary_term_get_term (term));
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  if (toasts (self) != NULL)
    adw_toast_overlay_add_toast (toasts (self), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static GtkWidget *
text_view_row (GObject    *term,
               const char *property,
               const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *view = gtk_text_view_new ();

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_add_css_class (view, "card");
  gtk_widget_add_css_class (view, "text-card");
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 9);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 9);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  coprod_text_view_bind (GTK_TEXT_VIEW (view), term, property);
  gtk_box_append (GTK_BOX (box), view);
  return box;
}

static void
word_applied_cb (AdwEntryRow *row)
{
  coprod_glossary_term_set_term (g_object_get_data (G_OBJECT (row), "term"),
                                 gtk_editable_get_text (GTK_EDITABLE (row)));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  CoprodGlossaryView *self = user_data;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *word = adw_entry_row_new ();
  GtkWidget *delete = gtk_button_new_with_mnemonic (_("_Delete Word"));
  GtkWidget *delete_row = gtk_list_box_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property (item, "term", row, "title", G_BINDING_SYNC_CREATE);
  g_object_bind_property (item, "plain-meaning", row, "subtitle", G_BINDING_SYNC_CREATE);

  /* The word is saved when applied, not at each keystroke: the glossary keeps its words
   * in order, and re-sorting under the typing would take the row away. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (word), _("Word"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (word), TRUE);
  g_object_bind_property (item, "term", word, "text", G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (word), "term", item);
  g_signal_connect (word, "apply", G_CALLBACK (word_applied_cb), NULL);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), word);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            text_view_row (item, "plain-meaning",
                                           _("What it means, in plain words")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            text_view_row (item, "also-known-as",
                                           _("Other ways it is written, one on each line")));

  g_object_set_data (G_OBJECT (delete), "term", item);
  gtk_widget_set_halign (delete, GTK_ALIGN_END);
  gtk_widget_set_margin_top (delete, 6);
  gtk_widget_set_margin_bottom (delete, 6);
  gtk_widget_set_margin_end (delete, 12);
  gtk_widget_add_css_class (delete, "destructive-action");
  g_signal_connect (delete, "clicked", G_CALLBACK (delete_clicked_cb), self);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (delete_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (delete_row), delete);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), delete_row);
  g_object_set_data_full (G_OBJECT (row), "term", g_object_ref (item), g_object_unref);
  return row;
}

static void
search_changed_cb (CoprodGlossaryView *self)
{
  coprod_glossary_view_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Overrides */

static void
coprod_glossary_view_dispose (GObject *object)
{
  CoprodGlossaryView *self = COPROD_GLOSSARY_VIEW (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->shown);
  g_clear_object (&self->deleted);
  g_clear_object (&self->team);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (coprod_glossary_view_parent_class)->dispose (object);
}

static void
coprod_glossary_view_class_init (CoprodGlossaryViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = coprod_glossary_view_dispose;
}

static void
coprod_glossary_view_init (CoprodGlossaryView *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->needle = g_strdup ("");
}

static void
build (CoprodGlossaryView *self)
{
  GtkWidget *bar, *clamp, *scrolled, *box, *add, *none, *top;

  bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text", _("Search the words and their meanings"),
                NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the glossary"), -1);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                            self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->search_entry));
  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  add = gtk_button_new_with_mnemonic (_("_Add a Word"));
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (coprod_glossary_view_add), self);
  gtk_box_append (GTK_BOX (top), add);
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_set_hexpand (GTK_WIDGET (self->count_label), TRUE);
  gtk_label_set_xalign (self->count_label, 1);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (bar), top);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Glossary"), -1);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->shown), create_row_cb, self, NULL);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->list), "list");
  none = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (none), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (none), _("No Words Match"));
  adw_status_page_set_description (ADW_STATUS_PAGE (none),
                                   _("Add it, so that the next person who hears it knows what "
                                     "it means."));
  gtk_stack_add_named (self->stack, none, "none");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (self), scrolled);
}

/* Public API */

GtkWidget *
coprod_glossary_view_new (CoprodTeam *team)
{
  CoprodGlossaryView *self;

  g_return_val_if_fail (COPROD_IS_TEAM (team), NULL);

  self = g_object_new (COPROD_TYPE_GLOSSARY_VIEW, NULL);
  self->team = g_object_ref (team);
  self->filter = gtk_custom_filter_new (filter_cb, self, NULL);
  self->shown = gtk_filter_list_model_new (g_object_ref (coprod_team_get_glossary (team)),
                                           GTK_FILTER (self->filter));
  g_signal_connect_swapped (self->shown, "items-changed", G_CALLBACK (show_state), self);
  build (self);
  show_state (self);
  return GTK_WIDGET (self);
}

/**
 * coprod_glossary_view_get_shown:
 *
 * Returns: (transfer none): the words listed, after the search
 */
GListModel *
coprod_glossary_view_get_shown (CoprodGlossaryView *self)
{
  g_return_val_if_fail (COPROD_IS_GLOSSARY_VIEW (self), NULL);
  return G_LIST_MODEL (self->shown);
}

/* Lists the words whose word, other forms or meaning hold @text. */
void
coprod_glossary_view_search (CoprodGlossaryView *self,
                             const char         *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (COPROD_IS_GLOSSARY_VIEW (self));

  folded = coprod_action_fold_text (text);
  g_strstrip (folded);
  if (g_str_equal (folded, self->needle))
    return;
  g_free (self->needle);
  self->needle = g_steal_pointer (&folded);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* A new word, named after what is in the search box (or "New word"), opened to edit. */
void
coprod_glossary_view_add (CoprodGlossaryView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *typed = NULL;
  CoprodGlossaryTerm *term;

  g_return_if_fail (COPROD_IS_GLOSSARY_VIEW (self));

  typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  term = coprod_team_add_glossary_term (self->team, *typed != '\0' ? typed : _("New word"), "",
                                        "", &error);
  if (term == NULL)
    {
      report (self, error, NULL);
      return;
    }
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_object_get_data (G_OBJECT (row), "term") == term)
      {
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
        gtk_widget_grab_focus (row);
      }
}

/* Brings back the word deleted last. */
gboolean
coprod_glossary_view_undo (CoprodGlossaryView *self)
{
  g_autoptr(CoprodGlossaryTerm) term = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (COPROD_IS_GLOSSARY_VIEW (self), FALSE);

  term = g_steal_pointer (&self->deleted);
  if (term == NULL)
    return FALSE;
  if (!coprod_team_restore_glossary_term (self->team, term, &error))
    {
      report (self, error,
              _("This word could not be brought back: it was removed for good by another "
                "copy of Coprod."));
      return FALSE;
    }
  return TRUE;
}
