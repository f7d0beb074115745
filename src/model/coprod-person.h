/* coprod-person.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "coprod-store.h"

G_BEGIN_DECLS

typedef enum
{
  COPROD_SIDE_FAMILY,
  COPROD_SIDE_YOUNG_PERSON,
  COPROD_SIDE_PROFESSIONAL,
  COPROD_SIDE_OTHER,
} CoprodSide;

#define COPROD_TYPE_SIDE (coprod_side_get_type ())
GType        coprod_side_get_type (void);
const char  *coprod_side_to_string (CoprodSide  side);
CoprodSide   coprod_side_from_string (const char *text);

#define COPROD_TYPE_PERSON (coprod_person_get_type ())
G_DECLARE_FINAL_TYPE (CoprodPerson, coprod_person, COPROD, PERSON, GObject)

CoprodPerson *coprod_person_new_from_row            (CoprodStore  *store,
                                                     const CoprodStoreRow *row);
gint64        coprod_person_get_id                  (CoprodPerson *self);
gint64        coprod_person_get_team_id             (CoprodPerson *self);
const char   *coprod_person_get_name                (CoprodPerson *self);
void          coprod_person_set_name                (CoprodPerson *self,
                                                     const char   *name);
CoprodSide    coprod_person_get_side                (CoprodPerson *self);
void          coprod_person_set_side                (CoprodPerson *self,
                                                     CoprodSide    side);
const char   *coprod_person_get_role_text           (CoprodPerson *self);
void          coprod_person_set_role_text           (CoprodPerson *self,
                                                     const char   *text);
const char   *coprod_person_get_organisation        (CoprodPerson *self);
void          coprod_person_set_organisation        (CoprodPerson *self,
                                                     const char   *text);
const char   *coprod_person_get_likes_about_me      (CoprodPerson *self);
void          coprod_person_set_likes_about_me      (CoprodPerson *self,
                                                     const char   *text);
const char   *coprod_person_get_important_to_me     (CoprodPerson *self);
void          coprod_person_set_important_to_me     (CoprodPerson *self,
                                                     const char   *text);
const char   *coprod_person_get_support_me          (CoprodPerson *self);
void          coprod_person_set_support_me          (CoprodPerson *self,
                                                     const char   *text);
const char   *coprod_person_get_access_needs        (CoprodPerson *self);
void          coprod_person_set_access_needs        (CoprodPerson *self,
                                                     const char   *text);
gboolean      coprod_person_get_show_on_shared_screen (CoprodPerson *self);
void          coprod_person_set_show_on_shared_screen (CoprodPerson *self,
                                                       gboolean      show);
gboolean      coprod_person_get_needs_breaks        (CoprodPerson *self);
void          coprod_person_set_needs_breaks        (CoprodPerson *self,
                                                     gboolean      needs_breaks);
gboolean      coprod_person_is_blank                (CoprodPerson *self);

G_END_DECLS
