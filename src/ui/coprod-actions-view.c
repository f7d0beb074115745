/* coprod-actions-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Actions view. For a team: the open actions under each owner's name, the most
 * overdue first and how late each is, or the history of done and can't-do actions.
 * For a meeting: the actions made in it. A search box narrows either as you type;
 * choosing an action opens it in the action editor.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-action-editor.h"
#include "coprod-action-row.h"
#include "coprod-actions-view.h"

struct _CoprodActionsView
{
  GtkBox               parent_instance;

  CoprodTeam          *team;
  CoprodMeeting       *meeting;          /* NULL: the whole team's */
  CoprodActionListing *listing;
  GDate                today;

  GtkSearchEntry      *search_entry;
  GtkToggleButton     *open_button;
  GtkToggleButton     *closed_button;
  GtkStack            *stack;
  GtkListView         *list;
  GtkSliceListModel   *slice;            /* the rows the list view is given */
  AdwStatusPage       *empty_page;
  GtkWidget           *empty_button;
  AdwStatusPage       *no_match_page;
  GtkLabel            *count_label;
};

G_DEFINE_FINAL_TYPE (CoprodActionsView, coprod_actions_view, GTK_TYPE_BOX)

#define ROWS_SHOWN 40

/* Helpers */


static void
show_state (CoprodActionsView *self)
{
  guint n = coprod_action_listing_get_n_actions (self->listing);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *count = NULL;

  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (*search != '\0')
    gtk_stack_set_visible_child_name (self->stack, "no-match");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");

  switch (coprod_action_listing_get_mode (self->listing))
    {
    case COPROD_ACTION_LISTING_CLOSED:
      adw_status_page_set_title (self->empty_page, _("Nothing Done Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Actions that are done, or that turned out not to "
                                         "be possible, are kept here with what happened."));
      /* Translators: %u is a number of actions */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action done or closed",
                                            "%u actions done or closed", n), n);
      break;
    case COPROD_ACTION_LISTING_MEETING:
      adw_status_page_set_title (self->empty_page, _("No Actions From This Meeting Yet"));
      adw_status_page_set_description (self->empty_page,
                                       _("Everyone should leave with an action point: who "
                                         "will do what, by when."));
      /* Translators: %u is a number of actions */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action from this meeting",
                                            "%u actions from this meeting", n), n);
      break;
    case COPROD_ACTION_LISTING_OPEN:
    default:
      adw_status_page_set_title (self->empty_page, _("No Actions to Do"));
      adw_status_page_set_description (self->empty_page,
                                       _("Actions are made in meetings: who will do what, "
                                         "by when. They stay here until they are done."));
      /* Translators: %u is a number of actions */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u action to do",
                                            "%u actions to do", n), n);
      break;
    }
  gtk_label_set_label (self->count_label, count);
  gtk_widget_set_visible (self->empty_button,
                          coprod_action_listing_get_mode (self->listing)
                            != COPROD_ACTION_LISTING_CLOSED);
}

/* Callbacks */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  gtk_list_item_set_child (item, coprod_action_row_new ());
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         CoprodActionsView        *self)
{
  GObject *object = gtk_list_item_get_item (item);

  /* Headings are for reading, not for choosing. */
  gtk_list_item_set_activatable (item, COPROD_IS_ACTION (object));
  gtk_list_item_set_selectable (item, COPROD_IS_ACTION (object));
  coprod_action_row_show (COPROD_ACTION_ROW (gtk_list_item_get_child (item)), object, self->team,
                          coprod_action_listing_get_mode (self->listing)
                            != COPROD_ACTION_LISTING_OPEN,
                          &self->today);
}

static void
activate_cb (CoprodActionsView *self,
             guint              position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->listing), position);
  GtkWidget *editor;

  if (!COPROD_IS_ACTION (item))
    return;
  editor = coprod_action_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                     self->team, COPROD_ACTION (item),
                                     self->meeting != NULL ? coprod_meeting_get_id (self->meeting)
                                                           : 0);
  gtk_window_present (GTK_WINDOW (editor));
}

/* Scrolled near the end of the rows the list has, it is given more. */
static void
scrolled_cb (CoprodActionsView *self,
             GtkAdjustment     *adjustment)
{
  guint size = gtk_slice_list_model_get_size (self->slice);

  if (gtk_adjustment_get_value (adjustment) + 2 * gtk_adjustment_get_page_size (adjustment) <
      gtk_adjustment_get_upper (adjustment))
    return;
  if (size < g_list_model_get_n_items (G_LIST_MODEL (self->listing)))
    gtk_slice_list_model_set_size (self->slice, size + ROWS_SHOWN);
}

