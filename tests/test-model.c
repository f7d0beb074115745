/* test-model.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model layer: teams, people, meetings and glossaries as GObjects that write through
 * to the store, notify once per real change, and read back the same after a restart.
 */

#include <string.h>

#include "coprod-context.h"
#include "coprod-meeting-words.h"
#include "coprod-test-util.h"

typedef struct
{
  char          *tmp;
  char          *data_dir;
  CoprodStore   *store;
  CoprodContext *context;
} Fixture;

/* Records signal emissions as text, so a whole sequence is checked in one comparison. */
typedef struct
{
  GString *log;
} Recorder;

/* Helpers */

static void
open_context (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->store = coprod_store_open (f->data_dir, &error);
  g_assert_no_error (error);
  f->context = coprod_context_new (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (coprod_context_get_store (f->context) == f->store);
}

/* Drops everything the test holds; the store must then really be closed, so no model
 * object may have kept a reference to it. */
static void
close_context (Fixture *f)
{
  g_assert_finalize_object (g_steal_pointer (&f->context));
  g_assert_finalize_object (g_steal_pointer (&f->store));
}

static void
reopen (Fixture *f)
{
  close_context (f);
  open_context (f);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->tmp = coprod_test_make_tmp_dir ("coprod-test-model");
  f->data_dir = g_build_filename (f->tmp, "data", NULL);
  open_context (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_context (f);
  coprod_test_remove_tmp_dir (f->tmp);
  g_free (f->tmp);
  g_free (f->data_dir);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Recorder   *recorder)
{
  g_string_append_printf (recorder->log, "%s;", pspec->name);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Recorder   *recorder)
{
  g_string_append_printf (recorder->log, "%u-%u+%u;", position, removed, added);
}

static Recorder *
recorder_new (void)
{
  Recorder *recorder = g_new0 (Recorder, 1);

  recorder->log = g_string_new (NULL);
  return recorder;
}

static void
recorder_free (Recorder *recorder)
{
  g_string_free (recorder->log, TRUE);
  g_free (recorder);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Recorder, recorder_free)

/* Takes what was recorded since the last call. */
static char *
recorder_take (Recorder *recorder)
{
  char *log = g_strdup (recorder->log->str);

  g_string_truncate (recorder->log, 0);
  return log;
}

#define assert_recorded(recorder, expected) \
  G_STMT_START { \
    g_autofree char *log_ = recorder_take (recorder); \
    g_assert_cmpstr (log_, ==, expected); \
  } G_STMT_END

static Recorder *
watch_notify (gpointer object)
{
  Recorder *recorder = recorder_new ();

  g_signal_connect (object, "notify", G_CALLBACK (notify_cb), recorder);
  return recorder;
}

static Recorder *
watch_items (GListModel *model)
{
  Recorder *recorder = recorder_new ();

  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), recorder);
  return recorder;
}

static void
unwatch (gpointer  object,
         Recorder *recorder)
{
  g_assert_cmpuint (g_signal_handlers_disconnect_matched (object, G_SIGNAL_MATCH_DATA,
                                                          0, 0, NULL, NULL, recorder),
                    ==, 1);
}

static GDateTime *
london (int year,
        int month,
        int day,
        int hour,
        int minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("Europe/London");

  g_assert_nonnull (zone);
  return g_date_time_new (zone, year, month, day, hour, minute, 0);
}

static CoprodTeam *
create_team (Fixture    *f,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  CoprodTeam *team = coprod_context_create_team (f->context, name, &error);

  g_assert_no_error (error);
  g_assert_true (COPROD_IS_TEAM (team));
  return team;
}

static CoprodPerson *
add_person (CoprodTeam *team,
            const char *name,
            CoprodSide  side)
{
  g_autoptr(GError) error = NULL;
  CoprodPerson *person = coprod_team_add_person (team, name, side, &error);

  g_assert_no_error (error);
  g_assert_true (COPROD_IS_PERSON (person));
  return person;
}

static CoprodMeeting *
add_meeting (CoprodTeam *team,
             const char *title,
             GDateTime  *starts_at,
             GDateTime  *planned_end)
{
  g_autoptr(GError) error = NULL;
  CoprodMeeting *meeting = coprod_team_add_meeting (team, title, starts_at, planned_end, &error);

  g_assert_no_error (error);
  g_assert_true (COPROD_IS_MEETING (meeting));
  return meeting;
}

static gpointer
item (GListModel *model,
      guint       position)
{
  gpointer object = g_list_model_get_item (model, position);

  g_assert_nonnull (object);
  /* The list keeps it alive; the test only borrows it. */
  g_object_unref (object);
  return object;
}

/* Every readable property of OBJECT, as text, in a stable order. */
static void
describe_object (GString *out,
                 gpointer object)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  g_string_append_printf (out, "%s {\n", G_OBJECT_TYPE_NAME (object));
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      GType type = pspecs[i]->value_type;

      if (!(pspecs[i]->flags & G_PARAM_READABLE))
        continue;
      g_value_init (&value, type);
      g_object_get_property (object, pspecs[i]->name, &value);
      g_string_append_printf (out, "  %s = ", pspecs[i]->name);

      if (type == G_TYPE_STRING)
        {
          g_autofree char *escaped = g_strescape (g_value_get_string (&value), NULL);

          g_string_append_printf (out, "\"%s\"", escaped);
        }
      else if (type == G_TYPE_INT64)
        g_string_append_printf (out, "%" G_GINT64_FORMAT, g_value_get_int64 (&value));
      else if (type == G_TYPE_INT)
        g_string_append_printf (out, "%d", g_value_get_int (&value));
      else if (type == G_TYPE_BOOLEAN)
        g_string_append (out, g_value_get_boolean (&value) ? "true" : "false");
      else if (G_TYPE_IS_ENUM (type))
        {
          GEnumValue *nick = g_enum_get_value (g_type_class_peek (type),
                                               g_value_get_enum (&value));

          g_assert_nonnull (nick);
          g_string_append (out, nick->value_nick);
        }
      else if (type == G_TYPE_DATE_TIME)
        {
          GDateTime *when = g_value_get_boxed (&value);
          g_autofree char *text = NULL;

          g_assert_nonnull (when);
          text = g_date_time_format (when, "%FT%T%z");
          g_string_append_printf (out, "%s (%" G_GINT64_FORMAT ")", text,
                                  g_date_time_to_unix (when));
        }
      else if (g_type_is_a (type, G_TYPE_OBJECT))
        /* An object another table keeps, such as the meeting's exercise: only whether
         * there is one belongs to this record. */
        g_string_append (out, g_value_get_object (&value) != NULL ? "present" : "none");
      else
        g_error ("No way to compare property %s of type %s", pspecs[i]->name,
                 g_type_name (type));
      g_string_append_c (out, '\n');
    }
  g_string_append (out, "}\n");
}

static gint
compare_by_id_cb (gconstpointer a,
                  gconstpointer b)
{
  gint64 id_a, id_b;

  g_object_get (*(GObject **) a, "id", &id_a, NULL);
  g_object_get (*(GObject **) b, "id", &id_b, NULL);
  return id_a < id_b ? -1 : id_a > id_b;
}

