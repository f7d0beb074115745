/* generate-store.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * generate-store DATA_DIR [--teams 50] [--meetings 2000] [--people 1000] [--seed N]
 *
 * Builds a large, realistic store for the benchmarks through the model API, exactly as
 * the app would: teams, people spread over them with their one-page-profile text, and
 * meetings spread over the last ten years (a few still to come). Each add commits on
 * its own, as in the app, so this also measures the store's write path.
 */

#include <stdio.h>
#include <stdlib.h>

#include "coprod-context.h"

#define YEARS 10

static const char *const first_names[] = {
  "Aisha", "Ben", "Chloe", "Dev", "Eilidh", "Farah", "George", "Hannah", "Idris", "Jade",
  "Kwame", "Leah", "Mohammed", "Niamh", "Oliver", "Priya", "Quinn", "Rhys", "Sana",
  "Tom", "Uzma", "Vikram", "Wendy", "Xavier", "Yasmin", "Zoe", "Amir", "Bethan",
  "Callum", "Daisy", "Ewan", "Fatima", "Grace", "Harvey", "Imogen", "Jamal", "Kerry",
  "Liam", "Megan", "Nathan", "Olivia", "Patrick", "Rosie", "Samir", "Tegan", "Usha",
  "Violet", "William", "Zainab", "Ruth",
};

static const char *const last_names[] = {
  "Ahmed", "Baker", "Campbell", "Davies", "Evans", "Fraser", "Green", "Hughes", "Iqbal",
  "Jones", "Khan", "Lewis", "Morgan", "Nowak", "O'Brien", "Patel", "Quinn", "Roberts",
  "Singh", "Thomas", "Urquhart", "Vaughan", "Williams", "Xu", "Young", "Zielinski",
  "Okafor", "Mensah", "Kowalski", "MacLeod",
};

static const char *const family_roles[] = {
  "Parent carer", "Grandparent", "Foster carer", "Older sibling", "Dad", "Mum",
  "Kinship carer", "Parent carer rep",
};

static const char *const young_roles[] = {
  "Young person", "Youth forum member", "Young adviser", "Peer mentor",
};

static const char *const professional_roles[] = {
  "Social worker", "SENCo", "Commissioner", "Educational psychologist",
  "Short breaks manager", "Family support worker", "Health visitor", "Team manager",
  "Occupational therapist", "Speech and language therapist", "Head teacher",
};

static const char *const other_roles[] = {
  "Interpreter", "Advocate", "Note taker", "Councillor", "Volunteer",
};

static const char *const organisations[] = {
  "Children's Services", "Riverside Primary School", "Northgate Academy",
  "NHS Community Paediatrics", "Parent Carer Forum", "Youth Voice", "CAMHS",
  "Family Hub East", "Disabled Children's Team", "SEND Information Service",
  "Local Offer Team", "Carers Centre", "Short Breaks Service", "Early Help",
};

static const char *const likes[] = {
  "I am patient and I listen properly before I say what I think.",
  "People say I am funny and I make meetings feel less formal.",
  "I know a lot about the local services because I have used most of them.",
  "I am good at spotting when someone has not had a chance to speak.",
  "I am organised and I always read the papers before we meet.",
  "I am honest, even when it is awkward, and people trust that.",
  "I bring biscuits and I remember everyone's names.",
  "I keep going when things are hard and I do not give up on people.",
};

static const char *const important[] = {
  "That decisions about my child are made with us, not for us.",
  "Being told the truth about waiting lists, even when the news is bad.",
  "Having time to think before I am asked to agree to something.",
  "My son's routine and knowing what is happening next.",
  "That young people's views are written down in their own words.",
  "Getting the papers at least a week before the meeting.",
  "Being paid for my time like everyone else around the table.",
  "That nobody uses jargon or initials without explaining them.",
};

