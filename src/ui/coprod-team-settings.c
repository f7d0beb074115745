/* coprod-team-settings.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A team's own settings: its name, how long it may go without a break, and what its
 * two groups are called. Bound to the team, which writes through to the store.
 */

#include "config.h"

#include "coprod-team-settings.h"

struct _CoprodTeamSettings
{
  AdwPreferencesWindow  parent_instance;

  CoprodTeam           *team;

  AdwEntryRow          *name_row;
  GtkSpinButton        *break_spin;
  AdwEntryRow          *group_a_row;
  AdwEntryRow          *group_b_row;
  GtkTextView          *ground_rules_view;
};

G_DEFINE_FINAL_TYPE (CoprodTeamSettings, coprod_team_settings, ADW_TYPE_PREFERENCES_WINDOW)

/* Overrides */

static void
coprod_team_settings_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), COPROD_TYPE_TEAM_SETTINGS);

  G_OBJECT_CLASS (coprod_team_settings_parent_class)->dispose (object);
}

static void
coprod_team_settings_finalize (GObject *object)
{
  CoprodTeamSettings *self = COPROD_TEAM_SETTINGS (object);

  g_clear_object (&self->team);

  G_OBJECT_CLASS (coprod_team_settings_parent_class)->finalize (object);
}

static void
coprod_team_settings_class_init (CoprodTeamSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = coprod_team_settings_dispose;
  object_class->finalize = coprod_team_settings_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/example/Coprod/coprod-team-settings.ui");
  gtk_widget_class_bind_template_child (widget_class, CoprodTeamSettings, name_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodTeamSettings, break_spin);
  gtk_widget_class_bind_template_child (widget_class, CoprodTeamSettings, group_a_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodTeamSettings, group_b_row);
  gtk_widget_class_bind_template_child (widget_class, CoprodTeamSettings, ground_rules_view);
}

static void
coprod_team_settings_init (CoprodTeamSettings *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

CoprodTeamSettings *
coprod_team_settings_new (GtkWindow  *parent,
                          CoprodTeam *team)
{
  CoprodTeamSettings *self;
  GBindingFlags flags = G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (COPROD_IS_TEAM (team), NULL);

  self = g_object_new (COPROD_TYPE_TEAM_SETTINGS, "transient-for", parent, NULL);
  self->team = g_object_ref (team);
  g_object_bind_property (team, "name", self->name_row, "text", flags);
  g_object_bind_property (team, "break-after-minutes",
                          gtk_spin_button_get_adjustment (self->break_spin), "value", flags);
  g_object_bind_property (team, "group-a-label", self->group_a_row, "text", flags);
  g_object_bind_property (team, "group-b-label", self->group_b_row, "text", flags);
  g_object_bind_property (team, "ground-rules", gtk_text_view_get_buffer (self->ground_rules_view),
                          "text", flags);
  return self;
}
