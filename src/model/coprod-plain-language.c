/* coprod-plain-language.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plain-language checker. "There is no place for jargon being used with families"
 * (seed 001): it finds, in any text the room will see, the words of the team's glossary
 * (to explain them), capitals nobody has explained yet (to add them), and the phrases
 * that describe people by what they lack (seed 000: "instead of the non-engaged parent,
 * they are busy"), each with a kinder way to say it.
 *
 * How it reads a text:
 * - A word is a run of letters, digits and combining marks (g_unichar_isalnum,
 *   g_unichar_ismark), so a term is only found as whole words: "RASH" is not "RAS",
 *   whatever the script around it.
 * - Words are compared folded, without case or accents (coprod_action_fold_text()),
 *   except abbreviations: a word the glossary writes in capitals only ("SEND", "SALT",
 *   "LA") is found only in capitals, or "send the letter" would be jargon.
 * - Between the words of a term, any spaces, line breaks and hyphens are alike
 *   ("short-breaks", "short\nbreaks"); other punctuation must be as in the term
 *   ("Education, Health and Care plan").
 * - The last word of a term may take a plural "s": "EHCPs", "annual reviews".
 * - Where terms overlap, the longest wins: "personal budget" over "budget".
 * - An unexplained acronym is a word that starts with a capital, holds two to six
 *   capitals and no other letters but a plural "s" at its end, and may hold digits:
 *   "CIN", "EHCPs", "KS2". A word the glossary has is never one, and neither is a
 *   word of a run of three or more in capitals with only spaces between them: that is
 *   someone writing in capitals ("PLEASE BRING THE FORMS"), not jargon.
 *
 * The terms are compiled once, into a table from each form's first word to its forms,
 * longest first; a check reads the text once, word by word.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "coprod-action.h"
#include "coprod-glossary-term.h"
#include "coprod-plain-language.h"

typedef struct
{
  CoprodPlainKind  kind;
  guint            term_index;
  char            *term;
  char            *explanation;
} Entry;

/* One way of writing an entry, as words. */
typedef struct
{
  guint     entry;
  guint     n_words;
  char    **words;     /* folded */
  char    **gaps;      /* n_words - 1 of them, as gap_key() gives them */
  gboolean *capitals;  /* whether the word is only found in capitals */
} Pattern;

typedef struct
{
  gsize  start;
  gsize  end;
  gsize  folded;     /* where its folded form starts in the folded buffer */
  guint  n_upper;
  guint  n_lower;
  guint  n_digits;
  guint8 plural_s;   /* ends in a lowercase "s" after a capital */
} Word;

struct _CoprodPlainLanguage
{
  gatomicrefcount  ref_count;
  GArray          *entries;   /* Entry */
  GPtrArray       *patterns;  /* Pattern, owned */
  GHashTable      *first;     /* folded first word → GPtrArray of Pattern, longest first */
};

G_DEFINE_BOXED_TYPE (CoprodPlainLanguage, coprod_plain_language, coprod_plain_language_ref,
                     coprod_plain_language_unref)

