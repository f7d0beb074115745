/* coprod-person-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One person in a team's list: initials, name, role and organisation, and whether
 * they are kept off the shared screen. It follows every edit of the person.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-person-row.h"

struct _CoprodPersonRow
{
  GtkBox        parent_instance;

  CoprodPerson *person;

  GtkLabel     *initials;
  GtkLabel     *text;
  GtkWidget    *hidden_icon;
};

G_DEFINE_FINAL_TYPE (CoprodPersonRow, coprod_person_row, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_PERSON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

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

/* The name, and under it in smaller, dimmer type the role and organisation. Both are
 * escaped: what people type is text, never markup. */
static char *
person_markup (CoprodPerson *person)
{
  const char *name = coprod_person_get_name (person);
  g_autofree char *subtitle = subtitle_text (coprod_person_get_role_text (person),
                                             coprod_person_get_organisation (person),
                                             coprod_person_get_side (person));

  if (*name == '\0')
    name = _("New person");
  return g_markup_printf_escaped ("%s\n<span alpha=\"60%%\">%s</span>",
                                  name, subtitle);
}

/* The first letters of the first and last words of NAME, as on an avatar. */
static char *
initials_of (const char *name)
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

/* Callbacks */

/* Rows are made in the hundreds, so one handler updates the labels rather than a
 * property binding or expression per label. */
static void
person_changed_cb (CoprodPersonRow *self)
{
  const char *name = coprod_person_get_name (self->person);
  g_autofree char *initials = initials_of (name);
  g_autofree char *markup = person_markup (self->person);
  /* One of seven colours, always the same for the same name. */
  g_autofree char *colour = g_strdup_printf ("colour%u", g_str_hash (name) % 7);
  const char *classes[] = { "initials", colour, NULL };

  gtk_label_set_label (self->initials, initials);
  gtk_widget_set_css_classes (GTK_WIDGET (self->initials), classes);
  gtk_label_set_markup (self->text, markup);
  gtk_widget_set_visible (self->hidden_icon,
                          !coprod_person_get_show_on_shared_screen (self->person));
}

/* Overrides */

static void
coprod_person_row_dispose (GObject *object)
{
  CoprodPersonRow *self = COPROD_PERSON_ROW (object);
  coprod_person_row_set_person (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), COPROD_TYPE_PERSON_ROW);

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
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonRow, initials);
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonRow, text);
  gtk_widget_class_bind_template_child (widget_class, CoprodPersonRow, hidden_icon);
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

  if (self->person == person)
    return;

  if (self->person != NULL)
    g_signal_handlers_disconnect_by_func (self->person, person_changed_cb, self);
  g_set_object (&self->person, person);
  if (person != NULL)
    {
      g_signal_connect_swapped (person, "notify", G_CALLBACK (person_changed_cb), self);
      person_changed_cb (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON]);
}
