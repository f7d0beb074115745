/* coprod-projector-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shared screen: what the whole room reads on the projector. It observes the live
 * state and the models and changes neither; the facilitator steers it from the live
 * console or with its keys, which only change how it is shown (the scene, blanking,
 * the size of the type). It draws only what may be shared: never private notes,
 * access needs, or anyone who has not agreed to be shown.
 *
 * Type is sized in em from one font size per window, worked out from the window's
 * size so that body text is about 40 px on a 1920×1080 screen, times the facilitator's
 * scale. Colours come from the themes below, each checked for 7:1 contrast by a test.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "coprod-application.h"
#include "coprod-meeting-words.h"
#include "coprod-monitors.h"
#include "coprod-newest-box.h"
#include "coprod-projector-window.h"

#define BODY_PX_AT_1080 40.0
#define SCALE_STEP 1.1
/* The most words explained along the bottom of the item under way; the Words scene
 * has the rest. */
#define STRIP_WORDS 3
/* When the words we're using do not all fit, the next of them come up this often, so
 * that the room reads them all without anyone touching the laptop. */
#define WORDS_PAGE_SECONDS 20

struct _CoprodProjectorWindow
{
  AdwWindow        parent_instance;

  GtkWindow       *facilitator;    /* weak */
  CoprodLiveState *live;
  CoprodTeam      *team;
  GtkCssProvider  *provider;
  GActionGroup    *actions;
  GListModel      *action_list;    /* the team's actions, once a scene has shown them */
  GPtrArray       *shown;          /* the actions on show, watched for edits */
  CoprodExercise  *exercise;       /* the meeting's exercise, once a scene has shown it */

  GtkWidget       *header;
  GtkWidget       *stage;
  GtkWidget       *scene_widget;
  GtkLabel        *countdown_label;
  GtkLabel        *countdown_caption;
  GtkWidget       *countdown_box;

  double           font_px;
  int              monitor;        /* -1 when not placed on one */
  guint            tick_source;
  guint            restyle_source;
  guint            scene_source;   /* a rebuild waiting for the changes to settle */
  guint            words_source;   /* turns the Words scene's page */
  guint            words_seconds;  /* how often */
  guint            words_first;    /* the first word on the Words scene's page */
  guint            words_on_page;  /* the words given to words_list, from words_first */
  GtkWidget       *words_list;     /* the Words scene's list, while it is shown */
  char            *css_name;
};

static void model_changed_cb (CoprodProjectorWindow *self);

G_DEFINE_FINAL_TYPE (CoprodProjectorWindow, coprod_projector_window, ADW_TYPE_WINDOW)

/* Contrast against the background, and of text against current_background: light
 * 17.4:1 (dim 10.9, low 8.6, very low 8.1, current 14.6); dark 16.9:1 (dim 11.6, low
 * 12.0, very low 9.3, current 10.8); yellow on black 19.6:1 throughout (current 12.5).
 * tests/test-projector.c works these out again from the values. */
static const CoprodProjectorTheme themes[] = {
  { "light", "#ffffff", "#1c1c1c", "#404040", "#dce8fa", "#7a4100", "#a30000" },
  { "dark", "#121212", "#f2f2f2", "#c4c4c4", "#23395e", "#ffc266", "#ff9c9c" },
  { "yellow", "#000000", "#ffff00", "#ffff00", "#333300", "#ffff00", "#ffff00" },
};

static const char *const scene_ids[] = {
  [COPROD_SCENE_WELCOME] = "welcome",
  [COPROD_SCENE_AGENDA] = "agenda",
  [COPROD_SCENE_CURRENT_ITEM] = "current",
  [COPROD_SCENE_INTRODUCTIONS] = "introductions",
  [COPROD_SCENE_REVIEW] = "review",
  [COPROD_SCENE_EXPECTATIONS] = "expectations",
  [COPROD_SCENE_ACTIONS] = "actions",
  [COPROD_SCENE_GLOSSARY] = "glossary",
  [COPROD_SCENE_BLANK] = "blank",
};

static const char *const alert_classes[] = { "normal", "low", "very-low", "overrun" };

/* Helpers */

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return label;
}

static GtkWidget *
scene_box (const char *scene_class)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (box, "scene");
  gtk_widget_add_css_class (box, scene_class);
  gtk_widget_set_vexpand (box, TRUE);
  return box;
}

/* A line in small dim type above or below a list, saying what it leaves out. */
static GtkWidget *
list_note (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim");
  gtk_widget_add_css_class (label, "earlier");
  return label;
}

/* Leaves out of @words those without a meaning: the room has nothing to read for them. */
static void
keep_explained (GPtrArray *words)
{
  for (guint i = words->len; i > 0; i--)
    if (((CoprodMeetingWord *) g_ptr_array_index (words, i - 1))->meaning == NULL)
      g_ptr_array_remove_index (words, i - 1);
}

static const char *
item_title (CoprodAgendaItem *item)
{
  const char *title = coprod_agenda_item_get_title (item);

  return *title != '\0' ? title : _("Untitled item");
}

static CoprodMeeting *
meeting (CoprodProjectorWindow *self)
{
  return coprod_live_state_get_meeting (self->live);
}

/* The people who have agreed to be introduced on the shared screen. */
static GPtrArray *
shown_people (CoprodProjectorWindow *self)
{
  GListModel *people = coprod_team_get_people (self->team);
  GPtrArray *shown = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(CoprodPerson) person = g_list_model_get_item (people, i);

      if (coprod_person_get_show_on_shared_screen (person) &&
          *coprod_person_get_name (person) != '\0')
        g_ptr_array_add (shown, g_steal_pointer (&person));
    }
  return shown;
}

/* Who is to do @action, as the room may see it: only someone who has agreed to be
 * shown is named. */
static const char *
owner_name (CoprodProjectorWindow *self,
            CoprodAction          *action)
{
  gint64 id = coprod_action_get_owner_person_id (action);
  CoprodPerson *owner = id != 0 ? coprod_team_find_person (self->team, id) : NULL;

  if (owner == NULL)
    /* Translators: who will do an action, when nobody has taken it on */
    return _("Nobody yet");
  if (!coprod_person_get_show_on_shared_screen (owner) || *coprod_person_get_name (owner) == '\0')
    /* Translators: who will do an action, for someone who asked not to be named on
     * the shared screen */
    return _("Someone in the room");
  return coprod_person_get_name (owner);
}

/* "Rachel Hughes · by Tuesday 8 December", or for an action looked back on, "… · was
 * due Tuesday 8 December". The year shows only when it is not the meeting's. */
static char *
who_and_when (CoprodProjectorWindow *self,
              CoprodAction          *action,
              gboolean               looking_back)
{
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *when = NULL;
  GDate due;

  if (!coprod_action_get_due (action, &due))
    when = g_strdup (looking_back ? _("no date was set") : _("no date yet"));
  else
    {
      gboolean this_year = g_date_get_year (&due) ==
                           g_date_time_get_year (coprod_meeting_get_starts_at (meeting (self)));

      day = g_date_time_new_local (g_date_get_year (&due), g_date_get_month (&due),
                                   g_date_get_day (&due), 12, 0, 0);
      /* Translators: a date, see the GDateTime format documentation */
      date = g_date_time_format (day, this_year ? _("%A %-d %B") : _("%A %-d %B %Y"));
      /* Translators: when an action is to be done, as in “by Tuesday 8 December” */
      when = g_strdup_printf (looking_back ? _("was due %s") : _("by %s"), date);
    }
  /* Translators: who does an action, and by when: “Rachel Hughes · by Tuesday 8 December” */
  return g_strdup_printf (_("%s · %s"), owner_name (self, action), when);
}

/* Scenes */