/* Phrases that describe people by a deficit, each with a kinder way to say it. */
static const struct
{
  const char *forms;
  const char *reframe;
} deficits[] = {
  /* Translators: phrases to find in what people write, separated by "|"; the first is
   * the one shown. Translate them into the phrases your language uses to describe
   * people by what they lack, and the suggestion below into a kinder way to say it. */
  { N_("challenging behaviour|challenging behavior|behaviour that challenges"),
    N_("Say what happens and what it may be telling us, such as “shouts when the room gets "
       "loud”.") },
  { N_("non-engaged parent|non-engaging parent|disengaged parent|non-engaged family|"
       "disengaged family|non-engaged|not engaging"),
    N_("They may be busy, tired or not yet sure they will be listened to. Say what got in "
       "the way, and what would make taking part easier.") },
  { N_("difficult family|difficult parent|difficult mother|difficult father"),
    N_("Say what you disagree about, such as “disagrees with us about the school”.") },
  { N_("hard to reach"),
    N_("Perhaps the service is hard to reach. Say what would make it easier to get in "
       "touch.") },
  { N_("failed to attend|did not attend|failed to engage"),
    N_("Say “could not come” and, if you know, why; ask what would make next time "
       "easier.") },
  { N_("refuses|refused|refusing"),
    N_("Say what they chose and why, if you know, such as “decided not to go, as the room "
       "is noisy”.") },
  { N_("non-compliant|noncompliant"),
    N_("Say what was agreed and what made it hard to keep to.") },
  { N_("attention seeking|attention-seeking"),
    N_("They may be seeking connection. Say what they need from the people around "
       "them.") },
  { N_("manipulative"),
    N_("Say what the person wanted or wanted to avoid; they may be finding a way to get a "
       "need met.") },
  { N_("in denial"),
    N_("They may see things differently or need more time. Say what they think, in their "
       "words.") },
  { N_("unrealistic expectations"),
    N_("Say what they hope for, and what can and cannot be done about it.") },
  { N_("demanding parent|demanding mother|demanding father|demanding family"),
    N_("They are asking for what their child needs. Say what they asked for.") },
  { N_("lacks insight|lack of insight"),
    N_("Say what they see differently, in their words.") },
  { N_("kicking off|kicked off|kicks off"),
    N_("Say what happened and what led up to it.") },
  { N_("suffers from|suffering from"),
    N_("Say “has” or “lives with”: not everyone with a condition suffers.") },
  { N_("wheelchair bound|confined to a wheelchair"),
    N_("Say “uses a wheelchair”: it gives freedom rather than taking it.") },
  { N_("low functioning|high functioning"),
    N_("Say what the person can do and what help they need.") },
};

/* Capitals that are everyday words rather than jargon. */
static const char *const not_acronyms[] = { "OK", "UK", "TV", "AM", "PM", "II", "III", "IV" };

/* Helpers */

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_spacing (gunichar c)
{
  return g_unichar_isspace (c) || c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 ||
         c == 0x2013 || c == 0x2014 || c == 0x00A0 || c == 0x00AD;
}

/* What lies between two words, as compared: spaces and hyphens left out, apostrophes
 * made one, other punctuation kept. */
static void
gap_key (GString    *key,
         const char *gap,
         const char *end)
{
  g_string_truncate (key, 0);
  for (const char *p = gap; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_spacing (c))
        continue;
      if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
        c = '\'';
      g_string_append_unichar (key, g_unichar_tolower (c));
    }
}

