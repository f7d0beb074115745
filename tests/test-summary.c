/* test-summary.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The meeting summary PDF, read back with poppler: the words of every section, what is
 * left out unless asked for, the pages, fonts, metadata and bookmarks, large print, and
 * text nobody planned for (a title of a thousand characters, 500 actions, Welsh, Arabic).
 *
 * With COPROD_TEST_KEEP_PDF=DIR set, every PDF written is also kept in DIR, to look at.
 */

#include <glib/gstdio.h>
#include <poppler.h>

#include "coprod-context.h"
#include "coprod-pdf-writer.h"
#include "coprod-summary.h"
#include "coprod-test-util.h"

typedef struct
{
  char          *data_dir;
  CoprodStore   *store;
  CoprodContext *context;
  CoprodTeam    *team;
  CoprodMeeting *meeting;
  CoprodPerson  *amara;
  CoprodPerson  *ben;
  CoprodPerson  *dafydd;
} Fixture;

typedef struct
{
  PopplerDocument *document;
  GPtrArray       *pages;  /* the text of each page */
  char            *text;   /* all of it */
} Pdf;

static const char *const welsh = "Cyfarfod ŵyr ac ŷd — Dafydd ap Gwŷn";
static const char *const arabic = "ليلى حسن";

static GDateTime *
local (int month,
       int day,
       int hour,
       int minute)
{
  return g_date_time_new_local (2026, month, day, hour, minute, 0);
}

static void
set_actual (Fixture          *f,
            CoprodAgendaItem *item,
            GDateTime        *start,
            GDateTime        *end)
{
  g_autoptr(GError) error = NULL;
  gint64 id = coprod_agenda_item_get_id (item);

  g_assert_true (coprod_store_update (f->store, COPROD_TABLE_AGENDA_ITEM, id, "actual_start",
                                      g_variant_new_int64 (g_date_time_to_unix (start)), &error));
  if (end != NULL)
    g_assert_true (coprod_store_update (f->store, COPROD_TABLE_AGENDA_ITEM, id, "actual_end",
                                        g_variant_new_int64 (g_date_time_to_unix (end)), &error));
  g_assert_no_error (error);
}

static void
attend (Fixture      *f,
        CoprodPerson *person,
        int           minutes,
        gint64        pence)
{
  g_autoptr(GError) error = NULL;
  CoprodAttendance attendance = { TRUE, minutes, pence, FALSE };

  g_assert_true (coprod_meeting_set_attendance (f->meeting, coprod_person_get_id (person),
                                                &attendance, &error));
  g_assert_no_error (error);
}

