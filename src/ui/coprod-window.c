/* coprod-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The facilitator's window: teams down the side, and for the chosen team its people
 * and its meetings. Every list is a view of a model list; nothing here keeps a copy.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-action-export.h"
#include "coprod-actions-view.h"
#include "coprod-glossary-view.h"
#include "coprod-live-window.h"
#include "coprod-meeting-editor.h"
#include "coprod-meeting-row.h"
#include "coprod-person-editor.h"
#include "coprod-person-row.h"
#include "coprod-team-settings.h"
#include "coprod-window.h"

struct _CoprodWindow
{
  AdwApplicationWindow  parent_instance;

  CoprodContext        *context;
  GSettings            *settings;
  CoprodTeam           *team;
  GBinding             *title_binding;
  AdwToast             *undo_toast;   /* weak: the newest toast that can undo */
  AdwToast             *error_toast;  /* weak: the newest toast saying something failed */

  /* The meeting being run, or shown on the shared screen before it starts. */
  CoprodLiveState      *live;
  CoprodTeam           *live_team;
  CoprodProjectorWindow *projector;   /* weak */

  GtkSortListModel     *people;
  GtkSortListModel     *meetings;

  /* Until the first frame is drawn, the team and people lists hold only the rows that
   * fit on screen (see first_frame_cb): GTK 4.8's list views build every row of a short
   * list at once, and rows below the fold would only delay the first frame. */
  GtkSliceListModel    *team_slice;
  GtkSliceListModel    *people_slice;   /* weak: owned by the people list view */
  gboolean              lists_complete;

  /* Template widgets */
  GMenuModel           *primary_menu;
  GMenuModel           *team_menu;
  GtkMenuButton        *primary_menu_button;
  GtkMenuButton        *team_menu_button;
  AdwToastOverlay      *toast_overlay;
  GtkInfoBar           *read_only_bar;  /* shown above everything when nothing can be saved */
  GtkStack             *main_stack;
  AdwBin               *welcome_bin;
  AdwBin               *no_people_bin;
  AdwBin               *no_meetings_bin;
  AdwLeaflet           *leaflet;
  GtkWidget            *content;
  GtkListView          *team_list;
  GtkSingleSelection   *team_selection;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *switcher_bar;
  GtkButton            *add_button;
  AdwButtonContent     *add_button_content;
  GtkStack             *people_stack;
  GtkListView          *people_list;
  AdwBin               *actions_bin;
  AdwBin               *words_bin;
  GtkStack             *meetings_stack;
  GtkListView          *meetings_list;
};

G_DEFINE_FINAL_TYPE (CoprodWindow, coprod_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The height of a row in the sidebar and in the people list, at the least (style.css). */
#define TEAM_ROW_HEIGHT 36
#define PERSON_ROW_HEIGHT 64

/* What an Undo button brings back: a team, or a person or meeting of a team. */
typedef struct
{
  CoprodWindow *window;
  CoprodTeam   *team;
  GObject      *item;
} UndoData;

static void set_team (CoprodWindow *self,
                      CoprodTeam   *team);

/* Helpers */

static CoprodStore *
get_store (CoprodWindow *self)
{
  return coprod_context_get_store (self->context);
}

static void
flush (CoprodWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_store_flush (get_store (self), &error))
    coprod_window_report_error (self, error);
}

static void
show_toast (CoprodWindow *self,
            AdwToast     *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
set_undo_toast (CoprodWindow *self,
                AdwToast     *toast)
{
  g_clear_weak_pointer (&self->undo_toast);
  g_set_weak_pointer (&self->undo_toast, toast);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", toast != NULL);
}

static void
undo_toast_dismissed_cb (AdwToast     *toast,
                         CoprodWindow *self)
{
  if (self->undo_toast == toast)
    set_undo_toast (self, NULL);
}

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_clear_object (&undo->team);
  g_clear_object (&undo->item);
  g_free (undo);
}

static AdwToast *
undo_toast_new (CoprodWindow *self,
                const char   *title,
                CoprodTeam   *team,
                gpointer      item,
                GCallback     undo_cb)
{
  AdwToast *toast = adw_toast_new (title);
  UndoData *undo = g_new0 (UndoData, 1);

  undo->window = self;
  undo->team = team != NULL ? g_object_ref (team) : NULL;
  undo->item = item != NULL ? g_object_ref (item) : NULL;

  adw_toast_set_button_label (toast, _("_Undo"));

  /* Only the newest deletion can be undone, so it replaces the toast of the one before
   * rather than waiting behind it. (Dismissing first, rather than using a high
   * priority, also keeps libadwaita 1.2 from re-showing a toast that is still
   * hiding.) */
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
  g_signal_connect_data (toast, "button-clicked", undo_cb, undo,
                         (GClosureNotify) (void (*) (void)) undo_data_free, 0);
  /* Kept for Ctrl+Z, which undoes without the button: a toast still waiting in the
   * queue must not be sent a click. */
  g_object_set_data (G_OBJECT (toast), "coprod-undo-func", undo_cb);
  g_object_set_data (G_OBJECT (toast), "coprod-undo-data", undo);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self, 0);
  set_undo_toast (self, toast);
  return toast;
}

/* How many rows of ROW_HEIGHT pixels the window can show at first, and two more. */
static guint
rows_on_screen (CoprodWindow *self,
                int           row_height)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (height <= 0 || gtk_window_is_maximized (GTK_WINDOW (self)))
    return G_MAXUINT;
  return height / row_height + 2;
}

static void
complete_lists (CoprodWindow *self)
{
  if (self->lists_complete)
    return;
  self->lists_complete = TRUE;
  gtk_slice_list_model_set_size (self->team_slice, G_MAXUINT);
  if (self->people_slice != NULL)
    gtk_slice_list_model_set_size (self->people_slice, G_MAXUINT);
  g_clear_weak_pointer (&self->people_slice);
}

static void
select_team (CoprodWindow *self,
             CoprodTeam   *team)
{
  guint position;

  if (!g_list_store_find (G_LIST_STORE (coprod_context_get_teams (self->context)), team,
                          &position))
    return;
  if (position >= gtk_slice_list_model_get_size (self->team_slice))
    complete_lists (self);
  gtk_single_selection_set_selected (self->team_selection, position);
}

