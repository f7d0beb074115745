/* coprod-projector-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-live-state.h"
#include "coprod-team.h"

G_BEGIN_DECLS

/* The shared screen's themes, each with text at 7:1 contrast or more. */
typedef enum
{
  COPROD_PROJECTOR_THEME_LIGHT,
  COPROD_PROJECTOR_THEME_DARK,
  COPROD_PROJECTOR_THEME_YELLOW,
} CoprodProjectorThemeId;

typedef struct
{
  const char *id;          /* as in the GSettings key */
  const char *background;
  const char *text;        /* and every other colour, drawn on background */
  const char *dim;
  const char *current_background;  /* the item under way, with text drawn on it */
  const char *low;         /* a fifth of the time left */
  const char *very_low;    /* a twentieth left, and over time */
} CoprodProjectorTheme;

const CoprodProjectorTheme *coprod_projector_theme_get    (CoprodProjectorThemeId id);
guint                       coprod_projector_theme_count  (void);

#define COPROD_TYPE_PROJECTOR_WINDOW (coprod_projector_window_get_type ())
G_DECLARE_FINAL_TYPE (CoprodProjectorWindow, coprod_projector_window, COPROD, PROJECTOR_WINDOW,
                      AdwWindow)

CoprodProjectorWindow *coprod_projector_window_new            (GtkWindow             *facilitator,
                                                               CoprodLiveState       *live,
                                                               CoprodTeam            *team);
CoprodLiveState       *coprod_projector_window_get_live_state (CoprodProjectorWindow *self);
void                   coprod_projector_window_set_live_state (CoprodProjectorWindow *self,
                                                               CoprodLiveState       *live,
                                                               CoprodTeam            *team);
void                   coprod_projector_window_place          (CoprodProjectorWindow *self);
void                   coprod_projector_window_next_monitor   (CoprodProjectorWindow *self);
double                 coprod_projector_window_get_font_size  (CoprodProjectorWindow *self);
gboolean               coprod_projector_window_turn_words_page (CoprodProjectorWindow *self);
void                   coprod_projector_window_set_words_seconds (CoprodProjectorWindow *self,
                                                                  guint                  seconds);
gboolean               coprod_projector_scene_available       (CoprodScene            scene);

GActionGroup          *coprod_shared_actions_new              (CoprodLiveState       *live);
void                   coprod_shared_add_shortcuts            (GtkWidget             *widget,
                                                               gboolean               in_console);

G_END_DECLS