static void
add_exercise (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  CoprodExercise *exercise = coprod_meeting_ensure_exercise (f->meeting, &error);
  CoprodExpectation *honest, *call_back, *guess, *stray;

  coprod_exercise_add (exercise, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT, COPROD_CATEGORY_BEHAVIOUR,
                       "Tell us honestly when something cannot happen", &error);
  honest = coprod_exercise_add (exercise, COPROD_GROUP_B, COPROD_LIST_WE_EXPECT,
                                COPROD_CATEGORY_TASK, "Bring the letters you have had", &error);
  call_back = coprod_exercise_add (exercise, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT,
                                   COPROD_CATEGORY_TASK, "Call us back within a week", &error);
  guess = coprod_exercise_add (exercise, COPROD_GROUP_B, COPROD_LIST_WE_THINK_THEY_EXPECT,
                               COPROD_CATEGORY_TASK, "Answer the phone the same day", &error);
  stray = coprod_exercise_add (exercise, COPROD_GROUP_B, COPROD_LIST_WE_THINK_THEY_EXPECT,
                               COPROD_CATEGORY_SKILL, "Know every service in the county", &error);
  g_assert_no_error (error);
  g_assert_nonnull (stray);
  g_assert_true (coprod_exercise_set_phase (exercise, COPROD_PHASE_REVEALED, &error));
  g_assert_true (coprod_exercise_pair (exercise, guess, call_back, &error));
  g_assert_true (coprod_exercise_set_phase (exercise, COPROD_PHASE_RESPONDING, &error));
  g_assert_true (coprod_exercise_respond (exercise, call_back, COPROD_RESPONSE_PARTLY,
                                          "Within two weeks in the school holidays", &error));
  g_assert_true (coprod_exercise_respond (exercise, honest, COPROD_RESPONSE_CAN, NULL, &error));
  g_assert_no_error (error);
  coprod_expectation_set_agreed (call_back, TRUE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) starts = local (11, 30, 10, 0);
  g_autoptr(GDateTime) ends = local (11, 30, 12, 0);
  g_autoptr(GDateTime) before = local (11, 2, 10, 0);
  g_autoptr(GDateTime) before_end = local (11, 2, 12, 0);
  g_autoptr(GDateTime) t1 = local (11, 30, 10, 2);
  g_autoptr(GDateTime) t2 = local (11, 30, 10, 25);
  CoprodMeeting *earlier;
  CoprodAgendaItem *item;
  CoprodAction *action;
  GDate due;

  f->data_dir = coprod_test_make_tmp_dir ("coprod-summary");
  f->store = coprod_store_open (f->data_dir, &error);
  g_assert_no_error (error);
  f->context = coprod_context_new (f->store, &error);
  g_assert_no_error (error);
  f->team = coprod_context_create_team (f->context, "Riverside families together", &error);
  f->amara = coprod_team_add_person (f->team, "Amara Okafor", COPROD_SIDE_FAMILY, &error);
  coprod_person_set_access_needs (f->amara, "SECRET-ACCESS hearing loop");
  f->ben = coprod_team_add_person (f->team, "Dr Ben Carter", COPROD_SIDE_PROFESSIONAL, &error);
  f->dafydd = coprod_team_add_person (f->team, "Dafydd ap Gwŷn", COPROD_SIDE_YOUNG_PERSON,
                                      &error);
  coprod_team_add_person (f->team, "Stayed at home", COPROD_SIDE_OTHER, &error);
  earlier = coprod_team_add_meeting (f->team, "November", before, before_end, &error);
  f->meeting = coprod_team_add_meeting (f->team, "Short breaks: what is working", starts, ends,
                                        &error);
  g_assert_no_error (error);
  coprod_meeting_set_place (f->meeting, "The library, Riverside");
  coprod_meeting_set_purpose (f->meeting, "To hear what helps families take a break");
  coprod_meeting_set_private_notes (f->meeting, "PRIVATE-MEETING-NOTE");

  attend (f, f->amara, 150, 1250);
  attend (f, f->ben, 120, 0);
  attend (f, f->dafydd, 90, 400);

  item = coprod_meeting_add_agenda_item (f->meeting, COPROD_AGENDA_KIND_INTRODUCTIONS,
                                         "Welcome and introductions", 20, &error);
  coprod_agenda_item_set_shared_notes (item, "Everyone said what a good break looks like");
  coprod_agenda_item_set_private_notes (item, "PRIVATE-ITEM-NOTE");
  coprod_agenda_item_set_lead_person_id (item, coprod_person_get_id (f->ben));
  set_actual (f, item, t1, t2);
  item = coprod_meeting_add_agenda_item (f->meeting, COPROD_AGENDA_KIND_ITEM,
                                         "What is working", 40, &error);
  set_actual (f, item, t2, NULL);
  coprod_meeting_add_agenda_item (f->meeting, COPROD_AGENDA_KIND_CLOSE, "Close", 10, &error);
  g_assert_no_error (error);
  add_exercise (f);

  g_date_clear (&due, 1);
  g_date_set_dmy (&due, 11, G_DATE_DECEMBER, 2026);
  coprod_team_add_action (f->team, "Send everyone the list of holiday clubs",
                          coprod_person_get_id (f->ben), &due, coprod_meeting_get_id (f->meeting),
                          0, &error);
  g_date_set_dmy (&due, 18, G_DATE_DECEMBER, 2026);
  coprod_team_add_action (f->team, "Ask two other parents what helps",
                          coprod_person_get_id (f->amara), &due,
                          coprod_meeting_get_id (f->meeting), 0, &error);
  g_date_set_dmy (&due, 20, G_DATE_NOVEMBER, 2026);
  action = coprod_team_add_action (f->team, "Find out the budget for next year",
                                   coprod_person_get_id (f->ben), &due,
                                   coprod_meeting_get_id (earlier), 0, &error);
  g_assert_true (coprod_action_set_status (action, COPROD_ACTION_CANNOT,
                                           "Not set until April, sorry",
                                           coprod_meeting_get_id (f->meeting), &error));
  action = coprod_team_add_action (f->team, "Book the room for December",
                                   coprod_person_get_id (f->dafydd), &due,
                                   coprod_meeting_get_id (earlier), 0, &error);
  g_assert_true (coprod_action_add_note (action, "Waiting to hear from the library",
                                         coprod_meeting_get_id (f->meeting), &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  coprod_store_close (f->store, NULL);
  g_clear_object (&f->context);
  g_clear_object (&f->store);
  coprod_test_remove_tmp_dir (f->data_dir);
  g_free (f->data_dir);
}

static void
pdf_free (Pdf *pdf)
{
  g_clear_object (&pdf->document);
  g_clear_pointer (&pdf->pages, g_ptr_array_unref);
  g_free (pdf->text);
  g_free (pdf);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pdf, pdf_free)
/* poppler-glib 22.12 defines none for its own types. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static Pdf *
pdf_open (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  Pdf *pdf = g_new0 (Pdf, 1);
  GString *all = g_string_new (NULL);

  pdf->document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  pdf->pages = g_ptr_array_new_with_free_func (g_free);
  for (int i = 0; i < poppler_document_get_n_pages (pdf->document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf->document, i);
      char *text = poppler_page_get_text (page);

      g_ptr_array_add (pdf->pages, text);
      g_string_append (all, text);
      g_string_append_c (all, '\n');
    }
  pdf->text = g_string_free (all, FALSE);
  return pdf;
}

/* Text laid out across lines comes back with line breaks; words are compared without. */
static char *
flatten (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (joined, "%s%s", joined->len > 0 ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static gboolean
has (Pdf        *pdf,
     const char *words)
{
  g_autofree char *flat = flatten (pdf->text);
  g_autofree char *needle = flatten (words);

  return strstr (flat, needle) != NULL;
}

static guint
pages_with (Pdf        *pdf,
            const char *words)
{
  guint n = 0;

  for (guint i = 0; i < pdf->pages->len; i++)
    {
      g_autofree char *flat = flatten (g_ptr_array_index (pdf->pages, i));

      if (strstr (flat, words) != NULL)
        n++;
    }
  return n;
}

/* Whether the letters of WORDS are in the text, leaving out spaces and the marks that
 * set the direction of writing. poppler gives right-to-left text in the order it is
 * drawn, last letter first, so either order will do. */
static gboolean
has_letters (Pdf        *pdf,
             const char *words)
{
  g_autoptr(GString) letters = g_string_new (NULL);
  g_autoptr(GString) wanted = g_string_new (NULL);
  const char *texts[] = { pdf->text, words };
  GString *into[] = { letters, wanted };
  g_autofree char *reversed = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (const char *p = texts[i]; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (!g_unichar_isspace (c) && !(c >= 0x202a && c <= 0x202e) && c != 0x200f)
          g_string_append_unichar (into[i], c);
      }
  reversed = g_utf8_strreverse (wanted->str, -1);
  return strstr (letters->str, wanted->str) != NULL || strstr (letters->str, reversed) != NULL;
}

/* Whether LEFT and RIGHT start on one line of a page, LEFT first: cells of a table row.
 * Each must be on one line of its cell. */
static gboolean
side_by_side (Pdf        *pdf,
              const char *left,
              const char *right)
{
  for (guint i = 0; i < pdf->pages->len; i++)
    {
      const char *text = g_ptr_array_index (pdf->pages, i);
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf->document, i);
      PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      gboolean found = FALSE;

      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      for (const char *l = strstr (text, left); l != NULL && !found; l = strstr (l + 1, left))
        for (const char *r = strstr (text, right); r != NULL && !found; r = strstr (r + 1, right))
          {
            glong a = g_utf8_pointer_to_offset (text, l);
            glong b = g_utf8_pointer_to_offset (text, r);

            g_assert_cmpint (MAX (a, b), <, n_rects);
            found = ABS (rects[a].y1 - rects[b].y1) < 3 && rects[a].x2 < rects[b].x1;
          }
      g_free (rects);
      if (found)
        return TRUE;
    }
  return FALSE;
}

static char *
write_summary (Fixture            *f,
               CoprodMeeting      *meeting,
               CoprodSummaryFlags  flags,
               const char         *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->data_dir, name, NULL);
  const char *keep = g_getenv ("COPROD_TEST_KEEP_PDF");

  g_assert_true (coprod_summary_write_pdf (f->team, meeting, flags, path, &error));
  g_assert_no_error (error);
  if (keep != NULL)
    {
      g_autofree char *contents = NULL;
      g_autofree char *copy = g_build_filename (keep, name, NULL);
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (copy, contents, length, NULL));
    }
  return path;
}

static void
assert_inside_pages (Pdf *pdf)
{
  for (int i = 0; i < poppler_document_get_n_pages (pdf->document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf->document, i);
      PopplerRectangle *rects = NULL;
      guint n_rects = 0;
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, 595.28, 0.5);
      g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      for (guint r = 0; r < n_rects; r++)
        {
          /* Inside the page, and clear of its edges by a printer's margin. */
          g_assert_cmpfloat (rects[r].x1, >=, 20);
          g_assert_cmpfloat (rects[r].y1, >=, 20);
          g_assert_cmpfloat (rects[r].x2, <=, width - 20);
          g_assert_cmpfloat (rects[r].y2, <=, height - 20);
        }
      g_free (rects);
    }
}

