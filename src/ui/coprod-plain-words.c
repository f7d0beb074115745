/* coprod-plain-words.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Catches words before the room sees them. Attached to a text view or an entry, it
 * underlines as people type: the glossary's words in blue, capitals and words nobody
 * has explained yet with an orange wave, and words that describe people by what they
 * lack in purple. Clicking one, or the context menu's first entry (Menu or Shift+F10
 * from the keyboard), opens a popover with its plain meaning; there a new word can be
 * added to the team's glossary and a missing meaning written, and a deficit phrase
 * gets a kinder way to say it. Hovering over a word shows its meaning as a tooltip.
 *
 * The check runs once the typing has paused for a moment's idle, over the whole text:
 * the checker takes well under a frame for a long text (bench/plain-language).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "coprod-plain-words.h"

#define DATA_KEY "coprod-plain-words"

#define COPROD_TYPE_PLAIN_WORDS (coprod_plain_words_get_type ())
G_DECLARE_FINAL_TYPE (CoprodPlainWords, coprod_plain_words, COPROD, PLAIN_WORDS, GObject)

struct _CoprodPlainWords
{
  GObject                parent_instance;

  GtkWidget             *target;       /* the GtkTextView or GtkText; owns this object */
  GtkWidget             *owner;        /* what was attached: target, or the entry around it */
  CoprodTeam            *team;         /* nullable: then only deficit phrases */
  CoprodPlainLanguage   *own_checker;  /* without a team */
  CoprodPlainCheckFlags  flags;

  char                  *text;         /* what was last checked */
  GArray                *matches;      /* of CoprodPlainMatch, in that text */
  CoprodPlainLanguage   *checked_with; /* holds the strings of the matches */
  char                  *description;  /* what screen readers were last told */
  guint                  check_id;
  guint                  click_id;
  double                 press_x, press_y;  /* in the surface's coordinates */
  gboolean               click_at_point;    /* the word under the click, not the cursor */
  double                 click_x, click_y;  /* in the target's coordinates */

  GMenu                 *menu;         /* the context menu's entry */
  GSimpleAction         *explain;
  GtkPopover            *popover;
  gboolean               peeking;      /* opened by a click: it takes no keys, and the
                                        * next key, click or cursor move closes it */
};

G_DEFINE_FINAL_TYPE (CoprodPlainWords, coprod_plain_words, G_TYPE_OBJECT)

/* Helpers */

static CoprodPlainLanguage *
checker (CoprodPlainWords *self)
{
  if (self->team != NULL)
    return coprod_team_get_plain_language (self->team);
  if (self->own_checker == NULL)
    self->own_checker = coprod_plain_language_new (NULL, 0);
  return self->own_checker;
}

static GtkTextBuffer *
buffer (CoprodPlainWords *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->target));
}

static char *
dup_text (CoprodPlainWords *self)
{
  GtkTextIter start, end;

  if (!GTK_IS_TEXT_VIEW (self->target))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->target)));
  /* A slice keeps a character for each of the buffer's, so offsets agree. */
  gtk_text_buffer_get_bounds (buffer (self), &start, &end);
  return gtk_text_buffer_get_slice (buffer (self), &start, &end, TRUE);
}

static const char *
tag_name (const CoprodPlainMatch *match)
{
  if (match->kind == COPROD_PLAIN_DEFICIT)
    return COPROD_PLAIN_TAG_DEFICIT;
  if (match->kind == COPROD_PLAIN_TERM && match->explanation != NULL)
    return COPROD_PLAIN_TAG_EXPLAINED;
  return COPROD_PLAIN_TAG_UNEXPLAINED;
}

/* Blue for explained, orange for not yet, purple for deficit words: apart from each
 * other and from red spelling marks, and readable on light and dark. */
static void
tag_style (const char    *name,
           PangoUnderline *underline,
           GdkRGBA        *color)
{
  const char *spec = "#1c71d8";

  *underline = PANGO_UNDERLINE_SINGLE;
  if (g_str_equal (name, COPROD_PLAIN_TAG_UNEXPLAINED))
    {
      *underline = PANGO_UNDERLINE_ERROR;
      spec = "#e66100";
    }
  else if (g_str_equal (name, COPROD_PLAIN_TAG_DEFICIT))
    {
      /* Apart from the glossary's words by more than colour. */
      *underline = PANGO_UNDERLINE_DOUBLE;
      spec = "#9141ac";
    }
  gdk_rgba_parse (color, spec);
}

