/* test-cli.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the installed-to-be `coprod` binary as a user would from a terminal, with no
 * display at all, and checks what it prints and how it exits.
 */

#include <sys/stat.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <poppler.h>
#include <sqlite3.h>

#include "coprod-test-util.h"

static const char *coprod_path;
/* Run coprod as a user who may read but not write the data: as root, whom no mode
 * stops, the commands run as "nobody". */
static gboolean as_reader;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
become_nobody (gpointer user_data)
{
  if (setgid (65534) != 0 || setuid (65534) != 0)
    _exit (125);
}

/* The binary, where the reader can run it: the build folder may be in a home that only
 * root may enter (a CI checkout in /root, say), so the reader gets a copy of its own. */
static char *reader_dir;

static const char *
reader_binary (void)
{
  static char *copy = NULL;

  if (copy == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) from = g_file_new_for_path (coprod_path);
      g_autoptr(GFile) to = NULL;
      const char *dir = reader_dir = coprod_test_make_tmp_dir ("coprod-cli-reader");

      copy = g_build_filename (dir, "coprod", NULL);
      to = g_file_new_for_path (copy);
      g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
      g_assert_cmpint (g_chmod (copy, 0755), ==, 0);
    }
  return copy;
}

static void
run (Result     *r,
     const char *first_arg,
     ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *) (as_reader && geteuid () == 0 ? reader_binary ()
                                                                  : coprod_path));
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* No display of any kind: these commands must not need one. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "COPROD_DATA_DIR");
  g_subprocess_launcher_setenv (launcher, "GDK_BACKEND", "wayland", TRUE);
  if (as_reader && geteuid () == 0)
    {
      const char *asan = g_getenv ("ASAN_OPTIONS");

      g_subprocess_launcher_set_child_setup (launcher, become_nobody, NULL, NULL);
      /* Under the sanitizers, the leak suppressions are in the source tree, which the
       * reader may not be able to read: its runs check what it may read and write, and
       * leaks on the same paths are checked by the runs as root. */
      if (asan != NULL)
        {
          g_autofree char *options = g_strconcat (asan, ":detect_leaks=0", NULL);

          g_subprocess_launcher_setenv (launcher, "ASAN_OPTIONS", options, TRUE);
        }
    }

  process = g_subprocess_launcher_spawnv (launcher, (const char *const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &r->out, &r->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  r->status = g_subprocess_get_exit_status (process);
}

static char *
data_dir_option (const char *dir)
{
  return g_strdup_printf ("--data-dir=%s", dir);
}

static void
test_version (void)
{
  g_auto(Result) r = { 0 };

  run (&r, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "coprod "));
  g_assert_true (g_regex_match_simple ("^coprod [0-9]+\\.[0-9]+\\.[0-9]+\n$", r.out, 0, 0));
}

static void
test_add_example_and_list (void)
{
  g_autofree char *dir = coprod_test_make_tmp_dir ("coprod-cli");
  g_autofree char *nested = g_build_filename (dir, "new", "folder", NULL);
  g_autofree char *option = data_dir_option (nested);
  g_auto(GStrv) lines = NULL;
  g_auto(Result) empty = { 0 };
  g_auto(Result) added = { 0 };
  g_auto(Result) listed = { 0 };

  /* Listing only reads: a folder that is not there lists nothing, and is not made. */
  run (&empty, option, "--list-meetings", NULL);
  g_assert_cmpint (empty.status, ==, 0);
  g_assert_cmpstr (empty.out, ==, "");
  g_assert_false (g_file_test (nested, G_FILE_TEST_EXISTS));

  run (&added, option, "--add-example", NULL);
  g_assert_cmpint (added.status, ==, 0);
  g_assert_nonnull (strstr (added.out, "Riverside Families Together"));

  run (&listed, option, "--list-meetings", NULL);
  g_assert_cmpint (listed.status, ==, 0);
  lines = g_strsplit (listed.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);   /* two meetings and the final "" */
  for (guint i = 0; i < 2; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      g_assert_true (g_ascii_strtoll (fields[0], NULL, 10) > 0);
      g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$", fields[1], 0, 0));
      g_assert_cmpstr (fields[2], ==, "Riverside Families Together");
    }
  g_assert_cmpstr (lines[2], ==, "");
  coprod_test_remove_tmp_dir (dir);
}

/* The summary of a meeting, from the terminal with no display: a PDF, in large print
 * when asked; a meeting that is not there, or no --output, is refused. */