/* The size of the text where WORDS start, the largest if they are in several places;
 * 0 if nowhere. */
static double
size_of (Pdf        *pdf,
         const char *words)
{
  double size = 0;

  for (guint i = 0; i < pdf->pages->len; i++)
    {
      const char *text = g_ptr_array_index (pdf->pages, i);
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf->document, i);
      GList *attributes = poppler_page_get_text_attributes (page);

      for (const char *at = strstr (text, words); at != NULL; at = strstr (at + 1, words))
        {
          glong offset = g_utf8_pointer_to_offset (text, at);

          for (GList *l = attributes; l != NULL; l = l->next)
            {
              PopplerTextAttributes *a = l->data;

              if (a->start_index <= offset && offset <= a->end_index)
                size = MAX (size, a->font_size);
            }
        }
      poppler_page_free_text_attributes (attributes);
    }
  return size;
}

static double
smallest_text (Pdf *pdf)
{
  double smallest = G_MAXDOUBLE;

  for (int i = 0; i < poppler_document_get_n_pages (pdf->document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf->document, i);
      GList *attributes = poppler_page_get_text_attributes (page);

      for (GList *l = attributes; l != NULL; l = l->next)
        smallest = MIN (smallest, ((PopplerTextAttributes *) l->data)->font_size);
      poppler_page_free_text_attributes (attributes);
    }
  return smallest;
}

static void
collect_bookmarks (PopplerIndexIter *iter,
                   GPtrArray        *titles,
                   const char       *prefix)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child;
      g_autofree char *title = g_strconcat (prefix, action->any.title, NULL);

      g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
      g_ptr_array_add (titles, g_strdup (title));
      child = poppler_index_iter_get_child (iter);
      if (child != NULL)
        {
          g_autofree char *deeper = g_strconcat (title, " > ", NULL);

          collect_bookmarks (child, titles, deeper);
          poppler_index_iter_free (child);
        }
      poppler_action_free (action);
    }
  while (poppler_index_iter_next (iter));
}

static gboolean
has_string (GPtrArray  *strings,
            const char *string)
{
  return g_ptr_array_find_with_equal_func (strings, string, g_str_equal, NULL);
}

/* Tests */

static void
test_sections (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = write_summary (f, f->meeting, 0, "summary.pdf");
  g_autoptr(Pdf) pdf = pdf_open (path);
  g_autofree char *last_page = NULL;

  /* The cover, alone on the first page. */
  g_assert_true (strstr (g_ptr_array_index (pdf->pages, 0), "Short breaks: what is working"));
  g_assert_true (has (pdf, "Riverside families together"));
  g_assert_true (has (pdf, "Monday 30 November 2026, 10:00 to 12:00"));
  g_assert_true (has (pdf, "The library, Riverside"));
  g_assert_true (has (pdf, "To hear what helps families take a break"));
  g_assert_null (strstr (g_ptr_array_index (pdf->pages, 0), "Who came"));

  /* Who came: names and sides, nobody who did not come. */
  g_assert_true (side_by_side (pdf, "Amara Okafor", "Family"));
  g_assert_true (side_by_side (pdf, "Dr Ben Carter", "Professional"));
  g_assert_true (side_by_side (pdf, "Dafydd ap Gwŷn", "Young person"));
  g_assert_false (has (pdf, "Stayed at home"));

  /* The agenda, planned beside actual, and the shared notes. */
  g_assert_true (side_by_side (pdf, "10:00 – 10:20", "Welcome and introductions"));
  g_assert_true (side_by_side (pdf, "Welcome and introductions", "10:02 – 10:25"));
  g_assert_true (has (pdf, "Welcome and introductions Led by Dr Ben Carter"));
  g_assert_true (side_by_side (pdf, "10:20 – 11:00", "What is working"));
  g_assert_true (side_by_side (pdf, "What is working", "from 10:25"));
  g_assert_true (has (pdf, "Everyone said what a good break looks like"));

  /* The expectations: the mirror, the answers with their reasons, what was agreed. */
  g_assert_true (has (pdf, "What Families expect of Professionals — and what Professionals "
                           "thought"));
  g_assert_true (side_by_side (pdf, "Call us back within a week", "Answer the phone the same"));
  g_assert_true (side_by_side (pdf, "Tell us honestly", "They expect this — we didn’t guess it"));
  g_assert_true (side_by_side (pdf, "We thought they expected this — they don’t",
                               "Know every service in the county"));
  g_assert_true (side_by_side (pdf, "We can meet this", "Within two weeks"));
  g_assert_true (has (pdf, "What we agreed"));
  g_assert_true (has (pdf, "How Families answered"));

  /* Actions: new ones by owner, and those from before with what became of them. */
  g_assert_true (side_by_side (pdf, "Amara Okafor", "Ask two other"));
  g_assert_true (side_by_side (pdf, "Ask two other", "Friday 18"));
  g_assert_true (side_by_side (pdf, "Friday 18", "Still to do"));
  g_assert_true (side_by_side (pdf, "Dr Ben Carter", "Send everyone the"));
  g_assert_true (side_by_side (pdf, "Send everyone the", "Friday 11"));
  g_assert_true (side_by_side (pdf, "Find out the budget", "Can’t do — here’s why:"));
  g_assert_true (has (pdf, "Can’t do — here’s why: Not set until April, sorry"));
  g_assert_true (side_by_side (pdf, "Book the room for", "Still to do"));
  g_assert_true (has (pdf, "Still to do Waiting to hear from the library"));

  /* Private things and handouts are left out unless asked for; access needs always. */
  g_assert_false (has (pdf, "PRIVATE-MEETING-NOTE"));
  g_assert_false (has (pdf, "PRIVATE-ITEM-NOTE"));
  g_assert_false (has (pdf, "£12.50"));
  g_assert_false (has (pdf, "Time given"));
  g_assert_false (has (pdf, "SECRET-ACCESS"));
  g_assert_false (has (pdf, "Your actions from"));
  /* The glossary: "short breaks", from the title, with what it means; no word unused. */
  g_assert_true (has (pdf, "Words we used"));
  g_assert_true (side_by_side (pdf, "short breaks", "Time away for a disabled child"));
  g_assert_false (has (pdf, "CAMHS"));

  /* Page numbers: "Page 1 of N" first, "Page N of N" last. */
  g_assert_cmpuint (pdf->pages->len, >=, 3);
  g_assert_true (strstr (g_ptr_array_index (pdf->pages, 0), "Page 1 of"));
  last_page = g_strdup_printf ("Page %u of %u", pdf->pages->len, pdf->pages->len);
  g_assert_true (strstr (g_ptr_array_index (pdf->pages, pdf->pages->len - 1), last_page));
  /* The running header from the second page on, not on the cover. */
  g_assert_cmpuint (pages_with (pdf, "Short breaks: what is working"), ==, pdf->pages->len);
  assert_inside_pages (pdf);
}

