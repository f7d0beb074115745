/* coprod-person-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-person.h"

G_BEGIN_DECLS

#define COPROD_TYPE_PERSON_ROW (coprod_person_row_get_type ())
G_DECLARE_FINAL_TYPE (CoprodPersonRow, coprod_person_row, COPROD, PERSON_ROW, GtkBox)

CoprodPersonRow *coprod_person_row_new        (void);
CoprodPerson    *coprod_person_row_get_person (CoprodPersonRow *self);
void             coprod_person_row_set_person (CoprodPersonRow *self,
                                               CoprodPerson    *person);

G_END_DECLS