static void
test_export_summary (void)
{
  g_autofree char *dir = coprod_test_make_tmp_dir ("coprod-cli");
  g_autofree char *option = data_dir_option (dir);
  g_autofree char *pdf = g_build_filename (dir, "Summary — été.pdf", NULL);
  g_autofree char *output = g_strdup_printf ("--output=%s", pdf);
  g_autofree char *export = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) fields = NULL;
  g_auto(Result) added = { 0 };
  g_auto(Result) listed = { 0 };
  g_auto(Result) written = { 0 };
  g_auto(Result) large = { 0 };
  g_auto(Result) missing = { 0 };
  g_auto(Result) no_output = { 0 };
  gsize length = 0;

  run (&added, option, "--add-example", NULL);
  run (&listed, option, "--list-meetings", NULL);
  fields = g_strsplit (listed.out, "\t", 2);
  export = g_strdup_printf ("--export-summary=%s", fields[0]);

  run (&written, option, export, output, NULL);
  g_assert_cmpstr (written.err, ==, "");
  g_assert_cmpint (written.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  run (&large, option, export, output, "--large-print", NULL);
  g_assert_cmpint (large.status, ==, 0);

  run (&missing, option, "--export-summary=999999", output, NULL);
  g_assert_cmpint (missing.status, !=, 0);
  g_assert_nonnull (strstr (missing.err, "no meeting"));

  run (&no_output, option, export, NULL);
  g_assert_cmpint (no_output.status, !=, 0);
  g_assert_nonnull (strstr (no_output.err, "--output"));
  coprod_test_remove_tmp_dir (dir);
}

