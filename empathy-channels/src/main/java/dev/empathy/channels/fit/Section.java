package dev.empathy.channels.fit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.phrase.Phrasebook;
import java.util.ArrayList;
import java.util.List;

/**
 * One piece of a message being fitted: a block of the reply (its role is the block kind's label,
 * such as {@code closing}) or a line the channel adds (such as {@code dm}), with its text and
 * whether it may be cut short when dropping whole sections is not enough.
 *
 * <pre>{@code
 * new Section("acknowledgement", ack.text(), true);
 * }</pre>
 *
 * @param role what the section is, used in the keep order ({@link KeepOrder}) and change details
 * @param text its text, unescaped
 * @param cuttable whether {@link Shortener} may cut it at a word boundary
 * @param shortForm a shorter text saying the same thing without its elaboration (the
 *     acknowledgement naming the feeling without the situation), or null; {@link Shortener} uses
 *     it before it drops any section that carries a fact
 */
public record Section(String role, String text, boolean cuttable, String shortForm) {
  public Section {
    checkNotNull(role, "role");
    checkNotNull(text, "text");
    if (shortForm != null && (shortForm.isBlank() || shortForm.equals(text))) {
      shortForm = null;
    }
  }

  /** A section without a short form. */
  public Section(String role, String text, boolean cuttable) {
    this(role, text, cuttable, null);
  }

  /** The short form, when there is one. */
  public java.util.Optional<String> shortened() {
    return java.util.Optional.ofNullable(shortForm);
  }

  /** A copy whose text and short form are both passed through {@code f} (escaping, re-encoding). */
  public Section map(java.util.function.UnaryOperator<String> f) {
    return new Section(role, f.apply(text), cuttable, shortForm == null ? null : f.apply(shortForm));
  }

  /**
   * The role of a reply block: its kind's label, except that the block carrying the second and
   * later actions is {@code action_more}, so channels can drop it before the first action.
   */
  public static String roleOf(Block block) {
    if (block.kind() == BlockKind.ACTION && "more".equals(block.facts().get("position"))) {
      return "action_more";
    }
    return block.kind().label();
  }

  /**
   * The section for a reply block: its role ({@link #roleOf}), its text, and for an
   * acknowledgement that names the situation, the short form that names only the feeling (the
   * locale's {@code ack.<emotion>.general} phrase).
   *
   * <pre>{@code
   * Section.of(ack, reply, true).shortForm();  // "I’m sorry about this, and I can see how frustrating it’s been."
   * }</pre>
   */
  public static Section of(Block block, dev.empathy.compose.Reply reply, boolean cuttable) {
    return new Section(roleOf(block), block.text(), cuttable, shortFormOf(block, reply));
  }

  /**
   * The short form of a block, else null: for an acknowledgement that names its situation, the
   * feeling alone; for the first action, the agent's own clause without the phrase that frames it;
   * for a timeline, its deadline only.
   */
  public static String shortFormOf(Block block, dev.empathy.compose.Reply reply) {
    if (block.kind() == BlockKind.ACTION && "first".equals(block.facts().get("position"))) {
      String clause = actionClause(block, reply.locale());
      return clause.equals(block.text()) ? null : clause;
    }
    if (block.kind() == BlockKind.TIMELINE) {
      return timelineInBrief(block, reply);
    }
    if (block.kind() != BlockKind.ACKNOWLEDGEMENT || block.fact("situation").isEmpty()) {
      return null;
    }
    String general = block.fact("emotion").map(e -> reply.phrase("ack." + e + ".general")).orElse(null);
    if (general != null && reply.has(dev.empathy.phrase.Moment.LOSS)) {
      // A bereavement keeps its condolence, the acknowledgement's first sentence, however short
      // the post: "Thank you for telling me" alone reads as if the loss went unheard.
      String condolence = firstSentence(block.text());
      if (condolence != null && !general.startsWith(condolence)) {
        return condolence + (condolence.endsWith("。") ? "" : " ") + general;
      }
    }
    return general;
  }

