/* coprod-summary.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The meeting summary, a PDF for everyone who came and for anyone who could not: who
 * came, the agenda as planned and as it ran, what each group expects of the other and
 * how they answered, and who will do what by when. Families new to working this way
 * have "a strong need for information and reassurance" (seed 004), so it is written in
 * plain words, and a large-print version and a page of one's own actions are a tick
 * away. Private things (notes for the facilitator, what people are paid) are left out
 * unless asked for; access needs never go in at all.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "coprod-pdf-writer.h"
#include "coprod-meeting-words.h"
#include "coprod-summary.h"

typedef struct
{
  CoprodTeam         *team;
  CoprodMeeting      *meeting;
  CoprodSummaryFlags  flags;
  CoprodPdfWriter    *pdf;
  GPtrArray          *new_actions;      /* made in this meeting */
  GPtrArray          *earlier_actions;  /* from earlier meetings, looked at in this one */
} Summary;

/* The longest title kept whole in a file name, in characters. */
#define FILE_NAME_TITLE_MAX 80
/* The longest title kept whole at the top of a handout. */
#define HANDOUT_TITLE_MAX 100

/* Helpers */

static gboolean
show_private (Summary *self)
{
  return (self->flags & COPROD_SUMMARY_PRIVATE) != 0;
}

/* Text from the store may not be UTF-8 (another program wrote it), and GLib's UTF-8
 * functions may read past the end of such text: it is not blank, since what is there
 * comes out as U+FFFD. */
static gboolean
is_blank (const char *text)
{
  return g_utf8_validate (text != NULL ? text : "", -1, NULL) && coprod_text_is_blank (text);
}

static const char *
meeting_title (CoprodMeeting *meeting)
{
  const char *title = coprod_meeting_get_title (meeting);

  return is_blank (title) ? _("Meeting") : title;
}

/* TEXT, cut after MAX characters with an ellipsis. */
static char *
shorten (const char *text,
         glong       max)
{
  g_autofree char *clean = coprod_pdf_clean_text (text, FALSE);
  g_autofree char *start = NULL;

  if (g_utf8_strlen (clean, -1) <= max)
    return g_steal_pointer (&clean);
  start = g_utf8_substring (clean, 0, max);
  g_strchomp (start);
  return g_strconcat (start, "…", NULL);
}

static char *
format_day (GDateTime *when)
{
  /* Translators: a meeting's date in a printed summary; see g_date_time_format() */
  return g_date_time_format (when, _("%A %-d %B %Y"));
}

static char *
format_time (GDateTime *when)
{
  return g_date_time_format (when, "%H:%M");
}

static char *
format_unix_time (gint64 unix_time)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (unix_time);

  return when != NULL ? format_time (when) : g_strdup ("");
}

static char *
format_due (CoprodAction *action)
{
  GDate due;
  char text[128];

  if (!coprod_action_get_due (action, &due))
    return g_strdup (_("No date set"));
  /* Translators: when an action is due; see strftime() */
  if (g_date_strftime (text, sizeof text, _("%A %-d %B %Y"), &due) == 0)
    return g_strdup (coprod_action_get_due_iso (action));
  return g_strdup (text);
}

static char *
when_the_meeting_is (CoprodMeeting *meeting)
{
  GDateTime *starts = coprod_meeting_get_starts_at (meeting);
  GDateTime *ends = coprod_meeting_get_planned_end (meeting);
  g_autofree char *day = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (starts == NULL)
    return NULL;
  day = format_day (starts);
  from = format_time (starts);
  if (ends == NULL || g_date_time_get_day_of_year (ends) != g_date_time_get_day_of_year (starts))
    /* Translators: a meeting's day and the time it starts */
    return g_strdup_printf (_("%s, at %s"), day, from);
  to = format_time (ends);
  /* Translators: a meeting's day, the time it starts and the time it ends */
  return g_strdup_printf (_("%s, %s to %s"), day, from, to);
}

static const char *
side_words (CoprodSide side)
{
  switch (side)
    {
    case COPROD_SIDE_FAMILY:
      return _("Family");
    case COPROD_SIDE_YOUNG_PERSON:
      return _("Young person");
    case COPROD_SIDE_PROFESSIONAL:
      return _("Professional");
    case COPROD_SIDE_OTHER:
    default:
      return _("Other");
    }
}

