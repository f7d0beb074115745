/* coprod-exercise.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The expectations exercise of one meeting (seed 004): "get both groups independently
 * to make a list of their expectations first and what they think the other group's
 * expectations of them are", then bring the lists together "for discussion about what
 * each party can and can't do". Four lists, kept in the order they were written; a
 * guess is paired with the expectation it meant; each expectation is answered by the
 * group it is about, and "can't meet" needs an honest reason.
 *
 * The phases go forward one at a time and back any number: drafting, revealed,
 * responding, done. "changed" is emitted after anything that changes what the mirror
 * or the counts show, so the shared screen needs one handler.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "coprod-exercise.h"
#include "coprod-expectation-private.h"
#include "coprod-record-private.h"

struct _CoprodExercise
{
  GObject      parent_instance;

  CoprodStore *store;
  gint64       id;
  gint64       meeting_id;
  gint64       phase;
  GListStore  *lists[2][2];   /* [author][list] of CoprodExpectation, in order */
};

G_DEFINE_FINAL_TYPE (CoprodExercise, coprod_exercise, G_TYPE_OBJECT)

static const GEnumValue phase_values[] = {
  { COPROD_PHASE_DRAFTING, "COPROD_PHASE_DRAFTING", "drafting" },
  { COPROD_PHASE_REVEALED, "COPROD_PHASE_REVEALED", "revealed" },
  { COPROD_PHASE_RESPONDING, "COPROD_PHASE_RESPONDING", "responding" },
  { COPROD_PHASE_DONE, "COPROD_PHASE_DONE", "done" },
  { 0, NULL, NULL },
};

enum {
  PROP_0,
  PROP_PHASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
coprod_mirror_row_free (CoprodMirrorRow *row)
{
  g_clear_object (&row->actual);
  g_clear_object (&row->guess);
  g_free (row);
}

/* Helpers */

static void
changed (CoprodExercise *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static GListStore *
list_of (CoprodExercise    *self,
         CoprodExpectation *expectation)
{
  return self->lists[coprod_expectation_get_author (expectation)]
                    [coprod_expectation_get_list (expectation)];
}

static gboolean
fail (GError                 **error,
      CoprodExpectationError   code,
      const char              *message)
{
  g_set_error_literal (error, COPROD_EXPECTATION_ERROR, code, message);
  return FALSE;
}

/* Writes each item's place in its list as its index, after a move or a deletion. */
static void
renumber (GListStore *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(CoprodExpectation) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      coprod_expectation_set_position (item, (int) i);
    }
}

static CoprodExpectation *
find_in (GListStore *list,
         gint64      id)
{
  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(CoprodExpectation) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (coprod_expectation_get_id (item) == id)
        return item;
    }
  return NULL;
}

static void
watch (CoprodExercise    *self,
       CoprodExpectation *expectation)
{
  g_signal_connect_object (expectation, "notify", G_CALLBACK (changed), self,
                           G_CONNECT_SWAPPED);
}

/* Overrides */

static void
coprod_exercise_dispose (GObject *object)
{
  CoprodExercise *self = COPROD_EXERCISE (object);

  for (guint a = 0; a < 2; a++)
    for (guint l = 0; l < 2; l++)
      g_clear_object (&self->lists[a][l]);

  G_OBJECT_CLASS (coprod_exercise_parent_class)->dispose (object);
}

static void
coprod_exercise_finalize (GObject *object)
{
  g_clear_object (&COPROD_EXERCISE (object)->store);
  G_OBJECT_CLASS (coprod_exercise_parent_class)->finalize (object);
}