static GtkWidget *
build_welcome (CoprodProjectorWindow *self)
{
  CoprodMeeting *m = meeting (self);
  GtkWidget *box = scene_box ("welcome");
  g_autofree char *date = NULL;
  g_autoptr(GString) when = g_string_new (NULL);
  g_autofree char *rules = g_strstrip (g_strdup (coprod_team_get_ground_rules (self->team)));

  add_label (box, _("Welcome"), "overline");
  add_label (box, coprod_meeting_get_title (m), "scene-title");
  /* Translators: a date and time of day, see the GDateTime format documentation */
  date = g_date_time_format (coprod_meeting_get_starts_at (m), _("%A %-d %B, %H:%M"));
  g_string_append (when, date);
  if (*coprod_meeting_get_place (m) != '\0')
    g_string_append_printf (when, " · %s", coprod_meeting_get_place (m));
  add_label (box, when->str, "dim");

  if (*rules != '\0')
    {
      g_auto(GStrv) lines = g_strsplit (rules, "\n", -1);
      GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_widget_add_css_class (list, "rules");
      add_label (box, _("Our ground rules"), "heading");
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autofree char *line = g_strstrip (g_strdup (lines[i]));
          g_autofree char *bullet = NULL;

          if (*line == '\0')
            continue;
          bullet = g_strdup_printf ("•  %s", line);
          add_label (list, bullet, "rule");
        }
      gtk_box_append (GTK_BOX (box), list);
    }
  return box;
}

static GtkWidget *
build_agenda (CoprodProjectorWindow *self)
{
  CoprodMeeting *m = meeting (self);
  GListModel *agenda = coprod_meeting_get_agenda (m);
  g_autoptr(CoprodSchedule) schedule =
    coprod_meeting_compute_schedule (m, FALSE, coprod_team_get_break_after_minutes (self->team));
  gboolean running = coprod_live_state_get_running (self->live);
  guint current = coprod_live_state_get_current_index (self->live);
  GtkWidget *box = scene_box ("agenda");
  GtkWidget *grid = gtk_grid_new ();

  add_label (box, _("Agenda"), "scene-title");
  gtk_grid_set_column_spacing (GTK_GRID (grid), 0);
  gtk_box_append (GTK_BOX (box), grid);

  for (guint i = 0; i < g_list_model_get_n_items (agenda); i++)
    {
      g_autoptr(CoprodAgendaItem) item = g_list_model_get_item (agenda, i);
      const CoprodScheduleSlot *slot = coprod_schedule_get_slot (schedule, i);
      /* Translators: a time of day, see the GDateTime format documentation */
      g_autofree char *time = slot != NULL ? g_date_time_format (slot->start, _("%H:%M"))
                                           : g_strdup ("");
      const char *state = "";
      const char *row_class = "upcoming";
      GtkWidget *cell[3];

      if (running && i < current)
        {
          /* Translators: an agenda item that is over, on the shared screen */
          state = _("✓ Done");
          row_class = "done";
        }
      else if (running && i == current)
        {
          /* Translators: the agenda item under way, on the shared screen */
          state = _("▶ Now");
          row_class = "current";
        }

      cell[0] = gtk_label_new (time);
      cell[1] = gtk_label_new (item_title (item));
      cell[2] = gtk_label_new (state);
      for (guint c = 0; c < G_N_ELEMENTS (cell); c++)
        {
          gtk_label_set_xalign (GTK_LABEL (cell[c]), 0);
          gtk_widget_add_css_class (cell[c], "agenda-cell");
          gtk_widget_add_css_class (cell[c], row_class);
          gtk_grid_attach (GTK_GRID (grid), cell[c], c, i, 1, 1);
        }
      gtk_widget_add_css_class (cell[0], "time");
      gtk_label_set_wrap (GTK_LABEL (cell[1]), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (cell[1]), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_hexpand (cell[1], TRUE);
    }
  return box;
}

/* "As parents we hear terms we are unfamiliar with all the time" (seed 001): along the
 * bottom of the item under way, what the words in it mean, "EHCP — An Education, Health
 * and Care plan: …", from its title, what it is about and its shared notes, never its
 * private notes. A few at most, and fewer when the item leaves less room; the Words
 * scene has them all. Without any, there is no strip. */
static GtkWidget *
build_words_strip (CoprodProjectorWindow *self,
                   CoprodAgendaItem      *item)
{
  g_autoptr(GPtrArray) words = coprod_team_dup_item_words (self->team, item);
  GtkWidget *strip;

  keep_explained (words);
  if (words->len == 0)
    return NULL;
  strip = coprod_newest_box_new ();
  coprod_newest_box_set_keep_first (COPROD_NEWEST_BOX (strip), TRUE);
  gtk_widget_add_css_class (strip, "words-strip");
  for (guint i = 0; i < MIN (words->len, STRIP_WORDS); i++)
    {
      CoprodMeetingWord *word = g_ptr_array_index (words, i);
      guint after = words->len - i - 1;
      /* Translators: a word and what it means, along the bottom of the shared screen;
       * keep the <b> and </b> around the word */
      g_autofree char *markup = g_markup_printf_escaped (_("<b>%s</b> — %s"), word->word,
                                                         word->meaning);
      GtkWidget *label = gtk_label_new (markup);
      g_autofree char *more = NULL;

      gtk_label_set_use_markup (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "strip-word");
      if (after > 0)
        /* Translators: below the words explained along the bottom of the shared screen,
         * when the rest do not fit; “Words we’re using” is the scene that lists them all */
        more = g_strdup_printf (ngettext ("and %u more word: see “Words we’re using”",
                                          "and %u more words: see “Words we’re using”", after),
                                after);
      coprod_newest_box_append (COPROD_NEWEST_BOX (strip), label,
                                more != NULL ? list_note (more) : NULL);
    }
  return strip;
}

static GtkWidget *
build_current_item (CoprodProjectorWindow *self)
{
  CoprodAgendaItem *item = coprod_live_state_get_current_item (self->live);
  GListModel *agenda = coprod_meeting_get_agenda (meeting (self));
  GtkWidget *box = scene_box ("current-item");
  g_autofree char *position = NULL;
  CoprodPerson *lead;
  GtkWidget *spacer;
  GtkWidget *strip;

  if (item == NULL || !coprod_live_state_get_running (self->live))
    {
      add_label (box, coprod_meeting_get_title (meeting (self)), "scene-title");
      add_label (box, _("The meeting has not started yet"), "dim");
      return box;
    }

  /* Translators: as in "Item 2 of 8" */
  position = g_strdup_printf (_("Item %u of %u"),
                              coprod_live_state_get_current_index (self->live) + 1,
                              g_list_model_get_n_items (agenda));
  add_label (box, position, "overline");
  add_label (box, item_title (item), "scene-title");
  if (*coprod_agenda_item_get_plain_description (item) != '\0')
    add_label (box, coprod_agenda_item_get_plain_description (item), NULL);

  /* Only someone who has agreed to be shown is named. */
  lead = coprod_team_find_person (self->team, coprod_agenda_item_get_lead_person_id (item));
  if (lead != NULL && coprod_person_get_show_on_shared_screen (lead) &&
      *coprod_person_get_name (lead) != '\0')
    {
      /* Translators: who leads an agenda item */
      g_autofree char *led = g_strdup_printf (_("Led by %s"), coprod_person_get_name (lead));

      add_label (box, led, "dim");
    }

  spacer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_vexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (box), spacer);

  self->countdown_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->countdown_box, "countdown-box");
  gtk_widget_set_halign (self->countdown_box, GTK_ALIGN_CENTER);
  self->countdown_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "countdown");
  self->countdown_caption = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->countdown_caption), "countdown-caption");
  gtk_box_append (GTK_BOX (self->countdown_box), GTK_WIDGET (self->countdown_label));
  gtk_box_append (GTK_BOX (self->countdown_box), GTK_WIDGET (self->countdown_caption));
  gtk_box_append (GTK_BOX (box), self->countdown_box);

  strip = build_words_strip (self, item);
  if (strip != NULL)
    gtk_box_append (GTK_BOX (box), strip);
  return box;
}

