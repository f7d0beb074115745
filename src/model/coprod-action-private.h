/* coprod-action-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Between an action and the team that holds it, inside the model layer.
 */
#pragma once

#include "coprod-action.h"

G_BEGIN_DECLS

typedef void (*CoprodActionChangedFunc) (CoprodAction *action,
                                         gpointer      data);

void coprod_action_set_changed_func (CoprodAction            *self,
                                     CoprodActionChangedFunc  func,
                                     gpointer                 data);

G_END_DECLS