/* The welcome page and the empty states are built the first time they are shown: most
 * starts need none of them, and building them would only delay the first frame.
 * Returns the builder when it built the page, for the caller to finish it. */
static GtkBuilder *
fill_page (AdwBin     *bin,
           const char *resource)
{
  GtkBuilder *builder;

  if (adw_bin_get_child (bin) != NULL)
    return NULL;

  builder = gtk_builder_new_from_resource (resource);
  adw_bin_set_child (bin, GTK_WIDGET (gtk_builder_get_object (builder, "page")));
  return builder;
}

static void
fill_empty_state (AdwBin     *bin,
                  const char *resource)
{
  GtkBuilder *builder = fill_page (bin, resource);

  g_clear_object (&builder);
}

static void
update_main_page (CoprodWindow *self)
{
  guint n = g_list_model_get_n_items (coprod_context_get_teams (self->context));

  if (n == 0)
    {
      g_autoptr(GtkBuilder) builder = fill_page (self->welcome_bin,
                                                 "/com/example/Coprod/coprod-welcome.ui");

      if (builder != NULL)
        gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (gtk_builder_get_object (builder,
                                                                                 "menu_button")),
                                        self->primary_menu);
    }
  gtk_stack_set_visible_child_name (self->main_stack, n == 0 ? "welcome" : "teams");
}

static void
update_people_page (CoprodWindow *self)
{
  guint n = self->people != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->people)) : 0;

  if (n == 0)
    fill_empty_state (self->no_people_bin, "/com/example/Coprod/coprod-no-people.ui");
  gtk_stack_set_visible_child_name (self->people_stack, n == 0 ? "empty" : "list");
}

static void
update_meetings_page (CoprodWindow *self)
{
  guint n = self->meetings ? g_list_model_get_n_items (G_LIST_MODEL (self->meetings)) : 0;

  if (n == 0)
    fill_empty_state (self->no_meetings_bin, "/com/example/Coprod/coprod-no-meetings.ui");
  gtk_stack_set_visible_child_name (self->meetings_stack, n == 0 ? "empty" : "list");
}

static void
update_add_button (CoprodWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);
  const char *label = g_strcmp0 (page, "meetings") == 0 ? _("_Plan Meeting")
                      : g_strcmp0 (page, "actions") == 0 ? _("_New Action")
                      : g_strcmp0 (page, "words") == 0 ? _("_Add a Word")
                      : _("_Add Person");
  g_autofree char *tooltip = NULL;

  /* On a narrow window the team's name needs the room, so the button keeps its icon. */
  adw_button_content_set_label (self->add_button_content,
                                adw_leaflet_get_folded (self->leaflet) ? "" : label);
  tooltip = g_strdup (label);
  g_strdelimit (tooltip, "_", ' ');
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->add_button), g_strstrip (tooltip));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
}

static const char *
display_name (const char *name,
              const char *fallback)
{
  return (name != NULL && *name != '\0') ? name : fallback;
}

/* Sorting by date and by "still to come" depends on the clock and on edits the lists
 * cannot see, so they are sorted again whenever an editor closes. */
static void
refresh_lists (CoprodWindow *self)
{
  if (self->people != NULL)
    gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->people),
                        GTK_SORTER_CHANGE_DIFFERENT);
  if (self->meetings != NULL)
    gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->meetings),
                        GTK_SORTER_CHANGE_DIFFERENT);
}

static void
save_window_state (CoprodWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

/* Callbacks */

/* List rows are made in code: a builder template per row would cost more than the row
 * itself, and a team's list is built before the window's first frame. */
static void
team_item_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
team_item_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GBinding *binding = g_object_bind_property (gtk_list_item_get_item (item), "name",
                                              gtk_list_item_get_child (item), "label",
                                              G_BINDING_SYNC_CREATE);

  g_object_set_data (G_OBJECT (item), "coprod-binding", binding);
}

static void
team_item_unbind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GBinding *binding = g_object_steal_data (G_OBJECT (item), "coprod-binding");

  if (binding != NULL)
    g_binding_unbind (binding);
}

/* Person and meeting rows: USER_DATA is the row's type, then the row's property. */
static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  row_type)
{
  gtk_list_item_set_child (item, g_object_new (GPOINTER_TO_SIZE (row_type), NULL));
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             const char               *property)
{
  g_object_set (gtk_list_item_get_child (item), property, gtk_list_item_get_item (item), NULL);
}

static void
row_unbind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               const char               *property)
{
  g_object_set (gtk_list_item_get_child (item), property, NULL, NULL);
}

static void
set_row_factory (GtkListView *view,
                 GType        row_type,
                 const char  *property)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (row_setup_cb), GSIZE_TO_POINTER (row_type));
  g_signal_connect (factory, "bind", G_CALLBACK (row_bind_cb), (gpointer) property);
  g_signal_connect (factory, "unbind", G_CALLBACK (row_unbind_cb), (gpointer) property);
  gtk_list_view_set_factory (view, factory);
  g_object_unref (factory);
}

/* Meetings still to come first, soonest first; then earlier ones, latest first. */
static int
compare_meetings_cb (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GDateTime *a_end = coprod_meeting_get_planned_end ((CoprodMeeting *) a);
  GDateTime *b_end = coprod_meeting_get_planned_end ((CoprodMeeting *) b);
  gboolean a_upcoming = g_date_time_to_unix (a_end) >= now;
  gboolean b_upcoming = g_date_time_to_unix (b_end) >= now;
  gint64 a_start = coprod_meeting_get_starts_at_unix ((CoprodMeeting *) a);
  gint64 b_start = coprod_meeting_get_starts_at_unix ((CoprodMeeting *) b);

  if (a_upcoming != b_upcoming)
    return a_upcoming ? -1 : 1;
  if (a_start == b_start)
    return 0;
  return (a_start < b_start) == a_upcoming ? -1 : 1;
}

static void
team_selected_cb (GtkSingleSelection *selection,
                  GParamSpec         *pspec,
                  CoprodWindow       *self)
{
  set_team (self, gtk_single_selection_get_selected_item (selection));
}

