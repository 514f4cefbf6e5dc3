package dev.empathy.channels.chat;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.empathy.channel.Change;
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
import dev.empathy.text.Graphemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Chat (web chat, Slack, Microsoft Teams, WhatsApp, Messenger): short bubbles, a micro-affirmation
 * first, the confirmation as a fast context check, and each platform's own escaping.
 *
 * <pre>{@code
 * Rendered r = Channels.require("chat").render(reply, RenderOptions.builder().flavor("slack").build());
 * r.parts();  // ["Hi Dana! Got it. I’m sorry about the double charge. …", "If I’ve understood …", …]
 * }</pre>
 *
 * <h2>Rendered conventions</h2>
 *
 * <ul>
 *   <li>flavours: {@code web} (default, Markdown-escaped), {@code slack} (mrkdwn: only {@code & <
 *       >} escaped, once), {@code teams} (HTML-escaped; newlines as {@code <br>}), {@code
 *       whatsapp} ({@code *bold*}), {@code messenger} (plain);
 *   <li>{@code parts()}: the bubbles, in order, escaped for the platform and ready to send;
 *   <li>{@code text()}: the bubbles separated by a blank line;
 *   <li>{@code fields()}: {@code format} ({@code markdown}, {@code mrkdwn}, {@code html}, {@code
 *       whatsapp} or {@code plain}), the markup the parts are written in;
 *   <li>{@code length()}: unit {@code graphemes}, value = the longest bubble as the customer reads
 *       it (before escaping), limit = the bubble size (320 unless {@code limit} says otherwise).
 *       Each part is also within its platform's hard limit (Slack 40,000, Teams 28,000, WhatsApp
 *       4,096, Messenger 2,000 UTF-16 units of the escaped text).
 * </ul>
 *
 * <h2>Bubbles</h2>
 *
 * <ol>
 *   <li>On the first turn only ({@code reply.turn() == 0}) a chat greeting ({@code
 *       chat.greeting}, its punctuation chosen for the emotion: no "!" for an angry customer), then the micro-affirmation ({@code chat.affirmation}, chosen for the
 *       acknowledged emotion; none for a sad or anxious customer), the acknowledgement and any
 *       boundary;
 *   <li>the summary and the confirmation question (the fast context check ends this bubble, so the
 *       customer can answer it);
 *   <li>the actions;
 *   <li>the timeline (emphasised where the platform allows) and the follow-up, and the closing
 *       when it fits in the same bubble.
 * </ol>
 *
 * <p>The sign-off is not sent: chat shows who is typing. Neighbouring groups share a bubble,
 * the pair making the shortest bubble first, while there are more than three bubbles (or {@code
 * maxParts}) and the merged bubble fits; past that, whole sections are left out in the shared keep
 * order ({@link dev.empathy.channels.fit.KeepOrder}), never the first action or the timeline. A
 * bubble longer than the limit is split at sentence boundaries ({@link Overflow#SPLIT}, the
 * default), cut at a word boundary ({@code SHORTEN}), or refused ({@code FAIL}, in graphemes).
 * With {@code maxParts}, bubbles still beyond it are dropped from the end; {@code FAIL} refuses
 * instead, in {@code bubbles}.
 */
public final class ChatChannel implements Channel {
  /** The channel id. */
  public static final String ID = "chat";

  private static final ImmutableMap<String, String> LIMITS = ChannelData.properties(ChatChannel.class, "limits.properties");
  private static final ImmutableSet<String> FLAVORS = ImmutableSet.of("web", "slack", "teams", "whatsapp", "messenger");
  private static final int BUBBLE = ChannelData.intValue(LIMITS, "bubble");
  private static final int TARGET_BUBBLES = ChannelData.intValue(LIMITS, "targetBubbles");

  /** Public for {@link java.util.ServiceLoader}; use {@code Channels.require("chat")}. */
  public ChatChannel() {}

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
    ChatFormat format = ChatFormat.of(flavor);
    int bubble = options.limit().orElse(BUBBLE);
    int platform = ChannelData.intValue(LIMITS, flavor);
    Overflow overflow = options.overflow().orElse(Overflow.SPLIT);
    Rendered.Builder out = Rendered.builder(ID, flavor).warnings(reply.warnings());

    List<Section> sections = untagged(sections(reply), out);
    String timeline = reply.block(BlockKind.TIMELINE).map(Block::text).orElse(null);
    // A bubble fits when the customer sees at most `bubble` graphemes and the escaped text is
    // within the platform's hard limit.
    ToIntFunction<String> measure =
        t -> platform > 0 && format(format, t, timeline).length() > platform ? Integer.MAX_VALUE : Graphemes.count(t);

    int maxParts = options.maxParts().orElse(Integer.MAX_VALUE);
    int target = Math.min(TARGET_BUBBLES, maxParts);
    ToIntFunction<List<Section>> count = s -> bubbles(s, target, bubble, measure, overflow, reply, Rendered.builder(ID, flavor)).size();
    if (count.applyAsInt(sections) > target) {
      if (maxParts < Integer.MAX_VALUE && overflow == Overflow.FAIL && count.applyAsInt(sections) > maxParts) {
        throw new ChannelOverflowException(ID, "bubbles", count.applyAsInt(sections), maxParts);
      }
      Shortener.Fitted brief =
          Shortener.brief(sections, count, target, "to keep to " + target + (target == 1 ? " bubble" : " bubbles"));
      brief.changes().forEach(out::change);
      sections = brief.sections();
    }
    List<String> plain = bubbles(sections, target, bubble, measure, overflow, reply, out);
    if (plain.size() > maxParts) {
      out.change(Change.Kind.DROPPED, "dropped the last " + (plain.size() - maxParts) + " bubbles to fit " + maxParts);
      plain = plain.subList(0, maxParts);
    }
    List<String> parts = new ArrayList<>(plain.size());
    int longest = 0;
    for (String p : plain) {
      String part = format(format, p, timeline);
      if (part.isBlank()) {
        continue; // e.g. only characters HTML cannot carry, which the encoder turned into spaces
      }
      parts.add(part);
      longest = Math.max(longest, Graphemes.count(p));
    }
    return out.text(String.join("\n\n", parts))
        .parts(parts)
        .field("format", format.format())
        .length(new Length("graphemes", longest, bubble))
        .build();
  }
  /**
   * The sections without HTML tags from a helpdesk note: no chat app renders caller text as markup
   * (it is data, escaped for Teams and Slack), so "<li>Order pulled</li>" would show raw; the text a
   * tag marks stays and a line-ending tag leaves a pause ({@link Markup#untagged}).
   */
  private static List<Section> untagged(List<Section> sections, Rendered.Builder out) {
    List<Section> plain = new ArrayList<>(sections.size());
    boolean changed = false;
    for (Section s : sections) {
      Section p = s.map(t -> Markup.untagged(t, ", "));
      changed |= !p.equals(s);
      plain.add(p);
    }
    if (changed) {
      out.change(Change.Kind.TRUNCATED, "HTML tags left out of the bubbles (a chat shows them raw); the text they marked is kept");
    }
    return plain;
  }


  /** The reply's sections as chat sends them: a chat greeting and a micro-affirmation first. */
  private static List<Section> sections(Reply reply) {
    List<Section> out = new ArrayList<>();
    String emotion = reply.block(BlockKind.ACKNOWLEDGEMENT).flatMap(b -> b.fact("emotion")).orElse("none").replace('-', '_');
    for (Block b : reply.blocks()) {
      switch (b.kind()) {
        case GREETING -> {
          if (reply.turn() == 0) {
            // A handle ("@jess_k") is not a name to greet by: "Hi there!" as an agent who knows only it.
            String greeting = b.fact("name").filter(n -> !n.startsWith("@"))
                .map(n -> dev.empathy.channels.fit.Greeting.named(reply, n, emotion))
                .orElseGet(() -> reply.phrase("chat.greeting.anonymous", Map.of("emotion", emotion)));
            // Chat shows no signature: the agent named by the reply introduces themself here, once.
            String intro = b.fact("introduction").orElse(null);
            out.add(new Section("greeting", intro == null ? greeting : greeting + reply.phrasebook().sentenceSeparator() + intro, false));
          }
          // A joke or a laugh from a customer who is not upset is answered in kind ("Ha, love it!").
          String tone = reply.has(dev.empathy.phrase.Moment.LIGHT) && (emotion.equals("neutral") || emotion.equals("grateful"))
              ? "light" : emotion;
          // A later turn picks the conversation up ("Thanks for bearing with me…"): a clerk's "Of
          // course." before it answers nothing the customer just asked.
          // A reply that says no opens without one: "Of course." before "we can't price match"
          // promises what the next line takes back.
          // Nor does a reply whose acknowledgement apologises or admits a fault: "Con mucho gusto."
          // before "Reconozco que…" is cheer before an apology. Nor one that speaks of a loss (the
          // phrasebook's loss moment): "Aw, that's great!" before "My deepest sympathy" is cheer
          // before a condolence.
          String affirmation = reply.turn() > 0 && reply.has(dev.empathy.phrase.Moment.LATER) || declines(reply) || admitsFault(reply)
              || reply.has(dev.empathy.phrase.Moment.LOSS) ? ""
              : affirmation(reply, tone, out.isEmpty() ? "" : out.get(out.size() - 1).text());
          if (!affirmation.isBlank()) {
            out.add(new Section("affirmation", affirmation, false));
          }
        }
        case SIGN_OFF -> { } // chat shows who is typing; a sign-off bubble reads like a letter
        default -> out.add(Section.of(b, reply, true));
      }
    }
    return Section.afterGreeting(out, reply.phrasebook());
  }

  /** Per language, what an action says when the reply declines (declines.properties). */
  private static final com.google.common.collect.ImmutableMap<String, java.util.regex.Pattern> DECLINES =
      dev.empathy.channels.fit.ChannelData.properties(ChatChannel.class, "declines.properties").entrySet().stream()
          .collect(com.google.common.collect.ImmutableMap.toImmutableMap(java.util.Map.Entry::getKey, e -> java.util.regex.Pattern.compile(e.getValue())));

  /**
   * True when an action of {@code reply} says no or admits a fault, by its language's data ("we
   * can’t price match…", "I made a mistake on your order").
   */
  static boolean declines(Reply reply) {
    java.util.regex.Pattern no = DECLINES.get(reply.locale().getLanguage());
    return no != null && reply.blocks().stream().anyMatch(b -> b.kind() == BlockKind.ACTION && no.matcher(b.text()).find());
  }

  /** Per language, what an acknowledgement says when it apologises or admits a fault (faults.properties). */
  private static final com.google.common.collect.ImmutableMap<String, java.util.regex.Pattern> FAULTS =
      dev.empathy.channels.fit.ChannelData.properties(ChatChannel.class, "faults.properties").entrySet().stream()
          .collect(com.google.common.collect.ImmutableMap.toImmutableMap(java.util.Map.Entry::getKey, e -> java.util.regex.Pattern.compile(e.getValue())));

  /**
   * True when the acknowledgement of {@code reply}, what follows the affirmation in its bubble,
   * apologises or admits a fault, by its language's data ("Mil disculpas por…", "je le regrette",
   * "申し訳ございません").
   */
  static boolean admitsFault(Reply reply) {
    return reply.block(BlockKind.ACKNOWLEDGEMENT).map(b -> admitsFault(reply.locale(), b.text())).orElse(false);
  }

  /** True when {@code text} apologises or admits a fault, by {@code locale}'s language's data. */
  static boolean admitsFault(java.util.Locale locale, String text) {
    java.util.regex.Pattern fault = FAULTS.get(locale.getLanguage());
    return fault != null && fault.matcher(text).find();
  }

  /**
   * The micro-affirmation for this reply: the variant the conversation picks, unless it echoes the
   * greeting or the acknowledgement it stands between ("Good question. Good question about the charges…",
   * "Understood, I’m on it. I understand the broken login is urgent…"); then the next variant that
   * does not, or none when every variant does. Two words echo when they share their first five
   * letters (or are the same shorter word of four letters or more).
   */
  static String affirmation(Reply reply, String emotion, String greeting) {
    Map<String, String> args = Map.of("emotion", emotion);
    String picked = reply.phrase("chat.affirmation", args);
    if (emotion.equals("light") && picked.equals(reply.phrase("chat.affirmation", Map.of("emotion", "other")))) {
      // A locale whose affirmations have no light branch gets none rather than its "Got it."
      return "";
    }
    Block ack = reply.block(BlockKind.ACKNOWLEDGEMENT).orElse(null);
    if (picked.isBlank() || ack == null) {
      return picked;
    }
    java.util.Set<String> heard = stems(
        greeting + " " + ack.text() + " " + java.util.Objects.requireNonNullElse(Section.shortFormOf(ack, reply), ""), reply.locale());
    String heardText = greeting + " " + ack.text() + " " + java.util.Objects.requireNonNullElse(Section.shortFormOf(ack, reply), "");
    // Two short words in a row echo too: "Let me explain." before "…so let me lay it out plainly."
    heard.addAll(pairs(heardText, reply.locale()));
    if (java.util.Collections.disjoint(stems(picked, reply.locale()), heard)
        && java.util.Collections.disjoint(pairs(picked, reply.locale()), heard)) {
      return picked;
    }
    int n = reply.phrasebook().variantCount("chat.affirmation");
    int seed = dev.empathy.phrase.Phrasebook.seed(reply.conversationId());
    for (int k = 1; k <= 2 * n; k++) {
      String other = reply.phrasebook().format("chat.affirmation", seed, reply.turn() + k, args);
      if (!other.isBlank() && java.util.Collections.disjoint(stems(other, reply.locale()), heard)
          && java.util.Collections.disjoint(pairs(other, reply.locale()), heard)) {
        // formatted here rather than by Reply.phrase: written with the reply's apostrophes ("Okay,
        // I'm on it." in a reply whose caller typed "I've"), as every other line of it is
        String text = reply.toPlainText();
        return text.indexOf('’') < 0 && text.indexOf('\'') >= 0 ? other.replace('’', '\'') : other;
      }
    }
    return "";
  }

  /** Each two words in a row, lower-cased and joined by a space ("let me"), as ICU segments words. */
  private static java.util.Set<String> pairs(String text, java.util.Locale locale) {
    java.util.Set<String> out = new java.util.HashSet<>();
    com.ibm.icu.text.BreakIterator it = com.ibm.icu.text.BreakIterator.getWordInstance(com.ibm.icu.util.ULocale.forLocale(locale));
    it.setText(text);
    String previous = null;
    int start = it.first();
    for (int end = it.next(); end != com.ibm.icu.text.BreakIterator.DONE; start = end, end = it.next()) {
      String piece = text.substring(start, end);
      if (it.getRuleStatus() >= com.ibm.icu.text.BreakIterator.WORD_NONE_LIMIT) {
        String w = com.ibm.icu.lang.UCharacter.toLowerCase(locale, piece);
        if (previous != null) {
          out.add(previous + " " + w);
        }
        previous = w;
      } else if (!piece.isBlank()) {
        previous = null; // punctuation ends a run of words
      }
    }
    return out;
  }

  /** The first five letters of each word of four letters or more, lower-cased. */
  private static java.util.Set<String> stems(String text, java.util.Locale locale) {
    java.util.Set<String> out = new java.util.HashSet<>();
    com.ibm.icu.text.BreakIterator it = com.ibm.icu.text.BreakIterator.getWordInstance(com.ibm.icu.util.ULocale.forLocale(locale));
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != com.ibm.icu.text.BreakIterator.DONE; start = end, end = it.next()) {
      if (it.getRuleStatus() < com.ibm.icu.text.BreakIterator.WORD_NONE_LIMIT) {
        continue;
      }
      String w = com.ibm.icu.lang.UCharacter.toLowerCase(locale, text.substring(start, end)).replaceAll("[’'].*$", "");
      int letters = w.codePointCount(0, w.length());
      if (letters >= 4) {
        out.add(letters > 5 ? w.substring(0, w.offsetByCodePoints(0, 5)) : w);
      }
    }
    return out;
  }

  /**
   * Which bubble group a section belongs to: the opening (greeting, affirmation, acknowledgement,
   * boundary), the context check (summary, confirmation), the actions, what happens next
   * (timeline, follow-up), the closing.
   */
  private static int group(String role) {
    return switch (role) {
      case "summary", "confirmation" -> 1;
      case "action", "action_more" -> 2;
      case "timeline", "follow_up" -> 3;
      case "closing" -> 4;
      default -> 0;
    };
  }

  /**
   * The bubbles a person would send: each group's sections joined, neighbouring groups sharing a
   * bubble while there are more than {@code target} and the result fits (a bubble ends after the
   * confirmation question, so the customer can answer it), and a bubble still too long split at sentence boundaries ({@code
   * SPLIT}), cut ({@code SHORTEN}) or refused ({@code FAIL}).
   */
  private static List<String> bubbles(
      List<Section> sections,
      int target,
      int bubble,
      ToIntFunction<String> measure,
      Overflow overflow,
      Reply reply,
      Rendered.Builder out) {
    List<List<Section>> groups = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      groups.add(new ArrayList<>());
    }
    sections.forEach(s -> groups.get(group(s.role())).add(s));
    List<String> texts = new ArrayList<>();
    List<Boolean> asks = new ArrayList<>();
    for (List<Section> g : groups) {
      String t = join(g);
      if (!t.isEmpty()) {
        texts.add(t);
        asks.add(g.stream().anyMatch(s -> s.role().equals("confirmation")));
      }
    }
    // Past the target, neighbouring bubbles merge, the pair that makes the shortest bubble first,
    // while the result fits; a bubble that ends with the confirmation question stays the last of
    // its group, so the customer can answer it. The closing always rides with the bubble before
    // it when both fit: a lone "Anything else?" bubble is one bubble too many.
    boolean closingAlone = !groups.get(4).isEmpty() && texts.size() >= 2;
    while (texts.size() >= 2) {
      int best = -1;
      int bestSize = Integer.MAX_VALUE;
      boolean closingOnly = texts.size() <= target;
      if (closingOnly && !closingAlone) {
        break;
      }
      for (int i = 0; i + 1 < texts.size(); i++) {
        if (asks.get(i) || (closingOnly && i + 2 != texts.size())) {
          continue;
        }
        String merged = texts.get(i) + Cuts.sentenceGap(texts.get(i)) + texts.get(i + 1);
        int size = measure.applyAsInt(merged);
        if (size <= bubble && size < bestSize) {
          best = i;
          bestSize = size;
        }
      }
      if (best < 0) {
        break;
      }
      closingAlone &= best + 2 != texts.size();
      texts.set(best, texts.get(best) + Cuts.sentenceGap(texts.get(best)) + texts.get(best + 1));
      asks.set(best, asks.get(best + 1));
      texts.remove(best + 1);
      asks.remove(best + 1);
    }
    List<String> out2 = new ArrayList<>();
    for (String t : texts) {
      int size = measure.applyAsInt(t);
      if (size <= bubble) {
        out2.add(t);
        continue;
      }
      switch (overflow) {
        case FAIL -> throw new ChannelOverflowException(ID, "graphemes", size == Integer.MAX_VALUE ? Graphemes.count(t) : size, bubble);
        case SHORTEN -> {
          String cut = Cuts.shorten(t, measure, bubble, "…", reply.locale());
          if (!cut.isEmpty()) {
            out2.add(cut);
          }
          out.change(Change.Kind.TRUNCATED, "cut a bubble at a word boundary to fit " + bubble + " graphemes (was " + Graphemes.count(t) + ")");
        }
        default -> {
          Cuts.Split split = Cuts.split(t, measure, bubble, reply.locale());
          out2.addAll(split.pieces());
          out.change(Change.Kind.SPLIT, "split a " + Graphemes.count(t) + "-grapheme bubble into " + split.pieces().size() + " at sentence boundaries");
          if (split.droppedGraphemes() > 0) {
            out.change(Change.Kind.DROPPED, split.droppedGraphemes() + " character clusters longer than a whole bubble were left out");
          }
        }
      }
    }
    return out2;
  }

  private static String join(List<Section> sections) {
    StringBuilder sb = new StringBuilder(200);
    for (Section s : sections) {
      if (sb.length() > 0) {
        sb.append(Cuts.sentenceGap(sb));
      }
      sb.append(Cuts.strip(s.text()));
    }
    return sb.toString();
  }

  /**
   * Escapes a bubble for the platform, emphasising the timeline sentence when it is whole. A
   * marker of emphasis ({@code **}, {@code *}) works only beside a blank: in a script written
   * without spaces ("…ご連絡いたします。**ほかにも…") the platform shows it as typed, so there the
   * emphasised sentence takes a line of its own.
   */
  static String format(ChatFormat format, String plain, String timeline) {
    if (timeline != null && !timeline.isBlank() && format.canEmphasise(timeline)) {
      int at = plain.indexOf(timeline);
      if (at >= 0) {
        String before = plain.substring(0, at);
        String after = plain.substring(at + timeline.length());
        if (format.marksEmphasis()) {
          before = before.isEmpty() || Character.isWhitespace(before.codePointBefore(before.length())) ? before : before + "\n";
          after = after.isEmpty() || Character.isWhitespace(after.codePointAt(0)) ? after : "\n" + after;
        }
        return format.escape(before) + format.bold(format.escape(timeline)) + format.escape(after);
      }
    }
    return format.escape(plain);
  }

}