static GtkWidget *
build_introductions (CoprodProjectorWindow *self)
{
  g_autoptr(GPtrArray) people = shown_people (self);
  GtkWidget *box = scene_box ("introductions");
  CoprodPerson *person;
  g_autofree char *position = NULL;

  if (people->len == 0)
    {
      add_label (box, _("Introductions"), "scene-title");
      add_label (box, _("Going round the room: your name, and something people like "
                        "about you."), NULL);
      return box;
    }

  person = g_ptr_array_index (people, coprod_live_state_get_card_index (self->live) % people->len);
  /* Translators: as in "Introductions · 2 of 8" */
  position = g_strdup_printf (_("Introductions · %u of %u"),
                              coprod_live_state_get_card_index (self->live) % people->len + 1,
                              people->len);
  add_label (box, position, "overline");
  add_label (box, coprod_person_get_name (person), "scene-title");
  if (*coprod_person_get_role_text (person) != '\0')
    add_label (box, coprod_person_get_role_text (person), "dim");
  if (*coprod_person_get_likes_about_me (person) != '\0')
    {
      add_label (box, _("What people like about me"), "heading");
      add_label (box, coprod_person_get_likes_about_me (person), NULL);
    }
  if (*coprod_person_get_important_to_me (person) != '\0')
    {
      add_label (box, _("What’s important to me"), "heading");
      add_label (box, coprod_person_get_important_to_me (person), NULL);
    }
  return box;
}

/* "Don't have a meeting without everyone walking away with some action points": the
 * actions made in this meeting, in the order they were made, as the facilitator types
 * them. When there are more than fit, the newest show. */
static GtkWidget *
build_actions (CoprodProjectorWindow *self)
{
  GListModel *actions = coprod_team_get_actions (self->team);
  gint64 meeting_id = coprod_meeting_get_id (meeting (self));
  GtkWidget *box = scene_box ("actions");
  GtkWidget *list = NULL;
  guint made = 0;

  add_label (box, _("Actions"), "scene-title");
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CoprodAction) action = g_list_model_get_item (actions, i);
      g_autofree char *who = NULL;
      GtkWidget *card;
      GtkWidget *earlier = NULL;

      if (coprod_action_get_meeting_id (action) != meeting_id)
        continue;
      card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_add_css_class (card, "action-card");
      add_label (card, coprod_action_get_text (action), "action-text");
      who = who_and_when (self, action, FALSE);
      add_label (card, who, "dim");
      if (made > 0)
        {
          g_autofree char *text =
            /* Translators: above the newest actions, when the older ones do not fit */
            g_strdup_printf (ngettext ("and %u earlier action", "and %u earlier actions", made),
                             made);

          earlier = list_note (text);
        }
      if (list == NULL)
        list = coprod_newest_box_new ();
      coprod_newest_box_append (COPROD_NEWEST_BOX (list), card, earlier);
      g_ptr_array_add (self->shown, g_steal_pointer (&action));
      made++;
    }

  if (list == NULL)
    {
      add_label (box, _("No actions yet. Who will do what, by when?"), NULL);
      return box;
    }
  gtk_widget_set_vexpand (list, TRUE);
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

/* "Do what you say you will do" and "be honest if you can't": each action from last
 * time, and what became of it. */
static GtkWidget *
build_review (CoprodProjectorWindow *self)
{
  CoprodAction *action = coprod_live_state_get_review_action (self->live);
  GtkWidget *box = scene_box ("review");
  GtkWidget *outcome;
  g_autofree char *position = NULL;
  g_autofree char *who = NULL;
  const char *note;

  if (action == NULL)
    {
      add_label (box, _("You said, we did"), "scene-title");
      add_label (box, _("Nothing to look back on from last time."), NULL);
      return box;
    }

  g_ptr_array_add (self->shown, g_object_ref (action));
  /* Translators: as in “You said, we did · 2 of 7”, the actions from last time */
  position = g_strdup_printf (_("You said, we did · %u of %u"),
                              coprod_live_state_get_review_index (self->live) + 1,
                              coprod_live_state_get_review_length (self->live));
  add_label (box, position, "overline");
  add_label (box, coprod_action_get_text (action), "action-text");
  who = who_and_when (self, action, TRUE);
  add_label (box, who, "dim");

  outcome = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (outcome, "outcome-box");
  switch (coprod_action_get_status (action))
    {
    case COPROD_ACTION_DONE:
      add_label (outcome, _("Done"), "outcome");
      break;
    case COPROD_ACTION_CANNOT:
      add_label (outcome, _("Can’t do — here’s why"), "outcome");
      break;
    case COPROD_ACTION_OPEN:
    default:
      add_label (outcome, _("Not done yet"), "outcome");
      break;
    }
  note = coprod_action_get_status_note (action);
  if (coprod_action_get_status (action) != COPROD_ACTION_OPEN && *note != '\0')
    add_label (outcome, note, NULL);
  gtk_box_append (GTK_BOX (box), outcome);
  return box;
}

/* The expectations exercise (seed 004): "get both groups independently to make a list
 * of their expectations first and what they think the other group's expectations of
 * them are", then compare them, which "needs some sensitive facilitation sometimes
 * especially around the differences in the lists". While the groups write, the room
 * sees only how far each has got, never a word of what they wrote. */

static GtkWidget *
build_drafting (CoprodProjectorWindow *self,
                CoprodExercise        *exercise)
{
  GtkWidget *box = scene_box ("expectations");
  GtkWidget *groups = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  add_label (box, _("What we expect of each other"), "scene-title");
  add_label (box, _("Each group writes two lists: what we expect of them, and what we think "
                    "they expect of us."), NULL);
  gtk_box_set_homogeneous (GTK_BOX (groups), TRUE);
  gtk_widget_add_css_class (groups, "draft-groups");
  for (CoprodGroup group = COPROD_GROUP_A; group <= COPROD_GROUP_B; group++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      guint written = exercise != NULL ? coprod_exercise_count_written (exercise, group) : 0;
      /* Translators: how many lines a group has written so far in the expectations
       * exercise, shown large on the shared screen */
      g_autofree char *count = g_strdup_printf (ngettext ("%u written", "%u written", written),
                                                written);

      gtk_widget_add_css_class (card, "draft-card");
      add_label (card, coprod_team_get_group_label (self->team, group), "heading");
      add_label (card, count, "draft-count");
      gtk_box_append (GTK_BOX (groups), card);
    }
  gtk_box_append (GTK_BOX (box), groups);
  add_label (box, _("Each group writes its lists. They are shown when both groups are ready."),
             "dim");
  return box;
}

/* "Behaviour", "Skills and knowledge": in small type below the words. */
static void
add_category (GtkWidget         *box,
              CoprodExpectation *expectation)
{
  CoprodExpectationCategory category = coprod_expectation_get_category (expectation);

  gtk_widget_add_css_class (add_label (box, coprod_expectation_category_to_string (category),
                                       "category"),
                            "dim");
}

/* One side of a line of the mirror: what was written, and its kind in small type; or,
 * for the side nobody wrote, what that means, in words. */
static GtkWidget *
mirror_cell (CoprodExpectation *expectation,
             const char        *missing)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (cell, "mirror-cell");
  gtk_widget_set_hexpand (cell, TRUE);
  if (expectation == NULL)
    {
      gtk_widget_add_css_class (add_label (cell, missing, "mirror-missing"), "dim");
      return cell;
    }
  add_label (cell, coprod_expectation_get_text (expectation), "expectation-text");
  add_category (cell, expectation);
  return cell;
}

/* "and 4 more", below the last line that fits. */
static GtkWidget *
more_label (guint more)
{
  /* Translators: below the expectations on the shared screen, when the rest do not fit */
  g_autofree char *text = g_strdup_printf (ngettext ("and %u more", "and %u more", more), more);

  return list_note (text);
}

/* The scene's title, then the names of its two columns, the left one what @them
 * expect; or, with no @lines, @empty instead. Returns whether there is anything to put
 * under the columns. */
static gboolean
add_columns (GtkWidget  *box,
             const char *title,
             guint       lines,
             const char *empty,
             const char *them,
             const char *right,
             const char *right_class)
{
  GtkWidget *header;
  g_autofree char *left = NULL;

  add_label (box, title, "scene-title");
  if (lines == 0)
    {
      add_label (box, empty, NULL);
      return FALSE;
    }
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_box_set_homogeneous (GTK_BOX (header), TRUE);
  gtk_widget_add_css_class (header, "mirror-header");
  /* Translators: above what one group expects of the other, as in “Families expect” */
  left = g_strdup_printf (_("%s expect"), them);
  add_label (header, left, "heading");
  if (right_class != NULL)
    gtk_widget_add_css_class (add_label (header, right, "heading"), right_class);
  else
    add_label (header, right, "heading");
  gtk_box_append (GTK_BOX (box), header);
  return TRUE;
}