static void
ensure_tags (GtkTextBuffer *text_buffer)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (text_buffer);
  const char *names[] = { COPROD_PLAIN_TAG_EXPLAINED, COPROD_PLAIN_TAG_UNEXPLAINED,
                          COPROD_PLAIN_TAG_DEFICIT };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      PangoUnderline underline;
      GdkRGBA color;

      if (gtk_text_tag_table_lookup (table, names[i]) != NULL)
        continue;
      tag_style (names[i], &underline, &color);
      gtk_text_buffer_create_tag (text_buffer, names[i], "underline", underline,
                                  "underline-rgba", &color, NULL);
    }
}

static void
underline_text_view (CoprodPlainWords *self)
{
  GtkTextBuffer *text_buffer = buffer (self);
  GtkTextIter start, end;
  const char *counted = self->text;  /* characters counted up to here... */
  glong chars = 0;                   /* ...are this many */

  ensure_tags (text_buffer);
  gtk_text_buffer_get_bounds (text_buffer, &start, &end);
  gtk_text_buffer_remove_tag_by_name (text_buffer, COPROD_PLAIN_TAG_EXPLAINED, &start, &end);
  gtk_text_buffer_remove_tag_by_name (text_buffer, COPROD_PLAIN_TAG_UNEXPLAINED, &start, &end);
  gtk_text_buffer_remove_tag_by_name (text_buffer, COPROD_PLAIN_TAG_DEFICIT, &start, &end);

  for (guint i = 0; i < self->matches->len; i++)
    {
      const CoprodPlainMatch *match = &g_array_index (self->matches, CoprodPlainMatch, i);
      const char *begins = self->text + match->offset;

      /* The matches come in order; counting on from the last keeps this linear. */
      if (begins < counted)
        counted = self->text, chars = 0;
      chars += g_utf8_pointer_to_offset (counted, begins);
      counted = begins;
      gtk_text_buffer_get_iter_at_offset (text_buffer, &start, chars);
      gtk_text_buffer_get_iter_at_offset (text_buffer, &end,
                                          chars + g_utf8_pointer_to_offset (begins,
                                                                            begins + match->length));
      gtk_text_buffer_apply_tag_by_name (text_buffer, tag_name (match), &start, &end);
    }
}

static void
underline_entry (CoprodPlainWords *self)
{
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

  for (guint i = 0; i < self->matches->len; i++)
    {
      const CoprodPlainMatch *match = &g_array_index (self->matches, CoprodPlainMatch, i);
      PangoAttribute *attribute;
      PangoUnderline underline;
      GdkRGBA color;

      tag_style (tag_name (match), &underline, &color);
      attribute = pango_attr_underline_new (underline);
      attribute->start_index = match->offset;
      attribute->end_index = match->offset + match->length;
      pango_attr_list_insert (attributes, attribute);
      attribute = pango_attr_underline_color_new (color.red * 65535, color.green * 65535,
                                                  color.blue * 65535);
      attribute->start_index = match->offset;
      attribute->end_index = match->offset + match->length;
      pango_attr_list_insert (attributes, attribute);
    }
  gtk_text_set_attributes (GTK_TEXT (self->target), attributes);
}

static void
update_menu (CoprodPlainWords *self);

/* What the underlines show, for those who cannot see them: the words to explain and
 * the words to say more kindly, each once. */
static void
describe (CoprodPlainWords *self)
{
  g_autoptr(GString) unexplained = g_string_new (NULL);
  g_autoptr(GString) deficits = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *description = NULL;

  for (guint i = 0; i < self->matches->len; i++)
    {
      const CoprodPlainMatch *match = &g_array_index (self->matches, CoprodPlainMatch, i);
      const char *tag = tag_name (match);
      char *written;
      GString *list;

      if (g_str_equal (tag, COPROD_PLAIN_TAG_EXPLAINED))
        continue;
      written = g_strndup (self->text + match->offset, match->length);
      if (!g_hash_table_add (seen, written))
        continue;
      list = g_str_equal (tag, COPROD_PLAIN_TAG_DEFICIT) ? deficits : unexplained;
      g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "", written);
    }
  if (unexplained->len > 0 && deficits->len > 0)
    /* TRANSLATORS: read out by screen readers: words of the text, then phrases */
    description = g_strdup_printf (_("Words to explain: %s. Kinder words needed for: %s."),
                                   unexplained->str, deficits->str);
  else if (unexplained->len > 0)
    description = g_strdup_printf (_("Words to explain: %s."), unexplained->str);
  else if (deficits->len > 0)
    description = g_strdup_printf (_("Kinder words needed for: %s."), deficits->str);

  /* On what a screen reader presents: a GtkText inside an entry is not. A plain entry
   * keeps the description its form gives it (what went wrong, say). */
  if (GTK_IS_ENTRY (self->owner) || g_strcmp0 (description, self->description) == 0)
    return;
  g_free (self->description);
  self->description = g_strdup (description);
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->owner),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->owner),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
check (CoprodPlainWords *self)
{
  g_clear_handle_id (&self->check_id, g_source_remove);
  g_free (self->text);
  g_clear_pointer (&self->matches, g_array_unref);
  self->text = dup_text (self);
  g_clear_pointer (&self->checked_with, coprod_plain_language_unref);
  self->checked_with = coprod_plain_language_ref (checker (self));
  self->matches = coprod_plain_language_check (self->checked_with, self->text, -1, self->flags);
  if (self->peeking && self->popover != NULL)
    gtk_popover_popdown (self->popover);
  if (GTK_IS_TEXT_VIEW (self->target))
    underline_text_view (self);
  else
    underline_entry (self);
  describe (self);
  update_menu (self);
}

