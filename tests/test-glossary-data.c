/* test-glossary-data.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The glossary new teams start with (data/glossary.desktop.in), checked as written:
 * enough terms, each said once, each with a short plain meaning, and no other form
 * that is also another term's.
 *
 * Usage: test-glossary-data PATH
 */

#include <string.h>

#include <glib.h>

/* Families read these aloud in a meeting: one or two short sentences. */
#define MIN_TERMS 80
#define MAX_MEANING_CHARS 200
#define MAX_SENTENCES 2

static const char *glossary_path;

/* Helpers */

static GKeyFile *
load (void)
{
  g_autoptr(GError) error = NULL;
  GKeyFile *file = g_key_file_new ();

  g_key_file_load_from_file (file, glossary_path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  return file;
}

static guint
count_sentences (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if ((*p == '.' || *p == '?' || *p == '!') && (p[1] == ' ' || p[1] == '\0'))
      n++;
  return n;
}

/* Tests */

static void
test_groups_once (void)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;

  /* GKeyFile merges a group given twice, so the file is read as lines here. */
  g_file_get_contents (glossary_path, &text, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] == '[')
      {
        g_autofree char *folded = g_utf8_casefold (lines[i], -1);

        if (!g_hash_table_add (seen, g_steal_pointer (&folded)))
          g_error ("%s is in the glossary twice", lines[i]);
      }
  g_assert_cmpuint (g_hash_table_size (seen), >=, MIN_TERMS);
}

static void
test_meanings (void)
{
  g_autoptr(GKeyFile) file = load ();
  g_auto(GStrv) terms = g_key_file_get_groups (file, NULL);

  g_assert_cmpuint (g_strv_length (terms), >=, MIN_TERMS);
  for (guint i = 0; terms[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *meaning = g_key_file_get_string (file, terms[i], "Meaning", &error);
      g_auto(GStrv) keys = g_key_file_get_keys (file, terms[i], NULL, NULL);
      g_autofree char *trimmed = g_strstrip (g_strdup (terms[i]));

      g_test_message ("%s", terms[i]);
      g_assert_no_error (error);
      g_assert_cmpstr (trimmed, ==, terms[i]);
      g_assert_cmpuint (strlen (g_strstrip (meaning)), >, 0);
      g_assert_true (g_utf8_validate (meaning, -1, NULL));
      g_assert_cmpuint (g_utf8_strlen (meaning, -1), <=, MAX_MEANING_CHARS);
      g_assert_cmpuint (count_sentences (meaning), >=, 1);
      g_assert_cmpuint (count_sentences (meaning), <=, MAX_SENTENCES);
      g_assert_true (g_str_has_suffix (meaning, "."));
      for (guint k = 0; keys[k] != NULL; k++)
        g_assert_true (g_str_equal (keys[k], "Meaning") || g_str_equal (keys[k], "AlsoKnownAs"));
    }
}

static void
test_forms_once (void)
{
  g_autoptr(GKeyFile) file = load ();
  g_auto(GStrv) terms = g_key_file_get_groups (file, NULL);
  g_autoptr(GHashTable) owners = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* A word the checker finds must lead to one meaning only. The same word in other
   * capitals may stand under one term, since capitals matter for abbreviations
   * ("SENCo" is found, "senco" would not be, for the term SENCO). */
  for (guint i = 0; terms[i] != NULL; i++)
    {
      g_auto(GStrv) forms = g_key_file_get_string_list (file, terms[i], "AlsoKnownAs", NULL, NULL);
      g_autoptr(GStrvBuilder) all = g_strv_builder_new ();
      g_auto(GStrv) words = NULL;

      g_strv_builder_add (all, terms[i]);
      if (forms != NULL)
        g_strv_builder_addv (all, (const char **) forms);
      words = g_strv_builder_end (all);
      for (guint j = 0; words[j] != NULL; j++)
        {
          g_autofree char *folded = g_utf8_casefold (g_strstrip (words[j]), -1);
          const char *owner;

          g_assert_cmpstr (folded, !=, "");
          owner = g_hash_table_lookup (owners, folded);
          if (owner != NULL && owner != terms[i])
            g_error ("“%s” is in the glossary under %s and %s", words[j], owner, terms[i]);
          g_hash_table_insert (owners, g_steal_pointer (&folded), terms[i]);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  glossary_path = argv[1];

  g_test_add_func ("/glossary-data/groups-once", test_groups_once);
  g_test_add_func ("/glossary-data/meanings", test_meanings);
  g_test_add_func ("/glossary-data/forms-once", test_forms_once);

  return g_test_run ();
}