static void
team_activated_cb (GtkListView  *list,
                   guint         position,
                   CoprodWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
person_activated_cb (GtkListView  *list,
                     guint         position,
                     CoprodWindow *self)
{
  g_autoptr(CoprodPerson) person = g_list_model_get_item (G_LIST_MODEL (self->people), position);

  if (person != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-person", "x",
                                coprod_person_get_id (person));
}

static void
meeting_activated_cb (GtkListView  *list,
                      guint         position,
                      CoprodWindow *self)
{
  g_autoptr(CoprodMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings),
                                                            position);

  if (meeting != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-meeting", "x",
                                coprod_meeting_get_id (meeting));
}

static void
teams_changed_cb (GListModel   *teams,
                  guint         position,
                  guint         removed,
                  guint         added,
                  CoprodWindow *self)
{
  update_main_page (self);
}

static void
people_changed_cb (GListModel   *model,
                   guint         position,
                   guint         removed,
                   guint         added,
                   CoprodWindow *self)
{
  update_people_page (self);
}

static void
meetings_changed_cb (GListModel   *model,
                     guint         position,
                     guint         removed,
                     guint         added,
                     CoprodWindow *self)
{
  update_meetings_page (self);
}

/* Each list gets its rows only once its page is shown: building the rows of a page no
 * one is looking at would only delay the window. */
static void
show_list (GtkListView *view,
           GListModel  *model)
{
  GtkNoSelection *selection;

  if (model == NULL || gtk_list_view_get_model (view) != NULL)
    return;

  /* The lists select nothing: a click opens the editor. */
  selection = gtk_no_selection_new (g_object_ref (model));
  gtk_list_view_set_model (view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

static void
show_visible_list (CoprodWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  /* A team's actions are read, and their view made, the first time they are shown. */
  if (g_strcmp0 (page, "actions") == 0)
    {
      if (self->team != NULL && adw_bin_get_child (self->actions_bin) == NULL)
        adw_bin_set_child (self->actions_bin, coprod_actions_view_new (self->team, NULL));
      return;
    }
  if (g_strcmp0 (page, "words") == 0)
    {
      if (self->team != NULL && adw_bin_get_child (self->words_bin) == NULL)
        adw_bin_set_child (self->words_bin, coprod_glossary_view_new (self->team));
      return;
    }
  if (g_strcmp0 (page, "meetings") != 0)
    {
      GtkSliceListModel *slice;

      if (self->people == NULL || gtk_list_view_get_model (self->people_list) != NULL)
        return;
      if (self->lists_complete)
        {
          show_list (self->people_list, G_LIST_MODEL (self->people));
          return;
        }
      slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->people)), 0,
                                        rows_on_screen (self, PERSON_ROW_HEIGHT));
      g_set_weak_pointer (&self->people_slice, slice);
      show_list (self->people_list, G_LIST_MODEL (slice));
      g_object_unref (slice);
      return;
    }

  /* A team's meetings are read from the store the first time they are shown. */
  if (self->meetings == NULL && self->team != NULL)
    {
      GtkSorter *by_date = GTK_SORTER (gtk_custom_sorter_new (compare_meetings_cb, NULL, NULL));

      self->meetings = gtk_sort_list_model_new (
        g_object_ref (coprod_team_get_meetings (self->team)), by_date);
      g_signal_connect (self->meetings, "items-changed", G_CALLBACK (meetings_changed_cb), self);
      update_meetings_page (self);
    }
  show_list (self->meetings_list, G_LIST_MODEL (self->meetings));
}

/* The switcher bar at the bottom is only for narrow windows, so it is made the first
 * time the window is narrow, not at every start. */
static void
switcher_title_visible_cb (CoprodWindow *self)
{
  GtkWidget *bar;

  if (!adw_view_switcher_title_get_title_visible (self->switcher_title) ||
      self->switcher_bar != NULL)
    return;

  bar = adw_view_switcher_bar_new ();
  adw_view_switcher_bar_set_stack (ADW_VIEW_SWITCHER_BAR (bar), self->view_stack);
  g_object_bind_property (self->switcher_title, "title-visible", bar, "reveal",
                          G_BINDING_SYNC_CREATE);
  gtk_box_append (GTK_BOX (self->content), bar);
  self->switcher_bar = bar;
}

/* A menu button given its menu at once builds the whole menu at once; these menus are
 * built the first time they are opened instead. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       menu)
{
  gtk_menu_button_set_menu_model (button, menu);
  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
}

/* The meeting the shared screen shows when the facilitator opens it: the one being
 * run, else the team's next meeting, else its latest. */
static CoprodMeeting *
meeting_to_share (CoprodWindow *self)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  CoprodMeeting *next;

  if (self->live != NULL && self->live_team == self->team)
    return coprod_live_state_get_meeting (self->live);
  if (self->team == NULL)
    return NULL;
  /* A meeting that started within the last half day still counts as next. */
  next = coprod_team_find_next_meeting (self->team, now - 12 * 3600);
  return next != NULL ? next : coprod_team_find_previous_meeting (self->team, G_MAXINT64);
}

/**
 * coprod_window_live_state_for:
 *
 * The live state of @meeting, shared by the live console and the shared screen: the
 * one already in use when it is the same meeting, otherwise a new one, which the
 * shared screen then shows.
 *
 * Returns: (transfer none): the live state
 */
CoprodLiveState *
coprod_window_live_state_for (CoprodWindow  *self,
                              CoprodMeeting *meeting,
                              CoprodTeam    *team)
{
  g_return_val_if_fail (COPROD_IS_WINDOW (self), NULL);
  g_return_val_if_fail (COPROD_IS_MEETING (meeting), NULL);

  if (self->live != NULL && coprod_live_state_get_meeting (self->live) == meeting)
    return self->live;
  g_clear_object (&self->live);
  self->live = coprod_live_state_new (meeting);
  g_set_object (&self->live_team, team);
  if (self->projector != NULL)
    coprod_projector_window_set_live_state (self->projector, self->live, team);
  return self->live;
}

/**
 * coprod_window_get_projector:
 *
 * Returns: (transfer none) (nullable): the shared screen, when it is open
 */