/* How the summary names PERSON, or NULL when they have no name. People who asked not
 * to be shown on the shared screen are named like everyone else (they were in the room,
 * and have actions), unless the facilitator chose to leave their names out: then only
 * their side is said, everywhere a name would be. */
static const char *
person_name (Summary      *self,
             CoprodPerson *person)
{
  if ((self->flags & COPROD_SUMMARY_LEAVE_OUT_UNSHOWN_NAMES) != 0 &&
      !coprod_person_get_show_on_shared_screen (person))
    switch (coprod_person_get_side (person))
      {
      case COPROD_SIDE_FAMILY:
        return _("a family member");
      case COPROD_SIDE_YOUNG_PERSON:
        return _("a young person");
      case COPROD_SIDE_PROFESSIONAL:
        return _("a professional");
      case COPROD_SIDE_OTHER:
      default:
        return _("someone who came");
      }
  if (is_blank (coprod_person_get_name (person)))
    return NULL;
  return coprod_person_get_name (person);
}

static const char *
owner_name (Summary      *self,
            CoprodAction *action)
{
  gint64 id = coprod_action_get_owner_person_id (action);
  CoprodPerson *person = id != 0 ? coprod_team_find_person (self->team, id) : NULL;
  const char *name = person != NULL ? person_name (self, person) : NULL;

  return name != NULL ? name : _("Not decided yet");
}

/* Actions by owner, in the team's order of people, then by due date. */
static int
compare_by_owner (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  Summary *self = user_data;
  CoprodAction *x = *(CoprodAction **) a;
  CoprodAction *y = *(CoprodAction **) b;
  g_autofree char *owner_x = coprod_pdf_clean_text (owner_name (self, x), TRUE);
  g_autofree char *owner_y = coprod_pdf_clean_text (owner_name (self, y), TRUE);
  int by_owner = g_utf8_collate (owner_x, owner_y);
  GDate due_x, due_y;
  gboolean has_x = coprod_action_get_due (x, &due_x);
  gboolean has_y = coprod_action_get_due (y, &due_y);

  if (by_owner != 0)
    return by_owner;
  if (has_x != has_y)
    return has_x ? -1 : 1;
  if (has_x && g_date_compare (&due_x, &due_y) != 0)
    return g_date_compare (&due_x, &due_y);
  return coprod_action_get_id (x) < coprod_action_get_id (y) ? -1 : 1;
}

static gboolean
contains_action (GPtrArray    *actions,
                 CoprodAction *action)
{
  return g_ptr_array_find (actions, action, NULL);
}

/* The actions made in this meeting, and those from earlier ones that it looked at:
 * those due for review, and any other that was updated in it. */
static gboolean
collect_actions (Summary  *self,
                 GError  **error)
{
  GListModel *actions = coprod_team_get_actions (self->team);
  gint64 meeting_id = coprod_meeting_get_id (self->meeting);

  self->new_actions = g_ptr_array_new_with_free_func (g_object_unref);
  self->earlier_actions = coprod_team_dup_actions_to_review (self->team, self->meeting);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CoprodAction) action = g_list_model_get_item (actions, i);
      g_autoptr(GPtrArray) history = NULL;

      if (coprod_action_get_meeting_id (action) == meeting_id)
        {
          g_ptr_array_add (self->new_actions, g_steal_pointer (&action));
          continue;
        }
      if (contains_action (self->earlier_actions, action))
        continue;
      history = coprod_action_dup_history (action, error);
      if (history == NULL)
        return FALSE;
      for (guint h = 0; h < history->len; h++)
        {
          CoprodActionUpdate *update = g_ptr_array_index (history, h);

          if (update->meeting_id == meeting_id)
            {
              g_ptr_array_add (self->earlier_actions, g_steal_pointer (&action));
              break;
            }
        }
    }
  g_ptr_array_sort_with_data (self->new_actions, compare_by_owner, self);
  g_ptr_array_sort_with_data (self->earlier_actions, compare_by_owner, self);
  return TRUE;
}

/* The cover */

