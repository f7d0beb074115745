/* coprod-meeting-words-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A meeting's Words tab: the words someone in the room may not know, found in the
 * title, purpose, agenda, actions and expectations (never the private notes), for the
 * facilitator to look over before the meeting. Words nobody has explained come first,
 * each with a place to say what it means, which goes into the team's glossary; then
 * the words the glossary explains, with their meanings.
 *
 * The list is made again when the tab is shown, when the facilitator comes back to the
 * window from an editor, and when the glossary changes.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-meeting-words.h"
#include "coprod-meeting-words-view.h"

struct _CoprodMeetingWordsView
{
  AdwBin         parent_instance;

  CoprodTeam    *team;
  CoprodMeeting *meeting;
  guint          refresh_id;
  char          *saved_word;    /* its meaning just saved: on to the next word after it */
  char          *signature;     /* the words, places and meanings the page shows */
  GHashTable    *rows;          /* a word → its row on the page */

  GtkStack      *stack;
  GtkWidget     *page;          /* the list, made again when what it shows changes */
};

G_DEFINE_FINAL_TYPE (CoprodMeetingWordsView, coprod_meeting_words_view, ADW_TYPE_BIN)

static void queue_refresh (CoprodMeetingWordsView *self);

/* Helpers */

typedef struct
{
  CoprodMeetingWordsView *self;
  CoprodGlossaryTerm     *term;   /* nullable: capitals the glossary lacks */
  char                   *word;
} Unexplained;

static void
unexplained_free (gpointer data)
{
  Unexplained *unexplained = data;

  g_clear_object (&unexplained->term);
  g_free (unexplained->word);
  g_free (unexplained);
}

static void
meaning_applied_cb (AdwEntryRow *row,
                    Unexplained *unexplained)
{
  CoprodMeetingWordsView *self = unexplained->self;
  g_autofree char *meaning = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;

  if (*meaning == '\0')
    return;
  g_free (self->saved_word);
  self->saved_word = g_strdup (unexplained->word);
  if (unexplained->term != NULL)
    {
      coprod_glossary_term_set_plain_meaning (unexplained->term, meaning);
      return;
    }
  if (coprod_team_add_glossary_term (self->team, unexplained->word, meaning, NULL,
                                     &error) == NULL)
    {
      /* TRANSLATORS: the word, then what went wrong */
      g_autofree char *message = g_strdup_printf (_("%s could not be added: %s"),
                                                  unexplained->word, error->message);

      g_clear_pointer (&self->saved_word, g_free);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
    }
}

static GtkWidget *
unexplained_row (CoprodMeetingWordsView  *self,
                 const CoprodMeetingWord *word)
{
  GtkWidget *row = adw_entry_row_new ();
  Unexplained *unexplained = g_new0 (Unexplained, 1);
  /* TRANSLATORS: over the place to say what a word means: the word, then where it is
   * used, such as "the purpose" */
  g_autofree char *title = g_strdup_printf (_("%s, used in %s"), word->word, word->where);

  unexplained->self = self;
  unexplained->term = word->term != NULL ? g_object_ref (word->term) : NULL;
  unexplained->word = g_strdup (word->word);
  g_object_set_data_full (G_OBJECT (row), "coprod-unexplained", unexplained, unexplained_free);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect (row, "apply", G_CALLBACK (meaning_applied_cb), unexplained);
  return row;
}

static GtkWidget *
explained_row (const CoprodMeetingWord *word)
{
  GtkWidget *row = adw_action_row_new ();
  /* TRANSLATORS: where a word is first used, such as "Used in the purpose" */
  g_autofree char *where = g_strdup_printf (_("Used in %s"), word->where);
  g_autofree char *subtitle = g_strdup_printf ("%s\n%s", word->meaning, where);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), word->word);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static char *
dup_signature (GPtrArray *words)
{
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      CoprodMeetingWord *word = g_ptr_array_index (words, i);

      g_string_append_printf (signature, "%s\x1f%s\x1f%s\x1e", word->word, word->where,
                              word->meaning != NULL ? word->meaning : "");
    }
  return g_string_free (signature, FALSE);
}