/* Where a long side starts on the shared screen: at the line the facilitator is on,
 * under a line saying how many came before it. */
static guint
lines_above (CoprodProjectorWindow *self,
             GtkWidget             *box,
             guint                  n)
{
  guint start = MIN (coprod_live_state_get_mirror_start (self->live), n > 0 ? n - 1 : 0);
  g_autofree char *text = NULL;

  if (start == 0)
    return 0;
  /* Translators: above the lines on the shared screen, when the first are not shown */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line above", "%u lines above",
                                       start), start);
  add_label (box, text, "earlier");
  return start;
}

/* Two columns: on the left what the other group really expects of @about, on the
 * right what @about thought it expects, each guess on the line of the expectation it
 * meant. */
static GtkWidget *
build_mirror (CoprodProjectorWindow *self,
              CoprodExercise        *exercise,
              CoprodGroup            about)
{
  const char *us = coprod_team_get_group_label (self->team, about);
  const char *them = coprod_team_get_group_label (self->team, COPROD_OTHER_GROUP (about));
  g_autoptr(GPtrArray) rows = coprod_exercise_dup_mirror (exercise, about);
  GtkWidget *box = scene_box ("expectations");
  GtkWidget *list;
  g_autofree char *title = NULL;
  g_autofree char *right = NULL;

  /* Translators: the expectations compared on the shared screen, as in “What
   * Professionals expect of Families — and what Families thought” */
  title = g_strdup_printf (_("What %1$s expect of %2$s — and what %2$s thought"), them, us);
  /* Translators: above what the other group guessed, as in “Families thought” */
  right = g_strdup_printf (_("%s thought"), us);
  if (!add_columns (box, title, rows->len, _("Nothing has been written on these lists yet."),
                    them, right, "guess-heading"))
    return box;

  list = coprod_newest_box_new ();
  coprod_newest_box_set_keep_first (COPROD_NEWEST_BOX (list), TRUE);
  for (guint i = lines_above (self, box, rows->len); i < rows->len; i++)
    {
      CoprodMirrorRow *row = g_ptr_array_index (rows, i);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *guessed = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      /* The pair is marked by a sign between them, not by colour. */
      GtkWidget *marker = gtk_label_new (row->actual != NULL && row->guess != NULL ? "⇄" : "");

      gtk_box_set_homogeneous (GTK_BOX (line), TRUE);
      gtk_widget_add_css_class (line, "mirror-row");
      gtk_widget_add_css_class (marker, "pair-marker");
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (line),
                      mirror_cell (row->actual,
                                   _("We thought they expected this — they don’t")));
      gtk_box_append (GTK_BOX (guessed), marker);
      gtk_box_append (GTK_BOX (guessed),
                      mirror_cell (row->guess, _("They expect this — we didn’t guess it")));
      gtk_box_append (GTK_BOX (line), guessed);
      coprod_newest_box_append (COPROD_NEWEST_BOX (list), line,
                                i + 1 < rows->len ? more_label (rows->len - i - 1) : NULL);
    }
  gtk_widget_set_vexpand (list, TRUE);
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

/* An answer in a sign and in words, so that it never rests on colour alone. */
static const char *
answer_words (CoprodResponse response)
{
  switch (response)
    {
    case COPROD_RESPONSE_CAN:
      return _("✔ We can meet this");
    case COPROD_RESPONSE_PARTLY:
      return _("◐ We can meet this in part");
    case COPROD_RESPONSE_CANNOT:
      return _("✖ We can’t meet this — here’s why");
    case COPROD_RESPONSE_FIND_OUT:
      return _("? We need to find out");
    case COPROD_RESPONSE_NONE:
    default:
      return _("… Not answered yet");
    }
}