static void
append_fact (Summary    *self,
             const char *label,
             const char *value)
{
  if (is_blank (value))
    return;
  coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_STRONG, label);
  coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_BODY, value);
  coprod_pdf_writer_space (self->pdf, coprod_pdf_writer_get_size (self->pdf, COPROD_PDF_BODY));
}

static void
append_cover (Summary *self)
{
  g_autofree char *when = when_the_meeting_is (self->meeting);

  coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_SUBTITLE, _("Meeting summary"));
  coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_TITLE, meeting_title (self->meeting));
  coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_SUBTITLE,
                               coprod_team_get_name (self->team));
  coprod_pdf_writer_space (self->pdf, 2 * coprod_pdf_writer_get_size (self->pdf,
                                                                      COPROD_PDF_BODY));
  append_fact (self, _("When"), when);
  append_fact (self, _("Where"), coprod_meeting_get_place (self->meeting));
  append_fact (self, _("What the meeting was for"), coprod_meeting_get_purpose (self->meeting));
  coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_NOTE,
                               _("This summary is for everyone who came, and for anyone who "
                                 "could not. If anything in it is wrong or unclear, please "
                                 "tell the person who ran the meeting."));
  coprod_pdf_writer_page_break (self->pdf);
}

/* Who came */

static char *
format_minutes (int minutes)
{
  if (minutes <= 0)
    return g_strdup ("");
  if (minutes < 60)
    /* Translators: time given to a meeting, under an hour */
    return g_strdup_printf (_("%d min"), minutes);
  /* Translators: time given to a meeting, in hours and minutes */
  return g_strdup_printf (_("%d h %02d min"), minutes / 60, minutes % 60);
}

static char *
format_pence (gint64 pence)
{
  g_autofree char *amount = NULL;

  if (pence <= 0)
    return g_strdup ("");
  amount = g_strdup_printf ("%" G_GINT64_FORMAT ".%02d", pence / 100, (int) (pence % 100));
  /* Translators: an amount of money paid in expenses, in pounds */
  return g_strdup_printf (_("£%s"), amount);
}

static void
append_who_came (Summary *self)
{
  GListModel *people = coprod_team_get_people (self->team);
  const double widths[] = { 0.55, 0.45 };
  const double private_widths[] = { 0.40, 0.25, 0.17, 0.18 };
  const char *header[] = { _("Name"), _("Side"), _("Time given"), _("Expenses") };

  coprod_pdf_writer_heading (self->pdf, 1, _("Who came"), NULL);
  if (coprod_team_count_attended (self->team, self->meeting) == 0)
    {
      coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_NOTE,
                                   _("Nobody was marked as having come to this meeting."));
      return;
    }

  if (show_private (self))
    coprod_pdf_writer_begin_table (self->pdf, 4, private_widths, header);
  else
    coprod_pdf_writer_begin_table (self->pdf, 2, widths, header);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
      CoprodAttendance attendance;
      g_autofree char *minutes = NULL;
      g_autofree char *expenses = NULL;

      if (!coprod_meeting_get_attendance (self->meeting, coprod_person_get_id (person),
                                          &attendance) || !attendance.attended)
        continue;
      if (show_private (self))
        {
          minutes = format_minutes (attendance.minutes);
          expenses = format_pence (attendance.expenses_pence);
        }
      coprod_pdf_writer_table_row (self->pdf,
                                   (const char *[]) { person_name (self, person),
                                                      side_words (coprod_person_get_side (person)),
                                                      minutes, expenses },
                                   NULL);
    }
  coprod_pdf_writer_end_table (self->pdf);
}

/* The agenda */

static char *
format_span (GDateTime *start,
             GDateTime *end)
{
  g_autofree char *from = format_time (start);
  g_autofree char *to = format_time (end);

  /* Translators: from one time to another, as in “10:00 – 10:20” */
  return g_strdup_printf (_("%s – %s"), from, to);
}

static char *
format_actual (gint64 start,
               gint64 end)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (start <= 0)
    return g_strdup ("—");
  from = format_unix_time (start);
  if (end <= 0)
    /* Translators: an agenda item that started at a time and was not marked as ended */
    return g_strdup_printf (_("from %s"), from);
  to = format_unix_time (end);
  return g_strdup_printf (_("%s – %s"), from, to);
}

