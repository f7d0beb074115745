/* coprod-agenda-template.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "coprod-meeting.h"
#include "coprod-store.h"

G_BEGIN_DECLS

typedef struct
{
  CoprodAgendaKind  kind;
  char             *title;
  char             *description;
  int               minutes;
} CoprodTemplateItem;

#define COPROD_TYPE_AGENDA_TEMPLATE (coprod_agenda_template_get_type ())
G_DECLARE_FINAL_TYPE (CoprodAgendaTemplate, coprod_agenda_template, COPROD, AGENDA_TEMPLATE,
                      GObject)

GListModel               *coprod_agenda_template_list_all    (CoprodStore          *store,
                                                              GError              **error);
CoprodAgendaTemplate     *coprod_agenda_template_save        (CoprodStore          *store,
                                                              const char           *name,
                                                              CoprodMeeting        *meeting,
                                                              GError              **error);
gboolean                  coprod_agenda_template_delete      (CoprodAgendaTemplate *self,
                                                              CoprodStore          *store,
                                                              GError              **error);
gboolean                  coprod_agenda_template_restore     (CoprodAgendaTemplate *self,
                                                              CoprodStore          *store,
                                                              GError              **error);
gboolean                  coprod_agenda_template_apply       (CoprodAgendaTemplate *self,
                                                              CoprodMeeting        *meeting,
                                                              GError              **error);

gint64                    coprod_agenda_template_get_id      (CoprodAgendaTemplate *self);
const char               *coprod_agenda_template_get_name    (CoprodAgendaTemplate *self);
gboolean                  coprod_agenda_template_is_built_in (CoprodAgendaTemplate *self);
guint                     coprod_agenda_template_get_n_items (CoprodAgendaTemplate *self);
const CoprodTemplateItem *coprod_agenda_template_get_item    (CoprodAgendaTemplate *self,
                                                              guint                 index);
int                       coprod_agenda_template_get_minutes (CoprodAgendaTemplate *self);

G_END_DECLS
