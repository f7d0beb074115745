/* coprod-glossary-term.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One word of a team's glossary: the word or abbreviation as the room meets it, what it
 * means in plain words, and the other ways it gets written. Every property writes
 * through to the store.
 */

#include <string.h>

#include "coprod-action.h"
#include "coprod-glossary-term.h"
#include "coprod-record-private.h"

struct _CoprodGlossaryTerm
{
  GObject      parent_instance;

  CoprodStore *store;
  gint64       id;
  gint64       team_id;
  char        *term;
  char        *plain_meaning;
  char        *also_known_as;

  char        *sort_key;       /* made when first sorted, dropped when the term changes */
  char        *folded_text;    /* made when first searched, dropped on any change */
};

G_DEFINE_FINAL_TYPE (CoprodGlossaryTerm, coprod_glossary_term, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEAM_ID,
  PROP_TERM,
  PROP_PLAIN_MEANING,
  PROP_ALSO_KNOWN_AS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const CoprodTextColumn text_columns[N_PROPS] = {
  [PROP_TERM] = { "term", COPROD_GLOSSARY_TERM_COL_TERM },
  [PROP_PLAIN_MEANING] = { "plain_meaning", COPROD_GLOSSARY_TERM_COL_PLAIN_MEANING },
  [PROP_ALSO_KNOWN_AS] = { "also_known_as", COPROD_GLOSSARY_TERM_COL_ALSO_KNOWN_AS },
};

/* Helpers */

static char **
text_field (CoprodGlossaryTerm *self,
            guint               prop_id)
{
  switch (prop_id)
    {
    case PROP_TERM: return &self->term;
    case PROP_PLAIN_MEANING: return &self->plain_meaning;
    case PROP_ALSO_KNOWN_AS: return &self->also_known_as;
    default: return NULL;
    }
}

static void
set_text (CoprodGlossaryTerm *self,
          guint               prop_id,
          const char         *value)
{
  CoprodRecord record = { G_OBJECT (self), self->store, COPROD_TABLE_GLOSSARY_TERM, self->id };
  char **field = text_field (self, prop_id);

  /* The caches go before anyone is told, so that a view re-sorting on the
   * notification sees the new word. */
  g_clear_pointer (&self->folded_text, g_free);
  if (prop_id == PROP_TERM)
    g_clear_pointer (&self->sort_key, g_free);
  coprod_record_set_text (&record, text_columns[prop_id].name, field, value,
                          properties[prop_id]);
}

static const char *
get_sort_key (CoprodGlossaryTerm *self)
{
  if (self->sort_key == NULL)
    {
      g_autofree char *folded = coprod_action_fold_text (self->term);

      self->sort_key = g_utf8_collate_key (folded, -1);
    }
  return self->sort_key;
}

/* Overrides */

static void
coprod_glossary_term_finalize (GObject *object)
{
  CoprodGlossaryTerm *self = (CoprodGlossaryTerm *) object;

  g_clear_object (&self->store);
  g_free (self->term);
  g_free (self->plain_meaning);
  g_free (self->also_known_as);
  g_free (self->sort_key);
  g_free (self->folded_text);

  G_OBJECT_CLASS (coprod_glossary_term_parent_class)->finalize (object);
}

static void
coprod_glossary_term_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CoprodGlossaryTerm *self = COPROD_GLOSSARY_TERM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TEAM_ID:
      g_value_set_int64 (value, self->team_id);
      break;

    case PROP_TERM:
    case PROP_PLAIN_MEANING:
    case PROP_ALSO_KNOWN_AS:
      g_value_set_string (value, *text_field (self, prop_id));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_glossary_term_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CoprodGlossaryTerm *self = COPROD_GLOSSARY_TERM (object);

  switch (prop_id)
    {
    case PROP_TERM:
    case PROP_PLAIN_MEANING:
    case PROP_ALSO_KNOWN_AS:
      set_text (self, prop_id, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_glossary_term_class_init (CoprodGlossaryTermClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coprod_glossary_term_finalize;
  object_class->get_property = coprod_glossary_term_get_property;
  object_class->set_property = coprod_glossary_term_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TEAM_ID] = g_param_spec_int64 ("team-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TERM] = g_param_spec_string ("term", NULL, NULL, "", rw);
  properties[PROP_PLAIN_MEANING] = g_param_spec_string ("plain-meaning", NULL, NULL, "", rw);
  /* Other ways the term is written, one to a line: "EHC plan" for "EHCP". */
  properties[PROP_ALSO_KNOWN_AS] = g_param_spec_string ("also-known-as", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_glossary_term_init (CoprodGlossaryTerm *self)
{
}

/* Public API */

CoprodGlossaryTerm *
coprod_glossary_term_new_from_row (CoprodStore          *store,
                                   const CoprodStoreRow *row)
{
  CoprodGlossaryTerm *self;

  g_return_val_if_fail (COPROD_IS_STORE (store), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (COPROD_TYPE_GLOSSARY_TERM, NULL);
  self->store = g_object_ref (store);
  self->id = coprod_store_row_get_int (row, COPROD_GLOSSARY_TERM_COL_ID);
  self->team_id = coprod_store_row_get_int (row, COPROD_GLOSSARY_TERM_COL_TEAM_ID);
  for (guint i = 0; i < N_PROPS; i++)
    if (text_columns[i].name != NULL)
      *text_field (self, i) = g_strdup (coprod_store_row_get_text (row, text_columns[i].index));
  return self;
}

gint64
coprod_glossary_term_get_id (CoprodGlossaryTerm *self)
{
  g_return_val_if_fail (COPROD_IS_GLOSSARY_TERM (self), 0);
  return self->id;
}

gint64
coprod_glossary_term_get_team_id (CoprodGlossaryTerm *self)
{
  g_return_val_if_fail (COPROD_IS_GLOSSARY_TERM (self), 0);
  return self->team_id;
}

/* Text accessors: one getter and setter pair per column. */
#define TEXT_ACCESSORS(field, PROP) \
  const char * \
  coprod_glossary_term_get_##field (CoprodGlossaryTerm *self) \
  { \
    g_return_val_if_fail (COPROD_IS_GLOSSARY_TERM (self), NULL); \
    return self->field; \
  } \
  void \
  coprod_glossary_term_set_##field (CoprodGlossaryTerm *self, \
                                    const char         *value) \
  { \
    g_return_if_fail (COPROD_IS_GLOSSARY_TERM (self)); \
    set_text (self, PROP, value); \
  }

TEXT_ACCESSORS (term, PROP_TERM)
TEXT_ACCESSORS (plain_meaning, PROP_PLAIN_MEANING)
TEXT_ACCESSORS (also_known_as, PROP_ALSO_KNOWN_AS)

/**
 * coprod_glossary_term_dup_other_forms:
 *
 * Returns: (transfer full): the other ways the term is written, one per line of
 *   #CoprodGlossaryTerm:also-known-as, trimmed, without blank lines
 */
char **
coprod_glossary_term_dup_other_forms (CoprodGlossaryTerm *self)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) forms = g_strv_builder_new ();

  g_return_val_if_fail (COPROD_IS_GLOSSARY_TERM (self), NULL);

  lines = g_strsplit (self->also_known_as, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_strv_builder_add (forms, lines[i]);
  return g_strv_builder_end (forms);
}

/**
 * coprod_glossary_term_compare:
 *
 * The glossary's order: by the word, without regard to case or accents, as the
 * user's language sorts; a #GCompareDataFunc for g_list_store_insert_sorted().
 */
int
coprod_glossary_term_compare (gconstpointer a,
                              gconstpointer b,
                              gpointer      user_data)
{
  CoprodGlossaryTerm *term_a = (CoprodGlossaryTerm *) a;
  CoprodGlossaryTerm *term_b = (CoprodGlossaryTerm *) b;
  int order = strcmp (get_sort_key (term_a), get_sort_key (term_b));

  if (order != 0)
    return order;
  return term_a->id < term_b->id ? -1 : term_a->id > term_b->id;
}

/**
 * coprod_glossary_term_matches:
 * @folded_needle: what was typed, through coprod_action_fold_text()
 *
 * Whether the word, one of its other forms or its meaning contains @folded_needle,
 * without regard to case or accents.
 */
gboolean
coprod_glossary_term_matches (CoprodGlossaryTerm *self,
                              const char         *folded_needle)
{
  g_return_val_if_fail (COPROD_IS_GLOSSARY_TERM (self), FALSE);

  if (folded_needle == NULL || *folded_needle == '\0')
    return TRUE;
  if (self->folded_text == NULL)
    {
      g_autofree char *all = g_strjoin ("\n", self->term, self->also_known_as,
                                        self->plain_meaning, NULL);

      self->folded_text = coprod_action_fold_text (all);
    }
  return strstr (self->folded_text, folded_needle) != NULL;
}