static gboolean
append_agenda_table (Summary     *self,
                     GListModel  *agenda,
                     GError     **error)
{
  g_autoptr(CoprodSchedule) schedule = NULL;
  const double widths[] = { 0.22, 0.56, 0.22 };
  const char *header[] = { _("Planned"), _("What"), _("What happened") };
  guint n_slots;

  schedule = coprod_meeting_compute_schedule (self->meeting, coprod_team_needs_breaks (self->team),
                                              coprod_team_get_break_after_minutes (self->team));
  n_slots = schedule != NULL ? coprod_schedule_get_n_slots (schedule) : 0;
  coprod_pdf_writer_begin_table (self->pdf, 3, widths, header);
  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, i);
      const CoprodScheduleSlot *slot = i < n_slots ? coprod_schedule_get_slot (schedule, i) : NULL;
      gint64 lead_id = coprod_agenda_item_get_lead_person_id (item);
      CoprodPerson *lead = lead_id != 0 ? coprod_team_find_person (self->team, lead_id) : NULL;
      g_autofree char *planned = NULL;
      g_autofree char *actual = NULL;
      g_autofree char *what = NULL;
      gint64 start, end;

      if (!coprod_agenda_item_read_actual_times (item, &start, &end, error))
        {
          coprod_pdf_writer_end_table (self->pdf);
          return FALSE;
        }
      planned = slot != NULL && slot->start != NULL && slot->end != NULL ?
                format_span (slot->start, slot->end) : g_strdup ("");
      actual = format_actual (start, end);
      if (lead != NULL && person_name (self, lead) != NULL)
        /* Translators: an agenda item's title, then who led it */
        what = g_strdup_printf (_("%s\nLed by %s"), coprod_agenda_item_get_title (item),
                                person_name (self, lead));
      else
        what = g_strdup (coprod_agenda_item_get_title (item));
      coprod_pdf_writer_table_row (self->pdf, (const char *[]) { planned, what, actual }, NULL);
    }
  coprod_pdf_writer_end_table (self->pdf);
  return TRUE;
}

static void
append_agenda_notes (Summary    *self,
                     GListModel *agenda)
{
  gboolean headed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, i);
      const char *shared = coprod_agenda_item_get_shared_notes (item);
      const char *private = show_private (self) ? coprod_agenda_item_get_private_notes (item) : NULL;

      if (is_blank (shared) && is_blank (private))
        continue;
      if (!headed)
        coprod_pdf_writer_heading (self->pdf, 2, _("Notes from each item"), NULL);
      headed = TRUE;
      coprod_pdf_writer_heading (self->pdf, 3, coprod_agenda_item_get_title (item), NULL);
      if (!is_blank (shared))
        coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_BODY, shared);
      if (!is_blank (private))
        {
          /* Translators: before the facilitator's own notes on an agenda item */
          g_autofree char *text = g_strdup_printf (_("Private notes, not for sharing: %s"),
                                                   private);

          coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_NOTE, text);
        }
    }
}

static gboolean
append_agenda (Summary  *self,
               GError  **error)
{
  GListModel *agenda = coprod_meeting_get_agenda (self->meeting);

  coprod_pdf_writer_heading (self->pdf, 1, _("The agenda"), NULL);
  if (g_list_model_get_n_items (agenda) == 0)
    {
      coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_NOTE,
                                   _("There was no agenda for this meeting."));
      return TRUE;
    }
  coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_BODY,
                               _("What we planned to talk about and when, beside when it "
                                 "really happened."));
  if (!append_agenda_table (self, agenda, error))
    return FALSE;
  append_agenda_notes (self, agenda);
  return TRUE;
}

/* The expectations exercise */

