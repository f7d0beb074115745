/* coprod-example.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example team a new facilitator can try. Everyone in it is introduced by what
 * others like about them and what matters to them (seed 000), in plain English.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "coprod-context.h"

typedef struct
{
  const char *name;
  CoprodSide  side;
  const char *role_text;
  const char *organisation;
  const char *likes_about_me;
  const char *important_to_me;
  const char *support_me;
  const char *access_needs;
  gboolean    show_on_shared_screen;
  gboolean    needs_breaks;
} ExamplePerson;

static const ExamplePerson example_people[] = {
  {
    N_("Amara Okafor"), COPROD_SIDE_FAMILY,
    N_("Mum to Tayo, who is 14"), N_("Riverside Parent Carer Forum"),
    N_("Warm and funny, and always the first to welcome a new parent. Knows every bus "
       "route in the borough."),
    N_("That Tayo’s own views shape his short breaks. Meetings that finish on time."),
    N_("Papers a week before the meeting, so she can read them at her own pace. A phone "
       "call rather than an email if plans change."),
    N_("Has to leave by 2:45pm to collect Tayo from school."),
    TRUE,
  },
  {
    N_("Jordan Reid"), COPROD_SIDE_YOUNG_PERSON,
    N_("Young person, 19"), N_("Riverside Youth Voice"),
    N_("Loves football and makes brilliant playlists. Training to be a peer mentor."),
    N_("Being asked directly, not talked about."),
    N_("Short questions and time to think before answering."),
    N_("Uses a talking app on a tablet. A break every 45 minutes."),
    TRUE, TRUE,
  },
  {
    N_("Rachel Hughes"), COPROD_SIDE_FAMILY,
    N_("Mum to Sam, who loves swimming and singing at full volume"), "",
    N_("Passionate and organised: she can turn a long discussion into a clear list."),
    N_("Plain words. No letters-for-words without saying what they mean."),
    N_("Large print copies of anything shared on paper."),
    N_("Large print, at least 16 point."),
    TRUE,
  },
  {
    N_("Pete Kowalski"), COPROD_SIDE_FAMILY,
    N_("Grandad and main carer for Lily, who is 9"), "",
    N_("A patient listener who can fix anything, and makes everyone a cup of tea."),
    N_("Being paid for his time, like everyone else at the table."),
    N_("A seat near the front so he can hear well."),
    N_("Step-free access and a hearing loop."),
    TRUE,
  },
  {
    N_("Lena Novak"), COPROD_SIDE_FAMILY,
    N_("Mum to twins who started college this year"), "",
    N_("Thoughtful and well read; asks the question everyone else was thinking."),
    N_("Prefers her name not to be shown on the shared screen."),
    N_("Time to catch up if she joins part way through."),
    "",
    FALSE,
  },
  {
    N_("Sunita Patel"), COPROD_SIDE_PROFESSIONAL,
    N_("Social worker for disabled children"), N_("Riverside Council"),
    N_("Straight-talking and kind. Always rings back when she says she will."),
    N_("Families not having to tell their story again and again."),
    N_("Tell her early if something is not working: she would rather know."),
    "",
    TRUE,
  },
  {
    N_("Dr Ben Carter"), COPROD_SIDE_PROFESSIONAL,
    N_("Children’s doctor in the community"), N_("Riverside Health"),
    N_("Calm and curious, and good at explaining medical things in everyday words."),
    N_("Health, school and home plans that fit together."),
    N_("Meetings on Tuesdays or Thursdays, when he is not in clinic."),
    "",
    TRUE,
  },
  {
    N_("Grace Mensah"), COPROD_SIDE_PROFESSIONAL,
    N_("Leads support for pupils with extra needs"), N_("Riverside Academy"),
    N_("Full of energy and ideas, and great at finding out what young people think."),
    N_("Plans that work in the classroom, not just on paper."),
    N_("A heads-up about anything school needs to prepare."),
    "",
    TRUE,
  },
  {
    N_("Tom Fletcher"), COPROD_SIDE_PROFESSIONAL,
    N_("Plans and pays for short breaks"), N_("Riverside Council"),
    N_("Good with numbers and honest about what the budget can and cannot do."),
    N_("Spending money on what families say makes a difference."),
    N_("Questions in advance if they are about money, so he can bring the answers."),
    "",
    TRUE,
  },
};

/* Returns the day DAYS from today at HOUR:MINUTE local time, whatever the clock does
 * in between. */
