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
void       coprod_test_wait             (guint           ms);
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
char      *coprod_test_query_text       (const char     *db_path,
                                         const char     *sql);
gint64     coprod_test_query_int        (const char     *db_path,
                                         const char     *sql);
gboolean   coprod_test_save_png         (GtkWidget      *widget,
                                         const char     *path,
                                         GError        **error);

G_END_DECLS
