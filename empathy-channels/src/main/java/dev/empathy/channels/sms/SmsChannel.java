package dev.empathy.channels.sms;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.empathy.InvalidInputException;
import dev.empathy.channel.Change;
import dev.empathy.channel.Channel;
import dev.empathy.channel.ChannelOverflowException;
import dev.empathy.channel.Length;
import dev.empathy.channel.Overflow;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.fit.ChannelData;
import dev.empathy.channels.fit.Cuts;
import dev.empathy.channels.fit.Emoji;
import dev.empathy.channels.fit.Greeting;
import dev.empathy.channels.fit.KeepOrder;
import dev.empathy.channels.fit.Markup;
import dev.empathy.channels.fit.Section;
import dev.empathy.channels.fit.Shortener;
import dev.empathy.compose.Block;
import dev.empathy.compose.BlockKind;
import dev.empathy.compose.Reply;
import dev.empathy.phrase.Phrasebook;
import dev.empathy.text.PrivateData;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * SMS: one text, measured as a carrier sends it (GSM-7 septets or UCS-2 units, see {@link
 * SmsSegments}), within a maximum number of segments.
 *
 * <pre>{@code
 * Rendered r = Channels.require("sms").render(reply);
 * r.text();                     // "Hi Dana! I'm sorry about the double charge. …\nThe Support Team"
 * r.parts();                    // the segments, in order (concatenated they give text())
 * r.length();                   // Length[unit=segments, value=2, limit=3]
 * r.field("encoding");          // Optional[GSM-7]
 * }</pre>
 *
 * <h2>Rendered conventions</h2>
 *
 * <ul>
 *   <li>flavour: {@code sms} (the only one);
 *   <li>{@code text()}: the whole message: the greeting as people text ({@code greeting =
 *       casual} in the channel's data: the locale's {@code chat.greeting}, "Hi Dana!", never a
 *       letter's "Dear Dana,"; a handle is left out), opening the first line, the body, and the
 *       signature (without the sign-off word) on the last line;
 *   <li>{@code parts()}: the segments as the carrier will cut them (never inside a grapheme or an
 *       extension-table pair);
 *   <li>{@code length()}: unit {@code segments}, limit = the maximum number of segments;
 *   <li>{@code fields()}: {@code encoding} ({@code GSM-7} or {@code UCS-2}), {@code unit} ({@code
 *       septets} or {@code utf16}), {@code unitsPerSegment} (comma-separated, header excluded),
 *       {@code languageShift} (the national language single shift table the GSM-7 message goes
 *       with: {@code spanish}, {@code portuguese}, or {@code none}).
 * </ul>
 *
 * <h2>Options</h2>
 *
 * <ul>
 *   <li>{@code maxParts} (or {@code limit}, the smaller wins): most segments, default 3;
 *   <li>{@code sms.targetSegments}: what a typical reply aims for, default 2: whole sections are
 *       left out in the shared keep order ({@link KeepOrder}: the action's framing, the closing, the
 *       confirmation, the acknowledgement's elaboration (it shrinks to its short form), the
 *       signature (the sender shows who texted), the summary, the timeline's detail (it shrinks
 *       to its deadline), the follow-up, further actions) until the message fits, never the first
 *       action or the timeline;
 *   <li>{@code overflow}: {@code SHORTEN} and {@code SPLIT} (default) both segment the message and,
 *       past the maximum, go on in the same order (the timeline before the first action), then
 *       cut at a word boundary, the first action last; {@code FAIL} throws {@link
 *       ChannelOverflowException} in {@code segments};
 *   <li>{@code sms.languageShift}: {@code auto} (default) or {@code none}. With {@code auto}, a
 *       Spanish or Portuguese reply whose letters GSM-7's default alphabet lacks ("á", "ã", "ç",
 *       "ê") goes as GSM-7 with the language's national single shift table (3GPP TS 23.038 A.2.2,
 *       A.2.3: those letters cost two septets, and a 3-octet header leaves 149 septets a segment)
 *       when that takes fewer segments than UCS-2 (67 units a segment), UCS-2 on a tie; a
 *       {@code reencoded} change gives both counts. {@code none} is for gateways or handsets
 *       without national tables;
 *   <li>{@code sms.foldAccents}: {@code false} (default) or {@code true}: letters GSM-7 lacks lose
 *       their accent ("á" → "a", "ã" → "a", "ç" → "c", "ê" → "e"; "é", "ñ", "ü", "à" are GSM-7
 *       and stay), so Spanish, French and Portuguese replies go as GSM-7, 153 characters per
 *       segment, at the cost of correct spelling ("está" reads "esta", "avó" reads "avo"); done
 *       only when it takes fewer segments than keeping the accents (with the national table where
 *       there is one), else the accents stay with a warning; reported as a {@code reencoded} change;
 *   <li>{@code sms.emoji}: {@code auto} (default) or {@code keep}. One emoji sends the whole text
 *       as UCS-2; with {@code auto} emoji are left out when that takes fewer segments (decided on
 *       the whole text and again after shortening), reported as a {@code reencoded} change;
 *   <li>{@code sms.smartEncoding}: {@code all} (default) replaces typographic characters (’ “ ” …
 *       — no-break spaces) by their GSM-7 look-alikes everywhere, agent text included: a curly
 *       apostrophe typed by the agent would otherwise push the whole message into UCS-2, 70
 *       instead of 160 characters per segment, which costs segments and drops the timeline first;
 *       {@code phrases} replaces them only in the library's own phrases, and only when that keeps
 *       the whole message in GSM-7; {@code none} sends every character as written. Letters are
 *       never transliterated ("á" stays "á", and makes the message UCS-2).
 * </ul>
 *
 * <p>Secrets never go by SMS: a password, a PIN or one-time code, a full card number or an IBAN
 * in any block is replaced by the locale's {@code sms.masked} placeholder ("(hidden)") before the
 * message is measured, reported as a {@code redacted} change. Other private data (an order
 * number, the customer's address) stays: an SMS reaches the customer alone.
 *
 * <p>Segments break at word boundaries ({@link SmsSegments#atWordBoundaries}), so each reads whole
 * even when a gateway sends them as separate messages.
 */
public final class SmsChannel implements Channel {
  /** The channel id. */
  public static final String ID = "sms";
  /** Option name: {@code phrases}, {@code all} or {@code none}. */
  public static final String SMART_ENCODING = "sms.smartEncoding";

  /** Option name: the segments a typical reply aims for (1 to the maximum). */
  public static final String TARGET_SEGMENTS = "sms.targetSegments";
  /** Option name: {@code keep} sends emoji as written; {@code auto} (default) leaves them out when that saves a segment. */
  public static final String EMOJI = "sms.emoji";
  /** Option name: {@code true} folds accented letters GSM-7 lacks into plain ones. */
  public static final String FOLD_ACCENTS = "sms.foldAccents";
  /** Option name: {@code auto} (default) or {@code none}: may a national language single shift table be used. */
  public static final String LANGUAGE_SHIFT = "sms.languageShift";

  private static final ImmutableSet<String> FLAVORS = ImmutableSet.of("sms");
  private static final ImmutableMap<String, String> LIMITS = ChannelData.properties(SmsChannel.class, "limits.properties");
  private static final int DEFAULT_MAX_SEGMENTS = ChannelData.intValue(LIMITS, "maxSegments");
  private static final int DEFAULT_TARGET_SEGMENTS = ChannelData.intValue(LIMITS, "targetSegments");
  private static final Greeting.Style GREETING = Greeting.style(LIMITS, "sms");
  /** The greeting opens the first line ("Hi Jo! I’ve …") rather than standing on its own. */
  private static final boolean GREETING_INLINE = LIMITS.getOrDefault("greeting.layout", "line").strip().equals("inline");

  /** Public for {@link java.util.ServiceLoader}; use {@code Channels.require("sms")}. */
  public SmsChannel() {}

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
    String mode = options.option(SMART_ENCODING).orElse("all");
    if (!List.of("phrases", "all", "none").contains(mode)) {
      throw new InvalidInputException(
          "options", "options." + SMART_ENCODING + " must be one of [phrases, all, none] but was \"" + mode + "\"");
    }
    int maxSegments = options.maxParts().orElse(DEFAULT_MAX_SEGMENTS);
    if (options.limit().isPresent()) {
      maxSegments = Math.min(maxSegments, options.limit().getAsInt());
    }
    int target = Math.min(maxSegments, targetSegments(options));
    boolean fold = foldAccents(options);
    boolean shift = languageShift(options);
    Locale locale = reply.locale();
    Rendered.Builder out = Rendered.builder(ID, flavor).warnings(reply.warnings());

    List<Section> original = new ArrayList<>();
    List<Section> encoded = new ArrayList<>();
    TreeSet<Character> replaced = new TreeSet<>();
    PrivateData detector = PrivateData.forLocale(locale);
    String placeholder = reply.phrase("sms.masked");
    boolean untagged = false;
    for (Block block : reply.blocks()) {
      // A later text in the same conversation continues the thread: no second greeting, and the
      // sender already shows who texts, so no signature either ("Hi Priya." every turn reads as a bot).
      if (reply.turn() > 0 && (block.kind() == BlockKind.GREETING || block.kind() == BlockKind.SIGN_OFF)) {
        continue;
      }
      // A text shows HTML tags raw ("<b>call first</b>"): they go, their text stays (fit.Markup).
      Section s = section(block, reply);
      if (s != null) {
        Section plain = s.map(t -> Markup.untagged(t, ", "));
        if (!plain.equals(s)) {
          untagged = true;
          s = plain;
        }
        // A note's typed lines ("Passos:\n1. …\n2. …") are one line in a text, as the rest is.
        s = s.map(t -> Markup.oneLine(t, ", "));
      }
      if (s != null && s.role().equals("greeting")) {
        s = Greeting.text(reply, GREETING, LIMITS, flavor).map(g -> new Section("greeting", g, false)).orElse(null);
      }
      if (s == null) {
        continue;
      }
      Set<String> masked = new LinkedHashSet<>();
      original.add(s.map(t -> mask(t, detector, placeholder, masked)));
      if (!masked.isEmpty()) {
        out.change(Change.Kind.REDACTED, s.role().replace('_', '-') + ": masked " + String.join(" and ", masked)
            + " (a secret never goes by SMS)");
      }
      Section enc = switch (mode) {
        case "all" -> s.map(SmsSegments::smartEncode);
        case "none" -> s;
        default -> s.map(t -> encodeOutside(t, CallerSpans.of(block, t), replaced));
      };
      // Masked after encoding, so that the caller's words are still found as typed. Encoding that
      // changed nothing gives the masked text already made (masking reads all of a 100 KB field).
      Section masked0 = original.get(original.size() - 1);
      enc = enc.equals(s) ? masked0 : enc.map(t -> mask(t, detector, placeholder, new LinkedHashSet<>()));
      if (mode.equals("all")) {
        // The short form counts too: it replaces the text when the message is fitted, and may hold
        // a character the full text does not (an acknowledgement's "— it made our day").
        for (String t : new String[] {s.text(), s.shortForm()}) {
          if (t != null) {
            t.chars().filter(c -> SmsSegments.hasLookalike((char) c)).forEach(c -> replaced.add((char) c));
          }
        }
      }
      encoded.add(enc);
    }
    if (untagged) {
      out.change(Change.Kind.TRUNCATED, "HTML tags left out of the text (a phone shows them raw); the text they marked is kept");
    }
    // The sentence after the greeting is laid out as the locale continues a letter each time the
    // message is assembled, since the section after the greeting changes when one is dropped.
    Phrasebook book = reply.phrasebook();
    Function<List<Section>, String> assemble = x -> assemble(Section.afterGreeting(x, book));
    List<Section> sections = original;
    if (!mode.equals("none") && !replaced.isEmpty()) {
      boolean gsm = SmsSegments.isGsm7(assemble.apply(encoded));
      if (gsm || mode.equals("all")) {
        sections = encoded;
        out.change(
            Change.Kind.REENCODED,
            "replaced typographic characters " + replaced + (mode.equals("all") ? "" : " in our phrases")
                + " with GSM-7 look-alikes" + (gsm ? " so the message stays in GSM-7 (160 per segment, not 70)" : ""));
      } else {
        out.warning(
            "sms: customer or agent text needs UCS-2 (70 characters per segment); our phrases keep their"
                + " typography. Set option " + SMART_ENCODING + "=all to replace typographic characters in it too");
      }
    }

    if (fold) {
      List<Section> folded = sections.stream().map(x -> x.map(SmsSegments::foldAccents)).toList();
      // Short forms count too: a shortened acknowledgement ("… vous êtes …") may carry an accent
      // the full text does not. Folding changes spelling ("está" reads "esta"), so it is done only
      // when it saves a segment over the locale's national table (or UCS-2).
      if (!folded.equals(sections)) {
        String as = assemble.apply(sections);
        String af = assemble.apply(folded);
        int kept = SmsSegments.countAtWordBoundaries(as, locale, Integer.MAX_VALUE - 1, shift);
        int plain = SmsSegments.countAtWordBoundaries(af, locale, Integer.MAX_VALUE - 1, shift);
        if (plain < kept) {
          sections = folded;
          out.change(Change.Kind.REENCODED, "folded accented letters that GSM-7 lacks into plain ones (" + FOLD_ACCENTS + ")");
        } else {
          out.warning("sms: accents kept although " + FOLD_ACCENTS + " is set: folding them would save no segment ("
              + kept + (kept == 1 ? " segment" : " segments") + " either way)");
        }
      }
    }

    boolean keepEmoji = keepEmoji(options);
    if (!keepEmoji) {
      sections = withoutEmojiWhenShorter(sections, assemble, locale, shift, out);
    }
    String text = assemble.apply(sections);
    Overflow overflow = options.overflow().orElse(Overflow.SPLIT);
    // Each step of shortening measures the whole message again: the counts stop reading once the
    // answer is known (past the target; past the maximum, except the first count, which the
    // change details quote), so a 100 KB field costs a few passes, not one per segment per step.
    int limit = target;
    ToIntFunction<String> count = t -> SmsSegments.countAtWordBoundaries(t, locale, limit, shift);
    if (overflow != Overflow.FAIL && count.applyAsInt(text) > target) {
      Shortener.Fitted brief =
          Shortener.brief(sections, assemble, count, target, "to keep to " + target + (target == 1 ? " segment" : " segments"));
      brief.changes().forEach(out::change);
      sections = brief.sections();
      text = brief.text();
      if (!keepEmoji) {
        // Shortening may have cut what else needed UCS-2: the emoji left may now cost a segment alone.
        List<Section> plain = withoutEmojiWhenShorter(sections, assemble, locale, shift, out);
        if (plain != sections) {
          sections = plain;
          text = assemble.apply(sections);
        }
      }
    }
    SmsSegments measured = SmsSegments.atWordBoundaries(text, locale, shift);
    if (measured.segments().size() > maxSegments) {
      if (overflow == Overflow.FAIL) {
        throw new ChannelOverflowException(ID, "segments", measured.segments().size(), maxSegments);
      }
      String ellipsis = measured.encoding() == SmsSegments.Encoding.GSM_7 ? "..." : "…";
      // Fitting quotes the count of the message as it stands ("was 12"), known exactly already;
      // every other count only has to say whether it is within the maximum.
      int most = maxSegments;
      String over = text;
      int overCount = measured.segments().size();
      ToIntFunction<String> fitCount =
          t -> t.length() == over.length() && t.equals(over) ? overCount : SmsSegments.countAtWordBoundaries(t, locale, most, shift);
      Shortener.Fitted fitted =
          Shortener.fit(
              sections,
              assemble,
              fitCount,
              maxSegments,
              "segments",
              ellipsis,
              locale);
      if (!ellipsis.equals("...") && SmsSegments.isGsm7(SmsSegments.smartEncode(fitted.text()))) {
        // What forced UCS-2 was cut away with the rest: fit again for GSM-7, which ends with "...".
        fitted = Shortener.fit(sections, assemble, fitCount, maxSegments, "segments", "...", locale);
      }
      fitted.changes().forEach(out::change);
      text = fitted.text();
      measured = SmsSegments.atWordBoundaries(text, locale, shift);
    }
    if (measured.languageShift().isPresent()) {
      int ucs2 = SmsSegments.countInUcs2(text, locale, Integer.MAX_VALUE - 1);
      String table = measured.languageShift().get();
      out.change(
          Change.Kind.REENCODED,
          "sent as GSM-7 with the " + Character.toUpperCase(table.charAt(0)) + table.substring(1)
              + " national language single shift table (3GPP TS 23.038 " + measured.languageShiftSection()
              + "; a 3-octet header): " + measured.segments().size() + (measured.segments().size() == 1 ? " segment" : " segments")
              + " where UCS-2 takes " + ucs2 + "; set option " + LANGUAGE_SHIFT + "=none for UCS-2");
    }
    if (measured.splitsGrapheme()) {
      out.warning("sms: a single character cluster is longer than a whole segment and had to be divided");
    }
    List<Integer> units = measured.unitsPerSegment();
    return out.text(text)
        .parts(measured.segments())
        .field("encoding", measured.encoding().label())
        .field("unit", measured.encoding().unit())
        .field("unitsPerSegment", String.join(",", units.stream().map(String::valueOf).toList()))
        .field("languageShift", measured.languageShift().orElse("none"))
        .length(new Length("segments", measured.segments().size(), maxSegments))
        .build();
  }

  /**
   * {@code text} with each secret (a password, a PIN or one-time code, a full card number, an
   * IBAN) replaced by {@code placeholder}; the kinds masked are added to {@code masked}. Other
   * private data (an order number, an address) stays: an SMS goes to the customer alone.
   */
  static String mask(String text, PrivateData detector, String placeholder, Set<String> masked) {
    String t = text;
    for (int round = 0; round < 8; round++) {
      List<PrivateData.Span> secrets = detector.find(t).stream().filter(f -> f.kind().secret()).toList();
      if (secrets.isEmpty()) {
        return t;
      }
      StringBuilder sb = new StringBuilder(t.length());
      int at = 0;
      for (PrivateData.Span f : secrets) {
        if (f.start() < at) {
          at = Math.max(at, f.end());
          continue;
        }
        sb.append(t, at, f.start()).append(placeholder);
        at = f.end();
        masked.add(f.kind().description());
      }
      sb.append(t, at, t.length());
      t = sb.toString();
    }
    return t;
  }

  private static int targetSegments(RenderOptions options) {
    String v = options.option(TARGET_SEGMENTS).orElse(null);
    if (v == null) {
      return DEFAULT_TARGET_SEGMENTS;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1 && n <= 100) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(
        "options", "options." + TARGET_SEGMENTS + " must be a whole number from 1 to 100 but was \"" + v + "\"");
  }

  private static boolean languageShift(RenderOptions options) {
    String v = options.option(LANGUAGE_SHIFT).orElse("auto");
    if (!v.equals("auto") && !v.equals("none")) {
      throw new InvalidInputException(
          "options", "options." + LANGUAGE_SHIFT + " must be auto or none but was \"" + v + "\"");
    }
    return v.equals("auto");
  }

  /**
   * {@code sections} without their emoji when that takes fewer segments (one emoji sends the whole
   * text as UCS-2, 70 characters a segment, not 160), as a person texting a customer would; a
   * section that was emoji alone goes. The same list when it saves none.
   */
  private static List<Section> withoutEmojiWhenShorter(
      List<Section> sections, Function<List<Section>, String> assemble, Locale locale, boolean shift, Rendered.Builder out) {
    if (sections.stream().noneMatch(x -> Emoji.present(x.text()) || x.shortForm() != null && Emoji.present(x.shortForm()))) {
      return sections;
    }
    List<Section> plain = sections.stream()
        .map(x -> x.map(t -> Emoji.present(t) ? Emoji.without(t) : t))
        .filter(x -> x.text().codePoints().anyMatch(Character::isLetterOrDigit))
        .toList();
    if (plain.isEmpty()) {
      return sections;
    }
    int kept = SmsSegments.countAtWordBoundaries(assemble.apply(sections), locale, Integer.MAX_VALUE - 1, shift);
    int without = SmsSegments.countAtWordBoundaries(assemble.apply(plain), locale, Integer.MAX_VALUE - 1, shift);
    if (without >= kept) {
      return sections;
    }
    out.change(Change.Kind.REENCODED, "left out emoji, which need UCS-2: " + without + (without == 1 ? " segment" : " segments")
        + " instead of " + kept + " (set option " + EMOJI + "=keep to keep them)");
    return plain;
  }

  private static boolean keepEmoji(RenderOptions options) {
    String v = options.option(EMOJI).orElse("auto");
    if (!v.equals("auto") && !v.equals("keep")) {
      throw new InvalidInputException("options", "options." + EMOJI + " must be auto or keep but was \"" + v + "\"");
    }
    return v.equals("keep");
  }

  private static boolean foldAccents(RenderOptions options) {
    String v = options.option(FOLD_ACCENTS).orElse("false");
    if (!v.equals("true") && !v.equals("false")) {
      throw new InvalidInputException(
          "options", "options." + FOLD_ACCENTS + " must be true or false but was \"" + v + "\"");
    }
    return v.equals("true");
  }

  private static Section section(Block block, Reply reply) {
    return switch (block.kind()) {
      case GREETING -> new Section("greeting", block.text(), false);
      case SIGN_OFF -> {
        String signature = block.fact("signature").orElse(block.text());
        // Cuttable, so that before the timeline goes the team's name does (the sender shows who
        // texted); too short to cut, it is left out whole.
        yield new Section("signature", Cuts.strip(signature), true);
      }
      case ACKNOWLEDGEMENT, ACTION, SUMMARY -> Section.of(block, reply, true);
      default -> Section.of(block, reply, false);
    };
  }

  /**
   * The greeting (on its own line, or opening the first line where the data says {@code
   * greeting.layout = inline}), then the body, then the signature on the last line.
   */
  static String assemble(List<Section> sections) {
    StringBuilder sb = new StringBuilder(256);
    boolean previousGreeting = false;
    for (Section s : sections) {
      if (s.text().isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(s.role().equals("signature") || (previousGreeting && !GREETING_INLINE) ? "\n" : Cuts.sentenceGap(sb));
      }
      sb.append(s.text());
      previousGreeting = s.role().equals("greeting");
    }
    return sb.toString();
  }

  private static String encodeOutside(String text, BitSet caller, TreeSet<Character> replaced) {
    StringBuilder sb = new StringBuilder(text.length());
    int from = 0;
    while (from < text.length()) {
      int start = caller.nextSetBit(from);
      int end = start < 0 ? text.length() : start;
      String ours = text.substring(from, end);
      String enc = SmsSegments.smartEncode(ours);
      if (!enc.equals(ours)) {
        ours.chars().filter(c -> SmsSegments.hasLookalike((char) c)).forEach(c -> replaced.add((char) c));
      }
      sb.append(enc);
      if (start < 0) {
        break;
      }
      int stop = caller.nextClearBit(start);
      sb.append(text, start, Math.min(stop, text.length()));
      from = stop;
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "SmsChannel[" + ID + "]";
  }
}
