/* coprod-person-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One person in a team's list: avatar, name, role and organisation, and whether they
 * are kept off the shared screen. The template binds everything to the person with
 * expressions, so the row follows every edit without code of its own.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-person-row.h"

struct _CoprodPersonRow
{
  GtkBox        parent_instance;

  CoprodPerson *person;
};

G_DEFINE_FINAL_TYPE (CoprodPersonRow, coprod_person_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Template callbacks */

static char *
subtitle_text (const char *role,
               const char *organisation,
               CoprodSide  side)
{
  gboolean has_role = role != NULL && *role != '\0';
  gboolean has_organisation = organisation != NULL && *organisation != '\0';

  if (has_role && has_organisation)
    /* Translators: a person's role and organisation, as in "Social worker · Riverside Council" */
    return g_strdup_printf (_("%s · %s"), role, organisation);
  if (has_role || has_organisation)
    return g_strdup (has_role ? role : organisation);

  switch (side)
    {
    case COPROD_SIDE_FAMILY: return g_strdup (_("Family member or carer"));
    case COPROD_SIDE_YOUNG_PERSON: return g_strdup (_("Young person"));
    case COPROD_SIDE_PROFESSIONAL: return g_strdup (_("Professional"));
    case COPROD_SIDE_OTHER:
    default: return g_strdup ("");
    }
}

/* Template callbacks */

/* The name, and under it in smaller, dimmer type the role and organisation. Both are
 * escaped: what people type is text, never markup. */
static char *
person_markup_cb (gpointer    user_data,
                  const char *name,
                  const char *role,
                  const char *organisation,
                  CoprodSide  side)
{
  g_autofree char *subtitle = subtitle_text (role, organisation, side);

  if (name == NULL || *name == '\0')
    name = _("New person");
  return g_markup_printf_escaped ("%s\n<span size=\"small\" alpha=\"60%%\">%s</span>",
                                  name, subtitle);
}

/* The first letters of the first and last words of NAME, as on an avatar. */
static char *
initials_cb (gpointer    user_data,
             const char *name)
{
  g_auto(GStrv) words = NULL;
  GString *initials = g_string_new (NULL);
  guint n;

  if (name == NULL)
    return g_string_free (initials, FALSE);

  words = g_strsplit_set (name, " \t\n", -1);
  n = g_strv_length (words);
  for (guint i = 0; i < n; i++)
    if (*words[i] != '\0' && (initials->len == 0 || i == n - 1))
      {
        gunichar c = g_unichar_toupper (g_utf8_get_char_validated (words[i], -1));

        if (c != (gunichar) -1 && c != (gunichar) -2 && g_unichar_isprint (c))
          g_string_append_unichar (initials, c);
      }
  return g_string_free (initials, FALSE);
}

/* One of seven colours, always the same for the same name. */
static GStrv
initials_classes_cb (gpointer    user_data,
                     const char *name)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  g_autofree char *colour = g_strdup_printf ("colour%u", g_str_hash (name ? name : "") % 7);
  GStrv classes;

  g_strv_builder_add_many (builder, "initials", colour, NULL);
  classes = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return classes;
}

static gboolean
invert_cb (gpointer user_data,
           gboolean value)
{
  return !value;
}

/* Overrides */

static void
coprod_person_row_dispose (GObject *object)
{
  CoprodPersonRow *self = COPROD_PERSON_ROW (object);
  gtk_widget_dispose_template (GTK_WIDGET (self), COPROD_TYPE_PERSON_ROW);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (coprod_person_row_parent_class)->dispose (object);
}

static void
coprod_person_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CoprodPersonRow *self = COPROD_PERSON_ROW (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      g_value_set_object (value, self->person);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_person_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CoprodPersonRow *self = COPROD_PERSON_ROW (object);

  switch (prop_id)
    {
    case PROP_PERSON:
      coprod_person_row_set_person (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
coprod_person_row_class_init (CoprodPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = coprod_person_row_dispose;
  object_class->get_property = coprod_person_row_get_property;
  object_class->set_property = coprod_person_row_set_property;

  properties[PROP_PERSON] =
    g_param_spec_object ("person", NULL, NULL, COPROD_TYPE_PERSON,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Coprod/coprod-person-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, person_markup_cb);
  gtk_widget_class_bind_template_callback (widget_class, initials_cb);
  gtk_widget_class_bind_template_callback (widget_class, initials_classes_cb);
  gtk_widget_class_bind_template_callback (widget_class, invert_cb);
}

static void
coprod_person_row_init (CoprodPersonRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

CoprodPersonRow *
coprod_person_row_new (void)
{
  return g_object_new (COPROD_TYPE_PERSON_ROW, NULL);
}

/**
 * coprod_person_row_get_person:
 *
 * Returns: (transfer none) (nullable): the person shown
 */
CoprodPerson *
coprod_person_row_get_person (CoprodPersonRow *self)
{
  g_return_val_if_fail (COPROD_IS_PERSON_ROW (self), NULL);
  return self->person;
}

void
coprod_person_row_set_person (CoprodPersonRow *self,
                              CoprodPerson    *person)
{
  g_return_if_fail (COPROD_IS_PERSON_ROW (self));
  g_return_if_fail (person == NULL || COPROD_IS_PERSON (person));

  if (g_set_object (&self->person, person))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}
