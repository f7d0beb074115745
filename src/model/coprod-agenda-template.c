/* coprod-agenda-template.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Agendas to start a meeting from: three that come with Coprod, written in plain
 * English, and any the facilitator saves from a meeting of their own.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "coprod-agenda-template.h"
#include "coprod-record-private.h"

struct _CoprodAgendaTemplate
{
  GObject  parent_instance;

  gint64   id;          /* 0 for the templates that come with Coprod */
  char    *name;
  GArray  *items;       /* CoprodTemplateItem */
};

G_DEFINE_FINAL_TYPE (CoprodAgendaTemplate, coprod_agenda_template, G_TYPE_OBJECT)

typedef struct
{
  CoprodAgendaKind kind;
  const char      *title;
  const char      *description;
  int              minutes;
} BuiltInItem;

static const BuiltInItem regular_meeting[] = {
  { COPROD_AGENDA_KIND_INTRODUCTIONS, N_("Welcome and introductions"),
    N_("Names, and one thing that went well this month."), 15 },
  { COPROD_AGENDA_KIND_ACTIONS_REVIEW, N_("What we said we would do"),
    N_("Each action from last time: done, not yet, or cannot be done and why."), 20 },
  { COPROD_AGENDA_KIND_BREAK, N_("Break"), "", 10 },
  { COPROD_AGENDA_KIND_ITEM, N_("This month’s topic"),
    N_("The topic the group chose last time."), 40 },
  { COPROD_AGENDA_KIND_BREAK, N_("Break"), "", 10 },
  { COPROD_AGENDA_KIND_ITEM, N_("Anything else"),
    N_("Anything anyone wants to raise."), 15 },
  { COPROD_AGENDA_KIND_ACTIONS_ROUND, N_("Actions: who does what, by when"),
    N_("Everyone leaves with something to do, and a date."), 15 },
  { COPROD_AGENDA_KIND_CLOSE, N_("Close"),
    N_("The date of the next meeting, and how everyone got on."), 5 },
};

static const BuiltInItem expectations_workshop[] = {
  { COPROD_AGENDA_KIND_INTRODUCTIONS, N_("Welcome and introductions"),
    N_("Names, and what each of us hopes to get from today."), 15 },
  { COPROD_AGENDA_KIND_ITEM, N_("How the exercise works"),
    N_("Two groups, four lists: what we expect of you, and what we think you expect of "
       "us."), 10 },
  { COPROD_AGENDA_KIND_BREAK, N_("Break"), "", 10 },
  { COPROD_AGENDA_KIND_EXPECTATIONS, N_("What we expect of each other"),
    N_("Each group writes its two lists, then we put them side by side."), 45 },
  { COPROD_AGENDA_KIND_BREAK, N_("Break"), "", 15 },
  { COPROD_AGENDA_KIND_ITEM, N_("Talking it through"),
    N_("Where the lists match, where they differ, and what each of us can and cannot "
       "do."), 30 },
  { COPROD_AGENDA_KIND_ACTIONS_ROUND, N_("Actions: who does what, by when"),
    N_("Everyone leaves with something to do, and a date."), 15 },
  { COPROD_AGENDA_KIND_CLOSE, N_("Close"), N_("How did today go?"), 5 },
};

static const BuiltInItem actions_review[] = {
  { COPROD_AGENDA_KIND_INTRODUCTIONS, N_("Welcome"), N_("Names, and why we are here."), 10 },
  { COPROD_AGENDA_KIND_ACTIONS_REVIEW, N_("What we said we would do"),
    N_("Each action in turn: done, still going, or cannot be done and why. No blame."), 45 },
  { COPROD_AGENDA_KIND_BREAK, N_("Break"), "", 10 },
  { COPROD_AGENDA_KIND_ITEM, N_("What gets in the way"),
    N_("What stops actions getting done, and what would help."), 25 },
  { COPROD_AGENDA_KIND_ACTIONS_ROUND, N_("Actions: who does what, by when"),
    N_("New actions and ones carried over, each with a name and a date."), 20 },
  { COPROD_AGENDA_KIND_CLOSE, N_("Close"), N_("The date of the next meeting."), 5 },
};

static const struct
{
  const char        *name;
  const BuiltInItem *items;
  guint              n_items;
} built_in[] = {
  { N_("Regular co-production group meeting"), regular_meeting, G_N_ELEMENTS (regular_meeting) },
  { N_("Expectations workshop"), expectations_workshop, G_N_ELEMENTS (expectations_workshop) },
  { N_("Review of what we said we would do"), actions_review, G_N_ELEMENTS (actions_review) },
};

/* Helpers */

static void
clear_item (gpointer data)
{
  CoprodTemplateItem *item = data;

  g_clear_pointer (&item->title, g_free);
  g_clear_pointer (&item->description, g_free);
}