CoprodProjectorWindow *
coprod_window_get_projector (CoprodWindow *self)
{
  g_return_val_if_fail (COPROD_IS_WINDOW (self), NULL);
  return self->projector;
}

/**
 * coprod_window_facilitator_view:
 * @scene: what the facilitator is looking at: the welcome (a meeting's details) or
 *   the agenda
 *
 * Before a meeting starts, the shared screen follows the facilitator from meeting to
 * meeting and between its details and its agenda. A meeting under way keeps it.
 */
void
coprod_window_facilitator_view (CoprodWindow  *self,
                                CoprodMeeting *meeting,
                                CoprodTeam    *team,
                                CoprodScene    scene)
{
  g_return_if_fail (COPROD_IS_WINDOW (self));

  if (self->live != NULL && coprod_live_state_get_running (self->live) &&
      coprod_live_state_get_meeting (self->live) != meeting)
    return;
  coprod_live_state_set_facilitator_view (coprod_window_live_state_for (self, meeting, team),
                                          scene);
}

static void
shared_screen_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  CoprodMeeting *meeting = meeting_to_share (self);
  CoprodLiveState *live;
  GtkWindow *facilitator;

  if (self->projector != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->projector));
      return;
    }
  if (meeting == NULL)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Plan a meeting first: the shared screen "
                                                    "shows it to the room")));
      return;
    }

  /* The meeting is the team's on show, or the one being run, which may be another's. */
  live = coprod_window_live_state_for (self, meeting,
                                       self->live != NULL &&
                                       coprod_live_state_get_meeting (self->live) == meeting
                                         ? self->live_team : self->team);
  /* The facilitator works in the live console when there is one. */
  facilitator = gtk_application_get_active_window (gtk_window_get_application (GTK_WINDOW (self)));
  g_set_weak_pointer (&self->projector,
                      coprod_projector_window_new (facilitator != NULL ? facilitator
                                                                       : GTK_WINDOW (self),
                                                   live, self->live_team));
  gtk_window_set_application (GTK_WINDOW (self->projector),
                              gtk_window_get_application (GTK_WINDOW (self)));
  coprod_projector_window_place (self->projector);
}

static void
shared_next_monitor_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);

  if (self->projector != NULL)
    coprod_projector_window_next_monitor (self->projector);
}

/* A meeting still live in the store was under way when Coprod was closed or killed:
 * its console opens again where it was. */
static void
resume_live_meeting (CoprodWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 team_id = 0;
  gint64 meeting_id = coprod_store_find_live_meeting (get_store (self), &team_id);
  CoprodTeam *team = meeting_id != 0 ? coprod_context_find_team (self->context, team_id) : NULL;
  GListModel *meetings;
  CoprodLiveWindow *live;

  if (team == NULL)
    return;
  select_team (self, team);
  meetings = coprod_team_get_meetings (team);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CoprodMeeting) meeting = g_list_model_get_item (meetings, i);

      if (coprod_meeting_get_id (meeting) != meeting_id)
        continue;
      live = coprod_live_window_new (GTK_WINDOW (self),
                                     coprod_window_live_state_for (self, meeting, team), team,
                                     &error);
      if (live == NULL)
        coprod_window_report_error (self, error);
      else
        gtk_window_present (GTK_WINDOW (live));
      /* bench/live-idle.py measures the idle meeting with the room's screen open too. */
      if (live != NULL && g_getenv ("COPROD_BENCH_SHARED_SCREEN") != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), "win.shared-screen", NULL);
      return;
    }
}

static void
first_frame_cb (GdkFrameClock *clock,
                CoprodWindow  *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  complete_lists (self);
  resume_live_meeting (self);
}

static void
window_mapped_cb (CoprodWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  g_signal_handlers_disconnect_by_func (self, window_mapped_cb, NULL);
  if (clock != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_frame_cb), self, 0);
  else
    complete_lists (self);
}

static void
visible_page_changed_cb (CoprodWindow *self,
                         GParamSpec   *pspec,
                         AdwViewStack *stack)
{
  update_add_button (self);
  show_visible_list (self);
}

static void
focus_widget_changed_cb (CoprodWindow *self,
                         GParamSpec   *pspec,
                         gpointer      user_data)
{
  /* Focus moving on (or leaving the window) commits what was typed at once. */
  flush (self);
}

static void
editor_closed_cb (GtkWidget    *editor,
                  CoprodWindow *self)
{
  flush (self);
  refresh_lists (self);
}

static void
person_editor_closed_cb (CoprodPersonEditor *editor,
                         CoprodWindow       *self)
{
  CoprodPerson *person = coprod_person_editor_get_person (editor);

  /* Someone added and left completely empty was a slip, not a person. */
  if (self->team != NULL && coprod_person_is_blank (person))
    coprod_team_delete_person (self->team, person, NULL);
  editor_closed_cb (GTK_WIDGET (editor), self);
}

/* An Undo that found its row removed for good says what could not come back, in
 * GONE_TEXT; anything else it reports as any failed change. */
static void
report_undo_error (CoprodWindow *self,
                   const GError *error,
                   const char   *gone_text)
{
  if (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND))
    {
      g_message ("%s", error->message);
      show_toast (self, adw_toast_new (gone_text));
    }
  else
    coprod_window_report_error (self, error);
}

static void
undo_team_cb (AdwToast *toast,
              UndoData *undo)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_context_restore_team (undo->window->context, undo->team, &error))
    report_undo_error (undo->window, error,
                       _("This team could not be brought back: it was removed for good by "
                         "another copy of Coprod."));
  else
    select_team (undo->window, undo->team);
}

static void
undo_person_cb (AdwToast *toast,
                UndoData *undo)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_team_restore_person (undo->team, COPROD_PERSON (undo->item), &error))
    report_undo_error (undo->window, error,
                       _("This person could not be brought back: they were removed for good "
                         "by another copy of Coprod."));
}

static void
undo_meeting_cb (AdwToast *toast,
                 UndoData *undo)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_team_restore_meeting (undo->team, COPROD_MEETING (undo->item), &error))
    report_undo_error (undo->window, error,
                       _("This meeting could not be brought back: it was removed for good by "
                         "another copy of Coprod."));
}