/* Before anything reads the matches: a check may still be waiting for its idle. */
static void
ensure_checked (CoprodPlainWords *self)
{
  if (self->check_id != 0 || self->matches == NULL)
    check (self);
}

static gboolean
check_idle_cb (gpointer data)
{
  CoprodPlainWords *self = data;

  self->check_id = 0;
  check (self);
  return G_SOURCE_REMOVE;
}

static void
queue_check (CoprodPlainWords *self)
{
  if (self->check_id == 0)
    self->check_id = g_idle_add (check_idle_cb, self);
}

/* The match around the byte INDEX, touching it at either end. */
static const CoprodPlainMatch *
match_at (CoprodPlainWords *self,
          gsize             index)
{
  for (guint i = 0; i < self->matches->len; i++)
    {
      const CoprodPlainMatch *match = &g_array_index (self->matches, CoprodPlainMatch, i);

      if (match->offset <= index && index <= match->offset + match->length)
        return match;
    }
  return NULL;
}

static gsize
char_to_index (CoprodPlainWords *self,
               int               chars)
{
  return g_utf8_offset_to_pointer (self->text, MIN (chars, g_utf8_strlen (self->text, -1))) -
         self->text;
}

static const CoprodPlainMatch *
match_at_cursor (CoprodPlainWords *self)
{
  int position;

  ensure_checked (self);
  if (GTK_IS_TEXT_VIEW (self->target))
    {
      GtkTextIter cursor;

      gtk_text_buffer_get_iter_at_mark (buffer (self), &cursor,
                                        gtk_text_buffer_get_insert (buffer (self)));
      position = gtk_text_iter_get_offset (&cursor);
    }
  else
    position = gtk_editable_get_position (GTK_EDITABLE (self->target));
  return match_at (self, char_to_index (self, position));
}

static char *
dup_written (CoprodPlainWords       *self,
             const CoprodPlainMatch *match)
{
  return g_strndup (self->text + match->offset, match->length);
}

static char *
dup_menu_label (CoprodPlainWords       *self,
                const CoprodPlainMatch *match)
{
  g_autofree char *written = dup_written (self, match);

  switch (match->kind)
    {
    case COPROD_PLAIN_DEFICIT:
      /* TRANSLATORS: in the context menu of words that describe people by what they lack */
      return g_strdup_printf (_("A Kinder Way to Say “%s”"), written);
    case COPROD_PLAIN_ACRONYM:
      return g_strdup_printf (_("Add “%s” to the Glossary"), written);
    case COPROD_PLAIN_TERM:
    default:
      if (match->explanation == NULL)
        return g_strdup_printf (_("Explain “%s” in the Glossary"), written);
      return g_strdup_printf (_("What “%s” Means"), written);
    }
}

static void
update_menu (CoprodPlainWords *self)
{
  const CoprodPlainMatch *match;
  g_autofree char *label = NULL;

  if (self->check_id != 0 || self->matches == NULL)
    return;
  match = match_at_cursor (self);
  g_simple_action_set_enabled (self->explain, match != NULL);
  g_menu_remove_all (self->menu);
  if (match == NULL)
    return;
  label = dup_menu_label (self, match);
  g_menu_append (self->menu, label, "plain.explain");
}

/* The popover */

static void
point_popover (CoprodPlainWords       *self,
               const CoprodPlainMatch *match)
{
  GtkTextView *view;
  GtkTextIter start, end;
  GdkRectangle first, last, rect;
  int chars;

  if (!GTK_IS_TEXT_VIEW (self->target))
    {
      gtk_popover_set_pointing_to (self->popover, NULL);
      return;
    }
  view = GTK_TEXT_VIEW (self->target);
  chars = g_utf8_pointer_to_offset (self->text, self->text + match->offset);
  gtk_text_buffer_get_iter_at_offset (buffer (self), &start, chars);
  gtk_text_buffer_get_iter_at_offset (buffer (self), &end,
                                      chars + g_utf8_strlen (self->text + match->offset,
                                                             match->length));
  gtk_text_view_get_iter_location (view, &start, &first);
  gtk_text_view_get_iter_location (view, &end, &last);
  rect = first;
  /* The whole word when it is on one line, its start when it wraps. */
  if (last.y == first.y && last.x > first.x)
    rect.width = last.x - first.x;
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y,
                                         &rect.x, &rect.y);
  rect.width = MAX (rect.width, 1);
  gtk_popover_set_pointing_to (self->popover, &rect);
}

