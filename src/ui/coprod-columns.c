/* coprod-columns.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Children side by side in equal columns when the width allows each the column width
 * it asks for, and one above the other when it does not: the two sides of the
 * expectations exercise on a laptop, and on a narrow window. Each row of columns is as
 * tall as its tallest child at the width it gets.
 */

#include "config.h"

#include "coprod-columns.h"

#define SPACING 24

struct _CoprodColumns
{
  GtkWidget parent_instance;

  int       column_width;
};

G_DEFINE_FINAL_TYPE (CoprodColumns, coprod_columns, GTK_TYPE_WIDGET)

/* Helpers */

static guint
n_visible (CoprodColumns *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += gtk_widget_should_layout (child);
  return n;
}

/* How many columns @width holds: as many as fit at the column width, at least one. */
static guint
columns_for (CoprodColumns *self,
             int            width)
{
  guint n = MAX (n_visible (self), 1);
  guint fit = width < 0 ? n : (guint) MAX (1, (width + SPACING) / (self->column_width + SPACING));

  return MIN (n, fit);
}

static int
column_width (int   width,
              guint columns)
{
  return (width - SPACING * ((int) columns - 1)) / (int) columns;
}

/* The least and the natural height of each row of @columns at @width (-1: unlimited),
 * each that of its tallest child. */
static GArray *
measure_rows (CoprodColumns *self,
              int            width,
              guint          columns)
{
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (GtkRequestedSize));
  guint i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkRequestedSize *row;
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      if (i++ % columns == 0)
        g_array_set_size (rows, rows->len + 1);
      row = &g_array_index (rows, GtkRequestedSize, rows->len - 1);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL,
                          width < 0 ? -1 : column_width (width, columns),
                          &child_min, &child_nat, NULL, NULL);
      row->minimum_size = MAX (row->minimum_size, child_min);
      row->natural_size = MAX (row->natural_size, child_nat);
    }
  return rows;
}

/* Overrides */

static void
coprod_columns_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  CoprodColumns *self = COPROD_COLUMNS (widget);
  g_autoptr(GArray) rows = NULL;

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Narrow, one column; as wide as all of them side by side, naturally. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural += MAX (child_nat, self->column_width) + (*natural > 0 ? SPACING : 0);
        }
      return;
    }

  rows = measure_rows (self, for_size, columns_for (self, for_size));
  for (guint r = 0; r < rows->len; r++)
    {
      *minimum += g_array_index (rows, GtkRequestedSize, r).minimum_size;
      *natural += g_array_index (rows, GtkRequestedSize, r).natural_size;
    }
  if (rows->len > 1)
    {
      *minimum += SPACING * ((int) rows->len - 1);
      *natural += SPACING * ((int) rows->len - 1);
    }
}

/* Each row gets its least height and, as far as the height given allows, grows
 * towards its natural one: what measure asked for, so rows never run into each other
 * or out of the widget. Each child fills its row, as its own alignment allows. */
static void
coprod_columns_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  CoprodColumns *self = COPROD_COLUMNS (widget);
  guint columns = columns_for (self, width);
  int each = column_width (width, columns);
  g_autoptr(GArray) rows = measure_rows (self, width, columns);
  int extra = height - SPACING * MAX ((int) rows->len - 1, 0);
  int y = 0;
  guint i = 0;

  for (guint r = 0; r < rows->len; r++)
    extra -= g_array_index (rows, GtkRequestedSize, r).minimum_size;
  if (extra > 0 && rows->len > 0)
    gtk_distribute_natural_allocation (extra, rows->len, (GtkRequestedSize *) rows->data);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int row_height;

      if (!gtk_widget_should_layout (child))
        continue;
      row_height = g_array_index (rows, GtkRequestedSize, i / columns).minimum_size;
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { (int) (i % columns) * (each + SPACING), y,
                                                   each, row_height }, -1);
      if (++i % columns == 0)
        y += row_height + SPACING;
    }
}

static void
coprod_columns_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (coprod_columns_parent_class)->dispose (object);
}

static GtkSizeRequestMode
coprod_columns_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
coprod_columns_class_init (CoprodColumnsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = coprod_columns_dispose;
  widget_class->measure = coprod_columns_measure;
  widget_class->size_allocate = coprod_columns_size_allocate;
  widget_class->get_request_mode = coprod_columns_get_request_mode;
}

static void
coprod_columns_init (CoprodColumns *self)
{
}

/* Public API */

/**
 * coprod_columns_new:
 * @column_width: the width below which a column goes under the one before it
 */
GtkWidget *
coprod_columns_new (int column_width)
{
  CoprodColumns *self = g_object_new (COPROD_TYPE_COLUMNS, NULL);

  self->column_width = MAX (column_width, 1);
  return GTK_WIDGET (self);
}

void
coprod_columns_append (CoprodColumns *self,
                       GtkWidget     *child)
{
  g_return_if_fail (COPROD_IS_COLUMNS (self));
  gtk_widget_set_parent (child, GTK_WIDGET (self));
}
