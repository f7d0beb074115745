/* test-icon.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first thing a new user sees is the welcome page with Coprod's icon on it. GTK
 * draws SVG icons through gdk-pixbuf's SVG loader, which Debian ships apart from GTK
 * (librsvg2-common, only recommended); without it the page shows GTK's "missing image"
 * picture instead. This draws the welcome page's icon as the window does and checks
 * that what came out is Coprod's own orange plate, not the stand-in.
 */

#include "coprod-test-app.h"
#include "coprod-window.h"

typedef CoprodTestData Fixture;

#define fixture_set_up coprod_test_data_set_up
#define fixture_tear_down coprod_test_data_tear_down

#define ICON_SIZE 128

static gboolean
have_svg_loader (void)
{
  g_autoptr(GSList) formats = gdk_pixbuf_get_formats ();

  for (GSList *l = formats; l != NULL; l = l->next)
    {
      g_autofree char *name = gdk_pixbuf_format_get_name (l->data);

      if (g_strcmp0 (name, "svg") == 0)
        return TRUE;
    }
  return FALSE;
}

/* The image in @root showing the icon named @icon_name. */
static GtkImage *
find_icon_image (GtkWidget  *root,
                 const char *icon_name)
{
  g_autoptr(GPtrArray) images = g_ptr_array_new ();

  coprod_test_collect (root, GTK_TYPE_IMAGE, images);
  for (guint i = 0; i < images->len; i++)
    if (g_strcmp0 (gtk_image_get_icon_name (g_ptr_array_index (images, i)), icon_name) == 0)
      return g_ptr_array_index (images, i);
  return NULL;
}

/* Draws @paintable at ICON_SIZE with @widget's renderer and reads back its pixels, as
 * 8-bit BGRA (cairo's order on a little-endian machine). */
static GBytes *
draw_pixels (GtkWidget    *widget,
             GdkPaintable *paintable)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *data = g_malloc (ICON_SIZE * ICON_SIZE * 4);

  gdk_paintable_snapshot (paintable, snapshot, ICON_SIZE, ICON_SIZE);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, ICON_SIZE, ICON_SIZE));
  gdk_texture_download (texture, data, ICON_SIZE * 4);
  return g_bytes_new_take (data, ICON_SIZE * ICON_SIZE * 4);
}

/* How many of the pixels are the plate's strong orange (#c64600 to #ffbe6f). */
static guint
count_orange (GBytes *pixels)
{
  gsize size;
  const guchar *data = g_bytes_get_data (pixels, &size);
  guint orange = 0;

  for (gsize i = 0; i + 3 < size; i += 4)
    {
      guchar b = data[i], g = data[i + 1], r = data[i + 2], a = data[i + 3];

      if (a > 200 && r > 180 && g > 50 && g < 200 && b < 120 && r - b > 120)
        orange++;
    }
  return orange;
}

static GdkPaintable *
lookup_icon (GtkWidget  *widget,
             const char *icon_name)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (widget));

  return GDK_PAINTABLE (gtk_icon_theme_lookup_icon (theme, icon_name, NULL, ICON_SIZE, 1,
                                                    GTK_TEXT_DIR_NONE, 0));
}

static void
welcome_icon (GtkApplication *app,
              GtkWindow      *window,
              gpointer        user_data)
{
  const char *icon_name = g_application_get_application_id (G_APPLICATION (app));
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (window)));
  g_autoptr(GdkPaintable) icon = NULL;
  g_autoptr(GdkPaintable) missing = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) drawn = NULL;
  g_autoptr(GBytes) stand_in = NULL;
  g_autofree char *uri = NULL;
  GtkImage *image;

  g_assert_true (COPROD_IS_WINDOW (window));
  image = find_icon_image (GTK_WIDGET (window), icon_name);
  g_assert_nonnull (image);
  coprod_test_wait_for_frame (GTK_WIDGET (image));

  /* The theme has the icon, and it is Coprod's own file. */
  g_assert_true (gtk_icon_theme_has_icon (theme, icon_name));
  icon = lookup_icon (GTK_WIDGET (image), icon_name);
  file = gtk_icon_paintable_get_file (GTK_ICON_PAINTABLE (icon));
  g_assert_nonnull (file);
  uri = g_file_get_uri (file);
  g_assert_true (g_str_has_suffix (uri, "/apps/com.example.Coprod.svg"));

  /* Drawn, it is the orange plate, and nothing like the missing-image picture. */
  drawn = draw_pixels (GTK_WIDGET (image), icon);
  missing = lookup_icon (GTK_WIDGET (image), "image-missing");
  stand_in = draw_pixels (GTK_WIDGET (image), missing);
  g_test_message ("%u of %u pixels orange; %u in the missing-image picture",
                  count_orange (drawn), ICON_SIZE * ICON_SIZE, count_orange (stand_in));
  g_assert_cmpuint (count_orange (drawn), >, ICON_SIZE * ICON_SIZE / 4);
  g_assert_cmpuint (count_orange (stand_in), <, ICON_SIZE * ICON_SIZE / 20);
  g_assert_false (g_bytes_equal (drawn, stand_in));
}

static void
test_welcome_icon (Fixture       *f,
                   gconstpointer  data)
{
  if (!have_svg_loader ())
    {
      g_test_skip ("GTK has no SVG loader here (Debian's librsvg2-common)");
      return;
    }
  g_assert_cmpint (coprod_test_run_app (f->data_dir, welcome_icon, f), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/icon/welcome", Fixture, NULL, fixture_set_up, test_welcome_icon,
              fixture_tear_down);

  return g_test_run ();
}