static GDateTime *
local_day_at (int days,
              int hour,
              int minute)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);

  return g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), hour, minute, 0);
}

typedef struct
{
  CoprodAgendaKind kind;
  const char      *title;
  const char      *description;
  int              minutes;
  const char      *lead;      /* a name from example_people, or NULL */
} ExampleItem;

/* Breaks at least every 45 minutes, as Jordan asks, the expectations exercise (seed
 * 004), and actions at the end. */
static const ExampleItem example_agenda[] = {
  { COPROD_AGENDA_KIND_INTRODUCTIONS, N_("Welcome and introductions"),
    N_("Everyone says their name and one thing they enjoyed this month."), 15, "Amara Okafor" },
  { COPROD_AGENDA_KIND_ACTIONS_REVIEW, N_("What we said we would do"),
    N_("Each action from last time: done, not yet, or cannot be done and why."), 20, NULL },
  { COPROD_AGENDA_KIND_BREAK, N_("Break"), "", 10, NULL },
  { COPROD_AGENDA_KIND_ITEM, N_("What families tell us about short breaks"),
    N_("What is working, what is not, and what would make the biggest difference."), 30,
    "Rachel Hughes" },
  { COPROD_AGENDA_KIND_BREAK, N_("Break"), "", 10, NULL },
  { COPROD_AGENDA_KIND_EXPECTATIONS, N_("What we expect of each other"),
    N_("Families and professionals each list what they expect of the other, then we "
       "compare and answer honestly."), 25, NULL },
  { COPROD_AGENDA_KIND_ACTIONS_ROUND, N_("Actions: who does what, by when"),
    N_("Everyone leaves with something to do, and a date."), 15, NULL },
  { COPROD_AGENDA_KIND_CLOSE, N_("Close"), N_("Date of the next meeting."), 5, NULL },
};

static CoprodMeeting *
add_meeting (CoprodTeam  *team,
             const char  *title,
             const char  *purpose,
             const char  *place,
             int          days,
             GError     **error)
{
  g_autoptr(GDateTime) starts = local_day_at (days, 10, 0);
  g_autoptr(GDateTime) ends = local_day_at (days, 12, 30);
  CoprodMeeting *meeting;

  meeting = coprod_team_add_meeting (team, title, starts, ends, error);
  if (meeting == NULL)
    return NULL;
  coprod_meeting_set_purpose (meeting, purpose);
  coprod_meeting_set_place (meeting, place);
  return meeting;
}

static gint64
person_id_by_name (CoprodTeam *team,
                   const char *name)
{
  GListModel *people = coprod_team_get_people (team);

  for (guint i = 0; name != NULL && i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (coprod_person_get_name (person), _(name)) == 0)
        return coprod_person_get_id (person);
    }
  return 0;
}

static gboolean
add_agenda (CoprodTeam     *team,
            CoprodMeeting  *meeting,
            GError        **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (example_agenda); i++)
    {
      const ExampleItem *e = &example_agenda[i];
      CoprodAgendaItem *item = coprod_meeting_add_agenda_item (meeting, e->kind, _(e->title),
                                                               e->minutes, error);

      if (item == NULL)
        return FALSE;
      coprod_agenda_item_set_plain_description (item, *e->description ? _(e->description) : "");
      coprod_agenda_item_set_lead_person_id (item, person_id_by_name (team, e->lead));
    }
  return TRUE;
}

/* What the first meeting agreed, and what became of it: something done, something
 * that could not be done and why, something late and something still to come. */
typedef struct
{
  const char         *owner;
  const char         *text;
  int                 due_days;   /* from today; 0: no date */
  CoprodActionStatus  status;
  const char         *note;
} ExampleAction;

static const ExampleAction example_actions[] = {
  { N_("Sunita Patel"), N_("I will find out how many short-break places there are for "
                           "next summer, by the next meeting."), 7, COPROD_ACTION_OPEN, NULL },
  { N_("Amara Okafor"), N_("I will ask other parents at the school gate what helps them most, "
                           "by the end of the month."), -5, COPROD_ACTION_OPEN, NULL },
  { N_("Grace Mensah"), N_("I will send the school’s transport form in plain words to every "
                           "family, within two weeks."), -14, COPROD_ACTION_DONE,
    N_("Sent to all eight families, and it is on the school website.") },
  { N_("Rachel Hughes"), N_("I will book the hearing loop for every meeting this year."), -10,
    COPROD_ACTION_CANNOT,
    N_("The centre’s loop is broken until March; we will use the portable one.") },
  { N_("Jordan Reid"), N_("I will write down what a good short break looks like for me, for "
                          "the next meeting."), 7, COPROD_ACTION_OPEN, NULL },
};

