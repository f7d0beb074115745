/* coprod-pdf-writer.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything the document says is first laid out with pango into rows: a heading or a
 * paragraph is a row of one cell, a table row has a cell per column. Rows are then
 * placed on pages twice, once to count the pages and once to draw them, so that every
 * page can say "Page 2 of 7". A row that does not fit is cut between two lines of
 * text, never through one, so nothing runs off a page; a table's header row is drawn
 * again at the top of each page the table continues on.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "coprod-export-file.h"
#include "coprod-pdf-writer.h"

/* One line of a cell's text, in points from the top of its layout. */
typedef struct
{
  PangoLayoutLine *line;
  double           top;
  double           bottom;
  double           baseline;
  double           x;
} Line;

typedef struct
{
  PangoLayout    *layout;   /* NULL for an empty cell */
  CoprodPdfStyle  style;
  double          x;        /* from the left margin */
  Line           *lines;
  guint           n_lines;
} Cell;

typedef enum
{
  ROW_TEXT,
  ROW_HEADING,
  ROW_TABLE_HEADER,
  ROW_TABLE,
  ROW_PAGE_BREAK,
} RowKind;

typedef struct _Row Row;
struct _Row
{
  RowKind  kind;
  Cell    *cells;
  guint    n_cells;
  double   pad;            /* above and below the text, inside the row */
  double   space_before;   /* left out at the top of a page */
  double   space_after;
  guint    level;          /* of a heading */
  char    *bookmark;       /* a heading's entry in the PDF's outline */
  Row     *header;         /* a table row's header row, drawn again on a new page */
};

struct _CoprodPdfWriter
{
  PangoContext         *context;
  PangoFontDescription *fonts[COPROD_PDF_N_STYLES];
  PangoFontDescription *heading_fonts[3];
  PangoFontDescription *furniture_font;  /* running header and page numbers */
  gboolean              large_print;
  double                body_size;

  GPtrArray            *rows;
  Row                  *table_header;    /* while a table is open */
  double                table_widths[8];
  guint                 table_columns;

  char                 *running_header;
  char                 *title;
  char                 *author;
  GDateTime            *created;
};

/* Where a pass over the rows has got to. */
typedef struct
{
  CoprodPdfWriter *writer;
  cairo_t         *cr;          /* NULL when only counting pages */
  cairo_surface_t *surface;
  guint            page;
  guint            n_pages;
  double           y;
  double           last_space_after;
  gboolean         fresh;       /* nothing on this page yet */
  int              outline[4];  /* the last bookmark made at each level */
} Pass;

typedef struct
{
  FILE       *file;
  int         saved_errno;
  GByteArray *written;    /* all of it, to add the language at the end */
} Sink;

/* A4 portrait, in points. */
#define PAGE_WIDTH  595.2756
#define PAGE_HEIGHT 841.8898
#define MARGIN_SIDE 64.0
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN_SIDE)
#define CELL_PAD_X 6.0
#define BULLET_INDENT_FACTOR 1.4

#define FAMILY "Cantarell, DejaVu Sans"

/* Colours: dark text on white, with no meaning carried by colour alone. */
static const double ink[3] = { 0.14, 0.12, 0.19 };
static const double soft_ink[3] = { 0.33, 0.32, 0.36 };
static const double heading_ink[3] = { 0.09, 0.27, 0.47 };
static const double rule_ink[3] = { 0.75, 0.75, 0.74 };
static const double header_fill[3] = { 0.92, 0.94, 0.97 };

/* Helpers */

static double
top_margin (CoprodPdfWriter *self)
{
  return self->large_print ? 84.0 : 72.0;
}

static double
bottom_limit (CoprodPdfWriter *self)
{
  return PAGE_HEIGHT - (self->large_print ? 80.0 : 68.0);
}

static void
set_colour (cairo_t      *cr,
            const double  colour[3])
{
  cairo_set_source_rgb (cr, colour[0], colour[1], colour[2]);
}

static PangoFontDescription *
font (double      size,
      PangoWeight weight,
      PangoStyle  style)
{
  PangoFontDescription *desc = pango_font_description_from_string (FAMILY);

  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (desc, weight);
  pango_font_description_set_style (desc, style);
  return desc;
}

static PangoLayout *
new_layout (CoprodPdfWriter            *self,
            const PangoFontDescription *desc,
            const char                 *text,
            double                      width)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_line_spacing (layout, 1.2);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Measures every line of the cell's text once, for both passes. */
