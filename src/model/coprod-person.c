/* coprod-person.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A member of a team, described by their strengths and what matters to them (seed 000),
 * not by a diagnosis. Every property writes through to the store.
 */

#include "coprod-person.h"
#include "coprod-record-private.h"

struct _CoprodPerson
{
  GObject      parent_instance;

  CoprodStore *store;
  gint64       id;
  gint64       team_id;
  gint64       side;
  gint64       show_on_shared_screen;
  gint64       needs_breaks;
  char        *name;
  char        *role_text;
  char        *organisation;
  char        *likes_about_me;
  char        *important_to_me;
  char        *support_me;
  char        *access_needs;
};

G_DEFINE_FINAL_TYPE (CoprodPerson, coprod_person, G_TYPE_OBJECT)

static const GEnumValue side_values[] = {
  { COPROD_SIDE_FAMILY, "COPROD_SIDE_FAMILY", "family" },
  { COPROD_SIDE_YOUNG_PERSON, "COPROD_SIDE_YOUNG_PERSON", "young_person" },
  { COPROD_SIDE_PROFESSIONAL, "COPROD_SIDE_PROFESSIONAL", "professional" },
  { COPROD_SIDE_OTHER, "COPROD_SIDE_OTHER", "other" },
  { 0, NULL, NULL },
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TEAM_ID,
  PROP_NAME,
  PROP_SIDE,
  PROP_ROLE_TEXT,
  PROP_ORGANISATION,
  PROP_LIKES_ABOUT_ME,
  PROP_IMPORTANT_TO_ME,
  PROP_SUPPORT_ME,
  PROP_ACCESS_NEEDS,
  PROP_SHOW_ON_SHARED_SCREEN,
  PROP_NEEDS_BREAKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The store column of each text property. */
static const CoprodTextColumn text_columns[N_PROPS] = {
  [PROP_NAME] = { "name", COPROD_PERSON_COL_NAME },
  [PROP_ROLE_TEXT] = { "role_text", COPROD_PERSON_COL_ROLE_TEXT },
  [PROP_ORGANISATION] = { "organisation", COPROD_PERSON_COL_ORGANISATION },
  [PROP_LIKES_ABOUT_ME] = { "likes_about_me", COPROD_PERSON_COL_LIKES_ABOUT_ME },
  [PROP_IMPORTANT_TO_ME] = { "important_to_me", COPROD_PERSON_COL_IMPORTANT_TO_ME },
  [PROP_SUPPORT_ME] = { "support_me", COPROD_PERSON_COL_SUPPORT_ME },
  [PROP_ACCESS_NEEDS] = { "access_needs", COPROD_PERSON_COL_ACCESS_NEEDS },
};

GType
coprod_side_get_type (void)
{
  static gsize type = 0;

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("CoprodSide", side_values));
  return type;
}

const char *
coprod_side_to_string (CoprodSide side)
{
  g_return_val_if_fail (side <= COPROD_SIDE_OTHER, "other");

  return side_values[side].value_nick;
}

CoprodSide
coprod_side_from_string (const char *text)
{
  return coprod_enum_from_nick (side_values, text, COPROD_SIDE_OTHER);
}

/* Helpers */

static char **
text_field (CoprodPerson *self,
            guint         prop_id)
{
  switch (prop_id)
    {
    case PROP_NAME: return &self->name;
    case PROP_ROLE_TEXT: return &self->role_text;
    case PROP_ORGANISATION: return &self->organisation;
    case PROP_LIKES_ABOUT_ME: return &self->likes_about_me;
    case PROP_IMPORTANT_TO_ME: return &self->important_to_me;
    case PROP_SUPPORT_ME: return &self->support_me;
    case PROP_ACCESS_NEEDS: return &self->access_needs;
    default: return NULL;
    }
}

static void
set_text (CoprodPerson *self,
          guint         prop_id,
          const char   *value)
{
  CoprodRecord record = { G_OBJECT (self), self->store, COPROD_TABLE_PERSON, self->id };

  coprod_record_set_text (&record, text_columns[prop_id].name, text_field (self, prop_id), value,
                          properties[prop_id]);
}

/* Overrides */

