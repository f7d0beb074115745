/* coprod-meeting-words.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "coprod-team.h"

G_BEGIN_DECLS

typedef enum
{
  COPROD_MEETING_WORDS_DEFAULT = 0,
  /* Capitals the glossary does not explain yet, as well as its words. */
  COPROD_MEETING_WORDS_ACRONYMS = 1 << 0,
  /* Only what the room may see now: not the expectations while the groups write them. */
  COPROD_MEETING_WORDS_ON_SCREEN = 1 << 1,
} CoprodMeetingWordsFlags;

/* A word of the meeting that someone in the room may not know. */
typedef struct
{
  CoprodGlossaryTerm *term;   /* the glossary's entry; %NULL for capitals it lacks */
  char               *word;   /* the entry's word, or the capitals as the glossary
                               * would have them (see
                               * coprod_plain_language_dup_glossary_form()) */
  char               *meaning;  /* the entry's, trimmed; %NULL when nobody has said yet */
  char               *where;  /* where it is first used, said for the facilitator
                               * after "Used in": "the purpose" */
} CoprodMeetingWord;

void       coprod_meeting_word_free      (CoprodMeetingWord       *word);
GPtrArray *coprod_team_dup_meeting_words (CoprodTeam              *team,
                                          CoprodMeeting           *meeting,
                                          CoprodMeetingWordsFlags  flags);
GPtrArray *coprod_team_dup_item_words    (CoprodTeam              *team,
                                          CoprodAgendaItem        *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CoprodMeetingWord, coprod_meeting_word_free)

G_END_DECLS