/* What the other group expects of @about, each with the answer @about gave. */
static GtkWidget *
build_answers (CoprodProjectorWindow *self,
               CoprodExercise        *exercise,
               CoprodGroup            about)
{
  const char *us = coprod_team_get_group_label (self->team, about);
  const char *them = coprod_team_get_group_label (self->team, COPROD_OTHER_GROUP (about));
  GListModel *expected = coprod_exercise_get_list (exercise, COPROD_OTHER_GROUP (about),
                                                   COPROD_LIST_WE_EXPECT);
  guint n = g_list_model_get_n_items (expected);
  GtkWidget *box = scene_box ("expectations");
  GtkWidget *list;
  g_autofree char *title = NULL;
  g_autofree char *right = NULL;

  /* Translators: on the shared screen, as in “What Professionals expect of Families —
   * and how Families answered” */
  title = g_strdup_printf (_("What %1$s expect of %2$s — and how %2$s answered"), them, us);
  /* Translators: above the other group's answers, as in “Professionals answered” */
  right = g_strdup_printf (_("%s answered"), us);
  if (!add_columns (box, title, n, _("Nothing has been written on this list."), them, right,
                    NULL))
    return box;

  list = coprod_newest_box_new ();
  coprod_newest_box_set_keep_first (COPROD_NEWEST_BOX (list), TRUE);
  for (guint i = lines_above (self, box, n); i < n; i++)
    {
      g_autoptr(CoprodExpectation) expectation = g_list_model_get_item (expected, i);
      CoprodResponse response = coprod_expectation_get_response (expectation);
      const char *note = coprod_expectation_get_response_note (expectation);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *answer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *words = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_box_set_homogeneous (GTK_BOX (line), TRUE);
      gtk_widget_add_css_class (line, "mirror-row");
      gtk_box_append (GTK_BOX (line), mirror_cell (expectation, NULL));
      gtk_widget_add_css_class (answer, "answer-cell");
      gtk_widget_set_hexpand (add_label (words, answer_words (response), "answer"), TRUE);
      if (coprod_expectation_get_agreed (expectation))
        {
          /* Translators: marks an expectation both groups agreed on, on the shared screen */
          GtkWidget *agreed = add_label (words, _("Agreed"), "agreed-tag");

          gtk_label_set_wrap (GTK_LABEL (agreed), FALSE);
          gtk_widget_set_valign (agreed, GTK_ALIGN_START);
        }
      gtk_box_append (GTK_BOX (answer), words);
      if (response != COPROD_RESPONSE_NONE && note != NULL && *note != '\0')
        add_label (answer, note, "answer-note");
      gtk_box_append (GTK_BOX (line), answer);
      coprod_newest_box_append (COPROD_NEWEST_BOX (list), line,
                                i + 1 < n ? more_label (n - i - 1) : NULL);
    }
  gtk_widget_set_vexpand (list, TRUE);
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

/* One scene, drawn by how far the exercise has got; before it begins, as drafting
 * with nothing written. */
static GtkWidget *
build_expectations (CoprodProjectorWindow *self)
{
  CoprodExercise *exercise = self->exercise;
  CoprodGroup about = coprod_live_state_get_mirror (self->live);

  if (exercise == NULL || coprod_exercise_get_phase (exercise) == COPROD_PHASE_DRAFTING)
    return build_drafting (self, exercise);
  if (coprod_exercise_get_phase (exercise) == COPROD_PHASE_REVEALED)
    return build_mirror (self, exercise, about);
  return build_answers (self, exercise, about);
}

/* "There is no place for jargon being used with families" (seed 001), and when it is
 * used, the room can read what it means without anyone having to ask: the words of
 * everything the meeting shares with the room (its title, purpose, agenda with shared
 * notes, actions, and expectations once revealed; never private notes), each beside its
 * meaning, in the order of the words.
 * When there are more than fit, the first show, with how many more do not. */
static GtkWidget *
build_glossary (CoprodProjectorWindow *self)
{
  g_autoptr(GPtrArray) words = coprod_team_dup_meeting_words (self->team, meeting (self),
                                                              COPROD_MEETING_WORDS_ON_SCREEN);
  g_autoptr(GtkSizeGroup) column = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  GtkWidget *box = scene_box ("glossary");
  GtkWidget *list;

  keep_explained (words);
  if (self->words_first >= words->len)
    self->words_first = 0;
  add_label (box, self->words_first == 0 ? _("Words we’re using")
                                         : _("Words we’re using, continued"), "scene-title");
  if (words->len == 0)
    {
      add_label (box, _("No special words so far. If you hear a word you don’t know, please "
                        "ask: someone will explain it."), NULL);
      return box;
    }

  list = coprod_newest_box_new ();
  coprod_newest_box_set_keep_first (COPROD_NEWEST_BOX (list), TRUE);
  self->words_list = list;
  self->words_on_page = words->len - self->words_first;
  for (guint i = self->words_first; i < words->len; i++)
    {
      CoprodMeetingWord *word = g_ptr_array_index (words, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *term = add_label (row, word->word, "word");
      guint after = words->len - i - 1;
      g_autofree char *more = NULL;

      /* A long word wraps between its words, never inside one. */
      gtk_label_set_wrap_mode (GTK_LABEL (term), PANGO_WRAP_WORD);
      gtk_label_set_max_width_chars (GTK_LABEL (term), 14);
      gtk_widget_set_valign (term, GTK_ALIGN_START);
      gtk_size_group_add_widget (column, term);
      gtk_widget_set_hexpand (add_label (row, word->meaning, "meaning"), TRUE);
      gtk_widget_add_css_class (row, "word-row");
      if (after > 0)
        /* Translators: below the words on the shared screen, when the rest do not fit;
         * they come up in their turn */
        more = g_strdup_printf (ngettext ("and %u more word, next", "and %u more words, next",
                                          after), after);
      coprod_newest_box_append (COPROD_NEWEST_BOX (list), row,
                                more != NULL ? list_note (more) : NULL);
    }
  gtk_widget_set_vexpand (list, TRUE);
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

static GtkWidget *
build_blank (CoprodProjectorWindow *self)
{
  GtkWidget *box = scene_box ("blank");
  GtkWidget *label;

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  label = add_label (box, coprod_meeting_get_title (meeting (self)), "dim");
  gtk_label_set_xalign (GTK_LABEL (label), 0.5);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  return box;
}

/* Each scene's builder. A builder adds the actions it shows to self->shown, and an
 * edit to any of them builds the scene again. */
typedef GtkWidget *(*SceneBuilder) (CoprodProjectorWindow *self);

static const SceneBuilder builders[] = {
  [COPROD_SCENE_WELCOME] = build_welcome,
  [COPROD_SCENE_AGENDA] = build_agenda,
  [COPROD_SCENE_CURRENT_ITEM] = build_current_item,
  [COPROD_SCENE_INTRODUCTIONS] = build_introductions,
  [COPROD_SCENE_REVIEW] = build_review,
  [COPROD_SCENE_EXPECTATIONS] = build_expectations,
  [COPROD_SCENE_ACTIONS] = build_actions,
  [COPROD_SCENE_GLOSSARY] = build_glossary,
  [COPROD_SCENE_BLANK] = build_blank,
};

G_STATIC_ASSERT (G_N_ELEMENTS (builders) == COPROD_SCENE_LAST + 1);

/* Type and colour */

static void
restyle (CoprodProjectorWindow *self)
{
  const CoprodProjectorTheme *t;
  g_autoptr(GVariant) state = g_action_group_get_action_state (self->actions,
                                                               "shared-screen-theme");
  const char *theme_id = state != NULL ? g_variant_get_string (state, NULL) : "";
  g_autofree char *css = NULL;
  char px[G_ASCII_DTOSTR_BUF_SIZE];
  guint theme = 0;

  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    if (g_str_equal (theme_id, themes[i].id))
      theme = i;
  t = &themes[theme];
  g_ascii_formatd (px, sizeof px, "%.1f", self->font_px);

  css = g_strdup_printf ("#%1$s, #%1$s .stage { font-size: %2$spx; background-color: %3$s;"
                         " color: %4$s; }\n"
                         "#%1$s .dim, #%1$s .overline { color: %5$s; }\n"
                         "#%1$s .agenda-cell.current { background-color: %6$s; color: %4$s; }\n"
                         "#%1$s .low .countdown { color: %7$s; }\n"
                         "#%1$s .very-low .countdown, #%1$s .overrun .countdown { color: %8$s; }\n"
                         "#%1$s .countdown-box { border-color: %4$s; }\n"
                         "#%1$s .low.countdown-box { border-color: %7$s; }\n"
                         "#%1$s .very-low.countdown-box, #%1$s .overrun.countdown-box {"
                         " border-color: %8$s; }\n",
                         self->css_name, px, t->background, t->text, t->dim,
                         t->current_background, t->low, t->very_low);
  gtk_css_provider_load_from_data (self->provider, css, -1);
}

static double
font_px_for (CoprodProjectorWindow *self,
             int                    width,
             int                    height)
{
  double fit = MIN (width / 1920.0, height / 1080.0);

  return MAX (14.0, BODY_PX_AT_1080 * fit * coprod_live_state_get_text_scale (self->live));
}

static gboolean
restyle_cb (gpointer user_data)
{
  CoprodProjectorWindow *self = user_data;

  self->restyle_source = 0;
  restyle (self);
  return G_SOURCE_REMOVE;
}

static void
resize_type (CoprodProjectorWindow *self,
             int                    width,
             int                    height)
{
  double px = font_px_for (self, width, height);

  if (width <= 0 || height <= 0 || G_APPROX_VALUE (px, self->font_px, 0.25))
    return;
  self->font_px = px;
  /* Not in the middle of a layout: the new size takes effect in the next one. */
  if (self->restyle_source == 0)
    self->restyle_source = g_idle_add (restyle_cb, self);
}

/* Showing the live state */

static void
show_time (CoprodProjectorWindow *self)
{
  CoprodLiveAlert alert;
  g_autofree char *countdown = NULL;

  if (self->countdown_label == NULL)
    return;
  alert = coprod_live_state_get_alert (self->live);
  countdown = coprod_live_format_clock (coprod_live_state_get_item_remaining (self->live));
  if (alert == COPROD_LIVE_ALERT_OVERRUN)
    {
      /* Counting up past the time: "+01:30". */
      g_autofree char *over = g_strconcat ("+", countdown, NULL);

      gtk_label_set_label (self->countdown_label, over);
    }
  else
    gtk_label_set_label (self->countdown_label, countdown);
  for (guint i = 0; i < G_N_ELEMENTS (alert_classes); i++)
    gtk_widget_remove_css_class (self->countdown_box, alert_classes[i]);
  gtk_widget_add_css_class (self->countdown_box, alert_classes[alert]);

  /* Words, not only colour, say how the time stands. */
  if (coprod_live_state_get_paused (self->live))
    gtk_label_set_label (self->countdown_caption, _("Paused"));
  else if (alert == COPROD_LIVE_ALERT_OVERRUN)
    gtk_label_set_label (self->countdown_caption, _("Over time"));
  else if (alert == COPROD_LIVE_ALERT_NONE)
    gtk_label_set_label (self->countdown_caption, _("Time left"));
  else
    gtk_label_set_label (self->countdown_caption, _("Nearly time: please wrap up"));
}

static gboolean
tick_cb (gpointer user_data)
{
  show_time (user_data);
  return G_SOURCE_CONTINUE;
}

/* Stops watching the actions the last scene showed. */
static void
unwatch_shown (CoprodProjectorWindow *self)
{
  for (guint i = 0; i < self->shown->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->shown, i), self);
  g_ptr_array_set_size (self->shown, 0);
}

/* The exercise is watched once a scene has shown it; the meeting says when it begins,
 * and a scene shown then finds it. */
static void
watch_exercise (CoprodProjectorWindow *self)
{
  CoprodExercise *exercise = coprod_meeting_get_exercise (meeting (self));

  if (exercise == self->exercise)
    return;
  if (self->exercise != NULL)
    g_signal_handlers_disconnect_by_data (self->exercise, self);
  g_set_object (&self->exercise, exercise);
  if (exercise == NULL)
    return;
  g_signal_connect_object (exercise, "changed", G_CALLBACK (model_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (exercise, "notify::phase", G_CALLBACK (model_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* The scene the live state asks for, or the item under way for one not offered. */
static CoprodScene
shown_scene (CoprodProjectorWindow *self)
{
  CoprodScene scene = coprod_live_state_get_scene (self->live);

  return builders[scene] != NULL ? scene : COPROD_SCENE_CURRENT_ITEM;
}

static void show_scene (CoprodProjectorWindow *self);

static gboolean
words_page_cb (gpointer user_data)
{
  coprod_projector_window_turn_words_page (user_data);
  return G_SOURCE_CONTINUE;
}

static void
show_scene (CoprodProjectorWindow *self)
{
  CoprodScene scene = shown_scene (self);

  /* The team's actions are loaded and watched only once a scene shows them, or their
   * words. */
  if ((scene == COPROD_SCENE_ACTIONS || scene == COPROD_SCENE_REVIEW ||
       scene == COPROD_SCENE_GLOSSARY) && self->action_list == NULL)
    {
      self->action_list = g_object_ref (coprod_team_get_actions (self->team));
      g_signal_connect_object (self->action_list, "items-changed", G_CALLBACK (model_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  if (scene == COPROD_SCENE_EXPECTATIONS || scene == COPROD_SCENE_GLOSSARY)
    watch_exercise (self);
  unwatch_shown (self);
  self->countdown_label = NULL;
  self->countdown_caption = NULL;
  self->countdown_box = NULL;
  self->words_list = NULL;
  if (scene != COPROD_SCENE_GLOSSARY)
    {
      g_clear_handle_id (&self->words_source, g_source_remove);
      self->words_first = 0;
    }
  if (self->scene_widget != NULL)
    gtk_box_remove (GTK_BOX (self->stage), self->scene_widget);
  self->scene_widget = builders[scene] (self);
  gtk_box_append (GTK_BOX (self->stage), self->scene_widget);
  for (guint i = 0; i < self->shown->len; i++)
    g_signal_connect_object (g_ptr_array_index (self->shown, i), "notify",
                             G_CALLBACK (model_changed_cb), self, G_CONNECT_SWAPPED);

  if (self->words_list != NULL && self->words_source == 0)
    self->words_source = g_timeout_add_seconds (self->words_seconds, words_page_cb, self);

  /* The clock ticks only while a countdown is on show. */
  if (self->countdown_label != NULL && self->tick_source == 0)
    self->tick_source = g_timeout_add_seconds (1, tick_cb, self);
  else if (self->countdown_label == NULL)
    g_clear_handle_id (&self->tick_source, g_source_remove);
  show_time (self);
}

static gboolean
show_scene_cb (gpointer user_data)
{
  CoprodProjectorWindow *self = user_data;

  self->scene_source = 0;
  show_scene (self);
  return G_SOURCE_REMOVE;
}

/* One change of item notifies several properties at once; the scene is built once,
 * before the next frame is laid out (a plain idle would wait behind the drawing). */
static void
queue_scene (CoprodProjectorWindow *self)
{
  if (self->scene_source == 0)
    self->scene_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, show_scene_cb, self, NULL);
}

static void
live_notify_cb (CoprodProjectorWindow *self,
                GParamSpec            *pspec)
{
  if (g_str_equal (pspec->name, "text-scale"))
    {
      resize_type (self, gtk_widget_get_width (GTK_WIDGET (self)),
                   gtk_widget_get_height (GTK_WIDGET (self)));
      return;
    }
  if (g_str_equal (pspec->name, "paused"))
    {
      show_time (self);
      return;
    }
  queue_scene (self);
}

static void
model_changed_cb (CoprodProjectorWindow *self)
{
  queue_scene (self);
}

/* A word or its meaning changed: the scenes that explain words show it. */
static void
glossary_changed_cb (CoprodProjectorWindow *self)
{
  CoprodScene scene = shown_scene (self);

  if (scene == COPROD_SCENE_GLOSSARY || scene == COPROD_SCENE_CURRENT_ITEM)
    queue_scene (self);
}

/* An action's words may bring a word into the meeting, or take one out. The actions
 * themselves are watched by the scenes that show them (self->shown). */
static void
action_changed_cb (CoprodProjectorWindow *self)
{
  if (shown_scene (self) == COPROD_SCENE_GLOSSARY)
    queue_scene (self);
}

/* Edits to an item or a person show at once, including those added since. */
static void
watch_items (CoprodProjectorWindow *self,
             GListModel            *list,
             guint                  from,
             guint                  n)
{
  for (guint i = from; i < from + n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_signal_connect_object (item, "notify", G_CALLBACK (model_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
list_changed_cb (CoprodProjectorWindow *self,
                 guint                  position,
                 guint                  removed,
                 guint                  added,
                 GListModel            *list)
{
  watch_items (self, list, position, added);
  queue_scene (self);
}

static void
unwatch_items (CoprodProjectorWindow *self,
               GListModel            *list)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_signal_handlers_disconnect_by_data (item, self);
    }
}

static void
fullscreened_cb (CoprodProjectorWindow *self)
{
  gtk_widget_set_visible (self->header, !gtk_window_is_fullscreen (GTK_WINDOW (self)));
}

static void
connect_models (CoprodProjectorWindow *self)
{
  GListModel *agenda = coprod_meeting_get_agenda (meeting (self));
  GListModel *people = coprod_team_get_people (self->team);

  g_signal_connect_object (self->live, "notify", G_CALLBACK (live_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (meeting (self), "notify", G_CALLBACK (model_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->team, "notify", G_CALLBACK (model_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->team, "glossary-changed", G_CALLBACK (glossary_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->team, "action-changed", G_CALLBACK (action_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (agenda, "items-changed", G_CALLBACK (list_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (people, "items-changed", G_CALLBACK (list_changed_cb), self,
                           G_CONNECT_SWAPPED);
  watch_items (self, agenda, 0, g_list_model_get_n_items (agenda));
  watch_items (self, people, 0, g_list_model_get_n_items (people));
}

static void
disconnect_models (CoprodProjectorWindow *self)
{
  GListModel *agenda;
  GListModel *people;

  if (self->live == NULL)
    return;
  agenda = coprod_meeting_get_agenda (meeting (self));
  people = coprod_team_get_people (self->team);
  g_signal_handlers_disconnect_by_data (self->live, self);
  g_signal_handlers_disconnect_by_data (meeting (self), self);
  g_signal_handlers_disconnect_by_data (self->team, self);
  g_signal_handlers_disconnect_by_data (agenda, self);
  g_signal_handlers_disconnect_by_data (people, self);
  unwatch_items (self, agenda);
  unwatch_items (self, people);
  unwatch_shown (self);
  if (self->action_list != NULL)
    g_signal_handlers_disconnect_by_data (self->action_list, self);
  g_clear_object (&self->action_list);
  if (self->exercise != NULL)
    g_signal_handlers_disconnect_by_data (self->exercise, self);
  g_clear_object (&self->exercise);
}

/* Actions of the window itself */

static void
leave_fullscreen_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  gtk_window_unfullscreen (GTK_WINDOW (widget));
}

static void
next_monitor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  coprod_projector_window_next_monitor (COPROD_PROJECTOR_WINDOW (widget));
}

/* Overrides */

static void
coprod_projector_window_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  GTK_WIDGET_CLASS (coprod_projector_window_parent_class)->size_allocate (widget, width, height,
                                                                          baseline);
  resize_type (COPROD_PROJECTOR_WINDOW (widget), width, height);
}

static void
coprod_projector_window_dispose (GObject *object)
{
  CoprodProjectorWindow *self = COPROD_PROJECTOR_WINDOW (object);

  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_handle_id (&self->restyle_source, g_source_remove);
  g_clear_handle_id (&self->scene_source, g_source_remove);
  g_clear_handle_id (&self->words_source, g_source_remove);
  disconnect_models (self);
  if (self->provider != NULL)
    gtk_style_context_remove_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                   GTK_STYLE_PROVIDER (self->provider));
  g_clear_object (&self->provider);
  g_clear_object (&self->live);
  g_clear_object (&self->team);
  g_clear_object (&self->actions);
  g_clear_weak_pointer (&self->facilitator);

  G_OBJECT_CLASS (coprod_projector_window_parent_class)->dispose (object);
}

static void
coprod_projector_window_finalize (GObject *object)
{
  CoprodProjectorWindow *self = COPROD_PROJECTOR_WINDOW (object);

  g_free (self->css_name);
  g_ptr_array_unref (self->shown);

  G_OBJECT_CLASS (coprod_projector_window_parent_class)->finalize (object);
}

static void
coprod_projector_window_class_init (CoprodProjectorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = coprod_projector_window_dispose;
  object_class->finalize = coprod_projector_window_finalize;
  widget_class->size_allocate = coprod_projector_window_size_allocate;

  gtk_widget_class_install_action (widget_class, "projector.leave-fullscreen", NULL,
                                   leave_fullscreen_action);
  gtk_widget_class_install_action (widget_class, "projector.next-monitor", NULL,
                                   next_monitor_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "projector.leave-fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F6, 0,
                                       "projector.next-monitor", NULL);
}

static void
coprod_projector_window_init (CoprodProjectorWindow *self)
{
  static guint serial;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = adw_window_title_new (_("Shared Screen"), NULL);
  GtkWidget *viewport;

  self->monitor = -1;
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  self->font_px = BODY_PX_AT_1080 / 2;
  self->css_name = g_strdup_printf ("coprod-shared-%u", ++serial);
  gtk_widget_set_name (GTK_WIDGET (self), self->css_name);
  gtk_widget_add_css_class (GTK_WIDGET (self), "shared-screen");
  gtk_window_set_title (GTK_WINDOW (self), _("Shared Screen"));
  gtk_window_set_default_size (GTK_WINDOW (self), 960, 540);
  gtk_widget_set_size_request (GTK_WIDGET (self), 360, 240);

  self->words_seconds = WORDS_PAGE_SECONDS;
  self->header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (self->header), title);
  gtk_widget_add_css_class (self->header, "flat");
  gtk_box_append (GTK_BOX (box), self->header);

  /* The stage never asks for more room than the window has: a long agenda in large
   * type is cut at the bottom rather than making the window taller than the screen
   * (Ctrl+minus brings it back). Its wrapped lines would otherwise set the window's
   * smallest height to what they need at one character a line. */
  self->stage = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->stage, "stage");
  viewport = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (viewport), GTK_POLICY_NEVER,
                                  GTK_POLICY_EXTERNAL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (viewport), self->stage);
  gtk_widget_set_vexpand (viewport, TRUE);
  gtk_box_append (GTK_BOX (box), viewport);
  adw_window_set_content (ADW_WINDOW (self), box);

  self->provider = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                              GTK_STYLE_PROVIDER (self->provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);
  coprod_shared_add_shortcuts (GTK_WIDGET (self), FALSE);
}

/* Public API */

/**
 * coprod_projector_window_new:
 * @facilitator: the facilitator's window, whose monitor the shared screen avoids
 *
 * A shared screen for @live's meeting, of @team. Call
 * coprod_projector_window_place() to put it on the room's screen.
 */
CoprodProjectorWindow *
coprod_projector_window_new (GtkWindow       *facilitator,
                             CoprodLiveState *live,
                             CoprodTeam      *team)
{
  CoprodProjectorWindow *self;

  g_return_val_if_fail (facilitator == NULL || GTK_IS_WINDOW (facilitator), NULL);
  g_return_val_if_fail (COPROD_IS_LIVE_STATE (live), NULL);
  g_return_val_if_fail (COPROD_IS_TEAM (team), NULL);

  self = g_object_new (COPROD_TYPE_PROJECTOR_WINDOW, NULL);
  g_set_weak_pointer (&self->facilitator, facilitator);
  coprod_projector_window_set_live_state (self, live, team);
  return self;
}

CoprodLiveState *
coprod_projector_window_get_live_state (CoprodProjectorWindow *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECTOR_WINDOW (self), NULL);
  return self->live;
}

/**
 * coprod_projector_window_set_live_state:
 *
 * Shows @live, a meeting of @team, from now on: when the facilitator starts another
 * meeting.
 */
void
coprod_projector_window_set_live_state (CoprodProjectorWindow *self,
                                        CoprodLiveState       *live,
                                        CoprodTeam            *team)
{
  g_return_if_fail (COPROD_IS_PROJECTOR_WINDOW (self));
  g_return_if_fail (COPROD_IS_LIVE_STATE (live));
  g_return_if_fail (COPROD_IS_TEAM (team));

  if (self->live == live && self->team == team)
    return;
  disconnect_models (self);
  g_set_object (&self->live, live);
  g_set_object (&self->team, team);
  if (self->actions != NULL)
    g_signal_handlers_disconnect_by_data (self->actions, self);
  g_clear_object (&self->actions);
  self->actions = coprod_shared_actions_new (live);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "shared", self->actions);
  g_signal_connect_object (self->actions, "action-state-changed::shared-screen-theme",
                           G_CALLBACK (restyle), self, G_CONNECT_SWAPPED);
  restyle (self);
  connect_models (self);
  show_scene (self);
  resize_type (self, gtk_widget_get_width (GTK_WIDGET (self)),
               gtk_widget_get_height (GTK_WIDGET (self)));
}

static GdkMonitor *
monitor_at (GListModel *monitors,
            int         index)
{
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, index);

  return monitor;
}

static int
facilitator_monitor (CoprodProjectorWindow *self,
                     GListModel            *monitors)
{
  GdkSurface *surface;
  GdkMonitor *monitor;

  if (self->facilitator == NULL)
    return -1;
  surface = gtk_native_get_surface (GTK_NATIVE (self->facilitator));
  if (surface == NULL)
    return -1;
  monitor = gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    if (monitor_at (monitors, i) == monitor)
      return i;
  return -1;
}

static void
show_on (CoprodProjectorWindow *self,
         GListModel            *monitors,
         int                    target)
{
  guint n = g_list_model_get_n_items (monitors);

  self->monitor = target;
  if (coprod_monitors_fullscreen_on (n, facilitator_monitor (self, monitors), target))
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor_at (monitors, target));
  else
    gtk_window_unfullscreen (GTK_WINDOW (self));
}

/**
 * coprod_projector_window_place:
 *
 * Presents the shared screen: fullscreen on a monitor other than the facilitator's
 * when there is one, otherwise as a window to drag where the room can see it.
 */
void
coprod_projector_window_place (CoprodProjectorWindow *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  guint n = g_list_model_get_n_items (monitors);
  g_autofree GdkRectangle *boxes = g_new0 (GdkRectangle, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    gdk_monitor_get_geometry (monitor_at (monitors, i), &boxes[i]);
  gtk_window_present (GTK_WINDOW (self));
  show_on (self, monitors,
           coprod_monitors_choose_shared (boxes, n, facilitator_monitor (self, monitors)));
}

/* Moves the shared screen on to the next monitor, round to the first. */
void
coprod_projector_window_next_monitor (CoprodProjectorWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));

  g_return_if_fail (COPROD_IS_PROJECTOR_WINDOW (self));
  show_on (self, monitors, coprod_monitors_next (g_list_model_get_n_items (monitors),
                                                 self->monitor));
}

/* The body text's size in pixels, for tests and screenshots. */
double
coprod_projector_window_get_font_size (CoprodProjectorWindow *self)
{
  g_return_val_if_fail (COPROD_IS_PROJECTOR_WINDOW (self), 0);
  return self->font_px;
}

gboolean
coprod_projector_scene_available (CoprodScene scene)
{
  return scene <= COPROD_SCENE_LAST && builders[scene] != NULL;
}

const CoprodProjectorTheme *
coprod_projector_theme_get (CoprodProjectorThemeId id)
{
  g_return_val_if_fail (id < G_N_ELEMENTS (themes), NULL);
  return &themes[id];
}

guint
coprod_projector_theme_count (void)
{
  return G_N_ELEMENTS (themes);
}

/* The facilitator's controls, shared by the live console and the shared screen */

static void
scene_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CoprodLiveState *live = user_data;
  const char *id = g_variant_get_string (parameter, NULL);

  if (g_str_equal (id, "follow"))
    {
      coprod_live_state_follow (live);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (scene_ids); i++)
    if (g_str_equal (id, scene_ids[i]) && coprod_projector_scene_available (i) &&
        i != COPROD_SCENE_BLANK)
      coprod_live_state_pin_scene (live, i);
}

static void
blank_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  coprod_live_state_set_blanked (user_data, !coprod_live_state_get_blanked (user_data));
}

static void
bigger_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  coprod_live_state_set_text_scale (user_data,
                                    coprod_live_state_get_text_scale (user_data) * SCALE_STEP);
}

static void
smaller_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  coprod_live_state_set_text_scale (user_data,
                                    coprod_live_state_get_text_scale (user_data) / SCALE_STEP);
}

static void
normal_size_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  coprod_live_state_set_text_scale (user_data, 1.0);
}

/* The words we're using, brought up when someone asks what a word means, and put away
 * again for whatever is under way. */
static void
words_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  CoprodLiveState *live = user_data;

  if (!coprod_live_state_get_following (live) &&
      coprod_live_state_get_pinned_scene (live) == COPROD_SCENE_GLOSSARY)
    coprod_live_state_follow (live);
  else
    coprod_live_state_pin_scene (live, COPROD_SCENE_GLOSSARY);
}

/* Moving through the introduction cards shows them, whatever was on screen. */
static void
step_card (CoprodLiveState *live,
           int              step)
{
  guint index = coprod_live_state_get_card_index (live);

  if (coprod_live_state_get_scene (live) == COPROD_SCENE_INTRODUCTIONS)
    coprod_live_state_set_card_index (live, step > 0 ? index + 1 : (index > 0 ? index - 1 : 0));
  else
    coprod_live_state_pin_scene (live, COPROD_SCENE_INTRODUCTIONS);
}

static void
next_card_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  step_card (user_data, 1);
}

static void
previous_card_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  step_card (user_data, -1);
}