static void
describe_list (GString    *out,
               GListModel *model)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (objects, g_list_model_get_item (model, i));
  g_ptr_array_sort (objects, compare_by_id_cb);
  for (guint i = 0; i < objects->len; i++)
    describe_object (out, g_ptr_array_index (objects, i));
}

/* Everything the context holds, as text: what must read back the same after a restart. */
static char *
describe_context (CoprodContext *context)
{
  GListModel *teams = coprod_context_get_teams (context);
  GString *out = g_string_new (NULL);

  describe_list (out, teams);
  for (guint i = 0; i < g_list_model_get_n_items (teams); i++)
    {
      CoprodTeam *team = item (teams, i);

      g_string_append_printf (out, "people of %" G_GINT64_FORMAT ":\n",
                              coprod_team_get_id (team));
      describe_list (out, coprod_team_get_people (team));
      g_string_append_printf (out, "meetings of %" G_GINT64_FORMAT ":\n",
                              coprod_team_get_id (team));
      describe_list (out, coprod_team_get_meetings (team));
    }
  return g_string_free (out, FALSE);
}

static void
assert_survives_reopen (Fixture *f)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  before = describe_context (f->context);
  reopen (f);
  after = describe_context (f->context);
  g_assert_cmpstr (after, ==, before);
}

/* Tests */

static void
test_team (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(Recorder) teams_log = watch_items (coprod_context_get_teams (f->context));
  g_autoptr(Recorder) notes = NULL;
  g_autofree char *name = NULL;
  CoprodTeam *team, *second;

  team = create_team (f, "Riverside");
  assert_recorded (teams_log, "0-0+1;");
  g_assert_cmpstr (coprod_team_get_name (team), ==, "Riverside");
  g_assert_cmpint (coprod_team_get_id (team), >, 0);
  g_assert_true (coprod_context_find_team (f->context, coprod_team_get_id (team)) == team);
  g_assert_null (coprod_context_find_team (f->context, coprod_team_get_id (team) + 1));

  notes = watch_notify (team);
  coprod_team_set_name (team, "Riverside Families");
  assert_recorded (notes, "name;");
  coprod_team_set_name (team, "Riverside Families");
  g_object_set (team, "name", "Riverside Families", NULL);
  assert_recorded (notes, "");
  g_object_set (team, "name", "Riverside Families Together", NULL);
  assert_recorded (notes, "name;");
  g_object_get (team, "name", &name, NULL);
  g_assert_cmpstr (name, ==, "Riverside Families Together");

  coprod_team_set_group_a_label (team, "Families");
  coprod_team_set_group_b_label (team, "Professionals");
  coprod_team_set_group_b_label (team, "Professionals");
  assert_recorded (notes, "group-a-label;group-b-label;");

  /* NULL is the empty string, and invalid UTF-8 is mended, never stored. */
  coprod_team_set_group_a_label (team, NULL);
  assert_recorded (notes, "group-a-label;");
  g_assert_cmpstr (coprod_team_get_group_a_label (team), ==, "");
  coprod_team_set_group_a_label (team, "");
  assert_recorded (notes, "");
  coprod_team_set_group_a_label (team, "Fam\xffilies");
  assert_recorded (notes, "group-a-label;");
  g_assert_true (g_utf8_validate (coprod_team_get_group_a_label (team), -1, NULL));
  g_assert_cmpstr (coprod_team_get_group_a_label (team), ==, "Fam\xef\xbf\xbdilies");
  coprod_team_set_group_a_label (team, "Fam\xffilies");
  assert_recorded (notes, "");
  coprod_team_set_group_a_label (team, "Families");
  assert_recorded (notes, "group-a-label;");

  second = create_team (f, "Hillside");
  assert_recorded (teams_log, "1-0+1;");
  g_assert_cmpint (coprod_team_get_id (second), !=, coprod_team_get_id (team));
  g_assert_cmpuint (g_list_model_get_n_items (coprod_context_get_teams (f->context)), ==, 2);
  unwatch (team, notes);
  unwatch (coprod_context_get_teams (f->context), teams_log);

  assert_survives_reopen (f);
  team = item (coprod_context_get_teams (f->context), 0);
  g_assert_cmpstr (coprod_team_get_name (team), ==, "Riverside Families Together");
  g_assert_cmpstr (coprod_team_get_group_a_label (team), ==, "Families");
}

static void
test_person (Fixture       *f,
             gconstpointer  data)
{
  static const struct { const char *property; const char *value; } texts[] = {
    { "role-text", "Mum to Tayo, who is 14" },
    { "organisation", "Parent Carer Forum" },
    { "likes-about-me", "Warm and funny 😀" },
    { "important-to-me", "Meetings that finish on time" },
    { "support-me", "Papers a week before" },
    { "access-needs", "Step-free access" },
    { "name", "Amara Okafor" },
  };
  CoprodTeam *team = create_team (f, "Team");
  g_autoptr(Recorder) people_log = watch_items (coprod_team_get_people (team));
  g_autoptr(Recorder) notes = NULL;
  CoprodPerson *person, *other;

  person = add_person (team, "Amara", COPROD_SIDE_FAMILY);
  assert_recorded (people_log, "0-0+1;");
  g_assert_cmpint (coprod_person_get_team_id (person), ==, coprod_team_get_id (team));
  g_assert_cmpint (coprod_person_get_side (person), ==, COPROD_SIDE_FAMILY);
  g_assert_true (coprod_person_get_show_on_shared_screen (person));
  g_assert_true (coprod_team_find_person (team, coprod_person_get_id (person)) == person);

  notes = watch_notify (person);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *expected = g_strdup_printf ("%s;", texts[i].property);
      g_autofree char *read = NULL;

      g_object_set (person, texts[i].property, texts[i].value, NULL);
      assert_recorded (notes, expected);
      g_object_set (person, texts[i].property, texts[i].value, NULL);
      assert_recorded (notes, "");
      g_object_get (person, texts[i].property, &read, NULL);
      g_assert_cmpstr (read, ==, texts[i].value);
    }
  g_assert_cmpstr (coprod_person_get_name (person), ==, "Amara Okafor");
  g_assert_cmpstr (coprod_person_get_likes_about_me (person), ==, "Warm and funny 😀");
  g_assert_cmpstr (coprod_person_get_access_needs (person), ==, "Step-free access");

  coprod_person_set_side (person, COPROD_SIDE_YOUNG_PERSON);
  coprod_person_set_side (person, COPROD_SIDE_YOUNG_PERSON);
  assert_recorded (notes, "side;");
  g_object_set (person, "side", COPROD_SIDE_PROFESSIONAL, NULL);
  assert_recorded (notes, "side;");
  coprod_person_set_show_on_shared_screen (person, FALSE);
  coprod_person_set_show_on_shared_screen (person, FALSE);
  assert_recorded (notes, "show-on-shared-screen;");
  coprod_person_set_show_on_shared_screen (person, TRUE);
  g_object_set (person, "show-on-shared-screen", FALSE, NULL);
  assert_recorded (notes, "show-on-shared-screen;show-on-shared-screen;");
  coprod_person_set_support_me (person, "Papers two weeks before");
  coprod_person_set_important_to_me (person, "Plain words");
  coprod_person_set_role_text (person, "Parent carer");
  coprod_person_set_organisation (person, "Forum");
  assert_recorded (notes, "support-me;important-to-me;role-text;organisation;");
  unwatch (person, notes);
  g_assert_true (coprod_store_get_has_pending (f->store));

  other = add_person (team, "Ben", COPROD_SIDE_OTHER);
  assert_recorded (people_log, "1-0+1;");
  g_assert_cmpint (coprod_person_get_side (other), ==, COPROD_SIDE_OTHER);
  g_assert_cmpstr (coprod_side_to_string (COPROD_SIDE_YOUNG_PERSON), ==, "young_person");
  g_assert_cmpint (coprod_side_from_string ("professional"), ==, COPROD_SIDE_PROFESSIONAL);
  g_assert_cmpint (coprod_side_from_string ("nonsense"), ==, COPROD_SIDE_OTHER);
  unwatch (coprod_team_get_people (team), people_log);

  assert_survives_reopen (f);
  team = item (coprod_context_get_teams (f->context), 0);
  person = item (coprod_team_get_people (team), 0);
  g_assert_cmpstr (coprod_person_get_name (person), ==, "Amara Okafor");
  g_assert_cmpint (coprod_person_get_side (person), ==, COPROD_SIDE_PROFESSIONAL);
  g_assert_false (coprod_person_get_show_on_shared_screen (person));
  g_assert_cmpstr (coprod_person_get_support_me (person), ==, "Papers two weeks before");
}

