/* coprod-save-status.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-context.h"

G_BEGIN_DECLS

#define COPROD_TYPE_SAVE_STATUS (coprod_save_status_get_type ())
G_DECLARE_FINAL_TYPE (CoprodSaveStatus, coprod_save_status, COPROD, SAVE_STATUS, AdwBin)

CoprodSaveStatus *coprod_save_status_new      (CoprodStore  *store);
void              coprod_save_status_attach   (GtkWindow    *window,
                                               CoprodStore  *store);
CoprodSaveStatus *coprod_save_status_find     (GtkWindow    *window);
const char       *coprod_save_status_get_text (CoprodSaveStatus *self);
gboolean          coprod_save_status_get_shown (CoprodSaveStatus *self);
char             *coprod_save_status_describe_failure (CoprodStore *store);

G_END_DECLS