static void
test_bad_option (void)
{
  g_auto(Result) r = { 0 };

  run (&r, "--no-such-option", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_nonnull (strstr (r.err, "no-such-option"));
  g_assert_cmpstr (r.out, ==, "");
}

static void
test_unusable_data_dir (void)
{
  g_autofree char *dir = coprod_test_make_tmp_dir ("coprod-cli");
  g_autofree char *file = g_build_filename (dir, "a-file", NULL);
  g_autofree char *under_file = g_build_filename (file, "data", NULL);
  g_autofree char *option = data_dir_option (under_file);
  g_auto(Result) list = { 0 };
  g_auto(Result) example = { 0 };

  g_assert_true (g_file_set_contents (file, "not a folder", -1, NULL));

  run (&list, option, "--list-meetings", NULL);
  g_assert_cmpint (list.status, !=, 0);
  g_assert_nonnull (strstr (list.err, "data folder"));
  g_assert_nonnull (strstr (list.err, under_file));

  run (&example, option, "--add-example", NULL);
  g_assert_cmpint (example.status, !=, 0);
  g_assert_nonnull (strstr (example.err, "data folder"));
  coprod_test_remove_tmp_dir (dir);
}

static void
test_damaged_store (void)
{
  g_autofree char *dir = coprod_test_make_tmp_dir ("coprod-cli");
  g_autofree char *db = g_build_filename (dir, "coprod.db", NULL);
  g_autofree char *option = data_dir_option (dir);
  g_autofree char *after = NULL;
  g_auto(Result) r = { 0 };

  g_assert_true (g_file_set_contents (db, "garbage, not a database", -1, NULL));
  run (&r, option, "--list-meetings", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_cmpuint (strlen (r.err), >, 0);
  g_assert_true (g_file_get_contents (db, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "garbage, not a database");
  coprod_test_remove_tmp_dir (dir);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* Every file under DIR, with its mode and SHA-256, one a line, in name order. */
static void
add_tree_sums (GString    *sums,
               const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    {
      const char *path = g_ptr_array_index (names, i);
      GStatBuf st;

      g_assert_cmpint (g_stat (path, &st), ==, 0);
      if (S_ISDIR (st.st_mode))
        {
          g_string_append_printf (sums, "%s/ %o\n", path, st.st_mode & 07777);
          add_tree_sums (sums, path);
        }
      else
        {
          g_autofree char *contents = NULL;
          g_autofree char *sum = NULL;
          gsize length = 0;

          g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
          sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents,
                                             length);
          g_string_append_printf (sums, "%s %o %s\n", path, st.st_mode & 07777, sum);
        }
    }
}

static char *
tree_sums (const char *dir)
{
  GString *sums = g_string_new (NULL);

  add_tree_sums (sums, dir);
  return g_string_free (sums, FALSE);
}

/* The example team, and the id of its first meeting as --export-summary wants it. */
static char *
add_example (const char *option)
{
  g_auto(Result) added = { 0 };
  g_auto(Result) listed = { 0 };
  g_auto(GStrv) fields = NULL;

  run (&added, option, "--add-example", NULL);
  g_assert_cmpint (added.status, ==, 0);
  run (&listed, option, "--list-meetings", NULL);
  g_assert_cmpint (listed.status, ==, 0);
  fields = g_strsplit (listed.out, "\t", 2);
  return g_strdup_printf ("--export-summary=%s", fields[0]);
}

/* Listing and exporting read the store and nothing else: no purge, no migration, no
 * backup, not a byte written, not a mode changed, even when a backup is due. */
static void
test_reads_write_nothing (void)
{
  g_autofree char *dir = coprod_test_make_tmp_dir ("coprod-cli");
  g_autofree char *data = g_build_filename (dir, "data", NULL);
  g_autofree char *option = data_dir_option (data);
  g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *output = g_strdup_printf ("--output=%s", pdf);
  g_autofree char *export = add_example (option);
  g_autofree char *backups = g_build_filename (data, "backups", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Result) listed = { 0 };
  g_auto(Result) written = { 0 };

  /* With no backup from today, a read-write open would write one. */
  coprod_test_remove_tmp_dir (backups);
  before = tree_sums (data);
  g_test_message ("before:\n%s", before);
  run (&listed, option, "--list-meetings", NULL);
  g_assert_cmpint (listed.status, ==, 0);
  run (&written, option, export, output, NULL);
  g_assert_cmpstr (written.err, ==, "");
  g_assert_cmpint (written.status, ==, 0);
  after = tree_sums (data);
  g_assert_cmpstr (after, ==, before);
  coprod_test_remove_tmp_dir (dir);
}

/* A data folder, or a database file, that cannot be written to is still listed and
 * exported from. */
static void
test_read_only_data (gconstpointer data)
{
  gboolean only_the_file = GPOINTER_TO_INT (data);
  g_autofree char *dir = coprod_test_make_tmp_dir ("coprod-cli");
  g_autofree char *store_dir = g_build_filename (dir, "data", NULL);
  g_autofree char *db = g_build_filename (store_dir, "coprod.db", NULL);
  g_autofree char *backups = g_build_filename (store_dir, "backups", NULL);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *pdf = g_build_filename (out_dir, "summary.pdf", NULL);
  g_autofree char *output = g_strdup_printf ("--output=%s", pdf);
  g_autofree char *option = data_dir_option (store_dir);
  g_autofree char *export = add_example (option);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(Result) listed = { 0 };
  g_auto(Result) written = { 0 };

  /* Readable by anyone, writable by no one but root, whom the commands do not run as. */
  g_assert_cmpint (g_mkdir (out_dir, 0777), ==, 0);
  g_assert_cmpint (g_chmod (out_dir, 0777), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (db, 0444), ==, 0);
  if (g_file_test (backups, G_FILE_TEST_IS_DIR))
    g_assert_cmpint (g_chmod (backups, 0555), ==, 0);
  if (only_the_file)
    {
      /* The folder is the reader's own; only the file is not. */
      if (geteuid () == 0)
        g_assert_cmpint (chown (store_dir, 65534, 65534), ==, 0);
      g_assert_cmpint (g_chmod (store_dir, 0755), ==, 0);
    }
  else
    g_assert_cmpint (g_chmod (store_dir, 0555), ==, 0);
  before = tree_sums (store_dir);

  as_reader = TRUE;
  run (&listed, option, "--list-meetings", NULL);
  run (&written, option, export, output, NULL);
  as_reader = FALSE;

  g_assert_cmpstr (listed.err, ==, "");
  g_assert_cmpint (listed.status, ==, 0);
  lines = g_strsplit (listed.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_nonnull (strstr (lines[0], "Riverside Families Together"));
  g_assert_cmpstr (written.err, ==, "");
  g_assert_cmpint (written.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  after = tree_sums (store_dir);
  g_assert_cmpstr (after, ==, before);

  g_chmod (store_dir, 0700);
  if (g_file_test (backups, G_FILE_TEST_IS_DIR))
    g_chmod (backups, 0700);
  coprod_test_remove_tmp_dir (dir);
}

/* --output writes an ordinary file only: a pipe, a device, a folder or a link is
 * refused and left as it was. A new file is its owner's only; one written again keeps
 * its permissions. */
static void
test_export_targets (void)
{
  g_autofree char *dir = coprod_test_make_tmp_dir ("coprod-cli");
  g_autofree char *option = data_dir_option (dir);
  g_autofree char *export = add_example (option);
  g_autofree char *fifo = g_build_filename (dir, "pipe.pdf", NULL);
  g_autofree char *device = g_build_filename (dir, "null.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.pdf", NULL);
  g_autofree char *target = g_build_filename (dir, "target.pdf", NULL);
  g_autofree char *link = g_build_filename (dir, "link.pdf", NULL);
  g_autofree char *fresh = g_build_filename (dir, "new.pdf", NULL);
  g_autofree char *shared = g_build_filename (dir, "shared.pdf", NULL);
  g_autofree char *contents = NULL;
  const char *refused[] = { fifo, device, folder, link };
  GStatBuf st;

  if (!coprod_test_make_export_traps (fifo, device, folder, link, target, "not a summary"))
    refused[1] = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *output = NULL;
      g_auto(Result) r = { 0 };
      GStatBuf before, after;

      if (refused[i] == NULL)
        continue;
      output = g_strdup_printf ("--output=%s", refused[i]);
      g_assert_cmpint (g_lstat (refused[i], &before), ==, 0);
      run (&r, option, export, output, NULL);
      g_assert_cmpint (r.status, !=, 0);
      g_assert_nonnull (strstr (r.err, "Could not write the summary"));
      g_assert_cmpint (g_lstat (refused[i], &after), ==, 0);
      g_assert_cmpuint (before.st_mode, ==, after.st_mode);
      g_assert_cmpuint (before.st_ino, ==, after.st_ino);
      g_assert_cmpuint (before.st_rdev, ==, after.st_rdev);
    }
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "not a summary");
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));

  {
    g_autofree char *output = g_strdup_printf ("--output=%s", fresh);
    g_auto(Result) r = { 0 };

    run (&r, option, export, output, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpuint (coprod_test_file_mode (fresh), ==, 0600);
  }
  {
    g_autofree char *output = g_strdup_printf ("--output=%s", shared);
    g_auto(Result) r = { 0 };

    g_assert_true (g_file_set_contents (shared, "old", -1, NULL));
    g_assert_cmpint (g_chmod (shared, 0640), ==, 0);
    run (&r, option, export, output, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpuint (coprod_test_file_mode (shared), ==, 0640);
    g_clear_pointer (&contents, g_free);
    g_assert_true (g_file_get_contents (shared, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  }
  g_rmdir (folder);
  coprod_test_remove_tmp_dir (dir);
}

static char *
pdf_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *document = poppler_document_new_from_file (uri, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *words = poppler_page_get_text (page);

      g_string_append_printf (text, "%s\n", words);
      g_object_unref (page);
    }
  g_object_unref (document);
  g_strdelimit (text->str, "\n", ' ');
  return g_string_free (text, FALSE);
}

/* Someone who asked not to be shown on the shared screen is named in the summary, and
 * only by their side with --leave-out-unshown-names. */
static void
test_export_unshown_names (void)
{
  g_autofree char *dir = coprod_test_make_tmp_dir ("coprod-cli");
  g_autofree char *option = data_dir_option (dir);
  g_autofree char *export = add_example (option);
  g_autofree char *db_path = g_build_filename (dir, "coprod.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *output = g_strdup_printf ("--output=%s", pdf);
  g_autofree char *named = NULL;
  g_autofree char *left_out = NULL;
  g_auto(Result) r1 = { 0 };
  g_auto(Result) r2 = { 0 };
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE person SET show_on_shared_screen = 0 "
                                     "WHERE name = 'Amara Okafor'", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  sqlite3_close (db);

  run (&r1, option, export, output, NULL);
  g_assert_cmpint (r1.status, ==, 0);
  named = pdf_text (pdf);
  g_assert_nonnull (strstr (named, "Amara Okafor"));
  g_assert_nonnull (strstr (named, "For Amara Okafor"));

  run (&r2, option, export, output, "--leave-out-unshown-names", NULL);
  g_assert_cmpstr (r2.err, ==, "");
  g_assert_cmpint (r2.status, ==, 0);
  left_out = pdf_text (pdf);
  g_assert_null (strstr (left_out, "Amara"));
  g_assert_nonnull (strstr (left_out, "For a family member"));
  coprod_test_remove_tmp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  coprod_path = g_getenv ("COPROD_BINARY");
  g_assert_nonnull (coprod_path);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/add-example-and-list", test_add_example_and_list);
  g_test_add_func ("/cli/export-summary", test_export_summary);
  g_test_add_func ("/cli/export-targets", test_export_targets);
  g_test_add_func ("/cli/export-unshown-names", test_export_unshown_names);
  g_test_add_func ("/cli/bad-option", test_bad_option);
  g_test_add_func ("/cli/unusable-data-dir", test_unusable_data_dir);
  g_test_add_func ("/cli/damaged-store", test_damaged_store);
  g_test_add_func ("/cli/reads-write-nothing", test_reads_write_nothing);
  g_test_add_data_func ("/cli/read-only-folder", GINT_TO_POINTER (FALSE), test_read_only_data);
  g_test_add_data_func ("/cli/read-only-file", GINT_TO_POINTER (TRUE), test_read_only_data);

  status = g_test_run ();
  if (reader_dir != NULL)
    coprod_test_remove_tmp_dir (reader_dir);
  return status;
}