typedef struct
{
  CoprodPlainWords   *self;
  CoprodGlossaryTerm *term;      /* a word of the glossary without a meaning yet */
  char               *word;      /* or a new word for it */
  GtkEntry           *meaning;
  GtkWidget          *save;
  GtkWidget          *reveal;    /* shows the two above, after a click */
  GtkLabel           *problem;
} Adding;

static void
adding_free (gpointer data)
{
  Adding *adding = data;

  g_clear_object (&adding->term);
  g_free (adding->word);
  g_free (adding);
}

static void
meaning_changed_cb (GtkEditable *editable,
                    Adding      *adding)
{
  g_autofree char *meaning = g_strstrip (g_strdup (gtk_editable_get_text (editable)));

  gtk_widget_set_sensitive (adding->save, *meaning != '\0');
}

static void
save_clicked_cb (GtkButton *button,
                 Adding    *adding)
{
  CoprodPlainWords *self = adding->self;
  g_autofree char *meaning = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (adding->meaning))));
  g_autoptr(GError) error = NULL;

  if (*meaning == '\0')
    return;
  if (adding->term != NULL)
    coprod_glossary_term_set_plain_meaning (adding->term, meaning);
  else if (coprod_team_add_glossary_term (self->team, adding->word, meaning, NULL,
                                          &error) == NULL)
    {
      /* TRANSLATORS: %s says what went wrong */
      g_autofree char *message = g_strdup_printf (_("The word could not be added: %s"),
                                                  error->message);

      gtk_label_set_text (adding->problem, message);
      gtk_widget_set_visible (GTK_WIDGET (adding->problem), TRUE);
      /* Room for the message: the text widget does not know to lay out its popover. */
      gtk_popover_present (self->popover);
      return;
    }
  gtk_popover_popdown (self->popover);
  check (self);
}

/* From a peek to a popover that takes the keyboard, to write the meaning in. */
static void
reveal_clicked_cb (GtkButton *button,
                   Adding    *adding)
{
  CoprodPlainWords *self = adding->self;

  self->peeking = FALSE;
  gtk_popover_popdown (self->popover);
  gtk_popover_set_autohide (self->popover, TRUE);
  gtk_widget_set_visible (adding->reveal, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (adding->meaning), TRUE);
  gtk_widget_set_visible (adding->save, TRUE);
  gtk_popover_popup (self->popover);
  gtk_widget_grab_focus (GTK_WIDGET (adding->meaning));
}

