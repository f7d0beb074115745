/* test-projector.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shared screen: its themes' contrast, where it goes with any set of monitors,
 * that it follows the models and the live state, and that nothing private ever
 * reaches it, in any scene, read from every widget it holds; nor, while the groups
 * write their expectations, a word of them.
 */

#include <math.h>
#include <sqlite3.h>

#include "coprod-application.h"
#include "coprod-context.h"
#include "coprod-live-window.h"
#include "coprod-meeting-editor.h"
#include "coprod-meeting-words.h"
#include "coprod-monitors.h"
#include "coprod-newest-box.h"
#include "coprod-projector-window.h"
#include "coprod-test-app.h"
#include "coprod-window.h"

#define SHARED_MEETING "Short breaks: what is working and what is next"

typedef CoprodTestData Fixture;

#define fixture_set_up coprod_test_data_set_up
#define fixture_tear_down coprod_test_data_tear_down

/* Contrast, as WCAG 2 defines it */

static double
channel (guint value)
{
  double c = value / 255.0;

  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const char *hex)
{
  guint r, g, b;

  g_assert_cmpint (sscanf (hex, "#%02x%02x%02x", &r, &g, &b), ==, 3);
  return 0.2126 * channel (r) + 0.7152 * channel (g) + 0.0722 * channel (b);
}

static double
contrast (const char *a,
          const char *b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static void
test_theme_contrast (void)
{
  g_assert_cmpuint (coprod_projector_theme_count (), ==, 3);
  for (guint i = 0; i < coprod_projector_theme_count (); i++)
    {
      const CoprodProjectorTheme *t = coprod_projector_theme_get (i);

      g_test_message ("theme %s", t->id);
      g_assert_cmpfloat (contrast (t->text, t->background), >=, 7.0);
      g_assert_cmpfloat (contrast (t->dim, t->background), >=, 7.0);
      g_assert_cmpfloat (contrast (t->low, t->background), >=, 7.0);
      g_assert_cmpfloat (contrast (t->very_low, t->background), >=, 7.0);
      g_assert_cmpfloat (contrast (t->text, t->current_background), >=, 7.0);
    }
  /* The check itself can fail: grey on white is well under 7:1. */
  g_assert_cmpfloat (contrast ("#777777", "#ffffff"), <, 7.0);
}

/* Where the shared screen goes */

static void
test_monitors (void)
{
  const GdkRectangle laptop_only[] = { { 0, 0, 1366, 768 } };
  const GdkRectangle laptop_projector[] = { { 0, 0, 1366, 768 }, { 1366, 0, 1920, 1080 } };
  const GdkRectangle projector_first[] = { { 0, 0, 1920, 1080 }, { 1920, 0, 1366, 768 } };
  const GdkRectangle three[] = { { 0, 0, 1366, 768 }, { 1366, 0, 1024, 768 },
                                 { 2390, 0, 1920, 1080 } };

  /* One monitor, or none: a normal window. */
  g_assert_cmpint (coprod_monitors_choose_shared (NULL, 0, -1), ==, -1);
  g_assert_cmpint (coprod_monitors_choose_shared (laptop_only, 1, 0), ==, -1);

  /* Two: the one the facilitator is not using, whichever order GDK lists them in. */
  g_assert_cmpint (coprod_monitors_choose_shared (laptop_projector, 2, 0), ==, 1);
  g_assert_cmpint (coprod_monitors_choose_shared (projector_first, 2, 1), ==, 0);
  /* Not knowing where the facilitator is: the laptop is taken to be the first. */
  g_assert_cmpint (coprod_monitors_choose_shared (laptop_projector, 2, -1), ==, 1);
  g_assert_cmpint (coprod_monitors_choose_shared (laptop_projector, 2, 7), ==, 1);

  /* Three: the largest of the others. */
  g_assert_cmpint (coprod_monitors_choose_shared (three, 3, 0), ==, 2);
  g_assert_cmpint (coprod_monitors_choose_shared (three, 3, 2), ==, 0);

  /* The key moves it round every monitor in turn. */
  g_assert_cmpint (coprod_monitors_next (3, -1), ==, 0);
  g_assert_cmpint (coprod_monitors_next (3, 0), ==, 1);
  g_assert_cmpint (coprod_monitors_next (3, 2), ==, 0);
  g_assert_cmpint (coprod_monitors_next (1, 0), ==, 0);
  g_assert_cmpint (coprod_monitors_next (0, 0), ==, -1);

  /* Fullscreen anywhere but over the facilitator's own screen. */
  g_assert_false (coprod_monitors_fullscreen_on (1, 0, 0));
  g_assert_true (coprod_monitors_fullscreen_on (2, 0, 1));
  g_assert_false (coprod_monitors_fullscreen_on (2, 0, 0));
  g_assert_false (coprod_monitors_fullscreen_on (2, 0, -1));
}

/* A list its caller cut short still has room, shown whole, for the line saying how many
 * more there are. */
static void
test_newest_box_note (void)
{
  GtkWidget *box = g_object_ref_sink (coprod_newest_box_new ());
  GtkWidget *note = gtk_label_new ("and 3 more");
  int natural, item, note_height;

  coprod_newest_box_set_keep_first (COPROD_NEWEST_BOX (box), TRUE);
  coprod_newest_box_append (COPROD_NEWEST_BOX (box), gtk_label_new ("First"), NULL);
  coprod_newest_box_append (COPROD_NEWEST_BOX (box), gtk_label_new ("Last"), note);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, 300, NULL, &natural, NULL, NULL);
  gtk_widget_measure (note, GTK_ORIENTATION_VERTICAL, 300, NULL, &note_height, NULL, NULL);
  gtk_widget_measure (gtk_widget_get_last_child (box), GTK_ORIENTATION_VERTICAL, 300, NULL, &item,
                      NULL, NULL);
  g_assert_cmpint (note_height, >, 0);
  g_assert_cmpint (natural, ==, 2 * item + note_height);
  gtk_widget_size_allocate (box, &(GtkAllocation) { 0, 0, 300, natural }, -1);
  g_assert_cmpuint (coprod_newest_box_get_n_hidden (COPROD_NEWEST_BOX (box)), ==, 0);
  g_object_unref (box);
}

/* Helpers for the windows */

/* Every piece of text a widget tree holds: labels (as shown, without their markup),
 * entries, tooltips, titles; or with
 * @only_drawn, only what is laid out on screen, leaving out what a scene holds but has
 * no room to show. */
static void
collect_text (GtkWidget *widget,
              gboolean   only_drawn,
              GString   *text)
{
  if (only_drawn && !gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_EDITABLE (widget))
    g_string_append_printf (text, "%s\n", gtk_editable_get_text (GTK_EDITABLE (widget)));
  if (gtk_widget_get_tooltip_text (widget) != NULL)
    g_string_append_printf (text, "%s\n", gtk_widget_get_tooltip_text (widget));
  if (GTK_IS_WINDOW (widget) && gtk_window_get_title (GTK_WINDOW (widget)) != NULL)
    g_string_append_printf (text, "%s\n", gtk_window_get_title (GTK_WINDOW (widget)));
  if (ADW_IS_WINDOW_TITLE (widget))
    g_string_append_printf (text, "%s\n%s\n", adw_window_title_get_title (ADW_WINDOW_TITLE (widget)),
                            adw_window_title_get_subtitle (ADW_WINDOW_TITLE (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, only_drawn, text);
}

/* What the shared screen holds right now. Read it after settle(), or in a wait. */
static char *
shown_text (CoprodProjectorWindow *projector,
            gboolean               only_drawn)
{
  GString *text = g_string_new (NULL);

  collect_text (GTK_WIDGET (projector), only_drawn, text);
  return g_string_free (text, FALSE);
}

/* Waits until the shared screen has caught up with every change made so far: a change
 * to the models or the live state rebuilds the scene from an idle, so once nothing is
 * left to run the scene is the one the change asked for; and a frame drawn after that
 * has laid it out, so that what is on screen, and what a list leaves out for lack of
 * room, can be read. A check that something is not shown comes after it, so that it
 * looks at the screen the change made rather than the one before. */
static void
settle (CoprodProjectorWindow *projector)
{
  coprod_test_wait_for_idle ();
  coprod_test_wait_for_frame (GTK_WIDGET (projector));
}

static char *
settled_text (CoprodProjectorWindow *projector,
              gboolean               only_drawn)
{
  settle (projector);
  return shown_text (projector, only_drawn);
}

/* For a wait: whether @expected is on the shared screen (drawn, with @only_drawn),
 * keeping in @text what it showed, for the message if it never is. */
static gboolean
shows_now (CoprodProjectorWindow  *projector,
           gboolean                only_drawn,
           const char             *expected,
           char                  **text)
{
  g_free (*text);
  *text = shown_text (projector, only_drawn);
  return strstr (*text, expected) != NULL;
}

/* How many items the list on the shared screen left out when it was last laid out; 0
 * when there is no list. */
static guint
n_left_out (CoprodProjectorWindow *projector)
{
  GtkWidget *list = coprod_test_find_widget (GTK_WIDGET (projector), COPROD_TYPE_NEWEST_BOX);

  return list != NULL ? coprod_newest_box_get_n_hidden (COPROD_NEWEST_BOX (list)) : 0;
}

/* Waits until the shared screen, given the size of this test's 1920×1080 screen, has
 * taken it and its type has grown with it to nearly 40 px, then until it is laid out in
 * that type. The window works out its type size while it is laid out and restyles from
 * an idle afterwards, so the font size is known a frame before anything is laid out in
 * it; settle() runs the restyle and waits for the frame after. */
static void
wait_for_full_size (CoprodProjectorWindow *projector)
{
  coprod_test_wait_until (coprod_projector_window_get_font_size (projector) >= 36,
                          "the shared screen's type to grow with the window to 1920×1080 "
                          "(it is %.1f px)", coprod_projector_window_get_font_size (projector));
  settle (projector);
}

/* The item of LIST whose string PROPERTY is VALUE: a meeting by title, a person by name. */
static gpointer
find_by (GListModel *list,
         const char *property,
         const char *value)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *text = NULL;

      g_object_get (item, property, &text, NULL);
      if (g_strcmp0 (text, value) == 0)
        return item;
    }
  g_error ("No %s “%s”", property, value);
}