static CoprodAgendaTemplate *
template_new (gint64      id,
              const char *name)
{
  CoprodAgendaTemplate *self = g_object_new (COPROD_TYPE_AGENDA_TEMPLATE, NULL);

  self->id = id;
  self->name = g_strdup (name);
  return self;
}

static void
append_item (CoprodAgendaTemplate *self,
             CoprodAgendaKind      kind,
             const char           *title,
             const char           *description,
             int                   minutes)
{
  CoprodTemplateItem item = {
    kind, g_strdup (title), g_strdup (description), CLAMP (minutes, 0, 24 * 60)
  };

  g_array_append_val (self->items, item);
}

static CoprodAgendaTemplate *
built_in_template (guint index)
{
  CoprodAgendaTemplate *self = template_new (0, _(built_in[index].name));

  for (guint i = 0; i < built_in[index].n_items; i++)
    {
      const BuiltInItem *item = &built_in[index].items[i];

      append_item (self, item->kind, _(item->title),
                   *item->description != '\0' ? _(item->description) : "", item->minutes);
    }
  return self;
}

/* A saved template without its items, which are read once the list of templates is. */
static CoprodAgendaTemplate *
saved_template_new (CoprodStore          *store,
                    const CoprodStoreRow *row)
{
  return template_new (coprod_store_row_get_int (row, COPROD_TEMPLATE_COL_ID),
                       coprod_store_row_get_text (row, COPROD_TEMPLATE_COL_NAME));
}

/* Callbacks */

static void
item_row_cb (const CoprodStoreRow *row,
             gpointer              user_data)
{
  const char *kind = coprod_store_row_get_text (row, COPROD_TEMPLATE_ITEM_COL_KIND);

  append_item (user_data, coprod_agenda_kind_from_string (kind),
               coprod_store_row_get_text (row, COPROD_TEMPLATE_ITEM_COL_TITLE),
               coprod_store_row_get_text (row, COPROD_TEMPLATE_ITEM_COL_PLAIN_DESCRIPTION),
               coprod_store_row_get_int (row, COPROD_TEMPLATE_ITEM_COL_MINUTES));
}

/* Overrides */

static void
coprod_agenda_template_finalize (GObject *object)
{
  CoprodAgendaTemplate *self = (CoprodAgendaTemplate *) object;

  g_free (self->name);
  g_array_unref (self->items);

  G_OBJECT_CLASS (coprod_agenda_template_parent_class)->finalize (object);
}

static void
coprod_agenda_template_class_init (CoprodAgendaTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = coprod_agenda_template_finalize;
}

static void
coprod_agenda_template_init (CoprodAgendaTemplate *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (CoprodTemplateItem));
  g_array_set_clear_func (self->items, clear_item);
}

/* Public API */

/**
 * coprod_agenda_template_list_all:
 *
 * Returns: (transfer full): the templates that come with Coprod, then the saved ones
 *   by name, as a list of #CoprodAgendaTemplate
 */