static void
append_mirror (Summary        *self,
               CoprodExercise *exercise,
               CoprodGroup     about)
{
  const char *us = coprod_team_get_group_label (self->team, about);
  const char *them = coprod_team_get_group_label (self->team, COPROD_OTHER_GROUP (about));
  g_autoptr(GPtrArray) rows = coprod_exercise_dup_mirror (exercise, about);
  g_autofree char *title = NULL;
  g_autofree char *thought = NULL;
  g_autofree char *answered = NULL;
  const double mirror_widths[] = { 0.5, 0.5 };
  const double answer_widths[] = { 0.42, 0.24, 0.34 };
  gboolean any_answers = FALSE;

  /* Translators: the expectations compared, as in “What Professionals expect of
   * Families — and what Families thought” */
  title = g_strdup_printf (_("What %1$s expect of %2$s — and what %2$s thought"), them, us);
  coprod_pdf_writer_heading (self->pdf, 2, title, NULL);
  if (rows->len == 0)
    {
      coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_NOTE,
                                   _("Nothing was written on these lists."));
      return;
    }

  /* Translators: above what the other group guessed, as in “Families thought” */
  thought = g_strdup_printf (_("%s thought"), us);
  coprod_pdf_writer_begin_table (self->pdf, 2, mirror_widths, (const char *[]) { them, thought });
  for (guint i = 0; i < rows->len; i++)
    {
      CoprodMirrorRow *row = g_ptr_array_index (rows, i);
      const char *cells[2] = {
        row->actual != NULL ? coprod_expectation_get_text (row->actual) :
                              _("We thought they expected this — they don’t"),
        row->guess != NULL ? coprod_expectation_get_text (row->guess) :
                             _("They expect this — we didn’t guess it"),
      };
      CoprodPdfStyle styles[2] = {
        row->actual != NULL ? COPROD_PDF_BODY : COPROD_PDF_NOTE,
        row->guess != NULL ? COPROD_PDF_BODY : COPROD_PDF_NOTE,
      };

      coprod_pdf_writer_table_row (self->pdf, cells, styles);
      any_answers |= row->actual != NULL;
    }
  coprod_pdf_writer_end_table (self->pdf);
  if (!any_answers)
    return;

  /* Translators: how a group answered what the other expects of it */
  answered = g_strdup_printf (_("How %s answered"), us);
  coprod_pdf_writer_heading (self->pdf, 3, answered, NULL);
  coprod_pdf_writer_begin_table (self->pdf, 3, answer_widths,
                                 (const char *[]) { them, _("Answer"), _("Why") });
  for (guint i = 0; i < rows->len; i++)
    {
      CoprodMirrorRow *row = g_ptr_array_index (rows, i);
      CoprodResponse response;

      if (row->actual == NULL)
        continue;
      response = coprod_expectation_get_response (row->actual);
      coprod_pdf_writer_table_row (self->pdf,
                                   (const char *[]) {
                                     coprod_expectation_get_text (row->actual),
                                     coprod_response_to_string (response),
                                     coprod_expectation_get_response_note (row->actual),
                                   },
                                   (CoprodPdfStyle[]) {
                                     COPROD_PDF_BODY,
                                     response == COPROD_RESPONSE_NONE ? COPROD_PDF_NOTE :
                                                                        COPROD_PDF_STRONG,
                                     COPROD_PDF_BODY,
                                   });
    }
  coprod_pdf_writer_end_table (self->pdf);
}

static void
append_exercise (Summary *self)
{
  CoprodExercise *exercise = coprod_meeting_get_exercise (self->meeting);
  g_autoptr(GPtrArray) agreements = NULL;

  if (exercise == NULL)
    return;

  coprod_pdf_writer_heading (self->pdf, 1, _("What we expect of each other"), NULL);
  coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_BODY,
                               _("Each group wrote down what it expects of the other, and what "
                                 "it thought the other expects of it. Here they are side by "
                                 "side, with each group’s answers."));
  append_mirror (self, exercise, COPROD_GROUP_A);
  append_mirror (self, exercise, COPROD_GROUP_B);

  coprod_pdf_writer_heading (self->pdf, 2, _("What we agreed"), NULL);
  agreements = coprod_exercise_dup_agreements (exercise);
  if (agreements->len == 0)
    coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_NOTE,
                                 _("Nothing was marked as agreed."));
  for (guint i = 0; i < agreements->len; i++)
    coprod_pdf_writer_bullet (self->pdf, COPROD_PDF_BODY,
                              coprod_expectation_get_text (g_ptr_array_index (agreements, i)));
}

