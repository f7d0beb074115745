/* coprod-test-vfs.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each file opened through this VFS is the usual VFS's file with a header of our own in
 * front, whose methods pass every call on, except writes, syncs and truncations that
 * make a file longer while the disk is "full": those fail as a full disk does.
 */

#include <sqlite3.h>
#include <string.h>

#include "coprod-test-vfs.h"

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;   /* follows this struct in the same allocation */
} FullFile;

static sqlite3_vfs *real_vfs;
static sqlite3_vfs full_vfs;
static sqlite3_io_methods full_methods;
static gboolean is_full;
static guint refused;

#define REAL(f) (((FullFile *) (f))->real)

static int
full_close (sqlite3_file *file)
{
  return REAL (file)->pMethods->xClose (REAL (file));
}

static int
full_read (sqlite3_file      *file,
           void              *buffer,
           int                amount,
           sqlite3_int64      offset)
{
  return REAL (file)->pMethods->xRead (REAL (file), buffer, amount, offset);
}

static int
full_write (sqlite3_file *file,
            const void   *buffer,
            int           amount,
            sqlite3_int64 offset)
{
  if (g_atomic_int_get (&is_full))
    {
      g_atomic_int_inc (&refused);
      return SQLITE_FULL;
    }
  return REAL (file)->pMethods->xWrite (REAL (file), buffer, amount, offset);
}

static int
full_truncate (sqlite3_file  *file,
               sqlite3_int64  size)
{
  return REAL (file)->pMethods->xTruncate (REAL (file), size);
}

static int
full_sync (sqlite3_file *file,
           int           flags)
{
  if (g_atomic_int_get (&is_full))
    {
      g_atomic_int_inc (&refused);
      return SQLITE_FULL;
    }
  return REAL (file)->pMethods->xSync (REAL (file), flags);
}

static int
full_file_size (sqlite3_file  *file,
                sqlite3_int64 *size)
{
  return REAL (file)->pMethods->xFileSize (REAL (file), size);
}

static int
full_lock (sqlite3_file *file,
           int           level)
{
  return REAL (file)->pMethods->xLock (REAL (file), level);
}

static int
full_unlock (sqlite3_file *file,
             int           level)
{
  return REAL (file)->pMethods->xUnlock (REAL (file), level);
}

static int
full_check_reserved_lock (sqlite3_file *file,
                          int          *out)
{
  return REAL (file)->pMethods->xCheckReservedLock (REAL (file), out);
}

static int
full_file_control (sqlite3_file *file,
                   int           op,
                   void         *arg)
{
  return REAL (file)->pMethods->xFileControl (REAL (file), op, arg);
}

static int
full_sector_size (sqlite3_file *file)
{
  return REAL (file)->pMethods->xSectorSize (REAL (file));
}

static int
full_device_characteristics (sqlite3_file *file)
{
  return REAL (file)->pMethods->xDeviceCharacteristics (REAL (file));
}

static int
full_shm_map (sqlite3_file  *file,
              int            page,
              int            page_size,
              int            extend,
              void volatile **out)
{
  return REAL (file)->pMethods->xShmMap (REAL (file), page, page_size, extend, out);
}

static int
full_shm_lock (sqlite3_file *file,
               int           offset,
               int           n,
               int           flags)
{
  return REAL (file)->pMethods->xShmLock (REAL (file), offset, n, flags);
}

static void
full_shm_barrier (sqlite3_file *file)
{
  REAL (file)->pMethods->xShmBarrier (REAL (file));
}

static int
full_shm_unmap (sqlite3_file *file,
                int           delete_flag)
{
  return REAL (file)->pMethods->xShmUnmap (REAL (file), delete_flag);
}

static int
full_fetch (sqlite3_file  *file,
            sqlite3_int64  offset,
            int            amount,
            void         **out)
{
  return REAL (file)->pMethods->xFetch (REAL (file), offset, amount, out);
}

static int
full_unfetch (sqlite3_file  *file,
              sqlite3_int64  offset,
              void          *page)
{
  return REAL (file)->pMethods->xUnfetch (REAL (file), offset, page);
}