static gboolean
add_actions (CoprodTeam     *team,
             CoprodMeeting  *first,
             GError        **error)
{
  GListModel *people = coprod_team_get_people (team);
  CoprodAttendance came = { TRUE, 150 + 30, 0, FALSE };

  /* Everyone came, with half an hour of reading beforehand; families claim their bus
   * fares. */
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      came.expenses_pence = coprod_person_get_side (person) == COPROD_SIDE_PROFESSIONAL ? 0 : 480;
      if (!coprod_meeting_set_attendance (first, coprod_person_get_id (person), &came, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (example_actions); i++)
    {
      const ExampleAction *e = &example_actions[i];
      g_autoptr(GDateTime) day = local_day_at (e->due_days, 12, 0);
      CoprodAction *action;
      GDate due;

      g_date_clear (&due, 1);
      g_date_set_dmy (&due, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                      g_date_time_get_year (day));
      action = coprod_team_add_action (team, _(e->text), person_id_by_name (team, e->owner),
                                       e->due_days != 0 ? &due : NULL,
                                       coprod_meeting_get_id (first), 0, error);
      if (action == NULL)
        return FALSE;
      if (e->status != COPROD_ACTION_OPEN &&
          !coprod_action_set_status (action, e->status, _(e->note), 0, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * coprod_context_add_example:
 *
 * Adds the example team, its people and two meetings (one four weeks ago, with who
 * came and the actions it agreed, one next week, with its agenda), and commits them.
 *
 * Returns: (transfer none): the new team
 */
CoprodTeam *
coprod_context_add_example (CoprodContext  *self,
                            GError        **error)
{
  CoprodTeam *team;
  CoprodMeeting *first, *next;

  g_return_val_if_fail (COPROD_IS_CONTEXT (self), NULL);

  team = coprod_context_create_team (self, _("Riverside Families Together"), error);
  if (team == NULL)
    return NULL;
  coprod_team_set_group_a_label (team, _("Families"));
  coprod_team_set_group_b_label (team, _("Professionals"));
  coprod_team_set_ground_rules (team,
                                _("Everyone here is an equal partner.\n"
                                  "Say it in plain words: ask if a word is not clear.\n"
                                  "One person speaks at a time.\n"
                                  "What is said about a family stays in this room.\n"
                                  "Take a break whenever you need one."));
  /* Jordan asks for a break every 45 minutes. */
  coprod_team_set_break_after_minutes (team, 45);

  for (guint i = 0; i < G_N_ELEMENTS (example_people); i++)
    {
      const ExamplePerson *p = &example_people[i];
      CoprodPerson *person = coprod_team_add_person (team, _(p->name), p->side, error);

      if (person == NULL)
        return NULL;
      coprod_person_set_role_text (person, _(p->role_text));
      coprod_person_set_organisation (person, *p->organisation ? _(p->organisation) : "");
      coprod_person_set_likes_about_me (person, _(p->likes_about_me));
      coprod_person_set_important_to_me (person, _(p->important_to_me));
      coprod_person_set_support_me (person, _(p->support_me));
      coprod_person_set_access_needs (person, *p->access_needs ? _(p->access_needs) : "");
      coprod_person_set_show_on_shared_screen (person, p->show_on_shared_screen);
      coprod_person_set_needs_breaks (person, p->needs_breaks);
    }

  first = add_meeting (team, _("Getting to know each other"),
                       _("Meet each other, agree how we will work together, and choose "
                         "what to look at first."),
                       _("Riverside Community Centre, Room 2"), -28, error);
  if (first == NULL || !add_actions (team, first, error))
    return NULL;
  next = add_meeting (team, _("Short breaks: what is working and what is next"),
                      _("Agree three changes to short breaks for next year, and everyone "
                        "leaves with clear actions."),
                      _("Riverside Community Centre, Room 2 (step-free, hearing loop)"), 7,
                      error);
  if (next == NULL || !add_agenda (team, next, error))
    return NULL;

  if (!coprod_store_flush (coprod_context_get_store (self), error))
    return NULL;
  return team;
}
