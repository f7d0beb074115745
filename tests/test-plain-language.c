/* test-plain-language.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plain-language checker on its own: which words it finds in a text, where, and
 * what it says about them. No store, no display.
 */

#include <string.h>

#include "coprod-plain-language.h"

static const char *const ehcp_forms[] = { "EHC plan", "Education, Health and Care plan", NULL };
static const char *const ras_forms[] = { "resource allocation system", NULL };
static const char *const budget_forms[] = { "personal budgets", NULL };
static const char *const senco_forms[] = { "SENCo", "special educational needs co-ordinator",
                                           NULL };

static const CoprodPlainTerm terms[] = {
  { "EHCP", "A plan of the help a child must get.", ehcp_forms },
  { "RAS", "How the council works out a first amount.", ras_forms },
  { "budget", "Money set aside.", NULL },
  { "personal budget", "Money for someone's support.", budget_forms },
  { "short breaks", "Time away for the child, a rest for the family.", NULL },
  { "SENCO", "The teacher who leads on extra help.", senco_forms },
  { "CAMHS", "", NULL },
  { "école", "A school.", NULL },
  { "cylch meithrin", "A Welsh-medium playgroup.", NULL },
  { "SEND", "Special educational needs and disabilities.", NULL },
  { "annual review", "A yearly look at the plan.", NULL },
};

/* Helpers */

static CoprodPlainLanguage *
make_checker (void)
{
  return coprod_plain_language_new (terms, G_N_ELEMENTS (terms));
}

/* What was found, one "kind:text=term" per match, joined with "|": "T:EHCPs=EHCP". */
static char *
describe (CoprodPlainLanguage   *checker,
          const char            *text,
          CoprodPlainCheckFlags  flags)
{
  g_autoptr(GArray) matches = coprod_plain_language_check (checker, text, -1, flags);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      const CoprodPlainMatch *m = &g_array_index (matches, CoprodPlainMatch, i);
      const char kinds[] = { 'T', 'A', 'D' };

      g_assert_cmpuint (m->offset + m->length, <=, strlen (text));
      g_assert_true (g_utf8_validate (text + m->offset, m->length, NULL));
      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append_printf (out, "%c:%.*s", kinds[m->kind], (int) m->length, text + m->offset);
      if (m->term != NULL && m->kind == COPROD_PLAIN_TERM)
        g_string_append_printf (out, "=%s", m->term);
    }
  return g_string_free (out, FALSE);
}

#define assert_finds(checker, text, expected) \
  G_STMT_START { \
    g_autofree char *found_ = describe ((checker), (text), COPROD_PLAIN_CHECK_ALL); \
    g_assert_cmpstr (found_, ==, (expected)); \
  } G_STMT_END

/* Tests */

static void
test_terms (void)
{
  g_autoptr(CoprodPlainLanguage) checker = make_checker ();
  g_autoptr(GArray) matches = NULL;
  const CoprodPlainMatch *m;

  matches = coprod_plain_language_check (checker, "Your EHCP is ready.", -1,
                                         COPROD_PLAIN_CHECK_ALL);
  g_assert_cmpuint (matches->len, ==, 1);
  m = &g_array_index (matches, CoprodPlainMatch, 0);
  g_assert_cmpint (m->kind, ==, COPROD_PLAIN_TERM);
  g_assert_cmpuint (m->offset, ==, 5);
  g_assert_cmpuint (m->length, ==, 4);
  g_assert_cmpuint (m->term_index, ==, 0);
  g_assert_cmpstr (m->term, ==, "EHCP");
  g_assert_cmpstr (m->explanation, ==, "A plan of the help a child must get.");
  g_clear_pointer (&matches, g_array_unref);

  /* A term without a meaning yet is found, with none: the UI offers to add one. */
  matches = coprod_plain_language_check (checker, "Ask CAMHS", -1, COPROD_PLAIN_CHECK_ALL);
  g_assert_cmpuint (matches->len, ==, 1);
  m = &g_array_index (matches, CoprodPlainMatch, 0);
  g_assert_cmpint (m->kind, ==, COPROD_PLAIN_TERM);
  g_assert_null (m->explanation);

  /* Other forms, in any case for words that are not abbreviations. */
  assert_finds (checker, "the EHC Plan and the Resource Allocation System",
                "T:EHC Plan=EHCP|T:Resource Allocation System=RAS");
  assert_finds (checker, "Ask the SENCo, or the SENCO.", "T:SENCo=SENCO|T:SENCO=SENCO");
  assert_finds (checker, "", "");
  assert_finds (checker, "Nothing to see here.", "");
}