static void
coprod_exercise_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CoprodExercise *self = COPROD_EXERCISE (object);

  switch (prop_id)
    {
    case PROP_PHASE:
      g_value_set_int (value, (int) self->phase);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_exercise_class_init (CoprodExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coprod_exercise_dispose;
  object_class->finalize = coprod_exercise_finalize;
  object_class->get_property = coprod_exercise_get_property;

  properties[PROP_PHASE] = g_param_spec_int ("phase", NULL, NULL, COPROD_PHASE_DRAFTING,
                                             COPROD_PHASE_LAST, COPROD_PHASE_DRAFTING,
                                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                             G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CoprodExercise::changed:
   *
   * Something the lists, the mirror or the answers show has changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
coprod_exercise_init (CoprodExercise *self)
{
  for (guint a = 0; a < 2; a++)
    for (guint l = 0; l < 2; l++)
      self->lists[a][l] = g_list_store_new (COPROD_TYPE_EXPECTATION);
}

/* Public API */

/**
 * coprod_exercise_new_from_row:
 *
 * Returns: (transfer full): the exercise, with its four lists read from the store
 */
CoprodExercise *
coprod_exercise_new_from_row (CoprodStore          *store,
                              const CoprodStoreRow *row)
{
  CoprodExercise *self;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (COPROD_IS_STORE (store), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (COPROD_TYPE_EXERCISE, NULL);
  self->store = g_object_ref (store);
  self->id = coprod_store_row_get_int (row, COPROD_EXERCISE_COL_ID);
  self->meeting_id = coprod_store_row_get_int (row, COPROD_EXERCISE_COL_MEETING_ID);
  self->phase = coprod_enum_from_nick (phase_values,
                                       coprod_store_row_get_text (row, COPROD_EXERCISE_COL_PHASE),
                                       COPROD_PHASE_DRAFTING);

  /* The store gives them by group, list and place. */
  items = coprod_record_load_all (store, COPROD_TABLE_EXPECTATION, self->id,
                                  (CoprodRowConstructor) coprod_expectation_new_from_row, &error);
  if (items == NULL)
    {
      g_message ("Could not read the expectations of exercise %" G_GINT64_FORMAT ": %s",
                 self->id, error->message);
      return self;
    }
  for (guint i = 0; i < items->len; i++)
    {
      CoprodExpectation *item = g_ptr_array_index (items, i);

      g_list_store_append (list_of (self, item), item);
      watch (self, item);
    }
  return self;
}

gint64
coprod_exercise_get_id (CoprodExercise *self)
{
  g_return_val_if_fail (COPROD_IS_EXERCISE (self), 0);
  return self->id;
}

gint64
coprod_exercise_get_meeting_id (CoprodExercise *self)
{
  g_return_val_if_fail (COPROD_IS_EXERCISE (self), 0);
  return self->meeting_id;
}

CoprodExercisePhase
coprod_exercise_get_phase (CoprodExercise *self)
{
  g_return_val_if_fail (COPROD_IS_EXERCISE (self), COPROD_PHASE_DRAFTING);
  return self->phase;
}

/**
 * coprod_exercise_set_phase:
 *
 * Moves the exercise on to the next phase, or back to any earlier one: the lists are
 * not revealed before they are written, nor answered before they are compared.
 */
gboolean
coprod_exercise_set_phase (CoprodExercise       *self,
                           CoprodExercisePhase   phase,
                           GError              **error)
{
  g_return_val_if_fail (COPROD_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (phase <= COPROD_PHASE_LAST, FALSE);

  if (phase == self->phase)
    return TRUE;
  if (phase > self->phase + 1)
    return fail (error, COPROD_EXPECTATION_ERROR_WRONG_PHASE,
                 _("The exercise goes one step at a time: finish this step first."));
  if (!coprod_store_update (self->store, COPROD_TABLE_EXERCISE, self->id, "phase",
                            g_variant_new_string (phase_values[phase].value_nick), error))
    return FALSE;
  self->phase = phase;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
  changed (self);
  return TRUE;
}

/**
 * coprod_exercise_get_list:
 *
 * Returns: (transfer none): what @author wrote in @list (#CoprodExpectation), in order
 */
GListModel *
coprod_exercise_get_list (CoprodExercise        *self,
                          CoprodGroup            author,
                          CoprodExpectationList  list)
{
  g_return_val_if_fail (COPROD_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (author <= COPROD_GROUP_B && list <= COPROD_LIST_WE_THINK_THEY_EXPECT,
                        NULL);
  return G_LIST_MODEL (self->lists[author][list]);
}

/* How many lines @author has written in its two lists: what the room sees while the
 * groups are still writing. */
guint
coprod_exercise_count_written (CoprodExercise *self,
                               CoprodGroup     author)
{
  g_return_val_if_fail (COPROD_IS_EXERCISE (self), 0);
  g_return_val_if_fail (author <= COPROD_GROUP_B, 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->lists[author][0])) +
         g_list_model_get_n_items (G_LIST_MODEL (self->lists[author][1]));
}

/**
 * coprod_exercise_add:
 *
 * Returns: (transfer none) (nullable): the new line, at the end of its list
 */
CoprodExpectation *
coprod_exercise_add (CoprodExercise             *self,
                     CoprodGroup                 author,
                     CoprodExpectationList       list,
                     CoprodExpectationCategory   category,
                     const char                 *text,
                     GError                    **error)
{
  g_autofree char *words = NULL;
  g_autoptr(CoprodExpectation) item = NULL;
  GVariantDict dict;
  GListStore *store;
  gint64 id;

  g_return_val_if_fail (COPROD_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (author <= COPROD_GROUP_B && list <= COPROD_LIST_WE_THINK_THEY_EXPECT,
                        NULL);

  words = g_strstrip (g_utf8_make_valid (text != NULL ? text : "", -1));
  if (*words == '\0')
    {
      fail (error, COPROD_EXPECTATION_ERROR_EMPTY, _("Write the expectation first."));
      return NULL;
    }
  store = self->lists[author][list];
  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "exercise_id", "x", self->id);
  g_variant_dict_insert (&dict, "author_side", "s", coprod_group_to_nick (author));
  g_variant_dict_insert (&dict, "list", "s", coprod_expectation_list_to_nick (list));
  g_variant_dict_insert (&dict, "category", "s", coprod_expectation_category_to_nick (category));
  g_variant_dict_insert (&dict, "text", "s", words);
  g_variant_dict_insert (&dict, "position", "x",
                         (gint64) g_list_model_get_n_items (G_LIST_MODEL (store)));
  g_variant_dict_insert (&dict, "response", "s", "");
  g_variant_dict_insert (&dict, "created", "x", g_get_real_time () / G_USEC_PER_SEC);
  id = coprod_store_insert (self->store, COPROD_TABLE_EXPECTATION, g_variant_dict_end (&dict),
                            error);
  if (id == 0 || !coprod_store_flush (self->store, error))
    return NULL;
  item = coprod_record_load (self->store, COPROD_TABLE_EXPECTATION, id,
                             (CoprodRowConstructor) coprod_expectation_new_from_row, error);
  if (item == NULL)
    return NULL;
  g_list_store_append (store, item);
  watch (self, item);
  changed (self);
  return item;
}

/* Moves @expectation to @position in its list. */
gboolean
coprod_exercise_move (CoprodExercise     *self,
                      CoprodExpectation  *expectation,
                      guint               position,
                      GError            **error)
{
  GListStore *store;
  guint from;

  g_return_val_if_fail (COPROD_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (COPROD_IS_EXPECTATION (expectation), FALSE);

  store = list_of (self, expectation);
  if (!g_list_store_find (store, expectation, &from))
    return TRUE;
  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store)) - 1);
  if (position == from)
    return TRUE;
  g_object_ref (expectation);
  g_list_store_remove (store, from);
  g_list_store_insert (store, position, expectation);
  g_object_unref (expectation);
  renumber (store);
  changed (self);
  return TRUE;
}

/* Takes a line out of its list; coprod_exercise_restore() puts it back, given a
 * reference kept by the caller. A guess paired with it is left unpaired. */
gboolean
coprod_exercise_delete (CoprodExercise     *self,
                        CoprodExpectation  *expectation,
                        GError            **error)
{
  GListStore *store;
  guint position;

  g_return_val_if_fail (COPROD_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (COPROD_IS_EXPECTATION (expectation), FALSE);

  if (!coprod_store_set_deleted (self->store, COPROD_TABLE_EXPECTATION,
                                 coprod_expectation_get_id (expectation), TRUE, error))
    return FALSE;
  if (!coprod_expectation_is_guess (expectation))
    {
      CoprodExpectation *guess = coprod_exercise_find_partner (self, expectation);

      if (guess != NULL)
        coprod_expectation_set_matched_id (guess, 0);
    }
  /* Whoever offers Undo keeps a reference; the list lets go of it. */
  store = list_of (self, expectation);
  if (g_list_store_find (store, expectation, &position))
    g_list_store_remove (store, position);
  renumber (store);
  changed (self);
  return TRUE;
}

gboolean
coprod_exercise_restore (CoprodExercise     *self,
                         CoprodExpectation  *expectation,
                         GError            **error)
{
  GListStore *store;
  guint position;

  g_return_val_if_fail (COPROD_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (COPROD_IS_EXPECTATION (expectation), FALSE);

  store = list_of (self, expectation);
  if (g_list_store_find (store, expectation, &position))
    return TRUE;
  if (!coprod_store_set_deleted (self->store, COPROD_TABLE_EXPECTATION,
                                 coprod_expectation_get_id (expectation), FALSE, error))
    return FALSE;
  position = MIN ((guint) coprod_expectation_get_position (expectation),
                  g_list_model_get_n_items (G_LIST_MODEL (store)));
  g_list_store_insert (store, position, expectation);
  renumber (store);
  changed (self);
  return TRUE;
}

/**
 * coprod_exercise_pair:
 * @guess: what a group thought the other expects of it
 * @actual: what the other group does expect of it, which the guess meant
 *
 * Pairs them, after the lists are revealed; each is in one pair at most, so an
 * earlier pair of either is undone.
 */
gboolean
coprod_exercise_pair (CoprodExercise     *self,
                      CoprodExpectation  *guess,
                      CoprodExpectation  *actual,
                      GError            **error)
{
  CoprodExpectation *earlier;

  g_return_val_if_fail (COPROD_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (COPROD_IS_EXPECTATION (guess) && COPROD_IS_EXPECTATION (actual), FALSE);

  if (self->phase != COPROD_PHASE_REVEALED && self->phase != COPROD_PHASE_RESPONDING)
    return fail (error, COPROD_EXPECTATION_ERROR_WRONG_PHASE,
                 _("Pairs are made once both groups' lists are shown."));
  if (coprod_expectation_is_guess (actual) && !coprod_expectation_is_guess (guess))
    {
      CoprodExpectation *swap = guess;

      guess = actual;
      actual = swap;
    }
  if (!coprod_expectation_is_guess (guess) || coprod_expectation_is_guess (actual) ||
      coprod_expectation_get_about (guess) != coprod_expectation_get_about (actual))
    return fail (error, COPROD_EXPECTATION_ERROR_NOT_A_GUESS,
                 _("A pair is one group’s guess and what the other group really expects of "
                   "it."));

  earlier = coprod_exercise_find_partner (self, actual);
  if (earlier != NULL && earlier != guess)
    coprod_expectation_set_matched_id (earlier, 0);
  coprod_expectation_set_matched_id (guess, coprod_expectation_get_id (actual));
  changed (self);
  return TRUE;
}

/* Undoes the pair @expectation is in, if any. */
gboolean
coprod_exercise_unpair (CoprodExercise     *self,
                        CoprodExpectation  *expectation,
                        GError            **error)
{
  CoprodExpectation *partner;

  g_return_val_if_fail (COPROD_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (COPROD_IS_EXPECTATION (expectation), FALSE);

  partner = coprod_exercise_find_partner (self, expectation);
  if (partner == NULL)
    return TRUE;
  coprod_expectation_set_matched_id (coprod_expectation_is_guess (expectation) ? expectation
                                                                                : partner, 0);
  changed (self);
  return TRUE;
}

/**
 * coprod_exercise_find_partner:
 *
 * Returns: (transfer none) (nullable): what @expectation is paired with
 */
CoprodExpectation *
coprod_exercise_find_partner (CoprodExercise    *self,
                              CoprodExpectation *expectation)
{
  CoprodGroup about;
  GListStore *guesses;

  g_return_val_if_fail (COPROD_IS_EXERCISE (self), NULL);
  g_return_val_if_fail (COPROD_IS_EXPECTATION (expectation), NULL);

  about = coprod_expectation_get_about (expectation);
  if (coprod_expectation_is_guess (expectation))
    return find_in (self->lists[COPROD_OTHER_GROUP (about)][COPROD_LIST_WE_EXPECT],
                    coprod_expectation_get_matched_id (expectation));

  guesses = self->lists[about][COPROD_LIST_WE_THINK_THEY_EXPECT];
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (guesses)); i++)
    {
      g_autoptr(CoprodExpectation) guess = g_list_model_get_item (G_LIST_MODEL (guesses), i);

      if (coprod_expectation_get_matched_id (guess) == coprod_expectation_get_id (expectation))
        return guess;
    }
  return NULL;
}

/**
 * coprod_exercise_dup_mirror:
 * @about: the group whose side of the mirror it is
 *
 * What the other group expects of @about beside what @about thought it expects: the
 * other group's expectations in their order, each with the guess paired with it or
 * none ("they expect this and we didn't guess it"), then the guesses nobody expected
 * ("we thought they expected this, and they don't").
 *
 * Returns: (transfer full) (element-type CoprodMirrorRow): the rows
 */
GPtrArray *
coprod_exercise_dup_mirror (CoprodExercise *self,
                            CoprodGroup     about)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) coprod_mirror_row_free);
  GListModel *actuals, *guesses;

  g_return_val_if_fail (COPROD_IS_EXERCISE (self), rows);
  g_return_val_if_fail (about <= COPROD_GROUP_B, rows);

  actuals = G_LIST_MODEL (self->lists[COPROD_OTHER_GROUP (about)][COPROD_LIST_WE_EXPECT]);
  guesses = G_LIST_MODEL (self->lists[about][COPROD_LIST_WE_THINK_THEY_EXPECT]);
  for (guint i = 0; i < g_list_model_get_n_items (actuals); i++)
    {
      CoprodMirrorRow *row = g_new0 (CoprodMirrorRow, 1);
      CoprodExpectation *guess;

      row->actual = g_list_model_get_item (actuals, i);
      guess = coprod_exercise_find_partner (self, row->actual);
      row->guess = guess != NULL ? g_object_ref (guess) : NULL;
      g_ptr_array_add (rows, row);
    }
  for (guint i = 0; i < g_list_model_get_n_items (guesses); i++)
    {
      g_autoptr(CoprodExpectation) guess = g_list_model_get_item (guesses, i);
      CoprodMirrorRow *row;

      if (coprod_exercise_find_partner (self, guess) != NULL)
        continue;
      row = g_new0 (CoprodMirrorRow, 1);
      row->guess = g_steal_pointer (&guess);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

/**
 * coprod_exercise_respond:
 * @expectation: what a group expects of the other
 * @note: (nullable): what the answering group says about it; needed for "can't meet"
 *
 * Records the answer of the group @expectation is about, once the lists are being
 * answered. An honest "no" says why.
 */
gboolean
coprod_exercise_respond (CoprodExercise     *self,
                         CoprodExpectation  *expectation,
                         CoprodResponse      response,
                         const char         *note,
                         GError            **error)
{
  g_autofree char *words = NULL;

  g_return_val_if_fail (COPROD_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (COPROD_IS_EXPECTATION (expectation), FALSE);
  g_return_val_if_fail (response <= COPROD_RESPONSE_FIND_OUT, FALSE);

  if (self->phase != COPROD_PHASE_RESPONDING && self->phase != COPROD_PHASE_DONE)
    return fail (error, COPROD_EXPECTATION_ERROR_WRONG_PHASE,
                 _("Expectations are answered after the lists have been compared."));
  if (coprod_expectation_is_guess (expectation))
    return fail (error, COPROD_EXPECTATION_ERROR_NOT_ANSWERABLE,
                 _("Only what a group really expects is answered, not a guess."));
  words = g_strstrip (g_utf8_make_valid (note != NULL ? note : "", -1));
  if (response == COPROD_RESPONSE_CANNOT && *words == '\0')
    return fail (error, COPROD_EXPECTATION_ERROR_REASON_NEEDED,
                 _("Say why this can’t be met, so everyone knows where things stand."));
  if (!coprod_expectation_write_response (expectation, response, words, error))
    return FALSE;
  changed (self);
  return TRUE;
}

/**
 * coprod_exercise_dup_agreements:
 *
 * Returns: (transfer full) (element-type CoprodExpectation): what the room agreed, in
 *   the order of the lists
 */
GPtrArray *
coprod_exercise_dup_agreements (CoprodExercise *self)
{
  GPtrArray *agreed = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (COPROD_IS_EXERCISE (self), agreed);

  for (guint a = 0; a < 2; a++)
    for (guint l = 0; l < 2; l++)
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->lists[a][l])); i++)
        {
          g_autoptr(CoprodExpectation) item = g_list_model_get_item (G_LIST_MODEL (self->lists[a][l]),
                                                                     i);

          if (coprod_expectation_get_agreed (item))
            g_ptr_array_add (agreed, g_steal_pointer (&item));
        }
  return agreed;
}