static void
team_name_entry_changed_cb (GtkEditable      *entry,
                            AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "save", *name != '\0');
}

static void
team_dialog_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         CoprodWindow     *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  CoprodTeam *team = g_object_get_data (G_OBJECT (dialog), "team");
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  if (*name == '\0')
    return;

  if (team != NULL)
    {
      coprod_team_set_name (team, name);
      flush (self);
    }
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.create-team", "s", name);
}

static void
open_team_dialog (CoprodWindow *self,
                  CoprodTeam   *team)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       team ? _("Rename Team") : _("New Team"),
                                                       _("Choose a name everyone in the team "
                                                         "will recognise.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"),
                                    "save", team ? _("_Rename") : _("_Create"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");

  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("For example, Riverside Parent Forum"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Team name"), -1);
  if (team != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), coprod_team_get_name (team));
      g_object_set_data_full (G_OBJECT (dialog), "team", g_object_ref (team), g_object_unref);
    }
  adw_message_dialog_set_extra_child (dialog, entry);
  g_signal_connect (entry, "changed", G_CALLBACK (team_name_entry_changed_cb), dialog);
  team_name_entry_changed_cb (GTK_EDITABLE (entry), dialog);

  g_signal_connect (dialog, "response", G_CALLBACK (team_dialog_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/* Actions */

static void
new_team_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  open_team_dialog (COPROD_WINDOW (widget), NULL);
}

/* Shows a team that was just made: its (empty) people page, ready for the first one. */
static void
show_new_team (CoprodWindow *self,
               CoprodTeam   *team,
               GError       *error)
{
  if (team == NULL)
    {
      coprod_window_report_error (self, error);
      return;
    }
  select_team (self, team);
  adw_view_stack_set_visible_child_name (self->view_stack, "people");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
create_team_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  CoprodTeam *team;

  team = coprod_context_create_team (self->context, g_variant_get_string (parameter, NULL),
                                     &error);
  show_new_team (self, team, error);
}

static void
try_example_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  CoprodTeam *team;

  team = coprod_context_add_example (self->context, &error);
  show_new_team (self, team, error);
}

static void
select_team_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  CoprodTeam *team = coprod_context_find_team (self->context, g_variant_get_int64 (parameter));

  if (team != NULL)
    {
      select_team (self, team);
      adw_leaflet_set_visible_child (self->leaflet, self->content);
    }
}

static void
rename_team_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);

  if (self->team != NULL)
    open_team_dialog (self, self->team);
}

static void
team_settings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  CoprodTeamSettings *settings;

  if (self->team == NULL)
    return;
  settings = coprod_team_settings_new (GTK_WINDOW (self), self->team);
  g_signal_connect_object (settings, "destroy", G_CALLBACK (editor_closed_cb), self, 0);
  g_signal_connect_object (settings, "notify::focus-widget", G_CALLBACK (focus_widget_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (settings));
}

/**
 * coprod_window_export_actions_to:
 * @format: "csv" for a spreadsheet of the team's actions, "ics" for their due dates
 *   as a calendar
 *
 * Writes the team's actions to @file, an ordinary file only (see
 * coprod_actions_export_to_file()). The file is replaced only once the whole of it is
 * written: a failure leaves whatever was there before.
 */
gboolean
coprod_window_export_actions_to (CoprodWindow  *self,
                                 GFile         *file,
                                 const char    *format,
                                 GError       **error)
{
  g_return_val_if_fail (COPROD_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->team != NULL, FALSE);

  return coprod_actions_export_to_file (self->team, file, format,
                                        g_get_real_time () / G_USEC_PER_SEC, error);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    CoprodWindow    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  const char *format = g_object_get_data (G_OBJECT (chooser), "coprod-format");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      name = g_file_get_basename (file);
      if (coprod_window_export_actions_to (self, file, format, &error))
        /* Translators: %s is a file name */
        text = g_strdup_printf (_("Saved “%s”"), name);
      else
        {
          g_message ("%s", error->message);
          /* A link, a device, a pipe or a folder was refused: the error says what to do. */
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE) ||
              g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
            text = g_strdup (error->message);
          else
            /* Translators: %s is a file name */
            text = g_strdup_printf (_("“%s” could not be saved. Is the disk full, or the "
                                      "folder read-only?"), name);
        }
      show_toast (self, adw_toast_new (text));
    }
  g_object_unref (chooser);
}

/* Saves the team's actions where the facilitator chooses: a spreadsheet to share, or
 * a calendar of due dates. */
static void
export_actions_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  gboolean calendar = g_str_equal (format, "ics");
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->team == NULL)
    return;
  chooser = gtk_file_chooser_native_new (calendar ? _("Save the Due Dates as a Calendar")
                                                  : _("Save the Actions as a Spreadsheet"),
                                         GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  /* Translators: file names; %s is the team's name */
  name = g_strdup_printf (calendar ? _("%s due dates.ics") : _("%s actions.csv"),
                          coprod_team_get_name (self->team));
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, calendar ? _("Calendars") : _("Spreadsheets (CSV)"));
  gtk_file_filter_add_suffix (filter, calendar ? "ics" : "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  g_object_set_data_full (G_OBJECT (chooser), "coprod-format", g_strdup (format), g_free);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Ctrl+F searches the team's actions, from wherever the window is. */
static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  GtkWidget *view;

  if (self->team == NULL)
    return;
  gtk_widget_activate_action (widget, "win.show-page", "s", "actions");
  view = adw_bin_get_child (self->actions_bin);
  if (view != NULL)
    coprod_actions_view_focus_search (COPROD_ACTIONS_VIEW (view));
}

static void
delete_team_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  g_autoptr(CoprodTeam) team = self->team ? g_object_ref (self->team) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (team == NULL)
    return;
  if (!coprod_context_delete_team (self->context, team, &error))
    {
      coprod_window_report_error (self, error);
      return;
    }
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  title = g_strdup_printf (_("Deleted “%s”"), display_name (coprod_team_get_name (team),
                                                           _("Unnamed team")));
  show_toast (self, undo_toast_new (self, title, team, NULL, G_CALLBACK (undo_team_cb)));
}

