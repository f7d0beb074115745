/* test-crash.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "A committed edit survives the process being killed at any moment." A child process
 * (this program run with --child) edits through the model layer and reports each edit
 * once it is committed; the parent kills it with SIGKILL at a random moment, reopens the
 * store and checks that every reported edit is there and the file is healthy.
 */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coprod-context.h"
#include "coprod-test-util.h"

/* Rounds in the suite, and with `-m thorough` (HACKING.md), for a figure worth quoting. */
#define N_ROUNDS 60
#define N_ROUNDS_THOROUGH 250
/* Sequence numbers of round R start at R * SEQ_PER_ROUND, so they only ever grow. */
#define SEQ_PER_ROUND G_GUINT64_CONSTANT (1000000)

static char *self_path;

/* The child */

static void
child_committed_cb (CoprodStore *store,
                    GMainLoop   *loop)
{
  g_main_loop_quit (loop);
}

static void
child_check (GError *error)
{
  if (error != NULL)
    {
      g_printerr ("child: %s\n", error->message);
      exit (2);
    }
}

static int
run_child (const char *data_dir,
           guint32     seed,
           guint64     round_number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodStore) store = NULL;
  g_autoptr(CoprodContext) context = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GString) batch = g_string_new (NULL);
  GRand *rand = g_rand_new_with_seed (seed);
  guint64 seq = round_number * SEQ_PER_ROUND;
  GListModel *people;
  CoprodTeam *team;
  CoprodMeeting *meeting;

  store = coprod_store_open (data_dir, &error);
  child_check (error);
  context = coprod_context_new (store, &error);
  child_check (error);
  g_signal_connect (store, "committed", G_CALLBACK (child_committed_cb), loop);

  if (g_list_model_get_n_items (coprod_context_get_teams (context)) == 0)
    {
      coprod_context_create_team (context, "seq:0", &error);
      child_check (error);
    }
  team = g_list_model_get_item (coprod_context_get_teams (context), 0);
  g_object_unref (team);

  if (g_list_model_get_n_items (coprod_team_get_meetings (team)) == 0)
    {
      g_autoptr(GDateTime) starts = g_date_time_new_now_local ();
      g_autoptr(GDateTime) ends = g_date_time_add_hours (starts, 2);

      coprod_team_add_meeting (team, "seq:0", starts, ends, &error);
      child_check (error);
    }
  meeting = g_list_model_get_item (coprod_team_get_meetings (team), 0);
  g_object_unref (meeting);

  people = coprod_team_get_people (team);
  if (g_list_model_get_n_items (people) == 0)
    {
      coprod_team_add_person (team, "p:0", COPROD_SIDE_FAMILY, &error);
      child_check (error);
    }

  for (;;)
    {
      guint n_edits = g_rand_int_range (rand, 1, 5);

      for (guint i = 0; i < n_edits; i++)
        {
          g_autofree char *text = g_strdup_printf ("seq:%" G_GUINT64_FORMAT, ++seq);
          g_autoptr(CoprodPerson) person = NULL;

          switch (g_rand_int_range (rand, 0, 4))
            {
            case 0:
              person = g_list_model_get_item (people,
                                              g_rand_int_range (rand, 0,
                                                                g_list_model_get_n_items (people)));
              coprod_person_set_likes_about_me (person, text);
              g_string_append_printf (batch, "person %" G_GINT64_FORMAT " likes %" G_GUINT64_FORMAT "\n",
                                      coprod_person_get_id (person), seq);
              break;

            case 1:
              coprod_team_set_name (team, text);
              g_string_append_printf (batch, "team %" G_GINT64_FORMAT " name %" G_GUINT64_FORMAT "\n",
                                      coprod_team_get_id (team), seq);
              break;

            case 2:
              {
                g_autofree char *name = g_strdup_printf ("p:%" G_GUINT64_FORMAT, seq);
                CoprodPerson *added = coprod_team_add_person (team, name, COPROD_SIDE_OTHER,
                                                              &error);

                child_check (error);
                g_string_append_printf (batch, "add %" G_GINT64_FORMAT " %" G_GUINT64_FORMAT "\n",
                                        coprod_person_get_id (added), seq);
              }
              break;

            default:
              coprod_meeting_set_title (meeting, text);
              g_string_append_printf (batch, "meeting %" G_GINT64_FORMAT " title %" G_GUINT64_FORMAT "\n",
                                      coprod_meeting_get_id (meeting), seq);
              break;
            }
        }

      /* Mostly an explicit flush (focus-out, close), sometimes the commit timer. */
      if (g_rand_int_range (rand, 0, 4) != 0)
        coprod_store_flush (store, &error);
      else if (coprod_store_get_has_pending (store))
        g_main_loop_run (loop);
      child_check (error);
      g_assert_false (coprod_store_get_has_pending (store));

      /* Only now is it safe on disk, so only now is it reported. */
      fputs (batch->str, stdout);
      fflush (stdout);
      g_string_truncate (batch, 0);
    }

  return 0;
}

