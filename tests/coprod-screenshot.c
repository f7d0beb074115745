/* coprod-screenshot.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders one view of Coprod to a PNG file, under Xvfb, with the example team:
 *   coprod-screenshot --view=people --width=1280 --height=800 --output=people.png
 * Views: welcome, people, meetings, person, meeting, agenda, empty-agenda, new-team,
 * agenda-item, live, team-settings, recovery, empty-team; and the shared screen's
 * scenes, at the size given, in --theme (light, dark, yellow): shared-welcome,
 * shared-agenda, shared-current, shared-overrun, shared-introductions, shared-actions
 * (and -many, twelve of them, and -long, one of 400 characters), shared-review (done,
 * and -cannot, -long), shared-expectations-drafting, shared-expectations-mirror and
 * shared-expectations-responses (each also -many, twenty lines a list, and -long, one
 * of 300 characters), shared-words (and -many, some twenty words, and -none),
 * shared-current-words (five words in the item under way), shared-blank.
 */

#include <glib/gstdio.h>
#include <string.h>

#include "coprod-action-editor.h"
#include "coprod-actions-view.h"
#include "coprod-agenda-item-editor.h"
#include "coprod-application.h"
#include "coprod-context.h"
#include "coprod-exercise-window.h"
#include "coprod-live-window.h"
#include "coprod-meeting-editor.h"
#include "coprod-meeting-words.h"
#include "coprod-plain-words.h"
#include "coprod-test-app.h"
#include "coprod-window.h"

static char *view = NULL;
static char *output = NULL;
static int width = 1280;
static int height = 800;
static char *theme = NULL;

static const GOptionEntry entries[] = {
  { "view", 0, 0, G_OPTION_ARG_STRING, &view, "What to show", "VIEW" },
  { "width", 0, 0, G_OPTION_ARG_INT, &width, "Window width", "PX" },
  { "height", 0, 0, G_OPTION_ARG_INT, &height, "Window height", "PX" },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, "PNG file to write", "FILE" },
  { "theme", 0, 0, G_OPTION_ARG_STRING, &theme, "Shared screen theme", "THEME" },
  { NULL }
};

/* Waits until @window has taken the size it was last given, or as near as its content
 * lets it come. GTK asks the display server for it when it next lays the window out;
 * the server answers with the size it gave, and the window is laid out at that size in
 * the frame after. There is no window manager under Xvfb to put the request off, so
 * the answer is in by the time the server has answered a round trip. */
static void
wait_for_size (GtkWindow *window)
{
  coprod_test_wait_for_frame (GTK_WIDGET (window));
  gdk_display_sync (gtk_widget_get_display (GTK_WIDGET (window)));
  coprod_test_wait_for_idle ();
}

/* Whether @leaflet is sliding from one page to another, or folding. Folding has no
 * flag to say so: it is over when the page on show fills the leaflet. Screenshots only
 * ever fold a leaflet, from the window's first size to a narrow one, so unfolding is
 * not looked for. */
static gboolean
leaflet_moving (AdwLeaflet *leaflet)
{
  GtkWidget *shown = adw_leaflet_get_visible_child (leaflet);
  graphene_rect_t bounds;

  if (adw_leaflet_get_child_transition_running (leaflet))
    return TRUE;
  if (!adw_leaflet_get_folded (leaflet) || shown == NULL ||
      !gtk_widget_compute_bounds (shown, GTK_WIDGET (leaflet), &bounds))
    return FALSE;
  return bounds.origin.x != 0 || bounds.size.width != gtk_widget_get_width (GTK_WIDGET (leaflet));
}

/* Whether anything on screen in @widget is still animating: a picture taken now would
 * catch a page half slid in, two pages crossfaded, or the view switcher half way to the
 * bottom of a narrow window. */
static gboolean
is_moving (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if ((GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget))) ||
      (ADW_IS_SQUEEZER (widget) && adw_squeezer_get_transition_running (ADW_SQUEEZER (widget))) ||
      (ADW_IS_LEAFLET (widget) && leaflet_moving (ADW_LEAFLET (widget))) ||
      (GTK_IS_REVEALER (widget) &&
       gtk_revealer_get_child_revealed (GTK_REVEALER (widget)) !=
         gtk_revealer_get_reveal_child (GTK_REVEALER (widget))))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (is_moving (child))
      return TRUE;
  return FALSE;
}

/* Waits until @widget is drawn as it comes to rest, for its picture: its window has
 * drawn a whole frame, nothing in it is animating, and nothing was left to run. A frame
 * can leave work for after it (the shared screen fits its type to its new size in an
 * idle after the layout), and that work needs another frame, so frames are drawn until
 * one leaves none. Nothing may be left to run in any window: one still drawing (the
 * live console, for a moment after the shared screen opens) costs a few frames. */