static void
sync_states_cb (GActionGroup    *group,
                GParamSpec      *pspec,
                CoprodLiveState *live)
{
  const char *scene = coprod_live_state_get_following (live)
                        ? "follow" : scene_ids[coprod_live_state_get_pinned_scene (live)];

  g_action_group_change_action_state (group, "scene", g_variant_new_string (scene));
  g_action_group_change_action_state (group, "blank",
                                      g_variant_new_boolean (coprod_live_state_get_blanked (live)));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (group),
                                                                            "bigger")),
                               coprod_live_state_get_text_scale (live) < COPROD_TEXT_SCALE_MAX);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (group),
                                                                            "smaller")),
                               coprod_live_state_get_text_scale (live) > COPROD_TEXT_SCALE_MIN);
}

static void
set_state (GSimpleAction *action,
           GVariant      *value,
           gpointer       user_data)
{
  g_simple_action_set_state (action, value);
}

static GAction *
theme_action (void)
{
  GApplication *app = g_application_get_default ();
  GSettings *settings = COPROD_IS_APPLICATION (app)
                          ? coprod_application_get_settings (COPROD_APPLICATION (app)) : NULL;
  GSimpleAction *action;

  if (settings != NULL)
    return g_settings_create_action (settings, "shared-screen-theme");
  /* Without installed settings the choice lasts as long as the meeting. */
  action = g_simple_action_new_stateful ("shared-screen-theme", G_VARIANT_TYPE_STRING,
                                         g_variant_new_string (themes[0].id));
  g_signal_connect (action, "change-state", G_CALLBACK (set_state), NULL);
  return G_ACTION (action);
}