/* The parent */

typedef struct
{
  GInputStream *stdout_pipe;
  GString      *pending;      /* bytes read after the last complete line */
  GPtrArray    *lines;
  GSubprocess  *child;
  guint         kill_source;
  GMainLoop    *loop;
} Round;

static void read_more (Round *state);

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Round *state = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result,
                                                              &error);
  const char *data;
  gsize size;
  char *newline;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  /* The pipe closes when the child dies. */
  if (size == 0)
    {
      g_main_loop_quit (state->loop);
      return;
    }

  g_string_append_len (state->pending, data, size);
  while ((newline = memchr (state->pending->str, '\n', state->pending->len)) != NULL)
    {
      gsize length = newline - state->pending->str;

      g_ptr_array_add (state->lines, g_strndup (state->pending->str, length));
      g_string_erase (state->pending, 0, length + 1);
    }
  read_more (state);
}

static void
read_more (Round *state)
{
  g_input_stream_read_bytes_async (state->stdout_pipe, 4096, G_PRIORITY_DEFAULT, NULL,
                                   read_cb, state);
}

static gboolean
kill_cb (gpointer user_data)
{
  Round *state = user_data;

  state->kill_source = 0;
  g_subprocess_force_exit (state->child);
  return G_SOURCE_REMOVE;
}

static gint64
stored_seq (CoprodStore *store,
            CoprodTable  table,
            gint64       id,
            const char  *column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) row = coprod_store_get_row (store, table, id, &error);
  const char *text = NULL;
  guint64 seq = 0;

  g_assert_no_error (error);
  g_assert_true (g_variant_lookup (row, column, "&s", &text));
  g_assert_true (g_str_has_prefix (text, "seq:"));
  g_assert_true (g_ascii_string_to_unsigned (text + 4, 10, 0, G_MAXUINT64, &seq, NULL));
  return (gint64) seq;
}

static void
check_store (const char *data_dir,
             GHashTable *last_seq,
             GHashTable *added)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CoprodStore) store = coprod_store_open (data_dir, &error);
  g_autoptr(CoprodContext) context = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_assert_no_error (error);
  g_assert_true (coprod_store_check_integrity (store, &error));
  g_assert_no_error (error);

  /* The model can read it all back, too. */
  context = coprod_context_new (store, &error);
  g_assert_no_error (error);

  g_hash_table_iter_init (&iter, added);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(GVariant) row = coprod_store_get_row (store, COPROD_TABLE_PERSON,
                                                      *(gint64 *) key, &error);
      g_autofree char *expected = g_strdup_printf ("p:%" G_GINT64_FORMAT, *(gint64 *) value);
      const char *name = NULL;

      g_assert_no_error (error);
      g_assert_true (g_variant_lookup (row, "name", "&s", &name));
      g_assert_cmpstr (name, ==, expected);
    }

  g_hash_table_iter_init (&iter, last_seq);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(GStrv) parts = g_strsplit (key, " ", 3);
      gint64 id = g_ascii_strtoll (parts[1], NULL, 10);
      gint64 reported = *(gint64 *) value;
      gint64 stored;

      if (g_str_equal (parts[0], "person"))
        stored = stored_seq (store, COPROD_TABLE_PERSON, id, "likes_about_me");
      else if (g_str_equal (parts[0], "team"))
        stored = stored_seq (store, COPROD_TABLE_TEAM, id, "name");
      else
        stored = stored_seq (store, COPROD_TABLE_MEETING, id, "title");

      /* Later edits that were committed but not yet reported may have landed too. */
      if (stored < reported)
        g_error ("%s: reported %" G_GINT64_FORMAT " as committed, but the store has %"
                 G_GINT64_FORMAT, (char *) key, reported, stored);
    }
}