/* Splits TEXT into words, folding each into FOLDED, NUL after each. */
static void
split_words (const char *text,
             gsize       length,
             GArray     *words,
             GString    *folded)
{
  const char *end = text + length;
  const char *p = text;

  while (p < end)
    {
      Word word = { 0 };
      const char *start;

      if ((guchar) *p < 0x80)
        {
          if (!g_ascii_isalnum (*p))
            {
              p++;
              continue;
            }
        }
      else if (!is_word_char (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      start = p;
      word.start = start - text;
      word.folded = folded->len;
      while (p < end)
        {
          gunichar c;

          if ((guchar) *p < 0x80)
            {
              char a = *p;

              if (!g_ascii_isalnum (a))
                break;
              word.n_upper += g_ascii_isupper (a);
              word.n_lower += g_ascii_islower (a);
              word.n_digits += g_ascii_isdigit (a);
              p++;
              continue;
            }
          c = g_utf8_get_char (p);
          if (!is_word_char (c))
            break;
          word.n_upper += g_unichar_isupper (c) || g_unichar_istitle (c);
          word.n_lower += g_unichar_islower (c);
          word.n_digits += g_unichar_isdigit (c);
          p = g_utf8_next_char (p);
        }
      word.end = p - text;
      word.plural_s = word.n_lower == 1 && p[-1] == 's' && word.n_upper >= 2;

      /* Most words are ASCII, where folding is lowering the case. */
      {
        gboolean ascii = TRUE;

        for (const char *q = start; q < p; q++)
          if ((guchar) *q >= 0x80)
            {
              ascii = FALSE;
              break;
            }
        if (ascii)
          for (const char *q = start; q < p; q++)
            g_string_append_c (folded, g_ascii_tolower (*q));
        else
          {
            g_autofree char *copy = g_strndup (start, p - start);
            g_autofree char *fold = coprod_action_fold_text (copy);

            g_string_append (folded, fold);
          }
      }
      g_string_append_c (folded, '\0');
      g_array_append_val (words, word);
    }
}

static gboolean
only_capitals (const Word *word)
{
  return word->n_upper >= 2 && word->n_lower == 0;
}

static void
pattern_free (gpointer data)
{
  Pattern *pattern = data;

  g_strfreev (pattern->words);
  g_strfreev (pattern->gaps);
  g_free (pattern->capitals);
  g_free (pattern);
}

static int
compare_patterns (gconstpointer a,
                  gconstpointer b)
{
  const Pattern *pa = *(const Pattern **) a;
  const Pattern *pb = *(const Pattern **) b;

  if (pa->n_words != pb->n_words)
    return pa->n_words > pb->n_words ? -1 : 1;
  return pa->entry < pb->entry ? -1 : pa->entry > pb->entry;
}

static void
add_pattern (CoprodPlainLanguage *self,
             guint                entry,
             const char          *form)
{
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autoptr(GString) key = g_string_new (NULL);
  GPtrArray *bucket;
  Pattern *pattern;

  if (form == NULL)
    return;
  split_words (form, strlen (form), words, folded);
  if (words->len == 0)
    return;

  pattern = g_new0 (Pattern, 1);
  pattern->entry = entry;
  pattern->n_words = words->len;
  pattern->words = g_new0 (char *, words->len + 1);
  pattern->gaps = g_new0 (char *, words->len);
  pattern->capitals = g_new0 (gboolean, words->len);
  for (guint i = 0; i < words->len; i++)
    {
      const Word *word = &g_array_index (words, Word, i);

      pattern->words[i] = g_strdup (folded->str + word->folded);
      pattern->capitals[i] = only_capitals (word);
      if (i > 0)
        {
          gap_key (key, form + g_array_index (words, Word, i - 1).end, form + word->start);
          pattern->gaps[i - 1] = g_strdup (key->str);
        }
    }
  g_ptr_array_add (self->patterns, pattern);

  bucket = g_hash_table_lookup (self->first, pattern->words[0]);
  if (bucket == NULL)
    {
      bucket = g_ptr_array_new ();
      g_hash_table_insert (self->first, pattern->words[0], bucket);
    }
  g_ptr_array_add (bucket, pattern);
}

static guint
add_entry (CoprodPlainLanguage *self,
           CoprodPlainKind      kind,
           guint                term_index,
           const char          *term,
           const char          *explanation)
{
  Entry entry = { kind, term_index, g_strdup (term), NULL };

  if (explanation != NULL && *explanation != '\0')
    entry.explanation = g_strdup (explanation);
  g_array_append_val (self->entries, entry);
  return self->entries->len - 1;
}

static void
clear_entry (gpointer data)
{
  Entry *entry = data;

  g_free (entry->term);
  g_free (entry->explanation);
}

static CoprodPlainLanguage *
plain_language_new (void)
{
  CoprodPlainLanguage *self = g_new0 (CoprodPlainLanguage, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, clear_entry);
  self->patterns = g_ptr_array_new_with_free_func (pattern_free);
  self->first = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                       (GDestroyNotify) g_ptr_array_unref);
  return self;
}

/* The deficit phrases go in after the terms: a team that has made one of them a
 * glossary term of its own keeps its meaning. */
static CoprodPlainLanguage *
plain_language_finish (CoprodPlainLanguage *self)
{
  GHashTableIter iter;
  gpointer bucket;

  for (guint i = 0; i < G_N_ELEMENTS (deficits); i++)
    {
      g_auto(GStrv) forms = g_strsplit (_(deficits[i].forms), "|", -1);
      guint entry = add_entry (self, COPROD_PLAIN_DEFICIT, G_MAXUINT, forms[0],
                               _(deficits[i].reframe));

      for (guint j = 0; forms[j] != NULL; j++)
        add_pattern (self, entry, forms[j]);
    }

  g_hash_table_iter_init (&iter, self->first);
  while (g_hash_table_iter_next (&iter, NULL, &bucket))
    g_ptr_array_sort (bucket, compare_patterns);
  return self;
}

/* Whether WORD of TEXT is pattern word I; the last may take a plural "s". */
static gboolean
word_matches (const Pattern *pattern,
              guint          i,
              const Word    *word,
              const char    *folded)
{
  const char *expected = pattern->words[i];
  gsize n = strlen (expected);
  gsize have = strlen (folded);

  if (have == n && memcmp (folded, expected, n) == 0)
    return !pattern->capitals[i] || (word->n_lower == 0 && word->n_upper >= 2);
  if (i + 1 == pattern->n_words && have == n + 1 && folded[n] == 's' &&
      memcmp (folded, expected, n) == 0)
    return !pattern->capitals[i] || word->plural_s || (word->n_lower == 0 && word->n_upper >= 2);
  return FALSE;
}

static gboolean
pattern_matches (const Pattern *pattern,
                 const char    *text,
                 const Word    *words,
                 guint          n_words,
                 guint          at,
                 const char    *folded,
                 GString       *key)
{
  if (at + pattern->n_words > n_words)
    return FALSE;
  for (guint i = 0; i < pattern->n_words; i++)
    {
      const Word *word = &words[at + i];

      if (!word_matches (pattern, i, word, folded + word->folded))
        return FALSE;
      if (i > 0)
        {
          gap_key (key, text + words[at + i - 1].end, text + word->start);
          if (strcmp (key->str, pattern->gaps[i - 1]) != 0)
            return FALSE;
        }
    }
  return TRUE;
}

/* The longest pattern that starts at word AT, or %NULL. */
static const Pattern *
best_at (CoprodPlainLanguage   *self,
         const char            *text,
         const Word            *words,
         guint                  n_words,
         guint                  at,
         const char            *folded,
         GString               *key,
         CoprodPlainCheckFlags  flags)
{
  const char *first = folded + words[at].folded;
  gsize len = strlen (first);
  GPtrArray *buckets[2] = { g_hash_table_lookup (self->first, first), NULL };

  /* A one-word term in the plural is looked up without its "s". */
  if (len > 1 && first[len - 1] == 's')
    {
      char singular[64];

      if (len <= sizeof singular)
        {
          memcpy (singular, first, len - 1);
          singular[len - 1] = '\0';
          buckets[1] = g_hash_table_lookup (self->first, singular);
        }
    }

  for (guint b = 0; b < G_N_ELEMENTS (buckets); b++)
    for (guint i = 0; buckets[b] != NULL && i < buckets[b]->len; i++)
      {
        const Pattern *pattern = g_ptr_array_index (buckets[b], i);
        const Entry *entry = &g_array_index (self->entries, Entry, pattern->entry);

        if (b == 1 && pattern->n_words != 1)
          continue;
        if ((entry->kind == COPROD_PLAIN_TERM && (flags & COPROD_PLAIN_CHECK_TERMS) == 0) ||
            (entry->kind == COPROD_PLAIN_DEFICIT && (flags & COPROD_PLAIN_CHECK_DEFICITS) == 0))
          continue;
        /* A plural one-word match is never longer than a longer pattern of the exact
         * word, so the first bucket's find stands. */
        if (pattern_matches (pattern, text, words, n_words, at, folded, key))
          return pattern;
      }
  return NULL;
}

static gboolean
is_acronym (const char *text,
            const Word *word)
{
  gsize length = word->end - word->start;

  if (word->n_upper < 2 || word->n_upper > 6 || word->n_lower > (word->plural_s ? 1 : 0))
    return FALSE;
  if (!g_unichar_isupper (g_utf8_get_char (text + word->start)))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (not_acronyms); i++)
    if (strlen (not_acronyms[i]) == length &&
        memcmp (not_acronyms[i], text + word->start, length) == 0)
      return FALSE;
  return TRUE;
}