static void
test_meeting (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GDateTime) starts = london (2026, 5, 12, 10, 0);
  g_autoptr(GDateTime) ends = london (2026, 5, 12, 12, 30);
  g_autoptr(GDateTime) moved = london (2026, 5, 19, 14, 15);
  g_autoptr(GDateTime) same_instant = g_date_time_to_utc (moved);
  g_autoptr(GDateTime) later_end = london (2026, 5, 19, 17, 0);
  g_autoptr(Recorder) notes = NULL;
  g_autoptr(GDateTime) read = NULL;
  CoprodTeam *team = create_team (f, "Team");
  CoprodMeeting *meeting;

  meeting = add_meeting (team, "Short breaks", starts, ends);
  g_assert_cmpint (coprod_meeting_get_team_id (meeting), ==, coprod_team_get_id (team));
  g_assert_cmpint (coprod_meeting_get_status (meeting), ==, COPROD_MEETING_PLANNED);
  g_assert_true (g_date_time_equal (coprod_meeting_get_starts_at (meeting), starts));
  g_assert_true (g_date_time_equal (coprod_meeting_get_planned_end (meeting), ends));
  g_assert_cmpint (coprod_meeting_get_starts_at_unix (meeting), ==, g_date_time_to_unix (starts));

  notes = watch_notify (meeting);
  coprod_meeting_set_title (meeting, "Short breaks: what next");
  coprod_meeting_set_title (meeting, "Short breaks: what next");
  coprod_meeting_set_purpose (meeting, "Agree three changes");
  coprod_meeting_set_place (meeting, "Room 2");
  coprod_meeting_set_private_notes (meeting, "Ask Tom about the budget");
  assert_recorded (notes, "title;purpose;place;private-notes;");

  /* Moving the start keeps the length: the planned end moves with it. */
  coprod_meeting_set_starts_at (meeting, moved);
  assert_recorded (notes, "starts-at;starts-at-unix;planned-end;");
  g_assert_true (g_date_time_equal (coprod_meeting_get_starts_at (meeting), moved));
  g_assert_cmpint (g_date_time_get_hour (coprod_meeting_get_planned_end (meeting)), ==, 16);
  g_assert_cmpint (g_date_time_get_minute (coprod_meeting_get_planned_end (meeting)), ==, 45);
  g_assert_cmpint (g_date_time_difference (coprod_meeting_get_planned_end (meeting),
                                           coprod_meeting_get_starts_at (meeting)),
                   ==, 150 * G_TIME_SPAN_MINUTE);

  /* The same instant in another zone is no change. */
  coprod_meeting_set_starts_at (meeting, same_instant);
  g_object_set (meeting, "starts-at", moved, NULL);
  assert_recorded (notes, "");

  coprod_meeting_set_planned_end (meeting, later_end);
  coprod_meeting_set_planned_end (meeting, later_end);
  assert_recorded (notes, "planned-end;");
  g_assert_true (g_date_time_equal (coprod_meeting_get_starts_at (meeting), moved));
  g_object_get (meeting, "planned-end", &read, NULL);
  g_assert_true (g_date_time_equal (read, later_end));
  unwatch (meeting, notes);

  assert_survives_reopen (f);
  team = item (coprod_context_get_teams (f->context), 0);
  meeting = item (coprod_team_get_meetings (team), 0);
  g_assert_cmpstr (coprod_meeting_get_title (meeting), ==, "Short breaks: what next");
  g_assert_cmpstr (coprod_meeting_get_private_notes (meeting), ==, "Ask Tom about the budget");
  g_assert_true (g_date_time_equal (coprod_meeting_get_starts_at (meeting), moved));
  g_assert_true (g_date_time_equal (coprod_meeting_get_planned_end (meeting), later_end));
}

static void
assert_local (GDateTime *when,
              int        day,
              int        hour,
              int        minute,
              int        offset_hours)
{
  g_assert_cmpint (g_date_time_get_day_of_month (when), ==, day);
  g_assert_cmpint (g_date_time_get_hour (when), ==, hour);
  g_assert_cmpint (g_date_time_get_minute (when), ==, minute);
  g_assert_cmpint (g_date_time_get_utc_offset (when), ==, offset_hours * G_TIME_SPAN_HOUR);
}

/* The clocks go back at 02:00 BST on 25 October 2026 and forward at 01:00 GMT on
 * 29 March 2026. A meeting keeps its instants, so its real length is kept too. */