static void
test_private (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = write_summary (f, f->meeting, COPROD_SUMMARY_PRIVATE, "private.pdf");
  g_autoptr(Pdf) pdf = pdf_open (path);

  g_assert_true (has (pdf, "PRIVATE-MEETING-NOTE"));
  g_assert_true (has (pdf, "PRIVATE-ITEM-NOTE"));
  g_assert_true (side_by_side (pdf, "Amara Okafor", "2 h 30 min"));
  g_assert_true (side_by_side (pdf, "2 h 30 min", "£12.50"));
  g_assert_true (side_by_side (pdf, "Dafydd ap Gwŷn", "1 h 30 min"));
  g_assert_true (side_by_side (pdf, "1 h 30 min", "£4.00"));
  g_assert_false (has (pdf, "SECRET-ACCESS"));
}

static void
test_handouts (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = write_summary (f, f->meeting, COPROD_SUMMARY_HANDOUTS, "handouts.pdf");
  g_autoptr(Pdf) pdf = pdf_open (path);
  const char *expected[][2] = {
    { "For Amara Okafor", "Ask two other parents what helps" },
    { "For Dr Ben Carter", "Send everyone the list of holiday clubs" },
    { "For Dafydd ap Gwŷn", "Book the room for December" },
  };

  /* One page for each of the three with something still to do, each with only theirs. */
  g_assert_cmpuint (pages_with (pdf, "Your actions from Short breaks: what is working"), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const char *page = g_ptr_array_index (pdf->pages, pdf->pages->len - 3 + i);
      g_autofree char *flat = flatten (page);

      g_assert_nonnull (strstr (flat, expected[i][0]));
      g_assert_nonnull (strstr (flat, expected[i][1]));
      g_assert_nonnull (strstr (flat, "By:"));
      for (guint j = 0; j < G_N_ELEMENTS (expected); j++)
        if (j != i)
          g_assert_null (strstr (flat, expected[j][1]));
    }
  /* Done or can't-do actions are not handed out again. */
  g_assert_cmpuint (pages_with (pdf, "Find out the budget"), ==, 1);
  g_assert_true (has (pdf, "Friday 11 December 2026"));
  assert_inside_pages (pdf);
}