static gint64 *
new_int64 (gint64 value)
{
  return g_memdup2 (&value, sizeof value);
}

/* Files the lines of one round into LAST_SEQ ("person 3 likes" → 1000017) and ADDED
 * (person id → sequence number). */
static guint
take_reports (GPtrArray  *lines,
              GHashTable *last_seq,
              GHashTable *added)
{
  for (guint i = 0; i < lines->len; i++)
    {
      g_auto(GStrv) words = g_strsplit (g_ptr_array_index (lines, i), " ", -1);
      guint n = g_strv_length (words);

      if (n == 3 && g_str_equal (words[0], "add"))
        g_hash_table_insert (added, new_int64 (g_ascii_strtoll (words[1], NULL, 10)),
                             new_int64 (g_ascii_strtoll (words[2], NULL, 10)));
      else if (n == 4)
        {
          gint64 seq = g_ascii_strtoll (words[3], NULL, 10);
          char *field = g_strjoin (" ", words[0], words[1], words[2], NULL);
          gint64 *previous = g_hash_table_lookup (last_seq, field);

          g_assert_true (previous == NULL || *previous < seq);
          g_hash_table_insert (last_seq, field, new_int64 (seq));
        }
      else
        g_error ("The child reported “%s”", (char *) g_ptr_array_index (lines, i));
    }
  return lines->len;
}

static void
test_kill_anytime (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) last_seq = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                          g_free, g_free);
  g_autoptr(GHashTable) added = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                       g_free, g_free);
  g_autofree char *tmp = coprod_test_make_tmp_dir ("coprod-test-crash");
  g_autofree char *data_dir = g_build_filename (tmp, "data", NULL);
  guint total_reports = 0, rounds_with_reports = 0;
  guint n_rounds = g_test_thorough () ? N_ROUNDS_THOROUGH : N_ROUNDS;
  gint64 started = g_get_monotonic_time ();

  for (guint r = 1; r <= n_rounds; r++)
    {
      guint32 seed = g_test_rand_int ();
      guint kill_ms = g_test_rand_int_range (20, 300);
      g_autofree char *seed_arg = g_strdup_printf ("%" G_GUINT32_FORMAT, seed);
      g_autofree char *round_arg = g_strdup_printf ("%u", r);
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GString) pending = g_string_new (NULL);
      g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
      Round state = { NULL, pending, lines, NULL, 0, loop };
      guint n;

      child = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                                self_path, "--child", data_dir, seed_arg, round_arg, NULL);
      g_assert_no_error (error);
      state.child = child;
      state.stdout_pipe = g_subprocess_get_stdout_pipe (child);
      read_more (&state);
      state.kill_source = g_timeout_add (kill_ms, kill_cb, &state);

      g_main_loop_run (loop);
      g_clear_handle_id (&state.kill_source, g_source_remove);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);

      /* It must have died of the kill, not of a failure of its own. */
      if (!g_subprocess_get_if_signaled (child))
        g_error ("Round %u: the child exited by itself with status %d", r,
                 g_subprocess_get_exit_status (child));
      g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);

      n = take_reports (lines, last_seq, added);
      total_reports += n;
      rounds_with_reports += n > 0;
      g_test_message ("round %u: seed %" G_GUINT32_FORMAT ", killed after %u ms, "
                      "%u edits reported, %zu bytes of a line cut off",
                      r, seed, kill_ms, n, pending->len);

      check_store (data_dir, last_seq, added);
    }

  g_test_message ("%u edits reported in %u of %u rounds; %u people added; %.1f s",
                  total_reports, rounds_with_reports, n_rounds, g_hash_table_size (added),
                  (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);

  /* A test that never saw an edit committed would prove nothing. */
  g_assert_cmpuint (rounds_with_reports, >=, n_rounds / 4);
  g_assert_cmpuint (g_hash_table_size (added), >, 0);
  g_assert_cmpuint (g_hash_table_size (last_seq), >=, 3);

  coprod_test_remove_tmp_dir (tmp);
}

int
main (int    argc,
      char **argv)
{
  if (argc == 5 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], (guint32) g_ascii_strtoull (argv[3], NULL, 10),
                      g_ascii_strtoull (argv[4], NULL, 10));

  self_path = g_canonicalize_filename (argv[0], NULL);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/crash/kill-anytime", test_kill_anytime);
  return g_test_run ();
}