static GtkWidget *
popover_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* An entry for the meaning and a button that saves it, with room for what went wrong. */
static void
append_meaning_entry (CoprodPlainWords       *self,
                      GtkBox                 *box,
                      const CoprodPlainMatch *match)
{
  Adding *adding = g_new0 (Adding, 1);
  GtkWidget *meaning = gtk_entry_new ();
  GtkWidget *problem = popover_label (NULL, "error");
  GtkWidget *save;

  adding->self = self;
  if (match->kind == COPROD_PLAIN_TERM)
    {
      adding->term = g_list_model_get_item (coprod_team_get_glossary (self->team),
                                            match->term_index);
      save = gtk_button_new_with_mnemonic (_("_Save the Meaning"));
    }
  else
    {
      adding->word = coprod_plain_language_dup_glossary_form (self->text + match->offset,
                                                              match->length);
      save = gtk_button_new_with_mnemonic (_("_Add to Glossary"));
    }
  adding->meaning = GTK_ENTRY (meaning);
  adding->save = save;
  adding->problem = GTK_LABEL (problem);
  g_object_set_data_full (G_OBJECT (box), "coprod-adding", adding, adding_free);

  gtk_entry_set_placeholder_text (GTK_ENTRY (meaning), _("What it means, in plain words"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (meaning), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What it means, in plain words"), -1);
  gtk_entry_set_activates_default (GTK_ENTRY (meaning), FALSE);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_halign (save, GTK_ALIGN_END);
  gtk_widget_set_sensitive (save, FALSE);
  gtk_widget_set_visible (problem, FALSE);
  g_signal_connect (meaning, "changed", G_CALLBACK (meaning_changed_cb), adding);
  g_signal_connect_swapped (meaning, "activate", G_CALLBACK (gtk_widget_activate), save);
  g_signal_connect (save, "clicked", G_CALLBACK (save_clicked_cb), adding);
  gtk_box_append (box, meaning);
  gtk_box_append (box, problem);
  gtk_box_append (box, save);

  /* Opened by a click, it asks first: the click may only have been to edit the text. */
  adding->reveal = gtk_button_new_with_mnemonic (match->kind == COPROD_PLAIN_TERM
                                                 ? _("_Say What It Means…")
                                                 : _("_Add to Glossary…"));
  gtk_widget_set_halign (adding->reveal, GTK_ALIGN_END);
  /* A peek takes no focus: the keyboard stays in the text. */
  gtk_widget_set_focus_on_click (adding->reveal, FALSE);
  g_signal_connect (adding->reveal, "clicked", G_CALLBACK (reveal_clicked_cb), adding);
  gtk_box_append (box, adding->reveal);
  gtk_widget_set_visible (adding->reveal, self->peeking);
  gtk_widget_set_visible (meaning, !self->peeking);
  gtk_widget_set_visible (save, !self->peeking);
}

static GtkWidget *
build_popover_content (CoprodPlainWords       *self,
                       const CoprodPlainMatch *match)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *written = dup_written (self, match);
  g_autofree char *heading = NULL;
  gboolean explained = match->explanation != NULL;

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  if (match->kind == COPROD_PLAIN_DEFICIT)
    /* TRANSLATORS: a phrase quoted as it was written */
    heading = g_strdup_printf (_("“%s”"), written);
  else if (match->kind == COPROD_PLAIN_TERM)
    heading = g_strdup (match->term);
  else
    heading = g_strdup (written);
  gtk_box_append (GTK_BOX (box), popover_label (heading, "heading"));

  switch (match->kind)
    {
    case COPROD_PLAIN_DEFICIT:
      gtk_box_append (GTK_BOX (box),
                      popover_label (_("Words like these describe people by what they lack. "
                                       "A kinder way to say it:"), "dim-label"));
      gtk_box_append (GTK_BOX (box), popover_label (match->explanation, NULL));
      break;
    case COPROD_PLAIN_ACRONYM:
      gtk_box_append (GTK_BOX (box),
                      popover_label (_("This is not in the glossary. If anyone in the room "
                                       "may not know it, say what it means."), NULL));
      append_meaning_entry (self, GTK_BOX (box), match);
      break;
    case COPROD_PLAIN_TERM:
    default:
      if (explained)
        {
          gtk_box_append (GTK_BOX (box), popover_label (match->explanation, NULL));
          gtk_box_append (GTK_BOX (box),
                          popover_label (_("From the team’s glossary, on the Words page"),
                                         "dim-label"));
          break;
        }
      gtk_box_append (GTK_BOX (box),
                      popover_label (_("The glossary has this word, but nobody has said "
                                       "what it means yet."), NULL));
      append_meaning_entry (self, GTK_BOX (box), match);
      break;
    }
  return box;
}

/* The popover is a child the text view does not know of: it leaves before the view
 * goes, or the view would complain as it lets go of its children. */
static void
target_unrealize_cb (GtkWidget        *target,
                     CoprodPlainWords *self)
{
  if (self->popover != NULL && gtk_widget_get_parent (GTK_WIDGET (self->popover)) != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->popover));
}

static gboolean
show_popover (CoprodPlainWords       *self,
              const CoprodPlainMatch *match)
{
  /* A popover needs a window to open in. */
  if (match == NULL || !gtk_widget_get_mapped (self->target))
    return FALSE;
  if (self->popover == NULL)
    self->popover = g_object_ref_sink (GTK_POPOVER (gtk_popover_new ()));
  if (gtk_widget_get_parent (GTK_WIDGET (self->popover)) == NULL)
    gtk_widget_set_parent (GTK_WIDGET (self->popover), self->target);
  gtk_popover_popdown (self->popover);
  /* A peek leaves the keyboard and the pointer to the text; from the menu, it is a
   * popover like any other. */
  gtk_popover_set_autohide (self->popover, !self->peeking);
  gtk_popover_set_child (self->popover, build_popover_content (self, match));
  point_popover (self, match);
  gtk_popover_popup (self->popover);
  return TRUE;
}

static gboolean
explain (CoprodPlainWords *self)
{
  return show_popover (self, match_at_cursor (self));
}

static void
close_peek (CoprodPlainWords *self)
{
  if (self->peeking && self->popover != NULL && gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popdown (self->popover);
}

/* The match on the character at X, Y in the text view, not the gap after a word. */
static const CoprodPlainMatch *
match_at_point (CoprodPlainWords *self,
                double            x,
                double            y)
{
  GtkTextView *view = GTK_TEXT_VIEW (self->target);
  const CoprodPlainMatch *match;
  GtkTextIter iter;
  int buffer_x, buffer_y;
  gsize index;

  ensure_checked (self);
  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, y,
                                         &buffer_x, &buffer_y);
  if (!gtk_text_view_get_iter_at_location (view, &iter, buffer_x, buffer_y))
    return NULL;
  index = char_to_index (self, gtk_text_iter_get_offset (&iter));
  match = match_at (self, index);
  if (match != NULL && index == match->offset + match->length)
    return NULL;
  return match;
}