static CoprodMeeting *
find_meeting (CoprodTeam *team,
              const char *title)
{
  return find_by (coprod_team_get_meetings (team), "title", title);
}

static CoprodPerson *
find_person (CoprodTeam *team,
             const char *name)
{
  return find_by (coprod_team_get_people (team), "name", name);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_by_class (GtkWidget  *widget,
               const char *css_class)
{
  if (gtk_widget_has_css_class (widget, css_class))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The meeting's own day, so that no year is shown with it: "Tuesday 8 December". */
static GDate *
meeting_day (CoprodMeeting *meeting,
             GDate         *date,
             char         **text)
{
  GDateTime *starts = coprod_meeting_get_starts_at (meeting);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (starts), g_date_time_get_month (starts),
                  g_date_time_get_year (starts));
  *text = g_date_time_format (starts, "%A %-d %B");
  return date;
}

static CoprodAction *
add_action (CoprodTeam    *team,
            CoprodMeeting *meeting,
            const char    *text,
            CoprodPerson  *owner,
            const GDate   *due)
{
  g_autoptr(GError) error = NULL;
  CoprodAction *action = coprod_team_add_action (team, text,
                                                 owner != NULL ? coprod_person_get_id (owner) : 0,
                                                 due, coprod_meeting_get_id (meeting), 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (action);
  return action;
}

/* Opens the example team's upcoming meeting on the shared screen, as F5 does. */
static CoprodProjectorWindow *
open_example (GtkWindow      *window,
              CoprodTeam    **team_out,
              CoprodMeeting **meeting_out)
{
  CoprodTeam *team;
  CoprodMeeting *meeting;
  CoprodProjectorWindow *projector;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.try-example", NULL));
  coprod_test_wait_until (coprod_window_get_team (COPROD_WINDOW (window)) != NULL,
                          "the example team to open");
  team = coprod_window_get_team (COPROD_WINDOW (window));
  meeting = find_meeting (team, SHARED_MEETING);
  coprod_window_live_state_for (COPROD_WINDOW (window), meeting, team);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.shared-screen", NULL));
  projector = coprod_window_get_projector (COPROD_WINDOW (window));
  g_assert_nonnull (projector);
  g_assert_true (coprod_live_state_get_meeting (coprod_projector_window_get_live_state (projector))
                 == meeting);
  /* On screen, as the room first sees it. */
  coprod_test_wait_for_frame (GTK_WIDGET (projector));
  *team_out = team;
  *meeting_out = meeting;
  return projector;
}

/* Waits until @expected is on the shared screen. The scene is rebuilt first, so that
 * text the screen showed before the change does not count. */
static void
assert_shows (CoprodProjectorWindow *projector,
              const char            *expected)
{
  g_autofree char *text = NULL;

  coprod_test_wait_for_idle ();
  coprod_test_wait_until (shows_now (projector, FALSE, expected, &text),
                          "“%s” on the shared screen, which shows:\n%s", expected, text);
}

/* Once the screen has caught up with the changes so far, @secret is not on it. */
static void
assert_hides (CoprodProjectorWindow *projector,
              const char            *secret)
{
  g_autofree char *text = settled_text (projector, FALSE);

  if (secret != NULL && *secret != '\0' && strstr (text, secret) != NULL)
    g_error ("“%s” is on the shared screen, which shows:\n%s", secret, text);
}

/* Privacy */

static void
assert_hides_all (CoprodProjectorWindow *projector,
                  GPtrArray             *secrets)
{
  g_autofree char *text = settled_text (projector, FALSE);

  for (guint i = 0; i < secrets->len; i++)
    {
      const char *secret = g_ptr_array_index (secrets, i);

      if (*secret != '\0' && strstr (text, secret) != NULL)
        g_error ("“%s” is on the shared screen, which shows:\n%s", secret, text);
    }
}

static void
privacy (GtkApplication *app,
         GtkWindow      *window,
         gpointer        user_data)
{
  CoprodTeam *team;
  CoprodMeeting *meeting;
  CoprodProjectorWindow *projector = open_example (window, &team, &meeting);
  CoprodLiveState *live = coprod_projector_window_get_live_state (projector);
  GListModel *agenda = coprod_meeting_get_agenda (meeting);
  GListModel *people = coprod_team_get_people (team);
  CoprodPerson *hidden = find_person (team, "Lena Novak");
  g_autoptr(GPtrArray) secrets = g_ptr_array_new_with_free_func (g_free);
  guint n_shown = 0;
  guint n_needs = 0;

  /* Private notes on the meeting and on every item, and the one who asked not to be
   * shown leading an item: all things the room must not see. */
  coprod_meeting_set_private_notes (meeting, "Meeting secret: the budget is frozen");
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, i);
      g_autofree char *note = g_strdup_printf ("Item secret %u: ask about the complaint", i);

      coprod_agenda_item_set_private_notes (item, note);
      coprod_agenda_item_set_lead_person_id (item, coprod_person_get_id (hidden));
    }
  g_assert_false (coprod_person_get_show_on_shared_screen (hidden));

  g_ptr_array_add (secrets, g_strdup (coprod_meeting_get_private_notes (meeting)));
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, i);

      g_ptr_array_add (secrets, g_strdup (coprod_agenda_item_get_private_notes (item)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      n_needs += *coprod_person_get_access_needs (person) != '\0';
      g_ptr_array_add (secrets, g_strdup (coprod_person_get_access_needs (person)));
      g_ptr_array_add (secrets, g_strdup (coprod_person_get_support_me (person)));
      if (coprod_person_get_show_on_shared_screen (person))
        {
          n_shown++;
          continue;
        }
      g_ptr_array_add (secrets, g_strdup (coprod_person_get_name (person)));
      g_ptr_array_add (secrets, g_strdup (coprod_person_get_likes_about_me (person)));
      g_ptr_array_add (secrets, g_strdup (coprod_person_get_important_to_me (person)));
    }
  g_assert_cmpuint (n_shown, >=, 2);
  g_assert_cmpuint (n_needs, >=, 3);

  /* She also has an action from this meeting, and one from last time to look back on:
   * the room sees what the actions are, never whose. */
  {
    g_autoptr(GPtrArray) review = g_ptr_array_new ();

    add_action (team, meeting, "Share how the direct payments form went", hidden, NULL);
    g_ptr_array_add (review, add_action (team, find_meeting (team, "Getting to know each other"),
                                         "Tell the forum how the new form went", hidden, NULL));
    coprod_live_state_set_review (live, review);
  }

#define CHECK_ALL_HIDDEN() assert_hides_all (projector, secrets)

  /* Welcome, before the meeting starts. */
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_WELCOME);
  assert_shows (projector, SHARED_MEETING);
  CHECK_ALL_HIDDEN ();

  /* The agenda, and every item as it comes up. */
  g_assert_true (coprod_live_state_start (live, NULL));
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, i);

      g_assert_true (coprod_live_state_go_to (live, i, NULL));
      coprod_live_state_follow (live);
      /* Following the meeting, introductions bring up the cards, and the rest the item. */
      g_assert_cmpint (coprod_live_state_get_scene (live), ==,
                       coprod_live_scene_for_kind (coprod_agenda_item_get_kind (item)));
      CHECK_ALL_HIDDEN ();
      coprod_live_state_pin_scene (live, COPROD_SCENE_CURRENT_ITEM);
      assert_shows (projector, coprod_agenda_item_get_title (item));
      CHECK_ALL_HIDDEN ();
      coprod_live_state_pin_scene (live, COPROD_SCENE_AGENDA);
      assert_shows (projector, coprod_agenda_item_get_title (item));
      CHECK_ALL_HIDDEN ();
    }

  /* Every introduction card, and round again. */
  coprod_live_state_pin_scene (live, COPROD_SCENE_INTRODUCTIONS);
  for (guint i = 0; i < n_shown + 1; i++)
    {
      coprod_live_state_set_card_index (live, i);
      CHECK_ALL_HIDDEN ();
    }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
      gboolean seen = FALSE;

      if (!coprod_person_get_show_on_shared_screen (person))
        continue;
      for (guint c = 0; c < n_shown && !seen; c++)
        {
          g_autofree char *text = NULL;

          coprod_live_state_set_card_index (live, c);
          text = settled_text (projector, FALSE);
          seen = strstr (text, coprod_person_get_likes_about_me (person)) != NULL;
        }
      g_assert_true (seen);
    }

  /* Her actions, made now and looked back on. */
  coprod_live_state_pin_scene (live, COPROD_SCENE_ACTIONS);
  assert_shows (projector, "Share how the direct payments form went");
  assert_shows (projector, "Someone in the room");
  CHECK_ALL_HIDDEN ();
  coprod_live_state_pin_scene (live, COPROD_SCENE_REVIEW);
  assert_shows (projector, "Tell the forum how the new form went");
  assert_shows (projector, "Someone in the room");
  CHECK_ALL_HIDDEN ();

  /* The words we're using, none of them from the private notes. */
  coprod_live_state_pin_scene (live, COPROD_SCENE_GLOSSARY);
  assert_shows (projector, "Words we’re using");
  CHECK_ALL_HIDDEN ();

  /* Blank, and the welcome again with the ground rules. */
  coprod_live_state_set_blanked (live, TRUE);
  assert_shows (projector, SHARED_MEETING);
  CHECK_ALL_HIDDEN ();
  coprod_live_state_set_blanked (live, FALSE);
  coprod_live_state_pin_scene (live, COPROD_SCENE_WELCOME);
  assert_shows (projector, "One person speaks at a time.");
  CHECK_ALL_HIDDEN ();

  /* The check can fail: a person who agrees to be shown appears. */
  coprod_person_set_show_on_shared_screen (hidden, TRUE);
  coprod_live_state_pin_scene (live, COPROD_SCENE_ACTIONS);
  assert_shows (projector, "Lena Novak · no date yet");
  coprod_live_state_pin_scene (live, COPROD_SCENE_REVIEW);
  assert_shows (projector, "Lena Novak · no date was set");
  coprod_live_state_pin_scene (live, COPROD_SCENE_INTRODUCTIONS);
  for (guint c = 0; c <= n_shown; c++)
    {
      g_autofree char *text = NULL;

      coprod_live_state_set_card_index (live, c);
      text = settled_text (projector, FALSE);
      if (strstr (text, "Lena Novak") != NULL)
        break;
      g_assert_cmpuint (c, <, n_shown);
    }