/* Ctrl+Z does what the newest toast's Undo button does. */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  g_autoptr(AdwToast) toast = self->undo_toast ? g_object_ref (self->undo_toast) : NULL;
  void (*undo_cb) (AdwToast *, UndoData *);

  if (toast == NULL)
    return;
  undo_cb = g_object_get_data (G_OBJECT (toast), "coprod-undo-func");
  undo_cb (toast, g_object_get_data (G_OBJECT (toast), "coprod-undo-data"));
  set_undo_toast (self, NULL);
  adw_toast_dismiss (toast);
}

static void
show_teams_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack,
                                         g_variant_get_string (parameter, NULL));
}

static void
open_person_editor (CoprodWindow *self,
                    CoprodPerson *person)
{
  CoprodPersonEditor *editor = coprod_person_editor_new (GTK_WINDOW (self), person);

  g_signal_connect_object (editor, "destroy", G_CALLBACK (person_editor_closed_cb), self, 0);
  g_signal_connect_object (editor, "notify::focus-widget", G_CALLBACK (focus_widget_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
open_meeting_editor (CoprodWindow  *self,
                     CoprodMeeting *meeting)
{
  CoprodMeetingEditor *editor = coprod_meeting_editor_new (GTK_WINDOW (self), meeting, self->team);

  g_signal_connect_object (editor, "destroy", G_CALLBACK (editor_closed_cb), self, 0);
  g_signal_connect_object (editor, "notify::focus-widget", G_CALLBACK (focus_widget_changed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static CoprodMeeting *
find_meeting (CoprodWindow *self,
              gint64        id)
{
  GListModel *meetings;
  guint n;

  if (self->team == NULL)
    return NULL;
  meetings = coprod_team_get_meetings (self->team);
  n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CoprodMeeting) meeting = g_list_model_get_item (meetings, i);

      if (coprod_meeting_get_id (meeting) == id)
        return meeting;
    }
  return NULL;
}

static void
add_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  CoprodPerson *person;

  if (self->team == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "people");
  person = coprod_team_add_person (self->team, "", COPROD_SIDE_FAMILY, &error);
  if (person == NULL)
    {
      coprod_window_report_error (self, error);
      return;
    }
  open_person_editor (self, person);
}

static void
edit_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  CoprodPerson *person;

  if (self->team == NULL)
    return;
  person = coprod_team_find_person (self->team, g_variant_get_int64 (parameter));
  if (person != NULL)
    open_person_editor (self, person);
}

static void
delete_person_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  CoprodPerson *person;

  if (self->team == NULL)
    return;
  person = coprod_team_find_person (self->team, g_variant_get_int64 (parameter));
  if (person == NULL)
    return;

  g_object_ref (person);
  if (!coprod_team_delete_person (self->team, person, &error))
    coprod_window_report_error (self, error);
  else
    {
      title = g_strdup_printf (_("Removed “%s”"),
                               display_name (coprod_person_get_name (person), _("New person")));
      show_toast (self, undo_toast_new (self, title, self->team, person,
                                        G_CALLBACK (undo_person_cb)));
    }
  g_object_unref (person);
}

static void
add_meeting_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  CoprodMeeting *meeting;

  if (self->team == NULL)
    return;

  /* A new meeting starts as tomorrow, ten till twelve: easy to change, never in the past. */
  starts = g_date_time_new_local (g_date_time_get_year (tomorrow),
                                  g_date_time_get_month (tomorrow),
                                  g_date_time_get_day_of_month (tomorrow), 10, 0, 0);
  ends = g_date_time_add_hours (starts, 2);

  adw_view_stack_set_visible_child_name (self->view_stack, "meetings");
  meeting = coprod_team_add_meeting (self->team, _("Team meeting"), starts, ends, &error);
  if (meeting == NULL)
    {
      coprod_window_report_error (self, error);
      return;
    }
  open_meeting_editor (self, meeting);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (gtk_stack_get_visible_child_name (self->main_stack) != NULL &&
      g_str_equal (gtk_stack_get_visible_child_name (self->main_stack), "welcome"))
    return;
  if (g_strcmp0 (page, "meetings") == 0)
    add_meeting_action (widget, NULL, NULL);
  else if (g_strcmp0 (page, "actions") == 0)
    {
      GtkWidget *view = adw_bin_get_child (self->actions_bin);

      if (view != NULL)
        coprod_actions_view_new_action (COPROD_ACTIONS_VIEW (view));
    }
  else if (g_strcmp0 (page, "words") == 0)
    {
      GtkWidget *view = adw_bin_get_child (self->words_bin);

      if (view != NULL)
        coprod_glossary_view_add (COPROD_GLOSSARY_VIEW (view));
    }
  else
    add_person_action (widget, NULL, NULL);
}

static void
edit_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  CoprodMeeting *meeting = find_meeting (self, g_variant_get_int64 (parameter));

  if (meeting != NULL)
    open_meeting_editor (self, meeting);
}

static void
delete_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CoprodWindow *self = COPROD_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  CoprodMeeting *meeting = find_meeting (self, g_variant_get_int64 (parameter));

  if (meeting == NULL)
    return;

  g_object_ref (meeting);
  if (!coprod_team_delete_meeting (self->team, meeting, &error))
    coprod_window_report_error (self, error);
  else
    {
      title = g_strdup_printf (_("Deleted “%s”"),
                               display_name (coprod_meeting_get_title (meeting),
                                             _("Untitled meeting")));
      show_toast (self, undo_toast_new (self, title, self->team, meeting,
                                        G_CALLBACK (undo_meeting_cb)));
    }
  g_object_unref (meeting);
}

/* Overrides */

static gboolean
coprod_window_close_request (GtkWindow *window)
{
  CoprodWindow *self = COPROD_WINDOW (window);

  flush (self);
  save_window_state (self);

  /* Closing the last window quits Coprod, and would lose changes still waiting. */
  if (!coprod_application_may_close (COPROD_APPLICATION (gtk_window_get_application (window)),
                                     window, FALSE))
    return TRUE;

  return GTK_WINDOW_CLASS (coprod_window_parent_class)->close_request (window);
}

