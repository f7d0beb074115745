/* coprod-expectation.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "coprod-store.h"

G_BEGIN_DECLS

#define COPROD_EXPECTATION_ERROR (coprod_expectation_error_quark ())

typedef enum
{
  COPROD_EXPECTATION_ERROR_REASON_NEEDED,  /* "can't meet" says why */
  COPROD_EXPECTATION_ERROR_NOT_A_GUESS,    /* pairing wants a guess and what it meant */
  COPROD_EXPECTATION_ERROR_WRONG_PHASE,    /* not at this stage of the exercise */
  COPROD_EXPECTATION_ERROR_NOT_ANSWERABLE, /* only what a group expects is answered */
  COPROD_EXPECTATION_ERROR_EMPTY,          /* an expectation with no words */
} CoprodExpectationError;

/* Which of the team's two groups wrote it. */
typedef enum
{
  COPROD_GROUP_A,
  COPROD_GROUP_B,
} CoprodGroup;

#define COPROD_OTHER_GROUP(g) ((g) == COPROD_GROUP_A ? COPROD_GROUP_B : COPROD_GROUP_A)

typedef enum
{
  COPROD_LIST_WE_EXPECT,             /* what we expect of them */
  COPROD_LIST_WE_THINK_THEY_EXPECT,  /* what we think they expect of us: a guess */
} CoprodExpectationList;

typedef enum
{
  COPROD_CATEGORY_TASK,       /* tasks and outputs */
  COPROD_CATEGORY_BEHAVIOUR,
  COPROD_CATEGORY_SKILL,      /* skills and knowledge */
} CoprodExpectationCategory;

typedef enum
{
  COPROD_RESPONSE_NONE,
  COPROD_RESPONSE_CAN,
  COPROD_RESPONSE_PARTLY,
  COPROD_RESPONSE_CANNOT,
  COPROD_RESPONSE_FIND_OUT,
} CoprodResponse;

#define COPROD_TYPE_EXPECTATION (coprod_expectation_get_type ())
G_DECLARE_FINAL_TYPE (CoprodExpectation, coprod_expectation, COPROD, EXPECTATION, GObject)

GQuark                    coprod_expectation_error_quark      (void);
CoprodExpectation        *coprod_expectation_new_from_row     (CoprodStore          *store,
                                                               const CoprodStoreRow *row);

gint64                    coprod_expectation_get_id           (CoprodExpectation    *self);
gint64                    coprod_expectation_get_exercise_id  (CoprodExpectation    *self);
CoprodGroup               coprod_expectation_get_author       (CoprodExpectation    *self);
CoprodGroup               coprod_expectation_get_about        (CoprodExpectation    *self);
CoprodExpectationList     coprod_expectation_get_list         (CoprodExpectation    *self);
gboolean                  coprod_expectation_is_guess         (CoprodExpectation    *self);
const char               *coprod_expectation_get_text         (CoprodExpectation    *self);
void                      coprod_expectation_set_text         (CoprodExpectation    *self,
                                                               const char           *text);
CoprodExpectationCategory coprod_expectation_get_category     (CoprodExpectation    *self);
void                      coprod_expectation_set_category     (CoprodExpectation    *self,
                                                               CoprodExpectationCategory category);
int                       coprod_expectation_get_position     (CoprodExpectation    *self);
gint64                    coprod_expectation_get_matched_id   (CoprodExpectation    *self);
CoprodResponse            coprod_expectation_get_response     (CoprodExpectation    *self);
const char               *coprod_expectation_get_response_note (CoprodExpectation   *self);
gboolean                  coprod_expectation_get_agreed       (CoprodExpectation    *self);
void                      coprod_expectation_set_agreed       (CoprodExpectation    *self,
                                                               gboolean              agreed);

const char               *coprod_expectation_category_to_string (CoprodExpectationCategory category);
const char               *coprod_response_to_string           (CoprodResponse        response);

G_END_DECLS