static void
cell_init (CoprodPdfWriter            *self,
           Cell                       *cell,
           const PangoFontDescription *desc,
           CoprodPdfStyle              style,
           const char                 *text,
           double                      x,
           double                      width)
{
  g_autofree char *clean = NULL;
  PangoLayoutIter *iter;
  guint i = 0;

  cell->style = style;
  cell->x = x;
  if (text == NULL || *text == '\0')
    return;

  clean = coprod_pdf_clean_text (text, FALSE);
  cell->layout = new_layout (self, desc, clean, width);
  cell->n_lines = pango_layout_get_line_count (cell->layout);
  cell->lines = g_new0 (Line, cell->n_lines);
  iter = pango_layout_get_iter (cell->layout);
  do
    {
      PangoRectangle logical;
      int y0, y1;

      g_assert (i < cell->n_lines);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      cell->lines[i].line = pango_layout_iter_get_line_readonly (iter);
      cell->lines[i].top = (double) y0 / PANGO_SCALE;
      cell->lines[i].bottom = (double) y1 / PANGO_SCALE;
      cell->lines[i].baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      cell->lines[i].x = (double) logical.x / PANGO_SCALE;
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  cell->n_lines = i;
}

static void
row_free (Row *row)
{
  for (guint i = 0; i < row->n_cells; i++)
    {
      g_clear_object (&row->cells[i].layout);
      g_free (row->cells[i].lines);
    }
  g_free (row->cells);
  g_free (row->bookmark);
  g_free (row);
}

static Row *
row_new (RowKind kind,
         guint   n_cells)
{
  Row *row = g_new0 (Row, 1);

  row->kind = kind;
  row->n_cells = n_cells;
  row->cells = g_new0 (Cell, MAX (n_cells, 1));
  return row;
}

/* The height of the row's first line of text, with its padding. */
static double
first_line_height (Row *row)
{
  double height = 0;

  for (guint i = 0; i < row->n_cells; i++)
    if (row->cells[i].n_lines > 0)
      height = MAX (height, row->cells[i].lines[0].bottom - row->cells[i].lines[0].top);
  return height + 2 * row->pad;
}

static double
full_height (Row *row)
{
  double height = 0;

  for (guint i = 0; i < row->n_cells; i++)
    if (row->cells[i].n_lines > 0)
      height = MAX (height, row->cells[i].lines[row->cells[i].n_lines - 1].bottom);
  return height + 2 * row->pad;
}

/* What must fit below ROW for it to stay on this page: a heading is never left alone at
 * the foot of a page, nor a table's header row without a line of the table under it. */
static double
height_kept_together (CoprodPdfWriter *self,
                      guint            index)
{
  Row *row = g_ptr_array_index (self->rows, index);
  double height = full_height (row);
  Row *next;

  if (row->kind != ROW_HEADING && row->kind != ROW_TABLE_HEADER)
    return first_line_height (row);
  if (index + 1 >= self->rows->len)
    return height;
  next = g_ptr_array_index (self->rows, index + 1);
  if (next->kind == ROW_PAGE_BREAK)
    return height;
  return height + row->space_after + next->space_before + height_kept_together (self, index + 1);
}

/* TEXT, cut short with an ellipsis to fit on one line WIDTH wide. The words themselves
 * are cut, not only their drawing, so that text taken out of the PDF (by a screen
 * reader, say) is short too. */
static char *
shorten_to_fit (CoprodPdfWriter            *self,
                const PangoFontDescription *desc,
                const char                 *text,
                double                      width)
{
  g_autoptr(PangoLayout) layout = new_layout (self, desc, text, width);
  g_autoptr(PangoLayout) ellipsis = new_layout (self, desc, "…", width);
  PangoRectangle logical;
  GString *shorter;
  int index, trailing;

  pango_layout_set_width (layout, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  if (logical.width <= width * PANGO_SCALE && strchr (text, '\n') == NULL)
    return g_strdup (text);
  pango_layout_get_extents (ellipsis, NULL, &logical);
  pango_layout_xy_to_index (layout, (int) (width * PANGO_SCALE) - 2 * logical.width, 0,
                            &index, &trailing);
  shorter = g_string_new_len (text, index);
  g_strdelimit (shorter->str, "\n", ' ');
  while (shorter->len > 0 && shorter->str[shorter->len - 1] == ' ')
    g_string_truncate (shorter, shorter->len - 1);
  g_string_append (shorter, "…");
  return g_string_free (shorter, FALSE);
}

static void
draw_furniture (Pass *pass)
{
  CoprodPdfWriter *self = pass->writer;
  cairo_t *cr = pass->cr;
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  PangoRectangle logical;

  if (pass->page > 1 && self->running_header != NULL && *self->running_header != '\0')
    {
      g_autoptr(PangoLayout) header = new_layout (self, self->furniture_font,
                                                  self->running_header, CONTENT_WIDTH);
      double rule_y;

      /* One line, however long the title: the end gives way to an ellipsis. */
      pango_layout_set_ellipsize (header, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (header, 0);
      pango_layout_get_extents (header, NULL, &logical);
      set_colour (cr, soft_ink);
      cairo_move_to (cr, MARGIN_SIDE, 30);
      pango_cairo_show_layout (cr, header);
      rule_y = 30 + (double) logical.height / PANGO_SCALE + 4;
      set_colour (cr, rule_ink);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN_SIDE, rule_y);
      cairo_line_to (cr, PAGE_WIDTH - MARGIN_SIDE, rule_y);
      cairo_stroke (cr);
    }

  /* Translators: at the foot of every page of a printed summary */
  number = g_strdup_printf (_("Page %u of %u"), pass->page, pass->n_pages);
  footer = new_layout (self, self->furniture_font, number, CONTENT_WIDTH);
  pango_layout_set_alignment (footer, PANGO_ALIGN_CENTER);
  pango_layout_get_extents (footer, NULL, &logical);
  set_colour (cr, soft_ink);
  cairo_move_to (cr, MARGIN_SIDE,
                 PAGE_HEIGHT - 36 - (double) logical.height / PANGO_SCALE);
  pango_cairo_show_layout (cr, footer);
}

static void
new_page (Pass *pass)
{
  if (pass->cr != NULL && pass->page > 0)
    cairo_show_page (pass->cr);
  pass->page++;
  pass->y = top_margin (pass->writer);
  pass->fresh = TRUE;
  pass->last_space_after = 0;
  if (pass->cr != NULL)
    draw_furniture (pass);
}

static void
add_bookmark (Pass *pass,
              Row  *row,
              double y)
{
  g_autofree char *link = NULL;
  guint level = CLAMP (row->level, 1, 3);
  int parent = pass->outline[level - 1];

  link = g_strdup_printf ("page=%u pos=[%d %d]", pass->page, (int) MARGIN_SIDE,
                          (int) MAX (0, y - 6));
  pass->outline[level] = cairo_pdf_surface_add_outline (pass->surface, parent, row->bookmark,
                                                        link,
                                                        level == 1 ?
                                                        CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
  for (guint i = level + 1; i < G_N_ELEMENTS (pass->outline); i++)
    pass->outline[i] = pass->outline[level];
}

static const double *
colour_of (Row  *row,
           Cell *cell)
{
  if (row->kind == ROW_HEADING || cell->style == COPROD_PDF_TITLE)
    return heading_ink;
  if (cell->style == COPROD_PDF_NOTE)
    return soft_ink;
  return ink;
}

/* Draws the lines [FROM, TO) of each cell of ROW, HEIGHT high, at the pass's place. */
static void
draw_part (Pass        *pass,
           Row         *row,
           const guint *from,
           const guint *to,
           double       height)
{
  cairo_t *cr = pass->cr;

  if (row->kind == ROW_TABLE_HEADER)
    {
      set_colour (cr, header_fill);
      cairo_rectangle (cr, MARGIN_SIDE, pass->y, CONTENT_WIDTH, height);
      cairo_fill (cr);
    }
  for (guint c = 0; c < row->n_cells; c++)
    {
      Cell *cell = &row->cells[c];

      if (from[c] >= to[c])
        continue;
      set_colour (cr, colour_of (row, cell));
      for (guint i = from[c]; i < to[c]; i++)
        {
          cairo_move_to (cr, MARGIN_SIDE + cell->x + cell->lines[i].x,
                         pass->y + row->pad + cell->lines[i].baseline -
                         cell->lines[from[c]].top);
          pango_cairo_show_layout_line (cr, cell->lines[i].line);
        }
    }
  if (row->kind == ROW_TABLE || row->kind == ROW_TABLE_HEADER)
    {
      set_colour (cr, rule_ink);
      cairo_set_line_width (cr, row->kind == ROW_TABLE_HEADER ? 1.0 : 0.5);
      cairo_move_to (cr, MARGIN_SIDE, pass->y + height);
      cairo_line_to (cr, PAGE_WIDTH - MARGIN_SIDE, pass->y + height);
      cairo_stroke (cr);
    }
}

static void place_row (Pass *pass, guint index, Row *row);

static void
continue_on_new_page (Pass *pass,
                      Row  *row)
{
  new_page (pass);
  if (row->header != NULL)
    place_row (pass, G_MAXUINT, row->header);
}

/* Places ROW (the INDEX-th, or G_MAXUINT for a repeated table header) at the pass's
 * place, going on to new pages for as long as it takes. */
static void
place_row (Pass  *pass,
           guint  index,
           Row   *row)
{
  CoprodPdfWriter *self = pass->writer;
  double bottom = bottom_limit (self);
  g_autofree guint *from = NULL;
  g_autofree guint *to = NULL;
  double gap;
  gboolean first_part = TRUE;

  if (row->kind == ROW_PAGE_BREAK)
    {
      if (!pass->fresh)
        new_page (pass);
      return;
    }

  gap = pass->fresh ? 0 : pass->last_space_after + row->space_before;
  if (!pass->fresh && index != G_MAXUINT &&
      pass->y + gap + height_kept_together (self, index) > bottom)
    {
      continue_on_new_page (pass, row);
      gap = pass->fresh ? 0 : pass->last_space_after + row->space_before;
    }
  pass->y += gap;

  from = g_new0 (guint, row->n_cells);
  to = g_new0 (guint, row->n_cells);
  for (;;)
    {
      double avail = bottom - pass->y - 2 * row->pad;
      double height = 0;
      gboolean any = FALSE, done = TRUE;

      for (guint c = 0; c < row->n_cells; c++)
        {
          Cell *cell = &row->cells[c];
          double top = from[c] < cell->n_lines ? cell->lines[from[c]].top : 0;

          to[c] = from[c];
          while (to[c] < cell->n_lines && cell->lines[to[c]].bottom - top <= avail)
            to[c]++;
          /* A line taller than a whole page still goes somewhere. */
          if (pass->fresh && to[c] == from[c] && from[c] < cell->n_lines)
            to[c]++;
          if (to[c] > from[c])
            {
              any = TRUE;
              height = MAX (height, cell->lines[to[c] - 1].bottom - top);
            }
          if (to[c] < cell->n_lines)
            done = FALSE;
        }
      if (!any && !done)
        {
          continue_on_new_page (pass, row);
          continue;
        }
      height += 2 * row->pad;
      if (pass->cr != NULL)
        {
          if (first_part && row->bookmark != NULL)
            add_bookmark (pass, row, pass->y);
          draw_part (pass, row, from, to, height);
        }
      first_part = FALSE;
      pass->y += height;
      pass->fresh = FALSE;
      memcpy (from, to, row->n_cells * sizeof (guint));
      if (done)
        break;
      continue_on_new_page (pass, row);
    }
  pass->last_space_after = row->space_after;
}

static void
run_pass (Pass *pass)
{
  CoprodPdfWriter *self = pass->writer;

  pass->page = 0;
  new_page (pass);
  for (guint i = 0; i < self->rows->len; i++)
    place_row (pass, i, g_ptr_array_index (self->rows, i));
  if (pass->cr != NULL)
    cairo_show_page (pass->cr);
}

static Row *
add_text_row (CoprodPdfWriter            *self,
              RowKind                     kind,
              const PangoFontDescription *desc,
              CoprodPdfStyle              style,
              const char                 *text)
{
  Row *row = row_new (kind, 1);

  cell_init (self, &row->cells[0], desc, style, text, 0, CONTENT_WIDTH);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
set_error_from_errno (GError     **error,
                      int          saved_errno,
                      const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  /* Translators: the first %s is a file name, the second why it could not be written */
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not save the summary as “%s”: %s"), name, g_strerror (saved_errno));
}

/* Callbacks */

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  g_byte_array_append (sink->written, data, length);
  if (fwrite (data, 1, length, sink->file) != length)
    {
      sink->saved_errno = errno != 0 ? errno : EIO;
      return CAIRO_STATUS_WRITE_ERROR;
    }
  return CAIRO_STATUS_SUCCESS;
}

/* Where @needle last or first is in @text, up to @end: compressed streams hold nul
 * bytes, so the string functions of C and GLib would stop short. */
static const char *
find_bytes (const char *text,
            const char *end,
            const char *needle,
            gboolean    last)
{
  gsize n = strlen (needle);

  if (end - text < (gssize) n)
    return NULL;
  if (last)
    {
      for (const char *p = end - n; p >= text; p--)
        if (memcmp (p, needle, n) == 0)
          return p;
      return NULL;
    }
  for (const char *p = text; p + n <= end; p++)
    if (memcmp (p, needle, n) == 0)
      return p;
  return NULL;
}

/* The number after the last @key ("/Root 12 0 R", "startxref\n3456") in @text, or -1. */
static gint64
number_after (const char *text,
              const char *key,
              const char *end)
{
  const char *at = find_bytes (text, end, key, TRUE);

  if (at == NULL)
    return -1;
  at += strlen (key);
  while (at < end && g_ascii_isspace (*at))
    at++;
  return at < end && g_ascii_isdigit (*at) ? g_ascii_strtoll (at, NULL, 10) : -1;
}

/* The language of the text, "en-GB" from "en_GB.UTF-8", for screen readers. */
static char *
document_language (void)
{
  const char *const *names = g_get_language_names ();
  char *lang;

  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_isalpha (names[i][0]) && g_ascii_isalpha (names[i][1]) &&
        !g_str_equal (names[i], "C") && !g_str_has_prefix (names[i], "C."))
      {
        lang = g_strndup (names[i], strcspn (names[i], ".@"));
        g_strdelimit (lang, "_", '-');
        return lang;
      }
  return g_strdup ("en");
}

/* cairo 1.16 cannot say what language a document is in, which screen readers need.
 * This adds it the way PDF allows changes to be added: a new version of the catalog
 * object with /Lang, a cross-reference section for it and a trailer pointing back to
 * the one cairo wrote. Anything unexpected leaves the document as cairo wrote it. */
static void
append_language (Sink       *sink,
                 const char *lang)
{
  const char *text = (const char *) sink->written->data;
  const char *end = text + sink->written->len;
  const char *trailer = find_bytes (text, end, "trailer", TRUE);
  g_autofree char *header = NULL;
  g_autoptr(GString) update = g_string_new (NULL);
  gint64 prev, size, root, info;
  const char *object, *open, *close;
  gsize offset = sink->written->len;
  gsize xref_at;

  if (trailer == NULL)
    return;
  prev = number_after (text, "startxref", end);
  size = number_after (trailer, "/Size", end);
  root = number_after (trailer, "/Root", end);
  info = number_after (trailer, "/Info", end);
  if (prev < 0 || size <= 0 || root <= 0)
    return;
  header = g_strdup_printf ("\n%" G_GINT64_FORMAT " 0 obj", root);
  object = find_bytes (text, end, header, FALSE);
  if (object == NULL)
    return;
  open = find_bytes (object, end, "<<", FALSE);
  close = open != NULL ? find_bytes (open, end, "endobj", FALSE) : NULL;
  if (close == NULL || close > end)
    return;
  while (close > open && strncmp (close, ">>", 2) != 0)
    close--;
  if (close <= open)
    return;

  g_string_append_printf (update, "%" G_GINT64_FORMAT " 0 obj\n", root);
  g_string_append_len (update, open, close - open);
  g_string_append_printf (update, "   /Lang (%s)\n>>\nendobj\n", lang);
  xref_at = offset + update->len;
  g_string_append_printf (update, "xref\n%" G_GINT64_FORMAT " 1\n%010" G_GSIZE_FORMAT
                          " 00000 n \n", root, offset);
  g_string_append_printf (update, "trailer\n<< /Size %" G_GINT64_FORMAT
                          " /Root %" G_GINT64_FORMAT " 0 R", size, root);
  if (info > 0)
    g_string_append_printf (update, " /Info %" G_GINT64_FORMAT " 0 R", info);
  g_string_append_printf (update, " /Prev %" G_GINT64_FORMAT " >>\nstartxref\n%" G_GSIZE_FORMAT
                          "\n%%%%EOF\n", prev, xref_at);
  if (fwrite (update->str, 1, update->len, sink->file) != update->len)
    sink->saved_errno = errno != 0 ? errno : EIO;
}

/* Public API */

/**
 * coprod_pdf_clean_text:
 * @text: (nullable): text as the store gave it, which another program may have written
 * @one_line: for an outline entry or the document's metadata: line breaks and tabs
 *   become spaces
 *
 * Cairo refuses a whole document over one string it cannot put in a PDF (“input
 * string not valid UTF-8”), so every string passes through here on its way in. Bytes
 * that are not UTF-8 (an unpaired surrogate, a cut-off sequence) and noncharacters
 * (U+FFFE, U+FFFF, U+FDD0 to U+FDEF, and the last two of every plane) become U+FFFD,
 * once for each bad sequence; control characters other than line breaks and tabs are
 * dropped. Everything else is kept as it is: emoji, right-to-left text, accents.
 *
 * Returns: (transfer full) (nullable): clean UTF-8, or %NULL if @text is %NULL
 */
char *
coprod_pdf_clean_text (const char *text,
                       gboolean    one_line)
{
  const char *p, *end;
  GString *clean;

  if (text == NULL)
    return NULL;
  end = text + strlen (text);
  clean = g_string_sized_new (end - text);
  for (p = text; p < end;)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* One replacement for the lead byte and the continuation bytes after it. */
          g_string_append_unichar (clean, 0xfffd);
          p++;
          while (p < end && ((guchar) *p & 0xc0) == 0x80)
            p++;
          continue;
        }
      p = g_utf8_next_char (p);
      if ((c & 0xfffe) == 0xfffe || (c >= 0xfdd0 && c <= 0xfdef))
        g_string_append_unichar (clean, 0xfffd);
      else if (c == '\n' || c == '\t')
        g_string_append_c (clean, one_line ? ' ' : (char) c);
      else if (c < 0x20 || (c >= 0x7f && c < 0xa0))
        continue;
      else
        g_string_append_unichar (clean, c);
    }
  return g_string_free (clean, FALSE);
}

