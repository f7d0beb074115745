/* coprod-glossary-term.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "coprod-store.h"

G_BEGIN_DECLS

#define COPROD_TYPE_GLOSSARY_TERM (coprod_glossary_term_get_type ())
G_DECLARE_FINAL_TYPE (CoprodGlossaryTerm, coprod_glossary_term, COPROD, GLOSSARY_TERM, GObject)

CoprodGlossaryTerm *coprod_glossary_term_new_from_row      (CoprodStore          *store,
                                                            const CoprodStoreRow *row);
gint64              coprod_glossary_term_get_id            (CoprodGlossaryTerm   *self);
gint64              coprod_glossary_term_get_team_id       (CoprodGlossaryTerm   *self);
const char         *coprod_glossary_term_get_term          (CoprodGlossaryTerm   *self);
void                coprod_glossary_term_set_term          (CoprodGlossaryTerm   *self,
                                                            const char           *term);
const char         *coprod_glossary_term_get_plain_meaning (CoprodGlossaryTerm   *self);
void                coprod_glossary_term_set_plain_meaning (CoprodGlossaryTerm   *self,
                                                            const char           *meaning);
const char         *coprod_glossary_term_get_also_known_as (CoprodGlossaryTerm   *self);
void                coprod_glossary_term_set_also_known_as (CoprodGlossaryTerm   *self,
                                                            const char           *forms);
char              **coprod_glossary_term_dup_other_forms   (CoprodGlossaryTerm   *self);
int                 coprod_glossary_term_compare           (gconstpointer         a,
                                                            gconstpointer         b,
                                                            gpointer              user_data);
gboolean            coprod_glossary_term_matches           (CoprodGlossaryTerm   *self,
                                                            const char           *folded_needle);

G_END_DECLS