static void
test_document (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = write_summary (f, f->meeting, COPROD_SUMMARY_HANDOUTS, "document.pdf");
  g_autoptr(Pdf) pdf = pdf_open (path);
  g_autofree char *title = poppler_document_get_title (pdf->document);
  g_autofree char *author = poppler_document_get_author (pdf->document);
  g_autofree char *creator = poppler_document_get_creator (pdf->document);
  g_autoptr(GPtrArray) bookmarks = g_ptr_array_new_with_free_func (g_free);
  PopplerIndexIter *index;
  PopplerFontInfo *fonts;
  PopplerFontsIter *iter = NULL;
  guint n_fonts = 0;

  g_assert_cmpstr (title, ==, "Short breaks: what is working");
  g_assert_cmpstr (author, ==, "Riverside families together");
  g_assert_true (g_str_has_prefix (creator, "Coprod"));

  /* The language, for screen readers: in a catalog added after cairo's, which poppler
   * reads as the document (its pages and metadata above come through it). */
  {
    g_autofree char *bytes = NULL;
    gsize length = 0;
    const char *lang = NULL;

    g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
    for (gsize i = 0; i + 7 < length && lang == NULL; i++)
      if (memcmp (bytes + i, "/Lang (", 7) == 0)
        lang = bytes + i + 7;
    g_assert_nonnull (lang);
    g_assert_true (g_ascii_isalpha (lang[0]) && g_ascii_isalpha (lang[1]));
    g_assert_cmpuint (length, >, 6);
    g_assert_cmpint (memcmp (bytes + length - 6, "%%EOF\n", 6), ==, 0);
  }
  g_assert_cmpint (poppler_document_get_creation_date (pdf->document), >, 0);

  index = poppler_index_iter_new (pdf->document);
  g_assert_nonnull (index);
  collect_bookmarks (index, bookmarks, "");
  poppler_index_iter_free (index);
  g_assert_true (has_string (bookmarks, "Who came"));
  g_assert_true (has_string (bookmarks, "The agenda"));
  g_assert_true (has_string (bookmarks, "The agenda > Notes from each item > "
                                        "Welcome and introductions"));
  g_assert_true (has_string (bookmarks, "What we expect of each other > What we agreed"));
  g_assert_true (has_string (bookmarks, "Actions > New actions from this meeting"));
  g_assert_true (has_string (bookmarks, "Actions > Actions from earlier meetings"));
  g_assert_true (has_string (bookmarks, "Actions for Dafydd ap Gwŷn"));

  /* Every font is in the file, so it prints the same anywhere. */
  fonts = poppler_font_info_new (pdf->document);
  while (poppler_font_info_scan (fonts, 1, &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          n_fonts++;
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  poppler_font_info_free (fonts);
  g_assert_cmpuint (n_fonts, >, 0);
}

static void
test_large_print (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *normal_path = write_summary (f, f->meeting, COPROD_SUMMARY_HANDOUTS,
                                                "normal.pdf");
  g_autofree char *large_path = write_summary (f, f->meeting,
                                               COPROD_SUMMARY_LARGE_PRINT |
                                               COPROD_SUMMARY_HANDOUTS | COPROD_SUMMARY_PRIVATE,
                                               "large-print.pdf");
  g_autoptr(Pdf) normal = pdf_open (normal_path);
  g_autoptr(Pdf) large = pdf_open (large_path);
  const char *headings[] = { "Who came", "The agenda", "Actions from earlier meetings",
                             "Notes from each item", "Welcome and introductions",
                             "Your actions from" };

  /* Nothing at all under 16 pt, page numbers included; every heading 22 pt or more. */
  g_assert_cmpfloat (smallest_text (large), >=, 15.9);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    g_assert_cmpfloat (size_of (large, headings[i]), >=, 21.9);
  g_assert_cmpfloat (size_of (large, "Everyone said what a good break"), >=, 15.9);

  /* The same words, on more pages. */
  g_assert_cmpfloat (size_of (normal, "Everyone said what a good break"), <, 15);
  g_assert_cmpuint (large->pages->len, >, normal->pages->len);
  g_assert_true (has (large, "Can’t do — here’s why: Not set until April, sorry"));
  g_assert_true (side_by_side (large, "We thought they expected", "Know every service"));
  assert_inside_pages (large);
}

static void
test_unicode (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *title = g_strdup_printf ("%s · %s 👍", welsh, arabic);
  g_autofree char *path = NULL;
  g_autoptr(Pdf) pdf = NULL;
  g_autoptr(GError) error = NULL;
  CoprodPerson *leila = coprod_team_add_person (f->team, arabic, COPROD_SIDE_FAMILY, &error);

  g_assert_no_error (error);
  attend (f, leila, 60, 0);
  coprod_meeting_set_title (f->meeting, title);
  path = write_summary (f, f->meeting, COPROD_SUMMARY_HANDOUTS, "unicode.pdf");
  pdf = pdf_open (path);

  g_assert_true (has (pdf, welsh));
  g_assert_true (has (pdf, "Dafydd ap Gwŷn"));
  /* Right to left: poppler puts spaces and direction marks between some letters. */
  g_assert_true (has_letters (pdf, arabic));
  assert_inside_pages (pdf);

  /* The emoji is drawn from the colour emoji font setup.sh installs, as a picture on
   * the cover, not as a box with its number. */
  {
    g_autoptr(PopplerPage) cover = poppler_document_get_page (pdf->document, 0);
    GList *images = poppler_page_get_image_mapping (cover);

    g_assert_nonnull (images);
    poppler_page_free_image_mapping (images);
  }
}

static void
test_long_title_many_actions (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(Pdf) pdf = NULL;
  guint table_pages = 0;

  /* A thousand characters, with a word longer than a line in the middle. */
  while (title->len < 600)
    g_string_append (title, "Short breaks and what is working for families ");
  g_string_append (title, "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
                          "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch ");
  while (title->len < 1000)
    g_string_append_c (title, 'x');
  coprod_meeting_set_title (f->meeting, title->str);
  coprod_meeting_set_purpose (f->meeting, title->str);

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *text = g_strdup_printf ("Action number %u: phone the short breaks team "
                                               "and ask about the summer", i);
      GDate due;

      g_date_clear (&due, 1);
      g_date_set_dmy (&due, 1 + i % 28, G_DATE_DECEMBER, 2026);
      coprod_team_add_action (f->team, text, coprod_person_get_id (i % 2 ? f->amara : f->ben),
                              &due, coprod_meeting_get_id (f->meeting), 0, &error);
      g_assert_no_error (error);
    }
  path = write_summary (f, f->meeting, COPROD_SUMMARY_HANDOUTS, "long.pdf");
  pdf = pdf_open (path);

  assert_inside_pages (pdf);
  g_assert_true (has (pdf, "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"));
  g_assert_true (has (pdf, "Action number 0: phone"));
  g_assert_true (has (pdf, "Action number 499: phone"));
  /* The running header is one line, cut short with an ellipsis. */
  g_assert_nonnull (strstr (g_ptr_array_index (pdf->pages, 2), "…"));
  /* The table of actions runs over pages, each headed again, up to the handouts. */
  for (guint i = 0; i < pdf->pages->len; i++)
    {
      g_autofree char *flat = flatten (g_ptr_array_index (pdf->pages, i));

      if (strstr (flat, "Your actions from") != NULL)
        break;
      if (strstr (flat, "phone the short breaks team") == NULL)
        continue;
      g_assert_true (strstr (flat, "Who") && strstr (flat, "By when"));
      table_pages++;
    }
  g_assert_cmpuint (table_pages, >, 5);
  /* A handout longer than a page goes on over the next, for Amara and Ben. */
  g_assert_cmpuint (pages_with (pdf, "For Amara Okafor"), ==, 1);
  g_assert_cmpuint (pages_with (pdf, "Action number 499: phone"), ==, 2);
}

static void
test_empty_meeting (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) starts = local (12, 14, 18, 30);
  g_autoptr(GDateTime) ends = local (12, 15, 9, 0);
  CoprodMeeting *empty;
  g_autofree char *path = NULL;
  g_autoptr(Pdf) pdf = NULL;

  /* A new team: nobody, nothing from before. */
  f->team = coprod_context_create_team (f->context, "", &error);
  empty = coprod_team_add_meeting (f->team, "", starts, ends, &error);
  g_assert_no_error (error);
  path = write_summary (f, empty, COPROD_SUMMARY_HANDOUTS | COPROD_SUMMARY_LARGE_PRINT,
                        "empty.pdf");
  pdf = pdf_open (path);

  g_assert_cmpuint (pdf->pages->len, ==, 2);
  g_assert_true (strstr (g_ptr_array_index (pdf->pages, 0), "Meeting summary"));
  g_assert_true (has (pdf, "Monday 14 December 2026, at 18:30"));
  g_assert_true (has (pdf, "Nobody was marked as having come to this meeting."));
  g_assert_true (has (pdf, "There was no agenda for this meeting."));
  g_assert_true (has (pdf, "No new actions were written down in this meeting."));
  g_assert_false (has (pdf, "What we expect of each other"));
  g_assert_false (has (pdf, "Your actions from"));
  {
    g_autofree char *author = poppler_document_get_author (pdf->document);

    /* A team with no name yet: the app's. */
    g_assert_cmpstr (author, ==, "Coprod");
  }
  assert_inside_pages (pdf);
}