/* Actions */

static char *
what_happened (Summary       *self,
               CoprodAction  *action,
               GError       **error)
{
  g_autoptr(GPtrArray) history = coprod_action_dup_history (action, error);
  const char *note = coprod_action_get_status_note (action);
  GString *text = g_string_new (NULL);

  if (history == NULL)
    return g_string_free (text, TRUE);

  switch (coprod_action_get_status (action))
    {
    case COPROD_ACTION_DONE:
      g_string_append (text, _("Done"));
      if (!is_blank (note))
        g_string_append_printf (text, ": %s", note);
      break;
    case COPROD_ACTION_CANNOT:
      /* Translators: an action someone could not do, then the reason they gave */
      g_string_append_printf (text, _("Can’t do — here’s why: %s"), note);
      break;
    case COPROD_ACTION_OPEN:
    default:
      g_string_append (text, _("Still to do"));
      break;
    }
  for (guint i = 0; i < history->len; i++)
    {
      CoprodActionUpdate *update = g_ptr_array_index (history, i);

      if (update->meeting_id != coprod_meeting_get_id (self->meeting) ||
          is_blank (update->note) ||
          g_strcmp0 (update->note, note) == 0)
        continue;
      g_string_append_c (text, '\n');
      g_string_append (text, update->note);
    }
  return g_string_free (text, FALSE);
}

/* ACTIONS in a table: who, what, by when, and what became of each under LAST_COLUMN. */
static gboolean
append_action_table (Summary     *self,
                     GPtrArray   *actions,
                     const char  *last_column,
                     GError     **error)
{
  const double widths[] = { 0.20, 0.32, 0.20, 0.28 };
  gboolean written = TRUE;

  coprod_pdf_writer_begin_table (self->pdf, 4, widths,
                                 (const char *[]) { _("Who"), _("What"), _("By when"),
                                                    last_column });
  for (guint i = 0; written && i < actions->len; i++)
    {
      CoprodAction *action = g_ptr_array_index (actions, i);
      g_autofree char *due = format_due (action);
      g_autofree char *outcome = what_happened (self, action, error);

      written = outcome != NULL;
      if (written)
        coprod_pdf_writer_table_row (self->pdf,
                                     (const char *[]) { owner_name (self, action),
                                                        coprod_action_get_text (action), due,
                                                        outcome },
                                     NULL);
    }
  coprod_pdf_writer_end_table (self->pdf);
  return written;
}

static gboolean
append_actions (Summary  *self,
                GError  **error)
{
  coprod_pdf_writer_heading (self->pdf, 1, _("Actions"), NULL);
  coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_BODY,
                               _("Who said they would do what, and by when."));

  coprod_pdf_writer_heading (self->pdf, 2, _("New actions from this meeting"), NULL);
  if (self->new_actions->len == 0)
    coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_NOTE,
                                 _("No new actions were written down in this meeting."));
  /* A summary made again later says what has become of them since. */
  else if (!append_action_table (self, self->new_actions, _("Where it stands"), error))
    return FALSE;

  coprod_pdf_writer_heading (self->pdf, 2, _("Actions from earlier meetings"), NULL);
  if (self->earlier_actions->len == 0)
    {
      coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_NOTE,
                                   _("There were no actions from earlier meetings to look at."));
      return TRUE;
    }
  return append_action_table (self, self->earlier_actions, _("What happened"), error);
}

/* The glossary: the words of the team's glossary used in the meeting, each once with
 * what it means, in the order of the words. Left out when there are none. */
static void
append_glossary (Summary *self)
{
  g_autoptr(GPtrArray) words = coprod_team_dup_meeting_words (self->team, self->meeting,
                                                              COPROD_MEETING_WORDS_DEFAULT);
  const double widths[] = { 0.3, 0.7 };
  gboolean any = FALSE;

  for (guint i = 0; i < words->len; i++)
    {
      CoprodMeetingWord *word = g_ptr_array_index (words, i);
      /* A word nobody has explained yet has nothing to tell the reader. */
      if (word->meaning == NULL)
        continue;
      if (!any)
        {
          coprod_pdf_writer_heading (self->pdf, 1, _("Words we used"), NULL);
          coprod_pdf_writer_begin_table (self->pdf, 2, widths,
                                         (const char *[]) { _("Word"), _("What it means") });
          any = TRUE;
        }
      coprod_pdf_writer_table_row (self->pdf, (const char *[]) { word->word, word->meaning },
                                   (CoprodPdfStyle[]) { COPROD_PDF_STRONG, COPROD_PDF_BODY });
    }
  if (any)
    coprod_pdf_writer_end_table (self->pdf);
}

