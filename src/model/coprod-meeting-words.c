/* coprod-meeting-words.c
 *
 * The words of a meeting to explain: the glossary's words, and capitals nobody has
 * explained, found in everything the room sees — the title, the purpose, the agenda, the
 * actions made and reviewed, the expectations. Private notes are not looked at: what
 * is found is listed where others may see it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "coprod-meeting-words.h"

typedef struct
{
  CoprodPlainLanguage     *checker;
  GListModel              *glossary;
  CoprodPlainCheckFlags    flags;
  GPtrArray               *words;     /* of CoprodMeetingWord */
  GHashTable              *seen;      /* a term or the capitals as written → TRUE */
} Finder;

static void
finder_init (Finder                *self,
             CoprodTeam            *team,
             CoprodPlainCheckFlags  flags)
{
  self->checker = coprod_team_get_plain_language (team);
  self->glossary = coprod_team_get_glossary (team);
  self->flags = flags;
  self->words = g_ptr_array_new_with_free_func ((GDestroyNotify) coprod_meeting_word_free);
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Returns: (transfer full): the words found */
static GPtrArray *
finder_finish (Finder *self)
{
  g_hash_table_unref (self->seen);
  return self->words;
}

void
coprod_meeting_word_free (CoprodMeetingWord *word)
{
  if (word == NULL)
    return;
  g_clear_object (&word->term);
  g_free (word->word);
  g_free (word->meaning);
  g_free (word->where);
  g_free (word);
}

static void
add_word (Finder             *self,
          CoprodGlossaryTerm *term,
          const char         *word,
          gsize               length,
          const char         *where)
{
  CoprodMeetingWord *found;
  g_autofree char *form = term != NULL ? NULL
                                       : coprod_plain_language_dup_glossary_form (word, length);
  /* "QZX" and "QZXs" are one word to explain. */
  g_autofree char *key = term != NULL ? g_strdup_printf ("term:%p", (void *) term)
                                      : g_strdup_printf ("caps:%s", form);

  if (g_hash_table_contains (self->seen, key))
    return;
  g_hash_table_add (self->seen, g_steal_pointer (&key));
  found = g_new0 (CoprodMeetingWord, 1);
  found->term = term != NULL ? g_object_ref (term) : NULL;
  found->word = term != NULL ? g_strdup (coprod_glossary_term_get_term (term))
                             : g_steal_pointer (&form);
  found->where = g_strdup (where);
  if (term != NULL)
    {
      found->meaning = g_strstrip (g_strdup (coprod_glossary_term_get_plain_meaning (term)));
      if (*found->meaning == '\0')
        g_clear_pointer (&found->meaning, g_free);
    }
  g_ptr_array_add (self->words, found);
}

static void
find (Finder     *self,
      const char *text,
      const char *where)
{
  g_autoptr(GArray) matches = NULL;

  if (text == NULL || *text == '\0')
    return;
  matches = coprod_plain_language_check (self->checker, text, -1, self->flags);
  for (guint i = 0; i < matches->len; i++)
    {
      const CoprodPlainMatch *match = &g_array_index (matches, CoprodPlainMatch, i);
      g_autoptr(CoprodGlossaryTerm) term = NULL;

      if (match->kind == COPROD_PLAIN_TERM)
        term = g_list_model_get_item (self->glossary, match->term_index);
      add_word (self, term, text + match->offset, match->length, where);
    }
}

/* What the room sees of an item: its title, what it is about and its shared notes. */
static void
find_in_item (Finder           *self,
              CoprodAgendaItem *item)
{
  const char *title = coprod_agenda_item_get_title (item);
  /* TRANSLATORS: where a word is used, after "Used in": an item of the agenda */
  g_autofree char *where = g_strdup_printf (_("the agenda item “%s”"),
                                            *title != '\0' ? title : _("Untitled item"));

  find (self, coprod_agenda_item_get_title (item), where);
  find (self, coprod_agenda_item_get_plain_description (item), where);
  find (self, coprod_agenda_item_get_shared_notes (item), where);
}

static void
find_in_actions (Finder    *self,
                 GPtrArray *actions)
{
  for (guint i = 0; i < actions->len; i++)
    find (self, coprod_action_get_text (g_ptr_array_index (actions, i)), _("the actions"));
}

static void
find_in_exercise (Finder         *self,
                  CoprodExercise *exercise,
                  gboolean        on_screen)
{
  /* While the groups write, the room must not learn a word of what they wrote. */
  if (on_screen && exercise != NULL &&
      coprod_exercise_get_phase (exercise) == COPROD_PHASE_DRAFTING)
    return;
  for (CoprodGroup group = COPROD_GROUP_A; exercise != NULL && group <= COPROD_GROUP_B; group++)
    for (CoprodExpectationList list = COPROD_LIST_WE_EXPECT;
         list <= COPROD_LIST_WE_THINK_THEY_EXPECT; list++)
      {
        GListModel *expectations = coprod_exercise_get_list (exercise, group, list);

        for (guint i = 0; i < g_list_model_get_n_items (expectations); i++)
          {
            g_autoptr(CoprodExpectation) expectation = g_list_model_get_item (expectations, i);

            find (self, coprod_expectation_get_text (expectation), _("the expectations"));
            find (self, coprod_expectation_get_response_note (expectation), _("the expectations"));
          }
      }
}

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  const CoprodMeetingWord *word_a = *(CoprodMeetingWord **) a;
  const CoprodMeetingWord *word_b = *(CoprodMeetingWord **) b;
  g_autofree char *folded_a = g_utf8_casefold (word_a->word, -1);
  g_autofree char *folded_b = g_utf8_casefold (word_b->word, -1);

  return g_utf8_collate (folded_a, folded_b);
}

