/* coprod-team.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "coprod-action.h"
#include "coprod-glossary-term.h"
#include "coprod-plain-language.h"
#include "coprod-meeting.h"
#include "coprod-person.h"
#include "coprod-store.h"

G_BEGIN_DECLS

#define COPROD_TYPE_TEAM (coprod_team_get_type ())
G_DECLARE_FINAL_TYPE (CoprodTeam, coprod_team, COPROD, TEAM, GObject)

CoprodTeam    *coprod_team_new_from_row      (CoprodStore   *store,
                                              const CoprodStoreRow *row);
gint64         coprod_team_get_id            (CoprodTeam    *self);
const char    *coprod_team_get_name          (CoprodTeam    *self);
void           coprod_team_set_name          (CoprodTeam    *self,
                                              const char    *name);
const char    *coprod_team_get_group_a_label (CoprodTeam    *self);
void           coprod_team_set_group_a_label (CoprodTeam    *self,
                                              const char    *label);
const char    *coprod_team_get_group_b_label (CoprodTeam    *self);
void           coprod_team_set_group_b_label (CoprodTeam    *self,
                                              const char    *label);

const char    *coprod_team_get_ground_rules  (CoprodTeam    *self);
void           coprod_team_set_ground_rules  (CoprodTeam    *self,
                                              const char    *rules);
int            coprod_team_get_break_after_minutes (CoprodTeam *self);
void           coprod_team_set_break_after_minutes (CoprodTeam *self,
                                                    int         minutes);
gboolean       coprod_team_needs_breaks      (CoprodTeam    *self);

const char    *coprod_team_get_group_label   (CoprodTeam    *self,
                                              CoprodGroup    group);
GListModel    *coprod_team_get_people        (CoprodTeam    *self);
CoprodPerson  *coprod_team_add_person        (CoprodTeam    *self,
                                              const char    *name,
                                              CoprodSide     side,
                                              GError       **error);
gboolean       coprod_team_delete_person     (CoprodTeam    *self,
                                              CoprodPerson  *person,
                                              GError       **error);
gboolean       coprod_team_restore_person    (CoprodTeam    *self,
                                              CoprodPerson  *person,
                                              GError       **error);
CoprodPerson  *coprod_team_find_person       (CoprodTeam    *self,
                                              gint64         id);

GListModel    *coprod_team_get_meetings      (CoprodTeam    *self);
CoprodMeeting *coprod_team_add_meeting       (CoprodTeam    *self,
                                              const char    *title,
                                              GDateTime     *starts_at,
                                              GDateTime     *planned_end,
                                              GError       **error);
gboolean       coprod_team_delete_meeting    (CoprodTeam    *self,
                                              CoprodMeeting *meeting,
                                              GError       **error);
gboolean       coprod_team_restore_meeting   (CoprodTeam    *self,
                                              CoprodMeeting *meeting,
                                              GError       **error);

GListModel    *coprod_team_get_actions       (CoprodTeam    *self);
CoprodAction  *coprod_team_add_action        (CoprodTeam    *self,
                                              const char    *text,
                                              gint64         owner_person_id,
                                              const GDate   *due,
                                              gint64         meeting_id,
                                              gint64         agenda_item_id,
                                              GError       **error);
gboolean       coprod_team_delete_action     (CoprodTeam    *self,
                                              CoprodAction  *action,
                                              GError       **error);
gboolean       coprod_team_restore_action    (CoprodTeam    *self,
                                              CoprodAction  *action,
                                              GError       **error);
CoprodMeeting *coprod_team_find_next_meeting  (CoprodTeam    *self,
                                              gint64         after);
CoprodMeeting *coprod_team_find_previous_meeting (CoprodTeam *self,
                                                  gint64      before);
GPtrArray     *coprod_team_dup_actions_to_review (CoprodTeam    *self,
                                                  CoprodMeeting *meeting);
guint          coprod_team_count_attended    (CoprodTeam    *self,
                                              CoprodMeeting *meeting);
GPtrArray     *coprod_team_dup_people_without_actions (CoprodTeam    *self,
                                                       CoprodMeeting *meeting);

GListModel    *coprod_team_get_glossary      (CoprodTeam    *self);
CoprodPlainLanguage *coprod_team_get_plain_language (CoprodTeam *self);
CoprodGlossaryTerm *coprod_team_add_glossary_term (CoprodTeam         *self,
                                                   const char         *term,
                                                   const char         *plain_meaning,
                                                   const char         *also_known_as,
                                                   GError            **error);
gboolean       coprod_team_delete_glossary_term  (CoprodTeam         *self,
                                                  CoprodGlossaryTerm *term,
                                                  GError            **error);
gboolean       coprod_team_restore_glossary_term (CoprodTeam         *self,
                                                  CoprodGlossaryTerm *term,
                                                  GError            **error);
CoprodGlossaryTerm *coprod_team_find_glossary_term (CoprodTeam    *self,
                                                    const char    *word);
GPtrArray     *coprod_team_search_glossary   (CoprodTeam    *self,
                                              const char    *text);
gboolean       coprod_team_add_default_glossary (CoprodTeam  *self,
                                                 GError     **error);

G_END_DECLS
