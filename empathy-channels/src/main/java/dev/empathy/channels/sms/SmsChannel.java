package dev.empathy.channels.sms;

import com.google.common.collect.ImmutableSet;
import dev.empathy.InvalidInputException;
import dev.empathy.channel.Change;
import dev.empathy.channel.Channel;
import dev.empathy.channel.ChannelOverflowException;
import dev.empathy.channel.Length;
import dev.empathy.channel.Overflow;
import dev.empathy.channel.RenderOptions;
import dev.empathy.channel.Rendered;
import dev.empathy.channels.fit.Cuts;
import dev.empathy.channels.fit.Section;
import dev.empathy.channels.fit.Shortener;
import dev.empathy.compose.Block;
import dev.empathy.compose.Reply;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * SMS: one text, measured as a carrier sends it (GSM-7 septets or UCS-2 units, see {@link
 * SmsSegments}), within a maximum number of segments.
 *
 * <pre>{@code
 * Rendered r = Channels.require("sms").render(reply);
 * r.text();                     // "Hi Dana,\nI'm sorry about the double charge. …\nThe Support Team"
 * r.parts();                    // the segments, in order (concatenated they give text())
 * r.length();                   // Length[unit=segments, value=2, limit=3]
 * r.field("encoding");          // Optional[GSM-7]
 * }</pre>
 *
 * <h2>Rendered conventions</h2>
 *
 * <ul>
 *   <li>flavour: {@code sms} (the only one);
 *   <li>{@code text()}: the whole message: the greeting on its own line, the body, and the
 *       signature (without the sign-off word) on the last line;
 *   <li>{@code parts()}: the segments as the carrier will cut them (never inside a grapheme or an
 *       extension-table pair);
 *   <li>{@code length()}: unit {@code segments}, limit = the maximum number of segments;
 *   <li>{@code fields()}: {@code encoding} ({@code GSM-7} or {@code UCS-2}), {@code unit} ({@code
 *       septets} or {@code utf16}), {@code unitsPerSegment} (comma-separated, header excluded).
 * </ul>
 *
 * <h2>Options</h2>
 *
 * <ul>
 *   <li>{@code maxParts} (or {@code limit}, the smaller wins): most segments, default 3;
 *   <li>{@code overflow}: {@code SHORTEN} and {@code SPLIT} (default) both segment the message and,
 *       past the maximum, drop the closing, then the follow-up, the summary, the confirmation,
 *       further actions, the boundary and the timeline (what was done matters most in a text), then
 *       cut the acknowledgement or actions at a word boundary; {@code FAIL} throws {@link
 *       ChannelOverflowException} in {@code segments};
 *   <li>{@code sms.smartEncoding}: {@code all} (default) replaces typographic characters (’ “ ” …
 *       — no-break spaces) by their GSM-7 look-alikes everywhere, agent text included: a curly
 *       apostrophe typed by the agent would otherwise push the whole message into UCS-2, 70
 *       instead of 160 characters per segment, which costs segments and drops the timeline first;
 *       {@code phrases} replaces them only in the library's own phrases, and only when that keeps
 *       the whole message in GSM-7; {@code none} sends every character as written. Letters are
 *       never transliterated ("á" stays "á", and makes the message UCS-2).
 * </ul>
 */
public final class SmsChannel implements Channel {
  /** The channel id. */
  public static final String ID = "sms";
  /** Option name: {@code phrases}, {@code all} or {@code none}. */
  public static final String SMART_ENCODING = "sms.smartEncoding";

  private static final ImmutableSet<String> FLAVORS = ImmutableSet.of("sms");
  private static final int DEFAULT_MAX_SEGMENTS = 3;
  private static final List<String> DROP_ORDER =
      List.of("closing", "follow_up", "summary", "confirmation", "action_more", "boundary", "timeline");

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
    Rendered.Builder out = Rendered.builder(ID, flavor).warnings(reply.warnings());

    List<Section> original = new ArrayList<>();
    List<Section> encoded = new ArrayList<>();
    TreeSet<Character> replaced = new TreeSet<>();
    for (Block block : reply.blocks()) {
      Section s = section(block);
      if (s == null) {
        continue;
      }
      original.add(s);
      String text = switch (mode) {
        case "all" -> SmsSegments.smartEncode(s.text());
        case "none" -> s.text();
        default -> encodeOutside(s.text(), CallerSpans.of(block, s.text()), replaced);
      };
      if (mode.equals("all")) {
        s.text().chars().filter(c -> SmsSegments.hasLookalike((char) c)).forEach(c -> replaced.add((char) c));
      }
      encoded.add(s.withText(text));
    }
    // The greeting is never dropped, so the sentence after it is laid out once, here.
    original = Section.afterGreeting(original, reply.phrasebook());
    encoded = Section.afterGreeting(encoded, reply.phrasebook());
    List<Section> sections = original;
    if (!mode.equals("none") && !replaced.isEmpty()) {
      boolean gsm = SmsSegments.isGsm7(assemble(encoded));
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

    String text = assemble(sections);
    SmsSegments measured = SmsSegments.of(text);
    if (measured.segments().size() > maxSegments) {
      Overflow overflow = options.overflow().orElse(Overflow.SPLIT);
      if (overflow == Overflow.FAIL) {
        throw new ChannelOverflowException(ID, "segments", measured.segments().size(), maxSegments);
      }
      String ellipsis = measured.encoding() == SmsSegments.Encoding.GSM_7 ? "..." : "…";
      Shortener.Fitted fitted =
          Shortener.fit(
              sections,
              SmsChannel::assemble,
              t -> SmsSegments.of(t).segments().size(),
              maxSegments,
              "segments",
              DROP_ORDER,
              ellipsis,
              reply.locale());
      fitted.changes().forEach(out::change);
      text = fitted.text();
      measured = SmsSegments.of(text);
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
        .length(new Length("segments", measured.segments().size(), maxSegments))
        .build();
  }

  private static Section section(Block block) {
    return switch (block.kind()) {
      case GREETING -> new Section("greeting", block.text(), false);
      case SIGN_OFF -> {
        String signature = block.fact("signature").orElse(block.text());
        yield new Section("signature", Cuts.strip(signature), false);
      }
      case ACKNOWLEDGEMENT, ACTION, SUMMARY -> new Section(Section.roleOf(block), block.text(), true);
      default -> new Section(Section.roleOf(block), block.text(), false);
    };
  }

  /** The greeting on its own line, then the body, then the signature on the last line. */
  static String assemble(List<Section> sections) {
    StringBuilder sb = new StringBuilder(256);
    boolean previousGreeting = false;
    for (Section s : sections) {
      if (s.text().isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(s.role().equals("signature") || previousGreeting ? "\n" : Cuts.sentenceGap(sb));
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