static void
search_changed_cb (CoprodActionsView *self)
{
  gtk_slice_list_model_set_size (self->slice, ROWS_SHOWN);
  coprod_action_listing_set_search (self->listing,
                                    gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
mode_toggled_cb (CoprodActionsView *self)
{
  coprod_action_listing_set_mode (self->listing,
                                  gtk_toggle_button_get_active (self->open_button)
                                    ? COPROD_ACTION_LISTING_OPEN
                                    : COPROD_ACTION_LISTING_CLOSED);
}

static void
items_changed_cb (CoprodActionsView *self)
{
  show_state (self);
}

/* The day changes under a view left open overnight: lateness is counted afresh each
 * time the view is shown. */
static void
map_cb (CoprodActionsView *self)
{
  GDate today;

  coprod_action_listing_get_today (self->listing, &today);
  if (g_date_compare (&today, &self->today) != 0)
    {
      self->today = today;
      coprod_action_listing_refresh (self->listing);
    }
}

/* Overrides */

static void
coprod_actions_view_dispose (GObject *object)
{
  CoprodActionsView *self = COPROD_ACTIONS_VIEW (object);

  if (self->list != NULL)
    gtk_list_view_set_model (self->list, NULL);
  if (self->listing != NULL)
    g_signal_handlers_disconnect_by_data (self->listing, self);
  g_clear_object (&self->slice);
  g_clear_object (&self->listing);
  g_clear_object (&self->team);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (coprod_actions_view_parent_class)->dispose (object);
}

static void
coprod_actions_view_class_init (CoprodActionsViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = coprod_actions_view_dispose;
}

static void
coprod_actions_view_init (CoprodActionsView *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
}

static GtkWidget *
status_page (const char *title,
             const char *description)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "checkbox-checked-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  return page;
}

static void
build (CoprodActionsView *self)
{
  GtkWidget *bar, *clamp, *scrolled, *list_clamp, *toggles, *empty_box;
  GtkListItemFactory *factory;
  GtkSelectionModel *selection;

  bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (bar, 12);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search_entry, "placeholder-text",
                _("Search the actions and who will do them"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the actions"), -1);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->search_entry));
  g_signal_connect_swapped (self->search_entry, "search-changed",
                            G_CALLBACK (search_changed_cb), self);

  toggles = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  if (self->meeting == NULL)
    {
      GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_add_css_class (linked, "linked");
      self->open_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("_To Do")));
      gtk_toggle_button_set_active (self->open_button, TRUE);
      self->closed_button = GTK_TOGGLE_BUTTON (
        gtk_toggle_button_new_with_mnemonic (_("Done and _Can't Do")));
      gtk_toggle_button_set_group (self->closed_button, self->open_button);
      gtk_box_append (GTK_BOX (linked), GTK_WIDGET (self->open_button));
      gtk_box_append (GTK_BOX (linked), GTK_WIDGET (self->closed_button));
      gtk_box_append (GTK_BOX (toggles), linked);
      g_signal_connect_swapped (self->open_button, "toggled", G_CALLBACK (mode_toggled_cb), self);
    }
  else
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_New Action"));

      g_signal_connect_swapped (button, "clicked", G_CALLBACK (coprod_actions_view_new_action),
                                self);
      gtk_box_append (GTK_BOX (toggles), button);
    }
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_set_hexpand (GTK_WIDGET (self->count_label), TRUE);
  gtk_label_set_xalign (self->count_label, 1);
  gtk_label_set_wrap (self->count_label, TRUE);
  gtk_label_set_justify (self->count_label, GTK_JUSTIFY_RIGHT);
  gtk_box_append (GTK_BOX (toggles), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (bar), toggles);

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), bar);
  gtk_box_append (GTK_BOX (self), clamp);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  /* The list view is given the first rows only, and more as it is scrolled towards
   * their end: a search that changes every row then binds and lays out a few screens
   * of them, not thousands. */
  self->slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->listing)), 0,
                                          ROWS_SHOWN);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->slice))));
  self->list = GTK_LIST_VIEW (gtk_list_view_new (selection, factory));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "card-list");
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "action-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Actions"), -1);
  g_signal_connect_swapped (self->list, "activate", G_CALLBACK (activate_cb), self);
  list_clamp = adw_clamp_scrollable_new ();
  adw_clamp_scrollable_set_maximum_size (ADW_CLAMP_SCROLLABLE (list_clamp), 760);
  adw_clamp_scrollable_set_child (ADW_CLAMP_SCROLLABLE (list_clamp), GTK_WIDGET (self->list));
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list_clamp);

  self->stack = GTK_STACK (gtk_stack_new ());
  /* Only the page on show is measured: the others' wrapped words would be laid out
   * again with the list otherwise. */
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  g_signal_connect_swapped (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                            "value-changed", G_CALLBACK (scrolled_cb), self);
  g_signal_connect_swapped (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                            "changed", G_CALLBACK (scrolled_cb), self);
  gtk_stack_add_named (self->stack, scrolled, "list");
  empty_box = status_page (NULL, NULL);
  self->empty_page = ADW_STATUS_PAGE (empty_box);
  self->empty_button = gtk_button_new_with_mnemonic (_("_New Action"));
  gtk_widget_set_halign (self->empty_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->empty_button, "pill");
  gtk_widget_add_css_class (self->empty_button, "suggested-action");
  g_signal_connect_swapped (self->empty_button, "clicked",
                            G_CALLBACK (coprod_actions_view_new_action), self);
  adw_status_page_set_child (self->empty_page, self->empty_button);
  gtk_stack_add_named (self->stack, empty_box, "empty");
  self->no_match_page = ADW_STATUS_PAGE (status_page (_("No Actions Match"),
                                                      _("Try other words, or part of a name.")));
  adw_status_page_set_icon_name (self->no_match_page, "edit-find-symbolic");
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->no_match_page), "no-match");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));
}

