/* coprod-expectation-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the exercise changes in its expectations, once it has checked the change.
 */
#pragma once

#include "coprod-expectation.h"

G_BEGIN_DECLS

const char *coprod_group_to_nick                (CoprodGroup                group);
const char *coprod_expectation_list_to_nick     (CoprodExpectationList      list);
const char *coprod_expectation_category_to_nick (CoprodExpectationCategory  category);
void        coprod_expectation_set_position     (CoprodExpectation         *self,
                                                 int                        position);
void        coprod_expectation_set_matched_id   (CoprodExpectation         *self,
                                                 gint64                     matched_id);
gboolean    coprod_expectation_write_response   (CoprodExpectation         *self,
                                                 CoprodResponse             response,
                                                 const char                *note,
                                                 GError                   **error);

G_END_DECLS