static void
test_clock_change (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) autumn_start = london (2026, 10, 25, 0, 30);
  g_autoptr(GDateTime) autumn_end = london (2026, 10, 25, 3, 0);
  g_autoptr(GDateTime) spring_start = london (2026, 3, 29, 0, 30);
  g_autoptr(GDateTime) spring_end = london (2026, 3, 29, 3, 0);
  g_autoptr(GDateTime) day_before = london (2026, 10, 24, 10, 0);
  g_autoptr(GDateTime) day_before_end = london (2026, 10, 24, 12, 0);
  CoprodTeam *team = create_team (f, "Team");
  CoprodMeeting *autumn, *spring, *moved;
  gint64 autumn_id, spring_id, moved_id;

  autumn = add_meeting (team, "Autumn", autumn_start, autumn_end);
  spring = add_meeting (team, "Spring", spring_start, spring_end);
  moved = add_meeting (team, "Moved", day_before, day_before_end);
  autumn_id = coprod_meeting_get_id (autumn);
  spring_id = coprod_meeting_get_id (spring);
  moved_id = coprod_meeting_get_id (moved);

  /* Two and a half hours on the clock, but three and a half in the room. */
  assert_local (coprod_meeting_get_starts_at (autumn), 25, 0, 30, 1);
  assert_local (coprod_meeting_get_planned_end (autumn), 25, 3, 0, 0);
  g_assert_cmpint (g_date_time_difference (coprod_meeting_get_planned_end (autumn),
                                           coprod_meeting_get_starts_at (autumn)),
                   ==, 210 * G_TIME_SPAN_MINUTE);
  assert_local (coprod_meeting_get_starts_at (spring), 29, 0, 30, 0);
  assert_local (coprod_meeting_get_planned_end (spring), 29, 3, 0, 1);

  /* A two-hour meeting moved to just before the change still lasts two hours, and
   * ends at the second 01:30 of the night. */
  coprod_meeting_set_starts_at (moved, autumn_start);
  assert_local (coprod_meeting_get_planned_end (moved), 25, 1, 30, 0);
  g_assert_cmpint (g_date_time_difference (coprod_meeting_get_planned_end (moved),
                                           coprod_meeting_get_starts_at (moved)),
                   ==, 2 * G_TIME_SPAN_HOUR);

  assert_survives_reopen (f);
  team = item (coprod_context_get_teams (f->context), 0);
  for (guint i = 0; i < 3; i++)
    {
      CoprodMeeting *meeting = item (coprod_team_get_meetings (team), i);
      gint64 id = coprod_meeting_get_id (meeting);
      GDateTime *start = coprod_meeting_get_starts_at (meeting);
      GDateTime *end = coprod_meeting_get_planned_end (meeting);

      if (id == autumn_id)
        {
          g_assert_cmpint (g_date_time_to_unix (start), ==, g_date_time_to_unix (autumn_start));
          g_assert_cmpint (g_date_time_to_unix (end), ==, g_date_time_to_unix (autumn_end));
          assert_local (end, 25, 3, 0, 0);
        }
      else if (id == spring_id)
        {
          g_assert_cmpint (g_date_time_difference (end, start), ==, 90 * G_TIME_SPAN_MINUTE);
          assert_local (start, 29, 0, 30, 0);
        }
      else
        {
          g_assert_cmpint (id, ==, moved_id);
          assert_local (start, 25, 0, 30, 1);
          assert_local (end, 25, 1, 30, 0);
        }
    }
}