static void
coprod_window_constructed (GObject *object)
{
  CoprodWindow *self = COPROD_WINDOW (object);
  GListModel *teams = coprod_context_get_teams (self->context);
  gint64 last_team = 0;
  CoprodTeam *team = NULL;

  G_OBJECT_CLASS (coprod_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      last_team = g_settings_get_int64 (self->settings, "last-team");
    }
  else
    gtk_window_set_default_size (GTK_WINDOW (self), 1100, 760);

  g_signal_connect_object (teams, "items-changed", G_CALLBACK (teams_changed_cb), self, 0);
  g_signal_connect_object (self->team_selection, "notify::selected-item",
                           G_CALLBACK (team_selected_cb), self, 0);
  /* The selection picks the first team by itself; the one used last is better. */
  self->team_slice = gtk_slice_list_model_new (g_object_ref (teams), 0,
                                               rows_on_screen (self, TEAM_ROW_HEIGHT));
  gtk_single_selection_set_model (self->team_selection, G_LIST_MODEL (self->team_slice));
  g_signal_connect (self, "map", G_CALLBACK (window_mapped_cb), NULL);
  team = coprod_context_find_team (self->context, last_team);
  if (team != NULL)
    select_team (self, team);
  else
    set_team (self, gtk_single_selection_get_selected_item (self->team_selection));
  update_main_page (self);
  update_add_button (self);
}

static void
coprod_window_dispose (GObject *object)
{
  CoprodWindow *self = COPROD_WINDOW (object);
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* The editors this window opened would be destroyed with it after its context is
   * gone, and could no longer commit what was typed in them: close them first. */
  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i - 1);

      if (other != NULL && gtk_window_get_transient_for (other) == GTK_WINDOW (self))
        gtk_window_destroy (other);
    }

  set_team (self, NULL);
  if (self->projector != NULL)
    gtk_window_destroy (GTK_WINDOW (self->projector));
  g_clear_weak_pointer (&self->projector);
  g_clear_object (&self->live);
  g_clear_object (&self->live_team);
  g_clear_weak_pointer (&self->undo_toast);
  g_clear_weak_pointer (&self->error_toast);
  g_clear_weak_pointer (&self->people_slice);
  gtk_widget_dispose_template (GTK_WIDGET (self), COPROD_TYPE_WINDOW);
  g_clear_object (&self->team_slice);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (coprod_window_parent_class)->dispose (object);
}

static void
coprod_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CoprodWindow *self = COPROD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CoprodWindow *self = COPROD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_window_class_init (CoprodWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = coprod_window_constructed;
  object_class->dispose = coprod_window_dispose;
  object_class->get_property = coprod_window_get_property;
  object_class->set_property = coprod_window_set_property;
  window_class->close_request = coprod_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, COPROD_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Coprod/coprod-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, team_menu);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, team_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, welcome_bin);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, no_people_bin);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, no_meetings_bin);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, content);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, team_list);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, add_button_content);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, people_stack);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, people_list);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, actions_bin);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, words_bin);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, meetings_stack);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, meetings_list);
  gtk_widget_class_bind_template_child (widget_class, CoprodWindow, team_selection);
  gtk_widget_class_bind_template_callback (widget_class, team_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, meeting_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.new-team", NULL, new_team_action);
  gtk_widget_class_install_action (widget_class, "win.create-team", "s", create_team_action);
  gtk_widget_class_install_action (widget_class, "win.try-example", NULL, try_example_action);
  gtk_widget_class_install_action (widget_class, "win.select-team", "x", select_team_action);
  gtk_widget_class_install_action (widget_class, "win.rename-team", NULL, rename_team_action);
  gtk_widget_class_install_action (widget_class, "win.delete-team", NULL, delete_team_action);
  gtk_widget_class_install_action (widget_class, "win.team-settings", NULL,
                                   team_settings_action);
  gtk_widget_class_install_action (widget_class, "win.export-actions", "s",
                                   export_actions_action);
  gtk_widget_class_install_action (widget_class, "win.show-teams", NULL, show_teams_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.shared-screen", NULL,
                                   shared_screen_action);
  gtk_widget_class_install_action (widget_class, "win.shared-next-monitor", NULL,
                                   shared_next_monitor_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.shared-screen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0, "win.shared-next-monitor",
                                       NULL);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "win.add-person", NULL, add_person_action);
  gtk_widget_class_install_action (widget_class, "win.edit-person", "x", edit_person_action);
  gtk_widget_class_install_action (widget_class, "win.delete-person", "x",
                                   delete_person_action);
  gtk_widget_class_install_action (widget_class, "win.add-meeting", NULL, add_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.edit-meeting", "x", edit_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.delete-meeting", "x",
                                   delete_meeting_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.new-team", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.rename-team", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-page", "s", "people");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-page", "s", "meetings");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-page", "s", "actions");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK,
                                       "win.show-page", "s", "words");
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "window.close", NULL);
}

static void
coprod_window_init (CoprodWindow *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (team_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (team_item_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (team_item_unbind_cb), NULL);
  gtk_list_view_set_factory (self->team_list, factory);
  g_object_unref (factory);
  set_row_factory (self->people_list, COPROD_TYPE_PERSON_ROW, "person");
  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_menu_cb,
                                         self->primary_menu, NULL);
  gtk_menu_button_set_create_popup_func (self->team_menu_button, create_menu_cb,
                                         self->team_menu, NULL);
  set_row_factory (self->meetings_list, COPROD_TYPE_MEETING_ROW, "meeting");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", FALSE);

  g_signal_connect_swapped (self->view_stack, "notify::visible-child",
                            G_CALLBACK (visible_page_changed_cb), self);
  g_signal_connect_swapped (self->leaflet, "notify::folded",
                            G_CALLBACK (visible_page_changed_cb), self);
  g_signal_connect_swapped (self->switcher_title, "notify::title-visible",
                            G_CALLBACK (switcher_title_visible_cb), self);
  g_signal_connect (self, "notify::focus-widget", G_CALLBACK (focus_widget_changed_cb), NULL);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (focus_widget_changed_cb), NULL);
}

/* Public API */

