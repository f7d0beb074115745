/* coprod-export-file.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where an export may go. Every export (the summary, the actions as a spreadsheet or a
 * calendar) holds what families said, so it is written only as an ordinary file: never
 * through a link, never over a device, a pipe or a folder (as root, writing a PDF "to"
 * /dev/full once replaced the device with the PDF). A new file is for its owner only;
 * a file written again keeps the permissions someone gave it.
 */

#include "config.h"

#include <errno.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "coprod-export-file.h"

/**
 * coprod_export_check_target:
 * @path: where the export is to be written
 * @mode: (out): the permissions to give the file written there: those of the file
 *   already there, or 0600 for a new one
 *
 * Looks at what is at @path, without following a link.
 *
 * Returns: whether @path is nothing yet or an ordinary file; otherwise @error says why
 *   it will not be written, and nothing at @path has been touched
 */
gboolean
coprod_export_check_target (const char  *path,
                            guint       *mode,
                            GError     **error)
{
  g_autofree char *name = NULL;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (mode != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_lstat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        {
          *mode = 0600;
          return TRUE;
        }
      name = g_filename_display_name (path);
      /* Translators: the first %s is a file name, the second why it could not be used */
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save as “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  if (S_ISREG (st.st_mode))
    {
      *mode = st.st_mode & 07777;
      return TRUE;
    }

  name = g_filename_display_name (path);
  if (S_ISLNK (st.st_mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 /* Translators: %s is a file name */
                 _("“%s” is a link to another file, and Coprod does not write through "
                   "links. Choose the file itself, or another name."), name);
  else if (S_ISDIR (st.st_mode))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                 /* Translators: %s is a file name */
                 _("“%s” is a folder. Choose a name for the file inside it."), name);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 /* Translators: %s is a file name */
                 _("“%s” is not an ordinary file (it is a device or a pipe), so Coprod "
                   "has left it alone. Choose another name."), name);
  return FALSE;
}