/* Signals */

static void
explain_activate_cb (GSimpleAction    *action,
                     GVariant         *parameter,
                     CoprodPlainWords *self)
{
  self->peeking = FALSE;
  explain (self);
}

static gboolean
click_idle_cb (gpointer data)
{
  CoprodPlainWords *self = data;

  self->click_id = 0;
  if (GTK_IS_TEXT_VIEW (self->target) ?
      gtk_text_buffer_get_has_selection (buffer (self)) :
      gtk_editable_get_selection_bounds (GTK_EDITABLE (self->target), NULL, NULL))
    return G_SOURCE_REMOVE;
  self->peeking = TRUE;
  /* An entry cannot say which character was clicked; it has put its cursor there. */
  show_popover (self, GTK_IS_TEXT_VIEW (self->target)
                        ? match_at_point (self, self->click_x, self->click_y)
                        : match_at_cursor (self));
  return G_SOURCE_REMOVE;
}

/* Where EVENT happened, in the target's coordinates. */
static gboolean
event_point (CoprodPlainWords *self,
             GdkEvent         *event,
             double           *x,
             double           *y)
{
  GtkNative *native = gtk_widget_get_native (self->target);
  graphene_point_t point;
  double surface_x, surface_y, event_x, event_y;

  if (native == NULL || !gdk_event_get_position (event, &event_x, &event_y))
    return FALSE;
  gtk_native_get_surface_transform (native, &surface_x, &surface_y);
  if (!gtk_widget_compute_point (GTK_WIDGET (native), self->target,
                                 &GRAPHENE_POINT_INIT (event_x - surface_x, event_y - surface_y),
                                 &point))
    return FALSE;
  *x = point.x;
  *y = point.y;
  return TRUE;
}

/* A right click does not move a text view's cursor: the menu's entry is for the word
 * clicked, so the cursor goes there, unless the click is in what is selected. */
static void
secondary_press (CoprodPlainWords *self,
                 GdkEvent         *event)
{
  GtkTextView *view = GTK_TEXT_VIEW (self->target);
  GtkTextIter iter, start, end;
  double x, y;
  int buffer_x, buffer_y;

  if (!event_point (self, event, &x, &y))
    return;
  gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, y,
                                         &buffer_x, &buffer_y);
  if (!gtk_text_view_get_iter_at_location (view, &iter, buffer_x, buffer_y))
    return;
  if (gtk_text_buffer_get_selection_bounds (buffer (self), &start, &end) &&
      gtk_text_iter_in_range (&iter, &start, &end))
    return;
  gtk_text_buffer_place_cursor (buffer (self), &iter);
}

/* A click, not a drag, on an underlined word explains it, once the view has put the
 * cursor where the click was. Any press puts away a peek. */
static gboolean
event_cb (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          CoprodPlainWords         *self)
{
  GdkEventType type = gdk_event_get_event_type (event);
  guint button;
  double x, y;

  if (type != GDK_BUTTON_PRESS && type != GDK_BUTTON_RELEASE)
    return GDK_EVENT_PROPAGATE;
  button = gdk_button_event_get_button (event);
  if (type == GDK_BUTTON_PRESS)
    close_peek (self);
  if (type == GDK_BUTTON_PRESS && button == GDK_BUTTON_SECONDARY &&
      GTK_IS_TEXT_VIEW (self->target))
    secondary_press (self, event);
  if (button != GDK_BUTTON_PRIMARY || !gdk_event_get_position (event, &x, &y))
    return GDK_EVENT_PROPAGATE;
  if (type == GDK_BUTTON_PRESS)
    {
      self->press_x = x;
      self->press_y = y;
    }
  else if (ABS (x - self->press_x) < 4 && ABS (y - self->press_y) < 4 &&
           (gdk_event_get_modifier_state (event) & GDK_SHIFT_MASK) == 0 &&
           self->click_id == 0 && event_point (self, event, &self->click_x, &self->click_y))
    self->click_id = g_idle_add (click_idle_cb, self);
  return GDK_EVENT_PROPAGATE;
}

/* The next key puts away a peek; Escape does only that, others go on into the text. */
static gboolean
key_pressed_cb (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                CoprodPlainWords      *self)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (keys));

  if (!self->peeking || self->popover == NULL ||
      !gtk_widget_get_visible (GTK_WIDGET (self->popover)) ||
      (event != NULL && gdk_key_event_is_modifier (event)))
    return GDK_EVENT_PROPAGATE;
  gtk_popover_popdown (self->popover);
  return keyval == GDK_KEY_Escape ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