#undef CHECK_ALL_HIDDEN
  coprod_live_state_end (live, NULL);
}

static void
test_privacy (Fixture       *f,
              gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, privacy, f), ==, 0);
}

/* Following the models */

static void
updates (GtkApplication *app,
         GtkWindow      *window,
         gpointer        user_data)
{
  CoprodTeam *team;
  CoprodMeeting *meeting;
  CoprodProjectorWindow *projector = open_example (window, &team, &meeting);
  CoprodLiveState *live = coprod_projector_window_get_live_state (projector);
  g_autoptr(CoprodAgendaItem) first = g_list_model_get_item (coprod_meeting_get_agenda (meeting), 0);

  coprod_meeting_set_title (meeting, "Renamed while on screen");
  assert_shows (projector, "Renamed while on screen");
  coprod_team_set_ground_rules (team, "Phones on silent\n\nBe kind");
  assert_shows (projector, "Phones on silent");
  assert_shows (projector, "Be kind");
  assert_hides (projector, "One person speaks at a time.");

  g_assert_true (coprod_live_state_start (live, NULL));
  coprod_live_state_pin_scene (live, COPROD_SCENE_CURRENT_ITEM);
  coprod_agenda_item_set_title (first, "A title changed mid-item");
  assert_shows (projector, "A title changed mid-item");
  coprod_agenda_item_set_plain_description (first, "Said again, more plainly");
  assert_shows (projector, "Said again, more plainly");

  /* An item added while the shared screen is open shows, and so do edits to it. */
  {
    g_autoptr(GError) error = NULL;
    CoprodAgendaItem *added = coprod_meeting_add_agenda_item (meeting, COPROD_AGENDA_KIND_ITEM,
                                                              "Added on the day", 10, &error);

    g_assert_no_error (error);
    coprod_live_state_pin_scene (live, COPROD_SCENE_AGENDA);
    assert_shows (projector, "Added on the day");
    coprod_agenda_item_set_title (added, "Added on the day, then renamed");
    assert_shows (projector, "Added on the day, then renamed");
  }

  /* The agenda scene marks what is done and what is under way, in words. */
  g_assert_true (coprod_live_state_next (live, NULL));
  coprod_live_state_pin_scene (live, COPROD_SCENE_AGENDA);
  assert_shows (projector, "✓ Done");
  assert_shows (projector, "▶ Now");

  /* Closing the shared screen leaves the meeting running. */
  gtk_window_destroy (GTK_WINDOW (projector));
  coprod_test_wait_until (coprod_window_get_projector (COPROD_WINDOW (window)) == NULL,
                          "the main window to let go of the closed shared screen");
  g_assert_true (coprod_live_state_get_running (live));
  coprod_live_state_end (live, NULL);

  /* Opened again and moved on to another team's meeting, it shows that team's people
   * and no longer the first team's. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.shared-screen", NULL));
  projector = coprod_window_get_projector (COPROD_WINDOW (window));
  g_assert_nonnull (projector);
  coprod_live_state_pin_scene (coprod_projector_window_get_live_state (projector),
                               COPROD_SCENE_INTRODUCTIONS);
  assert_shows (projector, "Amara Okafor");
  {
    g_autoptr(GDateTime) starts = g_date_time_new_local (2027, 1, 12, 18, 0, 0);
    g_autoptr(GDateTime) ends = g_date_time_new_local (2027, 1, 12, 19, 30, 0);
    CoprodTeam *other;
    CoprodPerson *person;
    CoprodMeeting *evening;
    CoprodLiveState *other_live;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.create-team", "s",
                                               "Evening group"));
    other = coprod_window_get_team (COPROD_WINDOW (window));
    g_assert_true (other != team);
    person = coprod_team_add_person (other, "Zainab Evening", COPROD_SIDE_FAMILY, NULL);
    coprod_person_set_show_on_shared_screen (person, TRUE);
    coprod_person_set_likes_about_me (person, "Runs the best quiz night in town");
    evening = coprod_team_add_meeting (other, "Evening catch-up", starts, ends, NULL);
    other_live = coprod_window_live_state_for (COPROD_WINDOW (window), evening, other);
    g_assert_true (coprod_projector_window_get_live_state (projector) == other_live);
    assert_shows (projector, "Evening catch-up");
    coprod_live_state_pin_scene (other_live, COPROD_SCENE_INTRODUCTIONS);
    assert_shows (projector, "Runs the best quiz night in town");
    assert_hides (projector, "Amara Okafor");
  }
}

static void
test_updates (Fixture       *f,
              gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, updates, f), ==, 0);
}

/* The actions round: each action made in this meeting, as it is typed */

static void
actions_scene (GtkApplication *app,
               GtkWindow      *window,
               gpointer        user_data)
{
  CoprodTeam *team;
  CoprodMeeting *meeting;
  CoprodProjectorWindow *projector = open_example (window, &team, &meeting);
  CoprodLiveState *live = coprod_projector_window_get_live_state (projector);
  CoprodMeeting *other = find_meeting (team, "Getting to know each other");
  CoprodPerson *amara = find_person (team, "Amara Okafor");
  CoprodPerson *sunita = find_person (team, "Sunita Patel");
  g_autofree char *day = NULL;
  g_autofree char *by = NULL;
  g_autofree char *text = NULL;
  CoprodAction *first;
  CoprodAction *second;
  GDate due;

  g_assert_true (coprod_live_state_start (live, NULL));
  coprod_live_state_pin_scene (live, COPROD_SCENE_ACTIONS);
  assert_shows (projector, "No actions yet.");

  /* An action made in another meeting is not one of this meeting's. */
  add_action (team, other, "Made at another meeting", amara, NULL);
  assert_hides (projector, "Made at another meeting");
  assert_shows (projector, "No actions yet.");

  /* Each shows with who does it and by when, as soon as it is made. */
  first = add_action (team, meeting, "Send round the list of providers", amara,
                      meeting_day (meeting, &due, &day));
  by = g_strdup_printf ("Amara Okafor · by %s", day);
  assert_shows (projector, "Send round the list of providers");
  assert_shows (projector, by);
  assert_hides (projector, "No actions yet.");
  second = add_action (team, meeting, "Find out about the Saturday club", NULL, NULL);
  assert_shows (projector, "Find out about the Saturday club");
  assert_shows (projector, "Nobody yet · no date yet");
  assert_hides (projector, "Made at another meeting");

  /* In the order they were made. */
  text = settled_text (projector, FALSE);
  g_assert_true (strstr (text, "Send round the list of providers") <
                 strstr (text, "Find out about the Saturday club"));

  /* Edits show as they are typed: the words, who, and by when. */
  coprod_action_set_text (first, "Send round the list of providers, with costs");
  assert_shows (projector, "Send round the list of providers, with costs");
  coprod_action_set_owner_person_id (second, coprod_person_get_id (sunita));
  coprod_action_set_due (second, &due);
  g_free (by);
  by = g_strdup_printf ("Sunita Patel · by %s", day);
  assert_shows (projector, by);
  coprod_person_set_name (sunita, "Sunita Patel-Jones");
  assert_shows (projector, "Sunita Patel-Jones · by");

  /* Taken away again, it goes. */
  g_assert_true (coprod_team_delete_action (team, second, NULL));
  assert_hides (projector, "Find out about the Saturday club");

  /* The console's menu brings it up, and the review too. */
  coprod_live_state_pin_scene (live, COPROD_SCENE_AGENDA);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "shared.scene", "s",
                                             "actions"));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_ACTIONS);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "shared.scene", "s",
                                             "review"));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_REVIEW);
  coprod_live_state_end (live, NULL);
}