  /** The first sentence of {@code text} (up to its first full stop), or null when it is the whole text. */
  private static String firstSentence(String text) {
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if (c == '。' || (c == '.' || c == '!') && text.charAt(i + 1) == ' ') {
        return text.substring(0, i + 1);
      }
    }
    return null;
  }

  /** The timeline as its deadline only ({@code fit.timeline.short}), else null. */
  private static String timelineInBrief(Block timeline, dev.empathy.compose.Reply reply) {
    try {
      java.util.Optional<String> time = timeline.fact("deadlineTime");
      // A clock time alone promises today: right for a duration that ends today (it has a count),
      // or a moment the timeline itself says is today; a moment on another day keeps its date
      // ("by Friday, December 11", never "by 4 PM" on the Monday before).
      boolean today = timeline.fact("count").isPresent() || timeline.text().contains(reply.phrasebook().today());
      if (time.isPresent() && today) {
        java.time.LocalTime t = java.time.LocalTime.parse(time.get());
        return reply.phrase("fit.timeline.short",
            java.util.Map.of("deadline", reply.phrasebook().time(t), "deadlineKind", "time", "hour", t.getHour()));
      }
      java.util.Optional<String> date = timeline.fact("deadline");
      if (date.isEmpty()) {
        return null;
      }
      java.time.LocalDate d = java.time.LocalDate.parse(date.get());
      return reply.phrase("fit.timeline.short",
          java.util.Map.of("deadline", reply.phrasebook().date(d, false), "deadlineKind", "date", "hour", 0));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The first action as a sentence of its own: the block's text from where the agent's words
   * begin, so "Now, first things first: I’ve refunded $42." gives "I’ve refunded $42."; the
   * block's whole text when the agent's words cannot be found in it.
   *
   * <pre>{@code
   * Section.actionClause(action, Locale.US);  // "I’ve refunded $42."
   * }</pre>
   */
  public static String actionClause(Block action, java.util.Locale locale) {
    String text = action.text();
    if (action.items().isEmpty()) {
      return text;
    }
    String item = action.items().get(0).strip().replaceAll("[\\s.!。！]+$", "");
    if (item.codePointCount(0, item.length()) < 3) {
      return text;
    }
    // The composer may have made a typed space unbreakable ("18 h 40" in French): spaces of any
    // width compare equal, and both texts keep their lengths.
    String lower = unbroken(text.toLowerCase(java.util.Locale.ROOT));
    if (lower.length() != text.length()) {
      return text;
    }
    item = unbroken(item);
    int at = lower.indexOf(item.toLowerCase(java.util.Locale.ROOT));
    if (at < 0) {
      // The composer may have given a note its subject ("Refunded" became "I refunded"): find
      // the rest of the note, and start after the colon or word before it.
      int space = item.indexOf(' ');
      String tail = space > 0 ? item.substring(space + 1).toLowerCase(java.util.Locale.ROOT) : "";
      int t = tail.length() >= 8 ? lower.indexOf(tail) : -1;
      // The composer may also have written the note's end out ("Friday 8-10am" → "Friday between
      // 8 and 10 AM", "3-5bd" → "3 to 5 business days"): the note's words up to there will do.
      for (int cut = tail.lastIndexOf(' '); t < 0 && cut >= 8; cut = tail.lastIndexOf(' ', cut - 1)) {
        t = lower.indexOf(tail.substring(0, cut));
      }
      if (t <= 0) {
        return text;
      }
      int colon = Math.max(text.lastIndexOf(':', t), text.lastIndexOf('：', t));
      int comma = text.lastIndexOf(',', t - 1); // before the note: a comma at t itself opens nothing (SocialProperties draw, seed -6127525039214024073)
      if (comma > colon && text.substring(comma + 1, t).strip().split(" +").length <= 3) {
        // a lead-in closed by a comma: "To get things moving, I’ve broken down the charges" (the
        // subject, the note's verb and an article, at most three words, between the comma and the rest)
        colon = comma;
      }
      if (colon < 0) {
        return text;
      }
      at = colon + 1;
    }
    // The composer gave the note its subject ("Refunded" → "I refunded") or said its noun with a
    // verb ("indemnización por la lámpara" → "le pagamos una indemnización por la lámpara"): the
    // clause starts at the first of those words (three at most), after the lead-in's colon or comma
    // ("As a first step, I opened …") or at the start of the sentence.
    int from = at;
    for (int words = 0; words < 3 && from > 1 && text.charAt(from - 1) == ' '; words++) {
      int word = from - 1;
      while (word > 0 && !Character.isWhitespace(text.charAt(word - 1)) && text.charAt(word - 1) != ':'
          && text.charAt(word - 1) != '：' && text.charAt(word - 1) != ',') {
        word--;
      }
      if (word == from - 1) {
        break; // the note follows the lead-in's colon or comma itself
      }
      int before = word;
      while (before > 0 && text.charAt(before - 1) == ' ') {
        before--;
      }
      char lead = before == 0 ? ':' : text.charAt(before - 1);
      if (lead == ':' || lead == '：' || lead == ',') {
        at = word;
        break;
      }
      from = word;
    }
    // French spaces its guillemets ("« checked the return »", a no-break space inside): the mark is
    // found past that space, never left behind ("Checked the return »." in a public post).
    int mark = at;
    while (mark > 0 && (text.charAt(mark - 1) == '\u00A0' || text.charAt(mark - 1) == '\u202F')) {
      mark--;
    }
    if (mark < at && mark > 0 && text.charAt(mark - 1) == '«') {
      at = mark;
    }
    while (at > 0 && "«“„‘「\"'".indexOf(text.charAt(at - 1)) >= 0) {
      at--; // a note quoted as typed («tech visit booked Mon 2-6»): the clause keeps its opening mark
    }
    if (at <= 0) {
      return text;
    }
    String clause = Cuts.strip(text.substring(at));
    if (clause.isEmpty()) {
      return text;
    }
    int cp = clause.codePointAt(0);
    if (Character.isLowerCase(cp)) {
      int n = Character.charCount(cp);
      clause = com.ibm.icu.lang.UCharacter.toTitleCase(locale, clause.substring(0, n), null) + clause.substring(n);
    }
    return clause;
  }

  /** {@code text} with no-break spaces read as plain ones (same length). */
  private static String unbroken(String text) {
    return text.replace('\u00A0', ' ').replace('\u202F', ' ');
  }

  /**
   * {@code sections} in order, with the first non-blank one after a {@code greeting} section laid
   * out as the locale continues a letter ({@link Phrasebook#afterGreeting}): German "Hallo Dana,"
   * is followed by "es tut mir leid …". Call it on the sections as they will be shown, after any
   * were dropped, so a sentence whose greeting was dropped keeps its capital.
   *
   * <pre>{@code
   * List<Section> shown = Section.afterGreeting(kept, reply.phrasebook());
   * }</pre>
   */
  public static List<Section> afterGreeting(List<Section> sections, Phrasebook book) {
    if (!book.lowercasesAfterGreeting()) {
      return sections;
    }
    List<Section> out = new ArrayList<>(sections);
    String greeting = null;
    for (int i = 0; i < out.size(); i++) {
      Section s = out.get(i);
      if (s.text().isBlank()) {
        continue;
      }
      if (greeting != null) {
        String g = greeting;
        out.set(i, s.map(t -> book.afterGreeting(g, t)));
      }
      greeting = s.role().equals("greeting") ? s.text() : null;
    }
    return out;
  }

  /** A copy with other text and no short form. */
  public Section withText(String newText) {
    return new Section(role, newText, cuttable, null);
  }

  /** A copy whose text is its short form (unchanged when it has none). */
  public Section toShortForm() {
    return shortForm == null ? this : new Section(role, shortForm, cuttable, null);
  }
}