static void
wait_for_rest (GtkWidget *widget)
{
  gint64 deadline = coprod_test_deadline ();

  for (;;)
    {
      coprod_test_wait_for_idle ();
      coprod_test_wait_until (!is_moving (widget), "the animations in a %s to end",
                              G_OBJECT_TYPE_NAME (widget));
      coprod_test_wait_for_frame (widget);
      if (!g_main_context_pending (NULL) && !is_moving (widget))
        return;
      if (g_get_monotonic_time () > deadline)
        {
          coprod_test_timed_out (__FILE__, __LINE__, G_STRFUNC,
                                 "!g_main_context_pending (NULL) && !is_moving (widget)",
                                 "a %s to come to rest", G_OBJECT_TYPE_NAME (widget));
          return;
        }
    }
}

/* An exercise part way through: both groups' lists, some pairs, some answers. */
static void
fill_exercise (CoprodExercise *exercise,
               const char     *stage)
{
  static const struct
  {
    CoprodGroup author;
    CoprodExpectationList list;
    CoprodExpectationCategory category;
    const char *text;
  } lines[] = {
    { COPROD_GROUP_A, COPROD_LIST_WE_EXPECT, COPROD_CATEGORY_BEHAVIOUR,
      "Tell us the truth, even when the answer is no" },
    { COPROD_GROUP_A, COPROD_LIST_WE_EXPECT, COPROD_CATEGORY_TASK,
      "Answer emails and calls within a week" },
    { COPROD_GROUP_A, COPROD_LIST_WE_EXPECT, COPROD_CATEGORY_TASK,
      "Weekend short breaks for every family that needs one" },
    { COPROD_GROUP_A, COPROD_LIST_WE_EXPECT, COPROD_CATEGORY_SKILL,
      "Know what support there is, not only what your own team does" },
    { COPROD_GROUP_A, COPROD_LIST_WE_THINK_THEY_EXPECT, COPROD_CATEGORY_BEHAVIOUR,
      "Be patient with how slowly things change" },
    { COPROD_GROUP_A, COPROD_LIST_WE_THINK_THEY_EXPECT, COPROD_CATEGORY_TASK,
      "Fill in the forms on time" },
    { COPROD_GROUP_B, COPROD_LIST_WE_EXPECT, COPROD_CATEGORY_TASK,
      "Tell us early when something is not working" },
    { COPROD_GROUP_B, COPROD_LIST_WE_EXPECT, COPROD_CATEGORY_BEHAVIOUR,
      "Give us a chance to put things right" },
    { COPROD_GROUP_B, COPROD_LIST_WE_THINK_THEY_EXPECT, COPROD_CATEGORY_BEHAVIOUR,
      "Be honest about what we can and can't do" },
    { COPROD_GROUP_B, COPROD_LIST_WE_THINK_THEY_EXPECT, COPROD_CATEGORY_TASK,
      "Sort out every problem straight away" },
    { COPROD_GROUP_B, COPROD_LIST_WE_THINK_THEY_EXPECT, COPROD_CATEGORY_TASK,
      "Reply quickly" },
  };
  CoprodExpectation *made[G_N_ELEMENTS (lines)];

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    made[i] = coprod_exercise_add (exercise, lines[i].author, lines[i].list, lines[i].category,
                                   lines[i].text, NULL);
  if (g_str_has_prefix (stage, "exercise-write"))
    return;
  coprod_exercise_set_phase (exercise, COPROD_PHASE_REVEALED, NULL);
  coprod_exercise_pair (exercise, made[8], made[0], NULL);
  coprod_exercise_pair (exercise, made[10], made[1], NULL);
  if (g_str_equal (stage, "exercise-compare"))
    return;
  coprod_exercise_set_phase (exercise, COPROD_PHASE_RESPONDING, NULL);
  coprod_exercise_respond (exercise, made[0], COPROD_RESPONSE_CAN,
                           "We will say no in plain words, and why", NULL);
  coprod_exercise_respond (exercise, made[1], COPROD_RESPONSE_PARTLY,
                           "Within a week for emails; calls may take longer in August", NULL);
  coprod_exercise_respond (exercise, made[2], COPROD_RESPONSE_CANNOT,
                           "There are twelve weekend places for forty families this year",
                           NULL);
  coprod_exercise_respond (exercise, made[3], COPROD_RESPONSE_FIND_OUT, "", NULL);
  coprod_expectation_set_agreed (made[0], TRUE);
}

/* Jargon and a deficit phrase typed into an agenda item, and the popover for a word the
 * glossary lacks, saved beside the picture of the window as OUTPUT-popover.png: a
 * popover is a surface of its own. */
static void
show_plain_words (GtkWindow *editor)
{
  GtkWidget *description = coprod_test_find_widget (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (description));
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_strndup (output, strlen (output) - strlen (".png"));
  g_autofree char *popover_path = g_strconcat (base, "-popover.png", NULL);
  GtkPopover *popover;
  GtkTextIter start, match;

  gtk_text_buffer_set_text (buffer,
                            "How the RAS and the EHCP review decide short breaks, and "
                            "what the LPQ said. One difficult family asked for respite.", -1);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_iter_forward_search (&start, "LPQ", 0, &match, NULL, NULL);
  gtk_text_iter_forward_char (&match);
  gtk_text_buffer_place_cursor (buffer, &match);
  gtk_widget_grab_focus (description);
  if (!coprod_plain_words_explain (description))
    g_error ("No word to explain at the cursor");
  popover = coprod_plain_words_get_popover (description);
  wait_for_rest (GTK_WIDGET (popover));
  if (!coprod_test_save_png (GTK_WIDGET (popover), popover_path, &error))
    g_error ("%s", error->message);
  g_print ("%s\n", popover_path);
}