static int
full_open (sqlite3_vfs  *vfs,
           const char   *name,
           sqlite3_file *file,
           int           flags,
           int          *out_flags)
{
  FullFile *full = (FullFile *) file;
  int rc;

  full->real = (sqlite3_file *) (full + 1);
  rc = real_vfs->xOpen (real_vfs, name, full->real, flags, out_flags);
  /* SQLite calls xClose only on files whose methods are set. */
  full->base.pMethods = full->real->pMethods != NULL ? &full_methods : NULL;
  return rc;
}

static int
full_delete (sqlite3_vfs *vfs,
             const char  *name,
             int          sync_dir)
{
  return real_vfs->xDelete (real_vfs, name, sync_dir);
}

static int
full_access (sqlite3_vfs *vfs,
             const char  *name,
             int          flags,
             int         *out)
{
  return real_vfs->xAccess (real_vfs, name, flags, out);
}

static int
full_full_pathname (sqlite3_vfs *vfs,
                    const char  *name,
                    int          n,
                    char        *out)
{
  return real_vfs->xFullPathname (real_vfs, name, n, out);
}

static int
full_randomness (sqlite3_vfs *vfs,
                 int          n,
                 char        *out)
{
  return real_vfs->xRandomness (real_vfs, n, out);
}

static int
full_sleep (sqlite3_vfs *vfs,
            int          us)
{
  return real_vfs->xSleep (real_vfs, us);
}

static int
full_current_time (sqlite3_vfs *vfs,
                   double      *out)
{
  return real_vfs->xCurrentTime (real_vfs, out);
}

static int
full_get_last_error (sqlite3_vfs *vfs,
                     int          n,
                     char        *out)
{
  return real_vfs->xGetLastError != NULL ? real_vfs->xGetLastError (real_vfs, n, out) : 0;
}

static int
full_current_time_int64 (sqlite3_vfs   *vfs,
                         sqlite3_int64 *out)
{
  return real_vfs->xCurrentTimeInt64 (real_vfs, out);
}

/**
 * coprod_test_vfs_install:
 *
 * Makes the "full" VFS the default for every connection opened from now on, the
 * store's included. Writing works until coprod_test_vfs_set_full().
 */
void
coprod_test_vfs_install (void)
{
  if (real_vfs != NULL)
    return;

  real_vfs = sqlite3_vfs_find (NULL);
  g_assert_nonnull (real_vfs);
  g_assert_cmpint (real_vfs->iVersion, >=, 2);

  full_methods = (sqlite3_io_methods) {
    .iVersion = 3,
    .xClose = full_close,
    .xRead = full_read,
    .xWrite = full_write,
    .xTruncate = full_truncate,
    .xSync = full_sync,
    .xFileSize = full_file_size,
    .xLock = full_lock,
    .xUnlock = full_unlock,
    .xCheckReservedLock = full_check_reserved_lock,
    .xFileControl = full_file_control,
    .xSectorSize = full_sector_size,
    .xDeviceCharacteristics = full_device_characteristics,
    .xShmMap = full_shm_map,
    .xShmLock = full_shm_lock,
    .xShmBarrier = full_shm_barrier,
    .xShmUnmap = full_shm_unmap,
    .xFetch = full_fetch,
    .xUnfetch = full_unfetch,
  };
  full_vfs = (sqlite3_vfs) {
    .iVersion = 2,
    .szOsFile = (int) sizeof (FullFile) + real_vfs->szOsFile,
    .mxPathname = real_vfs->mxPathname,
    .zName = "coprod-test-full",
    .xOpen = full_open,
    .xDelete = full_delete,
    .xAccess = full_access,
    .xFullPathname = full_full_pathname,
    .xRandomness = full_randomness,
    .xSleep = full_sleep,
    .xCurrentTime = full_current_time,
    .xGetLastError = full_get_last_error,
    .xCurrentTimeInt64 = full_current_time_int64,
  };
  g_assert_cmpint (sqlite3_vfs_register (&full_vfs, 1), ==, SQLITE_OK);
}

/* While FULL, every write and sync fails with SQLITE_FULL. */
void
coprod_test_vfs_set_full (gboolean full)
{
  g_atomic_int_set (&is_full, full);
}

/* How many writes and syncs were refused so far: a test checks it really was full. */
guint
coprod_test_vfs_get_refused (void)
{
  return g_atomic_int_get (&refused);
}