static void
coprod_person_finalize (GObject *object)
{
  CoprodPerson *self = (CoprodPerson *) object;

  g_clear_object (&self->store);
  for (guint i = 0; i < N_PROPS; i++)
    if (text_columns[i].name != NULL)
      g_free (*text_field (self, i));

  G_OBJECT_CLASS (coprod_person_parent_class)->finalize (object);
}

static void
coprod_person_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CoprodPerson *self = COPROD_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_TEAM_ID:
      g_value_set_int64 (value, self->team_id);
      break;

    case PROP_SIDE:
      g_value_set_enum (value, self->side);
      break;

    case PROP_SHOW_ON_SHARED_SCREEN:
      g_value_set_boolean (value, self->show_on_shared_screen != 0);
      break;

    case PROP_NEEDS_BREAKS:
      g_value_set_boolean (value, self->needs_breaks != 0);
      break;

    case PROP_NAME:
    case PROP_ROLE_TEXT:
    case PROP_ORGANISATION:
    case PROP_LIKES_ABOUT_ME:
    case PROP_IMPORTANT_TO_ME:
    case PROP_SUPPORT_ME:
    case PROP_ACCESS_NEEDS:
      g_value_set_string (value, *text_field (self, prop_id));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_person_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CoprodPerson *self = COPROD_PERSON (object);

  switch (prop_id)
    {
    case PROP_SIDE:
      coprod_person_set_side (self, g_value_get_enum (value));
      break;

    case PROP_SHOW_ON_SHARED_SCREEN:
      coprod_person_set_show_on_shared_screen (self, g_value_get_boolean (value));
      break;

    case PROP_NEEDS_BREAKS:
      coprod_person_set_needs_breaks (self, g_value_get_boolean (value));
      break;

    case PROP_NAME:
    case PROP_ROLE_TEXT:
    case PROP_ORGANISATION:
    case PROP_LIKES_ABOUT_ME:
    case PROP_IMPORTANT_TO_ME:
    case PROP_SUPPORT_ME:
    case PROP_ACCESS_NEEDS:
      set_text (self, prop_id, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_person_class_init (CoprodPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = coprod_person_finalize;
  object_class->get_property = coprod_person_get_property;
  object_class->set_property = coprod_person_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_TEAM_ID] = g_param_spec_int64 ("team-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_SIDE] = g_param_spec_enum ("side", NULL, NULL, COPROD_TYPE_SIDE,
                                             COPROD_SIDE_FAMILY, rw);
  properties[PROP_ROLE_TEXT] = g_param_spec_string ("role-text", NULL, NULL, "", rw);
  properties[PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, "", rw);
  properties[PROP_LIKES_ABOUT_ME] = g_param_spec_string ("likes-about-me", NULL, NULL, "", rw);
  properties[PROP_IMPORTANT_TO_ME] = g_param_spec_string ("important-to-me", NULL, NULL, "", rw);
  properties[PROP_SUPPORT_ME] = g_param_spec_string ("support-me", NULL, NULL, "", rw);
  properties[PROP_ACCESS_NEEDS] = g_param_spec_string ("access-needs", NULL, NULL, "", rw);
  properties[PROP_SHOW_ON_SHARED_SCREEN] =
    g_param_spec_boolean ("show-on-shared-screen", NULL, NULL, TRUE, rw);

  /* An access need the schedule checks: no long stretches without a break. */
  properties[PROP_NEEDS_BREAKS] = g_param_spec_boolean ("needs-breaks", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
coprod_person_init (CoprodPerson *self)
{
}

/* Public API */

CoprodPerson *
coprod_person_new_from_row (CoprodStore          *store,
                            const CoprodStoreRow *row)
{
  CoprodPerson *self;

  g_return_val_if_fail (COPROD_IS_STORE (store), NULL);
  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (COPROD_TYPE_PERSON, NULL);
  self->store = g_object_ref (store);
  self->id = coprod_store_row_get_int (row, COPROD_PERSON_COL_ID);
  self->team_id = coprod_store_row_get_int (row, COPROD_PERSON_COL_TEAM_ID);
  self->side = coprod_side_from_string (coprod_store_row_get_text (row, COPROD_PERSON_COL_SIDE));
  self->show_on_shared_screen =
    coprod_store_row_get_int (row, COPROD_PERSON_COL_SHOW_ON_SHARED_SCREEN) != 0;
  self->needs_breaks = coprod_store_row_get_int (row, COPROD_PERSON_COL_NEEDS_BREAKS) != 0;
  for (guint i = 0; i < N_PROPS; i++)
    if (text_columns[i].name != NULL)
      *text_field (self, i) = g_strdup (coprod_store_row_get_text (row, text_columns[i].index));
  return self;
}

gint64
coprod_person_get_id (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), 0);
  return self->id;
}

gint64
coprod_person_get_team_id (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), 0);
  return self->team_id;
}

