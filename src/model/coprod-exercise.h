/* coprod-exercise.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "coprod-expectation.h"

G_BEGIN_DECLS

typedef enum
{
  COPROD_PHASE_DRAFTING,    /* each group writes its two lists */
  COPROD_PHASE_REVEALED,    /* the lists side by side; guesses paired with what they meant */
  COPROD_PHASE_RESPONDING,  /* each group answers what the other expects of it */
  COPROD_PHASE_DONE,
} CoprodExercisePhase;

#define COPROD_PHASE_LAST COPROD_PHASE_DONE

/* One line of a mirror: what a group expects beside the other group's guess at it. */
typedef struct
{
  CoprodExpectation *actual;  /* what they expect; NULL: a guess nobody expected */
  CoprodExpectation *guess;   /* what we thought; NULL: an expectation nobody guessed */
} CoprodMirrorRow;

void coprod_mirror_row_free (CoprodMirrorRow *row);

#define COPROD_TYPE_EXERCISE (coprod_exercise_get_type ())
G_DECLARE_FINAL_TYPE (CoprodExercise, coprod_exercise, COPROD, EXERCISE, GObject)

CoprodExercise     *coprod_exercise_new_from_row   (CoprodStore          *store,
                                                    const CoprodStoreRow *row);
gint64              coprod_exercise_get_id         (CoprodExercise      *self);
gint64              coprod_exercise_get_meeting_id (CoprodExercise      *self);
CoprodExercisePhase coprod_exercise_get_phase      (CoprodExercise      *self);
gboolean            coprod_exercise_set_phase      (CoprodExercise      *self,
                                                    CoprodExercisePhase  phase,
                                                    GError             **error);

GListModel         *coprod_exercise_get_list       (CoprodExercise      *self,
                                                    CoprodGroup          author,
                                                    CoprodExpectationList list);
guint               coprod_exercise_count_written  (CoprodExercise      *self,
                                                    CoprodGroup          author);
CoprodExpectation  *coprod_exercise_add            (CoprodExercise      *self,
                                                    CoprodGroup          author,
                                                    CoprodExpectationList list,
                                                    CoprodExpectationCategory category,
                                                    const char          *text,
                                                    GError             **error);
gboolean            coprod_exercise_move           (CoprodExercise      *self,
                                                    CoprodExpectation   *expectation,
                                                    guint                position,
                                                    GError             **error);
gboolean            coprod_exercise_delete         (CoprodExercise      *self,
                                                    CoprodExpectation   *expectation,
                                                    GError             **error);
gboolean            coprod_exercise_restore        (CoprodExercise      *self,
                                                    CoprodExpectation   *expectation,
                                                    GError             **error);

gboolean            coprod_exercise_pair           (CoprodExercise      *self,
                                                    CoprodExpectation   *guess,
                                                    CoprodExpectation   *actual,
                                                    GError             **error);
gboolean            coprod_exercise_unpair         (CoprodExercise      *self,
                                                    CoprodExpectation   *expectation,
                                                    GError             **error);
CoprodExpectation  *coprod_exercise_find_partner   (CoprodExercise      *self,
                                                    CoprodExpectation   *expectation);
GPtrArray          *coprod_exercise_dup_mirror     (CoprodExercise      *self,
                                                    CoprodGroup          about);

gboolean            coprod_exercise_respond        (CoprodExercise      *self,
                                                    CoprodExpectation   *expectation,
                                                    CoprodResponse       response,
                                                    const char          *note,
                                                    GError             **error);
GPtrArray          *coprod_exercise_dup_agreements (CoprodExercise      *self);

G_END_DECLS