static void
test_actions_scene (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, actions_scene, f), ==, 0);
}

/* More actions than fit: the newest show, in full, with how many earlier ones do not. */
static void
many_actions (GtkApplication *app,
              GtkWindow      *window,
              gpointer        user_data)
{
  CoprodTeam *team;
  CoprodMeeting *meeting;
  CoprodProjectorWindow *projector = open_example (window, &team, &meeting);
  CoprodLiveState *live = coprod_projector_window_get_live_state (projector);
  CoprodPerson *amara = find_person (team, "Amara Okafor");
  g_autofree char *text = NULL;
  g_autofree char *earlier = NULL;
  GtkWidget *list;
  graphene_rect_t bounds;
  guint hidden;

  gtk_window_set_default_size (GTK_WINDOW (projector), 1920, 1080);
  g_assert_true (coprod_live_state_start (live, NULL));
  coprod_live_state_pin_scene (live, COPROD_SCENE_ACTIONS);
  for (guint i = 1; i <= 12; i++)
    {
      g_autofree char *words = g_strdup_printf ("Action number %u, to be done", i);

      add_action (team, meeting, words, amara, NULL);
    }
  /* What fits is known only once the list is laid out at the window's full size, in
   * its full type. */
  wait_for_full_size (projector);
  coprod_test_wait_until (n_left_out (projector) > 0,
                          "the shared screen to leave out some of 12 actions");
  text = shown_text (projector, TRUE);
  list = find_widget (GTK_WIDGET (projector), COPROD_TYPE_NEWEST_BOX);
  g_assert_nonnull (list);
  hidden = coprod_newest_box_get_n_hidden (COPROD_NEWEST_BOX (list));
  g_test_message ("%u of 12 actions left out:\n%s", hidden, text);
  g_assert_cmpuint (hidden, >, 0);
  g_assert_cmpuint (hidden, <, 11);
  earlier = g_strdup_printf ("and %u earlier actions\n", hidden);
  g_assert_nonnull (strstr (text, earlier));
  g_assert_nonnull (strstr (text, "Action number 12, to be done"));
  g_assert_null (strstr (text, "Action number 1, to be done"));

  /* The newest is whole on the screen. */
  g_assert_true (gtk_widget_compute_bounds (gtk_widget_get_last_child (list),
                                            GTK_WIDGET (projector), &bounds));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                     gtk_widget_get_height (GTK_WIDGET (projector)));

  /* One long action takes the room of several. */
  add_action (team, meeting, "A long action. " "A long action. " "A long action. "
              "A long action. " "A long action. " "A long action. " "A long action. "
              "A long action. " "A long action. " "A long action. " "A long action. "
              "A long action. " "A long action. " "A long action. " "A long action. "
              "A long action. " "A long action. " "A long action. " "A long action. "
              "A long action. " "A long action. " "A long action. " "A long action. "
              "A long action. " "The end.", amara, NULL);
  /* The list is built again with it, and knows what it leaves out once laid out. */
  settle (projector);
  coprod_test_wait_until (n_left_out (projector) > hidden,
                          "the long action to leave out more than the %u earlier actions "
                          "left out before it", hidden);
  g_free (text);
  text = shown_text (projector, TRUE);
  g_assert_nonnull (strstr (text, "The end."));
  g_assert_cmpuint (coprod_newest_box_get_n_hidden (COPROD_NEWEST_BOX (
                      find_widget (GTK_WIDGET (projector), COPROD_TYPE_NEWEST_BOX))), >, hidden);
  coprod_live_state_end (live, NULL);
}

static void
test_many_actions (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, many_actions, f), ==, 0);
}

/* "You said, we did": last time's actions, one at a time, and what became of each */

static void
review_scene (GtkApplication *app,
              GtkWindow      *window,
              gpointer        user_data)
{
  CoprodTeam *team;
  CoprodMeeting *meeting;
  CoprodProjectorWindow *projector = open_example (window, &team, &meeting);
  CoprodLiveState *live = coprod_projector_window_get_live_state (projector);
  CoprodMeeting *before = find_meeting (team, "Getting to know each other");
  CoprodPerson *tom = find_person (team, "Tom Fletcher");
  g_autoptr(GPtrArray) review = g_ptr_array_new ();
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  CoprodAction *done;
  CoprodAction *open;

  g_assert_true (coprod_live_state_start (live, NULL));
  coprod_live_state_pin_scene (live, COPROD_SCENE_REVIEW);
  assert_shows (projector, "Nothing to look back on from last time.");

  g_ptr_array_add (review, add_action (team, before, "Send the dates of the summer scheme",
                                       tom, NULL));
  done = add_action (team, before, "Book a quieter room", tom, NULL);
  g_assert_true (coprod_action_set_status (done, COPROD_ACTION_DONE, "Booked the library room",
                                           0, &error));
  g_ptr_array_add (review, done);
  open = add_action (team, before, "Open the Saturday club on bank holidays", tom, NULL);
  g_ptr_array_add (review, open);
  coprod_live_state_set_review (live, review);

  assert_shows (projector, "You said, we did · 1 of 3");
  assert_shows (projector, "Send the dates of the summer scheme");
  assert_shows (projector, "Tom Fletcher · no date was set");
  assert_shows (projector, "Not done yet");

  /* Moving on shows the next, and what became of it. */
  coprod_live_state_set_review_index (live, 1);
  assert_shows (projector, "You said, we did · 2 of 3");
  assert_shows (projector, "Book a quieter room");
  assert_hides (projector, "Send the dates of the summer scheme");
  assert_shows (projector, "Done");
  assert_shows (projector, "Booked the library room");
  assert_hides (projector, "Not done yet");

  /* An outcome recorded while it is on screen shows at once, reason and all. */
  coprod_live_state_set_review_index (live, 2);
  assert_shows (projector, "Open the Saturday club on bank holidays");
  assert_shows (projector, "Not done yet");
  g_assert_true (coprod_action_set_status (open, COPROD_ACTION_CANNOT,
                                           "The building is shut on bank holidays", 0, &error));
  g_assert_no_error (error);
  assert_shows (projector, "Can’t do — here’s why");
  assert_shows (projector, "The building is shut on bank holidays");
  assert_hides (projector, "Not done yet");

  /* And the one before, done after all while the room looks back. */
  coprod_live_state_set_review_index (live, 0);
  g_assert_true (coprod_action_set_status (g_ptr_array_index (review, 0), COPROD_ACTION_DONE,
                                           "Sent this morning", 0, &error));
  assert_shows (projector, "Sent this morning");

  /* A new review with nothing in it. */
  coprod_live_state_set_review (live, none);
  assert_shows (projector, "Nothing to look back on from last time.");
  assert_hides (projector, "Send the dates of the summer scheme");
  coprod_live_state_end (live, NULL);
}

static void
test_review_scene (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, review_scene, f), ==, 0);
}