static void
focus_left_cb (CoprodPlainWords *self)
{
  close_peek (self);
}

/* Lets go of everything when the widget goes, not when its memory is freed later. */
static void
target_destroy_cb (GtkWidget *target)
{
  g_object_set_data (G_OBJECT (target), DATA_KEY, NULL);
}

static char *
dup_tooltip (CoprodPlainWords       *self,
             const CoprodPlainMatch *match)
{
  g_autofree char *written = dup_written (self, match);

  switch (match->kind)
    {
    case COPROD_PLAIN_DEFICIT:
      /* TRANSLATORS: a tooltip: a phrase as written, then a kinder way to say it */
      return g_strdup_printf (_("“%s”: %s"), written, match->explanation);
    case COPROD_PLAIN_TERM:
      if (match->explanation != NULL)
        /* TRANSLATORS: a tooltip: a word of the glossary, then what it means */
        return g_strdup_printf (_("%s: %s"), match->term, match->explanation);
      G_GNUC_FALLTHROUGH;
    case COPROD_PLAIN_ACRONYM:
    default:
      /* TRANSLATORS: a tooltip over a word nobody has explained */
      return g_strdup_printf (_("%s: not explained yet; click it to say what it means"),
                              written);
    }
}

static gboolean
query_tooltip_cb (GtkWidget        *widget,
                  int               x,
                  int               y,
                  gboolean          keyboard,
                  GtkTooltip       *tooltip,
                  CoprodPlainWords *self)
{
  const CoprodPlainMatch *match = NULL;
  g_autofree char *text = NULL;

  ensure_checked (self);
  if (self->popover != NULL && gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    return FALSE;
  if (keyboard)
    match = match_at_cursor (self);
  else if (GTK_IS_TEXT_VIEW (widget))
    match = match_at_point (self, x, y);
  else
    {
      /* An entry cannot say which character is under the pointer: all of them, then. */
      g_autoptr(GString) all = g_string_new (NULL);
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < self->matches->len; i++)
        {
          char *line = dup_tooltip (self, &g_array_index (self->matches, CoprodPlainMatch, i));

          if (g_hash_table_add (seen, line))
            g_string_append_printf (all, "%s%s", all->len > 0 ? "\n" : "", line);
        }
      if (all->len == 0)
        return FALSE;
      gtk_tooltip_set_text (tooltip, all->str);
      return TRUE;
    }
  if (match == NULL)
    return FALSE;
  text = dup_tooltip (self, match);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
mark_set_cb (GtkTextBuffer    *text_buffer,
             GtkTextIter      *location,
             GtkTextMark      *mark,
             CoprodPlainWords *self)
{
  if (mark != gtk_text_buffer_get_insert (text_buffer))
    return;
  close_peek (self);
  update_menu (self);
}

static void
cursor_moved_cb (GObject          *object,
                 GParamSpec       *pspec,
                 CoprodPlainWords *self)
{
  close_peek (self);
  update_menu (self);
}

/* GObject */

static void
coprod_plain_words_dispose (GObject *object)
{
  CoprodPlainWords *self = (CoprodPlainWords *) object;

  g_clear_handle_id (&self->check_id, g_source_remove);
  g_clear_handle_id (&self->click_id, g_source_remove);
  g_clear_object (&self->team);
  g_clear_object (&self->menu);
  /* The action lives on in the widget's action group. */
  if (self->explain != NULL)
    g_signal_handlers_disconnect_by_data (self->explain, self);
  g_clear_object (&self->explain);
  if (self->popover != NULL && gtk_widget_get_parent (GTK_WIDGET (self->popover)) != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->popover));
  g_clear_object (&self->popover);

  G_OBJECT_CLASS (coprod_plain_words_parent_class)->dispose (object);
}

static void
coprod_plain_words_finalize (GObject *object)
{
  CoprodPlainWords *self = (CoprodPlainWords *) object;

  g_clear_pointer (&self->own_checker, coprod_plain_language_unref);
  g_clear_pointer (&self->checked_with, coprod_plain_language_unref);
  g_clear_pointer (&self->matches, g_array_unref);
  g_free (self->text);
  g_free (self->description);

  G_OBJECT_CLASS (coprod_plain_words_parent_class)->finalize (object);
}

static void
coprod_plain_words_class_init (CoprodPlainWordsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = coprod_plain_words_dispose;
  object_class->finalize = coprod_plain_words_finalize;
}

static void
coprod_plain_words_init (CoprodPlainWords *self)
{
}

/* Public API */

