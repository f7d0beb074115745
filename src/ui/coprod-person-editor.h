/* coprod-person-editor.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-person.h"

G_BEGIN_DECLS

#define COPROD_TYPE_PERSON_EDITOR (coprod_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (CoprodPersonEditor, coprod_person_editor, COPROD, PERSON_EDITOR,
                      AdwWindow)

CoprodPersonEditor *coprod_person_editor_new        (GtkWindow          *parent,
                                                     CoprodPerson       *person);
CoprodPerson       *coprod_person_editor_get_person (CoprodPersonEditor *self);

G_END_DECLS