/* Before the meeting starts, the shared screen follows the facilitator's view. */
static void
follows_facilitator (GtkApplication *app,
                     GtkWindow      *window,
                     gpointer        user_data)
{
  CoprodTeam *team;
  CoprodMeeting *meeting;
  CoprodProjectorWindow *projector = open_example (window, &team, &meeting);
  CoprodLiveState *live = coprod_projector_window_get_live_state (projector);
  GtkWindow *editor;
  AdwViewStack *tabs;
  CoprodMeeting *other = find_meeting (team, "Getting to know each other");

  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_WELCOME);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-meeting", "x",
                                             coprod_meeting_get_id (meeting)));
  editor = coprod_test_find_toplevel (COPROD_TYPE_MEETING_EDITOR);
  g_assert_nonnull (editor);
  tabs = ADW_VIEW_STACK (coprod_test_child (GTK_WIDGET (editor), COPROD_TYPE_MEETING_EDITOR,
                                            "view_stack"));
  adw_view_stack_set_visible_child_name (tabs, "agenda");
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_AGENDA);
  assert_shows (projector, "What families tell us about short breaks");
  adw_view_stack_set_visible_child_name (tabs, "details");
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_WELCOME);
  gtk_window_destroy (editor);

  /* Another meeting's editor moves the shared screen on to that meeting. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-meeting", "x",
                                             coprod_meeting_get_id (other)));
  g_assert_true (coprod_live_state_get_meeting (coprod_projector_window_get_live_state (projector))
                 == other);
  assert_shows (projector, "Getting to know each other");
  gtk_window_destroy (coprod_test_find_toplevel (COPROD_TYPE_MEETING_EDITOR));

  /* A meeting under way keeps the shared screen whatever the facilitator opens. */
  live = coprod_window_live_state_for (COPROD_WINDOW (window), meeting, team);
  g_assert_true (coprod_live_state_start (live, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-meeting", "x",
                                             coprod_meeting_get_id (other)));
  g_assert_true (coprod_projector_window_get_live_state (projector) == live);
  gtk_window_destroy (coprod_test_find_toplevel (COPROD_TYPE_MEETING_EDITOR));
  coprod_live_state_end (live, NULL);
}

static void
test_follows_facilitator (Fixture       *f,
                          gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, follows_facilitator, f), ==, 0);
}

/* The expectations exercise: counts while the groups write, never their words; then
 * one group's side of the mirror, then its answers */

static CoprodExpectation *
expect (CoprodExercise            *exercise,
        CoprodGroup                author,
        CoprodExpectationList      list,
        const char                *text,
        GPtrArray                 *written)
{
  g_autoptr(GError) error = NULL;
  CoprodExpectation *item = coprod_exercise_add (exercise, author, list,
                                                 COPROD_CATEGORY_BEHAVIOUR, text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (item);
  g_ptr_array_add (written, g_strdup (text));
  return item;
}

static void
move_exercise (CoprodExercise      *exercise,
               CoprodExercisePhase  phase)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (coprod_exercise_set_phase (exercise, phase, &error));
  g_assert_no_error (error);
}

static void
expectations_scene (GtkApplication *app,
                    GtkWindow      *window,
                    gpointer        user_data)
{
  CoprodTeam *team;
  CoprodMeeting *meeting;
  CoprodProjectorWindow *projector = open_example (window, &team, &meeting);
  CoprodLiveState *live = coprod_projector_window_get_live_state (projector);
  GListModel *agenda = coprod_meeting_get_agenda (meeting);
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  CoprodExpectation *reply, *evening, *quick, *honest;
  CoprodExercise *exercise;

  /* Following the meeting, its item brings up the exercise; before the laptop begins
   * it, nobody has written anything. */
  g_assert_nonnull (coprod_meeting_add_agenda_item (meeting, COPROD_AGENDA_KIND_EXPECTATIONS,
                                                    "What we expect of each other", 30, &error));
  g_assert_no_error (error);
  g_assert_true (coprod_live_state_start (live, NULL));
  g_assert_true (coprod_live_state_go_to (live, g_list_model_get_n_items (agenda) - 1, NULL));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_EXPECTATIONS);
  g_assert_null (coprod_meeting_get_exercise (meeting));
  assert_shows (projector, "What we expect of each other");
  assert_shows (projector, "Families\n0 written\n");
  assert_shows (projector, "Professionals\n0 written\n");
  assert_shows (projector, "They are shown when both groups are ready.");

  /* While the groups write, the room sees how many lines each has, as they come, and
   * never a word of them. */
  exercise = coprod_meeting_ensure_exercise (meeting, &error);
  g_assert_no_error (error);
  reply = expect (exercise, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT,
                  "Answer emails within a week", written);
  assert_shows (projector, "Families\n1 written\n");
  assert_shows (projector, "Professionals\n0 written\n");
  evening = expect (exercise, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT,
                    "Hold some meetings in the evening", written);
  honest = expect (exercise, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT,
                   "Say so when something cannot be done", written);
  expect (exercise, COPROD_GROUP_A, COPROD_LIST_WE_THINK_THEY_EXPECT,
          "Come to every single meeting", written);
  expect (exercise, COPROD_GROUP_B, COPROD_LIST_WE_EXPECT,
          "Tell us what is working as well", written);
  quick = expect (exercise, COPROD_GROUP_B, COPROD_LIST_WE_THINK_THEY_EXPECT,
                  "Reply to messages quickly", written);
  expect (exercise, COPROD_GROUP_B, COPROD_LIST_WE_THINK_THEY_EXPECT,
          "Find more money for short breaks", written);
  assert_shows (projector, "Families\n4 written\n");
  assert_shows (projector, "Professionals\n3 written\n");
  assert_hides_all (projector, written);
  coprod_expectation_set_text (evening, "Hold some meetings in the evening, after work");
  g_ptr_array_add (written, g_strdup (coprod_expectation_get_text (evening)));
  assert_hides_all (projector, written);

  /* Revealed: the professionals' side, what the families expect of them beside what
   * they thought, a guess on the line of what it meant. */
  move_exercise (exercise, COPROD_PHASE_REVEALED);
  g_assert_true (coprod_exercise_pair (exercise, quick, reply, &error));
  g_assert_no_error (error);
  coprod_live_state_set_mirror (live, COPROD_GROUP_B);
  assert_shows (projector, "What Families expect of Professionals — and what Professionals thought");
  assert_shows (projector, "Answer emails within a week\nBehaviour\n⇄\nReply to messages quickly\n");
  /* Each missing half is said in words, on the same line (an empty pair marker between). */
  assert_shows (projector, "Hold some meetings in the evening, after work\nBehaviour\n\n"
                           "They expect this — we didn’t guess it\n");
  assert_shows (projector, "We thought they expected this — they don’t\n\n"
                           "Find more money for short breaks\n");
  assert_hides (projector, "Come to every single meeting");
  assert_hides (projector, "Tell us what is working as well");

  /* The other side: what the professionals expect of the families. */
  coprod_live_state_set_mirror (live, COPROD_GROUP_A);
  assert_shows (projector, "What Professionals expect of Families — and what Families thought");
  assert_shows (projector, "Tell us what is working as well");
  assert_shows (projector, "Come to every single meeting");
  assert_hides (projector, "Answer emails within a week");
  assert_hides (projector, "Find more money for short breaks");

  /* Answering: each answer in a sign and words, an honest "no" with its reason. */
  coprod_live_state_set_mirror (live, COPROD_GROUP_B);
  move_exercise (exercise, COPROD_PHASE_RESPONDING);
  assert_shows (projector, "What Families expect of Professionals — and how Professionals "
                           "answered");
  assert_shows (projector, "… Not answered yet");
  g_assert_true (coprod_exercise_respond (exercise, evening, COPROD_RESPONSE_CANNOT,
                                          "Our building closes at six", &error));
  g_assert_no_error (error);
  assert_shows (projector, "✖ We can’t meet this — here’s why\nOur building closes at six\n");
  g_assert_true (coprod_exercise_respond (exercise, reply, COPROD_RESPONSE_FIND_OUT, NULL,
                                          &error));
  assert_shows (projector, "? We need to find out");
  assert_hides (projector, "Agreed");
  coprod_exercise_respond (exercise, honest, COPROD_RESPONSE_CAN, NULL, &error);
  coprod_expectation_set_agreed (honest, TRUE);
  assert_shows (projector, "✔ We can meet this\nAgreed\n");
  assert_hides (projector, "Find more money for short breaks");
  move_exercise (exercise, COPROD_PHASE_DONE);
  assert_shows (projector, "Our building closes at six");

  /* Back to writing, the words go again. */
  move_exercise (exercise, COPROD_PHASE_DRAFTING);
  assert_shows (projector, "Families\n4 written\n");
  assert_hides_all (projector, written);
  assert_hides (projector, "Our building closes at six");

  /* The console's menu brings it up. */
  coprod_live_state_pin_scene (live, COPROD_SCENE_AGENDA);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "shared.scene", "s",
                                             "expectations"));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_EXPECTATIONS);
  assert_shows (projector, "Professionals\n3 written\n");
  coprod_live_state_end (live, NULL);
}

static void
test_expectations_scene (Fixture       *f,
                         gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, expectations_scene, f), ==, 0);
}