CoprodSide
coprod_person_get_side (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), COPROD_SIDE_OTHER);
  return self->side;
}

void
coprod_person_set_side (CoprodPerson *self,
                        CoprodSide    side)
{
  CoprodRecord record = { G_OBJECT (self), self->store, COPROD_TABLE_PERSON, self->id };

  g_return_if_fail (COPROD_IS_PERSON (self));
  g_return_if_fail (side <= COPROD_SIDE_OTHER);

  /* The column holds the nick, so this write goes by hand rather than as an integer. */
  if (self->side == (gint64) side)
    return;
  self->side = side;
  coprod_store_update (record.store, record.table, record.id, "side",
                       g_variant_new_string (coprod_side_to_string (side)), NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE]);
}

gboolean
coprod_person_get_show_on_shared_screen (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), FALSE);
  return self->show_on_shared_screen != 0;
}

void
coprod_person_set_show_on_shared_screen (CoprodPerson *self,
                                         gboolean      show)
{
  CoprodRecord record = { G_OBJECT (self), self->store, COPROD_TABLE_PERSON, self->id };

  g_return_if_fail (COPROD_IS_PERSON (self));

  coprod_record_set_int (&record, "show_on_shared_screen", &self->show_on_shared_screen,
                         show ? 1 : 0, properties[PROP_SHOW_ON_SHARED_SCREEN]);
}

gboolean
coprod_person_get_needs_breaks (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), FALSE);
  return self->needs_breaks != 0;
}

void
coprod_person_set_needs_breaks (CoprodPerson *self,
                                gboolean      needs_breaks)
{
  CoprodRecord record = { G_OBJECT (self), self->store, COPROD_TABLE_PERSON, self->id };

  g_return_if_fail (COPROD_IS_PERSON (self));

  coprod_record_set_int (&record, "needs_breaks", &self->needs_breaks, needs_breaks ? 1 : 0,
                         properties[PROP_NEEDS_BREAKS]);
}

/* Text accessors: one getter and setter pair per column. */
#define TEXT_ACCESSORS(field, PROP) \
  const char * \
  coprod_person_get_##field (CoprodPerson *self) \
  { \
    g_return_val_if_fail (COPROD_IS_PERSON (self), NULL); \
    return self->field; \
  } \
  void \
  coprod_person_set_##field (CoprodPerson *self, \
                             const char   *value) \
  { \
    g_return_if_fail (COPROD_IS_PERSON (self)); \
    set_text (self, PROP, value); \
  }

TEXT_ACCESSORS (name, PROP_NAME)
TEXT_ACCESSORS (role_text, PROP_ROLE_TEXT)
TEXT_ACCESSORS (organisation, PROP_ORGANISATION)
TEXT_ACCESSORS (likes_about_me, PROP_LIKES_ABOUT_ME)
TEXT_ACCESSORS (important_to_me, PROP_IMPORTANT_TO_ME)
TEXT_ACCESSORS (support_me, PROP_SUPPORT_ME)
TEXT_ACCESSORS (access_needs, PROP_ACCESS_NEEDS)

/**
 * coprod_person_is_blank:
 *
 * Whether nothing at all has been written about this person yet, so that a person
 * added and left empty can be taken away again without asking.
 */
gboolean
coprod_person_is_blank (CoprodPerson *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON (self), FALSE);

  for (guint i = 0; i < N_PROPS; i++)
    if (text_columns[i].name != NULL)
      {
        const char *text = *text_field (self, i);

        for (; *text != '\0'; text = g_utf8_next_char (text))
          if (!g_unichar_isspace (g_utf8_get_char (text)))
            return FALSE;
      }
  return TRUE;
}