/* The team's Actions view, its history, or an action in the editor. */
static void
show_actions (GtkWidget  *win,
              CoprodTeam *team)
{
  GtkWidget *actions;

  gtk_widget_activate_action (win, "win.show-page", "s", "actions");
  /* The page is made the first time it is shown. */
  coprod_test_wait_until (coprod_test_find_widget (win, COPROD_TYPE_ACTIONS_VIEW) != NULL,
                          "the Actions page to be made");
  actions = coprod_test_find_widget (win, COPROD_TYPE_ACTIONS_VIEW);
  if (g_str_equal (view, "actions-history"))
    coprod_actions_view_show_history (COPROD_ACTIONS_VIEW (actions), TRUE);
  else if (g_str_equal (view, "actions-search"))
    coprod_actions_view_search (COPROD_ACTIONS_VIEW (actions), "amara");
  else if (g_str_equal (view, "new-action"))
    coprod_actions_view_new_action (COPROD_ACTIONS_VIEW (actions));
  else if (g_str_equal (view, "edit-action"))
    {
      GListModel *list = coprod_team_get_actions (team);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(CoprodAction) action = g_list_model_get_item (list, i);

          if (coprod_action_get_status (action) == COPROD_ACTION_CANNOT)
            gtk_window_present (GTK_WINDOW (coprod_action_editor_new (GTK_WINDOW (win), team,
                                                                      action, 0)));
        }
    }
}

static gint64
later_monotonic (gpointer user_data)
{
  return g_get_monotonic_time () + (gint64) 31 * 60 * G_USEC_PER_SEC;
}

static gint64
later_wall (gpointer user_data)
{
  return g_get_real_time () + (gint64) 31 * 60 * G_USEC_PER_SEC;
}

static void
prepare_data (const char *data_dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodStore) store = NULL;
  g_autoptr(CoprodContext) context = NULL;

  if (g_str_equal (view, "welcome"))
    return;

  store = coprod_store_open (data_dir, &error);
  if (store != NULL)
    context = coprod_context_new (store, &error);
  if (context != NULL && g_str_equal (view, "empty-team"))
    {
      if (coprod_context_create_team (context, "Northfield Parent Forum", &error) == NULL)
        g_error ("Could not make the team: %s", error->message);
      return;
    }
  if (context == NULL || coprod_context_add_example (context, &error) == NULL)
    g_error ("Could not make the example data: %s", error->message);

  if (g_str_equal (view, "recovery"))
    {
      g_autofree char *path = g_build_filename (data_dir, "coprod.db", NULL);

      coprod_store_backup (store, NULL);
      g_clear_object (&context);
      g_clear_object (&store);
      g_file_set_contents (path, "this is not a database any more", -1, NULL);
    }
}

static gint64
find_id (GListModel *model,
         const char *property,
         const char *value)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *text = NULL;
      gint64 id;

      g_object_get (item, property, &text, "id", &id, NULL);
      if (g_strcmp0 (text, value) == 0)
        return id;
    }
  g_error ("No item with %s “%s”", property, value);
}

/* The meeting's Words tab, after an agenda item is written with words to explain. */
static void
show_meeting_words (GtkWidget  *win,
                    CoprodTeam *team)
{
  GListModel *meetings = coprod_team_get_meetings (team);
  gint64 id = find_id (meetings, "title", "Short breaks: what is working and what is next");
  g_autoptr(CoprodMeeting) meeting = NULL;
  g_autoptr(CoprodAgendaItem) item = NULL;

  for (guint i = 0; meeting == NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(CoprodMeeting) candidate = g_list_model_get_item (meetings, i);

      if (coprod_meeting_get_id (candidate) == id)
        meeting = g_steal_pointer (&candidate);
    }
  item = g_list_model_get_item (coprod_meeting_get_agenda (meeting), 3);

  coprod_agenda_item_set_plain_description (item, "What the SDQ scores and the EHCP reviews "
                                                  "tell us about respite.");
  gtk_widget_activate_action (win, "win.edit-meeting", "x", id);
  coprod_meeting_editor_show_page (
    COPROD_MEETING_EDITOR (coprod_test_wait_for_toplevel (COPROD_TYPE_MEETING_EDITOR)), "words");
}

static gint64
person_id (CoprodTeam *team,
           const char *name)
{
  return find_id (coprod_team_get_people (team), "name", name);
}

/* A due date @days after the meeting, or none for 0. */
static GDate *
due_after (CoprodMeeting *meeting,
           int            days,
           GDate         *date)
{
  GDateTime *starts = coprod_meeting_get_starts_at (meeting);

  if (days == 0)
    return NULL;
  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (starts), g_date_time_get_month (starts),
                  g_date_time_get_year (starts));
  g_date_add_days (date, days);
  return date;
}

