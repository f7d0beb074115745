/* coprod-pdf-writer.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small flowing layout for printed documents: headings, paragraphs and tables laid
 * out top to bottom on A4 pages with pango, then written with cairo's PDF surface.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  COPROD_PDF_BODY,
  COPROD_PDF_STRONG,     /* body size, bold */
  COPROD_PDF_NOTE,       /* body size, italic and softer: what is missing, or private */
  COPROD_PDF_TITLE,      /* the document's title on its first page */
  COPROD_PDF_SUBTITLE,   /* under the title */
  COPROD_PDF_LARGE,      /* a handout's text, read by one person away from the meeting */
  COPROD_PDF_N_STYLES,
} CoprodPdfStyle;

typedef struct _CoprodPdfWriter CoprodPdfWriter;

char            *coprod_pdf_clean_text                (const char       *text,
                                                       gboolean          one_line);

CoprodPdfWriter *coprod_pdf_writer_new                (gboolean          large_print);
void             coprod_pdf_writer_free               (CoprodPdfWriter  *self);
double           coprod_pdf_writer_get_size           (CoprodPdfWriter  *self,
                                                       CoprodPdfStyle    style);
void             coprod_pdf_writer_set_running_header (CoprodPdfWriter  *self,
                                                       const char       *text);
void             coprod_pdf_writer_set_metadata       (CoprodPdfWriter  *self,
                                                       const char       *title,
                                                       const char       *author,
                                                       GDateTime        *created);

void             coprod_pdf_writer_heading            (CoprodPdfWriter  *self,
                                                       guint             level,
                                                       const char       *text,
                                                       const char       *bookmark);
void             coprod_pdf_writer_paragraph          (CoprodPdfWriter  *self,
                                                       CoprodPdfStyle    style,
                                                       const char       *text);
void             coprod_pdf_writer_bullet             (CoprodPdfWriter  *self,
                                                       CoprodPdfStyle    style,
                                                       const char       *text);
void             coprod_pdf_writer_space              (CoprodPdfWriter  *self,
                                                       double            points);
void             coprod_pdf_writer_page_break         (CoprodPdfWriter  *self);

void             coprod_pdf_writer_begin_table        (CoprodPdfWriter  *self,
                                                       guint             n_columns,
                                                       const double     *widths,
                                                       const char *const *header);
void             coprod_pdf_writer_table_row          (CoprodPdfWriter  *self,
                                                       const char *const *cells,
                                                       const CoprodPdfStyle *styles);
void             coprod_pdf_writer_end_table          (CoprodPdfWriter  *self);

guint            coprod_pdf_writer_count_pages        (CoprodPdfWriter  *self);
gboolean         coprod_pdf_writer_write              (CoprodPdfWriter  *self,
                                                       const char       *path,
                                                       GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoprodPdfWriter, coprod_pdf_writer_free)

G_END_DECLS