static gboolean
in_capitals (const Word *word)
{
  return word->n_upper > 0 && word->n_lower == 0;
}

/* Whether only spaces stand between words A and B. */
static gboolean
spaced (const char *text,
        const Word *a,
        const Word *b)
{
  if (b->start <= a->end)
    return FALSE;
  for (gsize i = a->end; i < b->start; i++)
    if (text[i] != ' ')
      return FALSE;
  return TRUE;
}

/* Marks in SHOUTED the words of runs of three or more words in capitals. */
static void
find_capitals (const char *text,
               const Word *words,
               guint       n_words,
               guint8     *shouted)
{
  guint run_start = 0;

  for (guint i = 0; i <= n_words; i++)
    {
      gboolean continues = i < n_words && i > run_start && in_capitals (&words[run_start]) &&
                           in_capitals (&words[i]) && spaced (text, &words[i - 1], &words[i]);

      if (continues)
        continue;
      if (i - run_start >= 3 && in_capitals (&words[run_start]))
        memset (shouted + run_start, 1, i - run_start);
      run_start = i;
    }
}

typedef struct
{
  guint          start;     /* word index */
  guint          n_words;
  const Pattern *pattern;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  if (ca->n_words != cb->n_words)
    return ca->n_words > cb->n_words ? -1 : 1;
  return ca->start < cb->start ? -1 : ca->start > cb->start;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const CoprodPlainMatch *ma = a;
  const CoprodPlainMatch *mb = b;

  return ma->offset < mb->offset ? -1 : ma->offset > mb->offset;
}

