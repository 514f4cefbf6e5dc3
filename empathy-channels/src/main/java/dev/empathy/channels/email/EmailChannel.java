package dev.empathy.channels.email;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import dev.empathy.channel.Channel;
import dev.empathy.channel.ChannelOverflowException;
import dev.empathy.channel.Length;
import dev.empathy.channel.Overflow;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.fit.ChannelData;
import dev.empathy.channels.fit.Cuts;
import dev.empathy.channels.fit.Markup;
import dev.empathy.channels.fit.Section;
import dev.empathy.channels.fit.Shortener;
import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import dev.empathy.phrase.Phrasebook;
import dev.empathy.text.Graphemes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.encoder.Encode;

/**
 * E-mail: a subject and preheader derived from the reply's facts, a plain-text body wrapped at 72
 * columns, and an HTML body in which every string is encoded for its context.
 *
 * <pre>{@code
 * Rendered r = Channels.require("email").render(reply);
 * r.field("subject");    // Optional[Double charge on your card: here’s what happens next]
 * r.field("preheader");  // Optional[Here’s what I can do right now: I’ve refunded …]
 * r.text();              // the plain-text body
 * r.field("html");       // Optional[<!DOCTYPE html>…]
 * }</pre>
 *
 * <h2>Rendered conventions</h2>
 *
 * <ul>
 *   <li>flavours: {@code html} (default: plain and HTML bodies) and {@code text} (plain only);
 *   <li>{@code text()}: the plain-text body; {@code parts()}: the same body, as the single part;
 *   <li>{@code fields()}: {@code subject} (30–60 graphemes in English, key words first),
 *       {@code preheader} (40–100), and for {@code html} also {@code html} (a whole document) and
 *       {@code mime} (a {@code multipart/alternative} message, plain text first and HTML last,
 *       base64 bodies, the subject RFC 2047-encoded when not ASCII, CRLF line ends; add your own
 *       From/To headers);
 *   <li>{@code length()}: unit {@code graphemes}, value = the plain body, limit = {@code limit} if
 *       given (e-mail itself has none).
 * </ul>
 *
 * <h2>Layout</h2>
 *
 * <p>Greeting; the acknowledgement (with any boundary) and the summary (with any confirmation
 * question) in one paragraph; the actions, as a bulleted list introduced by {@code
 * email.actions.intro} when there are two or more, with the timeline (bold in HTML) and the
 * follow-up in the paragraph of a single action, or in one paragraph after the list; the closing;
 * the sign-off. Plain text wraps at ICU line-break opportunities within 72 columns, never over 78 and
 * never inside a URL (a URL longer than 78 stands alone on its line). The subject is the
 * situation the customer named (else the summary, else the first action, else {@code
 * email.subject.fallback}), with leading articles and possessives ({@code email.leadWords})
 * dropped and its first letter capitalised, placed first in an {@code email.subject} phrase;
 * {@code email.subject.padded} is used when that would be under the minimum; over the maximum, the
 * next variant that keeps the topic whole is used, else the topic up to its last natural break
 * that fits (before a word in {@code email.subject.breaks}, a comma or a dash), else an
 * {@code email.subject.general} subject that names no topic: a subject is never cut with "…".
 * A reply that opens with a condolence, or whose topic tells of health, hardship or a loss ({@link
 * dev.empathy.channels.fit.SensitiveDetails}), always gets a general subject: a loss is never a subject
 * line.
 * Ranges come from {@code email.subject.length} and
 * {@code email.preheader.length} in each locale. The preheader states what is being done: the
 * first action in the agent's own words (without the phrase framing it in the body), then the
 * timeline or the follow-up when one fits whole, the acknowledgement only to reach the minimum.
 *
 * <p>With {@code limit} (in graphemes of the plain body), {@code SHORTEN} and {@code SPLIT} drop
 * sections in the shared keep order ({@link dev.empathy.channels.fit.KeepOrder}), then cut;
 * {@code FAIL} throws.
 */
public final class EmailChannel implements Channel {
  /** The channel id. */
  public static final String ID = "email";