static const char *const support[] = {
  "Send me the agenda in plain English and give me a call the day before.",
  "Please check in with me at the break; I find big groups tiring.",
  "Let me bring a friend or my advocate.",
  "Write actions down clearly with a name and a date.",
  "Give me a quiet space to step out if I need it.",
  "Ask me directly rather than waiting for me to put my hand up.",
  "Use the shared screen so I can follow what is being written.",
};

static const char *const access_needs[] = {
  "", "", "", "Step-free access, please.", "Large print papers (18 pt).",
  "BSL interpreter.", "Meetings after 10 am because of the school run.",
  "A hearing loop in the room.", "Regular breaks every 45 minutes.",
  "Dietary: vegetarian.", "Urdu interpreter for my mum.",
};

static const char *const meeting_topics[] = {
  "Short breaks review", "Local Offer refresh", "EHCP timeliness", "Transitions to adult services",
  "School transport", "Waiting lists for assessments", "Co-production charter",
  "Holiday activities programme", "Parent carer forum update", "Budget planning",
  "Youth forum feedback", "Mental health support in schools", "Respite provision",
  "Annual review process", "Information and advice", "Preparing for adulthood",
  "Complaints learning", "Joint commissioning priorities", "Sensory needs pathway",
  "Family hub design",
};

static const char *const meeting_kinds[] = {
  "working group", "steering group", "planning session", "workshop", "check-in",
  "review meeting", "listening event",
};

static const char *const purposes[] = {
  "Agree the priorities for the next six months and who will lead each one.",
  "Hear what families told us at the drop-in sessions and decide what to change.",
  "Review the actions from last time and close the ones that are done.",
  "Co-design the new leaflet with parents and young people.",
  "Look at the latest figures together and agree what they mean for families.",
  "Plan the summer programme so it works for children with complex needs.",
  "Agree how we will measure whether the changes made a difference.",
  "Check the draft policy against what young people asked for.",
};

static const char *const places[] = {
  "Town Hall, Committee Room 2", "Family Hub East, Meeting Room", "Online (Teams)",
  "Riverside Community Centre", "Central Library, Room B", "Northgate Academy hall",
  "Carers Centre, Garden Room", "Online (Zoom)", "Civic Centre, Room 4",
};

static const char *const notes[] = {
  "", "", "Remember to follow up with the interpreter booking.",
  "Two families sent apologies; send them the notes directly.",
  "Room was too small last time; book the larger one.",
  "Check expenses claims are paid within the month.",
  "One parent found the discussion upsetting; call her this week.",
};

static const char *const team_places[] = {
  "Northfield", "Riverside", "Eastbrook", "Westgate", "Southmoor", "Highcliffe",
  "Millbank", "Oakwood", "Ashford", "Brookvale",
};