/* Public API */

/**
 * coprod_actions_view_new:
 * @meeting: (nullable): the meeting whose actions to list, or %NULL for the team's
 */
GtkWidget *
coprod_actions_view_new (CoprodTeam    *team,
                         CoprodMeeting *meeting)
{
  CoprodActionsView *self;

  g_return_val_if_fail (COPROD_IS_TEAM (team), NULL);
  g_return_val_if_fail (meeting == NULL || COPROD_IS_MEETING (meeting), NULL);

  self = g_object_new (COPROD_TYPE_ACTIONS_VIEW, NULL);
  self->team = g_object_ref (team);
  self->meeting = meeting != NULL ? g_object_ref (meeting) : NULL;
  self->listing = coprod_action_listing_new (team,
                                             meeting != NULL ? COPROD_ACTION_LISTING_MEETING
                                                             : COPROD_ACTION_LISTING_OPEN,
                                             meeting != NULL ? coprod_meeting_get_id (meeting)
                                                             : 0);
  coprod_action_listing_get_today (self->listing, &self->today);
  build (self);
  g_signal_connect_swapped (self->listing, "items-changed", G_CALLBACK (items_changed_cb), self);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
  show_state (self);
  return GTK_WIDGET (self);
}

/**
 * coprod_actions_view_get_listing:
 *
 * Returns: (transfer none): what the view lists
 */
CoprodActionListing *
coprod_actions_view_get_listing (CoprodActionsView *self)
{
  g_return_val_if_fail (COPROD_IS_ACTIONS_VIEW (self), NULL);
  return self->listing;
}

/* Opens the editor for a new action of the team, made in the view's meeting. */
void
coprod_actions_view_new_action (CoprodActionsView *self)
{
  GtkWidget *editor;

  g_return_if_fail (COPROD_IS_ACTIONS_VIEW (self));

  editor = coprod_action_editor_new_for_meeting (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                 self->team, self->meeting, 0, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

void
coprod_actions_view_focus_search (CoprodActionsView *self)
{
  g_return_if_fail (COPROD_IS_ACTIONS_VIEW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Shows the history of done and can't-do actions, or the open ones. */
void
coprod_actions_view_show_history (CoprodActionsView *self,
                                  gboolean           history)
{
  g_return_if_fail (COPROD_IS_ACTIONS_VIEW (self));

  if (self->open_button == NULL)
    return;
  gtk_toggle_button_set_active (history ? self->closed_button : self->open_button, TRUE);
}

/* Types @text into the search box as the facilitator would, a key at a time when it
 * carries on from what is there (replacing the whole text would empty the box first,
 * and an empty search box lists everything at once), and lists what matches now. */
void
coprod_actions_view_search (CoprodActionsView *self,
                            const char        *text)
{
  GtkEditable *entry;
  const char *typed;

  g_return_if_fail (COPROD_IS_ACTIONS_VIEW (self));
  g_return_if_fail (text != NULL);

  entry = GTK_EDITABLE (self->search_entry);
  typed = gtk_editable_get_text (entry);
  if (g_str_has_prefix (text, typed))
    {
      int position = -1;

      gtk_editable_insert_text (entry, text + strlen (typed), -1, &position);
    }
  else
    {
      g_signal_handlers_block_by_func (entry, search_changed_cb, self);
      gtk_editable_set_text (entry, text);
      g_signal_handlers_unblock_by_func (entry, search_changed_cb, self);
    }
  coprod_action_listing_set_search (self->listing, text);
}