  private static final ImmutableSet<String> FLAVORS = ImmutableSet.of("html", "text");
  private static final ImmutableMap<String, String> LAYOUT = ChannelData.properties(EmailChannel.class, "limits.properties");
  private static final int WRAP = ChannelData.intValue(LAYOUT, "wrap");
  private static final int MAX = ChannelData.intValue(LAYOUT, "max");
  private static final String TEMPLATE = template();
  private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)\\}\\}");
  private static final String ITEM_SEPARATOR = "\u001E"; // never in cleaned caller text

  /** Public for {@link java.util.ServiceLoader}; use {@code Channels.require("email")}. */
  public EmailChannel() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<String> flavors() {
    return FLAVORS.asList();
  }

  @Override
  public Rendered render(Reply reply, RenderOptions options) {
    String flavor = flavorOf(options);
    Locale locale = reply.locale();
    LineWrapper wrapper = new LineWrapper(WRAP, MAX, locale);
    List<Section> sections = Section.afterGreeting(sections(reply), reply.phrasebook());
    Rendered.Builder out = Rendered.builder(ID, flavor).warnings(reply.warnings());
    if (reply.blocks().stream().anyMatch(b -> !Markup.untagged(b.text(), ", ").equals(b.text()))) {
      out.change(dev.empathy.channel.Change.Kind.TRUNCATED,
          "HTML tags in the notes left out (caller text is never sent as markup); the text they marked is kept, and the items of a note's list are items of the letter's list");
    }
    String plain = plain(sections, wrapper);
    Integer limit = options.limit().isPresent() ? options.limit().getAsInt() : null;
    if (limit != null && Graphemes.count(plain) > limit) {
      if (options.overflow().orElse(Overflow.SHORTEN) == Overflow.FAIL) {
        throw new ChannelOverflowException(ID, "graphemes", Graphemes.count(plain), limit);
      }
      Shortener.Fitted fitted =
          Shortener.fit(sections, s -> plain(s, wrapper), Cuts.GRAPHEMES, limit, "graphemes", "…", locale);
      fitted.changes().forEach(out::change);
      sections = fitted.sections();
      plain = fitted.text();
    }
    String subject = subject(reply);
    String preheader = preheader(reply);
    out.text(plain).part(plain).field("subject", subject).field("preheader", preheader);
    if (flavor.equals("html")) {
      String html = html(sections, subject, preheader, locale);
      out.field("html", html).field("mime", MimeAlternative.of(subject, plain, html));
    }
    return out.length(new Length("graphemes", Graphemes.count(plain), limit)).build();
  }

  /** The body's paragraphs, in order; actions become one list section when there are two or more. */
  private static List<Section> sections(Reply reply) {
    List<String> items = new ArrayList<>();
    String heading = null;
    int headed = 0; // how many items the heading heads: the note's steps, not the actions after it
    for (Block b : reply.blocks(BlockKind.ACTION)) {
      // Each action as the reply says it ("I’ve refunded the fee" for the note "refunded the fee"),
      // so the list reads as evenly as the sentences; the caller's text where the reply has none.
      for (int i = 0; i < b.items().size(); i++) {
        // A note with its own steps ("<p>Contacted the warehouse</p><ul><li>Order pulled</li>…")
        // gives one item per step: the letter's list is the note's.
        String item = b.fact("said." + i).orElse(b.items().get(i));
        List<String> steps = steps(Markup.untagged(item, "\n"));
        if (items.isEmpty() && heading == null && steps.size() >= 2 && isHeading(steps.get(0))) {
          // "Steps:" over the note's steps introduces the letter's list, never its first item
          // ("- Steps: Unplug the router"): it stands where the list's own intro would.
          heading = steps.remove(0);
          headed = steps.size();
        }
        items.addAll(steps);
      }
    }
    boolean list = items.size() >= 2 || heading != null;
    List<Section> out = new ArrayList<>();
    boolean listed = false;
    for (Block b : reply.blocks()) {
      String role = Section.roleOf(b);
      switch (b.kind()) {
        case ACTION -> {
          if (!list) {
            out.add(new Section(role, Markup.untagged(b.text(), ", "), true));
          } else if (!listed) {
            List<String> lines = new ArrayList<>();
            lines.add(heading != null ? capitalise(heading, reply.locale()) : reply.phrase("email.actions.intro"));
            for (int i = 0; i < items.size(); i++) {
              if (heading != null && i == headed) {
                // the agent's other actions are no steps of the note's: a list of their own
                out.add(new Section("action_list", String.join(ITEM_SEPARATOR, lines), false));
                lines = new ArrayList<>();
                lines.add(reply.phrase("email.actions.intro"));
              }
              lines.add(capitalise(listItem(items.get(i)), reply.locale()));
            }
            out.add(new Section("action_list", String.join(ITEM_SEPARATOR, lines), false));
            listed = true;
          }
        }
        case SIGN_OFF -> out.add(new Section(role, b.text(), false));
        default -> out.add(Section.of(b, reply, b.kind() != BlockKind.GREETING).map(t -> Markup.untagged(t, ", ")));
      }
    }
    return out;
  }

  /** A step that ends with a colon ("Steps:", "Étapes :", "手順："): it heads the steps after it. */
  static boolean isHeading(String step) {
    return step.endsWith(":") || step.endsWith("：");
  }

  private static final Pattern ENUMERATOR = Pattern.compile("^(?:\\d{1,2}[.)]|[-•*])\\s+");

  /**
   * A note's lines, each stripped, blank ones left out; when two or more lines are numbered or
   * bulleted as the agent typed them ("1. confirmed the return", "2. pushed the refund"), those
   * marks go: the letter's list marks its own items.
   */
  static List<String> steps(String note) {
    List<String> steps = new ArrayList<>();
    int marked = 0;
    for (String line : note.split("\n")) {
      if (!line.isBlank()) {
        steps.add(line.strip());
        marked += ENUMERATOR.matcher(line.strip()).find() ? 1 : 0;
      }
    }
    if (marked >= 2) {
      steps.replaceAll(step -> {
        String rest = ENUMERATOR.matcher(step).replaceFirst("");
        return rest.isBlank() ? step : rest;
      });
    }
    return steps;
  }

  /**
   * An action as a list item: agents end some actions with a full stop and not others, so every
   * item loses its closing full stop or exclamation mark and the list reads evenly.
   */
  private static String listItem(String item) {
    return Cuts.strip(item).replaceAll("[\\s.!。！]+$", "");
  }

  /**
   * Paragraph grouping: which sections share a paragraph with the one before them. A reply scans
   * as a support lead writes it: the feeling and what we understood; what is done and when the
   * customer hears next (the timeline bold inside it in HTML); the closing line.
   */
  private static boolean joinsPrevious(String previous, String role) {
    return (previous.equals("acknowledgement") && (role.equals("boundary") || role.equals("summary")))
        || (previous.equals("summary") && role.equals("confirmation"))
        || (previous.equals("action") && role.equals("action_more"))
        || ((previous.equals("action") || previous.equals("action_more"))
            && (role.equals("timeline") || role.equals("follow_up")))
        || (previous.equals("timeline") && role.equals("follow_up"));
  }

  static String plain(List<Section> sections, LineWrapper wrapper) {
    List<String> paragraphs = new ArrayList<>();
    String previous = "";
    for (Section s : sections) {
      if (s.text().isBlank()) {
        continue;
      }
      if (joinsPrevious(previous, s.role()) && !paragraphs.isEmpty()) {
        int last = paragraphs.size() - 1;
        paragraphs.set(last, paragraphs.get(last) + Cuts.sentenceGap(paragraphs.get(last)) + Cuts.strip(s.text()));
      } else {
        paragraphs.add(s.role().equals("action_list") ? s.text() : Cuts.strip(s.text()));
      }
      previous = s.role();
    }
    StringBuilder sb = new StringBuilder(512);
    for (String p : paragraphs) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      List<String> lines;
      if (p.contains(ITEM_SEPARATOR)) {
        String[] parts = p.split(ITEM_SEPARATOR, -1);
        lines = new ArrayList<>(wrapper.wrap(parts[0], "", ""));
        for (int i = 1; i < parts.length; i++) {
          lines.addAll(wrapper.wrap(parts[i], "- ", "  "));
        }
      } else {
        lines = wrapper.wrap(p, "", "");
      }
      sb.append(String.join("\n", lines));
    }
    return sb.toString();
  }

  private static String html(List<Section> sections, String subject, String preheader, Locale locale) {
    StringBuilder body = new StringBuilder(1024);
    String previous = "";
    boolean open = false;
    for (Section s : sections) {
      if (s.text().isBlank()) {
        continue;
      }
      String role = s.role();
      if (open && joinsPrevious(previous, role)) {
        String joined = text(Cuts.strip(s.text()));
        body.append(Cuts.sentenceGap(body)).append(role.equals("timeline") ? "<strong>" + joined + "</strong>" : joined);
        previous = role;
        continue;
      }
      if (open) {
        body.append("</p>\n");
        open = false;
      }
      if (role.equals("action_list")) {
        String[] parts = s.text().split(ITEM_SEPARATOR, -1);
        body.append("<p>").append(text(parts[0])).append("</p>\n<ul>\n");
        for (int i = 1; i < parts.length; i++) {
          body.append("<li>").append(text(parts[i])).append("</li>\n");
        }
        body.append("</ul>\n");
      } else if (role.equals("timeline")) {
        body.append("<p><strong>").append(text(Cuts.strip(s.text()))).append("</strong>");
        open = true;
      } else {
        body.append("<p>").append(text(Cuts.strip(s.text())));
        open = true;
      }
      previous = role;
    }
    if (open) {
      body.append("</p>");
    }
    Map<String, String> slots =
        Map.of(
            "lang", Encode.forHtmlAttribute(locale.toLanguageTag()),
            "title", Encode.forHtml(subject),
            "preheader", Encode.forHtml(preheader),
            "body", body.toString().strip());
    // One pass over the template, so a value can never be mistaken for a slot.
    Matcher m = SLOT.matcher(TEMPLATE);
    StringBuilder html = new StringBuilder(TEMPLATE.length() + body.length());
    while (m.find()) {
      m.appendReplacement(html, Matcher.quoteReplacement(slots.getOrDefault(m.group(1), "")));
    }
    m.appendTail(html);
    return html.toString();
  }

  /** HTML text content: every character that could start markup is encoded; newlines become breaks. */
  private static String text(String s) {
    return Encode.forHtml(s).replace("\n", "<br>");
  }

  static String subject(Reply reply) {
    String subject = capitalise(frameSubject(reply), reply.locale());
    // The frame follows the reply's apostrophes as its other lines do: a reply written with the
    // caller's straight ones ("I've") never gets "what we’re doing about it" in its subject.
    String text = reply.toPlainText();
    return text.indexOf('’') < 0 && text.indexOf('\'') >= 0 ? subject.replace('’', '\'') : subject;
  }

  private static String frameSubject(Reply reply) {
    int[] range = range(reply, "email.subject.length");
    if (reply.block(BlockKind.ACKNOWLEDGEMENT).flatMap(b -> b.fact("condolence")).isPresent()) {
      // A bereavement is never a subject line ("Your mum passed away: here’s what happens next"):
      // the subject says, gently, that the request is in hand.
      return care(reply, range);
    }
    // A subject line is plain text: a tag in the customer's words ("the <b>promo</b> code") would
    // show raw in every inbox list.
    String topic = dev.empathy.channels.fit.Markup.untagged(topic(reply), " ");
    if (dev.empathy.channels.fit.SensitiveDetails.forLocale(reply.locale()).personal(topic)) {
      // Health, hardship and loss are never a subject line ("Your miscarriage and the bill that
      // came: our plan and timing"): an inbox list, a lock screen or a shared screen shows it.
      return care(reply, range);
    }
    Map<String, String> args = Map.of("topic", topic, "emotion", emotion(reply));
    String subject = reply.phrase("email.subject", args);
    if (Graphemes.count(subject) < range[0]) {
      subject = reply.phrase("email.subject.padded", args);
    }
    if (Graphemes.count(subject) <= range[1]) {
      return subject;
    }
    // A long topic: the next variant (in the usual order) whose frame leaves the topic whole; else
    // the topic up to its last natural break that fits ("Bills still arriving in your mother’s
    // name" of "… after we closed her account"); else a subject that names no topic. Never "…".
    Phrasebook book = reply.phrasebook();
    int seed = Phrasebook.seed(reply.conversationId());
    int variants = book.variantCount("email.subject");
    String fitting = framed(book, seed, reply.turn(), variants, topic, emotion(reply), range);
    if (fitting != null) {
      return fitting;
    }
    if (reply.block(BlockKind.ACKNOWLEDGEMENT).flatMap(b -> b.fact("situation").or(() -> b.fact("topic"))).isEmpty()) {
      // A topic from the summary is a clause: cut short it says something else ("Points expire 12
      // months" of "… after they're earned").
      return general(reply, range);
    }
    List<String> breaks = words(book.raw("email.subject.breaks"));
    List<Integer> cuts = breakPoints(topic, breaks);
    for (int i = cuts.size() - 1; i >= 0; i--) {
      String head = withoutTrailingJoiners(topic.substring(0, cuts.get(i)));
      if (!twoWordsOrMore(head, reply.locale())) {
        break;
      }
      // A 100 KB topic has thousands of break points, each framed in every variant: past the
      // longest head (which also tries any variant without the topic), a head whose words after
      // the first are already longer than a subject may be cannot be framed within it, since a
      // frame keeps them whole (SubjectFramesProperties checks every locale's variants).
      if (i < cuts.size() - 1 && tooLongToFrame(head, range[1])) {
        continue;
      }
      fitting = framed(book, seed, reply.turn(), variants, head, emotion(reply), range);
      if (fitting != null) {
        return fitting;
      }
    }
    return general(reply, range);
  }

  /** The acknowledged emotion as subject phrases select on it ({@code pressed_for_time}), or {@code none}. */
  private static String emotion(Reply reply) {
    String e = reply.block(BlockKind.ACKNOWLEDGEMENT).flatMap(b -> b.fact("emotion")).orElse("none").replace('-', '_');
    // A joke from a customer who is not upset is thanked ("Your joke about our hold music: thank
    // you for writing in"), not answered with "here’s what happens next".
    return e.equals("neutral") && reply.has(dev.empathy.phrase.Moment.LIGHT) ? "grateful" : e;
  }

  /** A subject that names no topic ({@code email.subject.general}). */
  private static String general(Reply reply, int[] range) {
    return noTopic(reply, range, "email.subject.general");
  }

  /** A subject for a loss, health or hardship: no topic, said gently ({@code email.subject.care}). */
  private static String care(Reply reply, int[] range) {
    return noTopic(reply, range, "email.subject.care");
  }

  private static String noTopic(Reply reply, int[] range, String key) {
    String subject = reply.phrase(key);
    if (Graphemes.count(subject) > range[1]) {
      subject = Cuts.shorten(subject, Cuts.GRAPHEMES, range[1], "…", reply.locale());
    }
    return subject;
  }

  /**
   * The first {@code email.subject} variant from {@code turn} on (its {@code email.subject.padded}
   * twin when under the minimum) that holds the topic within the range, or null.
   */
  private static String framed(Phrasebook book, int seed, int turn, int variants, String topic, String emotion, int[] range) {
    Map<String, String> args = Map.of("topic", topic, "emotion", emotion);
    // 2n turns from any turn reach every variant (the pick steps by one, and by two once per n).
    for (int k = 0; k < 2 * variants; k++) {
      String s = book.format("email.subject", seed, turn + k, args);
      if (Graphemes.count(s) < range[0]) {
        s = book.format("email.subject.padded", seed, turn + k, args);
      }
      int n = Graphemes.count(s);
      if (n >= range[0] && n <= range[1]) {
        return s;
      }
    }
    return null;
  }

  /**
   * Where a topic may end early and still read whole, in text order: before a word in {@code
   * email.subject.breaks} (a preposition, conjunction or relative pronoun that starts a
   * qualifying phrase: "in", "after", "which") and before a comma, semicolon, dash or bracket.
   */
  static List<Integer> breakPoints(String topic, List<String> breaks) {
    List<Integer> points = new ArrayList<>();
    for (int i = 1; i < topic.length(); i++) {
      char c = topic.charAt(i);
      if (",;、，(（–—".indexOf(c) >= 0) {
        points.add(i);
      } else if (c == ' ' && i + 1 < topic.length()) {
        int end = topic.indexOf(' ', i + 1);
        String next = topic.substring(i + 1, end < 0 ? topic.length() : end);
        if (breaks.stream().anyMatch(next::equalsIgnoreCase)) {
          points.add(i);
        }
      }
    }
    return points;
  }

  private static final Pattern TRAILING_JOINERS = Pattern.compile("[\\s,;:、，]+$");

  /**
   * {@code head.replaceAll("[\\s,;:、，]+$", "")}, reading only its end: the one match ends at
   * the end (or before a final line terminator), so a window at the end finds it, unless the
   * match fills the window, which is then widened.
   */
  static String withoutTrailingJoiners(String head) {
    int window = 64;
    while (true) {
      int from = Math.max(0, head.length() - window);
      Matcher m = TRAILING_JOINERS.matcher(head).region(from, head.length());
      if (!m.find()) {
        return head;
      }
      if (m.start() > from || from == 0) {
        return head.substring(0, m.start()) + head.substring(m.end());
      }
      window *= 4;
    }
  }

  /** Whether ICU's word iterator finds two words or more in {@code text}, reading no further than the second. */
  private static boolean twoWordsOrMore(String text, Locale locale) {
    BreakIterator words = BreakIterator.getWordInstance(locale);
    words.setText(text);
    int n = 0;
    for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
      if (words.getRuleStatus() != BreakIterator.WORD_NONE && ++n == 2) {
        return true;
      }
    }
    return false;
  }

  /** Graphemes a frame's own text may join to the topic's at its two ends. */
  private static final int FRAME_SLACK = 8;

  /**
   * True when {@code topic}'s text after its first word (which a frame may contract or drop:
   * "de le" → "du", "about about") has more graphemes than {@code most} and some slack: every
   * subject framing it is then longer than {@code most}.
   */
  static boolean tooLongToFrame(String topic, int most) {
    int space = topic.indexOf(' ');
    String kept = space < 0 ? topic : topic.substring(space + 1);
    return Graphemes.indexAfter(kept, most + FRAME_SLACK) < kept.length();
  }

  /**
   * The subject's topic, written to sit mid-sentence (the subject is capitalised as a whole, since
   * some locales' frames put the topic after a preposition): the first fact that {@code
   * email.subject.topics} allows (the situation, a noun phrase; the summary, a clause), with the
   * leading articles in {@code email.leadWords} dropped from a situation only, since dropping the
   * subject of a clause breaks it; else {@code email.subject.fallback}.
   */
  private static String topic(Reply reply) {
    Phrasebook book = reply.phrasebook();
    List<String> sources = words(book.raw("email.subject.topics"));
    String raw = "";
    boolean nounPhrase = false;
    for (String source : sources) {
      Optional<String> fact =
          switch (source) {
            // As the reply names it ("the double charge on your card"), never in the customer's
            // first person ("… on my card"); the raw situation for a reply composed elsewhere.
            case "situation" -> reply.block(BlockKind.ACKNOWLEDGEMENT)
                .flatMap(b -> b.fact("named").or(() -> b.fact("situation")).or(() -> b.fact("topic")));
            case "summary" -> reply.block(BlockKind.SUMMARY).flatMap(b -> b.fact("summary"));
            default -> Optional.empty();
          };
      if (fact.isPresent() && !fact.get().isBlank()) {
        raw = fact.get();
        nounPhrase = source.equals("situation");
        break;
      }
    }
    String t = oneLine(raw).replaceAll("[\\s.!?。！？…:;,]+$", "");
    if (nounPhrase) {
      List<String> lead = words(book.raw("email.leadWords"));
      for (boolean stripped = true; stripped; ) {
        stripped = false;
        int space = t.indexOf(' ');
        if (space > 0) {
          String first = t.substring(0, space);
          if (lead.stream().anyMatch(w -> w.equalsIgnoreCase(first))) {
            t = t.substring(space + 1).strip();
            stripped = true;
            continue;
          }
        }
        // An elided article ("l’" in the data) is written without a space: "l'abonnement", "L’adresse".
        for (String w : lead) {
          int n = w.length() - 1;
          if (n > 0 && (w.charAt(n) == '’' || w.charAt(n) == '\'') && t.length() > n + 1
              && t.regionMatches(true, 0, w, 0, n) && (t.charAt(n) == '’' || t.charAt(n) == '\'')
              && Character.isLetter(t.charAt(n + 1))) {
            t = t.substring(n + 1);
            stripped = true;
            break;
          }
        }
      }
    }
    if (t.isBlank()) {
      return reply.phrase("email.subject.fallback");
    }
    return midSentence(t, book);
  }

  /** Lower-cases a capitalised lead word ("The", "Die", "Your") that the locale lists. */
  private static String midSentence(String t, Phrasebook book) {
    int end = 0;
    while (end < t.length() && Character.isLetter(t.charAt(end))) {
      end++;
    }
    if (end < 2 || !Character.isUpperCase(t.charAt(0)) || !Character.isLowerCase(t.charAt(1))) {
      return t;
    }
    String first = t.substring(0, end);
    String lower = UCharacter.toLowerCase(book.locale(), first);
    return book.lowercaseLeadWords().contains(lower) ? lower + t.substring(end) : t;
  }

  private static List<String> words(String raw) {
    return Arrays.stream(raw.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
  }

  /**
   * The preheader: what is being done (the first action as the agent wrote it, without the
   * phrase that frames it in the body) and, when it fits whole, the timeline; with no action, the
   * timeline, then the follow-up, and the acknowledgement only to reach the minimum length; whole
   * sentences only, except a first one longer than the maximum. Never a greeting or filler.
   */
  static String preheader(Reply reply) {
    int[] range = range(reply, "email.preheader.length");
    Locale locale = reply.locale();
    List<String> facts = new ArrayList<>();
    reply.block(BlockKind.ACTION).filter(b -> !"slot".equals(b.facts().get("position"))).map(b -> oneLine(Section.actionClause(b, locale))).ifPresent(facts::add);
    reply.block(BlockKind.TIMELINE).map(b -> oneLine(b.text())).ifPresent(facts::add);
    reply.block(BlockKind.FOLLOW_UP).map(b -> oneLine(b.text())).ifPresent(facts::add);
    reply.block(BlockKind.ACKNOWLEDGEMENT).map(b -> oneLine(b.text())).ifPresent(facts::add);
    StringBuilder sb = new StringBuilder(160);
    for (String f : facts) {
      if (f.isBlank()) {
        continue;
      }
      if (sb.length() == 0) {
        sb.append(f);
      } else if (Graphemes.count(sb) >= range[0]) {
        break;
      } else {
        // Whole facts only: one that would be cut mid-sentence is passed over for the next.
        String joined = sb + Cuts.sentenceGap(sb) + f;
        if (Graphemes.count(joined) <= range[1]) {
          sb.setLength(0);
          sb.append(joined);
        }
      }
    }
    return Cuts.shorten(sb.toString(), Cuts.GRAPHEMES, range[1], "…", locale);
  }

  private static int[] range(Reply reply, String key) {
    String[] r = reply.phrasebook().raw(key).strip().split("-");
    return new int[] {Integer.parseInt(r[0].strip()), Integer.parseInt(r[1].strip())};
  }

  private static String oneLine(String s) {
    return Cuts.strip(s.replaceAll("\\s+", " "));
  }

  private static String capitalise(String s, Locale locale) {
    if (s.isEmpty() || !Character.isLowerCase(s.codePointAt(0))) {
      return s;
    }
    int n = Character.charCount(s.codePointAt(0));
    return UCharacter.toTitleCase(locale, s.substring(0, n), null) + s.substring(n);
  }

  private static String template() {
    try (InputStream in = EmailChannel.class.getResourceAsStream("template.html")) {
      if (in == null) {
        throw new IllegalStateException("missing dev/empathy/channels/email/template.html");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
