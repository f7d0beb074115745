/* test-plain-words-ui.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain words in the editors, as a facilitator meets them: jargon underlined as it is
 * typed into an agenda item, its meaning in a popover, a new word added to the glossary
 * from there, and a deficit phrase in someone's profile gently flagged with a kinder
 * way to say it.
 */

#include "coprod-action-editor.h"
#include "coprod-agenda-item-editor.h"
#include "coprod-context.h"
#include "coprod-meeting-editor.h"
#include "coprod-meeting-words-view.h"
#include "coprod-person-editor.h"
#include "coprod-plain-words.h"
#include "coprod-test-app.h"

typedef struct
{
  char          *data_dir;
  CoprodStore   *store;
  CoprodContext *context;
  CoprodTeam    *team;      /* with the default glossary */
  CoprodMeeting *meeting;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) starts_at = g_date_time_new_local (2026, 12, 1, 10, 0, 0);
  g_autoptr(GDateTime) planned_end = g_date_time_add_hours (starts_at, 2);

  f->data_dir = coprod_test_make_tmp_dir ("coprod-plain-words");
  f->store = coprod_store_open (f->data_dir, &error);
  g_assert_no_error (error);
  f->context = coprod_context_new (f->store, &error);
  g_assert_no_error (error);
  f->team = coprod_context_create_team (f->context, "Riverside", &error);
  g_assert_no_error (error);
  f->meeting = coprod_team_add_meeting (f->team, "Winter forum", starts_at, planned_end, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->context);
  g_assert_true (coprod_store_close (f->store, &error));
  g_assert_no_error (error);
  g_clear_object (&f->store);
  coprod_test_remove_tmp_dir (f->data_dir);
  g_free (f->data_dir);
}

static gpointer
nth_widget (GtkWidget *root,
            GType      type,
            guint      n)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  coprod_test_collect (root, type, found);
  g_assert_cmpuint (found->len, >, n);
  return g_ptr_array_index (found, n);
}

/* Whether any label under ROOT says TEXT. */
static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  coprod_test_collect (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;
  return FALSE;
}

/* The name of the plain-words tag on the first character of WORD in VIEW, or NULL. */
static const char *
tag_on (GtkTextView *view,
        const char  *word)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, match;
  const char *names[] = { COPROD_PLAIN_TAG_EXPLAINED, COPROD_PLAIN_TAG_UNEXPLAINED,
                          COPROD_PLAIN_TAG_DEFICIT };

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, word, 0, &match, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer),
                                                   names[i]);

      if (tag != NULL && gtk_text_iter_has_tag (&match, tag))
        return names[i];
    }
  return NULL;
}

static void
place_cursor_in (GtkTextView *view,
                 const char  *word)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, match;

  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_search (&start, word, 0, &match, NULL, NULL));
  gtk_text_iter_forward_char (&match);
  gtk_text_buffer_place_cursor (buffer, &match);
}

/* Whether the popover of the plain words in WIDGET is open. */
static gboolean
popover_open (GtkWidget *widget)
{
  GtkPopover *popover = coprod_plain_words_get_popover (widget);

  return popover != NULL && gtk_widget_get_visible (GTK_WIDGET (popover));
}

/* The label of the context menu's own entry, or NULL when there is none. */
static char *
menu_label (GtkTextView *view)
{
  GMenuModel *menu = gtk_text_view_get_extra_menu (view);
  char *label = NULL;

  if (menu == NULL || g_menu_model_get_n_items (menu) == 0)
    return NULL;
  g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label);
  return label;
}

/* Whether the entry's text has an underline from START_INDEX to END_INDEX. */
static gboolean
entry_underlined (GtkWidget *row,
                  guint      start_index,
                  guint      end_index)
{
  GtkWidget *text = nth_widget (row, GTK_TYPE_TEXT, 0);
  PangoAttrList *attributes = gtk_text_get_attributes (GTK_TEXT (text));
  g_autoptr(GSList) list = NULL;
  gboolean found = FALSE;

  if (attributes == NULL)
    return FALSE;
  list = pango_attr_list_get_attributes (attributes);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attribute = l->data;

      if (attribute->klass->type == PANGO_ATTR_UNDERLINE &&
          attribute->start_index == start_index && attribute->end_index == end_index)
        found = TRUE;
    }
  g_slist_free_full (g_steal_pointer (&list), (GDestroyNotify) pango_attribute_destroy);
  return found;
}