static void
test_failure_leaves_nothing (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->data_dir, "no-such-folder", "summary.pdf",
                                               NULL);
  g_autofree char *folder = g_build_filename (f->data_dir, "out", NULL);
  g_autofree char *target = g_build_filename (folder, "summary.pdf", NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n = 0;

  g_assert_false (coprod_summary_write_pdf (f->team, f->meeting, 0, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* A good write leaves the PDF and nothing else beside it. */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_true (coprod_summary_write_pdf (f->team, f->meeting, 0, target, NULL));
  dir = g_dir_open (folder, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_assert_cmpstr (name, ==, "summary.pdf");
      n++;
    }
  g_assert_cmpuint (n, ==, 1);
}

static void
test_glossary (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(Pdf) pdf = NULL;
  const char *flat;

  /* A term of the team's own, used in an action and an expectation; and one nobody
   * explained yet, which has nothing to say in the summary. */
  coprod_team_add_glossary_term (f->team, "holiday clubs", "Clubs in the school holidays.",
                                 NULL, &error);
  coprod_team_add_glossary_term (f->team, "library", "", NULL, &error);
  g_assert_no_error (error);
  coprod_meeting_set_purpose (f->meeting, "To hear what helps families take a break, and "
                                          "what the SENCO can do");
  path = write_summary (f, f->meeting, 0, "glossary.pdf");
  pdf = pdf_open (path);

  g_assert_true (side_by_side (pdf, "holiday clubs", "Clubs in the school holidays."));
  g_assert_true (side_by_side (pdf, "SENCO", "The teacher at school who makes sure"));
  g_assert_true (side_by_side (pdf, "short breaks", "Time away for a disabled child"));
  /* Each once, in the glossary's order, and nothing unused. */
  flat = strstr (pdf->text, "Words we used");
  g_assert_nonnull (flat);
  g_assert_true (strstr (flat, "holiday clubs") < strstr (flat, "SENCO"));
  g_assert_true (strstr (flat, "SENCO") < strstr (flat, "short breaks"));
  g_assert_null (strstr (strstr (flat, "short breaks") + 1, "short breaks"));
  g_assert_null (strstr (flat, "library"));
  g_assert_false (has (pdf, "Resource Allocation System"));
  g_assert_false (has (pdf, "respite"));
}

static void
test_file_name (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GString) long_title = g_string_new (NULL);
  g_autofree char *name = coprod_summary_default_file_name (f->meeting);
  g_autofree char *odd = NULL;
  g_autofree char *longer = NULL;
  g_autofree char *blank = NULL;

  g_assert_cmpstr (name, ==, "Short breaks - what is working - 30 November 2026.pdf");

  coprod_meeting_set_title (f->meeting, "..Who/what?\n\"Tayo's\" <plan> | \\ *now*.. ");
  odd = coprod_summary_default_file_name (f->meeting);
  g_assert_cmpstr (odd, ==, "Who what Tayo's plan now - 30 November 2026.pdf");

  while (long_title->len < 1000)
    g_string_append (long_title, "Cyfarfod ŵyr ");
  coprod_meeting_set_title (f->meeting, long_title->str);
  longer = coprod_summary_default_file_name (f->meeting);
  g_assert_cmpuint (g_utf8_strlen (longer, -1), <=, 80 + strlen (" - 30 November 2026.pdf"));
  g_assert_cmpuint (strlen (longer), <, 200);
  g_assert_true (g_str_has_prefix (longer, "Cyfarfod ŵyr Cyfarfod"));
  g_assert_true (g_utf8_validate (longer, -1, NULL));

  coprod_meeting_set_title (f->meeting, "  ");
  blank = coprod_summary_default_file_name (f->meeting);
  g_assert_cmpstr (blank, ==, "Meeting - 30 November 2026.pdf");
}


/* Text cairo cannot put in a PDF, as each kind reaches the export. The first ones are
 * valid UTF-8 that the store keeps as it is; the last ones are bytes only another
 * program could have written, which reach the PDF writer as they are. */
static const char *const bad_valid[] = {
  "\xef\xbf\xbf",      /* U+FFFF */
  "\xef\xbf\xbe",      /* U+FFFE */
  "\xef\xb7\x90",      /* U+FDD0 */
  "\xef\xb7\xaf",      /* U+FDEF */
  "\xf0\x9f\xbf\xbf",  /* U+1FFFF */
  "\xf4\x8f\xbf\xbf",  /* U+10FFFF */
  "\x01", "\x1b", "\x7f", "\xc2\x85",  /* control characters */
  "\r", "\t", "\n",
  "\"", "\\", "(", ")", "'", "%", "<>", "[]", "\\(", "'\\\"",
};
static const char *const bad_bytes[] = {
  "\xed\xa0\x80",      /* an unpaired surrogate, U+D800 */
  "\xed\xbf\xbf",      /* U+DFFF */
  "\xff", "\xfe", "\xc0\x80", "\xc3", "\xe2\x82", "\xf4\x90\x80\x80", "\x80",
};
static const char *const good[] = {
  "👍", "ليلى", "ŵ", "é", "—", "中文", "👨‍👩‍👧",
};

/* Words made of a random mix of bad and good pieces around MARKER, which must come
 * through; with BYTES, bytes that are not UTF-8 too. */
static char *
random_text (const char *marker,
             gboolean    bytes)
{
  GString *text = g_string_new (NULL);
  int n = g_test_rand_int_range (1, 7);

  for (int i = 0; i < n; i++)
    {
      int kind = g_test_rand_int_range (0, bytes ? 3 : 2);

      if (kind == 0)
        g_string_append (text, bad_valid[g_test_rand_int_range (0, G_N_ELEMENTS (bad_valid))]);
      else if (kind == 1)
        g_string_append (text, good[g_test_rand_int_range (0, G_N_ELEMENTS (good))]);
      else
        g_string_append (text, bad_bytes[g_test_rand_int_range (0, G_N_ELEMENTS (bad_bytes))]);
    }
  g_string_insert (text, g_test_rand_int_range (0, 2) == 0 ? 0 : text->len, " ");
  g_string_insert (text, text->len / 2 * 0, marker);
  g_string_append_c (text, ' ');
  return g_string_free (text, FALSE);
}

static void
assert_clean_document (const char *path,
                       const char *const *markers,
                       guint       n_markers,
                       const char *bookmark_marker)
{
  g_autoptr(Pdf) pdf = pdf_open (path);
  g_autoptr(GPtrArray) bookmarks = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = poppler_document_get_title (pdf->document);
  PopplerIndexIter *index;
  gboolean found = bookmark_marker == NULL;

  for (guint i = 0; i < n_markers; i++)
    if (!has (pdf, markers[i]))
      g_error ("“%s” is not in the summary", markers[i]);
  index = poppler_index_iter_new (pdf->document);
  g_assert_nonnull (index);
  collect_bookmarks (index, bookmarks, "");
  poppler_index_iter_free (index);
  for (guint i = 0; i < bookmarks->len && !found; i++)
    found = strstr (g_ptr_array_index (bookmarks, i), bookmark_marker) != NULL;
  g_assert_true (found);
  g_assert_nonnull (title);
}

/* Titles, names, agenda items, notes, actions and expectations of random mixes of
 * noncharacters, control characters and quotes: every summary is written, opens, and
 * has the clean words. */
static void
test_bad_text_fuzz (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CoprodExercise *exercise = coprod_meeting_get_exercise (f->meeting);
  CoprodAgendaItem *item = coprod_meeting_add_agenda_item (f->meeting, COPROD_AGENDA_KIND_ITEM,
                                                           "x", 5, &error);
  CoprodPerson *person = coprod_team_add_person (f->team, "x", COPROD_SIDE_FAMILY, &error);
  CoprodAction *action = NULL;
  CoprodExpectation *expectation = NULL;
  gint64 started = g_get_monotonic_time ();
  guint cases = 0;

  g_assert_no_error (error);
  if (exercise == NULL)
    {
      add_exercise (f);
      exercise = coprod_meeting_get_exercise (f->meeting);
    }
  attend (f, person, 30, 0);
  action = coprod_team_add_action (f->team, "x", coprod_person_get_id (person), NULL,
                                   coprod_meeting_get_id (f->meeting), 0, &error);
  g_assert_no_error (error);

  /* A few hundred cases, within about a minute on a busy machine. */
  for (guint i = 0; i < 300 && g_get_monotonic_time () - started < 60 * G_USEC_PER_SEC; i++)
    {
      g_autofree char *m_title = g_strdup_printf ("Ktitle%u", i);
      g_autofree char *m_name = g_strdup_printf ("Kname%u", i);
      g_autofree char *m_item = g_strdup_printf ("Kitem%u", i);
      g_autofree char *m_note = g_strdup_printf ("Knote%u", i);
      g_autofree char *m_action = g_strdup_printf ("Kaction%u", i);
      g_autofree char *m_expect = g_strdup_printf ("Kexpect%u", i);
      g_autofree char *m_team = g_strdup_printf ("Kteam%u", i);
      g_autofree char *title = random_text (m_title, FALSE);
      g_autofree char *name = random_text (m_name, FALSE);
      g_autofree char *item_title = random_text (m_item, FALSE);
      g_autofree char *note = random_text (m_note, FALSE);
      g_autofree char *text = random_text (m_action, FALSE);
      g_autofree char *expect = random_text (m_expect, FALSE);
      g_autofree char *team = random_text (m_team, FALSE);
      g_autofree char *path = g_build_filename (f->data_dir, "fuzz.pdf", NULL);
      const char *markers[] = { m_title, m_name, m_item, m_note, m_action, m_expect, m_team };
      CoprodSummaryFlags flags = COPROD_SUMMARY_HANDOUTS |
                                 (i % 3 == 0 ? COPROD_SUMMARY_LARGE_PRINT : 0);

      coprod_meeting_set_title (f->meeting, title);
      coprod_person_set_name (person, name);
      coprod_agenda_item_set_title (item, item_title);
      coprod_agenda_item_set_shared_notes (item, note);
      coprod_action_set_text (action, text);
      coprod_team_set_name (f->team, team);
      if (expectation == NULL || i % 10 == 0)
        expectation = coprod_exercise_add (exercise, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT,
                                           COPROD_CATEGORY_TASK, expect, &error);
      g_assert_no_error (error);
      g_assert_nonnull (expectation);
      coprod_expectation_set_agreed (expectation, TRUE);
      if (i % 10 != 0)
        markers[5] = NULL;

      if (!coprod_summary_write_pdf (f->team, f->meeting, flags, path, &error))
        g_error ("Case %u, title “%s”: %s", i, title, error->message);
      assert_clean_document (path, markers, markers[5] != NULL ? 7 : 5, m_name);
      cases++;
    }
  g_test_message ("%u summaries with bad text, all written", cases);
  g_assert_cmpuint (cases, >=, 100);
}

/* Bytes that are not UTF-8, as another program may have put in the store, reach the
 * PDF writer itself: every kind, in every place a string goes in. */
static void
test_bad_bytes_fuzz (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->data_dir, "bytes.pdf", NULL);

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CoprodPdfWriter) pdf = coprod_pdf_writer_new (i % 2 == 0);
      g_autofree char *m_title = g_strdup_printf ("Btitle%u", i);
      g_autofree char *m_head = g_strdup_printf ("Bhead%u", i);
      g_autofree char *m_body = g_strdup_printf ("Bbody%u", i);
      g_autofree char *m_cell = g_strdup_printf ("Bcell%u", i);
      g_autofree char *title = random_text (m_title, TRUE);
      g_autofree char *author = random_text ("author", TRUE);
      g_autofree char *heading = random_text (m_head, TRUE);
      g_autofree char *bookmark = random_text (m_head, TRUE);
      g_autofree char *body = random_text (m_body, TRUE);
      g_autofree char *cell = random_text (m_cell, TRUE);
      const char *markers[] = { m_title, m_head, m_body, m_cell };
      const double widths[] = { 0.5, 0.5 };

      coprod_pdf_writer_set_metadata (pdf, title, author, NULL);
      coprod_pdf_writer_set_running_header (pdf, title);
      coprod_pdf_writer_paragraph (pdf, COPROD_PDF_TITLE, title);
      coprod_pdf_writer_heading (pdf, 1, heading, i % 2 == 0 ? bookmark : NULL);
      coprod_pdf_writer_paragraph (pdf, COPROD_PDF_BODY, body);
      coprod_pdf_writer_bullet (pdf, COPROD_PDF_BODY, body);
      coprod_pdf_writer_begin_table (pdf, 2, widths, (const char *[]) { cell, title });
      coprod_pdf_writer_table_row (pdf, (const char *[]) { cell, body }, NULL);
      coprod_pdf_writer_end_table (pdf);
      coprod_pdf_writer_page_break (pdf);
      coprod_pdf_writer_paragraph (pdf, COPROD_PDF_BODY, body);
      if (!coprod_pdf_writer_write (pdf, path, &error))
        g_error ("Case %u: %s", i, error->message);
      assert_clean_document (path, markers, G_N_ELEMENTS (markers), m_head);
    }
}

