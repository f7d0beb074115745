/* coprod-test-util.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>

#include "coprod-test-util.h"

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_rmdir (path);
}

/**
 * coprod_test_make_tmp_dir:
 * @prefix: the start of the folder's name, to tell which test left it behind
 *
 * Returns: (transfer full): a new, empty folder for one test's data
 */
char *
coprod_test_make_tmp_dir (const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  char *path = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return path;
}

/* Removes PATH and everything in it, and checks that it is gone. */
void
coprod_test_remove_tmp_dir (const char *path)
{
  remove_tree (path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}