static void
test_agenda_item (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CoprodAgendaItem *item = coprod_meeting_add_agenda_item (f->meeting, COPROD_AGENDA_KIND_ITEM,
                                                           "Plans", 20, &error);
  CoprodAgendaItemEditor *editor;
  GtkWidget *title_row;
  GtkTextView *description, *private_notes;
  GtkPopover *popover;
  CoprodGlossaryTerm *added;
  g_autofree char *label = NULL;
  GtkTextIter end;

  g_assert_no_error (error);
  editor = coprod_agenda_item_editor_new (NULL, item, f->team, f->meeting);
  gtk_window_present (GTK_WINDOW (editor));
  /* A popover opens only on a widget on screen, pointing at a word laid out. */
  coprod_test_wait_for_frame (GTK_WIDGET (editor));
  title_row = nth_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, 0);
  description = nth_widget (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW, 0);
  private_notes = nth_widget (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW, 2);

  /* Typed, word by word: underlined once the typing pauses, at idle. Each check covers
   * the whole text, so once one word is marked the others have been looked at too. */
  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (description), &end);
  gtk_text_buffer_insert (gtk_text_view_get_buffer (description), &end, "Her EHCP ", -1);
  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (description), &end);
  gtk_text_buffer_insert (gtk_text_view_get_buffer (description), &end,
                          "and what the QZX decided, with a difficult family.", -1);
  coprod_test_wait_until (tag_on (description, "difficult family") != NULL,
                          "the description to be checked");
  g_assert_cmpstr (tag_on (description, "EHCP"), ==, COPROD_PLAIN_TAG_EXPLAINED);
  g_assert_cmpstr (tag_on (description, "QZX"), ==, COPROD_PLAIN_TAG_UNEXPLAINED);
  g_assert_cmpstr (tag_on (description, "difficult family"), ==, COPROD_PLAIN_TAG_DEFICIT);
  g_assert_null (tag_on (description, "Her"));
  g_assert_null (tag_on (description, "decided"));

  /* The title, an entry, too: "SEND" is the glossary's, bytes 0 to 4. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "SEND and short breaks");
  coprod_test_wait_until (entry_underlined (title_row, 0, 4), "“SEND” to be underlined");
  g_assert_true (entry_underlined (title_row, 0, 4));
  g_assert_true (entry_underlined (title_row, 9, 21));
  /* The underline stays until the check of the new title has run. */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Plans");
  coprod_test_wait_for_idle ();
  g_assert_false (entry_underlined (title_row, 0, 4));

  /* Private notes are not for the room: jargon there is left alone, deficits not. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (private_notes),
                            "EHCP due; non-engaged parent?", -1);
  coprod_test_wait_until (tag_on (private_notes, "non-engaged parent") != NULL,
                          "the private notes to be checked");
  g_assert_null (tag_on (private_notes, "EHCP"));
  g_assert_cmpstr (tag_on (private_notes, "non-engaged parent"), ==, COPROD_PLAIN_TAG_DEFICIT);

  /* The context menu names the word at the cursor; its popover explains it. */
  place_cursor_in (description, "EHCP");
  label = menu_label (description);
  g_assert_cmpstr (label, ==, "What “EHCP” Means");
  g_clear_pointer (&label, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (description), "plain.explain", NULL));
  coprod_test_wait_until (popover_open (GTK_WIDGET (description)),
                          "the popover for “EHCP” to open");
  popover = coprod_plain_words_get_popover (GTK_WIDGET (description));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (shows_label (GTK_WIDGET (popover),
                              coprod_glossary_term_get_plain_meaning (
                                coprod_team_find_glossary_term (f->team, "EHCP"))));
  gtk_popover_popdown (popover);
  coprod_test_wait_until (!popover_open (GTK_WIDGET (description)),
                          "the popover for “EHCP” to close");

  /* A word the glossary lacks is added from the popover, with what it means. */
  place_cursor_in (description, "QZX");
  label = menu_label (description);
  g_assert_cmpstr (label, ==, "Add “QZX” to the Glossary");
  g_assert_true (coprod_plain_words_explain (GTK_WIDGET (description)));
  coprod_test_wait_until (popover_open (GTK_WIDGET (description)),
                          "the popover for “QZX” to open");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_false (gtk_widget_get_sensitive (coprod_test_find_button (GTK_WIDGET (popover),
                                                             "_Add to Glossary")));
  gtk_editable_set_text (GTK_EDITABLE (nth_widget (GTK_WIDGET (popover), GTK_TYPE_ENTRY, 0)),
                         "The panel that decides who gets short breaks.");
  g_signal_emit_by_name (coprod_test_find_button (GTK_WIDGET (popover), "_Add to Glossary"),
                         "clicked");
  coprod_test_wait_until (!popover_open (GTK_WIDGET (description)),
                          "the popover to close once the word is added");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  added = coprod_team_find_glossary_term (f->team, "QZX");
  g_assert_nonnull (added);
  g_assert_cmpstr (coprod_glossary_term_get_plain_meaning (added), ==,
                   "The panel that decides who gets short breaks.");
  g_assert_cmpstr (tag_on (description, "QZX"), ==, COPROD_PLAIN_TAG_EXPLAINED);

  /* Taken out of the glossary, it is unexplained capitals again. */
  g_assert_true (coprod_team_delete_glossary_term (f->team, added, &error));
  g_assert_no_error (error);
  coprod_test_wait_until (g_strcmp0 (tag_on (description, "QZX"),
                                     COPROD_PLAIN_TAG_UNEXPLAINED) == 0,
                          "“QZX” to be marked unexplained again");
  g_assert_cmpstr (tag_on (description, "QZX"), ==, COPROD_PLAIN_TAG_UNEXPLAINED);

  /* Nothing at the cursor: nothing in the menu, nothing to explain. */
  place_cursor_in (description, "decided");
  g_assert_null (menu_label (description));
  g_assert_false (coprod_plain_words_explain (GTK_WIDGET (description)));

  gtk_window_destroy (GTK_WINDOW (editor));
}