GListModel *
coprod_agenda_template_list_all (CoprodStore  *store,
                                 GError      **error)
{
  g_autoptr(GListStore) list = g_list_store_new (COPROD_TYPE_AGENDA_TEMPLATE);
  g_autoptr(GPtrArray) saved = NULL;

  g_return_val_if_fail (COPROD_IS_STORE (store), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (built_in); i++)
    {
      g_autoptr(CoprodAgendaTemplate) template = built_in_template (i);

      g_list_store_append (list, template);
    }

  saved = coprod_record_load_all (store, COPROD_TABLE_TEMPLATE, 0,
                                  (CoprodRowConstructor) saved_template_new, error);
  if (saved == NULL)
    return NULL;
  for (guint i = 0; i < saved->len; i++)
    {
      CoprodAgendaTemplate *template = g_ptr_array_index (saved, i);

      if (!coprod_store_foreach_row (store, COPROD_TABLE_TEMPLATE_ITEM, template->id,
                                     item_row_cb, template, error))
        return NULL;
      g_list_store_append (list, template);
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/**
 * coprod_agenda_template_save:
 *
 * Saves @meeting's agenda, without its notes, leads or set times, as a template.
 *
 * Returns: (transfer full): the new template
 */
CoprodAgendaTemplate *
coprod_agenda_template_save (CoprodStore    *store,
                             const char     *name,
                             CoprodMeeting  *meeting,
                             GError        **error)
{
  g_autoptr(CoprodAgendaTemplate) self = NULL;
  GListModel *agenda;
  GVariantDict dict;
  gint64 id;

  g_return_val_if_fail (COPROD_IS_STORE (store), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (COPROD_IS_MEETING (meeting), NULL);

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "name", "s", name);
  g_variant_dict_insert (&dict, "created", "x", g_get_real_time () / G_USEC_PER_SEC);
  id = coprod_store_insert (store, COPROD_TABLE_TEMPLATE, g_variant_dict_end (&dict), error);
  if (id == 0)
    return NULL;

  self = template_new (id, name);
  agenda = coprod_meeting_get_agenda (meeting);
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, i);
      CoprodAgendaKind kind = coprod_agenda_item_get_kind (item);

      g_variant_dict_init (&dict, NULL);
      g_variant_dict_insert (&dict, "template_id", "x", id);
      g_variant_dict_insert (&dict, "position", "x", (gint64) i);
      g_variant_dict_insert (&dict, "kind", "s", coprod_agenda_kind_to_string (kind));
      g_variant_dict_insert (&dict, "title", "s", coprod_agenda_item_get_title (item));
      g_variant_dict_insert (&dict, "plain_description", "s",
                             coprod_agenda_item_get_plain_description (item));
      g_variant_dict_insert (&dict, "minutes", "x",
                             (gint64) coprod_agenda_item_get_minutes (item));
      if (coprod_store_insert (store, COPROD_TABLE_TEMPLATE_ITEM, g_variant_dict_end (&dict),
                               error) == 0)
        return NULL;
      append_item (self, kind, coprod_agenda_item_get_title (item),
                   coprod_agenda_item_get_plain_description (item),
                   coprod_agenda_item_get_minutes (item));
    }

  if (!coprod_store_flush (store, error))
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
coprod_agenda_template_delete (CoprodAgendaTemplate  *self,
                               CoprodStore           *store,
                               GError               **error)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_TEMPLATE (self), FALSE);
  g_return_val_if_fail (COPROD_IS_STORE (store), FALSE);

  if (self->id == 0)
    {
      g_set_error_literal (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_FAILED,
                           "The templates that come with Coprod cannot be deleted");
      return FALSE;
    }
  return coprod_store_set_deleted (store, COPROD_TABLE_TEMPLATE, self->id, TRUE, error);
}

/* Undoes coprod_agenda_template_delete() while the store keeps the template (a day). */
gboolean
coprod_agenda_template_restore (CoprodAgendaTemplate  *self,
                                CoprodStore           *store,
                                GError               **error)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_TEMPLATE (self), FALSE);
  g_return_val_if_fail (COPROD_IS_STORE (store), FALSE);
  g_return_val_if_fail (self->id != 0, FALSE);

  return coprod_store_set_deleted (store, COPROD_TABLE_TEMPLATE, self->id, FALSE, error);
}

/**
 * coprod_agenda_template_apply:
 *
 * Adds the template's items to the end of @meeting's agenda.
 */
gboolean
coprod_agenda_template_apply (CoprodAgendaTemplate  *self,
                              CoprodMeeting         *meeting,
                              GError               **error)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_TEMPLATE (self), FALSE);
  g_return_val_if_fail (COPROD_IS_MEETING (meeting), FALSE);

  for (guint i = 0; i < self->items->len; i++)
    {
      const CoprodTemplateItem *t = &g_array_index (self->items, CoprodTemplateItem, i);
      CoprodAgendaItem *item = coprod_meeting_add_agenda_item (meeting, t->kind, t->title,
                                                               t->minutes, error);

      if (item == NULL)
        return FALSE;
      coprod_agenda_item_set_plain_description (item, t->description);
    }
  return coprod_store_flush (coprod_meeting_get_store (meeting), error);
}

gint64
coprod_agenda_template_get_id (CoprodAgendaTemplate *self)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_TEMPLATE (self), 0);
  return self->id;
}

const char *
coprod_agenda_template_get_name (CoprodAgendaTemplate *self)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_TEMPLATE (self), NULL);
  return self->name;
}

gboolean
coprod_agenda_template_is_built_in (CoprodAgendaTemplate *self)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_TEMPLATE (self), FALSE);
  return self->id == 0;
}

guint
coprod_agenda_template_get_n_items (CoprodAgendaTemplate *self)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_TEMPLATE (self), 0);
  return self->items->len;
}

/**
 * coprod_agenda_template_get_item:
 *
 * Returns: (transfer none): item @index of the template
 */
const CoprodTemplateItem *
coprod_agenda_template_get_item (CoprodAgendaTemplate *self,
                                 guint                 index)
{
  g_return_val_if_fail (COPROD_IS_AGENDA_TEMPLATE (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return &g_array_index (self->items, CoprodTemplateItem, index);
}

/* The items' lengths added up. */
int
coprod_agenda_template_get_minutes (CoprodAgendaTemplate *self)
{
  int minutes = 0;

  g_return_val_if_fail (COPROD_IS_AGENDA_TEMPLATE (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    minutes += g_array_index (self->items, CoprodTemplateItem, i).minutes;
  return minutes;
}