/* What is half written in the rows, and which word has the keyboard, to keep across
 * a new page. */
static char *
keep_drafts (CoprodMeetingWordsView *self,
             GHashTable             *drafts)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GHashTableIter iter;
  gpointer word, row;
  char *focused = NULL;

  if (self->rows == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &word, &row))
    {
      if (focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row)))
        focused = g_strdup (word);
      if (ADW_IS_ENTRY_ROW (row) && g_strcmp0 (word, self->saved_word) != 0 &&
          *gtk_editable_get_text (GTK_EDITABLE (row)) != '\0')
        g_hash_table_insert (drafts, g_strdup (word),
                             g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
    }
  return focused;
}

static void
refresh (CoprodMeetingWordsView *self)
{
  g_autoptr(GPtrArray) words = coprod_team_dup_meeting_words (self->team, self->meeting,
                                                              COPROD_MEETING_WORDS_ACRONYMS);
  g_autofree char *signature = dup_signature (words);
  g_autoptr(GHashTable) drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *focused = NULL;
  g_autofree char *saved = NULL;
  GtkWidget *page, *unexplained, *explained;
  GtkWidget *first = NULL;
  guint n_unexplained = 0, n_explained = 0;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  /* Nothing changed: the page stays as it is, with what is being written in it. */
  if (self->page != NULL && g_strcmp0 (signature, self->signature) == 0)
    return;
  g_free (self->signature);
  self->signature = g_steal_pointer (&signature);
  focused = keep_drafts (self, drafts);
  saved = g_steal_pointer (&self->saved_word);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  self->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  page = adw_preferences_page_new ();
  unexplained = adw_preferences_group_new ();
  explained = adw_preferences_group_new ();
  for (guint i = 0; i < words->len; i++)
    {
      CoprodMeetingWord *word = g_ptr_array_index (words, i);
      GtkWidget *row;

      if (word->meaning == NULL)
        {
          const char *draft = g_hash_table_lookup (drafts, word->word);

          row = unexplained_row (self, word);
          if (draft != NULL)
            gtk_editable_set_text (GTK_EDITABLE (row), draft);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (unexplained), row);
          if (first == NULL)
            first = row;
          n_unexplained++;
        }
      else
        {
          row = explained_row (word);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (explained), row);
          n_explained++;
        }
      g_hash_table_insert (self->rows, g_strdup (word->word), row);
    }

  if (n_unexplained > 0)
    {
      g_autofree char *title =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Word to Explain", "%u Words to Explain",
                                      n_unexplained), n_unexplained);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (unexplained), title);
      adw_preferences_group_set_description (
        ADW_PREFERENCES_GROUP (unexplained),
        _("Someone in the room may not know these. Write what each means, in plain words, "
          "and press Enter: it goes into the team’s glossary, the shared screen and the "
          "summary."));
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (unexplained));
    }
  if (n_explained > 0)
    {
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (explained),
                                       _("Explained in the Glossary"));
      adw_preferences_group_set_description (
        ADW_PREFERENCES_GROUP (explained),
        _("Words in this meeting that the glossary explains. Change a meaning on the "
          "team’s Words page."));
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (explained));
    }

  if (self->page != NULL)
    gtk_stack_remove (self->stack, self->page);
  self->page = page;
  gtk_stack_add_named (self->stack, page, "words");
  gtk_stack_set_visible_child_name (self->stack, words->len > 0 ? "words" : "empty");

  /* After a meaning is saved, on to the next word to explain, or to the word itself,
   * explained now; otherwise the keyboard stays with its word. */
  if (saved != NULL && first != NULL)
    gtk_widget_grab_focus (first);
  else if (saved != NULL && g_hash_table_contains (self->rows, saved))
    gtk_widget_grab_focus (g_hash_table_lookup (self->rows, saved));
  else if (focused != NULL && g_hash_table_contains (self->rows, focused))
    gtk_widget_grab_focus (g_hash_table_lookup (self->rows, focused));
}

