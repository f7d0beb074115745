/* coprod-glossary-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-team.h"

G_BEGIN_DECLS

#define COPROD_TYPE_GLOSSARY_VIEW (coprod_glossary_view_get_type ())
G_DECLARE_FINAL_TYPE (CoprodGlossaryView, coprod_glossary_view, COPROD, GLOSSARY_VIEW, GtkBox)

GtkWidget  *coprod_glossary_view_new        (CoprodTeam         *team);
GListModel *coprod_glossary_view_get_shown  (CoprodGlossaryView *self);
void        coprod_glossary_view_search     (CoprodGlossaryView *self,
                                             const char         *text);
void        coprod_glossary_view_add        (CoprodGlossaryView *self);
gboolean    coprod_glossary_view_undo       (CoprodGlossaryView *self);

G_END_DECLS
