/* coprod-exercise-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "coprod-live-state.h"
#include "coprod-team.h"

G_BEGIN_DECLS

#define COPROD_TYPE_EXERCISE_WINDOW (coprod_exercise_window_get_type ())
G_DECLARE_FINAL_TYPE (CoprodExerciseWindow, coprod_exercise_window, COPROD, EXERCISE_WINDOW,
                      AdwWindow)

GtkWidget      *coprod_exercise_window_new          (GtkWindow            *parent,
                                                     CoprodLiveState      *live,
                                                     CoprodTeam           *team,
                                                     GError              **error);
CoprodExercise *coprod_exercise_window_get_exercise (CoprodExerciseWindow *self);
void            coprod_exercise_window_show_writer  (CoprodExerciseWindow *self,
                                                     int                   writer);

G_END_DECLS