static CoprodAction *
add_action (CoprodTeam    *team,
            CoprodMeeting *meeting,
            const char    *text,
            const char    *owner,
            int            days)
{
  g_autoptr(GError) error = NULL;
  GDate date;
  CoprodAction *action = coprod_team_add_action (team, text, person_id (team, owner),
                                                 due_after (meeting, days, &date),
                                                 coprod_meeting_get_id (meeting), 0, &error);

  if (action == NULL)
    g_error ("Could not add an action: %s", error->message);
  return action;
}

#define LONG_ACTION "Talk to the transport team about pick-up times for the after-school " \
  "club, because three families said their children wait outside for up to forty minutes, " \
  "sometimes in the rain, and come back to the next meeting with what can change, what " \
  "cannot, and who to contact in the meantime if a taxi is late again; and write it up in " \
  "plain words so that every family at the forum gets the same answer, not just the ones here."

/* The actions of an actions round, as they are typed in. */
static void
add_actions (CoprodTeam    *team,
             CoprodMeeting *meeting)
{
  add_action (team, meeting, "Send everyone the list of short-break providers, with what each "
              "one offers and what it costs", "Sunita Patel", 7);
  add_action (team, meeting, "Find out whether the Saturday club can take young people over "
              "16, and tell us either way", "Tom Fletcher", 14);
  add_action (team, meeting, "Talk to the transport team about pick-up times for the "
              "after-school club, as three families said their children wait outside for up "
              "to forty minutes", "Grace Mensah", 14);
  add_action (team, meeting, "Ask the parents at the forum which holiday weeks matter most",
              "Amara Okafor", 21);
  add_action (team, meeting, "Share how the direct payments form went for us", "Lena Novak", 0);
  if (g_str_equal (view, "shared-actions-many"))
    {
      add_action (team, meeting, "Book a quieter room for the next meeting", "Rachel Hughes", 10);
      add_action (team, meeting, "Check the dates of the summer scheme", "Pete Kowalski", 12);
      add_action (team, meeting, "Put the new leaflet on the council website", "Tom Fletcher", 30);
      add_action (team, meeting, "Ask Riverside Health about waiting times for therapy",
                  "Dr Ben Carter", 28);
      add_action (team, meeting, "Find a date for a visit to the new centre", "Sunita Patel", 0);
      add_action (team, meeting, "Send the notes of this meeting to everyone", "Rachel Hughes", 3);
    }
  add_action (team, meeting, "Write down, with Riverside Youth Voice, what a good short break "
              "looks like for someone aged 16 to 25", "Jordan Reid", 28);
  if (g_str_equal (view, "shared-actions-long"))
    add_action (team, meeting, LONG_ACTION, "Grace Mensah", 14);
}

/* What "You said, we did" looks back on: done, can't do, and not yet. */
static void
review_actions (CoprodTeam      *team,
                CoprodMeeting   *meeting,
                CoprodLiveState *live)
{
  GListModel *meetings = coprod_team_get_meetings (team);
  g_autoptr(CoprodMeeting) before = g_list_model_get_item (meetings, 0);
  g_autoptr(GPtrArray) review = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean long_text = g_str_equal (view, "shared-review-long");
  CoprodAction *action;

  /* Any other meeting of the team will do as last time. */
  if (before == meeting)
    {
      g_object_unref (before);
      before = g_list_model_get_item (meetings, 1);
    }
  action = add_action (team, before, "Send everyone the dates of the summer scheme",
                       "Sunita Patel", 20);
  coprod_action_set_status (action, COPROD_ACTION_DONE, "Sent on Monday. Two more dates were "
                            "added since, for older young people.", 0, NULL);
  g_ptr_array_add (review, g_object_ref (action));
  action = add_action (team, before, long_text ? LONG_ACTION
                                               : "Get the Saturday club to open on bank holidays",
                       "Tom Fletcher", 20);
  coprod_action_set_status (action, COPROD_ACTION_CANNOT, "The building is shut on bank holidays "
                            "and the council cannot pay staff extra this year. I have asked "
                            "about the Easter holiday instead and will know by the end of the "
                            "month.", 0, NULL);
  g_ptr_array_add (review, g_object_ref (action));
  action = add_action (team, before, "Ask the school about a quiet room at lunchtime",
                       "Grace Mensah", 25);
  g_ptr_array_add (review, g_object_ref (action));
  action = add_action (team, before, "Tell the forum how the new form went", "Lena Novak", 0);
  g_ptr_array_add (review, g_object_ref (action));
  coprod_live_state_set_review (live, review);
  if (g_str_equal (view, "shared-review-cannot") || long_text)
    coprod_live_state_set_review_index (live, 1);
}

/* Words to explain: five in the item under way, and for -many, some twenty in the
 * meeting's actions; for -none, the meeting's words taken out of the glossary. */