CoprodWindow *
coprod_window_new (CoprodApplication *application,
                   CoprodContext     *context,
                   GSettings         *settings)
{
  g_return_val_if_fail (COPROD_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (COPROD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (COPROD_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       "settings", settings,
                       NULL);
}

/**
 * coprod_window_get_team:
 *
 * Returns: (transfer none) (nullable): the team the window shows
 */
CoprodTeam *
coprod_window_get_team (CoprodWindow *self)
{
  g_return_val_if_fail (COPROD_IS_WINDOW (self), NULL);
  return self->team;
}

/**
 * coprod_window_report_error:
 *
 * Tells the facilitator, in a toast, that something could not be saved or read.
 */
void
coprod_window_report_error (CoprodWindow *self,
                            const GError *error)
{
  const char *text;

  g_return_if_fail (COPROD_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  g_message ("%s", error->message);
  if (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_READ_ONLY))
    text = _("This change was not saved: Coprod can only read your data, so nothing can "
             "be changed.");
  else if (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_DAMAGED))
    text = _("Coprod’s file seems damaged, so changes may not be kept. Close Coprod and "
             "open it again to recover from a backup.");
  else if (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND))
    text = _("This change could not be saved: what you were changing was removed for good "
             "by another copy of Coprod.");
  else if (g_error_matches (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_DISK_FULL))
    text = _("A change could not be saved because this computer’s disk is full.");
  else
    text = _("A change could not be saved.");

  /* Every keystroke in a field of something removed fails the same way: one toast says
   * it, not one for each letter. */
  if (self->error_toast != NULL && g_strcmp0 (adw_toast_get_title (self->error_toast), text) == 0)
    return;
  g_set_weak_pointer (&self->error_toast, adw_toast_new (text));
  show_toast (self, self->error_toast);
}

/**
 * coprod_window_show_read_only:
 * @reason: why nothing can be saved, in plain words, as a full sentence
 *
 * Shows a strip across the top of the window saying that the data can only be read,
 * why, and what to do about it; edits are refused from then on by the store, each with
 * a toast, so nothing looks saved that is not.
 */
void
coprod_window_show_read_only (CoprodWindow *self,
                              const char   *reason)
{
  /* What adds, renames or deletes whole things is turned off, so that no button offers
   * what cannot be kept; editors still open, to read, and refuse each edit with a toast. */
  static const char *const writing_actions[] = {
    "win.new-team", "win.create-team", "win.try-example", "win.rename-team",
    "win.delete-team", "win.add", "win.add-person", "win.delete-person",
    "win.add-meeting", "win.delete-meeting",
  };
  g_autofree char *text = NULL;
  GtkWidget *box;
  GtkWidget *label;

  g_return_if_fail (COPROD_IS_WINDOW (self));
  g_return_if_fail (reason != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (writing_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), writing_actions[i], FALSE);

  /* Translators: %s says why, e.g. "Coprod can only read your data: the folder … cannot
   * be written to." */
  text = g_strdup_printf (_("%s Nothing can be changed; summaries and exports still work. "
                            "Ask whoever looks after this computer to let you write to it, "
                            "then open Coprod again."), reason);

  if (self->read_only_bar == NULL)
    {
      g_autoptr(AdwToastOverlay) overlay = g_object_ref (self->toast_overlay);

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      self->read_only_bar = GTK_INFO_BAR (gtk_info_bar_new ());
      gtk_info_bar_set_message_type (self->read_only_bar, GTK_MESSAGE_WARNING);
      label = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_info_bar_add_child (self->read_only_bar, label);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->read_only_bar));

      adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), NULL);
      gtk_widget_set_vexpand (GTK_WIDGET (overlay), TRUE);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (overlay));
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), box);
    }
  label = gtk_widget_get_first_child (GTK_WIDGET (self->read_only_bar));
  while (label != NULL && !GTK_IS_LABEL (label))
    label = gtk_widget_get_first_child (label);
  g_return_if_fail (label != NULL);
  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->read_only_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Read only"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

/**
 * coprod_window_get_read_only_text:
 *
 * Returns: (nullable): what the read-only strip says, or %NULL when there is none
 */
const char *
coprod_window_get_read_only_text (CoprodWindow *self)
{
  GtkWidget *label;

  g_return_val_if_fail (COPROD_IS_WINDOW (self), NULL);

  if (self->read_only_bar == NULL)
    return NULL;
  label = gtk_widget_get_first_child (GTK_WIDGET (self->read_only_bar));
  while (label != NULL && !GTK_IS_LABEL (label))
    label = gtk_widget_get_first_child (label);
  return label != NULL ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

/* Team switching sits last because it touches most of the above. */
static void
set_team (CoprodWindow *self,
          CoprodTeam   *team)
{
  GtkSorter *by_name;

  if (self->team == team)
    return;

  if (self->people != NULL)
    g_signal_handlers_disconnect_by_data (self->people, self);
  if (self->meetings != NULL)
    g_signal_handlers_disconnect_by_data (self->meetings, self);
  g_clear_object (&self->people);
  g_clear_object (&self->meetings);
  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      adw_bin_set_child (self->actions_bin, NULL);
      adw_bin_set_child (self->words_bin, NULL);
    }
  if (self->title_binding != NULL)
    g_binding_unbind (self->title_binding);
  self->title_binding = NULL;
  g_set_object (&self->team, team);

  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  if (team == NULL)
    {
      gtk_list_view_set_model (self->people_list, NULL);
      gtk_list_view_set_model (self->meetings_list, NULL);
      adw_view_switcher_title_set_title (self->switcher_title, "");
      update_people_page (self);
      update_meetings_page (self);
      return;
    }

  self->title_binding = g_object_bind_property (team, "name", self->switcher_title, "title",
                                                G_BINDING_SYNC_CREATE);
  if (self->settings != NULL)
    g_settings_set_int64 (self->settings, "last-team", coprod_team_get_id (team));

  by_name = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (COPROD_TYPE_PERSON,
                                                                            NULL, "name")));
  self->people = gtk_sort_list_model_new (g_object_ref (coprod_team_get_people (team)), by_name);
  g_signal_connect (self->people, "items-changed", G_CALLBACK (people_changed_cb), self);

  gtk_list_view_set_model (self->people_list, NULL);
  gtk_list_view_set_model (self->meetings_list, NULL);
  show_visible_list (self);

  update_people_page (self);
  update_meetings_page (self);
}