/**
 * coprod_shared_actions_new:
 *
 * The controls of the shared screen, as actions on @live: "scene" ("follow" or a
 * scene's name), "words" (the words we're using, or back to following), "blank",
 * "bigger", "smaller", "normal-size", "next-card", "previous-card", and
 * "shared-screen-theme" (from the settings). There is one group
 * for each live state, shared by the live console and the shared screen.
 *
 * Returns: (transfer full): the actions
 */
GActionGroup *
coprod_shared_actions_new (CoprodLiveState *live)
{
  GActionGroup *existing = g_object_get_data (G_OBJECT (live), "coprod-shared-actions");

  const GActionEntry entries[] = {
    { "scene", scene_activated, "s", "'follow'", set_state, { 0 } },
    { "words", words_activated, NULL, NULL, NULL, { 0 } },
    { "blank", blank_activated, NULL, "false", set_state, { 0 } },
    { "bigger", bigger_activated, NULL, NULL, NULL, { 0 } },
    { "smaller", smaller_activated, NULL, NULL, NULL, { 0 } },
    { "normal-size", normal_size_activated, NULL, NULL, NULL, { 0 } },
    { "next-card", next_card_activated, NULL, NULL, NULL, { 0 } },
    { "previous-card", previous_card_activated, NULL, NULL, NULL, { 0 } },
  };
  GSimpleActionGroup *group;
  g_autoptr(GAction) theme = NULL;

  if (existing != NULL)
    return g_object_ref (existing);

  /* The live state keeps the group; the group does not keep the live state, and the
   * widgets that show the group hold both. */
  group = g_simple_action_group_new ();
  theme = theme_action ();
  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), live);
  g_action_map_add_action (G_ACTION_MAP (group), theme);
  g_object_set_data_full (G_OBJECT (live), "coprod-shared-actions", g_object_ref (group),
                          g_object_unref);
  g_signal_connect_object (live, "notify", G_CALLBACK (sync_states_cb), group,
                           G_CONNECT_SWAPPED);
  sync_states_cb (G_ACTION_GROUP (group), NULL, live);
  return G_ACTION_GROUP (group);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *accelerator,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accelerator),
                                                          gtk_named_action_new (action)));
}