/* Each kind on its own, in the meeting's title, which is the document's title, its
 * running header and the start of every handout's bookmark. */
static void
test_bad_text_kinds (Fixture       *f,
                     gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_valid); i++)
    {
      g_autofree char *title = g_strdup_printf ("Before%sAfter", bad_valid[i]);
      g_autofree char *name = g_strdup_printf ("summary-%u.pdf", i);
      g_autofree char *path = NULL;
      g_autoptr(Pdf) pdf = NULL;
      g_autofree char *pdf_title = NULL;

      coprod_meeting_set_title (f->meeting, title);
      coprod_person_set_name (f->amara, title);
      path = write_summary (f, f->meeting, COPROD_SUMMARY_HANDOUTS, name);
      pdf = pdf_open (path);
      pdf_title = poppler_document_get_title (pdf->document);
      g_assert_true (g_str_has_prefix (pdf_title, "Before"));
      g_assert_true (g_str_has_suffix (pdf_title, "After"));
      g_assert_true (has (pdf, "After"));
      g_assert_true (has (pdf, "Your actions from Before"));
    }

  /* What stays and what goes. */
  {
    struct { const char *in, *out; } cases[] = {
      { "a\xef\xbf\xbf" "b", "a\xef\xbf\xbd" "b" },
      { "a\xef\xb7\x90" "b", "a\xef\xbf\xbd" "b" },
      { "a\xf4\x8f\xbf\xbf" "b", "a\xef\xbf\xbd" "b" },
      { "a\xed\xa0\x80" "b", "a\xef\xbf\xbd" "b" },
      { "a\xff\xfe" "b", "a\xef\xbf\xbd\xef\xbf\xbd" "b" },
      { "a\xc3", "a\xef\xbf\xbd" },
      { "a\x01\x7f\xc2\x85" "b", "ab" },
      { "a\nb\tc", "a b c" },
      { "👍 ليلى \"q\" \\ (p)", "👍 ليلى \"q\" \\ (p)" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autofree char *clean = coprod_pdf_clean_text (cases[i].in, TRUE);

        g_assert_cmpstr (clean, ==, cases[i].out);
      }
    g_assert_null (coprod_pdf_clean_text (NULL, FALSE));
  }
}