/* Public API */

/**
 * coprod_plain_language_new:
 * @terms: (array length=n_terms): the terms to look for, in the order the matches
 *   refer to them by
 *
 * Compiles @terms, and the built-in deficit phrases, for checking many texts.
 *
 * Returns: (transfer full): the checker
 */
CoprodPlainLanguage *
coprod_plain_language_new (const CoprodPlainTerm *terms,
                           guint                  n_terms)
{
  CoprodPlainLanguage *self;

  g_return_val_if_fail (terms != NULL || n_terms == 0, NULL);

  self = plain_language_new ();
  for (guint i = 0; i < n_terms; i++)
    {
      guint entry;

      if (terms[i].term == NULL)
        continue;
      entry = add_entry (self, COPROD_PLAIN_TERM, i, terms[i].term, terms[i].plain_meaning);
      add_pattern (self, entry, terms[i].term);
      for (guint j = 0; terms[i].other_forms != NULL && terms[i].other_forms[j] != NULL; j++)
        add_pattern (self, entry, terms[i].other_forms[j]);
    }
  return plain_language_finish (self);
}

/**
 * coprod_plain_language_new_for_glossary:
 * @glossary: a team's glossary (#CoprodGlossaryTerm), as coprod_team_get_glossary()
 *   gives it
 *
 * A checker for the glossary as it is now; make another when it changes. A match's
 * term_index is the term's position in @glossary.
 *
 * Returns: (transfer full): the checker
 */
CoprodPlainLanguage *
coprod_plain_language_new_for_glossary (GListModel *glossary)
{
  CoprodPlainLanguage *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (glossary), NULL);

  self = plain_language_new ();
  for (guint i = 0; i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(CoprodGlossaryTerm) term = g_list_model_get_item (glossary, i);
      g_auto(GStrv) forms = coprod_glossary_term_dup_other_forms (term);
      g_autofree char *meaning = g_strstrip (g_strdup (coprod_glossary_term_get_plain_meaning (term)));
      guint entry = add_entry (self, COPROD_PLAIN_TERM, i, coprod_glossary_term_get_term (term),
                               meaning);

      add_pattern (self, entry, coprod_glossary_term_get_term (term));
      for (guint j = 0; forms[j] != NULL; j++)
        add_pattern (self, entry, forms[j]);
    }
  return plain_language_finish (self);
}