static void
use_words (CoprodTeam    *team,
           CoprodMeeting *meeting)
{
  GListModel *agenda = coprod_meeting_get_agenda (meeting);
  g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, 3);

  coprod_agenda_item_set_plain_description (item, "What is working and what is not: short "
                                            "breaks and respite, direct payments, and where "
                                            "the Local Offer and the EHCP come in.");
  if (g_str_equal (view, "shared-words-many"))
    {
      add_action (team, meeting, "Ask the SENCO how SEN support and the annual review fit "
                  "together", "Grace Mensah", 14);
      add_action (team, meeting, "Find out from SENDIASS how an EHC needs assessment is asked "
                  "for", "Amara Okafor", 14);
      add_action (team, meeting, "Check the waiting times for CAMHS, SALT and the OT",
                  "Dr Ben Carter", 21);
      add_action (team, meeting, "Write down what transition and preparing for adulthood "
                  "mean for us", "Jordan Reid", 28);
      add_action (team, meeting, "Ask how the RAS sets a personal budget", "Sunita Patel", 14);
      add_action (team, meeting, "Tell families about the carer's assessment and safeguarding "
                  "training", "Rachel Hughes", 7);
      add_action (team, meeting, "Ask the physio and the paediatrician to the next meeting",
                  "Tom Fletcher", 30);
    }
  else if (g_str_equal (view, "shared-words-none"))
    {
      g_autoptr(GPtrArray) words = coprod_team_dup_meeting_words (team, meeting,
                                                                  COPROD_MEETING_WORDS_DEFAULT);

      for (guint i = 0; i < words->len; i++)
        {
          CoprodMeetingWord *word = g_ptr_array_index (words, i);

          coprod_team_delete_glossary_term (team, word->term, NULL);
        }
    }
}

#define LONG_EXPECTATION "Answer emails and calls within a week, even if only to say you " \
  "are still working on it, because when we hear nothing we do not know whether anyone has " \
  "read what we sent, and chasing the same question again and again, between school runs " \
  "and appointments, wears us down and makes us feel like a nuisance."

static CoprodExpectation *
expect (CoprodExercise            *exercise,
        CoprodGroup                author,
        CoprodExpectationList      list,
        CoprodExpectationCategory  category,
        const char                *text)
{
  g_autoptr(GError) error = NULL;
  CoprodExpectation *item = coprod_exercise_add (exercise, author, list, category, text, &error);

  if (item == NULL)
    g_error ("Could not add an expectation: %s", error->message);
  return item;
}

static void
pair (CoprodExercise    *exercise,
      CoprodExpectation *guess,
      CoprodExpectation *actual)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_exercise_pair (exercise, guess, actual, &error))
    g_error ("Could not pair: %s", error->message);
}

static void
respond (CoprodExercise    *exercise,
         CoprodExpectation *expectation,
         CoprodResponse     response,
         const char        *note)
{
  g_autoptr(GError) error = NULL;

  if (!coprod_exercise_respond (exercise, expectation, response, note, &error))
    g_error ("Could not answer: %s", error->message);
}

static void
move_to (CoprodExercise      *exercise,
         CoprodExercisePhase  phase)
{
  g_autoptr(GError) error = NULL;

  while (coprod_exercise_get_phase (exercise) < phase)
    if (!coprod_exercise_set_phase (exercise, coprod_exercise_get_phase (exercise) + 1, &error))
      g_error ("Could not move the exercise on: %s", error->message);
}

/* The expectations exercise, as the families and the professionals of the example team
 * might write it; the room sees the professionals' side: what the families expect of
 * them, what they thought, and their answers. */