static void
test_delete_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) starts = london (2026, 6, 1, 10, 0);
  g_autoptr(GDateTime) ends = london (2026, 6, 1, 11, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(Recorder) teams_log = NULL;
  g_autoptr(Recorder) people_log = NULL;
  g_autoptr(Recorder) meetings_log = NULL;
  GListModel *teams = coprod_context_get_teams (f->context);
  CoprodTeam *team = create_team (f, "Team");
  CoprodTeam *gone_team = create_team (f, "Gone");
  CoprodPerson *a = add_person (team, "A", COPROD_SIDE_FAMILY);
  CoprodPerson *b = add_person (team, "B", COPROD_SIDE_PROFESSIONAL);
  CoprodPerson *c = add_person (team, "C", COPROD_SIDE_FAMILY);
  CoprodMeeting *m1 = add_meeting (team, "M1", starts, ends);
  CoprodMeeting *m2 = add_meeting (team, "M2", starts, ends);
  gint64 gone_team_id = coprod_team_get_id (gone_team);
  gint64 c_id = coprod_person_get_id (c);
  gint64 m2_id = coprod_meeting_get_id (m2);

  add_person (gone_team, "In a gone team", COPROD_SIDE_FAMILY);
  teams_log = watch_items (teams);
  people_log = watch_items (coprod_team_get_people (team));
  meetings_log = watch_items (coprod_team_get_meetings (team));

  /* The lists hold the only references; whoever offers an undo keeps its own. */
  g_object_ref (b);
  g_object_ref (m1);
  g_object_ref (team);

  g_assert_true (coprod_team_delete_person (team, b, &error));
  g_assert_no_error (error);
  assert_recorded (people_log, "1-1+0;");
  g_assert_null (coprod_team_find_person (team, coprod_person_get_id (b)));
  /* Deleting twice changes nothing more. */
  g_assert_true (coprod_team_delete_person (team, b, &error));
  assert_recorded (people_log, "");
  g_assert_true (coprod_team_restore_person (team, b, &error));
  g_assert_no_error (error);
  assert_recorded (people_log, "2-0+1;");
  g_assert_true (coprod_team_find_person (team, coprod_person_get_id (b)) == b);
  g_assert_true (coprod_team_restore_person (team, b, &error));
  assert_recorded (people_log, "");
  g_assert_true (coprod_team_delete_person (team, c, &error));
  assert_recorded (people_log, "1-1+0;");
  g_assert_true (coprod_team_find_person (team, coprod_person_get_id (a)) == a);

  g_assert_true (coprod_team_delete_meeting (team, m1, &error));
  g_assert_no_error (error);
  assert_recorded (meetings_log, "0-1+0;");
  g_assert_true (coprod_team_restore_meeting (team, m1, &error));
  assert_recorded (meetings_log, "1-0+1;");
  g_assert_true (coprod_team_delete_meeting (team, m2, &error));
  assert_recorded (meetings_log, "0-1+0;");
  g_assert_cmpuint (g_list_model_get_n_items (coprod_team_get_meetings (team)), ==, 1);

  g_assert_true (coprod_context_delete_team (f->context, team, &error));
  g_assert_no_error (error);
  assert_recorded (teams_log, "0-1+0;");
  g_assert_null (coprod_context_find_team (f->context, coprod_team_get_id (team)));
  g_assert_true (coprod_context_restore_team (f->context, team, &error));
  g_assert_no_error (error);
  assert_recorded (teams_log, "1-0+1;");
  g_assert_true (coprod_context_find_team (f->context, coprod_team_get_id (team)) == team);
  g_assert_true (coprod_context_delete_team (f->context, gone_team, &error));
  assert_recorded (teams_log, "0-1+0;");

  g_object_unref (b);
  g_object_unref (m1);
  g_object_unref (team);

  /* Deletions are undoable for a day, by any copy of Coprod: after that the next open
   * removes them for good. */
  g_assert_false (coprod_store_get_has_pending (f->store));
  unwatch (teams, teams_log);
  unwatch (coprod_team_get_people (team), people_log);
  unwatch (coprod_team_get_meetings (team), meetings_log);
  {
    g_autofree char *before = describe_context (f->context);
    g_autofree char *after = NULL;

    close_context (f);
    coprod_test_age_deleted_rows (f->data_dir, COPROD_STORE_KEEP_DELETED_SECONDS + 60);
    open_context (f);
    after = describe_context (f->context);
    g_assert_cmpstr (after, ==, before);
  }

  teams = coprod_context_get_teams (f->context);
  g_assert_cmpuint (g_list_model_get_n_items (teams), ==, 1);
  team = item (teams, 0);
  g_assert_cmpstr (coprod_team_get_name (team), ==, "Team");
  g_assert_null (coprod_context_find_team (f->context, gone_team_id));
  g_assert_cmpuint (g_list_model_get_n_items (coprod_team_get_people (team)), ==, 2);
  g_assert_null (coprod_team_find_person (team, c_id));
  g_assert_cmpuint (g_list_model_get_n_items (coprod_team_get_meetings (team)), ==, 1);
  g_assert_cmpint (coprod_meeting_get_id (item (coprod_team_get_meetings (team), 0)), !=, m2_id);
  g_assert_null (coprod_store_get_row (f->store, COPROD_TABLE_TEAM, gone_team_id, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
}

/* Someone deleted in this copy of Coprod, while another copy opens and closes the same
 * folder (the command line, a second window with --data-dir): Undo brings them back, and
 * what is typed about them afterwards reaches the file. */
static void
test_undo_across_processes (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodPerson) dana = NULL;
  g_autoptr(GVariant) row = NULL;
  CoprodStore *second;
  CoprodTeam *team = create_team (f, "Riverside");
  GListModel *people = coprod_team_get_people (team);
  gint64 id;
  const char *likes = NULL;

  dana = g_object_ref (add_person (team, "Dana", COPROD_SIDE_FAMILY));
  id = coprod_person_get_id (dana);
  g_assert_true (coprod_team_delete_person (team, dana, &error));
  g_assert_no_error (error);

  second = coprod_store_open (f->data_dir, &error);
  g_assert_no_error (error);
  g_assert_true (coprod_store_close (second, &error));
  g_assert_finalize_object (second);

  g_assert_true (coprod_team_restore_person (team, dana, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);
  coprod_person_set_likes_about_me (dana, "Brings cake");
  g_assert_true (coprod_store_flush (f->store, &error));
  g_assert_no_error (error);

  g_clear_object (&dana);
  reopen (f);
  row = coprod_store_get_row (f->store, COPROD_TABLE_PERSON, id, &error);
  g_assert_no_error (error);
  g_assert_true (g_variant_lookup (row, "likes_about_me", "&s", &likes));
  g_assert_cmpstr (likes, ==, "Brings cake");
  team = item (coprod_context_get_teams (f->context), 0);
  g_assert_nonnull (coprod_team_find_person (team, id));
}

static void
record_error_cb (CoprodStore  *store,
                 const GError *error,
                 GError      **out)
{
  g_clear_error (out);
  *out = g_error_copy (error);
}

/* Someone deleted more than a day ago, removed for good when another copy opened the
 * folder: Undo fails with an error and leaves them out of the list, and an edit of them
 * is reported on the store's "failed" signal rather than passing for saved. */
static void
test_restore_purged (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) failed = NULL;
  g_autoptr(CoprodPerson) ezra = NULL;
  CoprodStore *second;
  CoprodTeam *team = create_team (f, "Riverside");
  GListModel *people = coprod_team_get_people (team);

  ezra = g_object_ref (add_person (team, "Ezra", COPROD_SIDE_FAMILY));
  g_assert_true (coprod_team_delete_person (team, ezra, &error));
  g_assert_no_error (error);
  g_assert_false (coprod_store_get_has_pending (f->store));
  coprod_test_age_deleted_rows (f->data_dir, COPROD_STORE_KEEP_DELETED_SECONDS + 60);

  second = coprod_store_open (f->data_dir, &error);
  g_assert_no_error (error);
  g_assert_true (coprod_store_close (second, &error));
  g_assert_finalize_object (second);

  g_assert_false (coprod_team_restore_person (team, ezra, &error));
  g_assert_error (error, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  g_assert_null (coprod_team_find_person (team, coprod_person_get_id (ezra)));

  g_signal_connect (f->store, "failed", G_CALLBACK (record_error_cb), &failed);
  coprod_person_set_likes_about_me (ezra, "Loves trains");
  g_assert_error (failed, COPROD_STORE_ERROR, COPROD_STORE_ERROR_NOT_FOUND);
  g_signal_handlers_disconnect_by_data (f->store, &failed);
}

static void
test_blank (Fixture       *f,
            gconstpointer  data)
{
  CoprodTeam *team = create_team (f, "Team");
  CoprodPerson *person = add_person (team, "", COPROD_SIDE_FAMILY);
  CoprodPerson *named = add_person (team, "Sunita", COPROD_SIDE_PROFESSIONAL);

  g_assert_true (coprod_person_is_blank (person));
  g_assert_false (coprod_person_is_blank (named));

  /* Side and the shared-screen switch are choices, not something written. */
  coprod_person_set_side (person, COPROD_SIDE_OTHER);
  coprod_person_set_show_on_shared_screen (person, FALSE);
  g_assert_true (coprod_person_is_blank (person));

  coprod_person_set_name (person, " \t\n\u00a0\u2003");
  g_assert_true (coprod_person_is_blank (person));
  coprod_person_set_access_needs (person, "  x ");
  g_assert_false (coprod_person_is_blank (person));
  coprod_person_set_access_needs (person, "");
  g_assert_true (coprod_person_is_blank (person));
  coprod_person_set_support_me (person, "😀");
  g_assert_false (coprod_person_is_blank (person));
  coprod_person_set_support_me (person, "");
  coprod_person_set_likes_about_me (person, ".");
  g_assert_false (coprod_person_is_blank (person));
  coprod_person_set_likes_about_me (person, NULL);
  g_assert_true (coprod_person_is_blank (person));
  coprod_person_set_name (person, "Jo");
  g_assert_false (coprod_person_is_blank (person));
}

static void
test_example (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  CoprodTeam *team;
  GListModel *people, *meetings;
  guint family = 0, professional = 0, upcoming = 0, past = 0, n_people;
  gint64 team_id;

  team = coprod_context_add_example (f->context, &error);
  g_assert_no_error (error);
  g_assert_true (COPROD_IS_TEAM (team));
  g_assert_false (coprod_store_get_has_pending (f->store));
  g_assert_cmpstr (coprod_team_get_name (team), !=, "");
  g_assert_cmpstr (coprod_team_get_group_a_label (team), !=, "");
  g_assert_cmpstr (coprod_team_get_group_b_label (team), !=, "");
  team_id = coprod_team_get_id (team);

  people = coprod_team_get_people (team);
  g_assert_cmpuint (g_list_model_get_n_items (people), >=, 8);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      CoprodPerson *person = item (people, i);
      g_autofree char *likes = g_strstrip (g_strdup (coprod_person_get_likes_about_me (person)));

      g_assert_cmpstr (likes, !=, "");
      g_assert_cmpstr (coprod_person_get_name (person), !=, "");
      g_assert_false (coprod_person_is_blank (person));
      if (coprod_person_get_side (person) == COPROD_SIDE_FAMILY)
        family++;
      else if (coprod_person_get_side (person) == COPROD_SIDE_PROFESSIONAL)
        professional++;
    }
  g_assert_cmpuint (family, >=, 1);
  g_assert_cmpuint (professional, >=, 1);
  n_people = g_list_model_get_n_items (people);

  meetings = coprod_team_get_meetings (team);
  for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
    {
      CoprodMeeting *meeting = item (meetings, i);

      g_assert_cmpstr (coprod_meeting_get_title (meeting), !=, "");
      if (g_date_time_compare (coprod_meeting_get_starts_at (meeting), now) > 0)
        upcoming++;
      else
        past++;
    }
  g_assert_cmpuint (upcoming, >=, 1);
  g_test_message ("example: %u people, %u upcoming and %u past meetings",
                  n_people, upcoming, past);

  /* Adding it twice makes a second team, not a muddle of the first. */
  g_assert_nonnull (coprod_context_add_example (f->context, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (coprod_context_get_teams (f->context)), ==, 2);

  assert_survives_reopen (f);
  team = coprod_context_find_team (f->context, team_id);
  g_assert_nonnull (team);
  g_assert_cmpuint (g_list_model_get_n_items (coprod_team_get_people (team)), ==, n_people);
}

/* Everything at once: several teams with people and meetings, edited in every field, and
 * read back equal by a new context over a new store. */
static void
test_persist (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GDateTime) starts = london (2026, 2, 3, 9, 30);
  g_autoptr(GDateTime) ends = london (2026, 2, 3, 11, 0);
  g_autoptr(GDateTime) moved = london (2026, 2, 10, 13, 0);

  for (guint t = 0; t < 3; t++)
    {
      g_autofree char *name = g_strdup_printf ("Team %u ✨", t);
      CoprodTeam *team = create_team (f, name);

      coprod_team_set_group_a_label (team, "Parents and carers");
      coprod_team_set_group_b_label (team, "Practitioners");
      for (guint p = 0; p < 4; p++)
        {
          g_autofree char *person_name = g_strdup_printf ("Person %u.%u", t, p);
          CoprodPerson *person = add_person (team, person_name, (CoprodSide) p);

          coprod_person_set_role_text (person, "Role");
          coprod_person_set_organisation (person, p % 2 ? "Council" : "");
          coprod_person_set_likes_about_me (person, "Kind\nand funny");
          coprod_person_set_important_to_me (person, "Being heard");
          coprod_person_set_support_me (person, "Time to think");
          coprod_person_set_access_needs (person, p == 0 ? "Large print" : "");
          coprod_person_set_show_on_shared_screen (person, p != 2);
        }
      for (guint m = 0; m < 2; m++)
        {
          g_autofree char *title = g_strdup_printf ("Meeting %u.%u", t, m);
          CoprodMeeting *meeting = add_meeting (team, title, starts, ends);

          coprod_meeting_set_purpose (meeting, "Purpose");
          coprod_meeting_set_place (meeting, "Room 2");
          coprod_meeting_set_private_notes (meeting, "Private");
          if (m == 1)
            coprod_meeting_set_starts_at (meeting, moved);
        }
    }

  /* The last edits are still pending: closing the store must commit them. */
  g_assert_true (coprod_store_get_has_pending (f->store));
  assert_survives_reopen (f);
  g_assert_cmpuint (g_list_model_get_n_items (coprod_context_get_teams (f->context)), ==, 3);
  {
    CoprodTeam *team = item (coprod_context_get_teams (f->context), 2);
    CoprodMeeting *meeting = item (coprod_team_get_meetings (team), 1);

    g_assert_cmpstr (coprod_team_get_name (team), ==, "Team 2 ✨");
    g_assert_true (g_date_time_equal (coprod_meeting_get_starts_at (meeting), moved));
  }
}

/* The glossary: a team's own copy of the default one, kept in the order of its words. */

static CoprodTeam *
reopen_first_team (Fixture *f)
{
  g_autoptr(CoprodTeam) team = NULL;

  reopen (f);
  team = g_list_model_get_item (coprod_context_get_teams (f->context), 0);
  return team;
}

static CoprodTeam *
create_glossary_team (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  CoprodTeam *team = coprod_context_create_team (f->context, "Riverside", &error);

  g_assert_no_error (error);
  return team;
}

/* The words of the glossary, joined with "|", to compare whole lists at once. */
static char *
list_terms (GListModel *glossary)
{
  GString *terms = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (glossary); i++)
    {
      g_autoptr(CoprodGlossaryTerm) term = g_list_model_get_item (glossary, i);

      g_string_append_printf (terms, "%s%s", i > 0 ? "|" : "", coprod_glossary_term_get_term (term));
    }
  return g_string_free (terms, FALSE);
}

