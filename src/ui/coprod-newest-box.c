/* coprod-newest-box.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A column of items, oldest at the top, that shows the newest of them that fit in the
 * height it is given. Above the first it shows goes a line saying how many earlier
 * ones it leaves out; each item but the first comes with its own such line, made by the
 * caller in words, so that choosing what to show, which happens while the window is
 * laid out, only shows and hides children and never changes what they say.
 *
 * Kept to the first instead, for a list read from the top, it shows the first items
 * that fit, and each item's line says how many come after it and goes below it when it
 * is the last that fits.
 */

#include "config.h"

#include "coprod-newest-box.h"

typedef struct
{
  GtkWidget *item;
  GtkWidget *earlier;   /* shown above item when it is the first that fits; or NULL */
} Entry;

struct _CoprodNewestBox
{
  GtkWidget  parent_instance;

  GArray    *entries;   /* Entry, oldest first */
  guint      first;     /* the first entry shown */
  guint      last;      /* the last entry shown */
  gboolean   keep_first;
};

G_DEFINE_FINAL_TYPE (CoprodNewestBox, coprod_newest_box, GTK_TYPE_WIDGET)

/* Helpers */

static int
height_for (GtkWidget *child,
            int        width)
{
  int natural = 0;

  if (child != NULL)
    gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
  return natural;
}

static void
place (GtkWidget *child,
       int        width,
       int        height,
       int       *y)
{
  gtk_widget_size_allocate (child, &(GtkAllocation) { 0, *y, width, height }, -1);
  *y += height;
}

/* Overrides */

static GtkSizeRequestMode
coprod_newest_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
coprod_newest_box_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  CoprodNewestBox *self = COPROD_NEWEST_BOX (widget);
  guint n = self->entries->len;
  guint outer = self->keep_first && n > 0 ? n - 1 : 0;
  Entry *kept;

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      for (guint i = 0; i < n; i++)
        {
          Entry *entry = &g_array_index (self->entries, Entry, i);
          GtkWidget *children[] = { entry->item, entry->earlier };

          for (guint c = 0; c < G_N_ELEMENTS (children) && children[c] != NULL; c++)
            {
              int min, nat;

              gtk_widget_measure (children[c], orientation, -1, &min, &nat, NULL, NULL);
              *minimum = MAX (*minimum, min);
              *natural = MAX (*natural, nat);
            }
        }
      return;
    }

  /* It can make do with the newest item alone (or the first), and would like them all. */
  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    *natural += height_for (g_array_index (self->entries, Entry, i).item, for_size);
  /* With all of them shown, the line of the last (or the first) still shows, saying how
   * many more there are that were never given to the box. */
  *natural += height_for (g_array_index (self->entries, Entry, outer).earlier, for_size);
  kept = &g_array_index (self->entries, Entry, self->keep_first ? 0 : n - 1);
  *minimum = height_for (kept->item, for_size) + height_for (kept->earlier, for_size);
  *natural = MAX (*natural, *minimum);
}

static void
coprod_newest_box_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  CoprodNewestBox *self = COPROD_NEWEST_BOX (widget);
  guint n = self->entries->len;
  g_autofree int *heights = g_new0 (int, MAX (n, 1));
  int used = 0;
  int y = 0;

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      heights[i] = height_for (g_array_index (self->entries, Entry, i).item, width);
      used += heights[i];
    }

  /* Leave out the oldest (or the last) until the rest, and the line about them, fit;
   * the newest (or the first) shows whatever happens. */
  self->first = 0;
  self->last = n - 1;
  if (self->keep_first)
    while (self->last > 0 &&
           used + height_for (g_array_index (self->entries, Entry, self->last).earlier,
                              width) > height)
      used -= heights[self->last--];
  else
    while (self->first + 1 < n &&
           used + height_for (g_array_index (self->entries, Entry, self->first).earlier,
                              width) > height)
      used -= heights[self->first++];

  for (guint i = 0; i < n; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      gtk_widget_set_child_visible (entry->item, i >= self->first && i <= self->last);
      if (entry->earlier != NULL)
        gtk_widget_set_child_visible (entry->earlier,
                                      i == (self->keep_first ? self->last : self->first));
    }

  for (guint i = self->first; i <= self->last; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      if (!self->keep_first && i == self->first && entry->earlier != NULL)
        place (entry->earlier, width, height_for (entry->earlier, width), &y);
      place (entry->item, width, heights[i], &y);
      if (self->keep_first && i == self->last && entry->earlier != NULL)
        place (entry->earlier, width, height_for (entry->earlier, width), &y);
    }
}

static void
coprod_newest_box_dispose (GObject *object)
{
  CoprodNewestBox *self = COPROD_NEWEST_BOX (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->entries != NULL)
    g_array_set_size (self->entries, 0);

  G_OBJECT_CLASS (coprod_newest_box_parent_class)->dispose (object);
}

static void
coprod_newest_box_finalize (GObject *object)
{
  CoprodNewestBox *self = COPROD_NEWEST_BOX (object);

  g_array_unref (self->entries);

  G_OBJECT_CLASS (coprod_newest_box_parent_class)->finalize (object);
}

static void
coprod_newest_box_class_init (CoprodNewestBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = coprod_newest_box_dispose;
  object_class->finalize = coprod_newest_box_finalize;
  widget_class->get_request_mode = coprod_newest_box_get_request_mode;
  widget_class->measure = coprod_newest_box_measure;
  widget_class->size_allocate = coprod_newest_box_size_allocate;
}

static void
coprod_newest_box_init (CoprodNewestBox *self)
{
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
}

/* Public API */

GtkWidget *
coprod_newest_box_new (void)
{
  return g_object_new (COPROD_TYPE_NEWEST_BOX, NULL);
}

/**
 * coprod_newest_box_set_keep_first:
 *
 * Keeps the first items that fit rather than the newest: for a list read from the top.
 * Each item's line (see coprod_newest_box_append()) then says how many come after it
 * and shows below it.
 */
void
coprod_newest_box_set_keep_first (CoprodNewestBox *self,
                                  gboolean         keep_first)
{
  g_return_if_fail (COPROD_IS_NEWEST_BOX (self));

  self->keep_first = !!keep_first;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * coprod_newest_box_append:
 * @item: (transfer floating): the newest item
 * @earlier: (transfer floating) (nullable): what shows above @item when it is the
 *   first that fits, saying how many came before it (all of the items appended so far);
 *   or, keeping the first, what shows below it when it is the last that fits, saying
 *   how many come after it
 */
void
coprod_newest_box_append (CoprodNewestBox *self,
                          GtkWidget       *item,
                          GtkWidget       *earlier)
{
  Entry entry = { item, earlier };

  g_return_if_fail (COPROD_IS_NEWEST_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (item));
  g_return_if_fail (earlier == NULL || GTK_IS_WIDGET (earlier));

  if (earlier != NULL)
    {
      gtk_widget_set_child_visible (earlier, FALSE);
      gtk_widget_set_parent (earlier, GTK_WIDGET (self));
    }
  gtk_widget_set_parent (item, GTK_WIDGET (self));
  g_array_append_val (self->entries, entry);
  /* Until it is laid out, none is left out. */
  self->last = self->entries->len - 1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* How many of the oldest items (or the last) the last layout left out. */
guint
coprod_newest_box_get_n_hidden (CoprodNewestBox *self)
{
  g_return_val_if_fail (COPROD_IS_NEWEST_BOX (self), 0);
  if (self->entries->len == 0)
    return 0;
  return self->keep_first ? self->entries->len - 1 - self->last : self->first;
}