static void
expectations (CoprodMeeting   *meeting,
              CoprodLiveState *live)
{
  g_autoptr(GError) error = NULL;
  CoprodExercise *ex = coprod_meeting_ensure_exercise (meeting, &error);
  gboolean many = g_str_has_suffix (view, "-many");
  const CoprodGroup fam = COPROD_GROUP_A, pro = COPROD_GROUP_B;
  const CoprodExpectationList we = COPROD_LIST_WE_EXPECT, guess = COPROD_LIST_WE_THINK_THEY_EXPECT;
  CoprodExpectation *reply, *plain, *honest, *know, *evening, *cancelled;
  CoprodExpectation *quick, *jargon, *every;

  if (ex == NULL)
    g_error ("Could not begin the exercise: %s", error->message);
  coprod_live_state_set_mirror (live, pro);

  /* What the families expect of the professionals. */
  reply = expect (ex, fam, we, COPROD_CATEGORY_BEHAVIOUR,
                  g_str_has_suffix (view, "-long") ? LONG_EXPECTATION
                                                   : "Answer emails and calls within a week, "
                                                     "even if only to say you are still "
                                                     "working on it");
  evening = expect (ex, fam, we, COPROD_CATEGORY_TASK, "Hold some meetings in the evening, "
                    "when working parents can come");
  cancelled = expect (ex, fam, we, COPROD_CATEGORY_TASK, "Tell us who to call when a short "
                      "break is cancelled at short notice");
  plain = expect (ex, fam, we, COPROD_CATEGORY_SKILL, "Use plain words, not the letters and "
                  "short names of services");
  honest = expect (ex, fam, we, COPROD_CATEGORY_BEHAVIOUR, "Tell us honestly when something "
                   "can’t be done, and why");
  know = expect (ex, fam, we, COPROD_CATEGORY_SKILL, "Know what short breaks are on offer "
                 "across the county, not just in your own team");
  expect (ex, fam, we, COPROD_CATEGORY_TASK, "Bring someone from the transport team to a "
          "meeting");

  /* What the families think the professionals expect of them. */
  expect (ex, fam, guess, COPROD_CATEGORY_BEHAVIOUR, "Come to every meeting");
  expect (ex, fam, guess, COPROD_CATEGORY_TASK, "Fill in the forms on time");
  expect (ex, fam, guess, COPROD_CATEGORY_BEHAVIOUR, "Not get angry when things go wrong");

  /* What the professionals expect of the families, and what they guessed. */
  expect (ex, pro, we, COPROD_CATEGORY_BEHAVIOUR, "Tell us what is working, as well as what "
          "is not");
  expect (ex, pro, we, COPROD_CATEGORY_TASK, "Let us know early when a plan stops working");
  expect (ex, pro, we, COPROD_CATEGORY_SKILL, "Share what you know about your child: you are "
          "the experts on them");
  quick = expect (ex, pro, guess, COPROD_CATEGORY_BEHAVIOUR, "Reply to messages quickly");
  jargon = expect (ex, pro, guess, COPROD_CATEGORY_SKILL, "Explain things without jargon");
  every = expect (ex, pro, guess, COPROD_CATEGORY_SKILL, "Know about every service in the area");
  expect (ex, pro, guess, COPROD_CATEGORY_TASK, "Find more money for short breaks");
  expect (ex, pro, guess, COPROD_CATEGORY_TASK, "Clear the waiting list straight away");
  for (guint i = 8; many && i <= 20; i++)
    {
      g_autofree char *wish = g_strdup_printf ("Another thing we expect of you, number %u", i);
      g_autofree char *thought = g_strdup_printf ("Another thing we thought you expect, "
                                                  "number %u", i);

      expect (ex, fam, we, COPROD_CATEGORY_TASK, wish);
      expect (ex, pro, guess, COPROD_CATEGORY_BEHAVIOUR, thought);
    }

  if (g_str_has_prefix (view, "shared-expectations-drafting"))
    return;
  /* The room pairs each guess with what it meant once the lists are shown. */
  move_to (ex, COPROD_PHASE_REVEALED);
  pair (ex, quick, reply);
  pair (ex, jargon, plain);
  pair (ex, every, know);
  if (g_str_has_prefix (view, "shared-expectations-mirror"))
    return;
  move_to (ex, COPROD_PHASE_RESPONDING);
  respond (ex, reply, COPROD_RESPONSE_CAN, "We will set an out-of-office message that says "
           "when we will reply.");
  respond (ex, plain, COPROD_RESPONSE_CAN, NULL);
  respond (ex, honest, COPROD_RESPONSE_CAN, NULL);
  coprod_expectation_set_agreed (reply, TRUE);
  respond (ex, know, COPROD_RESPONSE_PARTLY, "We know our own services well. We will make "
           "one list with the other teams by March.");
  respond (ex, evening, COPROD_RESPONSE_CANNOT, "Our building closes at six and our contracts "
           "do not cover evenings. We could hold two online meetings a year at seven, if that "
           "would help.");
  respond (ex, cancelled, COPROD_RESPONSE_FIND_OUT, "We will ask the duty team whether they "
           "can take these calls.");
}

