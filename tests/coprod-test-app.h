/* coprod-test-app.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real application on a data folder and hands its first window to a test
 * function once it is on screen, as a user would meet it.
 */
#pragma once

#include <gtk/gtk.h>

#include "coprod-test-util.h"

G_BEGIN_DECLS

/* A data folder of its own for each test case, and the path of its database file. */
typedef struct
{
  char *data_dir;
  char *db_path;
} CoprodTestData;

void       coprod_test_data_set_up      (CoprodTestData *f,
                                         gconstpointer   data);
void       coprod_test_data_tear_down   (CoprodTestData *f,
                                         gconstpointer   data);

typedef void (*CoprodTestFunc) (GtkApplication *app,
                                GtkWindow      *window,
                                gpointer        user_data);

int        coprod_test_run_app          (const char     *data_dir,
                                         CoprodTestFunc  func,
                                         gpointer        user_data);

/* Waiting. A test never sleeps and then looks: it waits for what it expects, with a
 * deadline (COPROD_TEST_DEADLINE seconds, 10 by default), and fails saying what it was
 * waiting for when the deadline passes. Only a test of the clock itself lets time pass. */
gint64     coprod_test_deadline         (void);
void       coprod_test_iterate          (void);
void       coprod_test_timed_out        (const char     *file,
                                         int             line,
                                         const char     *func,
                                         const char     *condition,
                                         const char     *format,
                                         ...) G_GNUC_PRINTF (5, 6);

/**
 * coprod_test_wait_until:
 * @condition: an expression, evaluated again after each turn of the main loop
 * @...: a printf-style description of what is awaited, for the failure message
 *
 * Runs the main loop until @condition holds, or fails the test at the deadline.
 */
#define coprod_test_wait_until(condition, ...)                                     \
  G_STMT_START                                                                    \
  {                                                                               \
    gint64 coprod_test_deadline_ = coprod_test_deadline ();                       \
    while (!(condition))                                                          \
      {                                                                           \
        if (g_get_monotonic_time () > coprod_test_deadline_)                      \
          {                                                                       \
            coprod_test_timed_out (__FILE__, __LINE__, G_STRFUNC, #condition,     \
                                   __VA_ARGS__);                                  \
            break;                                                                \
          }                                                                       \
        coprod_test_iterate ();                                                   \
      }                                                                           \
  }                                                                               \
  G_STMT_END

void       coprod_test_wait_for_frame   (GtkWidget      *widget);
GtkWindow *coprod_test_wait_for_toplevel (GType          type);
void       coprod_test_wait_for_no_toplevel (GType       type);
void       coprod_test_wait_for_int     (const char     *db_path,
                                         const char     *sql,
                                         gint64          expected);
void       coprod_test_wait_for_text    (const char     *db_path,
                                         const char     *sql,
                                         const char     *expected);
void       coprod_test_wait_for_idle    (void);
void       coprod_test_let_time_pass    (guint           ms);

GtkWindow *coprod_test_find_toplevel    (GType           type);
GtkWidget *coprod_test_child            (GtkWidget      *widget,
                                         GType           template_type,
                                         const char     *name);
GtkWidget *coprod_test_find_widget      (GtkWidget      *root,
                                         GType           type);
void       coprod_test_collect          (GtkWidget      *root,
                                         GType           type,
                                         GPtrArray      *found);
GtkWidget *coprod_test_find_button      (GtkWidget      *root,
                                         const char     *label);
void       coprod_test_press_response   (GtkWindow      *dialog,
                                         const char     *label);
char      *coprod_test_query_text       (const char     *db_path,
                                         const char     *sql);
gint64     coprod_test_query_int        (const char     *db_path,
                                         const char     *sql);
gboolean   coprod_test_save_png         (GtkWidget      *widget,
                                         const char     *path,
                                         GError        **error);

G_END_DECLS
