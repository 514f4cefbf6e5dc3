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
import dev.empathy.channels.fit.Section;
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
 *       it (before escaping), limit = the bubble size (300 unless {@code limit} says otherwise).
 *       Each part is also within its platform's hard limit (Slack 40,000, Teams 28,000, WhatsApp
 *       4,096, Messenger 2,000 UTF-16 units of the escaped text).
 * </ul>
 *
 * <h2>Bubbles</h2>
 *
 * <ol>
 *   <li>On the first turn only ({@code reply.turn() == 0}) a chat greeting ({@code
 *       chat.greeting}), then the micro-affirmation ({@code chat.affirmation}, chosen for the
 *       acknowledged emotion; none for a sad or anxious customer), the acknowledgement and any
 *       boundary;
 *   <li>the summary and the confirmation question (the fast context check ends this bubble, so the
 *       customer can answer it);
 *   <li>the actions;
 *   <li>the timeline (emphasised where the platform allows) and the follow-up, and the closing
 *       when it fits in the same bubble.
 * </ol>
 *
 * <p>The sign-off is not sent: chat shows who is typing. A bubble longer than the limit is split at
 * sentence boundaries ({@link Overflow#SPLIT}, the default), cut at a word boundary ({@code
 * SHORTEN}), or refused ({@code FAIL}, in graphemes). With {@code maxParts}, the closing, follow-up,
 * summary and further actions are dropped, in that order, until the bubbles fit; {@code FAIL}
 * refuses instead, in {@code bubbles}.
 */
public final class ChatChannel implements Channel {
  /** The channel id. */
  public static final String ID = "chat";

  private static final ImmutableMap<String, String> LIMITS = ChannelData.properties(ChatChannel.class, "limits.properties");
  private static final ImmutableSet<String> FLAVORS = ImmutableSet.of("web", "slack", "teams", "whatsapp", "messenger");
  private static final int BUBBLE = ChannelData.intValue(LIMITS, "bubble");
  private static final List<String> DROP_ORDER = List.of("closing", "follow_up", "summary", "action_more");

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

    List<List<Section>> groups = groups(reply);
    String timeline = reply.block(BlockKind.TIMELINE).map(Block::text).orElse(null);
    // A bubble fits when the customer sees at most `bubble` graphemes and the escaped text is
    // within the platform's hard limit.
    ToIntFunction<String> measure =
        t -> platform > 0 && format(format, t, timeline).length() > platform ? Integer.MAX_VALUE : Graphemes.count(t);

    List<String> plain = bubbles(groups, bubble, measure, overflow, reply, out);
    int maxParts = options.maxParts().orElse(Integer.MAX_VALUE);
    if (plain.size() > maxParts) {
      if (overflow == Overflow.FAIL) {
        throw new ChannelOverflowException(ID, "bubbles", plain.size(), maxParts);
      }
      for (String role : DROP_ORDER) {
        if (plain.size() <= maxParts) {
          break;
        }
        boolean removed = false;
        for (List<Section> g : groups) {
          removed |= g.removeIf(s -> s.role().equals(role));
        }
        if (removed) {
          out.change(Change.Kind.DROPPED, "dropped the " + role.replace('_', '-') + " to fit " + maxParts + " bubbles");
          plain = bubbles(groups, bubble, measure, overflow, reply, Rendered.builder(ID, flavor));
        }
      }
      if (plain.size() > maxParts) {
        out.change(Change.Kind.DROPPED, "dropped the last " + (plain.size() - maxParts) + " bubbles to fit " + maxParts);
        plain = plain.subList(0, maxParts);
      }
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

  /** Blocks grouped into the bubbles a person would send, before any splitting. */
  private static List<List<Section>> groups(Reply reply) {
    List<Section> opening = new ArrayList<>();
    List<Section> check = new ArrayList<>();
    List<Section> actions = new ArrayList<>();
    List<Section> next = new ArrayList<>();
    List<Section> closing = new ArrayList<>();
    String emotion = reply.block(BlockKind.ACKNOWLEDGEMENT).flatMap(b -> b.fact("emotion")).orElse("none");
    for (Block b : reply.blocks()) {
      String role = Section.roleOf(b);
      switch (b.kind()) {
        case GREETING -> {
          if (reply.turn() == 0) {
            String greeting = b.fact("name")
                .map(n -> reply.phrase("chat.greeting", Map.of("name", n)))
                .orElseGet(() -> reply.phrase("chat.greeting.anonymous"));
            opening.add(new Section("greeting", greeting, false));
          }
          String affirmation = reply.phrase("chat.affirmation", Map.of("emotion", emotion.replace('-', '_')));
          if (!affirmation.isBlank()) {
            opening.add(new Section("affirmation", affirmation, false));
          }
        }
        case ACKNOWLEDGEMENT, BOUNDARY -> opening.add(new Section(role, b.text(), true));
        case SUMMARY, CONFIRMATION -> check.add(new Section(role, b.text(), true));
        case ACTION -> actions.add(new Section(role, b.text(), true));
        case TIMELINE, FOLLOW_UP -> next.add(new Section(role, b.text(), true));
        case CLOSING -> closing.add(new Section(role, b.text(), true));
        case SIGN_OFF -> { } // chat shows who is typing; a sign-off bubble reads like a letter
        default -> throw new AssertionError(b.kind());
      }
    }
    List<List<Section>> groups = new ArrayList<>();
    for (List<Section> g : List.of(Section.afterGreeting(opening, reply.phrasebook()), check, actions, next, closing)) {
      groups.add(new ArrayList<>(g));
    }
    return groups;
  }

  private static List<String> bubbles(
      List<List<Section>> groups,
      int bubble,
      ToIntFunction<String> measure,
      Overflow overflow,
      Reply reply,
      Rendered.Builder out) {
    List<String> texts = new ArrayList<>();
    for (List<Section> g : groups) {
      String t = join(g);
      if (!t.isEmpty()) {
        texts.add(t);
      }
    }
    // The closing rides with the bubble before it when both fit: a lone "Anything else?" bubble
    // is fine, but one bubble fewer is better.
    boolean hasClosing = !groups.get(groups.size() - 1).isEmpty();
    if (hasClosing && texts.size() >= 2) {
      String before = texts.get(texts.size() - 2);
      String merged = before + Cuts.sentenceGap(before) + texts.get(texts.size() - 1);
      if (measure.applyAsInt(merged) <= bubble) {
        texts.set(texts.size() - 2, merged);
        texts.remove(texts.size() - 1);
      }
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

  /** Escapes a bubble for the platform, emphasising the timeline sentence when it is whole. */
  static String format(ChatFormat format, String plain, String timeline) {
    if (timeline != null && !timeline.isBlank() && format.canEmphasise(timeline)) {
      int at = plain.indexOf(timeline);
      if (at >= 0) {
        return format.escape(plain.substring(0, at))
            + format.bold(format.escape(timeline))
            + format.escape(plain.substring(at + timeline.length()));
      }
    }
    return format.escape(plain);
  }

}