static void
shoot (GtkApplication *app,
       GtkWindow      *window,
       gpointer        user_data)
{
  GtkWidget *win = GTK_WIDGET (window);
  GtkWindow *target = window;
  g_autoptr(GError) error = NULL;

  gboolean shared = g_str_has_prefix (view, "shared-");
  gboolean console_view = g_str_has_prefix (view, "live") || g_str_equal (view, "end-check") ||
                          g_str_has_prefix (view, "exercise-");

  gtk_window_set_default_size (window, shared ? 1280 : width, shared ? 800 : height);
  wait_for_size (window);

  if (COPROD_IS_WINDOW (window) && coprod_window_get_team (COPROD_WINDOW (window)) != NULL)
    {
      CoprodTeam *team = coprod_window_get_team (COPROD_WINDOW (window));

      gtk_widget_activate_action (win, "win.select-team", "x", coprod_team_get_id (team));
      if (g_str_equal (view, "meetings"))
        gtk_widget_activate_action (win, "win.show-page", "s", "meetings");
      else if (g_str_equal (view, "words"))
        gtk_widget_activate_action (win, "win.show-page", "s", "words");
      else if (g_str_has_prefix (view, "actions") || g_str_has_suffix (view, "-action"))
        show_actions (win, team);
      else if (g_str_equal (view, "person"))
        gtk_widget_activate_action (win, "win.edit-person", "x",
                                    find_id (coprod_team_get_people (team), "name",
                                             "Rachel Hughes"));
      else if (g_str_equal (view, "meeting-words"))
        show_meeting_words (win, team);
      else if (g_str_equal (view, "meeting") || g_str_equal (view, "agenda") ||
               g_str_has_prefix (view, "agenda-item") || console_view || shared)
        gtk_widget_activate_action (win, "win.edit-meeting", "x",
                                    find_id (coprod_team_get_meetings (team), "title",
                                             "Short breaks: what is working and what is next"));
      else if (g_str_equal (view, "meeting-actions") || g_str_equal (view, "who-came"))
        {
          gtk_widget_activate_action (win, "win.edit-meeting", "x",
                                      find_id (coprod_team_get_meetings (team), "title",
                                               "Getting to know each other"));
          coprod_meeting_editor_show_page (
            COPROD_MEETING_EDITOR (coprod_test_wait_for_toplevel (COPROD_TYPE_MEETING_EDITOR)),
            g_str_equal (view, "who-came") ? "who-came" : "actions");
        }
      else if (g_str_equal (view, "empty-agenda"))
        gtk_widget_activate_action (win, "win.edit-meeting", "x",
                                    find_id (coprod_team_get_meetings (team), "title",
                                             "Getting to know each other"));
      else if (g_str_equal (view, "new-team"))
        gtk_widget_activate_action (win, "win.new-team", NULL);
      else if (g_str_equal (view, "team-settings"))
        gtk_widget_activate_action (win, "win.team-settings", NULL);
    }
  if (g_str_equal (view, "agenda") || g_str_equal (view, "empty-agenda") ||
      g_str_has_prefix (view, "agenda-item") || console_view ||
      (shared && !g_str_equal (view, "shared-welcome")))
    {
      GtkWidget *editor = GTK_WIDGET (coprod_test_wait_for_toplevel (COPROD_TYPE_MEETING_EDITOR));

      coprod_meeting_editor_show_agenda (COPROD_MEETING_EDITOR (editor));
      if (console_view || shared)
        {
          GtkWidget *agenda = gtk_widget_get_first_child (
            GTK_WIDGET (gtk_widget_get_template_child (editor, COPROD_TYPE_MEETING_EDITOR,
                                                       "agenda_bin")));

          gtk_widget_activate_action (agenda, "agenda.run", NULL);
          coprod_test_wait_for_toplevel (COPROD_TYPE_LIVE_WINDOW);
        }
      if (console_view && !g_str_equal (view, "live"))
        {
          GtkWindow *console = coprod_test_find_toplevel (COPROD_TYPE_LIVE_WINDOW);
          CoprodLiveState *state = coprod_live_window_get_live_state (COPROD_LIVE_WINDOW (console));
          GListModel *items = coprod_meeting_get_agenda (coprod_live_state_get_meeting (state));
          CoprodAgendaKind kind = g_str_equal (view, "live-review")
                                    ? COPROD_AGENDA_KIND_ACTIONS_REVIEW
                                    : g_str_has_prefix (view, "exercise-")
                                      ? COPROD_AGENDA_KIND_EXPECTATIONS
                                      : COPROD_AGENDA_KIND_ACTIONS_ROUND;

          /* The console opens the exercise by itself when its item comes up, but only
           * once the console is on screen. */
          coprod_test_wait_until (gtk_widget_get_mapped (GTK_WIDGET (console)),
                                  "the live console to be on screen");
          for (guint i = 0; i < g_list_model_get_n_items (items); i++)
            {
              g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (items, i);

              if (coprod_agenda_item_get_kind (item) == kind)
                {
                  coprod_live_state_go_to (state, i, NULL);
                  break;
                }
            }
          if (g_str_has_prefix (view, "exercise-"))
            {
              GtkWindow *exercise_window =
                coprod_test_wait_for_toplevel (COPROD_TYPE_EXERCISE_WINDOW);

              fill_exercise (coprod_exercise_window_get_exercise (
                               COPROD_EXERCISE_WINDOW (exercise_window)), view);
              if (!g_str_has_prefix (view, "exercise-write"))
                coprod_live_state_set_mirror (state, COPROD_GROUP_B);
              if (g_str_equal (view, "exercise-write-one"))
                coprod_exercise_window_show_writer (COPROD_EXERCISE_WINDOW (exercise_window),
                                                    COPROD_GROUP_A);
              window = console;
            }
          if (g_str_equal (view, "end-check"))
            {
              CoprodAttendance came = { TRUE, 180, 0, FALSE };
              GListModel *people = coprod_team_get_people (
                coprod_window_get_team (COPROD_WINDOW (win)));

              /* Three came; Sunita made an action in the first meeting, not this one. */
              for (guint i = 0; i < 3; i++)
                {
                  g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

                  coprod_meeting_set_attendance (coprod_live_state_get_meeting (state),
                                                 coprod_person_get_id (person), &came, NULL);
                }
              gtk_widget_activate_action (GTK_WIDGET (console), "live.end", NULL);
              window = console;
            }
        }
      if (g_str_has_prefix (view, "agenda-item"))
        {
          /* The editor of the agenda's fourth item, over the meeting editor. */
          GtkWidget *agenda = gtk_widget_get_first_child (
            GTK_WIDGET (gtk_widget_get_template_child (editor, COPROD_TYPE_MEETING_EDITOR,
                                                       "agenda_bin")));

          gtk_widget_activate_action (agenda, "agenda.edit", "x", (gint64) 4);
          coprod_test_wait_for_toplevel (COPROD_TYPE_AGENDA_ITEM_EDITOR);
          window = GTK_WINDOW (editor);
        }
    }

  if (shared)
    {
      CoprodProjectorWindow *projector;
      GtkWidget *box;
      CoprodLiveState *live;

      if (g_str_equal (view, "shared-welcome"))
        {
          gtk_window_close (coprod_test_wait_for_toplevel (COPROD_TYPE_MEETING_EDITOR));
          coprod_test_wait_for_no_toplevel (COPROD_TYPE_MEETING_EDITOR);
        }
      gtk_widget_activate_action (win, "win.shared-screen", NULL);
      projector = coprod_window_get_projector (COPROD_WINDOW (window));
      g_assert_nonnull (projector);
      live = coprod_projector_window_get_live_state (projector);
      gtk_window_set_default_size (GTK_WINDOW (projector), width, height);
      /* The room sees no window chrome: picture the stage alone. */
      box = adw_window_get_content (ADW_WINDOW (projector));
      gtk_widget_set_visible (gtk_widget_get_first_child (box), FALSE);
      if (theme != NULL)
        gtk_widget_activate_action (GTK_WIDGET (projector), "shared.shared-screen-theme", "s",
                                    theme);
      if (g_str_equal (view, "shared-agenda"))
        {
          coprod_live_state_go_to (live, 3, NULL);
          coprod_live_state_pin_scene (live, COPROD_SCENE_AGENDA);
        }
      else if (g_str_equal (view, "shared-current"))
        coprod_live_state_go_to (live, 3, NULL);
      else if (g_str_equal (view, "shared-overrun"))
        {
          /* Thirty-one minutes into the thirty-minute item. */
          coprod_live_state_go_to (live, 3, NULL);
          coprod_live_state_set_clocks (live, later_monotonic, later_wall, NULL);
        }
      else if (g_str_equal (view, "shared-introductions"))
        coprod_live_state_pin_scene (live, COPROD_SCENE_INTRODUCTIONS);
      else if (g_str_has_prefix (view, "shared-actions"))
        {
          add_actions (coprod_window_get_team (COPROD_WINDOW (window)),
                       coprod_live_state_get_meeting (live));
          coprod_live_state_pin_scene (live, COPROD_SCENE_ACTIONS);
        }
      else if (g_str_has_prefix (view, "shared-review"))
        {
          review_actions (coprod_window_get_team (COPROD_WINDOW (window)),
                          coprod_live_state_get_meeting (live), live);
          coprod_live_state_pin_scene (live, COPROD_SCENE_REVIEW);
        }
      else if (g_str_has_prefix (view, "shared-expectations"))
        {
          expectations (coprod_live_state_get_meeting (live), live);
          coprod_live_state_pin_scene (live, COPROD_SCENE_EXPECTATIONS);
        }
      else if (g_str_has_prefix (view, "shared-words") ||
               g_str_equal (view, "shared-current-words"))
        {
          use_words (coprod_window_get_team (COPROD_WINDOW (window)),
                     coprod_live_state_get_meeting (live));
          if (g_str_equal (view, "shared-current-words"))
            coprod_live_state_go_to (live, 3, NULL);
          else
            coprod_live_state_pin_scene (live, COPROD_SCENE_GLOSSARY);
        }
      else if (g_str_equal (view, "shared-blank"))
        coprod_live_state_set_blanked (live, TRUE);
      /* The scene is rebuilt in an idle, and the type is fitted to the new size in
       * another after the layout: wait_for_rest () waits for both. */
      wait_for_size (GTK_WINDOW (projector));
      wait_for_rest (gtk_widget_get_last_child (box));
      if (!coprod_test_save_png (gtk_widget_get_last_child (box), output, &error))
        g_error ("%s", error->message);
      g_print ("%s\n", output);
      return;
    }

  /* Dialogs are windows of their own: picture the newest one over the main window. */
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

          if (other != window && gtk_widget_get_visible (GTK_WIDGET (other)) &&
              gtk_window_get_transient_for (other) == window)
            {
              /* Editors fill a narrow screen; a message dialog keeps its own size. */
              if (COPROD_IS_EXERCISE_WINDOW (other))
                gtk_window_set_default_size (other, width, height);
              else if (!ADW_IS_MESSAGE_DIALOG (other))
                gtk_window_set_default_size (other, MIN (width, 600), height);
              target = other;
            }
        }
      if (target != window)
        wait_for_size (target);
    }
  wait_for_rest (GTK_WIDGET (target));
  if (g_str_equal (view, "agenda-item-words"))
    {
      show_plain_words (target);
      /* The popover is drawn in a surface of its own; the words it checked are
       * underlined in the window's next frame. */
      wait_for_rest (GTK_WIDGET (target));
    }

  if (!coprod_test_save_png (GTK_WIDGET (target), output, &error))
    g_error ("%s", error->message);
  g_print ("%s\n", output);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- picture a view of Coprod");
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;
  int status;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || view == NULL || output == NULL)
    {
      g_printerr ("%s\n", error ? error->message : "--view and --output are needed");
      return 2;
    }

  gtk_init ();
  data_dir = coprod_test_make_tmp_dir ("coprod-screenshot");
  prepare_data (data_dir);
  status = coprod_test_run_app (data_dir, shoot, NULL);
  coprod_test_remove_tmp_dir (data_dir);
  return status;
}