/**
 * coprod_pdf_writer_new:
 * @large_print: body text at 16 pt and headings at 22 pt or more
 */
CoprodPdfWriter *
coprod_pdf_writer_new (gboolean large_print)
{
  CoprodPdfWriter *self = g_new0 (CoprodPdfWriter, 1);
  cairo_font_options_t *options = cairo_font_options_create ();
  double body = large_print ? 16 : 11;
  double headings[3] = { large_print ? 26 : 18, large_print ? 22 : 14, large_print ? 22 : 12 };

  /* Printed text is measured as it will be drawn: no hinting, no rounding to pixels. */
  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  self->large_print = large_print;
  self->body_size = body;
  self->fonts[COPROD_PDF_BODY] = font (body, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
  self->fonts[COPROD_PDF_STRONG] = font (body, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
  self->fonts[COPROD_PDF_NOTE] = font (body, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
  self->fonts[COPROD_PDF_TITLE] = font (large_print ? 34 : 26, PANGO_WEIGHT_BOLD,
                                        PANGO_STYLE_NORMAL);
  self->fonts[COPROD_PDF_SUBTITLE] = font (large_print ? 22 : 15, PANGO_WEIGHT_NORMAL,
                                           PANGO_STYLE_NORMAL);
  self->fonts[COPROD_PDF_LARGE] = font (large_print ? 20 : 15, PANGO_WEIGHT_NORMAL,
                                        PANGO_STYLE_NORMAL);
  for (guint i = 0; i < G_N_ELEMENTS (self->heading_fonts); i++)
    self->heading_fonts[i] = font (headings[i], PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
  /* In large print nothing at all is smaller than the body text. */
  self->furniture_font = font (large_print ? body : 9, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  return self;
}

void
coprod_pdf_writer_free (CoprodPdfWriter *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->context);
  for (guint i = 0; i < COPROD_PDF_N_STYLES; i++)
    pango_font_description_free (self->fonts[i]);
  for (guint i = 0; i < G_N_ELEMENTS (self->heading_fonts); i++)
    pango_font_description_free (self->heading_fonts[i]);
  pango_font_description_free (self->furniture_font);
  g_ptr_array_unref (self->rows);
  g_free (self->running_header);
  g_free (self->title);
  g_free (self->author);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_free (self);
}

/* The size in points of the text of @style. */
double
coprod_pdf_writer_get_size (CoprodPdfWriter *self,
                            CoprodPdfStyle   style)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (style < COPROD_PDF_N_STYLES, 0);

  return (double) pango_font_description_get_size (self->fonts[style]) / PANGO_SCALE;
}

/* What the top of every page but the first says, on one line. */
void
coprod_pdf_writer_set_running_header (CoprodPdfWriter *self,
                                      const char      *text)
{
  g_autofree char *clean = coprod_pdf_clean_text (text, TRUE);

  g_return_if_fail (self != NULL);

  g_free (self->running_header);
  self->running_header = clean != NULL ? shorten_to_fit (self, self->furniture_font, clean,
                                                         CONTENT_WIDTH) : NULL;
}

void
coprod_pdf_writer_set_metadata (CoprodPdfWriter *self,
                                const char      *title,
                                const char      *author,
                                GDateTime       *created)
{
  g_return_if_fail (self != NULL);

  g_free (self->title);
  self->title = coprod_pdf_clean_text (title, TRUE);
  g_free (self->author);
  self->author = coprod_pdf_clean_text (author, TRUE);
  g_clear_pointer (&self->created, g_date_time_unref);
  self->created = created != NULL ? g_date_time_ref (created) : NULL;
}

/**
 * coprod_pdf_writer_heading:
 * @level: 1 for a section, 2 and 3 within it
 * @bookmark: (nullable): the words in the PDF's outline, when not @text
 *
 * A heading, which is also an entry in the document's outline (bookmarks).
 */
void
coprod_pdf_writer_heading (CoprodPdfWriter *self,
                           guint            level,
                           const char      *text,
                           const char      *bookmark)
{
  Row *row;

  g_return_if_fail (self != NULL);
  g_return_if_fail (level >= 1 && level <= 3);
  g_return_if_fail (text != NULL);

  row = add_text_row (self, ROW_HEADING, self->heading_fonts[level - 1], COPROD_PDF_STRONG,
                      text);
  row->level = level;
  row->bookmark = coprod_pdf_clean_text (bookmark != NULL ? bookmark : text, TRUE);
  row->space_before = self->body_size * (level == 1 ? 1.8 : 1.0);
  row->space_after = self->body_size * 0.5;
}

void
coprod_pdf_writer_paragraph (CoprodPdfWriter *self,
                             CoprodPdfStyle   style,
                             const char      *text)
{
  Row *row;

  g_return_if_fail (self != NULL);
  g_return_if_fail (style < COPROD_PDF_N_STYLES);

  row = add_text_row (self, ROW_TEXT, self->fonts[style], style, text);
  row->space_after = self->body_size * 0.6;
}

/* A paragraph after a bullet, for lists. */
void
coprod_pdf_writer_bullet (CoprodPdfWriter *self,
                          CoprodPdfStyle   style,
                          const char      *text)
{
  Row *row;
  double indent;

  g_return_if_fail (self != NULL);
  g_return_if_fail (style < COPROD_PDF_N_STYLES);

  indent = coprod_pdf_writer_get_size (self, style) * BULLET_INDENT_FACTOR;
  row = row_new (ROW_TEXT, 2);
  cell_init (self, &row->cells[0], self->fonts[style], style, "•", 0, indent);
  cell_init (self, &row->cells[1], self->fonts[style], style, text, indent,
             CONTENT_WIDTH - indent);
  row->space_after = self->body_size * 0.4;
  g_ptr_array_add (self->rows, row);
}

void
coprod_pdf_writer_space (CoprodPdfWriter *self,
                         double           points)
{
  Row *row;

  g_return_if_fail (self != NULL);
  g_return_if_fail (self->rows->len > 0);

  row = g_ptr_array_index (self->rows, self->rows->len - 1);
  row->space_after += points;
}

/* What follows starts on a new page. */
void
coprod_pdf_writer_page_break (CoprodPdfWriter *self)
{
  g_return_if_fail (self != NULL);

  g_ptr_array_add (self->rows, row_new (ROW_PAGE_BREAK, 0));
}

static Row *
table_row_new (CoprodPdfWriter      *self,
               RowKind               kind,
               const char *const    *cells,
               const CoprodPdfStyle *styles)
{
  Row *row = row_new (kind, self->table_columns);
  double x = 0;

  for (guint c = 0; c < self->table_columns; c++)
    {
      double width = self->table_widths[c] * CONTENT_WIDTH;
      CoprodPdfStyle style = kind == ROW_TABLE_HEADER ? COPROD_PDF_STRONG :
                             styles != NULL ? styles[c] : COPROD_PDF_BODY;

      cell_init (self, &row->cells[c], self->fonts[style], style, cells[c], x + CELL_PAD_X,
                 MAX (width - 2 * CELL_PAD_X, 1));
      x += width;
    }
  row->pad = self->body_size * 0.4;
  return row;
}

/**
 * coprod_pdf_writer_begin_table:
 * @widths: (array length=n_columns): each column's share of the page's width, adding
 *   up to 1
 * @header: (array length=n_columns): the words at the head of each column
 */
void
coprod_pdf_writer_begin_table (CoprodPdfWriter   *self,
                               guint              n_columns,
                               const double      *widths,
                               const char *const *header)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->table_header == NULL);
  g_return_if_fail (n_columns >= 1 && n_columns <= G_N_ELEMENTS (self->table_widths));

  self->table_columns = n_columns;
  memcpy (self->table_widths, widths, n_columns * sizeof (double));
  self->table_header = table_row_new (self, ROW_TABLE_HEADER, header, NULL);
  self->table_header->space_before = self->body_size * 0.3;
  g_ptr_array_add (self->rows, self->table_header);
}

/**
 * coprod_pdf_writer_table_row:
 * @cells: (array): one text per column; %NULL or empty leaves the cell blank
 * @styles: (array) (nullable): one style per column, or %NULL for body text
 */
void
coprod_pdf_writer_table_row (CoprodPdfWriter      *self,
                             const char *const    *cells,
                             const CoprodPdfStyle *styles)
{
  Row *row;

  g_return_if_fail (self != NULL);
  g_return_if_fail (self->table_header != NULL);

  row = table_row_new (self, ROW_TABLE, cells, styles);
  row->header = self->table_header;
  g_ptr_array_add (self->rows, row);
}

void
coprod_pdf_writer_end_table (CoprodPdfWriter *self)
{
  Row *last;

  g_return_if_fail (self != NULL);
  g_return_if_fail (self->table_header != NULL);

  last = g_ptr_array_index (self->rows, self->rows->len - 1);
  last->space_after = self->body_size * 0.8;
  self->table_header = NULL;
}

guint
coprod_pdf_writer_count_pages (CoprodPdfWriter *self)
{
  Pass pass = { self, NULL, NULL, 0, 0, 0, 0, FALSE, { 0 } };

  g_return_val_if_fail (self != NULL, 0);

  run_pass (&pass);
  return pass.page;
}

/**
 * coprod_pdf_writer_write:
 *
 * Writes the document to a new file beside @path and renames it to @path once it is
 * whole, so that a failure never leaves half a file (nor touches one already there).
 */
gboolean
coprod_pdf_writer_write (CoprodPdfWriter  *self,
                         const char       *path,
                         GError          **error)
{
  Pass pass = { self, NULL, NULL, 0, 0, 0, 0, FALSE, { 0 } };
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  Sink sink = { NULL, 0, NULL };
  g_autoptr(GByteArray) written = g_byte_array_new ();
  g_autofree char *lang = document_language ();
  cairo_status_t status;
  guint mode = 0600;
  int fd;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (self->table_header == NULL, FALSE);

  if (!coprod_export_check_target (path, &mode, error))
    return FALSE;

  run_pass (&pass);
  pass.n_pages = pass.page;

  dir = g_path_get_dirname (path);
  tmp_path = g_build_filename (dir, ".coprod-summary-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_error_from_errno (error, errno, path);
      return FALSE;
    }
  /* Written again, a file keeps the permissions someone gave it. */
  if (mode != 0600 && fchmod (fd, mode) != 0)
    {
      set_error_from_errno (error, errno, path);
      close (fd);
      g_unlink (tmp_path);
      return FALSE;
    }
  sink.file = fdopen (fd, "wb");
  if (sink.file == NULL)
    {
      set_error_from_errno (error, errno, path);
      close (fd);
      g_unlink (tmp_path);
      return FALSE;
    }

  sink.written = written;
  pass.surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (pass.surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Coprod " PACKAGE_VERSION);
  if (self->title != NULL)
    cairo_pdf_surface_set_metadata (pass.surface, CAIRO_PDF_METADATA_TITLE, self->title);
  if (self->author != NULL)
    cairo_pdf_surface_set_metadata (pass.surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  if (self->created != NULL)
    {
      g_autofree char *date = g_date_time_format (self->created, "%Y-%m-%dT%H:%M:%S%:z");

      cairo_pdf_surface_set_metadata (pass.surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    }
  pass.cr = cairo_create (pass.surface);
  run_pass (&pass);
  cairo_destroy (pass.cr);
  cairo_surface_finish (pass.surface);
  status = cairo_surface_status (pass.surface);
  cairo_surface_destroy (pass.surface);
  if (status == CAIRO_STATUS_SUCCESS && sink.saved_errno == 0)
    append_language (&sink, lang);

  if (status == CAIRO_STATUS_SUCCESS &&
      (fflush (sink.file) != 0 || fsync (fileno (sink.file)) != 0))
    sink.saved_errno = errno;
  if (fclose (sink.file) != 0 && sink.saved_errno == 0 && status == CAIRO_STATUS_SUCCESS)
    sink.saved_errno = errno;

  if (sink.saved_errno != 0)
    set_error_from_errno (error, sink.saved_errno, path);
  else if (status != CAIRO_STATUS_SUCCESS)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 /* Translators: %s says what went wrong, in cairo's words */
                 _("Could not make the summary: %s"), cairo_status_to_string (status));
  /* Looked at again: something other than a file may have been put there meanwhile. */
  else if (!coprod_export_check_target (path, &mode, error))
    ;
  else if (g_rename (tmp_path, path) != 0)
    set_error_from_errno (error, errno, path);
  else
    return TRUE;

  g_unlink (tmp_path);
  return FALSE;
}
