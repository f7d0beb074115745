/* coprod-context.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the application owns and hands to each window: the store and the teams in it.
 */
#pragma once

#include <gio/gio.h>

#include "coprod-store.h"
#include "coprod-team.h"

G_BEGIN_DECLS

#define COPROD_TYPE_CONTEXT (coprod_context_get_type ())
G_DECLARE_FINAL_TYPE (CoprodContext, coprod_context, COPROD, CONTEXT, GObject)

CoprodContext *coprod_context_new          (CoprodStore    *store,
                                            GError        **error);
CoprodStore   *coprod_context_get_store    (CoprodContext  *self);
GListModel    *coprod_context_get_teams    (CoprodContext  *self);
CoprodTeam    *coprod_context_find_team    (CoprodContext  *self,
                                            gint64          id);
CoprodTeam    *coprod_context_create_team  (CoprodContext  *self,
                                            const char     *name,
                                            GError        **error);
gboolean       coprod_context_delete_team  (CoprodContext  *self,
                                            CoprodTeam     *team,
                                            GError        **error);
gboolean       coprod_context_restore_team (CoprodContext  *self,
                                            CoprodTeam     *team,
                                            GError        **error);

CoprodTeam    *coprod_context_add_example  (CoprodContext  *self,
                                            GError        **error);

G_END_DECLS