/* More expectations than fit: the first show, with how many more do not. */
static void
many_expectations (GtkApplication *app,
                   GtkWindow      *window,
                   gpointer        user_data)
{
  CoprodTeam *team;
  CoprodMeeting *meeting;
  CoprodProjectorWindow *projector = open_example (window, &team, &meeting);
  CoprodLiveState *live = coprod_projector_window_get_live_state (projector);
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  CoprodExercise *exercise = coprod_meeting_ensure_exercise (meeting, NULL);
  g_autofree char *text = NULL;
  g_autofree char *more = NULL;
  GtkWidget *list = NULL;
  guint hidden = 0;

  gtk_window_set_default_size (GTK_WINDOW (projector), 1920, 1080);
  coprod_live_state_pin_scene (live, COPROD_SCENE_EXPECTATIONS);
  for (guint i = 1; i <= 20; i++)
    {
      g_autofree char *words = g_strdup_printf ("Expectation number %u, in full", i);

      expect (exercise, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT, words, written);
    }
  move_exercise (exercise, COPROD_PHASE_REVEALED);
  coprod_live_state_set_mirror (live, COPROD_GROUP_B);
  /* What fits is known only once the list is laid out at the window's full size, in
   * its full type. */
  wait_for_full_size (projector);
  coprod_test_wait_until (n_left_out (projector) > 0,
                          "the shared screen to leave out some of 20 expectations");
  list = find_widget (GTK_WIDGET (projector), COPROD_TYPE_NEWEST_BOX);
  g_assert_nonnull (list);
  hidden = coprod_newest_box_get_n_hidden (COPROD_NEWEST_BOX (list));
  text = shown_text (projector, TRUE);
  g_test_message ("%u of 20 expectations left out:\n%s", hidden, text);
  g_assert_cmpuint (hidden, >, 0);
  g_assert_cmpuint (hidden, <, 19);
  more = g_strdup_printf ("and %u more\n", hidden);
  g_assert_nonnull (strstr (text, more));
  g_assert_nonnull (strstr (text, "Expectation number 1, in full"));
  g_assert_null (strstr (text, "Expectation number 20, in full"));

  /* The facilitator on the last line: the room sees it, under how many came before. */
  coprod_live_state_set_mirror_start (live, 19);
  g_clear_pointer (&text, g_free);
  text = settled_text (projector, TRUE);
  g_assert_nonnull (strstr (text, "19 lines above"));
  g_assert_nonnull (strstr (text, "Expectation number 20, in full"));
  g_assert_null (strstr (text, "Expectation number 1, in full"));
}

static void
test_many_expectations (Fixture       *f,
                        gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, many_expectations, f), ==, 0);
}

/* The words we're using: the meeting's words, each with what it means */

static CoprodGlossaryTerm *
glossary_term (CoprodTeam *team,
               const char *word)
{
  CoprodGlossaryTerm *term = coprod_team_find_glossary_term (team, word);

  g_assert_nonnull (term);
  return term;
}

/* "WORD\nMEANING\n": a word beside its meaning on the Words scene. */
static char *
word_row (CoprodTeam *team,
          const char *word)
{
  CoprodGlossaryTerm *term = glossary_term (team, word);

  return g_strdup_printf ("%s\n%s\n", coprod_glossary_term_get_term (term),
                          coprod_glossary_term_get_plain_meaning (term));
}

static void
words_scene (GtkApplication *app,
             GtkWindow      *window,
             gpointer        user_data)
{
  CoprodTeam *team;
  CoprodMeeting *meeting;
  CoprodProjectorWindow *projector = open_example (window, &team, &meeting);
  CoprodLiveState *live = coprod_projector_window_get_live_state (projector);
  g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (coprod_meeting_get_agenda (meeting), 3);
  CoprodGlossaryTerm *ehcp = glossary_term (team, "EHCP");
  g_autoptr(GDateTime) starts = g_date_time_new_local (2027, 2, 2, 10, 0, 0);
  g_autoptr(GDateTime) ends = g_date_time_add_hours (starts, 2);
  g_autoptr(GError) error = NULL;
  g_autofree char *breaks = word_row (team, "short breaks");
  g_autofree char *ehcp_row = word_row (team, "EHCP");
  g_autofree char *respite = word_row (team, "respite");
  g_autofree char *payments = word_row (team, "direct payments");
  g_autofree char *camhs = word_row (team, "CAMHS");
  g_autofree char *offer = word_row (team, "Local Offer");
  CoprodExercise *exercise;
  CoprodAction *action;
  CoprodTeam *other;
  CoprodMeeting *plain;
  CoprodLiveState *plain_live;

  /* The console's menu brings it up: the meeting is about short breaks. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "shared.scene", "s",
                                             "glossary"));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_GLOSSARY);
  assert_shows (projector, "Words we’re using");
  assert_shows (projector, breaks);
  assert_hides (projector, ehcp_row);

  /* A word in the purpose, one in an item, one in an action: each with its meaning, as
   * soon as it is written, and as the glossary has it now. */
  coprod_meeting_set_purpose (meeting, "Agree what the EHCP should say about breaks.");
  assert_shows (projector, ehcp_row);
  coprod_agenda_item_set_shared_notes (item, "Some call it respite.");
  assert_shows (projector, respite);
  action = add_action (team, meeting, "Find out about direct payments", NULL, NULL);
  assert_shows (projector, payments);
  coprod_action_set_text (action, "Find out about direct payments and the Local Offer");
  assert_shows (projector, offer);
  coprod_glossary_term_set_plain_meaning (ehcp, "A plan that says what help your child gets.");
  assert_shows (projector, "EHCP\nA plan that says what help your child gets.\n");
  assert_hides (projector, ehcp_row);

  /* Never a word from the private notes, nor from what the groups are still writing. */
  coprod_meeting_set_private_notes (meeting, "Ask the SENCO.");
  coprod_agenda_item_set_private_notes (item, "Mention the RAS only if asked.");
  exercise = coprod_meeting_ensure_exercise (meeting, &error);
  g_assert_no_error (error);
  g_assert_nonnull (coprod_exercise_add (exercise, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT,
                                         COPROD_CATEGORY_TASK, "Get us seen by CAMHS sooner",
                                         &error));
  assert_hides (projector, "SENCO");
  assert_hides (projector, "RAS");
  assert_hides (projector, "CAMHS");
  g_assert_true (coprod_exercise_set_phase (exercise, COPROD_PHASE_REVEALED, &error));
  assert_shows (projector, camhs);

  /* A word nobody has explained yet is left out. */
  g_assert_nonnull (coprod_team_add_glossary_term (team, "Zog panel", "", NULL, &error));
  g_assert_no_error (error);
  coprod_meeting_set_purpose (meeting, "What the Zog panel decided about the EHCP.");
  assert_shows (projector, "EHCP\n");
  assert_hides (projector, "Zog panel");

  /* The W key brings them up and puts them away again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "shared.words", NULL));
  g_assert_true (coprod_live_state_get_following (live));
  g_assert_cmpint (coprod_live_state_get_scene (live), !=, COPROD_SCENE_GLOSSARY);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "shared.words", NULL));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_GLOSSARY);

  /* A new team's first meeting, without any: a line saying so, and what to do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.create-team", "s",
                                             "Evening group"));
  other = coprod_window_get_team (COPROD_WINDOW (window));
  g_assert_true (other != team);
  plain = coprod_team_add_meeting (other, "Plain talk", starts, ends, &error);
  g_assert_no_error (error);
  plain_live = coprod_window_live_state_for (COPROD_WINDOW (window), plain, other);
  g_assert_true (coprod_projector_window_get_live_state (projector) == plain_live);
  coprod_live_state_pin_scene (plain_live, COPROD_SCENE_GLOSSARY);
  assert_shows (projector, "No special words so far.");
  assert_hides (projector, breaks);
}

static void
test_words_scene (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, words_scene, f), ==, 0);
}

/* More words than fit: the first show, whole, with how many more do not. */
static void
many_words (GtkApplication *app,
            GtkWindow      *window,
            gpointer        user_data)
{
  CoprodTeam *team;
  CoprodMeeting *meeting;
  CoprodProjectorWindow *projector = open_example (window, &team, &meeting);
  CoprodLiveState *live = coprod_projector_window_get_live_state (projector);
  g_autoptr(GPtrArray) words = NULL;
  g_autofree char *text = NULL;
  g_autofree char *more = NULL;
  GtkWidget *list = NULL;
  graphene_rect_t bounds;
  guint hidden = 0;

  gtk_window_set_default_size (GTK_WINDOW (projector), 1920, 1080);
  coprod_meeting_set_purpose (meeting, "SEND, the EHCP, SEN support, the annual review, the "
                              "SENCO, SENDIASS, the Local Offer, a personal budget, direct "
                              "payments, the RAS, respite, transition, safeguarding, the OT, "
                              "SALT, the physio, CAMHS, the GP and the paediatrician.");
  words = coprod_team_dup_meeting_words (team, meeting, COPROD_MEETING_WORDS_ON_SCREEN);
  g_assert_cmpuint (words->len, >=, 20);
  /* The pages are turned by hand first: the clock must not turn one as well while the
   * test reads them, however long a busy machine takes. */
  coprod_projector_window_set_words_seconds (projector, 3600);
  coprod_live_state_pin_scene (live, COPROD_SCENE_GLOSSARY);
  /* What fits is known only once the list is laid out at the window's full size, in
   * its full type. */
  wait_for_full_size (projector);
  coprod_test_wait_until (n_left_out (projector) > 0,
                          "the shared screen to leave out some of %u words", words->len);
  list = find_widget (GTK_WIDGET (projector), COPROD_TYPE_NEWEST_BOX);
  g_assert_nonnull (list);
  hidden = coprod_newest_box_get_n_hidden (COPROD_NEWEST_BOX (list));
  text = shown_text (projector, TRUE);
  g_test_message ("%u of %u words left out:\n%s", hidden, words->len, text);
  g_assert_cmpuint (hidden, >, 0);
  g_assert_cmpuint (hidden, <, words->len - 1);
  more = g_strdup_printf ("and %u more words, next\n", hidden);
  g_assert_nonnull (strstr (text, more));

  /* In the order of the words, and the last of them whole on the screen. */
  g_assert_nonnull (strstr (text, "annual review\n"));
  g_assert_null (strstr (text, "SALT\n"));
  g_assert_true (gtk_widget_compute_bounds (list, GTK_WIDGET (projector), &bounds));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=,
                     gtk_widget_get_height (GTK_WIDGET (projector)));

  /* The rest come up in turn, each once, and then the first again. */
  {
    g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
    guint pages = 1;

    for (guint i = 0; i < words->len; i++)
      {
        CoprodMeetingWord *word = g_ptr_array_index (words, i);
        g_autofree char *line = g_strdup_printf ("%s\n", word->word);

        if (strstr (text, line) != NULL)
          g_hash_table_add (seen, word->word);
      }
    g_assert_cmpuint (g_hash_table_size (seen), ==, words->len - hidden);
    while (coprod_projector_window_turn_words_page (projector))
      {
        g_autofree char *page = NULL;

        /* Laid out, so that the page is read as shown and the next turn knows what
         * this one left out. */
        page = settled_text (projector, TRUE);
        if (strstr (page, "Words we’re using, continued\n") == NULL)
          {
            /* Back to the first page. */
            g_assert_nonnull (strstr (page, "annual review\n"));
            break;
          }
        pages++;
        g_assert_cmpuint (pages, <=, words->len);
        g_assert_null (strstr (page, "annual review\n"));
        for (guint i = 0; i < words->len; i++)
          {
            CoprodMeetingWord *word = g_ptr_array_index (words, i);
            g_autofree char *line = g_strdup_printf ("%s\n", word->word);

            if (strstr (page, line) != NULL)
              {
                g_assert_false (g_hash_table_contains (seen, word->word));
                g_hash_table_add (seen, word->word);
              }
          }
      }
    g_test_message ("%u pages", pages);
    g_assert_cmpuint (pages, >, 1);
    g_assert_cmpuint (g_hash_table_size (seen), ==, words->len);
  }

  /* The pages turn by themselves, without anyone touching the laptop: every second
   * here, once the first page is laid out and what it leaves out is known. */
  coprod_projector_window_set_words_seconds (projector, 1);
  coprod_live_state_pin_scene (live, COPROD_SCENE_AGENDA);
  settle (projector);
  coprod_live_state_pin_scene (live, COPROD_SCENE_GLOSSARY);
  settle (projector);
  {
    g_autofree char *page = NULL;

    coprod_test_wait_until (shows_now (projector, TRUE, "Words we’re using, continued\n", &page),
                            "the Words scene to turn its page by itself, a second after it "
                            "came up; it shows:\n%s", page);
  }

  /* Another scene and back: the first page again. The clock is slowed first, so that it
   * cannot turn the page before the test has read it. */
  coprod_projector_window_set_words_seconds (projector, 3600);
  coprod_live_state_pin_scene (live, COPROD_SCENE_AGENDA);
  settle (projector);
  g_assert_false (coprod_projector_window_turn_words_page (projector));
  coprod_live_state_pin_scene (live, COPROD_SCENE_GLOSSARY);
  g_clear_pointer (&text, g_free);
  text = settled_text (projector, TRUE);
  g_assert_nonnull (strstr (text, "Words we’re using\n"));
  g_assert_nonnull (strstr (text, "annual review\n"));
}

