/* bare-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The peer for the startup benchmark: the barest libadwaita window (a header bar and
 * a status page at Coprod's default size). With COPROD_BENCH_FIRST_FRAME=1 it prints
 * "first-frame-us <g_get_monotonic_time ()>" after its first frame is painted and quits,
 * exactly as Coprod does.
 */

#include <stdio.h>

#include <adwaita.h>

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWindow     *window)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (window));

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  printf ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_application_quit (app);
}

static void
map_cb (GtkWidget *window,
        gpointer   user_data)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GdkFrameClock *clock = gdk_surface_get_frame_clock (surface);

  g_signal_handlers_disconnect_by_func (window, map_cb, user_data);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (after_paint_cb), window, 0);
}

static void
activate_cb (GApplication *app,
             gpointer      user_data)
{
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *page;

  window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_title (GTK_WINDOW (window), "Bare Window");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "applications-system-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), "Bare Window");
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   "The peer for Coprod's startup benchmark.");
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);

  if (g_strcmp0 (g_getenv ("COPROD_BENCH_FIRST_FRAME"), "1") == 0)
    g_signal_connect (window, "map", G_CALLBACK (map_cb), NULL);

  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  /* Non-unique, as Coprod is when the benchmark gives it COPROD_DATA_DIR, so both
   * talk to the session bus alike. */
  app = adw_application_new ("com.example.Coprod.BareWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
