/* coprod-application.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-context.h"

G_BEGIN_DECLS

#define COPROD_TYPE_APPLICATION (coprod_application_get_type ())
G_DECLARE_FINAL_TYPE (CoprodApplication, coprod_application, COPROD, APPLICATION,
                      AdwApplication)

CoprodApplication *coprod_application_new         (void);
const char        *coprod_application_get_data_dir (CoprodApplication *self);
CoprodContext     *coprod_application_get_context (CoprodApplication *self);
GtkWindow         *coprod_application_open        (CoprodApplication *self);
GSettings         *coprod_application_get_settings (CoprodApplication *self);
gboolean           coprod_application_may_close   (CoprodApplication *self,
                                                   GtkWindow         *window,
                                                   gboolean           quitting);

G_END_DECLS