static void
test_many_words (Fixture       *f,
                 gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, many_words, f), ==, 0);
}

/* Along the bottom of the item under way, what the words in it mean */

/* "WORD — MEANING": a word and its meaning on the strip. */
static char *
strip_line (CoprodTeam *team,
            const char *word)
{
  CoprodGlossaryTerm *term = glossary_term (team, word);

  return g_strdup_printf ("%s — %s\n", coprod_glossary_term_get_term (term),
                          coprod_glossary_term_get_plain_meaning (term));
}

static void
words_strip (GtkApplication *app,
             GtkWindow      *window,
             gpointer        user_data)
{
  CoprodTeam *team;
  CoprodMeeting *meeting;
  CoprodProjectorWindow *projector = open_example (window, &team, &meeting);
  CoprodLiveState *live = coprod_projector_window_get_live_state (projector);
  g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (coprod_meeting_get_agenda (meeting), 0);
  CoprodGlossaryTerm *ehcp = glossary_term (team, "EHCP");
  g_autoptr(GError) error = NULL;
  g_autofree char *ehcp_line = strip_line (team, "EHCP");
  g_autofree char *respite = strip_line (team, "respite");
  g_autofree char *senco = strip_line (team, "SENCO");
  g_autofree char *fourth = strip_line (team, "SENDIASS");
  g_autofree char *fifth = strip_line (team, "Local Offer");

  g_assert_true (coprod_live_state_start (live, NULL));
  coprod_live_state_pin_scene (live, COPROD_SCENE_CURRENT_ITEM);
  assert_shows (projector, coprod_agenda_item_get_title (item));

  /* An item without any of the glossary's words has no strip. */
  settle (projector);
  g_assert_null (find_by_class (GTK_WIDGET (projector), "words-strip"));

  /* A word in what the item is about: its meaning along the bottom, as the glossary has
   * it now. */
  coprod_agenda_item_set_plain_description (item, "What the EHCP says about school.");
  assert_shows (projector, ehcp_line);
  coprod_test_wait_until (find_by_class (GTK_WIDGET (projector), "words-strip") != NULL,
                          "the strip of words along the bottom of the item");
  g_assert_nonnull (find_by_class (GTK_WIDGET (projector), "words-strip"));
  coprod_glossary_term_set_plain_meaning (ehcp, "A plan that says what help your child gets.");
  assert_shows (projector, "EHCP — A plan that says what help your child gets.\n");
  assert_hides (projector, ehcp_line);
  g_free (ehcp_line);
  ehcp_line = strip_line (team, "EHCP");

  /* One in the shared notes too; and the item without them again, no strip. */
  coprod_agenda_item_set_shared_notes (item, "Some call it respite.");
  assert_shows (projector, respite);
  coprod_agenda_item_set_plain_description (item, "What we want from school.");
  coprod_agenda_item_set_shared_notes (item, "");
  assert_hides (projector, ehcp_line);
  assert_hides (projector, respite);
  settle (projector);
  g_assert_null (find_by_class (GTK_WIDGET (projector), "words-strip"));

  /* A word only in the private notes is never explained to the room. */
  coprod_agenda_item_set_private_notes (item, "Ask the SENCO about the EHCP first.");
  assert_hides (projector, senco);
  assert_hides (projector, "SENCO");
  assert_hides (projector, "EHCP");
  settle (projector);
  g_assert_null (find_by_class (GTK_WIDGET (projector), "words-strip"));

  /* A word nobody has explained yet is left out. */
  g_assert_nonnull (coprod_team_add_glossary_term (team, "Zog panel", "", NULL, &error));
  g_assert_no_error (error);
  coprod_agenda_item_set_plain_description (item, "What the Zog panel decided.");
  assert_hides (projector, "Zog panel —");
  settle (projector);
  g_assert_null (find_by_class (GTK_WIDGET (projector), "words-strip"));

  /* Three at most, in the order they come, with how many more there are. */
  coprod_agenda_item_set_plain_description (item, "The EHCP, respite, the SENCO, SENDIASS "
                                            "and the Local Offer.");
  assert_shows (projector, ehcp_line);
  assert_shows (projector, respite);
  assert_shows (projector, senco);
  assert_shows (projector, "and 2 more words: see “Words we’re using”");
  assert_hides (projector, fourth);
  assert_hides (projector, fifth);
  coprod_live_state_end (live, NULL);
}

static void
test_words_strip (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, words_strip, f), ==, 0);
}

/* One live state, driving the console and two shared screens */

static char *
store_digest (const char *db_path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *digest = g_string_new (NULL);
  const char *sql = "SELECT id, title, minutes, actual_start, actual_end, private_notes, "
                    "added_minutes FROM agenda_item ORDER BY id";

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int c = 0; c < sqlite3_column_count (stmt); c++)
      g_string_append_printf (digest, "%s|", (const char *) sqlite3_column_text (stmt, c));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (digest, FALSE);
}

