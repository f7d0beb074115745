/* coprod-plain-language.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  COPROD_PLAIN_TERM,     /* a glossary term, or another way of writing one */
  COPROD_PLAIN_ACRONYM,  /* capitals the glossary does not explain yet */
  COPROD_PLAIN_DEFICIT,  /* words that describe people by what they lack */
} CoprodPlainKind;

typedef enum
{
  COPROD_PLAIN_CHECK_TERMS = 1 << 0,
  COPROD_PLAIN_CHECK_ACRONYMS = 1 << 1,
  COPROD_PLAIN_CHECK_DEFICITS = 1 << 2,
  COPROD_PLAIN_CHECK_ALL = COPROD_PLAIN_CHECK_TERMS | COPROD_PLAIN_CHECK_ACRONYMS |
                           COPROD_PLAIN_CHECK_DEFICITS,
} CoprodPlainCheckFlags;

/* A term to look for, without a glossary: for tests and for callers with their own. */
typedef struct
{
  const char        *term;
  const char        *plain_meaning;  /* nullable: not explained yet */
  const char *const *other_forms;    /* nullable, %NULL-terminated */
} CoprodPlainTerm;

/* One thing found. The strings belong to the checker and live as long as it does. */
typedef struct
{
  CoprodPlainKind  kind;
  gsize            offset;       /* in bytes from the start of the text */
  gsize            length;       /* in bytes */
  guint            term_index;   /* TERM: which of the terms given; G_MAXUINT otherwise */
  const char      *term;         /* TERM: the term as the glossary has it; DEFICIT: the
                                  * phrase; ACRONYM: %NULL */
  const char      *explanation;  /* TERM: its plain meaning, trimmed; %NULL when blank;
                                  * DEFICIT: a kinder way to say it; ACRONYM: %NULL */
} CoprodPlainMatch;

#define COPROD_TYPE_PLAIN_LANGUAGE (coprod_plain_language_get_type ())
typedef struct _CoprodPlainLanguage CoprodPlainLanguage;

GType                coprod_plain_language_get_type     (void) G_GNUC_CONST;
CoprodPlainLanguage *coprod_plain_language_new          (const CoprodPlainTerm *terms,
                                                         guint                  n_terms);
CoprodPlainLanguage *coprod_plain_language_new_for_glossary (GListModel        *glossary);
CoprodPlainLanguage *coprod_plain_language_ref          (CoprodPlainLanguage   *self);
void                 coprod_plain_language_unref        (CoprodPlainLanguage   *self);
GArray              *coprod_plain_language_check        (CoprodPlainLanguage   *self,
                                                         const char            *text,
                                                         gssize                 length,
                                                         CoprodPlainCheckFlags  flags);

char                *coprod_plain_language_dup_glossary_form (const char *written,
                                                              gssize      length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoprodPlainLanguage, coprod_plain_language_unref)

G_END_DECLS
