/* coprod-recovery-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define COPROD_TYPE_RECOVERY_WINDOW (coprod_recovery_window_get_type ())
G_DECLARE_FINAL_TYPE (CoprodRecoveryWindow, coprod_recovery_window, COPROD, RECOVERY_WINDOW,
                      AdwApplicationWindow)

CoprodRecoveryWindow *coprod_recovery_window_new (GtkApplication *application,
                                                  const char     *data_dir,
                                                  const GError   *error);

G_END_DECLS