static void
test_whole_words (void)
{
  g_autoptr(CoprodPlainLanguage) checker = make_checker ();

  assert_finds (checker, "A RASH decision", "A:RASH");
  assert_finds (checker, "a rash, a RAS", "T:RAS=RAS");
  assert_finds (checker, "budgeting and budget", "T:budget=budget");
  assert_finds (checker, "EHCP2", "A:EHCP2");
  assert_finds (checker, "XEHCP EHCPX", "A:XEHCP|A:EHCPX");
  /* Abbreviations the glossary writes in capitals are found only in capitals. */
  assert_finds (checker, "Please send the letter", "");
  assert_finds (checker, "Families and SEND", "T:SEND=SEND");
}

static void
test_punctuation (void)
{
  g_autoptr(CoprodPlainLanguage) checker = make_checker ();

  assert_finds (checker, "(EHCP), “RAS”; EHCP? 'budget'.",
                "T:EHCP=EHCP|T:RAS=RAS|T:EHCP=EHCP|T:budget=budget");
  assert_finds (checker, "Education, Health and Care plan", "T:Education, Health and Care plan=EHCP");
  /* The comma belongs to the term: without it, these are other words. */
  assert_finds (checker, "Education Health and Care plan", "");
  assert_finds (checker, "RAS/EHCP", "T:RAS=RAS|T:EHCP=EHCP");
  assert_finds (checker, "EHCP's date", "T:EHCP=EHCP");
}

static void
test_unicode (void)
{
  g_autoptr(CoprodPlainLanguage) checker = make_checker ();
  const char *arabic = "خطة EHCP لابني";
  const char *nfd = "L'E\xcc\x81" "COLE est ouverte";  /* "É" as E and a combining accent */
  g_autoptr(GArray) matches = NULL;

  /* Accents folded both ways, in composed and decomposed form. */
  assert_finds (checker, "une ecole, une École", "T:ecole=école|T:École=école");
  assert_finds (checker, nfd, "T:E\xcc\x81" "COLE=école");
  /* Welsh: letters with circumflexes are letters, so words end where they should. */
  assert_finds (checker, "Mae'r Cylch Meithrin yn y ŵyl", "T:Cylch Meithrin=cylch meithrin");
  assert_finds (checker, "ŵEHCP EHCPŵ", "");
  /* Right-to-left text around a term, and the byte offsets still right. */
  matches = coprod_plain_language_check (checker, arabic, -1, COPROD_PLAIN_CHECK_ALL);
  g_assert_cmpuint (matches->len, ==, 1);
  g_assert_cmpuint (g_array_index (matches, CoprodPlainMatch, 0).offset, ==,
                    strstr (arabic, "EHCP") - arabic);
  g_assert_cmpuint (g_array_index (matches, CoprodPlainMatch, 0).length, ==, 4);
  assert_finds (checker, "خطةEHCP", "");
  assert_finds (checker, "EHCP،", "T:EHCP=EHCP");
  /* A combining mark belongs to its word, and is folded away like any accent. */
  assert_finds (checker, "EHCP\xcc\x81 x\xcc\x81" "EHCP", "T:EHCP\xcc\x81" "=EHCP");
}

static void
test_several_words (void)
{
  g_autoptr(CoprodPlainLanguage) checker = make_checker ();

  assert_finds (checker, "the annual review", "T:annual review=annual review");
  assert_finds (checker, "the annual\nreview", "T:annual\nreview=annual review");
  assert_finds (checker, "short-breaks", "T:short-breaks=short breaks");
  assert_finds (checker, "annual. Review", "");
  assert_finds (checker, "special educational needs coordinator", "");
  assert_finds (checker, "special educational needs co-ordinator",
                "T:special educational needs co-ordinator=SENCO");
}

static void
test_overlapping (void)
{
  g_autoptr(CoprodPlainLanguage) checker = make_checker ();

  /* The longest wins, nested or overlapping; what is left is still found. */
  assert_finds (checker, "your personal budget", "T:personal budget=personal budget");
  assert_finds (checker, "personal budgets and the budget",
                "T:personal budgets=personal budget|T:budget=budget");
  assert_finds (checker, "the EHC plan", "T:EHC plan=EHCP");
}