/* Which action a key triggers through @widget's shortcut controllers, or NULL. */
static char *
action_for_key (GtkWidget       *widget,
                guint            keyval,
                GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_keyval_trigger_new (keyval, modifiers);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted) &&
              GTK_IS_NAMED_ACTION (action))
            return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
        }
    }
  return NULL;
}

static void
assert_key (GtkWidget       *widget,
            guint            keyval,
            GdkModifierType  modifiers,
            const char      *action)
{
  g_autofree char *found = action_for_key (widget, keyval, modifiers);

  g_assert_cmpstr (found, ==, action);
}

/* Whether @menu, or a section of it, has an item for @action with @target. */
static gboolean
menu_offers (GMenuModel *menu,
             const char *action,
             const char *target)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *value = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL && menu_offers (section, action, target))
        return TRUE;
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &value) &&
          g_str_equal (name, action) && g_str_equal (value, target))
        return TRUE;
    }
  return FALSE;
}

static void
two_windows (GtkApplication *app,
             GtkWindow      *window,
             gpointer        user_data)
{
  Fixture *f = user_data;
  CoprodStore *store =
    coprod_context_get_store (coprod_application_get_context (COPROD_APPLICATION (app)));
  CoprodTeam *team;
  CoprodMeeting *meeting;
  CoprodProjectorWindow *projector = open_example (window, &team, &meeting);
  CoprodLiveState *live = coprod_projector_window_get_live_state (projector);
  g_autoptr(CoprodAgendaItem) second = g_list_model_get_item (coprod_meeting_get_agenda (meeting), 1);
  g_autoptr(GError) error = NULL;
  CoprodLiveWindow *console;
  CoprodProjectorWindow *other;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  double size;

  console = coprod_live_window_new (window, live, team, &error);
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (console));
  other = coprod_projector_window_new (GTK_WINDOW (console), live, team);
  gtk_window_present (GTK_WINDOW (other));
  coprod_test_wait_for_frame (GTK_WIDGET (console));
  coprod_test_wait_for_frame (GTK_WIDGET (other));

  /* Page Down in the console moves both shared screens on, to the second item: the
   * review of last time's actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "live.next", NULL));
  g_assert_cmpint (coprod_agenda_item_get_kind (second), ==, COPROD_AGENDA_KIND_ACTIONS_REVIEW);
  assert_shows (projector, "You said, we did");
  assert_shows (other, "You said, we did");

  /* The console's shared-screen controls reach both. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "shared.scene", "s", "agenda"));
  assert_shows (projector, "▶ Now");
  assert_shows (other, "▶ Now");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "shared.blank", NULL));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==, COPROD_SCENE_BLANK);
  assert_hides (other, "▶ Now");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "shared.blank", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "shared.scene", "s", "follow"));
  g_assert_cmpint (coprod_live_state_get_scene (live), ==,
                   coprod_live_scene_for_kind (coprod_agenda_item_get_kind (second)));

  /* The shared screen's own keys change how it shows, never the meeting. What the
   * console did is committed first, so that the file holds the meeting as it is. */
  gtk_window_set_default_size (GTK_WINDOW (projector), 1920, 1080);
  wait_for_full_size (projector);
  coprod_test_wait_until (!coprod_store_get_has_pending (store),
                          "the store to commit the moves the console made");
  before = store_digest (f->db_path);
  size = coprod_projector_window_get_font_size (projector);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "shared.bigger", NULL));
  coprod_test_wait_until (G_APPROX_VALUE (coprod_projector_window_get_font_size (projector),
                                          size * 1.1, 0.5),
                          "the type to grow from %.1f px to about %.1f px (it is %.1f px)",
                          size, size * 1.1, coprod_projector_window_get_font_size (projector));
  g_assert_cmpfloat_with_epsilon (coprod_projector_window_get_font_size (projector),
                                  size * 1.1, 0.5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "shared.smaller", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "shared.blank", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "shared.blank", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "shared.next-card", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "shared.next-card", NULL));
  g_assert_cmpuint (coprod_live_state_get_card_index (live), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "shared.shared-screen-theme",
                                             "s", "yellow"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "projector.leave-fullscreen",
                                             NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (projector), "projector.next-monitor",
                                             NULL));
  /* Whatever the keys wrote would be pending in the store by now, once what they queued
   * has run; it is compared once committed. */
  settle (projector);
  coprod_test_wait_until (!coprod_store_get_has_pending (store),
                          "the store to commit what the shared screen's keys wrote");
  after = store_digest (f->db_path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (coprod_live_state_get_current_index (live), ==, 1);

  /* Type follows the window: about 40 px for body text at 1920×1080. */
  {
    int w = gtk_widget_get_width (GTK_WIDGET (projector));
    int h = gtk_widget_get_height (GTK_WIDGET (projector));

    g_test_message ("shared screen %d×%d, body %.1f px", w, h,
                    coprod_projector_window_get_font_size (projector));
    g_assert_cmpfloat_with_epsilon (coprod_projector_window_get_font_size (projector),
                                    40.0 * MIN (w / 1920.0, h / 1080.0), 0.5);
    /* On this test's 1920×1080 screen the window gets nearly all of it. */
    g_assert_cmpint (w, >=, 1800);
    g_assert_cmpfloat (coprod_projector_window_get_font_size (projector), >=, 36.0);
  }

  /* The keys: on the shared screen, and from the console. */
  assert_key (GTK_WIDGET (projector), GDK_KEY_b, 0, "shared.blank");
  assert_key (GTK_WIDGET (projector), GDK_KEY_plus, GDK_CONTROL_MASK, "shared.bigger");
  assert_key (GTK_WIDGET (projector), GDK_KEY_minus, GDK_CONTROL_MASK, "shared.smaller");
  assert_key (GTK_WIDGET (projector), GDK_KEY_Right, 0, "shared.next-card");
  assert_key (GTK_WIDGET (console), GDK_KEY_b, 0, "shared.blank");
  assert_key (GTK_WIDGET (console), GDK_KEY_Right, GDK_CONTROL_MASK, "shared.next-card");
  assert_key (GTK_WIDGET (console), GDK_KEY_Right, 0, NULL);
  assert_key (GTK_WIDGET (projector), GDK_KEY_w, 0, "shared.words");
  assert_key (GTK_WIDGET (console), GDK_KEY_w, 0, "shared.words");

  /* The console's screen menu offers every scene, the words we're using among them. */
  {
    GtkWidget *button = coprod_test_find_widget (GTK_WIDGET (console), GTK_TYPE_MENU_BUTTON);
    GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));

    g_assert_true (menu_offers (menu, "shared.scene", "agenda"));
    g_assert_true (menu_offers (menu, "shared.scene", "glossary"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "shared.scene", "s",
                                               "glossary"));
    assert_shows (projector, "Words we’re using");
  }

  gtk_window_destroy (GTK_WINDOW (other));
  coprod_live_state_end (live, NULL);
  gtk_window_destroy (GTK_WINDOW (console));
}

static void
test_two_windows (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_cmpint (coprod_test_run_app (f->data_dir, two_windows, f), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/projector/theme-contrast", test_theme_contrast);
  g_test_add_func ("/projector/monitors", test_monitors);
  g_test_add_func ("/projector/newest-box-note", test_newest_box_note);
  g_test_add ("/projector/privacy", Fixture, NULL, fixture_set_up, test_privacy,
              fixture_tear_down);
  g_test_add ("/projector/updates", Fixture, NULL, fixture_set_up, test_updates,
              fixture_tear_down);
  g_test_add ("/projector/actions", Fixture, NULL, fixture_set_up, test_actions_scene,
              fixture_tear_down);
  g_test_add ("/projector/many-actions", Fixture, NULL, fixture_set_up, test_many_actions,
              fixture_tear_down);
  g_test_add ("/projector/review", Fixture, NULL, fixture_set_up, test_review_scene,
              fixture_tear_down);
  g_test_add ("/projector/expectations", Fixture, NULL, fixture_set_up,
              test_expectations_scene, fixture_tear_down);
  g_test_add ("/projector/many-expectations", Fixture, NULL, fixture_set_up,
              test_many_expectations, fixture_tear_down);
  g_test_add ("/projector/words", Fixture, NULL, fixture_set_up, test_words_scene,
              fixture_tear_down);
  g_test_add ("/projector/many-words", Fixture, NULL, fixture_set_up, test_many_words,
              fixture_tear_down);
  g_test_add ("/projector/words-strip", Fixture, NULL, fixture_set_up, test_words_strip,
              fixture_tear_down);
  g_test_add ("/projector/follows-facilitator", Fixture, NULL, fixture_set_up,
              test_follows_facilitator, fixture_tear_down);
  g_test_add ("/projector/two-windows", Fixture, NULL, fixture_set_up, test_two_windows,
              fixture_tear_down);

  return g_test_run ();
}