static void
delete_all (CoprodTeam *team)
{
  GListModel *glossary = coprod_team_get_glossary (team);
  g_autoptr(GError) error = NULL;

  while (g_list_model_get_n_items (glossary) > 0)
    {
      g_autoptr(CoprodGlossaryTerm) term = g_list_model_get_item (glossary, 0);

      g_assert_true (coprod_team_delete_glossary_term (team, term, &error));
      g_assert_no_error (error);
    }
}

static void
count_glossary_cb (GObject    *object,
                   GParamSpec *pspec,
                   guint      *count)
{
  (*count)++;
}

static void
test_glossary_defaults (Fixture       *f,
               gconstpointer  data)
{
  CoprodTeam *team = create_glossary_team (f);
  GListModel *glossary = coprod_team_get_glossary (team);
  CoprodGlossaryTerm *ehcp;
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (glossary);

  /* A new team has its own copy of the glossary, each term with its meaning. */
  g_assert_cmpuint (n, >=, 80);
  ehcp = coprod_team_find_glossary_term (team, "ehc plan");
  g_assert_nonnull (ehcp);
  g_assert_cmpstr (coprod_glossary_term_get_term (ehcp), ==, "EHCP");
  g_assert_cmpstr (coprod_glossary_term_get_plain_meaning (ehcp), !=, "");
  g_assert_nonnull (strstr (coprod_glossary_term_get_also_known_as (ehcp),
                            "EHC plan\nEducation, Health and Care plan"));
  g_assert_nonnull (coprod_team_find_glossary_term (team, "SENCO"));
  g_assert_nonnull (coprod_team_find_glossary_term (team, "respite"));

  /* Adding it again adds nothing twice. */
  g_assert_true (coprod_team_add_default_glossary (team, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (glossary), ==, n);

  /* Each team's copy is its own. */
  coprod_glossary_term_set_plain_meaning (ehcp, "Our words for it.");
  {
    g_autoptr(GError) other_error = NULL;
    CoprodTeam *other = coprod_context_create_team (f->context, "Hillside", &other_error);
    CoprodGlossaryTerm *theirs = coprod_team_find_glossary_term (other, "EHCP");

    g_assert_no_error (other_error);
    g_assert_cmpstr (coprod_glossary_term_get_plain_meaning (theirs), !=, "Our words for it.");
  }

  team = reopen_first_team (f);
  g_assert_cmpuint (g_list_model_get_n_items (coprod_team_get_glossary (team)), ==, n);
  g_assert_cmpstr (coprod_glossary_term_get_plain_meaning (coprod_team_find_glossary_term (team,
                                                                                            "EHCP")),
                   ==, "Our words for it.");
}

static void
test_glossary_order (Fixture       *f,
            gconstpointer  data)
{
  CoprodTeam *team = create_glossary_team (f);
  GListModel *glossary = coprod_team_get_glossary (team);
  g_autoptr(GError) error = NULL;
  g_autofree char *terms = NULL;
  CoprodGlossaryTerm *zebra;

  delete_all (team);
  coprod_team_add_glossary_term (team, "respite", "A break from caring.", NULL, &error);
  coprod_team_add_glossary_term (team, "Émile's plan", NULL, NULL, &error);
  coprod_team_add_glossary_term (team, "CAMHS", "Mental health help.", NULL, &error);
  zebra = coprod_team_add_glossary_term (team, "zebra crossing", NULL, NULL, &error);
  g_assert_no_error (error);

  /* By the word, without regard to case or accents. */
  terms = list_terms (glossary);
  g_assert_cmpstr (terms, ==, "CAMHS|Émile's plan|respite|zebra crossing");
  g_clear_pointer (&terms, g_free);

  /* A changed word moves to its place. */
  coprod_glossary_term_set_term (zebra, "annual review");
  terms = list_terms (glossary);
  g_assert_cmpstr (terms, ==, "annual review|CAMHS|Émile's plan|respite");
  g_clear_pointer (&terms, g_free);

  team = reopen_first_team (f);
  terms = list_terms (coprod_team_get_glossary (team));
  g_assert_cmpstr (terms, ==, "annual review|CAMHS|Émile's plan|respite");
}

static void
test_glossary_edit (Fixture       *f,
                          gconstpointer  data)
{
  CoprodTeam *team = create_glossary_team (f);
  GListModel *glossary;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *terms = NULL;
  g_auto(GStrv) forms = NULL;
  CoprodGlossaryTerm *ras, *budget;
  guint notified = 0;

  delete_all (team);
  ras = coprod_team_add_glossary_term (team, "RAS", "", "resource allocation system", &error);
  budget = coprod_team_add_glossary_term (team, "personal budget", "Money for support.", NULL,
                                          &error);
  g_assert_no_error (error);

  /* Each property notifies once per real change, and writes through. */
  g_signal_connect (ras, "notify::plain-meaning", G_CALLBACK (count_glossary_cb), &notified);
  coprod_glossary_term_set_plain_meaning (ras, "How the council works out a first amount.");
  coprod_glossary_term_set_plain_meaning (ras, "How the council works out a first amount.");
  g_assert_cmpuint (notified, ==, 1);
  coprod_glossary_term_set_also_known_as (ras, "resource allocation system\n  \nR.A.S.\n");
  forms = coprod_glossary_term_dup_other_forms (ras);
  g_assert_cmpuint (g_strv_length (forms), ==, 2);
  g_assert_cmpstr (forms[1], ==, "R.A.S.");

  /* Search: any part of the word, its other forms or its meaning, folded. */
  found = coprod_team_search_glossary (team, "ALLOCATION");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (g_ptr_array_index (found, 0) == ras);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = coprod_team_search_glossary (team, "mòney");
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (g_ptr_array_index (found, 0) == budget);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = coprod_team_search_glossary (team, "");
  g_assert_cmpuint (found->len, ==, 2);
  g_clear_pointer (&found, g_ptr_array_unref);
  g_assert_true (coprod_team_find_glossary_term (team, "Resource Allocation System") == ras);
  g_assert_null (coprod_team_find_glossary_term (team, "resource"));

  /* Deleting is undone by restoring, which puts the term back in its place. */
  g_object_ref (ras);
  g_assert_true (coprod_team_delete_glossary_term (team, ras, &error));
  g_assert_no_error (error);
  glossary = coprod_team_get_glossary (team);
  terms = list_terms (glossary);
  g_assert_cmpstr (terms, ==, "personal budget");
  g_clear_pointer (&terms, g_free);
  g_assert_null (coprod_team_find_glossary_term (team, "RAS"));
  g_assert_true (coprod_team_restore_glossary_term (team, ras, &error));
  g_assert_no_error (error);
  terms = list_terms (glossary);
  g_assert_cmpstr (terms, ==, "personal budget|RAS");
  g_clear_pointer (&terms, g_free);
  g_object_unref (ras);

  /* What was deleted and not restored is gone after a restart; the rest is as left. */
  g_assert_true (coprod_team_delete_glossary_term (team, budget, &error));
  team = reopen_first_team (f);
  glossary = coprod_team_get_glossary (team);
  terms = list_terms (glossary);
  g_assert_cmpstr (terms, ==, "RAS");
  ras = coprod_team_find_glossary_term (team, "r.a.s.");
  g_assert_nonnull (ras);
  g_assert_cmpstr (coprod_glossary_term_get_plain_meaning (ras), ==,
                   "How the council works out a first amount.");
  g_assert_cmpstr (coprod_glossary_term_get_also_known_as (ras), ==,
                   "resource allocation system\n  \nR.A.S.\n");
}

/* The first thing the checker finds in TEXT: its meaning, or "" for a word with none yet,
 * or NULL when it finds nothing. */
static const char *
checked_meaning (CoprodTeam *team,
                 const char *text)
{
  g_autoptr(GArray) matches =
    coprod_plain_language_check (coprod_team_get_plain_language (team), text, -1,
                                 COPROD_PLAIN_CHECK_TERMS);

  if (matches->len == 0)
    return NULL;
  return g_array_index (matches, CoprodPlainMatch, 0).explanation ?: "";
}

static void
count_changes_cb (CoprodTeam *team,
                  guint      *count)
{
  (*count)++;
}

/* The team's checker follows its glossary: words added, changed and taken out. */
static void
test_glossary_checker (Fixture       *f,
                       gconstpointer  data)
{
  CoprodTeam *team = create_glossary_team (f);
  g_autoptr(GError) error = NULL;
  CoprodGlossaryTerm *term;
  guint changes = 0;

  g_assert_nonnull (checked_meaning (team, "Her EHCP review is in May."));
  g_assert_null (checked_meaning (team, "We met the Zog team."));

  g_signal_connect (team, "glossary-changed", G_CALLBACK (count_changes_cb), &changes);
  term = coprod_team_add_glossary_term (team, "Zog team", "", "zoggers", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (checked_meaning (team, "We met the Zog team."), ==, "");

  coprod_glossary_term_set_plain_meaning (term, "The people who plan short breaks.");
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpstr (checked_meaning (team, "We met the zog Team."), ==,
                   "The people who plan short breaks.");

  coprod_glossary_term_set_also_known_as (term, "short breaks planners");
  g_assert_cmpuint (changes, ==, 3);
  g_assert_null (checked_meaning (team, "Ask the zoggers."));
  g_assert_nonnull (checked_meaning (team, "Ask the short breaks planners."));

  coprod_glossary_term_set_term (term, "Zig team");
  g_assert_cmpuint (changes, ==, 4);
  g_assert_null (checked_meaning (team, "We met the Zog team."));
  g_assert_nonnull (checked_meaning (team, "We met the Zig team."));

  g_assert_true (coprod_team_delete_glossary_term (team, term, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 5);
  g_assert_null (checked_meaning (team, "We met the Zig team."));
}

/* The words of a meeting: the glossary's and unexplained capitals, found in what the
 * room sees and never in private notes, each once, with where it is first used; and
 * those of one of its items. */
static void
test_meeting_words (Fixture       *f,
                    gconstpointer  data)
{
  CoprodTeam *team = create_glossary_team (f);
  g_autoptr(GDateTime) starts_at = g_date_time_new_local (2026, 12, 1, 18, 0, 0);
  g_autoptr(GDateTime) planned_end = g_date_time_add_hours (starts_at, 2);
  CoprodMeeting *meeting = add_meeting (team, "Autumn forum", starts_at, planned_end);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GString) listed = g_string_new (NULL);
  CoprodAgendaItem *agenda_item;

  coprod_meeting_set_purpose (meeting, "Talk about EHC plans and what QZX means; two QZXs.");
  coprod_meeting_set_private_notes (meeting, "The SENCO is leaving; ask about the WQV.");
  agenda_item = coprod_meeting_add_agenda_item (meeting, COPROD_AGENDA_KIND_ITEM,
                                                "Short breaks", 20, &error);
  g_assert_no_error (error);
  coprod_agenda_item_set_plain_description (agenda_item, "Respite, and the EHCP again.");
  coprod_agenda_item_set_private_notes (agenda_item, "Mention the RAS only if asked.");
  g_assert_nonnull (coprod_team_add_action (team, "Find out about direct payments", 0, NULL,
                                            coprod_meeting_get_id (meeting), 0, &error));
  g_assert_no_error (error);

  words = coprod_team_dup_meeting_words (team, meeting, COPROD_MEETING_WORDS_ACRONYMS);
  for (guint i = 0; i < words->len; i++)
    {
      CoprodMeetingWord *word = g_ptr_array_index (words, i);

      g_string_append_printf (listed, "%s%s (%s, %s)", i > 0 ? "|" : "", word->word,
                              word->where, word->term != NULL ? "glossary" : "new");
    }
  g_assert_cmpstr (listed->str, ==,
                   "direct payments (the actions, glossary)|"
                   "EHCP (the purpose, glossary)|"
                   "QZX (the purpose, new)|"
                   "respite (the agenda item “Short breaks”, glossary)|"
                   "short breaks (the agenda item “Short breaks”, glossary)");
  g_clear_pointer (&words, g_ptr_array_unref);

  words = coprod_team_dup_meeting_words (team, meeting, COPROD_MEETING_WORDS_DEFAULT);
  g_assert_cmpuint (words->len, ==, 4);
  g_clear_pointer (&words, g_ptr_array_unref);

  /* A meaning of nothing but spaces is no meaning: the word still needs explaining. */
  coprod_glossary_term_set_plain_meaning (coprod_team_find_glossary_term (team, "respite"),
                                          "  \n ");
  words = coprod_team_dup_meeting_words (team, meeting, COPROD_MEETING_WORDS_DEFAULT);
  for (guint i = 0; i < words->len; i++)
    {
      CoprodMeetingWord *word = g_ptr_array_index (words, i);

      if (g_str_equal (word->word, "respite"))
        g_assert_null (word->meaning);
      else
        g_assert_nonnull (word->meaning);
    }
  g_clear_pointer (&words, g_ptr_array_unref);

  /* What the groups write is looked at for the summary, but for the shared screen only
   * once the room has seen it. */
  {
    CoprodExercise *exercise = coprod_meeting_ensure_exercise (meeting, &error);

    g_assert_no_error (error);
    g_assert_nonnull (coprod_exercise_add (exercise, COPROD_GROUP_A, COPROD_LIST_WE_EXPECT,
                                           COPROD_CATEGORY_TASK, "Talk to the SENCO first",
                                           &error));
    g_assert_no_error (error);
    words = coprod_team_dup_meeting_words (team, meeting, COPROD_MEETING_WORDS_DEFAULT);
    g_assert_cmpuint (words->len, ==, 5);
    g_clear_pointer (&words, g_ptr_array_unref);
    words = coprod_team_dup_meeting_words (team, meeting, COPROD_MEETING_WORDS_ON_SCREEN);
    g_assert_cmpuint (words->len, ==, 4);
    g_clear_pointer (&words, g_ptr_array_unref);
    g_assert_true (coprod_exercise_set_phase (exercise, COPROD_PHASE_REVEALED, &error));
    g_assert_no_error (error);
    words = coprod_team_dup_meeting_words (team, meeting, COPROD_MEETING_WORDS_ON_SCREEN);
    g_assert_cmpuint (words->len, ==, 5);
    g_clear_pointer (&words, g_ptr_array_unref);
  }

  /* One item's words, for the shared screen while it is under way: from its title, what
   * it is about and its shared notes, in the order they come, never its private notes. */
  coprod_agenda_item_set_shared_notes (agenda_item, "Ask about direct payments.");
  words = coprod_team_dup_item_words (team, agenda_item);
  g_string_truncate (listed, 0);
  for (guint i = 0; i < words->len; i++)
    {
      CoprodMeetingWord *word = g_ptr_array_index (words, i);

      g_assert_nonnull (word->term);
      g_string_append_printf (listed, "%s%s", i > 0 ? "|" : "", word->word);
    }
  g_assert_cmpstr (listed->str, ==, "short breaks|respite|EHCP|direct payments");
  g_clear_pointer (&words, g_ptr_array_unref);
  coprod_agenda_item_set_title (agenda_item, "Plain talk");
  coprod_agenda_item_set_plain_description (agenda_item, "");
  coprod_agenda_item_set_shared_notes (agenda_item, "");
  words = coprod_team_dup_item_words (team, agenda_item);
  g_assert_cmpuint (words->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  /* The clock-change test needs this zone; meson sets it too. */
  g_setenv ("TZ", "Europe/London", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/model/team", test_team);
  ADD ("/model/person", test_person);
  ADD ("/model/meeting", test_meeting);
  ADD ("/model/clock-change", test_clock_change);
  ADD ("/model/delete-restore", test_delete_restore);
  ADD ("/model/undo-across-processes", test_undo_across_processes);
  ADD ("/model/restore-purged", test_restore_purged);
  ADD ("/model/blank", test_blank);
  ADD ("/model/example", test_example);
  ADD ("/model/persist", test_persist);
  ADD ("/model/glossary/defaults", test_glossary_defaults);
  ADD ("/model/glossary/order", test_glossary_order);
  ADD ("/model/glossary/edit-delete-restore", test_glossary_edit);
  ADD ("/model/glossary/checker", test_glossary_checker);
  ADD ("/model/glossary/meeting-words", test_meeting_words);
#undef ADD

  return g_test_run ();
}