static void
test_profile (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CoprodPerson *person = coprod_team_add_person (f->team, "Amara", COPROD_SIDE_FAMILY, &error);
  CoprodPersonEditor *editor;
  GtkTextView *likes;
  GtkPopover *popover;

  g_assert_no_error (error);
  coprod_person_set_likes_about_me (person, "Tayo is never attention-seeking; his EHCP helps.");
  editor = coprod_person_editor_new (NULL, person);
  gtk_window_present (GTK_WINDOW (editor));
  coprod_test_wait_for_frame (GTK_WIDGET (editor));
  likes = nth_widget (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW, 0);

  /* What is said about people, gently; a profile is not checked for jargon. One check
   * covers the whole text: once the phrase is marked, the jargon has been passed over. */
  coprod_test_wait_until (tag_on (likes, "attention-seeking") != NULL,
                          "the profile to be checked");
  g_assert_cmpstr (tag_on (likes, "attention-seeking"), ==, COPROD_PLAIN_TAG_DEFICIT);
  g_assert_null (tag_on (likes, "EHCP"));

  place_cursor_in (likes, "attention-seeking");
  g_assert_true (coprod_plain_words_explain (GTK_WIDGET (likes)));
  coprod_test_wait_until (popover_open (GTK_WIDGET (likes)),
                          "the popover for “attention-seeking” to open");
  popover = coprod_plain_words_get_popover (GTK_WIDGET (likes));
  g_assert_true (shows_label (GTK_WIDGET (popover), "“attention-seeking”"));
  g_assert_true (shows_label (GTK_WIDGET (popover),
                              "They may be seeking connection. Say what they need from the "
                              "people around them."));

  /* Rewritten, the flag goes. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (likes),
                            "Tayo seeks company, which is not attention-seeking.", -1);
  coprod_test_wait_until (tag_on (likes, "attention-seeking") != NULL,
                          "the rewritten profile to be checked");
  g_assert_null (tag_on (likes, "seeks"));
  g_assert_cmpstr (tag_on (likes, "attention-seeking"), ==, COPROD_PLAIN_TAG_DEFICIT);
  gtk_window_destroy (GTK_WINDOW (editor));
}

/* An action's words, and the meeting's purpose, are checked as they are typed too. */
static void
test_action_and_purpose (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *action_editor = coprod_action_editor_new_for_meeting (NULL, f->team, f->meeting,
                                                                   0, 0);
  GtkWidget *meeting_editor = GTK_WIDGET (coprod_meeting_editor_new (NULL, f->meeting,
                                                                    f->team));
  GtkWidget *text_row = nth_widget (action_editor, ADW_TYPE_ENTRY_ROW, 0);
  GtkTextView *purpose = nth_widget (meeting_editor, GTK_TYPE_TEXT_VIEW, 0);

  gtk_window_present (GTK_WINDOW (action_editor));
  gtk_editable_set_text (GTK_EDITABLE (text_row), "Ask the SENCO about the EHCP");
  coprod_test_wait_until (entry_underlined (text_row, 8, 13), "“SENCO” to be underlined");
  g_assert_true (entry_underlined (text_row, 8, 13));
  g_assert_true (entry_underlined (text_row, 24, 28));
  g_assert_false (entry_underlined (text_row, 0, 3));
  gtk_window_destroy (GTK_WINDOW (action_editor));

  gtk_window_present (GTK_WINDOW (meeting_editor));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (purpose),
                            "Agree what respite looks like, with the LPQ.", -1);
  coprod_test_wait_until (tag_on (purpose, "LPQ") != NULL, "the purpose to be checked");
  g_assert_cmpstr (tag_on (purpose, "respite"), ==, COPROD_PLAIN_TAG_EXPLAINED);
  g_assert_cmpstr (tag_on (purpose, "LPQ"), ==, COPROD_PLAIN_TAG_UNEXPLAINED);
  gtk_window_destroy (GTK_WINDOW (meeting_editor));
}