/**
 * coprod_shared_add_shortcuts:
 * @in_console: whether @widget is the live console, where the arrow keys move
 *   through the agenda and the cards take Ctrl
 *
 * The shared screen's keys: W shows the words we're using and puts them away, B
 * blanks it, Ctrl+plus and Ctrl+minus change the size of its type, and Right and Left
 * step through the introduction cards.
 */
void
coprod_shared_add_shortcuts (GtkWidget *widget,
                             gboolean   in_console)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_shortcut_controller_set_scope (shortcuts, GTK_SHORTCUT_SCOPE_MANAGED);
  add_shortcut (shortcuts, "w", "shared.words");
  add_shortcut (shortcuts, "b", "shared.blank");
  add_shortcut (shortcuts, "<Control>plus", "shared.bigger");
  add_shortcut (shortcuts, "<Control>equal", "shared.bigger");
  add_shortcut (shortcuts, "<Control>KP_Add", "shared.bigger");
  add_shortcut (shortcuts, "<Control>minus", "shared.smaller");
  add_shortcut (shortcuts, "<Control>KP_Subtract", "shared.smaller");
  add_shortcut (shortcuts, "<Control>0", "shared.normal-size");
  add_shortcut (shortcuts, in_console ? "<Control>Right" : "Right", "shared.next-card");
  add_shortcut (shortcuts, in_console ? "<Control>Left" : "Left", "shared.previous-card");
  gtk_widget_add_controller (widget, controller);
}

/**
 * coprod_projector_window_turn_words_page:
 *
 * On the Words scene, when not all the words fit, shows the next of them, or the first
 * again after the last: what happens every %WORDS_PAGE_SECONDS seconds there.
 *
 * Returns: whether the page turned
 */
gboolean
coprod_projector_window_turn_words_page (CoprodProjectorWindow *self)
{
  guint hidden, shown;

  g_return_val_if_fail (COPROD_IS_PROJECTOR_WINDOW (self), FALSE);

  /* Not laid out yet since it was made: what fits is not known. */
  if (self->words_list == NULL || gtk_widget_get_height (self->words_list) == 0)
    return FALSE;
  hidden = coprod_newest_box_get_n_hidden (COPROD_NEWEST_BOX (self->words_list));
  if (hidden == 0 && self->words_first == 0)
    return FALSE;
  /* At least one, however large the type: the pages always move on. */
  shown = MAX (self->words_on_page - MIN (hidden, self->words_on_page), 1);
  self->words_first = hidden > 0 ? self->words_first + shown : 0;
  show_scene (self);
  return TRUE;
}

/**
 * coprod_projector_window_set_words_seconds:
 * @seconds: how often the Words scene turns its page, when its words do not all fit
 *
 * %WORDS_PAGE_SECONDS unless set: tests set a shorter time.
 */
void
coprod_projector_window_set_words_seconds (CoprodProjectorWindow *self,
                                           guint                  seconds)
{
  g_return_if_fail (COPROD_IS_PROJECTOR_WINDOW (self));
  g_return_if_fail (seconds > 0);

  self->words_seconds = seconds;
  if (self->words_source != 0)
    {
      g_source_remove (self->words_source);
      self->words_source = g_timeout_add_seconds (seconds, words_page_cb, self);
    }
}