static void
append_private_notes (Summary *self)
{
  const char *notes = coprod_meeting_get_private_notes (self->meeting);

  if (!show_private (self) || is_blank (notes))
    return;
  coprod_pdf_writer_heading (self->pdf, 1, _("Private notes"), NULL);
  coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_NOTE,
                               _("For the person who ran the meeting, not for sharing."));
  coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_BODY, notes);
}

/* Handouts: one page for each person with something to do, in the team's order. */

static void
append_handout_actions (Summary      *self,
                        CoprodPerson *person,
                        GPtrArray    *actions,
                        gboolean      earlier)
{
  for (guint i = 0; i < actions->len; i++)
    {
      CoprodAction *action = g_ptr_array_index (actions, i);
      g_autofree char *due = NULL;
      g_autofree char *text = NULL;

      if (coprod_action_get_owner_person_id (action) != coprod_person_get_id (person) ||
          coprod_action_get_status (action) != COPROD_ACTION_OPEN)
        continue;
      due = format_due (action);
      if (earlier)
        /* Translators: an action on a handout, its due date, and where it came from */
        text = g_strdup_printf (_("%s\nBy: %s (from an earlier meeting)"),
                                coprod_action_get_text (action), due);
      else
        /* Translators: an action on a handout, then its due date */
        text = g_strdup_printf (_("%s\nBy: %s"), coprod_action_get_text (action), due);
      coprod_pdf_writer_bullet (self->pdf, COPROD_PDF_LARGE, text);
    }
}

static gboolean
has_open_action (GPtrArray *actions,
                 gint64     person_id)
{
  for (guint i = 0; i < actions->len; i++)
    {
      CoprodAction *action = g_ptr_array_index (actions, i);

      if (coprod_action_get_owner_person_id (action) == person_id &&
          coprod_action_get_status (action) == COPROD_ACTION_OPEN)
        return TRUE;
    }
  return FALSE;
}

static void
append_handouts (Summary *self)
{
  GListModel *people = coprod_team_get_people (self->team);
  g_autofree char *title = shorten (meeting_title (self->meeting), HANDOUT_TITLE_MAX);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);
      gint64 id = coprod_person_get_id (person);
      g_autofree char *heading = NULL;
      g_autofree char *bookmark = NULL;
      g_autofree char *for_whom = NULL;
      const char *name = person_name (self, person);

      if (name == NULL)
        name = "";
      if (!has_open_action (self->new_actions, id) && !has_open_action (self->earlier_actions, id))
        continue;

      /* Translators: at the top of a person's own page of actions; %s is the meeting */
      heading = g_strdup_printf (_("Your actions from %s"), title);
      /* Translators: a person's own page of actions, in the PDF's bookmarks */
      bookmark = g_strdup_printf (_("Actions for %s"), name);
      /* Translators: whose page of actions this is */
      for_whom = g_strdup_printf (_("For %s"), name);
      coprod_pdf_writer_page_break (self->pdf);
      coprod_pdf_writer_heading (self->pdf, 1, heading, bookmark);
      coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_SUBTITLE, for_whom);
      coprod_pdf_writer_space (self->pdf, coprod_pdf_writer_get_size (self->pdf, COPROD_PDF_BODY));
      append_handout_actions (self, person, self->new_actions, FALSE);
      append_handout_actions (self, person, self->earlier_actions, TRUE);
      coprod_pdf_writer_space (self->pdf, coprod_pdf_writer_get_size (self->pdf, COPROD_PDF_BODY));
      coprod_pdf_writer_paragraph (self->pdf, COPROD_PDF_LARGE,
                                   _("If you find you can’t do one of these, that’s all right: "
                                     "say so, and why, at the next meeting."));
    }
}