/* The summary names everyone who came, those kept off the shared screen too, unless
 * asked to leave their names out: then they are "a family member" everywhere. */
static void
test_unshown_names (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *named_path = NULL;
  g_autofree char *left_out_path = NULL;
  g_autoptr(Pdf) named = NULL;
  g_autoptr(Pdf) left_out = NULL;
  g_autoptr(GPtrArray) bookmarks = g_ptr_array_new_with_free_func (g_free);
  PopplerIndexIter *index;
  GListModel *agenda = coprod_meeting_get_agenda (f->meeting);
  g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, 0);

  coprod_person_set_show_on_shared_screen (f->amara, FALSE);
  coprod_person_set_show_on_shared_screen (f->dafydd, FALSE);
  coprod_agenda_item_set_lead_person_id (item, coprod_person_get_id (f->amara));

  named_path = write_summary (f, f->meeting, COPROD_SUMMARY_HANDOUTS, "named.pdf");
  named = pdf_open (named_path);
  g_assert_true (side_by_side (named, "Amara Okafor", "Family"));
  g_assert_true (side_by_side (named, "Dafydd ap Gwŷn", "Young person"));
  g_assert_true (has (named, "For Amara Okafor"));
  g_assert_true (has (named, "For Dafydd ap Gwŷn"));
  g_assert_true (has (named, "Led by Amara Okafor"));
  g_assert_true (side_by_side (named, "Amara Okafor", "Ask two other parents"));

  left_out_path = write_summary (f, f->meeting,
                                 COPROD_SUMMARY_HANDOUTS | COPROD_SUMMARY_LEAVE_OUT_UNSHOWN_NAMES |
                                 COPROD_SUMMARY_PRIVATE,
                                 "left-out.pdf");
  left_out = pdf_open (left_out_path);
  g_assert_false (has (left_out, "Amara"));
  g_assert_false (has (left_out, "Okafor"));
  g_assert_false (has (left_out, "Dafydd"));
  g_assert_true (side_by_side (left_out, "a family member", "Family"));
  g_assert_true (side_by_side (left_out, "a young person", "Young person"));
  g_assert_true (has (left_out, "Led by a family member"));
  g_assert_true (has (left_out, "For a family member"));
  g_assert_true (has (left_out, "For a young person"));
  g_assert_true (side_by_side (left_out, "a family", "Ask two other parents"));
  g_assert_true (side_by_side (left_out, "a young", "Book the room"));
  /* Everyone else is named as before, and the handouts are all there. */
  g_assert_true (side_by_side (left_out, "Dr Ben Carter", "Professional"));
  g_assert_true (has (left_out, "For Dr Ben Carter"));
  g_assert_cmpuint (pages_with (left_out, "Your actions from"), ==, 3);

  index = poppler_index_iter_new (left_out->document);
  collect_bookmarks (index, bookmarks, "");
  poppler_index_iter_free (index);
  g_assert_true (has_string (bookmarks, "Actions for a family member"));
  for (guint i = 0; i < bookmarks->len; i++)
    g_assert_null (strstr (g_ptr_array_index (bookmarks, i), "Amara"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/summary/sections", test_sections);
  ADD ("/summary/glossary", test_glossary);
  ADD ("/summary/private", test_private);
  ADD ("/summary/handouts", test_handouts);
  ADD ("/summary/document", test_document);
  ADD ("/summary/large-print", test_large_print);
  ADD ("/summary/unicode", test_unicode);
  ADD ("/summary/long-title-many-actions", test_long_title_many_actions);
  ADD ("/summary/empty-meeting", test_empty_meeting);
  ADD ("/summary/failure-leaves-nothing", test_failure_leaves_nothing);
  ADD ("/summary/file-name", test_file_name);
  ADD ("/summary/bad-text-kinds", test_bad_text_kinds);
  ADD ("/summary/bad-text-fuzz", test_bad_text_fuzz);
  ADD ("/summary/bad-bytes-fuzz", test_bad_bytes_fuzz);
  ADD ("/summary/unshown-names", test_unshown_names);
#undef ADD

  return g_test_run ();
}