/* Whether any row under ROOT has TITLE. */
static GtkWidget *
row_titled (GtkWidget  *root,
            GType       type,
            const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  coprod_test_collect (root, type, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

/* The meeting's Words tab: what to explain before the meeting, explained from there. */
static void
test_meeting_words (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = coprod_meeting_words_view_new (f->team, f->meeting);
  GtkWidget *row;
  CoprodGlossaryTerm *added;

  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  /* Shown, it follows the glossary; a busy X server may take its time to show it. */
  coprod_test_wait_for_frame (view);
  g_assert_true (gtk_widget_get_mapped (view));
  g_assert_true (shows_label (view, "No Words to Explain"));
  g_assert_null (coprod_test_find_widget (view, ADW_TYPE_ACTION_ROW));

  coprod_meeting_set_purpose (f->meeting, "Her EHCP, and what the QZX and the ZZW decided.");
  coprod_meeting_set_private_notes (f->meeting, "Ask the SENCO about the WQV.");
  coprod_meeting_words_view_refresh (COPROD_MEETING_WORDS_VIEW (view));
  g_assert_nonnull (row_titled (view, ADW_TYPE_ACTION_ROW, "EHCP"));
  row = row_titled (view, ADW_TYPE_ENTRY_ROW, "QZX, used in the purpose");
  g_assert_nonnull (row);
  /* Private notes are never looked in. */
  g_assert_null (row_titled (view, ADW_TYPE_ACTION_ROW, "SENCO"));
  g_assert_null (row_titled (view, ADW_TYPE_ENTRY_ROW, "WQV, used in the purpose"));

  /* What is half written stays, whenever the list is looked at again. */
  gtk_editable_set_text (GTK_EDITABLE (row_titled (view, ADW_TYPE_ENTRY_ROW,
                                                   "ZZW, used in the purpose")),
                         "The group that");
  coprod_meeting_words_view_refresh (COPROD_MEETING_WORDS_VIEW (view));
  g_assert_true (row == row_titled (view, ADW_TYPE_ENTRY_ROW, "QZX, used in the purpose"));

  /* Said what it means, the word goes into the glossary and the list follows. */
  gtk_editable_set_text (GTK_EDITABLE (row), "  The panel that decides on short breaks.  ");
  g_signal_emit_by_name (row, "apply");
  added = coprod_team_find_glossary_term (f->team, "QZX");
  g_assert_nonnull (added);
  g_assert_cmpstr (coprod_glossary_term_get_plain_meaning (added), ==,
                   "The panel that decides on short breaks.");
  /* The list is made again at idle: a change may come from a row it takes away. */
  coprod_test_wait_until (row_titled (view, ADW_TYPE_ACTION_ROW, "QZX") != NULL,
                          "“QZX” to be listed as explained");
  g_assert_nonnull (row_titled (view, ADW_TYPE_ACTION_ROW, "QZX"));
  g_assert_null (row_titled (view, ADW_TYPE_ENTRY_ROW, "QZX, used in the purpose"));
  /* The other word keeps what was being written in it, and the keyboard goes to it. */
  row = row_titled (view, ADW_TYPE_ENTRY_ROW, "ZZW, used in the purpose");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "The group that");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), row));

  /* The last word explained, the keyboard stays with it. */
  gtk_editable_set_text (GTK_EDITABLE (row), "The group that plans weekends.");
  g_signal_emit_by_name (row, "apply");
  coprod_test_wait_until (coprod_test_find_widget (view, ADW_TYPE_ENTRY_ROW) == NULL,
                          "no word to be left to explain");
  g_assert_null (coprod_test_find_widget (view, ADW_TYPE_ENTRY_ROW));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 row_titled (view, ADW_TYPE_ACTION_ROW, "ZZW"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/plain-words/agenda-item", Fixture, NULL, fixture_set_up, test_agenda_item,
              fixture_tear_down);
  g_test_add ("/plain-words/action-and-purpose", Fixture, NULL, fixture_set_up,
              test_action_and_purpose, fixture_tear_down);
  g_test_add ("/plain-words/meeting-words", Fixture, NULL, fixture_set_up, test_meeting_words,
              fixture_tear_down);
  g_test_add ("/plain-words/profile", Fixture, NULL, fixture_set_up, test_profile,
              fixture_tear_down);

  return g_test_run ();
}