/* Public API */

/**
 * coprod_summary_write_pdf:
 * @flags: large print, handouts, private things
 * @path: where to write it; written beside it first, and only put there when whole
 *
 * Writes the summary of @meeting, one of @team's meetings, as an A4 PDF.
 */
gboolean
coprod_summary_write_pdf (CoprodTeam          *team,
                          CoprodMeeting       *meeting,
                          CoprodSummaryFlags   flags,
                          const char          *path,
                          GError             **error)
{
  g_autoptr(CoprodPdfWriter) pdf = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  Summary self = { team, meeting, flags, NULL, NULL, NULL };
  const char *team_name;
  gboolean ok = FALSE;

  g_return_val_if_fail (COPROD_IS_TEAM (team), FALSE);
  g_return_val_if_fail (COPROD_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pdf = coprod_pdf_writer_new ((flags & COPROD_SUMMARY_LARGE_PRINT) != 0);
  self.pdf = pdf;
  team_name = coprod_team_get_name (team);
  coprod_pdf_writer_set_metadata (pdf, meeting_title (meeting),
                                  is_blank (team_name) ? "Coprod" : team_name, now);
  coprod_pdf_writer_set_running_header (pdf, meeting_title (meeting));

  if (!collect_actions (&self, error))
    goto out;
  append_cover (&self);
  append_who_came (&self);
  if (!append_agenda (&self, error))
    goto out;
  append_exercise (&self);
  if (!append_actions (&self, error))
    goto out;
  append_glossary (&self);
  append_private_notes (&self);
  if ((flags & COPROD_SUMMARY_HANDOUTS) != 0)
    append_handouts (&self);
  ok = coprod_pdf_writer_write (pdf, path, error);

out:
  g_clear_pointer (&self.new_actions, g_ptr_array_unref);
  g_clear_pointer (&self.earlier_actions, g_ptr_array_unref);
  return ok;
}

/**
 * coprod_summary_default_file_name:
 *
 * Returns: (transfer full): a file name for @meeting's summary, as in “Short breaks -
 *   what is working - 30 November 2026.pdf”: no characters that a file system (or
 *   Windows, when the file is sent on) refuses, and the title cut short when long
 */
char *
coprod_summary_default_file_name (CoprodMeeting *meeting)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *title = NULL;
  GDateTime *starts;
  guint kept = 0;

  g_return_val_if_fail (COPROD_IS_MEETING (meeting), NULL);

  title = coprod_pdf_clean_text (meeting_title (meeting), TRUE);
  for (const char *p = title; *p != '\0' && kept < FILE_NAME_TITLE_MAX;
       p = g_utf8_next_char (p), kept++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ':')
        g_string_append (name, " -");
      else if (c < 0x80 && strchr ("/\\*?\"<>|", (int) c) != NULL)
        g_string_append_c (name, ' ');
      else if (g_unichar_isspace (c) || g_unichar_iscntrl (c) || !g_unichar_isdefined (c) ||
               c == 0xfffd)
        {
          if (name->len > 0 && name->str[name->len - 1] != ' ')
            g_string_append_c (name, ' ');
        }
      else
        g_string_append_unichar (name, c);
    }
  /* No run of spaces, no dot first (a hidden file) and no dot or space last. */
  for (char *space; (space = strstr (name->str, "  ")) != NULL;)
    g_string_erase (name, space - name->str, 1);
  while (name->len > 0 && name->str[0] == '.')
    g_string_erase (name, 0, 1);
  while (name->len > 0 && strchr (". ", name->str[name->len - 1]) != NULL)
    g_string_truncate (name, name->len - 1);
  g_strchug (name->str);
  g_string_set_size (name, strlen (name->str));
  if (name->len == 0)
    g_string_append (name, _("Meeting"));

  starts = coprod_meeting_get_starts_at (meeting);
  if (starts != NULL)
    {
      /* Translators: the date in a summary's file name; see g_date_time_format() */
      g_autofree char *day = g_date_time_format (starts, _("%-d %B %Y"));

      g_string_append_printf (name, " - %s", day);
    }
  g_string_append (name, ".pdf");
  return g_string_free (g_steal_pointer (&name), FALSE);
}