static void
test_acronyms (void)
{
  g_autoptr(CoprodPlainLanguage) checker = make_checker ();
  g_autoptr(GArray) matches = NULL;
  const CoprodPlainMatch *m;

  /* Plurals of terms are the terms. */
  assert_finds (checker, "Two EHCPs", "T:EHCPs=EHCP");
  assert_finds (checker, "annual reviews", "T:annual reviews=annual review");
  /* Capitals nobody has explained, with digits or a plural. */
  assert_finds (checker, "The LAC and CIN teams", "A:LAC|A:CIN");
  assert_finds (checker, "at KS2 with two TAFs", "A:KS2|A:TAFs");
  /* Not acronyms: one capital, seven, everyday ones, or lowercase in the middle. */
  assert_finds (checker, "I, A, ABCDEFG, OK, UK, McDonald, DoLS", "");
  /* Writing in capitals is not jargon; a list of capitals is, and so are the glossary's
   * words in a shout. */
  assert_finds (checker, "PLEASE BRING THE FORMS", "");
  assert_finds (checker, "NOTE: PLEASE BRING THE FORMS TO THE LADO", "A:NOTE");
  assert_finds (checker, "ASD, ADHD, PDA", "A:ASD|A:ADHD|A:PDA");
  assert_finds (checker, "ASK ABOUT THE EHCP", "T:EHCP=EHCP");
  assert_finds (checker, "the LADO CIN team", "A:LADO|A:CIN");
  matches = coprod_plain_language_check (checker, "ask the LADO", -1, COPROD_PLAIN_CHECK_ALL);
  g_assert_cmpuint (matches->len, ==, 1);
  m = &g_array_index (matches, CoprodPlainMatch, 0);
  g_assert_cmpint (m->kind, ==, COPROD_PLAIN_ACRONYM);
  g_assert_null (m->term);
  g_assert_null (m->explanation);
  g_assert_cmpuint (m->term_index, ==, G_MAXUINT);
  g_clear_pointer (&matches, g_array_unref);

  /* Asked for terms alone, it flags nothing else. */
  matches = coprod_plain_language_check (checker, "the LADO and the EHCP", -1,
                                         COPROD_PLAIN_CHECK_TERMS);
  g_assert_cmpuint (matches->len, ==, 1);
}

static void
test_deficits (void)
{
  g_autoptr(CoprodPlainLanguage) checker = make_checker ();
  g_autoptr(GArray) matches = NULL;
  const CoprodPlainMatch *m;

  assert_finds (checker, "A non-engaged parent who refuses help",
                "D:non-engaged parent|D:refuses");
  assert_finds (checker, "Challenging Behaviour; hard to reach; failed to attend",
                "D:Challenging Behaviour|D:hard to reach|D:failed to attend");
  assert_finds (checker, "attention-seeking and non-compliant", "D:attention-seeking|D:non-compliant");
  assert_finds (checker, "refusal, reach", "");

  matches = coprod_plain_language_check (checker, "a difficult family", -1,
                                         COPROD_PLAIN_CHECK_DEFICITS);
  g_assert_cmpuint (matches->len, ==, 1);
  m = &g_array_index (matches, CoprodPlainMatch, 0);
  g_assert_cmpint (m->kind, ==, COPROD_PLAIN_DEFICIT);
  g_assert_cmpstr (m->term, ==, "difficult family");
  g_assert_nonnull (m->explanation);
  g_assert_cmpuint (strlen (m->explanation), >, 10);
  g_clear_pointer (&matches, g_array_unref);

  /* Not looked for unless asked. */
  matches = coprod_plain_language_check (checker, "a difficult family", -1,
                                         COPROD_PLAIN_CHECK_TERMS | COPROD_PLAIN_CHECK_ACRONYMS);
  g_assert_cmpuint (matches->len, ==, 0);
}

static void
test_no_terms (void)
{
  g_autoptr(CoprodPlainLanguage) checker = coprod_plain_language_new (NULL, 0);

  assert_finds (checker, "The EHCP of a non-engaged parent", "A:EHCP|D:non-engaged parent");
  /* Not UTF-8 all through: it reads what it can and finds nothing wrong. */
  {
    g_autoptr(GArray) matches = coprod_plain_language_check (checker, "EHCP and RAS", 4,
                                                             COPROD_PLAIN_CHECK_ALL);

    g_assert_cmpuint (matches->len, ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plain-language/terms", test_terms);
  g_test_add_func ("/plain-language/whole-words", test_whole_words);
  g_test_add_func ("/plain-language/punctuation", test_punctuation);
  g_test_add_func ("/plain-language/unicode", test_unicode);
  g_test_add_func ("/plain-language/several-words", test_several_words);
  g_test_add_func ("/plain-language/overlapping", test_overlapping);
  g_test_add_func ("/plain-language/acronyms", test_acronyms);
  g_test_add_func ("/plain-language/deficits", test_deficits);
  g_test_add_func ("/plain-language/no-terms", test_no_terms);

  return g_test_run ();
}