static gboolean
refresh_idle_cb (gpointer data)
{
  CoprodMeetingWordsView *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Later, not now: a change may come from a row this would take away. */
static void
queue_refresh (CoprodMeetingWordsView *self)
{
  if (self->refresh_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
window_active_cb (GtkWindow              *window,
                  GParamSpec             *pspec,
                  CoprodMeetingWordsView *self)
{
  if (gtk_window_is_active (window))
    queue_refresh (self);
}

/* GtkWidget */

static void
coprod_meeting_words_view_map (GtkWidget *widget)
{
  CoprodMeetingWordsView *self = COPROD_MEETING_WORDS_VIEW (widget);

  GTK_WIDGET_CLASS (coprod_meeting_words_view_parent_class)->map (widget);
  refresh (self);
}

static void
coprod_meeting_words_view_root (GtkWidget *widget)
{
  GtkRoot *root;

  GTK_WIDGET_CLASS (coprod_meeting_words_view_parent_class)->root (widget);
  root = gtk_widget_get_root (widget);
  if (GTK_IS_WINDOW (root))
    g_signal_connect_object (root, "notify::is-active", G_CALLBACK (window_active_cb), widget,
                             G_CONNECT_DEFAULT);
}

static void
coprod_meeting_words_view_unroot (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (root != NULL)
    g_signal_handlers_disconnect_by_func (root, window_active_cb, widget);
  GTK_WIDGET_CLASS (coprod_meeting_words_view_parent_class)->unroot (widget);
}

/* GObject */

static void
coprod_meeting_words_view_dispose (GObject *object)
{
  CoprodMeetingWordsView *self = (CoprodMeetingWordsView *) object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_object (&self->team);
  g_clear_object (&self->meeting);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->saved_word, g_free);
  g_clear_pointer (&self->signature, g_free);

  G_OBJECT_CLASS (coprod_meeting_words_view_parent_class)->dispose (object);
}

static void
coprod_meeting_words_view_class_init (CoprodMeetingWordsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = coprod_meeting_words_view_dispose;
  widget_class->map = coprod_meeting_words_view_map;
  widget_class->root = coprod_meeting_words_view_root;
  widget_class->unroot = coprod_meeting_words_view_unroot;
}

static void
coprod_meeting_words_view_init (CoprodMeetingWordsView *self)
{
  GtkWidget *empty = adw_status_page_new ();

  self->stack = GTK_STACK (gtk_stack_new ());
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "accessories-dictionary-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Words to Explain"));
  adw_status_page_set_description (
    ADW_STATUS_PAGE (empty),
    _("Nothing in this meeting’s title, purpose, agenda, actions or expectations uses a "
      "word from the glossary or capitals that may need explaining."));
  gtk_stack_add_named (self->stack, empty, "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

/* Public API */

/**
 * coprod_meeting_words_view_new:
 *
 * Returns: (transfer none): the Words tab of @meeting, one of @team's
 */
GtkWidget *
coprod_meeting_words_view_new (CoprodTeam    *team,
                               CoprodMeeting *meeting)
{
  CoprodMeetingWordsView *self;

  g_return_val_if_fail (COPROD_IS_TEAM (team), NULL);
  g_return_val_if_fail (COPROD_IS_MEETING (meeting), NULL);

  self = g_object_new (COPROD_TYPE_MEETING_WORDS_VIEW, NULL);
  self->team = g_object_ref (team);
  self->meeting = g_object_ref (meeting);
  g_signal_connect_object (team, "glossary-changed", G_CALLBACK (queue_refresh), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

/**
 * coprod_meeting_words_view_refresh:
 *
 * Finds the words again now, as showing the tab does.
 */
void
coprod_meeting_words_view_refresh (CoprodMeetingWordsView *self)
{
  g_return_if_fail (COPROD_IS_MEETING_WORDS_VIEW (self));

  refresh (self);
}
