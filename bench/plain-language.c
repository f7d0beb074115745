/* plain-language.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 8's target: checking a 100,000-character text against 100 glossary terms, with
 * their other forms, the acronyms and the deficit phrases, well inside a 60 Hz frame
 * (16 ms), so that a long note can be checked again as someone types.
 *
 *   plain-language [RUNS]
 */

#include <stdlib.h>

#include "coprod-plain-language.h"

#define N_TERMS 100
#define N_CHARS 100000

static const char *const words[] = {
  "the", "family", "asked", "about", "their", "plan", "and", "school", "will", "phone",
  "Zoë", "café", "ysgol", "خطة", "before", "Friday", "we", "agreed", "to", "meet",
  "EHCP", "personal budget", "short breaks", "LADO", "CAMHS", "annual review", "refuses",
  "RAS", "KS2", "non-engaged parent", "budgeting", "RASH",
};

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  guint runs = argc > 1 ? (guint) atoi (argv[1]) : 50;
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(CoprodPlainLanguage) checker = NULL;
  CoprodPlainTerm terms[N_TERMS];
  static const char *const forms[] = { "EHC plan", "Education, Health and Care plan", NULL };
  g_autofree double *times = g_new (double, MAX (runs, 1));
  GRand *rand = g_rand_new_with_seed (8);
  gint64 start;
  guint n_matches = 0;

  /* 100 terms: the real ones, and made-up words and phrases of one to three words. */
  for (guint i = 0; i < N_TERMS; i++)
    {
      char *term;

      switch (i)
        {
        case 0: term = g_strdup ("EHCP"); break;
        case 1: term = g_strdup ("personal budget"); break;
        case 2: term = g_strdup ("short breaks"); break;
        case 3: term = g_strdup ("CAMHS"); break;
        case 4: term = g_strdup ("annual review"); break;
        case 5: term = g_strdup ("RAS"); break;
        default:
          term = g_strdup_printf (i % 3 == 0 ? "TERM%u" : i % 3 == 1 ? "word%u plan" :
                                  "the word%u team", i);
        }
      g_ptr_array_add (owned, term);
      terms[i] = (CoprodPlainTerm) { term, "What it means.", i == 0 ? forms : NULL };
    }

  while (g_utf8_strlen (text->str, -1) < N_CHARS)
    {
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append (text, g_rand_int_range (rand, 0, 12) == 0 ? ".\n" : " ");
    }

  start = g_get_monotonic_time ();
  checker = coprod_plain_language_new (terms, N_TERMS);
  g_print ("compiling %u terms: %.3f ms\n", N_TERMS, (g_get_monotonic_time () - start) / 1000.0);

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(GArray) matches = NULL;

      start = g_get_monotonic_time ();
      matches = coprod_plain_language_check (checker, text->str, text->len,
                                             COPROD_PLAIN_CHECK_ALL);
      times[r] = (g_get_monotonic_time () - start) / 1000.0;
      n_matches = matches->len;
    }
  qsort (times, runs, sizeof (double), compare_doubles);
  g_print ("checking %ld characters (%zu bytes), %u matches, %u runs: "
           "median %.2f ms, fastest %.2f ms, slowest %.2f ms\n",
           g_utf8_strlen (text->str, -1), text->len, n_matches, runs, times[runs / 2], times[0],
           times[runs - 1]);
  g_rand_free (rand);
  return 0;
}