/* The widget that shows and edits the text: the entry inside an entry row. */
static GtkWidget *
find_target (GtkWidget *widget)
{
  GtkEditable *delegate;

  if (GTK_IS_TEXT_VIEW (widget) || GTK_IS_TEXT (widget))
    return widget;
  g_return_val_if_fail (GTK_IS_EDITABLE (widget), NULL);
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (widget));
  while (delegate != NULL && !GTK_IS_TEXT (delegate))
    delegate = gtk_editable_get_delegate (delegate);
  return GTK_WIDGET (delegate);
}

static CoprodPlainWords *
find_words (GtkWidget *widget)
{
  GtkWidget *target = find_target (widget);

  return target != NULL ? g_object_get_data (G_OBJECT (target), DATA_KEY) : NULL;
}

/**
 * coprod_plain_words_attach:
 * @widget: a #GtkTextView, or an editable with a #GtkText inside (an entry, an entry row)
 * @team: (nullable): whose glossary explains the words; without one, only @flags'
 *   deficit phrases are looked for
 * @flags: what to look for
 *
 * Underlines, as people type in @widget, what @flags asks for, and explains it on a
 * click, from the context menu and in tooltips. Lasts as long as @widget.
 */
void
coprod_plain_words_attach (GtkWidget             *widget,
                           CoprodTeam            *team,
                           CoprodPlainCheckFlags  flags)
{
  GtkWidget *target = find_target (widget);
  CoprodPlainWords *self;
  GtkEventController *controller;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_return_if_fail (target != NULL);
  g_return_if_fail (team == NULL || COPROD_IS_TEAM (team));
  g_return_if_fail (g_object_get_data (G_OBJECT (target), DATA_KEY) == NULL);

  self = g_object_new (COPROD_TYPE_PLAIN_WORDS, NULL);
  self->target = target;
  self->owner = widget;
  self->team = team != NULL ? g_object_ref (team) : NULL;
  self->flags = team != NULL ? flags : flags & COPROD_PLAIN_CHECK_DEFICITS;
  g_object_set_data_full (G_OBJECT (target), DATA_KEY, self, g_object_unref);

  self->menu = g_menu_new ();
  self->explain = g_simple_action_new ("explain", NULL);
  g_signal_connect (self->explain, "activate", G_CALLBACK (explain_activate_cb), self);
  g_signal_connect (target, "destroy", G_CALLBACK (target_destroy_cb), NULL);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (self->explain));
  gtk_widget_insert_action_group (target, "plain", G_ACTION_GROUP (group));

  if (GTK_IS_TEXT_VIEW (target))
    {
      gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (target), G_MENU_MODEL (self->menu));
      g_signal_connect_object (buffer (self), "changed", G_CALLBACK (queue_check), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (buffer (self), "mark-set", G_CALLBACK (mark_set_cb), self,
                               G_CONNECT_DEFAULT);
    }
  else
    {
      gtk_text_set_extra_menu (GTK_TEXT (target), G_MENU_MODEL (self->menu));
      g_signal_connect_object (target, "changed", G_CALLBACK (queue_check), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (target, "notify::cursor-position",
                               G_CALLBACK (cursor_moved_cb), self, G_CONNECT_DEFAULT);
    }
  gtk_widget_set_has_tooltip (target, TRUE);
  g_signal_connect_object (target, "query-tooltip", G_CALLBACK (query_tooltip_cb), self,
                           G_CONNECT_DEFAULT);
  if (team != NULL)
    g_signal_connect_object (team, "glossary-changed", G_CALLBACK (queue_check), self,
                             G_CONNECT_SWAPPED);

  g_signal_connect_object (target, "unrealize", G_CALLBACK (target_unrealize_cb), self,
                           G_CONNECT_DEFAULT);
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "event", G_CALLBACK (event_cb), self, G_CONNECT_DEFAULT);
  gtk_widget_add_controller (target, controller);
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_DEFAULT);
  gtk_widget_add_controller (target, controller);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (focus_left_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (target, controller);

  check (self);
}

/**
 * coprod_plain_words_explain:
 * @widget: a widget given to coprod_plain_words_attach()
 *
 * Opens the popover for the word at the cursor, as the context menu does.
 *
 * Returns: whether there was a word there to explain
 */
gboolean
coprod_plain_words_explain (GtkWidget *widget)
{
  CoprodPlainWords *self = find_words (widget);

  g_return_val_if_fail (self != NULL, FALSE);
  self->peeking = FALSE;
  return explain (self);
}

/**
 * coprod_plain_words_get_popover:
 *
 * Returns: (nullable) (transfer none): the popover, once one has been opened
 */
GtkPopover *
coprod_plain_words_get_popover (GtkWidget *widget)
{
  CoprodPlainWords *self = find_words (widget);

  g_return_val_if_fail (self != NULL, NULL);
  return self->popover;
}