CoprodPlainLanguage *
coprod_plain_language_ref (CoprodPlainLanguage *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
coprod_plain_language_unref (CoprodPlainLanguage *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_hash_table_unref (self->first);
  g_ptr_array_unref (self->patterns);
  g_array_unref (self->entries);
  g_free (self);
}

/**
 * coprod_plain_language_check:
 * @text: what someone wrote, UTF-8
 * @length: its length in bytes, or -1 when it ends with a NUL
 * @flags: what to look for
 *
 * Returns: (transfer full) (element-type CoprodPlainMatch): what was found, in the
 *   order of the text, none overlapping
 */
GArray *
coprod_plain_language_check (CoprodPlainLanguage   *self,
                             const char            *text,
                             gssize                 length,
                             CoprodPlainCheckFlags  flags)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (CoprodPlainMatch));
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (Word));
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GString) folded = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autofree guint8 *taken = NULL;
  const Word *w;

  g_return_val_if_fail (self != NULL, matches);
  g_return_val_if_fail (text != NULL || length == 0, matches);

  if (length < 0)
    length = strlen (text);
  folded = g_string_sized_new (length + length / 4 + 1);
  split_words (text, length, words, folded);
  w = (const Word *) (gpointer) words->data;

  /* The longest find at each word, then the longest finds first where they overlap. */
  for (guint i = 0; i < words->len; i++)
    {
      const Pattern *pattern = best_at (self, text, w, words->len, i, folded->str, key, flags);

      if (pattern != NULL)
        {
          Candidate candidate = { i, pattern->n_words, pattern };

          g_array_append_val (candidates, candidate);
        }
    }
  g_array_sort (candidates, compare_candidates);
  taken = g_malloc0 (words->len + 1);
  for (guint c = 0; c < candidates->len; c++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, c);
      const Entry *entry = &g_array_index (self->entries, Entry, candidate->pattern->entry);
      CoprodPlainMatch match;
      gboolean unclaimed = TRUE;

      for (guint i = candidate->start; unclaimed && i < candidate->start + candidate->n_words; i++)
        unclaimed = !taken[i];
      if (!unclaimed)
        continue;
      memset (taken + candidate->start, 1, candidate->n_words);
      match.kind = entry->kind;
      match.offset = w[candidate->start].start;
      match.length = w[candidate->start + candidate->n_words - 1].end - match.offset;
      match.term_index = entry->term_index;
      match.term = entry->term;
      match.explanation = entry->explanation;
      g_array_append_val (matches, match);
    }

  if ((flags & COPROD_PLAIN_CHECK_ACRONYMS) != 0)
    find_capitals (text, w, words->len, taken);
  if ((flags & COPROD_PLAIN_CHECK_ACRONYMS) != 0)
    for (guint i = 0; i < words->len; i++)
      if (!taken[i] && is_acronym (text, &w[i]))
        {
          CoprodPlainMatch match = { COPROD_PLAIN_ACRONYM, w[i].start, w[i].end - w[i].start,
                                     G_MAXUINT, NULL, NULL };

          g_array_append_val (matches, match);
        }

  g_array_sort (matches, compare_matches);
  return matches;
}

/**
 * coprod_plain_language_dup_glossary_form:
 * @written: capitals as an acronym match found them, such as "EHCPs"
 * @length: the length of @written in bytes, or -1 when it ends with a nul
 *
 * Returns: (transfer full): what they go into the glossary as: without a plural's "s"
 */
char *
coprod_plain_language_dup_glossary_form (const char *written,
                                         gssize      length)
{
  gsize size = length < 0 ? strlen (written) : (gsize) length;

  if (size > 2 && written[size - 1] == 's' && g_ascii_isupper (written[size - 2]))
    size--;
  return g_strndup (written, size);
}