/**
 * coprod_team_dup_meeting_words:
 * @meeting: one of the team's meetings
 *
 * The glossary's words used in what @meeting shares with the room (never its private
 * notes), and with %COPROD_MEETING_WORDS_ACRONYMS the capitals the glossary lacks;
 * each once, in the order of the words. With %COPROD_MEETING_WORDS_ON_SCREEN, only
 * what the shared screen may show now: while the groups write their expectations, the
 * words of those are left out.
 *
 * Returns: (transfer container) (element-type CoprodMeetingWord): the words
 */
GPtrArray *
coprod_team_dup_meeting_words (CoprodTeam              *team,
                               CoprodMeeting           *meeting,
                               CoprodMeetingWordsFlags  flags)
{
  GListModel *agenda;
  GListModel *actions;
  g_autoptr(GPtrArray) made = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) reviewed = NULL;
  Finder self;

  g_return_val_if_fail (COPROD_IS_TEAM (team), g_ptr_array_new ());
  g_return_val_if_fail (COPROD_IS_MEETING (meeting), g_ptr_array_new ());

  finder_init (&self, team,
               COPROD_PLAIN_CHECK_TERMS |
               ((flags & COPROD_MEETING_WORDS_ACRONYMS) != 0 ? COPROD_PLAIN_CHECK_ACRONYMS : 0));
  find (&self, coprod_meeting_get_title (meeting), _("the title"));
  find (&self, coprod_meeting_get_purpose (meeting), _("the purpose"));
  agenda = coprod_meeting_get_agenda (meeting);
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, i);

      find_in_item (&self, item);
    }

  actions = coprod_team_get_actions (team);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CoprodAction) action = g_list_model_get_item (actions, i);

      if (coprod_action_get_meeting_id (action) == coprod_meeting_get_id (meeting))
        g_ptr_array_add (made, g_steal_pointer (&action));
    }
  find_in_actions (&self, made);
  reviewed = coprod_team_dup_actions_to_review (team, meeting);
  find_in_actions (&self, reviewed);
  find_in_exercise (&self, coprod_meeting_get_exercise (meeting),
                    (flags & COPROD_MEETING_WORDS_ON_SCREEN) != 0);

  g_ptr_array_sort (self.words, compare_words);
  return finder_finish (&self);
}

/**
 * coprod_team_dup_item_words:
 * @item: an item of the agenda of one of the team's meetings
 *
 * The glossary's words used in what @item shows the room: its title, plain
 * description and shared notes, never its private notes; each once, in the order
 * they are first used.
 *
 * Returns: (transfer container) (element-type CoprodMeetingWord): the words
 */
GPtrArray *
coprod_team_dup_item_words (CoprodTeam       *team,
                            CoprodAgendaItem *item)
{
  Finder self;

  g_return_val_if_fail (COPROD_IS_TEAM (team), g_ptr_array_new ());
  g_return_val_if_fail (COPROD_IS_AGENDA_ITEM (item), g_ptr_array_new ());

  finder_init (&self, team, COPROD_PLAIN_CHECK_TERMS);
  find_in_item (&self, item);
  return finder_finish (&self);
}