static const char *const team_subjects[] = {
  "SEND Partnership", "Short Breaks Group", "Young Carers Forum", "Transitions Board",
  "Parent Carer Panel",
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static int n_teams = 50;
static int n_meetings = 2000;
static int n_people = 1000;
static int seed = 1;

static const GOptionEntry entries[] = {
  { "teams", 0, 0, G_OPTION_ARG_INT, &n_teams, "Number of teams (50)", "N" },
  { "meetings", 0, 0, G_OPTION_ARG_INT, &n_meetings, "Number of meetings (2000)", "N" },
  { "people", 0, 0, G_OPTION_ARG_INT, &n_people, "Number of people (1000)", "N" },
  { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Random seed (1)", "N" },
  { NULL }
};

static double
seconds_since (gint64 start_us)
{
  return (g_get_monotonic_time () - start_us) / (double) G_USEC_PER_SEC;
}

static CoprodSide
pick_side (GRand *rand)
{
  int r = g_rand_int_range (rand, 0, 100);

  if (r < 40)
    return COPROD_SIDE_FAMILY;
  if (r < 55)
    return COPROD_SIDE_YOUNG_PERSON;
  if (r < 92)
    return COPROD_SIDE_PROFESSIONAL;
  return COPROD_SIDE_OTHER;
}

static gboolean
add_person (CoprodTeam  *team,
            GRand       *rand,
            GError     **error)
{
  g_autofree char *name = g_strdup_printf ("%s %s", PICK (rand, first_names),
                                           PICK (rand, last_names));
  CoprodSide side = pick_side (rand);
  CoprodPerson *person;
  const char *role;

  person = coprod_team_add_person (team, name, side, error);
  if (person == NULL)
    return FALSE;

  switch (side)
    {
    case COPROD_SIDE_FAMILY:
      role = PICK (rand, family_roles);
      break;
    case COPROD_SIDE_YOUNG_PERSON:
      role = PICK (rand, young_roles);
      break;
    case COPROD_SIDE_PROFESSIONAL:
      role = PICK (rand, professional_roles);
      break;
    case COPROD_SIDE_OTHER:
    default:
      role = PICK (rand, other_roles);
      break;
    }
  coprod_person_set_role_text (person, role);
  if (side == COPROD_SIDE_PROFESSIONAL || g_rand_boolean (rand))
    coprod_person_set_organisation (person, PICK (rand, organisations));
  coprod_person_set_likes_about_me (person, PICK (rand, likes));
  coprod_person_set_important_to_me (person, PICK (rand, important));
  coprod_person_set_support_me (person, PICK (rand, support));
  coprod_person_set_access_needs (person, PICK (rand, access_needs));
  if (g_rand_int_range (rand, 0, 20) == 0)
    coprod_person_set_show_on_shared_screen (person, FALSE);
  return TRUE;
}

/* Past meetings are marked ended, as the live-meeting flow leaves them. The model has
 * no setter for that yet, so it goes through the store's own update call. */
static gboolean
mark_ended (CoprodStore    *store,
            CoprodMeeting  *meeting,
            gint64          started,
            gint64          ended,
            GError        **error)
{
  gint64 id = coprod_meeting_get_id (meeting);

  return coprod_store_update (store, COPROD_TABLE_MEETING, id, "status",
                              g_variant_new_string ("ended"), error) &&
         coprod_store_update (store, COPROD_TABLE_MEETING, id, "started_at",
                              g_variant_new_int64 (started), error) &&
         coprod_store_update (store, COPROD_TABLE_MEETING, id, "ended_at",
                              g_variant_new_int64 (ended), error);
}

static gboolean
add_meeting (CoprodStore  *store,
             CoprodTeam   *team,
             GRand        *rand,
             GDateTime    *now,
             int           index,
             int           count,
             GError      **error)
{
  /* Spread evenly over ten years back from now, with the last 2 % still to come,
   * jittered by up to a week, at a realistic time of day. */
  double fraction = (index + 0.5) / count;
  int days = (int) ((fraction - 0.98) * YEARS * 365.25) + g_rand_int_range (rand, -3, 4);
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);
  static const int hours[] = { 9, 10, 10, 13, 14, 16, 18 };
  int hour = PICK (rand, hours);
  int minute = g_rand_boolean (rand) ? 0 : 30;
  int length = 60 + 30 * g_rand_int_range (rand, 0, 4);
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autofree char *title = NULL;
  CoprodMeeting *meeting;

  starts = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                  g_date_time_get_day_of_month (day), hour, minute, 0);
  ends = g_date_time_add_minutes (starts, length);
  title = g_strdup_printf ("%s %s", PICK (rand, meeting_topics), PICK (rand, meeting_kinds));

  meeting = coprod_team_add_meeting (team, title, starts, ends, error);
  if (meeting == NULL)
    return FALSE;
  coprod_meeting_set_purpose (meeting, PICK (rand, purposes));
  coprod_meeting_set_place (meeting, PICK (rand, places));
  coprod_meeting_set_private_notes (meeting, PICK (rand, notes));

  if (g_date_time_compare (ends, now) < 0)
    {
      gint64 started = g_date_time_to_unix (starts) + 60 * g_rand_int_range (rand, 0, 10);
      gint64 ended = g_date_time_to_unix (ends) + 60 * g_rand_int_range (rand, -10, 20);

      return mark_ended (store, meeting, started, ended, error);
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) options = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodStore) store = NULL;
  g_autoptr(CoprodContext) context = NULL;
  g_autoptr(GPtrArray) teams = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GRand) rand = NULL;
  gint64 start, phase;
  double teams_s, people_s, meetings_s, flush_s;

  options = g_option_context_new ("DATA_DIR");
  g_option_context_set_summary (options,
                                "Builds a large Coprod store for the benchmarks.");
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      g_printerr ("generate-store: %s\n", error->message);
      return 2;
    }
  if (argc != 2 || n_teams < 1 || n_meetings < 0 || n_people < 0)
    {
      g_printerr ("Usage: generate-store DATA_DIR [--teams N] [--meetings N] "
                  "[--people N] [--seed N]\n");
      return 2;
    }

  start = g_get_monotonic_time ();
  store = coprod_store_open (argv[1], &error);
  if (store != NULL)
    context = coprod_context_new (store, &error);
  if (context == NULL)
    {
      g_printerr ("generate-store: %s\n", error->message);
      return 1;
    }
  if (g_list_model_get_n_items (coprod_context_get_teams (context)) > 0)
    {
      g_printerr ("generate-store: %s already holds teams; give an empty folder\n",
                  coprod_store_get_path (store));
      return 1;
    }

  rand = g_rand_new_with_seed ((guint32) seed);
  now = g_date_time_new_now_local ();
  teams = g_ptr_array_new ();

  phase = g_get_monotonic_time ();
  for (int i = 0; i < n_teams; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %s",
                                               team_places[i % G_N_ELEMENTS (team_places)],
                                               team_subjects[(i / G_N_ELEMENTS (team_places))
                                                             % G_N_ELEMENTS (team_subjects)]);
      CoprodTeam *team = coprod_context_create_team (context, name, &error);

      if (team == NULL)
        goto failed;
      coprod_team_set_group_a_label (team, "Families and young people");
      coprod_team_set_group_b_label (team, "Professionals");
      g_ptr_array_add (teams, team);
    }
  teams_s = seconds_since (phase);

  phase = g_get_monotonic_time ();
  for (int i = 0; i < n_people; i++)
    if (!add_person (g_ptr_array_index (teams, i % n_teams), rand, &error))
      goto failed;
  people_s = seconds_since (phase);

  phase = g_get_monotonic_time ();
  for (int i = 0; i < n_meetings; i++)
    {
      /* In date order, round-robin over the teams, as teams meet side by side. */
      if (!add_meeting (store, g_ptr_array_index (teams, i % n_teams), rand, now,
                        i, n_meetings, &error))
        goto failed;
      if ((i + 1) % 500 == 0)
        g_printerr ("generate-store: %d meetings, %.1f s\n", i + 1, seconds_since (start));
    }
  meetings_s = seconds_since (phase);

  phase = g_get_monotonic_time ();
  if (!coprod_store_flush (store, &error))
    goto failed;
  flush_s = seconds_since (phase);

  printf ("store %s\n", coprod_store_get_path (store));
  printf ("teams %d in %.2f s\n", n_teams, teams_s);
  printf ("people %d in %.2f s (%.2f ms each)\n", n_people, people_s,
          n_people > 0 ? 1000 * people_s / n_people : 0.0);
  printf ("meetings %d in %.2f s (%.2f ms each)\n", n_meetings, meetings_s,
          n_meetings > 0 ? 1000 * meetings_s / n_meetings : 0.0);
  printf ("final flush %.3f s\n", flush_s);
  printf ("total %.2f s\n", seconds_since (start));
  return 0;

failed:
  g_printerr ("generate-store: %s\n", error->message);
  return 1;
}
